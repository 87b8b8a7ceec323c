"""A one-line notice across the top of the facilitator's window (never on the projector): it
tells, and the room goes on. No modal: a dialog would stop the meeting and the timers' keys."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton

translate = QCoreApplication.translate


class NoticeBanner(QFrame):
    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("noticeBanner")
        self.setAccessibleName(translate("Notice", "Notice"))
        self.setStyleSheet("#noticeBanner { background: #fef3c7;"
                           " border-bottom: 1px solid #d97706; }"
                           " #noticeBanner QLabel { color: #1f2937; }")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 6, 6)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setAccessibleName(translate("Notice", "Notice text"))
        self.dismiss = QToolButton()
        self.dismiss.setText(translate("Notice", "Dismiss"))
        self.dismiss.setAccessibleName(translate("Notice", "Dismiss the notice"))
        self.dismiss.clicked.connect(self.clear)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.dismiss)
        self.hide()

    def say(self, text: str) -> None:
        self.text.setText(text)
        self.setVisible(bool(text))

    def clear(self) -> None:
        self.say("")
