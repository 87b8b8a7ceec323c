"""End to end through the facilitator window: type in a worksheet, undo and redo by keys,
and the projector's copy follows."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from facilitator.services.workshop import open_workshop
from tests.helpers import make_workshop
from tests.ui_runner_helpers import open_window
from tests.worksheet_support import press, type_text

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def activate(qtbot: QtBot, window: QWidget) -> None:
    """Window shortcuts (Ctrl+Z) need the facilitator window active, not the projector."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)


def saved_now(path: Path) -> dict:
    with open_workshop(path, readonly=True) as ws:
        from facilitator.services.tables import read_table

        return {r.key: r.cells for r in read_table(ws, "aspirations")}


def test_type_undo_redo_in_the_window_and_on_the_projector(qtbot: QtBot,
                                                           tmp_path: Path) -> None:
    path = make_workshop(tmp_path, "attract-retain")
    window = open_window(qtbot, path)
    window.go_to_item(window.workshop.template.item_of("aspirations"))
    window.present()
    table = window.block_widget("aspirations")
    projected = window.presenter.sheet
    assert table is not None and projected.shows_block("aspirations")
    activate(qtbot, window)
    table.view.setFocus()
    type_text(qtbot, "Siloed")
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "One team")
    press(qtbot, Qt.Key.Key_Return)
    assert saved_now(path)["organization"] == {"now": "Siloed", "want": "One team"}
    qtbot.waitUntil(lambda: "One team" in projected.all_texts(), timeout=200)
    activate(qtbot, window)
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Z, CTRL)
    assert table.cell_text(0, "want") == ""
    qtbot.waitUntil(lambda: "One team" not in projected.all_texts(), timeout=200)
    assert saved_now(path)["organization"] == {"now": "Siloed", "want": ""}
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Z, CTRL | SHIFT)
    assert table.cell_text(0, "want") == "One team"
    assert saved_now(path)["organization"]["want"] == "One team"
    qtbot.waitUntil(lambda: "One team" in projected.all_texts(), timeout=200)


def test_brainstorm_cards_in_the_window_move_with_alt_arrows_and_undo(qtbot: QtBot,
                                                                      tmp_path: Path) -> None:
    path = make_workshop(tmp_path, "attract-retain")
    window = open_window(qtbot, path)
    item = window.workshop.template.item_of("brainstorm")
    window.go_to_item(item)
    board = window.block_widget("brainstorm")
    assert board is not None
    activate(qtbot, window)
    box = board.add_boxes[("organization", "taking")]
    box.setFocus()
    type_text(qtbot, "Quiet room")
    press(qtbot, Qt.Key.Key_Return)
    cards = board.lists[("organization", "taking")]
    cards.setFocus()
    cards.setCurrentRow(0)
    press(qtbot, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert window.page.runner.current == item  # still on the same agenda item
    assert board.cards("organization", "could") == ["Quiet room"]
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Z, CTRL)
    assert board.cards("organization", "taking") == ["Quiet room"]
    with open_workshop(path, readonly=True) as ws:
        from facilitator.services.ideas import read_ideas

        assert [(i.text, i.lane) for i in read_ideas(ws, "brainstorm")] == [
            ("Quiet room", "taking")]
