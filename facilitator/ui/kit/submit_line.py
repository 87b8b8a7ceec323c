"""A one-line box whose Enter hands its text over (the "Add a card" box): once handed over, the
text is the window's edit, so Ctrl+Z undoes that edit, not the box's own typing.

A plain QLineEdit keeps its typing history after `clear()`, and it claims Ctrl+Z even with
nothing of its own to undo: after Enter, Ctrl+Z put the typed text back in the box while
Edit said "Undo Add card". Here the box's history ends when the text is handed over, and
Ctrl+Z / Ctrl+Y (Ctrl+Shift+Z) reach the window's undo stack whenever the box has nothing of its
own to undo or redo. While typing, the box's own undo still works as in any text field.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QTextEdit, QWidget


class SubmitLineEdit(QLineEdit):
    def take_text(self) -> str:
        """The text, stripped, leaving the box empty with no typing history to undo."""
        text = self.text().strip()
        self.setText("")  # unlike clear(), setText drops the undo history
        return text

    def event(self, event: QEvent) -> bool:
        if undo_for_the_window(self, event):
            event.ignore()  # the window's Undo / Redo shortcut takes it
            return False
        return super().event(event)


def undo_for_the_window(editor: QWidget, event: QEvent) -> bool:
    """True for an Undo or Redo key (the ShortcutOverride Qt sends first) that `editor` has
    nothing of its own typing to undo or redo: it belongs to the window's undo stack. A text
    box claims Ctrl+Z even when empty-handed, so without this a just-opened cell editor or an
    emptied "Add" box swallows the facilitator's Undo."""
    if event.type() != QEvent.Type.ShortcutOverride or not isinstance(event, QKeyEvent):
        return False
    if isinstance(editor, QLineEdit):
        can_undo, can_redo = editor.isUndoAvailable(), editor.isRedoAvailable()
    elif isinstance(editor, (QPlainTextEdit, QTextEdit)):
        document = editor.document()
        can_undo, can_redo = document.isUndoAvailable(), document.isRedoAvailable()
    else:
        return False
    if event.matches(QKeySequence.StandardKey.Undo):
        return not can_undo
    return _is_redo(event) and not can_redo


def _is_redo(event: QKeyEvent) -> bool:
    if event.matches(QKeySequence.StandardKey.Redo):
        return True
    # The window's Redo also answers Ctrl+Y and Ctrl+Shift+Z on every platform.
    combo = event.keyCombination().toCombined()
    return combo in (QKeySequence("Ctrl+Y")[0].toCombined(),
                     QKeySequence("Ctrl+Shift+Z")[0].toCombined())
