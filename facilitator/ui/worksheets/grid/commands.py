"""Undo commands for the impact x ease board: each one calls services and nothing else.

redo/undo are service calls (one transaction each) that return what they changed; the shared
`ServiceCommand` pushes it on the hub, and the views refresh from there. A failure is told, the
command is dropped and the board shows the file again; a save the file did not take can be
retried (ui/kit/service_command.py), unless the same card was moved since.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QUndoCommand
from shiboken6 import isValid

from facilitator.domain.snapshot import Action, Placement
from facilitator.services.actions import remove_action, restore_action
from facilitator.services.card_moves import CardMove, move_card, return_card, set_places
from facilitator.services.changes import Changed
from facilitator.services.grid import show_examples
from facilitator.services.proposals import Proposed, propose, withdraw
from facilitator.ui.kit.service_command import Call, Result, ServiceCommand, drop
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


# The latest edit of each card (file, board, card) -> its number: a move the file did not take
# is stale once the same card was moved (or moved back by undo) since, so that Retry never puts
# it back over the newer place. Edits are numbered across every board, in order.
_latest_edit: dict[tuple[str, str, str], int] = {}
_edit_numbers = itertools.count(1)


class _BoardCommand(ServiceCommand):
    """A board edit: a refusal puts the board back as the file has it (a dragged card goes back
    where it was, on the facilitator's board and on the projector)."""

    def __init__(self, ctx: BlockContext, grid_id: str, text: str) -> None:
        super().__init__(text, ctx.hub, refused=lambda: ctx.hub.reshow.emit(grid_id))
        self.ctx, self.grid_id = ctx, grid_id

    def moves(self) -> tuple[str, ...]:
        """The cards this edit places (their later edits make a failed one stale)."""
        return ()

    def _run(self, call: Call, *, undoing: bool) -> bool:
        keys = [(str(self.ctx.ws.path), self.grid_id, ref) for ref in self.moves()]
        if keys:
            number = next(_edit_numbers)
            _latest_edit.update(dict.fromkeys(keys, number))
            self.stale = lambda: any(_latest_edit.get(key) != number for key in keys)
        return super()._run(call, undoing=undoing)


class MoveCard(_BoardCommand):
    """A card dropped at a new place (from the tray when `old` is None): one undo step."""

    def __init__(self, ctx: BlockContext, grid_id: str, ref: str, label: str, category: str,
                 old: Place | None, new: Place, *, by_keyboard: bool = False,
                 on_moved: Callable[[MoveCard, CardMove], None] | None = None) -> None:
        super().__init__(ctx, grid_id, QCoreApplication.translate("Grid", "Move “{card}”").format(
            card=label[:40]) if old else QCoreApplication.translate("Grid", "Place “{card}”")
            .format(card=label[:40]))
        self.ref, self.label, self.category = ref, label, category
        self.old, self.new = old, new
        self.by_keyboard = by_keyboard
        self.on_moved = on_moved
        self.proposal_before: str | None = None   # the linked proposal's category before

    def moves(self) -> tuple[str, ...]:
        return (self.ref,)

    def _do(self) -> Result:
        result = move_card(self.ctx.ws, self.grid_id, self.ref, *self.new, label=self.label,
                           category=self.category, meeting=self.ctx.meeting_id)
        if self.proposal_before is None and result.proposal is not None:
            self.proposal_before = result.old_category
        if self.on_moved is not None and _alive(self.on_moved) and isValid(self):
            self.on_moved(self, result)
        return result.changes

    def _undo(self) -> Result:
        if self.old is None:
            result = return_card(self.ctx.ws, self.grid_id, self.ref,
                                 meeting=self.ctx.meeting_id,
                                 proposal_category=self.proposal_before)
        else:
            result = move_card(self.ctx.ws, self.grid_id, self.ref, *self.old,
                               meeting=self.ctx.meeting_id,
                               proposal_category=self.proposal_before)
        return result.changes

    def id(self) -> int:
        return KEY_MOVE_ID if self.by_keyboard else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, MoveCard) or other.ref != self.ref or other.failed:
            return False
        self.new = other.new
        if self.proposal_before is None:
            self.proposal_before = other.proposal_before
        return True


