"""The shape every undoable worksheet edit shares: do and undo are service calls.

After each call the resulting `Changed` goes out on the hub, so every view (the facilitator's
widget, the presenter's copy) re-reads what was committed. A call that fails marks the command
obsolete, so Qt drops it from the stack: the stack never holds a step the file does not have
(a failed redo), nor one the file still has done while the stack calls it undone (a failed
undo). A refusal goes to `hub.failed`; an edit the file did not take (`NotSaved`: a full disk)
goes to `hub.not_saved` with what Retry needs to push the same step again.
"""

from __future__ import annotations

import sys
import traceback
from collections.abc import Callable

from PySide6.QtGui import QUndoCommand
from shiboken6 import isValid

from facilitator.services.changes import Changed
from facilitator.services.errors import NotSaved, ServiceError
from facilitator.services.run_state import WorkshopFileError
from facilitator.ui.kit.hub import ChangeHub, FailedSave


def drop(command: QUndoCommand) -> None:
    """Mark a failed command obsolete so that the stack removes it. A replayed command's Python
    side can outlive its Qt object (Qt deleted it when it was dropped): nothing to mark then."""
    if isValid(command):
        command.setObsolete(True)


def report_failure(hub: ChangeHub, exc: Exception, *, text: str, undoing: bool,
                   do: Callable[[], object], undo: Callable[[], object],
                   settle: Callable[[], None] | None = None,
                   stale: Callable[[], bool] | None = None) -> None:
    """Tell the facilitator in one line; for a save the file did not take, offer Retry of the
    same step: a failed undo comes back as the step 'Undo …' (undo and do swapped)."""
    if isinstance(exc, NotSaved):
        replay = (f"Undo {text}", undo, do) if undoing else (text, do, undo)
        hub.not_saved.emit(FailedSave(str(exc), replay=replay, settle=settle, stale=stale))
    elif isinstance(exc, (ServiceError, WorkshopFileError)):   # messages written for people
        hub.failed.emit(str(exc))
    else:  # a bug: one line for the room, the details for whoever reads the log
        traceback.print_exception(exc, file=sys.stderr)
        hub.failed.emit(f"This change could not be saved ({type(exc).__name__}).")


class ServiceCommand(QUndoCommand):
    def __init__(self, text: str, hub: ChangeHub) -> None:
        super().__init__(text)
        self.hub = hub
        self.step_text = text
        self.failed = False
        self.not_saved = False
        # Set by a widget that keeps a typed value on screen while the file has not taken it:
        # called once the edit is saved (also by Retry) or given up (Dismiss).
        self.settle: Callable[[], None] | None = None
        self.retried = False   # pushed by Retry: its success settles the edit it stands for
        self.stale: Callable[[], bool] | None = None   # a later edit of the same thing exists

    def _do(self) -> Changed | None:
        raise NotImplementedError

    def _undo(self) -> Changed | None:
        raise NotImplementedError

    def redo(self) -> None:
        self._run(self._do)

    def undo(self) -> None:
        self._run(self._undo)

    def _run(self, call: Callable[[], Changed | None]) -> None:
        try:
            changed = call()
        except Exception as exc:  # every failure is told, none may take the window down
            self.failed = True
            self.not_saved = isinstance(exc, NotSaved)
            drop(self)
            report_failure(self.hub, exc, text=self.step_text, undoing=call == self._undo,
                           do=self._do, undo=self._undo, settle=self.settle,
                           stale=self.stale)
            return
        if changed is not None:
            self.hub.changed.emit(changed)
        if self.retried and self.settle is not None:
            self.settle()


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
