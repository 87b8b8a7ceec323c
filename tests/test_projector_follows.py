"""The projector follows the facilitator: the action, row or card being edited on the laptop is
on the projector's page; the facilitator can also page the projector by hand (keys that never
take typing), and the projector stays there until the facilitator moves on."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from facilitator.services.actions import read_actions
from facilitator.services.workshop import open_workshop
from facilitator.ui.worksheets.actions.model import ActionIdRole
from tests.projector_fill import filled_workshop
from tests.ui_runner_helpers import open_window

CTRL, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier


@pytest.fixture(scope="module")
def crowded(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo with 47 proposals and 60 more cards, made once for this module's tests."""
    return filled_workshop(tmp_path_factory.mktemp("crowded"), "attract-retain", crowd=True)


def _proposals(qtbot: QtBot, tmp_path: Path, crowded: Path) -> tuple:
    path = tmp_path / "crowded.workshop"
    shutil.copy(crowded, path)
    window = open_window(qtbot, path)
    window.go_to_item(window.workshop.template.item_of("propose"))
    qtbot.keyClick(window, Qt.Key.Key_F5)
    presenter = window.presenter
    presenter.resize(1280, 720)
    sheet = presenter.sheet
    qtbot.waitUntil(lambda: sheet.page_count > 3, timeout=3000)
    return path, window, presenter, sheet


def test_the_action_being_edited_is_on_the_projector(qtbot: QtBot, tmp_path: Path,
                                                     crowded: Path) -> None:
    path, window, _presenter, sheet = _proposals(qtbot, tmp_path, crowded)
    assert sheet.page == 0
    with open_workshop(path, readonly=True) as ws:
        texts = {a.id: a.text for a in read_actions(ws, "propose")}
    table = window.block_widget("propose")
    table.view.setFocus()
    qtbot.keyClick(table.view, Qt.Key.Key_End, CTRL)       # the last proposal
    last = table.view.currentIndex().data(ActionIdRole)
    qtbot.waitUntil(lambda: texts[last] in sheet.texts(), timeout=500)
    assert sheet.page > 2   # (the key themes come after the proposals)
    for _ in range(12):                                     # up, row by row, to page 1
        qtbot.keyClick(table.view, Qt.Key.Key_Up)
        current = table.view.currentIndex().data(ActionIdRole)
        qtbot.waitUntil(lambda c=current: texts[c] in sheet.texts(), timeout=500)
    qtbot.keyClick(table.view, Qt.Key.Key_Home, CTRL)
    first = table.view.currentIndex().data(ActionIdRole)
    qtbot.waitUntil(lambda: sheet.page == 0, timeout=500)
    assert texts[first] in sheet.texts()
    assert "Page 1 of" in sheet.accessibleDescription()


def test_paging_by_hand_holds_until_the_facilitator_moves(qtbot: QtBot, tmp_path: Path,
                                                          crowded: Path) -> None:
    _path, window, presenter, sheet = _proposals(qtbot, tmp_path, crowded)
    table = window.block_widget("propose")
    table.view.setFocus()
    qtbot.keyClick(table.view, Qt.Key.Key_Down)             # the facilitator is on page 1
    qtbot.wait(250)
    assert sheet.page == 0
    qtbot.keyClick(table.view, Qt.Key.Key_PageDown, CTRL | SHIFT)   # from the laptop
    qtbot.keyClick(table.view, Qt.Key.Key_PageDown, CTRL | SHIFT)
    assert sheet.page == 2
    qtbot.wait(300)                                         # several ticks: it stays there
    assert sheet.page == 2
    window.page.runner.toggle()                             # the clock runs and is saved
    window.page.runner.checkpoint()
    qtbot.wait(50)
    assert sheet.page == 2
    assert window.focusWidget() is table.view               # the laptop kept its focus
    qtbot.keyClick(table.view, Qt.Key.Key_PageUp, CTRL | SHIFT)
    assert sheet.page == 1
    presenter.activateWindow()                              # a clicker on the projector
    qtbot.waitUntil(presenter.isActiveWindow, timeout=2000)
    qtbot.keyClick(presenter, Qt.Key.Key_PageDown)
    qtbot.keyClick(presenter, Qt.Key.Key_PageDown)
    assert sheet.page == 3
    qtbot.keyClick(presenter, Qt.Key.Key_PageUp)
    assert sheet.page == 2
    for _ in range(sheet.page_count + 2):                   # the end is the end
        qtbot.keyClick(presenter, Qt.Key.Key_PageDown)
    assert sheet.page == sheet.page_count - 1
    assert sheet.page_label() == f"Page {sheet.page_count} of {sheet.page_count}"
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    table.view.setFocus()
    qtbot.keyClick(table.view, Qt.Key.Key_Down)             # the facilitator moves on
    now = table.view.currentIndex().data(ActionIdRole)
    qtbot.waitUntil(lambda: sheet.page <= 1, timeout=500)   # the room follows again
    assert f"action:{now}" in sheet.current().anchors


def test_what_is_typed_shows_on_the_projector_page(qtbot: QtBot, tmp_path: Path,
                                                   crowded: Path) -> None:
    _path, window, _presenter, sheet = _proposals(qtbot, tmp_path, crowded)
    table = window.block_widget("propose")
    table.view.setFocus()
    qtbot.keyClick(table.view, Qt.Key.Key_End, CTRL)
    qtbot.keyClick(table.view, Qt.Key.Key_Home)              # the last proposal's words
    qtbot.keyClick(table.view, Qt.Key.Key_S)                 # typing starts editing the cell
    editor = window.focusWidget()
    assert editor is not table.view
    editor.selectAll()
    qtbot.keyClicks(editor, "Shared calendar for every school")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "Shared calendar for every school" in sheet.texts(), timeout=1000)
    assert sheet.page > 2


def test_a_worksheet_per_participant_shows_the_copy_picked_on_the_laptop(
        qtbot: QtBot, tmp_path: Path) -> None:
    from facilitator.services.people import read_participants
    from facilitator.services.tables import CellEdit, set_cells
    from tests.helpers import make_workshop

    path = make_workshop(tmp_path, "check-in")
    with open_workshop(path) as ws:
        ben = read_participants(ws)[1]
        set_cells(ws, "reflection", [CellEdit("support", "answer", "More time with students")],
                  participant=ben.id)
    window = open_window(qtbot, path)
    window.go_to_item(window.workshop.template.item_of("reflection"))
    qtbot.keyClick(window, Qt.Key.Key_F5)
    sheet = window.presenter.sheet
    qtbot.waitUntil(lambda: "Worksheet of Ana Núñez" in sheet.all_texts(), timeout=1000)
    table = window.block_widget("reflection")
    table.picker.setFocus()
    qtbot.keyClick(table.picker, Qt.Key.Key_Down)           # Ben Cho's copy, on the laptop
    qtbot.waitUntil(lambda: "Worksheet of Ben Cho" in sheet.all_texts(), timeout=1000)
    assert "More time with students" in sheet.all_texts()
