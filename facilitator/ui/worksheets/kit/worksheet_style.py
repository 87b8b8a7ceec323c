"""Fonts and colours shared by the worksheet blocks: zoom, and the projector's high contrast."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLabel, QPushButton, QWidget

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


def button_row(owner: QWidget, title: str,
               specs: Sequence[tuple[str, str, Callable[[], object]]]) -> QHBoxLayout:
    """Buttons for a worksheet's row commands, each also a shortcut while the worksheet has
    the focus: (text, keys, slot)."""
    row = QHBoxLayout()
    for text, keys, slot in specs:
        button = QPushButton(text)
        button.setAccessibleName(QCoreApplication.translate("Worksheet", "{command} in "
                                                            "{worksheet}").format(
                                                                command=text, worksheet=title))
        button.setToolTip(f"{text} ({keys})")
        button.clicked.connect(slot)
        row.addWidget(button)
        action = QAction(text, owner)
        action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        owner.addAction(action)
    row.addStretch(1)
    return row
