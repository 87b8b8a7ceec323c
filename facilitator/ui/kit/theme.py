"""Two display options for people who need them: a high-contrast theme (pure black on white,
black frames around every control, a thick blue frame on the one with the focus, selection in
yellow on black) and a large-type mode (every text in the app about 40 % larger).

They apply to the whole application (menus, dialogs and tooltips too) and are undone exactly:
the system's own palette and font are kept from before the first change. The projector window
keeps its own dark, high-contrast look either way.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

from facilitator.domain.timer import Tone

LARGE_TYPE_SCALE = 1.4

# Darker than the usual tones (contrast with white of 7:1 or more: WCAG AAA).
HIGH_CONTRAST_TONES: dict[Tone, str] = {
    Tone.NORMAL: "#0b3d0b",
    Tone.WARNING: "#7a2e00",
    Tone.OVERTIME: "#8b0000",
}

HIGH_CONTRAST_STYLE = """
QWidget { color: #000000; }
QFrame#sidePanel, QFrame#agendaPanel { background: #ffffff; }
QLabel#sessionFacts { color: #000000; }
QPushButton, QToolButton { background: #ffffff; color: #000000; border: 2px solid #000000;
                           padding: 3px 8px; }
QPushButton:disabled, QToolButton:disabled { color: #4d4d4d; border-color: #4d4d4d; }
QLineEdit, QComboBox, QSpinBox, QPlainTextEdit, QTextEdit, QAbstractItemView {
    border: 2px solid #000000; }
QPushButton:focus, QToolButton:focus, QLineEdit:focus, QComboBox:focus, QSpinBox:focus,
QPlainTextEdit:focus, QTextEdit:focus, QAbstractItemView:focus, QGraphicsView:focus {
    border: 4px solid #0000cc; }
QCheckBox:focus { border: 2px solid #0000cc; }
QHeaderView::section { background: #000000; color: #ffffff; font-weight: bold; padding: 3px;
                       border: 1px solid #ffffff; }
"""


@dataclass
class _Original:
    palette: QPalette
    font: QFont


_original: _Original | None = None
_state = {"high_contrast": False, "large_type": False}


def high_contrast() -> bool:
    return _state["high_contrast"]


def large_type() -> bool:
    return _state["large_type"]


def high_contrast_palette() -> QPalette:
    palette = QPalette()
    black, white = QColor("#000000"), QColor("#ffffff")
    roles = QPalette.ColorRole
    for role in (roles.Window, roles.Base, roles.Button, roles.Light, roles.Midlight,
                 roles.AlternateBase):
        palette.setColor(role, white)
    for role in (roles.WindowText, roles.Text, roles.ButtonText, roles.Dark, roles.Mid,
                 roles.Shadow, roles.ToolTipBase, roles.Highlight):
        palette.setColor(role, black)
    palette.setColor(roles.AlternateBase, QColor("#eeeeee"))
    palette.setColor(roles.ToolTipText, white)
    palette.setColor(roles.HighlightedText, QColor("#ffff00"))
    palette.setColor(roles.PlaceholderText, QColor("#4d4d4d"))
    palette.setColor(roles.Link, QColor("#0000cc"))
    palette.setColor(roles.BrightText, white)
    disabled = QPalette.ColorGroup.Disabled
    for role in (roles.WindowText, roles.Text, roles.ButtonText):
        palette.setColor(disabled, role, QColor("#4d4d4d"))   # 8:1 on white, still readable
    return palette


def apply(*, contrast: bool, large: bool) -> bool:
    """Set both options for the whole application; False if they were already so (or there
    is no QApplication)."""
    global _original
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return False
    if (contrast, large) == (high_contrast(), large_type()):
        return False   # as it is (the usual start): re-polishing every widget costs start-up
    if _original is None:
        _original = _Original(QPalette(app.palette()), QFont(app.font()))
    _state["high_contrast"], _state["large_type"] = contrast, large
    app.setPalette(high_contrast_palette() if contrast else _original.palette)
    font = QFont(_original.font)
    if large:
        size = font.pointSizeF() if font.pointSizeF() > 0 else 10.0
        font.setPointSizeF(size * LARGE_TYPE_SCALE)
    app.setFont(font)
    return True


def window_style(base: str) -> str:
    """The facilitator window's style sheet with the current options."""
    return base + (HIGH_CONTRAST_STYLE if high_contrast() else "")
