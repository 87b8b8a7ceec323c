"""Fonts and colours shared by the worksheet blocks: zoom, and the projector's high contrast."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QLabel, QWidget

# Style sheets stop a parent's setFont() reaching children they match, so the projector's size
# is stated here too; otherwise table cells stay at the laptop's default size.
PRESENTER_STYLE = """
QWidget { background: #ffffff; color: #000000; font-size: %(size).1fpt; }
QTableView, QListWidget { gridline-color: #000000; border: 2px solid #000000; }
QHeaderView::section { background: #000000; color: #ffffff; font-weight: bold;
                       font-size: %(size).1fpt; padding: 4px; border: 1px solid #ffffff; }
"""



def scaled_font(zoom: float, readonly: bool) -> QFont:
    """The worksheet font at `zoom` (the presenter window passes its own larger zoom)."""
    font = QFont(QApplication.font())
    size = font.pointSizeF() if font.pointSizeF() > 0 else 10.0
    font.setPointSizeF(max(6.0, size * zoom))
    return font


def apply_style(widget: QWidget, zoom: float, readonly: bool) -> None:
    font = scaled_font(zoom, readonly)
    widget.setFont(font)
    if readonly:
        widget.setStyleSheet(PRESENTER_STYLE % {"size": font.pointSizeF()})



def heading(text: str, zoom: float, readonly: bool, *, scale: float = 1.25) -> QLabel:
    label = QLabel(text)
    font = scaled_font(zoom * scale, readonly)
    font.setBold(True)
    label.setFont(font)
    # Its own rule, so a parent's style sheet (the projector's) cannot shrink it back.
    label.setStyleSheet(f"font-size: {font.pointSizeF():.1f}pt; font-weight: bold;")
    label.setWordWrap(True)
    label.setTextFormat(label.textFormat().PlainText)
    return label


def note(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(label.textFormat().PlainText)
    return label
