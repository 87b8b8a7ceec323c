"""New meeting is an ordinary undo step: the file stays open, the views (worksheets, timers,
the projector) follow the meeting on screen, the steps made before it stay undoable, and Undo
goes back to the meeting before. Real window, real keys, the file read back after each step."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from facilitator.services.dump import dump as dump_workshop
from facilitator.services.run_state import InUse
from facilitator.services.tables import set_cell
from facilitator.services.workshop import open_workshop
from facilitator.ui.shell import actions_menu
from facilitator.ui.shell.main_window import MainWindow
from tests.helpers import make_workshop
from tests.ui_runner_helpers import FakeClock, open_window
from tests.worksheet_support import press, type_text

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def saved(path: Path) -> dict:
    with open_workshop(path, readonly=True) as ws:
        return dump_workshop(ws)


def aspirations(path: Path, meeting: int) -> dict[str, str]:
    """The "organization" row of the aspirations table, as the file holds it at `meeting`."""
    with open_workshop(path, readonly=True) as ws:
        from facilitator.services.tables import read_table

        rows = read_table(ws, "aspirations", meeting=meeting)
        return dict(next(r.cells for r in rows if r.key == "organization"))


def key(qtbot: QtBot, window: MainWindow, modifiers: Qt.KeyboardModifier) -> None:
    """Ctrl+Z (or Ctrl+Shift+Z) in the facilitator window, wherever its focus is."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_Z, modifiers)


def type_in_aspirations(qtbot: QtBot, window: MainWindow, text: str) -> None:
    window.go_to_item(window.workshop.template.item_of("aspirations"))
    table = window.block_widget("aspirations")
    assert table is not None
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    table.view.setFocus()
    type_text(qtbot, text)
    press(qtbot, Qt.Key.Key_Return)


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return make_workshop(tmp_path, "attract-retain")


def test_new_meeting_keeps_the_file_open_and_earlier_steps_undoable(qtbot: QtBot,
                                                                   path: Path) -> None:
    window = open_window(qtbot, path)
    ws, page = window.workshop, window.page
    first = page.runner.meeting_id
    aspirations_item = ws.template.item_of("aspirations")
    type_in_aspirations(qtbot, window, "Siloed")
    assert aspirations(path, first)["now"] == "Siloed"

    assert actions_menu.start_new_meeting(window, date="2026-04-13")
    # The same open file, the same page: nothing was closed and reopened ...
    assert window.workshop is ws and window.page is page and not ws.readonly
    with pytest.raises(InUse):   # ... and this window still holds the file's lock
        open_workshop(path)
    second = page.runner.meeting_id
    assert [m["number"] for m in saved(path)["meetings"]] == [1, 2]
    assert second != first and page.meeting.id == second
    assert page.runner.current == 0          # a new meeting starts at its first item
    window.go_to_item(aspirations_item)
    table = window.block_widget("aspirations")
    assert table is not None and table.cell_text(0, "now") == ""   # meeting 2's own table
    assert window.undo_stack.undoText() == "New meeting 2"

    key(qtbot, window, CTRL)                 # Undo: back to meeting 1, meeting 2 is gone
    assert [m["number"] for m in saved(path)["meetings"]] == [1]
    assert page.runner.meeting_id == first and page.meeting.id == first
    assert page.runner.current == aspirations_item   # where meeting 1 was left
    table = window.block_widget("aspirations")
    assert table is not None and table.cell_text(0, "now") == "Siloed"

    key(qtbot, window, CTRL)                 # Undo again: the edit made before New meeting
    table = window.block_widget("aspirations")
    assert table is not None and table.cell_text(0, "now") == ""
    assert aspirations(path, first)["now"] == ""
    assert not window.undo_stack.canUndo()

    key(qtbot, window, CTRL | SHIFT)         # Redo both: the edit, then meeting 2 again
    key(qtbot, window, CTRL | SHIFT)
    assert aspirations(path, first)["now"] == "Siloed"
    assert [m["number"] for m in saved(path)["meetings"]] == [1, 2]
    assert page.runner.meeting_id == second  # under the same id, so later steps redo into it
    assert window.workshop is ws and window.page is page


def test_steps_made_in_the_new_meeting_undo_before_it_and_redo_into_it(qtbot: QtBot,
                                                                       path: Path) -> None:
    window = open_window(qtbot, path)
    page = window.page
    first = page.runner.meeting_id
    assert actions_menu.start_new_meeting(window)
    second = page.runner.meeting_id
    type_in_aspirations(qtbot, window, "One team")
    assert aspirations(path, second)["now"] == "One team"
    assert "now" not in aspirations(path, first)
    key(qtbot, window, CTRL)                 # the cell of meeting 2
    key(qtbot, window, CTRL)                 # meeting 2 itself, now empty again
    assert [m["number"] for m in saved(path)["meetings"]] == [1]
    assert page.runner.meeting_id == first
    key(qtbot, window, CTRL | SHIFT)
    key(qtbot, window, CTRL | SHIFT)
    assert page.runner.meeting_id == second
    assert aspirations(path, second)["now"] == "One team"
    window.go_to_item(window.workshop.template.item_of("aspirations"))
    table = window.block_widget("aspirations")
    assert table is not None and table.cell_text(0, "now") == "One team"


