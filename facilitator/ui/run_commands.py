"""Undo commands of the runner: each calls one service and reports the result on the hub.

A command whose call fails tells the user and marks itself obsolete, so the undo stack never
holds an edit that did not happen (see ui/commands/service_command.py). Retry of a save the file
did not take pushes a `CallCommand` with the same calls.
"""

from __future__ import annotations

from collections.abc import Callable

from facilitator.services.changes import Changed
from facilitator.services.people import set_note, set_subgroups
from facilitator.services.timers import set_minutes
from facilitator.services.workshop import Workshop
from facilitator.ui.commands.service_command import ServiceCommand
from facilitator.ui.hub import ChangeHub


class CallCommand(ServiceCommand):
    """An undo step made of two calls (each returning a `Changed`, or None when the call
    emitted its own changes)."""

    def __init__(self, text: str, hub: ChangeHub, do: Callable[[], object],
                 undo: Callable[[], object], settle: Callable[[], None] | None = None) -> None:
        super().__init__(text, hub)
        self._do_call, self._undo_call = do, undo
        self.settle = settle

    def _do(self) -> Changed | None:
        return _changed(self._do_call())

    def _undo(self) -> Changed | None:
        return _changed(self._undo_call())


def _changed(result: object) -> Changed | None:
    return result if isinstance(result, Changed) else None


def set_minutes_command(ws: Workshop, hub: ChangeHub, meeting_id: int, new: dict[int, int],
                        old: dict[int, int], text: str) -> CallCommand:
    return CallCommand(text, hub, lambda: set_minutes(ws, new, meeting=meeting_id),
                       lambda: set_minutes(ws, old, meeting=meeting_id))


def set_note_command(ws: Workshop, hub: ChangeHub, meeting_id: int, block_id: str, new: str,
                     old: str) -> CallCommand:
    return CallCommand("Edit notes", hub,
                       lambda: set_note(ws, block_id, new, meeting=meeting_id),
                       lambda: set_note(ws, block_id, old, meeting=meeting_id))


def set_subgroups_command(ws: Workshop, hub: ChangeHub, meeting_id: int, item: int,
                          new: dict[int, str], old: dict[int, str]) -> CallCommand:
    return CallCommand("Assign subgroups", hub,
                       lambda: set_subgroups(ws, item, new, meeting=meeting_id),
                       lambda: set_subgroups(ws, item, old, meeting=meeting_id))
