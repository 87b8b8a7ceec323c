"""The `text` block: reference text, sections of points with their lead terms in bold, and an
optional notes box for the room (saved when the facilitator leaves the box, undoable)."""

from __future__ import annotations

import html
import re

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QLabel, QPlainTextEdit, QVBoxLayout, QWidget
from shiboken6 import isValid

from facilitator.domain.template import TextBlock
from facilitator.services.changes import Changed, ChangeKind
from facilitator.services.run_state import read_note
from facilitator.ui.worksheets.kit.context import BlockContext
from facilitator.ui.worksheets.text.commands import set_note_command


def point_html(point: str) -> str:
    """'Purpose: Ability to do work...' -> '<b>Purpose:</b> Ability to do work...'."""
    term, sep, rest = point.partition(": ")
    if sep and 0 < len(term) <= 60:
        return f"• <b>{html.escape(term)}:</b> {html.escape(rest)}"
    return f"• {html.escape(point)}"


def _label(text: str, *, rich: bool = False, name: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if name:
        label.setObjectName(name)
    label.setAccessibleName(html.unescape(re.sub(r"<[^>]+>", "", text)) if rich else text)
    return label


class TextBlockWidget(QFrame):
    def __init__(self, ctx: BlockContext, block: TextBlock) -> None:
        super().__init__()
        self.ctx, self.block = ctx, block
        self.notes_edit: QPlainTextEdit | None = None
        self.notes_view: QLabel | None = None
        self._saved = ""
        self._attempts = 0   # saves tried from this box: a newer one makes older retries stale
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 12)
        layout.addWidget(_label(block.title, name="blockTitle"))
        if block.instructions:
            instructions = _label(block.instructions, name="blockInstructions")
            instructions.setStyleSheet("font-style: italic;")
            layout.addWidget(instructions)
        if block.body:
            layout.addWidget(_label(block.body, name="blockBody"))
        for section in block.sections:
            layout.addWidget(_label(section.heading, name="sectionHeading"))
            for point in section.points:
                layout.addWidget(_label(point_html(point), rich=True))
        if block.notes_field:
            self._saved = read_note(ctx.ws, block.id, meeting=ctx.meeting_id)
            if ctx.readonly:
                self.notes_view = _label(self._saved or "…", name="notesView")
                self.notes_view.setAccessibleName(QCoreApplication.translate(
                    "Worksheet", "{worksheet}: notes").format(worksheet=block.title))
                layout.addWidget(self.notes_view)
            else:
                self.notes_edit = QPlainTextEdit(self._saved)
                self.notes_edit.setObjectName("notesEdit")
                self.notes_edit.setPlaceholderText(QCoreApplication.translate(
                    "Worksheet", "Notes from the room…"))
                self.notes_edit.setAccessibleName(QCoreApplication.translate(
                    "Worksheet", "{worksheet}: notes").format(worksheet=block.title))
                self.notes_edit.setMinimumHeight(90)
                self.notes_edit.setTabChangesFocus(True)  # Tab leaves the box: no keyboard trap
                self.notes_edit.installEventFilter(self)
                layout.addWidget(self.notes_edit)
        self._apply_zoom()
        ctx.hub.changed.connect(self._on_changed)

    def _apply_zoom(self) -> None:
        if self.ctx.zoom != 1.0:
            font = QFont(self.font())
            font.setPointSizeF(max(6.0, font.pointSizeF() * self.ctx.zoom))
            self.setFont(font)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.notes_edit and event.type() == QEvent.Type.FocusOut:
            self.commit()
        return False

    def commit(self) -> None:
        """Save the notes box if it changed (one undoable edit per visit of the box)."""
        if self.notes_edit is None:
            return
        text = self.notes_edit.toPlainText()
        if text != self._saved:
            old, self._saved = self._saved, text
            command = set_note_command(self.ctx.ws, self.ctx.hub, self.ctx.meeting_id,
                                       self.block.id, text, old)
            self._attempts += 1
            attempt = self._attempts
            command.settle = self._show_stored
            command.stale = lambda: self._attempts != attempt
            self.ctx.undo.push(command)
            if command.failed:  # the box keeps the text; leaving it again tries again
                self._saved = old

    def _show_stored(self) -> None:
        """The facilitator gave an unsaved note up: show what the file holds."""
        if isValid(self):
            self._show_note()

    def _on_changed(self, changed: Changed) -> None:
        if changed.what == ChangeKind.NOTE and changed.block_id == self.block.id:
            self._show_note()

    def _show_note(self) -> None:
        try:
            text = read_note(self.ctx.ws, self.block.id, meeting=self.ctx.meeting_id)
        except Exception:  # the workshop was closed under a widget about to be deleted
            return
        self._saved = text
        if self.notes_edit is not None and self.notes_edit.toPlainText() != text:
            self.notes_edit.setPlainText(text)
        if self.notes_view is not None:
            self.notes_view.setText(text or "…")


def create(ctx: BlockContext, block: TextBlock) -> QWidget:
    return TextBlockWidget(ctx, block)