class ReturnCard(_BoardCommand):
    """A card sent back to the tray (Delete key); undo puts it back where it was."""

    def __init__(self, ctx: BlockContext, grid_id: str, ref: str, label: str) -> None:
        super().__init__(ctx, grid_id, QCoreApplication.translate(
            "Grid", "Return “{card}” to the tray").format(card=label[:40]))
        self.ref = ref
        self.before: Placement | None = None

    def moves(self) -> tuple[str, ...]:
        return (self.ref,)

    def _do(self) -> Result:
        result = return_card(self.ctx.ws, self.grid_id, self.ref, meeting=self.ctx.meeting_id)
        self.before = result.before
        return result.changes

    def _undo(self) -> Result:
        before = self.before
        if before is None:
            return None
        result = move_card(self.ctx.ws, self.grid_id, self.ref, before.x, before.y,
                           label=before.label, category=before.category,
                           meeting=self.ctx.meeting_id)
        return result.changes


class SetPlaces(_BoardCommand):
    """Several cards placed at once (the illustrative prioritization)."""

    def __init__(self, ctx: BlockContext, grid_id: str, text: str,
                 places: list[tuple[str, Placement | None]]) -> None:
        super().__init__(ctx, grid_id, text)
        self.places = places
        self.before: list[tuple[str, Placement | None]] = []

    def moves(self) -> tuple[str, ...]:
        return tuple(ref for ref, _ in self.places)

    def _do(self) -> Result:
        done = set_places(self.ctx.ws, self.grid_id, self.places, meeting=self.ctx.meeting_id)
        self.before = done.before
        return done.changes

    def _undo(self) -> Result:
        return set_places(self.ctx.ws, self.grid_id, self.before,
                          meeting=self.ctx.meeting_id).changes


class ShowExamples(_BoardCommand):
    """Show or hide the example placements on both screens: one undo step."""

    def __init__(self, ctx: BlockContext, grid_id: str, shown: bool) -> None:
        super().__init__(ctx, grid_id, QCoreApplication.translate("Grid", "Show examples")
                         if shown else QCoreApplication.translate("Grid", "Hide examples"))
        self.shown = shown

    def _do(self) -> Result:
        return show_examples(self.ctx.ws, self.grid_id, self.shown, meeting=self.ctx.meeting_id)

    def _undo(self) -> Result:
        return show_examples(self.ctx.ws, self.grid_id, not self.shown,
                             meeting=self.ctx.meeting_id)


class Propose(_BoardCommand):
    """Cards in the high-impact quadrants become proposals (rows of the actions worksheet)."""

    def __init__(self, ctx: BlockContext, grid_id: str,
                 on_done: Callable[[Proposed], None] | None = None) -> None:
        super().__init__(ctx, grid_id, QCoreApplication.translate("Grid",
                                                                  "Propose high-priority cards"))
        self.done: Proposed | None = None
        self.on_done = on_done

    def _do(self) -> Result:
        self.done = propose(self.ctx.ws, self.grid_id, meeting=self.ctx.meeting_id)
        if self.done.changed is None:
            drop(self)     # nothing changed: no empty undo step
        if self.on_done is not None and _alive(self.on_done):
            self.on_done(self.done)
        return self.done.changed   # the board's marks follow the proposals

    def _undo(self) -> Result:
        return None if self.done is None else withdraw(self.ctx.ws, self.done)


class DropProposal(_BoardCommand):
    """The answer "take it out of the plan" for a card moved out of the high-impact quadrants."""

    def __init__(self, ctx: BlockContext, grid_id: str, action_id: int) -> None:
        super().__init__(ctx, grid_id, QCoreApplication.translate("Grid", "Remove proposal"))
        self.action_id = action_id
        self.removed: Action | None = None

    def _do(self) -> Changed:
        removed = remove_action(self.ctx.ws, self.action_id)
        self.removed = removed.item
        return removed              # the board's mark follows the proposal

    def _undo(self) -> Result:
        return None if self.removed is None else restore_action(self.ctx.ws, self.removed)
