"""Typing always reaches the widget the facilitator is typing in.

Qt asks the focused widget first (a ShortcutOverride event) whether it wants a key before any
shortcut may take it. Text fields say yes for letters, but a table cell that is selected and not
yet editing, a list of cards or a checkbox cell do not, so a bare-key shortcut ("B" to blank,
Space for the timer) used to eat the first letter of a word or the tick of a box. The guard,
installed on the application, answers for them: any printable key (Space included) belongs to
the focused widget unless that widget only drives the meeting (the agenda list, the projector
window, a read-only text). So bare Space still starts the timer from the agenda, and never
from a cell, a card, a button or a box.

Esc in a free text box (not a cell editor, which Esc cancels) hands the focus back to where the
meeting's keys work: the box's own sheet if it names one, else the agenda.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QApplication, QWidget

if TYPE_CHECKING:
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QMainWindow

# Widget kinds are told by Qt class name (QObject.inherits): the guard is installed before the
# first workshop opens, and importing the item-view and text-edit classes then would cost start-up.
TEXT_KINDS = ("QLineEdit", "QTextEdit", "QPlainTextEdit")

MEETING_KEYS = "meetingKeys"   # property: this widget (or window) takes no typing
ESCAPE_TO = "escapeTo"         # property of a text box: the widget Esc hands the focus to
_M = Qt.KeyboardModifier
ALT_GR = _M.ControlModifier | _M.AltModifier   # how Windows reports AltGr (e.g. @ on a QWERTZ)


def is_typing(event: QKeyEvent) -> bool:
    """A key that puts a character in a text: printable, with no Ctrl, Alt or Meta (Shift and
    AltGr are part of typing)."""
    text = event.text()
    if not text or not text.isprintable():
        return False
    held = event.modifiers() & ~(_M.ShiftModifier | _M.KeypadModifier | _M.GroupSwitchModifier)
    return held in (_M.NoModifier, ALT_GR)


def let_meeting_keys_through(widget: QWidget) -> None:
    """Mark `widget` (or a whole window) as one that takes no typing: bare keys such as Space
    drive the meeting while it has the focus."""
    widget.setProperty(MEETING_KEYS, True)


def escape_to(box: QWidget, target: QWidget) -> None:
    """Esc in the text box `box` gives the focus to `target` (its sheet, say)."""
    box.setProperty(ESCAPE_TO, target)


def _is_text(widget: QWidget) -> bool:
    return any(widget.inherits(kind) for kind in TEXT_KINDS)


def takes_typing(widget: QWidget) -> bool:
    """True unless the widget only drives the meeting: everything that is not marked, and not
    a label or a read-only text, may use a typed key (a cell starts editing, a card or a
    checkbox ticks, a button clicks, a list searches)."""
    if widget.property(MEETING_KEYS) or widget.window().property(MEETING_KEYS):
        return False
    if widget.inherits("QMainWindow") or widget.inherits("QLabel"):
        return False
    return not (_is_text(widget) and widget.property("readOnly"))


def is_free_text_box(widget: QWidget) -> bool:
    """A text field of its own, not the editor of a table cell (Esc cancels a cell edit)."""
    if not _is_text(widget) or widget.property("readOnly"):
        return False
    parent = widget.parentWidget()
    while parent is not None:
        if parent.inherits("QAbstractItemView"):
            return False
        parent = parent.parentWidget()
    return True


class TypingGuard(QObject):
    """Application event filter; `fallback` gives the widget Esc returns to (the agenda)."""

    def __init__(self, parent: QObject, fallback: Callable[[], QWidget | None]) -> None:
        super().__init__(parent)
        self._fallback = fallback

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind not in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress) or \
                watched is not QApplication.focusWidget():
            return False
        assert isinstance(watched, QWidget)
        event = cast("QKeyEvent", event)  # PySide hands key events over as QKeyEvent
        if kind == QEvent.Type.ShortcutOverride:
            if is_typing(event) and takes_typing(watched):
                event.accept()  # the widget gets the key press; no shortcut fires
                return True
            return False
        if event.key() == Qt.Key.Key_Escape and event.modifiers() == _M.NoModifier and \
                is_free_text_box(watched) and watched.window().inherits("QMainWindow"):
            target = watched.property(ESCAPE_TO) or self._fallback()
            if isinstance(target, QWidget) and target.isVisible():
                target.setFocus(Qt.FocusReason.ShortcutFocusReason)
                return True
        return False


def install(window: QMainWindow, fallback: Callable[[], QWidget | None]) -> TypingGuard:
    """Guard every key typed while `window` exists (the guard goes with the window)."""
    guard = TypingGuard(window, fallback)
    app = QApplication.instance()
    if app is not None:
        app.installEventFilter(guard)
    return guard
