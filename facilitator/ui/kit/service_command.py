"""The one way the UI makes an edit: call a service, push what it changed, or tell the failure.

Every undoable edit is a `ServiceCommand` (do and undo are service calls), and so is a save that
is no undo step (the runner's clocks and current item: `save_now`). After each call the `Changed`
events the service returned go out on the hub as they came, so every view (the facilitator's
widget, the presenter's copy) shows what was committed; the UI never makes one up.

A call that fails marks the command obsolete, so Qt drops it from the stack: the stack never
holds a step the file does not have (a failed redo), nor one the file still has done while the
stack calls it undone (a failed undo). A refusal goes to `hub.failed` in one line; an edit the
file did not take (`NotSaved`: a full disk) goes to `hub.not_saved` with what Retry needs: the
same step pushed again, or for a save that is no undo step, the same save again. `stale` says a
later edit of the same thing was made since (Retry must not bring the older one back); `settle`
runs once the edit is settled, saved by Retry or given up, so that a widget that kept a typed
value on screen shows the file again; `refused` runs after any failure, so that a view that
showed the edit ahead of the file (a dragged card) shows the file again.
"""

from __future__ import annotations

import sys
import traceback
from collections.abc import Callable, Iterable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand
from shiboken6 import isValid

from facilitator.services.changes import Changed
from facilitator.services.errors import NotSaved, ServiceError
from facilitator.services.run_state import WorkshopFileError
from facilitator.ui.kit.hub import ChangeHub, FailedSave

# What a service call hands back for the views: one change, several, or none.
Result = Changed | Iterable[Changed] | None
Call = Callable[[], Result]


def drop(command: QUndoCommand) -> None:
    """Mark a command obsolete so that the stack removes it. A replayed command's Python side
    can outlive its Qt object (Qt deleted it when it was dropped): nothing to mark then."""
    if isValid(command):
        command.setObsolete(True)


def changes_in(result: Result) -> tuple[Changed, ...]:
    if result is None:
        return ()
    if isinstance(result, Changed):
        return (result,)
    return tuple(result)


class ServiceCommand(QUndoCommand):
    """One undo step whose do and undo are service calls: given as `do` and `undo`, or as the
    methods `_do` and `_undo` of a subclass (which keeps what undo needs between the two)."""

    def __init__(self, text: str, hub: ChangeHub, do: Call | None = None,
                 undo: Call | None = None, *, settle: Callable[[], None] | None = None,
                 stale: Callable[[], bool] | None = None,
                 refused: Callable[[], None] | None = None) -> None:
        super().__init__(text)
        self.hub = hub
        self.step_text = text
        self._do_call, self._undo_call = do, undo
        self.failed = False
        self.not_saved = False
        self.settle = settle     # the edit is saved (also by Retry) or given up (Dismiss)
        self.stale = stale       # a later edit of the same thing exists
        self.refused = refused   # after any failure: show the file again
        self.retried = False     # pushed by Retry: its success settles the edit it stands for
        self.retry: Callable[[], None] | None = None   # set by save_now: no undo step to push

    def _do(self) -> Result:
        if self._do_call is None:
            raise NotImplementedError
        return self._do_call()

    def _undo(self) -> Result:
        if self._undo_call is None:
            raise NotImplementedError
        return self._undo_call()

    def redo(self) -> None:
        self._run(self._do, undoing=False)

    def undo(self) -> None:
        self._run(self._undo, undoing=True)

    def _run(self, call: Call, *, undoing: bool) -> bool:
        try:
            result = call()
        except Exception as exc:  # every failure is told, none may take the window down
            self.failed = True
            self.not_saved = isinstance(exc, NotSaved)
            drop(self)
            self._report(exc, undoing=undoing)
            if self.refused is not None:
                self.refused()
            return False
        for changed in changes_in(result):
            self.hub.changed.emit(changed)
        if self.retried and self.settle is not None:
            self.settle()
        return True

    def _report(self, exc: Exception, *, undoing: bool) -> None:
        """Tell the facilitator in one line; for a save the file did not take, offer Retry of the
        same step: a failed undo comes back as the step 'Undo …' (undo and do swapped)."""
        if isinstance(exc, NotSaved):
            if self.retry is not None:
                failure = FailedSave(str(exc), retry=self.retry, settle=self.settle,
                                     stale=self.stale)
            else:
                text = self.step_text
                replay = (QCoreApplication.translate("SaveError", "Undo {step}").format(step=text),
                          self._undo, self._do) if undoing else \
                    (text, self._do, self._undo)
                failure = FailedSave(str(exc), replay=replay, settle=self.settle,
                                     stale=self.stale)
            self.hub.not_saved.emit(failure)
        elif isinstance(exc, (ServiceError, WorkshopFileError)):   # messages written for people
            self.hub.failed.emit(str(exc))
        else:  # a bug: one line for the room, the details for whoever reads the log
            traceback.print_exception(exc, file=sys.stderr)
            self.hub.failed.emit(QCoreApplication.translate(
                "SaveError", "This change could not be saved ({error}).").format(
                    error=type(exc).__name__))


def save_now(hub: ChangeHub, do: Call, *, retry: Callable[[], None] | None = None,
             stale: Callable[[], bool] | None = None) -> bool:
    """A save that is no undo step (a clock, the item on screen): run it now and push what it
    changed; False if it failed (told as any edit's failure). Retry of a save the file did not
    take calls `retry` (by default the same save again)."""
    command = ServiceCommand("", hub, do, stale=stale)
    command.retry = retry or command.redo
    return command._run(command._do, undoing=False)
