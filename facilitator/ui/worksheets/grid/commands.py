"""Undo commands for the impact x ease board: each one calls services and nothing else.

redo/undo are service calls (one transaction each); their `Changed` go out on the hub, and the
views refresh from there. A failure is shown to the user and the command is dropped; a save the
file did not take can be retried (ui/kit/service_command.py).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QObject
from PySide6.QtGui import QUndoCommand
from shiboken6 import isValid

from facilitator.domain.snapshot import Action, Placement
from facilitator.services.actions import remove_action, restore_action
from facilitator.services.card_moves import (
    REFUSALS,
    CardMove,
    move_card,
    return_card,
    set_places,
)
from facilitator.services.changes import Changed
from facilitator.services.errors import NotSaved
from facilitator.services.proposals import Proposed, propose, withdraw
from facilitator.ui.kit.service_command import drop, report_failure
from facilitator.ui.worksheets.kit.context import BlockContext

KEY_MOVE_ID = 0x6721   # consecutive arrow-key moves of one card merge into one undo step
Place = tuple[float, float]


def _alive(callback: Callable[..., None] | None) -> bool:
    """False when the callback's widget is gone: commands outlive the board that made them
    (the facilitator moves to another agenda item, then presses Undo)."""
    if callback is None:
        return False
    owner = getattr(callback, "__self__", None)
    return not isinstance(owner, QObject) or isValid(owner)


class _GridCommand(QUndoCommand):
    def __init__(self, ctx: BlockContext, grid_id: str, text: str) -> None:
        super().__init__(text)
        self.ctx, self.grid_id, self.step_text = ctx, grid_id, text
        self.failed = False

    def emit(self, changes: Iterable[Changed]) -> None:
        for changed in changes:
            self.ctx.hub.changed.emit(changed)

    def redo(self) -> None:
        self.run(self._do)

    def undo(self) -> None:
        self.run(self._undo)

    def _do(self) -> None:
        raise NotImplementedError

    def _undo(self) -> None:
        raise NotImplementedError

    def run(self, call: Callable[[], None]) -> None:
        """Run a service call; on a failure, tell the user and drop this command (Retry of a
        save the file did not take pushes the same calls again)."""
        try:
            call()
        except (*REFUSALS, NotSaved) as exc:
            self.failed = True
            drop(self)
            report_failure(self.ctx.hub, exc, text=self.step_text, undoing=call == self._undo,
                           do=self._do, undo=self._undo)
            self.ctx.hub.reshow.emit(self.grid_id)   # put the screen back as it is stored


class MoveCard(_GridCommand):
    """A card dropped at a new place (from the tray when `old` is None): one undo step."""

    def __init__(self, ctx: BlockContext, grid_id: str, ref: str, label: str, category: str,
                 old: Place | None, new: Place, *, by_keyboard: bool = False,
                 on_moved: Callable[[MoveCard, CardMove], None] | None = None) -> None:
        super().__init__(ctx, grid_id, f"Move “{label[:40]}”" if old else f"Place “{label[:40]}”")
        self.ref, self.label, self.category = ref, label, category
        self.old, self.new = old, new
        self.by_keyboard = by_keyboard
        self.on_moved = on_moved
        self.proposal_before: str | None = None   # the linked proposal's category before

    def _do(self) -> None:
        result = move_card(self.ctx.ws, self.grid_id, self.ref, *self.new, label=self.label,
                           category=self.category, meeting=self.ctx.meeting_id)
        if self.proposal_before is None and result.proposal is not None:
            self.proposal_before = result.old_category
        self.emit(result.changes)
        if self.on_moved is not None and _alive(self.on_moved) and isValid(self):
            self.on_moved(self, result)

    def _undo(self) -> None:
        if self.old is None:
            result = return_card(self.ctx.ws, self.grid_id, self.ref,
                                 meeting=self.ctx.meeting_id,
                                 proposal_category=self.proposal_before)
        else:
            result = move_card(self.ctx.ws, self.grid_id, self.ref, *self.old,
                               meeting=self.ctx.meeting_id,
                               proposal_category=self.proposal_before)
        self.emit(result.changes)

    def id(self) -> int:
        return KEY_MOVE_ID if self.by_keyboard else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, MoveCard) or other.ref != self.ref or other.failed:
            return False
        self.new = other.new
        if self.proposal_before is None:
            self.proposal_before = other.proposal_before
        return True


class ReturnCard(_GridCommand):
    """A card sent back to the tray (Delete key); undo puts it back where it was."""

    def __init__(self, ctx: BlockContext, grid_id: str, ref: str, label: str) -> None:
        super().__init__(ctx, grid_id, f"Return “{label[:40]}” to the tray")
        self.ref = ref
        self.before: Placement | None = None

    def _do(self) -> None:
        result = return_card(self.ctx.ws, self.grid_id, self.ref, meeting=self.ctx.meeting_id)
        self.before = result.before
        self.emit(result.changes)

    def _undo(self) -> None:
        before = self.before
        if before is None:
            return
        result = move_card(self.ctx.ws, self.grid_id, self.ref, before.x, before.y,
                           label=before.label, category=before.category,
                           meeting=self.ctx.meeting_id)
        self.emit(result.changes)


class SetPlaces(_GridCommand):
    """Several cards placed at once (the illustrative prioritization)."""

    def __init__(self, ctx: BlockContext, grid_id: str, text: str,
                 places: list[tuple[str, Placement | None]]) -> None:
        super().__init__(ctx, grid_id, text)
        self.places = places
        self.before: list[tuple[str, Placement | None]] = []

    def _do(self) -> None:
        done = set_places(self.ctx.ws, self.grid_id, self.places, meeting=self.ctx.meeting_id)
        self.before = done.before
        self.emit(done.changes)

    def _undo(self) -> None:
        self.emit(set_places(self.ctx.ws, self.grid_id, self.before,
                             meeting=self.ctx.meeting_id).changes)


class Propose(_GridCommand):
    """Cards in the high-impact quadrants become proposals (rows of the actions worksheet)."""

    def __init__(self, ctx: BlockContext, grid_id: str,
                 on_done: Callable[[Proposed], None] | None = None) -> None:
        super().__init__(ctx, grid_id, "Propose high-priority cards")
        self.done: Proposed | None = None
        self.on_done = on_done

    def _do(self) -> None:
        self.done = propose(self.ctx.ws, self.grid_id, meeting=self.ctx.meeting_id)
        if self.done.changed is None:
            drop(self)     # nothing changed: no empty undo step
        else:
            self.emit([self.done.changed])   # the board's marks follow the proposals
        if self.on_done is not None and _alive(self.on_done):
            self.on_done(self.done)

    def _undo(self) -> None:
        done = self.done
        if done is None:
            return
        self.emit([withdraw(self.ctx.ws, done)])


class DropProposal(_GridCommand):
    """The answer "take it out of the plan" for a card moved out of the high-impact quadrants."""

    def __init__(self, ctx: BlockContext, grid_id: str, action_id: int) -> None:
        super().__init__(ctx, grid_id, "Remove proposal")
        self.action_id = action_id
        self.removed: Action | None = None

    def _do(self) -> None:
        removed = remove_action(self.ctx.ws, self.action_id)
        self.removed = removed.item
        self.emit([removed])       # the board's mark follows the proposal

    def _undo(self) -> None:
        removed = self.removed
        if removed is None:
            return
        self.emit([restore_action(self.ctx.ws, removed)])