def test_the_projector_follows_the_meeting_on_screen(qtbot: QtBot, path: Path) -> None:
    window = open_window(qtbot, path)
    window.present()
    presenter = window.presenter
    assert presenter is not None
    type_in_aspirations(qtbot, window, "Siloed")
    qtbot.waitUntil(lambda: "Siloed" in presenter.sheet.all_texts(), timeout=2000)

    assert actions_menu.start_new_meeting(window)
    assert window.presenter is presenter and presenter.isVisible()   # still projecting
    second = window.page.runner.meeting_id
    assert presenter.title.text() == window.workshop.template.agenda[0].title
    window.go_to_item(window.workshop.template.item_of("aspirations"))
    qtbot.waitUntil(lambda: presenter.sheet.shows_block("aspirations"), timeout=2000)
    assert "Siloed" not in presenter.sheet.all_texts()
    assert presenter.sheet.ctx.meeting_id == second

    key(qtbot, window, CTRL)                 # Undo New meeting: the room sees meeting 1 again
    qtbot.waitUntil(lambda: "Siloed" in presenter.sheet.all_texts(), timeout=2000)
    assert presenter.sheet.ctx.meeting_id == window.page.runner.meeting_id != second


def test_the_running_clock_stays_with_its_meeting(qtbot: QtBot, path: Path) -> None:
    clock = FakeClock()
    window = open_window(qtbot, path, clock)
    runner = window.page.runner
    first = runner.meeting_id
    runner.toggle()                          # meeting 1's first item runs for 90 s
    clock.advance(90)
    assert actions_menu.start_new_meeting(window)
    assert not runner.running and runner.elapsed(0) == 0    # meeting 2: fresh timers
    clock.advance(30)                        # nothing runs: meeting 1 keeps its 90 s
    meetings = saved(path)["meetings"]
    assert round(meetings[0]["timers"][0]["elapsed_s"]) == 90
    assert all(t["elapsed_s"] == 0 for t in meetings[1]["timers"])
    key(qtbot, window, CTRL)
    assert runner.meeting_id == first
    assert round(runner.elapsed(0)) == 90 and not runner.running
    assert window.workshop.template.agenda[0].minutes == 5
    assert window.timer_text() == "3:30"     # 5 minutes planned, 90 s used in meeting 1


def test_undo_never_removes_a_meeting_that_holds_what_the_room_typed(qtbot: QtBot,
                                                                     path: Path) -> None:
    window = open_window(qtbot, path)
    page = window.page
    assert actions_menu.start_new_meeting(window)
    second = page.runner.meeting_id
    # Something written into meeting 2 outside the undo history (an undo that failed to
    # reach the file, say): undoing New meeting must not throw it away.
    set_cell(window.workshop, "aspirations", "organization", "now", "Kept", meeting=second)
    key(qtbot, window, CTRL)
    assert [m["number"] for m in saved(path)["meetings"]] == [1, 2]
    assert aspirations(path, second)["now"] == "Kept"
    assert page.runner.meeting_id == second and page.meeting.id == second   # still on screen
    assert window.statusBar().currentMessage() == "Meeting 2 is kept: it holds 1 table cell."
    assert not window.undo_stack.canUndo()   # the step is dropped, not left half-done


def test_edit_undo_while_typing_takes_back_the_typing_then_the_meeting(qtbot: QtBot,
                                                                     path: Path) -> None:
    window = open_window(qtbot, path)
    page = window.page
    first = page.runner.meeting_id
    assert actions_menu.start_new_meeting(window)
    second = page.runner.meeting_id
    window.go_to_item(window.workshop.template.item_of("aspirations"))
    table = window.block_widget("aspirations")
    assert table is not None
    table.view.setFocus()
    type_text(qtbot, "Half")                 # the cell's editor is open, nothing saved yet
    undo = window.actions_by_name["undo"]
    undo.trigger()                           # Edit > Undo from the menu
    assert aspirations(path, second)["now"] == ""     # the typing was saved, then undone
    assert page.runner.meeting_id == second
    assert window.undo_stack.redoText().startswith("Edit ")
    undo.trigger()
    assert [m["number"] for m in saved(path)["meetings"]] == [1]
    assert page.runner.meeting_id == first
    window.actions_by_name["redo"].trigger()
    window.actions_by_name["redo"].trigger()
    assert aspirations(path, second)["now"] == "Half"   # nothing typed is lost
