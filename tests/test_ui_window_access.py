"""Every control in the facilitator window, the projector window and the start page has an
accessible name (what a screen reader says), checked through Qt's accessibility interface."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from tests.ui_runner_helpers import open_window

CONTROLS = (QAbstractButton, QAbstractItemView, QAbstractSpinBox, QComboBox, QLineEdit,
            QPlainTextEdit, QTextEdit)


def unnamed_controls(root: QWidget) -> list[str]:
    missing = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not isinstance(widget, CONTROLS) or not widget.isVisibleTo(root):
            continue
        if widget.objectName().startswith("qt_"):   # Qt's own scroll-area internals
            continue
        if isinstance(widget, QHeaderView):          # read out through its section labels
            continue
        interface = QAccessible.queryAccessibleInterface(widget)
        name = interface.text(QAccessible.Text.Name) if interface else ""
        if not name.strip():
            missing.append(f"{type(widget).__name__} {widget.objectName()!r} "
                           f"in {type(widget.parent()).__name__}")
    return missing


def test_start_page_controls_are_named(qtbot: QtBot) -> None:
    window = open_window(qtbot, None)
    assert unnamed_controls(window) == []


def test_facilitator_and_projector_controls_are_named(qtbot: QtBot,
                                                      workshop_path: Path) -> None:
    window = open_window(qtbot, workshop_path)
    window.present()
    for index in range(len(window.workshop.template.agenda)):
        window.go_to_item(index)
        assert unnamed_controls(window) == [], f"item {index + 1}"
        assert unnamed_controls(window.presenter) == [], f"item {index + 1} (projector)"
