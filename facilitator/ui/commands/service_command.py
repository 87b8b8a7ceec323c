"""The shape every undoable worksheet edit shares: do and undo are service calls.

After each call the resulting `Changed` goes out on the hub, so every view (the facilitator's
widget, the presenter's copy) re-reads what was committed. A service refusal is shown to the
user through `hub.failed`; the command then marks itself obsolete, so Qt drops it from the stack
instead of leaving an undo step that did nothing.
"""

from __future__ import annotations

import sys
import traceback

from PySide6.QtGui import QUndoCommand

from facilitator.services.changes import Changed
from facilitator.services.errors import ServiceError
from facilitator.ui.hub import ChangeHub


class ServiceCommand(QUndoCommand):
    def __init__(self, text: str, hub: ChangeHub) -> None:
        super().__init__(text)
        self.hub = hub
        self.failed = False

    def _do(self) -> Changed | None:
        raise NotImplementedError

    def _undo(self) -> Changed | None:
        raise NotImplementedError

    def _refused(self, message: str) -> None:
        self.failed = True
        self.setObsolete(True)
        self.hub.failed.emit(message)

    def redo(self) -> None:
        self._run(self._do)

    def undo(self) -> None:
        self._run(self._undo)

    def _run(self, call: object) -> None:
        assert callable(call)
        try:
            changed = call()
        except ServiceError as exc:
            self._refused(str(exc))
            return
        except Exception as exc:  # a disk or file problem: tell the user, never crash
            traceback.print_exc(file=sys.stderr)
            self._refused(f"This change could not be saved: {exc}")
            return
        if changed is not None:
            self.hub.changed.emit(changed)
