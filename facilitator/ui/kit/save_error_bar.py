"""The bar over the facilitator's page that says an edit was not saved, with Retry and Dismiss.

Non-blocking: the room keeps going. It lists every save the file did not take, oldest first;
Retry runs them again in that order (an undoable edit goes back on the undo stack as the same
step) and stops at the first that fails again. Dismiss gives them up and lets each widget show
what the file holds. It lives in the facilitator's window only, never on the projector.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QLineEdit, QPushButton
from shiboken6 import isValid

from facilitator.ui.kit.hub import ChangeHub, FailedSave
from facilitator.ui.kit.service_words import shown_message

translate = QCoreApplication.translate


def clear_if_still(box: QLineEdit, text: str) -> None:
    """An 'add' box that kept its text through a failed save: empty it once the edit is
    settled (added by Retry, or given up), unless the facilitator has typed something else."""
    if isValid(box) and box.text().strip() == text:
        box.setText("")  # unlike clear(), drops the typing history: Ctrl+Z undoes the edit


class SaveErrorBar(QFrame):
    pending_changed = Signal(int)   # how many edits are waiting for Retry

    def __init__(self, hub: ChangeHub, push: Callable[[QUndoCommand], None]) -> None:
        super().__init__()
        self.hub, self._push = hub, push
        self.pending: list[FailedSave] = []
        self.given_up = False   # the last edits waiting were dismissed, not saved
        self.setObjectName("saveErrorBar")
        self.setAccessibleName(translate("SaveError", "Not saved"))
        self.setStyleSheet("#saveErrorBar { background: #fdecea; border: 1px solid #e0a19b; }"
                           "#saveErrorBar QLabel { color: #7a1c12; }")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        self.message = QLabel()
        self.message.setAccessibleName(translate("SaveError", "Why the last change was not saved"))
        layout.addWidget(self.message, 1)
        self.retry_button = QPushButton(translate("SaveError", "Retry"))
        self.retry_button.setAccessibleName(translate("SaveError", "Retry saving"))
        self.dismiss_button = QPushButton(translate("SaveError", "Dismiss"))
        self.dismiss_button.setAccessibleName(translate("SaveError", "Give up the unsaved changes"))
        layout.addWidget(self.retry_button)
        layout.addWidget(self.dismiss_button)
        self.retry_button.clicked.connect(self.retry)
        self.dismiss_button.clicked.connect(self.dismiss)
        hub.not_saved.connect(self.add)
        self.hide()

    def add(self, failure: FailedSave) -> None:
        self.given_up = False
        self.pending.append(failure)
        self._show()

    def retry(self) -> None:
        waiting, self.pending = self.pending, []
        for at, failure in enumerate(waiting):
            if failure.is_stale():
                continue
            before = len(self.pending)
            self._run(failure)
            if len(self.pending) > before:   # failed again (and told us): keep the rest in order
                self.pending.extend(waiting[at + 1:])
                break
        self._show()

    def dismiss(self) -> None:
        waiting, self.pending = self.pending, []
        self.given_up = bool(waiting)
        for failure in waiting:
            if failure.settle is not None and not failure.is_stale():
                failure.settle()
        self._show()

    def clear(self) -> None:
        """The workshop closed: nothing left to retry against."""
        self.pending = []
        self._show()

    def _run(self, failure: FailedSave) -> None:
        if failure.replay is not None:
            from facilitator.ui.kit.service_command import (  # services load after paint
                ServiceCommand,
            )

            text, do, undo = failure.replay
            command = ServiceCommand(text, self.hub, do, undo, settle=failure.settle,
                                     stale=failure.stale)
            command.retried = True
            self._push(command)
        elif failure.retry is not None:
            failure.retry()

    def _show(self) -> None:
        count = len(self.pending)
        if count:
            more = translate("SaveError", " ({count} changes waiting)").format(count=count) \
                if count > 1 else ""
            self.message.setText(shown_message(self.pending[-1].message) + more)
        self.setVisible(bool(count))
        self.pending_changed.emit(count)
