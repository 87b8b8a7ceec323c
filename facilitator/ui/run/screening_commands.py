"""Undoable screening decisions (services.screening): approve, approve all, decline.

Redo after undo repeats the same decision on the same ideas: "Approve all" redone approves the
ideas it approved the first time, never ones that arrived from phones since.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from facilitator.domain.snapshot import Idea
from facilitator.services import ideas, screening
from facilitator.services.changes import Changed, Removed
from facilitator.services.workshop import Workshop
from facilitator.ui.kit.hub import ChangeHub
from facilitator.ui.kit.service_command import ServiceCommand

translate = QCoreApplication.translate


class ApproveIdeas(ServiceCommand):
    """Approve the given waiting ideas of each board (one idea, or all of an item's)."""

    def __init__(self, ws: Workshop, hub: ChangeHub, chosen: dict[str, list[int]], text: str,
                 *, everything: bool = False, meeting: int | None = None) -> None:
        super().__init__(text, hub)
        self.ws, self.chosen, self.meeting = ws, chosen, meeting
        self.everything = everything          # first time: whatever waits on those boards
        self.approved: dict[str, tuple[int, ...]] = {}

    def _do(self) -> list[Changed]:
        out = []
        for block_id, ids in self.chosen.items():
            if self.everything and not self.approved:
                changed = screening.approve_all(self.ws, block_id, meeting=self.meeting)
            else:
                ids = list(self.approved.get(block_id, ids))
                changed = screening.approve_ideas(self.ws, block_id, ids)
            out.append(changed)
        self.approved = {c.block_id: tuple(int(i) for i in c.ids) for c in out}
        return out

    def _undo(self) -> list[Changed]:
        return [screening.return_to_queue(self.ws, block_id, ids)
                for block_id, ids in self.approved.items()]


def approve_one(ws: Workshop, hub: ChangeHub, block_id: str, idea_id: int) -> ApproveIdeas:
    return ApproveIdeas(ws, hub, {block_id: [idea_id]},
                        translate("Screening", "Approve idea"))


def approve_all(ws: Workshop, hub: ChangeHub, block_ids: list[str],
                meeting: int) -> ApproveIdeas:
    return ApproveIdeas(ws, hub, {b: [] for b in block_ids},
                        translate("Screening", "Approve all waiting ideas"), everything=True,
                        meeting=meeting)


class DeclineIdea(ServiceCommand):
    """Decline deletes the waiting idea; undo puts it back in the queue under its old id."""

    def __init__(self, ws: Workshop, hub: ChangeHub, idea_id: int) -> None:
        super().__init__(translate("Screening", "Decline idea"), hub)
        self.ws, self.idea_id = ws, idea_id
        self.removed: Removed[Idea] | None = None

    def _do(self) -> Changed:
        self.removed = screening.decline_idea(self.ws, self.idea_id)
        return self.removed

    def _undo(self) -> Changed:
        assert self.removed is not None
        return ideas.restore_idea(self.ws, self.removed.block_id, self.removed.item,
                                  self.removed.meeting_id)
