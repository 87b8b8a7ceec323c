"""Undo commands of the runner: each calls one service and reports the result on the hub.

A command whose first run fails (a ServiceError) tells the user and marks itself obsolete, so
the undo stack never holds an edit that did not happen.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from facilitator.services.changes import Changed
from facilitator.services.errors import ServiceError
from facilitator.services.people import set_note, set_subgroups
from facilitator.services.timers import set_minutes
from facilitator.services.workshop import Workshop
from facilitator.ui.hub import ChangeHub


class ServiceCommand(QUndoCommand):
    def __init__(self, text: str, hub: ChangeHub, do: Callable[[], Changed],
                 undo: Callable[[], Changed]) -> None:
        super().__init__(text)
        self._hub, self._do, self._undo = hub, do, undo

    def _run(self, call: Callable[[], Changed]) -> None:
        try:
            changed = call()
        except ServiceError as exc:
            self.setObsolete(True)
            self._hub.failed.emit(str(exc))
            return
        self._hub.changed.emit(changed)

    def redo(self) -> None:
        self._run(self._do)

    def undo(self) -> None:
        self._run(self._undo)


def set_minutes_command(ws: Workshop, hub: ChangeHub, meeting_id: int, new: dict[int, int],
                        old: dict[int, int], text: str) -> ServiceCommand:
    return ServiceCommand(text, hub, lambda: set_minutes(ws, new, meeting=meeting_id),
                          lambda: set_minutes(ws, old, meeting=meeting_id))


def set_note_command(ws: Workshop, hub: ChangeHub, meeting_id: int, block_id: str, new: str,
                     old: str) -> ServiceCommand:
    return ServiceCommand("Edit notes", hub,
                          lambda: set_note(ws, block_id, new, meeting=meeting_id),
                          lambda: set_note(ws, block_id, old, meeting=meeting_id))


def set_subgroups_command(ws: Workshop, hub: ChangeHub, meeting_id: int, item: int,
                          new: dict[int, str], old: dict[int, str]) -> ServiceCommand:
    return ServiceCommand("Assign subgroups", hub,
                          lambda: set_subgroups(ws, item, new, meeting=meeting_id),
                          lambda: set_subgroups(ws, item, old, meeting=meeting_id))
