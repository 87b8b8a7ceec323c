"""Undoable brainstorm edits: cards (add, change, delete) and the dots each person has."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from facilitator.domain.snapshot import Idea
from facilitator.services import ideas, votes
from facilitator.services.changes import Changed, Removed
from facilitator.services.workshop import Workshop
from facilitator.ui.kit.hub import ChangeHub
from facilitator.ui.kit.service_command import ServiceCommand

translate = QCoreApplication.translate


class AddIdea(ServiceCommand):
    def __init__(self, ws: Workshop, hub: ChangeHub, block_id: str, meeting: int, text: str,
                 category: str, lane: str, author_id: int | None) -> None:
        super().__init__(translate("Worksheet", "Add card"), hub)
        self.ws, self.block_id, self.meeting = ws, block_id, meeting
        self.fields = (text, category, lane, author_id)
        self.idea_id: int | None = None
        self.removed: Idea | None = None  # redo after undo brings back the same card

    def _do(self) -> Changed:
        if self.removed is not None:
            return ideas.restore_idea(self.ws, self.block_id, self.removed, self.meeting)
        text, category, lane, author_id = self.fields
        changed = ideas.add_idea(self.ws, self.block_id, text, category, lane,
                                 author_id=author_id, meeting=self.meeting)
        self.idea_id = int(changed.ids[0])
        return changed

    def _undo(self) -> Changed:
        assert self.idea_id is not None
        removed = ideas.remove_idea(self.ws, self.idea_id)
        self.removed = removed.item
        return removed


class UpdateIdea(ServiceCommand):
    """Any change of one card: text, place (category, lane), author, votes, explore."""

    def __init__(self, ws: Workshop, hub: ChangeHub, idea_id: int, new: dict[str, Any],
                 old: dict[str, Any], text: str = "") -> None:
        super().__init__(text or translate("Worksheet", "Change card"), hub)
        self.ws, self.idea_id, self.new, self.old = ws, idea_id, new, old

    def _do(self) -> Changed:
        return ideas.update_idea(self.ws, self.idea_id, **self.new)

    def _undo(self) -> Changed:
        return ideas.update_idea(self.ws, self.idea_id, **self.old)


class RemoveIdea(ServiceCommand):
    def __init__(self, ws: Workshop, hub: ChangeHub, block_id: str, idea_id: int) -> None:
        super().__init__(translate("Worksheet", "Delete card"), hub)
        self.ws, self.block_id, self.idea_id = ws, block_id, idea_id
        self.removed: Removed[Idea] | None = None

    def _do(self) -> Changed:
        self.removed = ideas.remove_idea(self.ws, self.idea_id)
        return self.removed

    def _undo(self) -> Changed:
        assert self.removed is not None
        return ideas.restore_idea(self.ws, self.block_id, self.removed.item,
                                  self.removed.meeting_id)


class CastVote(ServiceCommand):
    """One person's dot on a card (or, with step -1, taken back); undo takes it back."""

    def __init__(self, ws: Workshop, hub: ChangeHub, idea_id: int, participant_id: int,
                 step: int, name: str) -> None:
        super().__init__(translate("Worksheet", "Vote for {name}").format(name=name) if step > 0
                         else translate("Worksheet", "Take back {name}'s vote").format(name=name),
                         hub)
        self.ws, self.idea_id, self.participant_id, self.step = ws, idea_id, participant_id, step

    def _do(self) -> Changed:
        return votes.cast_vote(self.ws, self.idea_id, self.participant_id, self.step)

    def _undo(self) -> Changed:
        return votes.cast_vote(self.ws, self.idea_id, self.participant_id, -self.step)


class SetVotesPerPerson(ServiceCommand):
    def __init__(self, ws: Workshop, hub: ChangeHub, block_id: str, meeting: int, new: int,
                 old: int) -> None:
        super().__init__(translate("Worksheet", "Set votes per person"), hub)
        self.ws, self.block_id, self.meeting, self.new, self.old = ws, block_id, meeting, new, old

    def _do(self) -> Changed:
        return votes.set_votes_per_person(self.ws, self.block_id, self.new, meeting=self.meeting)

    def _undo(self) -> Changed:
        return votes.set_votes_per_person(self.ws, self.block_id, self.old, meeting=self.meeting)
