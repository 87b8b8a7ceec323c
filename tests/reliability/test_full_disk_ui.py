"""A full disk in the middle of a workshop: every edit the file does not take says so in one line
in the facilitator's window, leaves no undo step, keeps what was typed on screen, and Retry saves
it once there is space again. Undo that cannot be saved is told too, and the stack stays true."""

from __future__ import annotations

import errno
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import event
from sqlalchemy.exc import OperationalError

from facilitator.domain.grid import SMALL_STEP
from facilitator.domain.snapshot import example_card
from facilitator.domain.template import GridBlock
from facilitator.services import actions, ideas, themes
from facilitator.services.card_moves import example_places, set_places
from facilitator.services.cards import read_board
from facilitator.services.errors import DISK_FULL, READ_ONLY, save_failure_message
from facilitator.services.run_state import read_note
from facilitator.services.tables import read_table
from facilitator.services.timers import read_timers
from facilitator.services.workshop import Workshop, open_workshop
from facilitator.ui.shell.main_window import MainWindow
from facilitator.ui.worksheets.grid.card import to_fraction
from facilitator.ui.worksheets.grid.commands import MoveCard
from tests.helpers import make_workshop
from tests.reliability.full_disk import FullDisk
from tests.ui_runner_helpers import FakeClock, open_window
from tests.worksheet_support import press, type_text

CTRL = Qt.KeyboardModifier.ControlModifier


def in_file(path: Path, read: Callable[[Workshop], Any]) -> Any:
    """What a second, read-only connection finds in the file now."""
    with open_workshop(path, readonly=True) as other:
        return read(other)


def cell_in_file(path: Path, block: str, row: str, col: str) -> Any:
    return in_file(path, lambda ws: {r.key: r.cells for r in read_table(ws, block)}[row]
                   .get(col, ""))


def window_on(qtbot: QtBot, tmp_path: Path, block: str, template: str = "attract-retain",
              clock: FakeClock | None = None) -> tuple[MainWindow, FullDisk]:
    path = make_workshop(tmp_path, template)
    window = open_window(qtbot, path, clock)
    assert window.workshop is not None
    window.go_to_item(window.workshop.template.item_of(block))
    return window, FullDisk(window.workshop)


def assert_told_not_saved(window: MainWindow) -> None:
    """One line in the facilitator's window that a facilitator understands; nothing of SQL."""
    bar = window.save_bar
    assert bar is not None and bar.isVisible()
    message = bar.message.text()
    assert message.startswith("Not saved: the disk is full"), message
    assert "\n" not in message and len(message) < 200
    for word in ("sqlite", "INSERT", "UPDATE", "SELECT", "[SQL", "parameters"):
        assert word.lower() not in message.lower()
    assert window.saved_label.text() == "Not saved"
    assert window.presenter is None or message not in _texts(window.presenter)


def _texts(widget: Any) -> str:
    from PySide6.QtWidgets import QLabel

    return " ".join(label.text() for label in widget.findChildren(QLabel))


def retry(qtbot: QtBot, window: MainWindow) -> None:
    assert window.save_bar is not None
    qtbot.mouseClick(window.save_bar.retry_button, Qt.MouseButton.LeftButton)
    assert not window.save_bar.isVisible()
    assert window.saved_label.text().startswith("Saved ")


def activate(qtbot: QtBot, window: MainWindow) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)


def test_table_cell_stays_on_screen_with_no_undo_step_and_retry_saves_it(
        qtbot: QtBot, tmp_path: Path) -> None:
    window, disk = window_on(qtbot, tmp_path, "aspirations")
    window.present()                                  # the room must not see the failure
    table = window.block_widget("aspirations")
    assert table is not None and window.undo_stack is not None
    activate(qtbot, window)
    table.view.setFocus()
    disk.fill()
    type_text(qtbot, "Siloed")
    press(qtbot, Qt.Key.Key_Return)
    assert_told_not_saved(window)
    assert window.presenter is not None and "disk is full" not in _texts(window.presenter)
    assert window.undo_stack.count() == 0            # no undo step for an edit not made
    assert table.cell_text(0, "now") == "Siloed"     # what was typed is still there
    assert cell_in_file(window.workshop.path, "aspirations", "organization", "now") == ""
    disk.free()
    retry(qtbot, window)
    assert cell_in_file(window.workshop.path, "aspirations", "organization", "now") == "Siloed"
    assert table.cell_text(0, "now") == "Siloed"
    assert window.undo_stack.count() == 1 and window.undo_stack.canUndo()
    window.undo_stack.undo()                          # the retried step undoes like any other
    assert cell_in_file(window.workshop.path, "aspirations", "organization", "now") == ""
    assert table.cell_text(0, "now") == ""


def test_a_failed_undo_is_told_the_stack_drops_it_and_retry_undoes(qtbot: QtBot,
                                                                   tmp_path: Path) -> None:
    window, disk = window_on(qtbot, tmp_path, "aspirations")
    table = window.block_widget("aspirations")
    assert table is not None and window.undo_stack is not None
    table.view.setFocus()
    type_text(qtbot, "Siloed")
    press(qtbot, Qt.Key.Key_Return)
    assert window.undo_stack.count() == 1
    disk.fill()
    activate(qtbot, window)
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Z, CTRL)
    assert_told_not_saved(window)
    path = window.workshop.path
    # The file still has the edit, and so do the screen and the stack: no step claims "undone".
    assert cell_in_file(path, "aspirations", "organization", "now") == "Siloed"
    assert table.cell_text(0, "now") == "Siloed"
    assert window.undo_stack.count() == 0 and not window.undo_stack.canRedo()
    disk.free()
    retry(qtbot, window)
    assert cell_in_file(path, "aspirations", "organization", "now") == ""
    assert table.cell_text(0, "now") == ""
    assert window.undo_stack.undoText() == "Undo Edit Where are we right now?"


def test_dismiss_gives_the_edit_up_and_shows_the_file(qtbot: QtBot, tmp_path: Path) -> None:
    window, disk = window_on(qtbot, tmp_path, "aspirations")
    table = window.block_widget("aspirations")
    assert table is not None and window.save_bar is not None
    table.view.setFocus()
    disk.fill()
    type_text(qtbot, "Siloed")
    press(qtbot, Qt.Key.Key_Return)
    assert table.cell_text(0, "now") == "Siloed"
    qtbot.mouseClick(window.save_bar.dismiss_button, Qt.MouseButton.LeftButton)
    assert not window.save_bar.isVisible()
    assert table.cell_text(0, "now") == ""
    assert window.saved_label.text() == "Not saved"   # until a later save succeeds
    disk.free()
    table.view.setFocus()
    type_text(qtbot, "Open")
    press(qtbot, Qt.Key.Key_Return)
    assert window.saved_label.text().startswith("Saved ")


def test_a_newer_edit_of_the_cell_is_not_overwritten_by_retry(qtbot: QtBot,
                                                              tmp_path: Path) -> None:
    window, disk = window_on(qtbot, tmp_path, "aspirations")
    table = window.block_widget("aspirations")
    assert table is not None and window.save_bar is not None
    table.view.setFocus()
    disk.fill()
    type_text(qtbot, "Old")
    press(qtbot, Qt.Key.Key_Return)
    disk.free()
    table.view.setFocus()
    table.view.move_to(0, table.column_of("now"))
    type_text(qtbot, "New")
    press(qtbot, Qt.Key.Key_Return)
    retry(qtbot, window)
    assert cell_in_file(window.workshop.path, "aspirations", "organization", "now") == "New"
    assert table.cell_text(0, "now") == "New"


def test_notes_box_keeps_the_text_and_retry_saves_it(qtbot: QtBot, tmp_path: Path) -> None:
    window, disk = window_on(qtbot, tmp_path, "missing-challenges", "provider-barriers")
    block = window.block_widget("missing-challenges")
    assert block is not None and block.notes_edit is not None
    assert window.undo_stack is not None
    block.notes_edit.setFocus()
    disk.fill()
    type_text(qtbot, "Rural travel")
    window.page.commit_edits()                        # leaving the box saves it
    assert_told_not_saved(window)
    assert block.notes_edit.toPlainText() == "Rural travel"
    assert window.undo_stack.count() == 0
    disk.free()
    retry(qtbot, window)
    assert in_file(window.workshop.path,
                   lambda ws: read_note(ws, "missing-challenges")) == "Rural travel"
    assert block.notes_edit.toPlainText() == "Rural travel"
    assert window.undo_stack.count() == 1


def test_planned_minutes_and_timer_saves_are_told_and_retried(qtbot: QtBot,
                                                               tmp_path: Path) -> None:
    clock = FakeClock()
    window, disk = window_on(qtbot, tmp_path, "aspirations", clock=clock)
    runner = window.page.runner
    item, planned = runner.current, runner.minutes[runner.current]
    assert window.undo_stack is not None
    disk.fill()
    qtbot.mouseClick(window.page.timer_panel.buttons["plus-minute"], Qt.MouseButton.LeftButton)
    assert_told_not_saved(window)
    assert window.undo_stack.count() == 0
    qtbot.mouseClick(window.page.timer_panel.buttons["start"], Qt.MouseButton.LeftButton)
    clock.advance(30)
    qtbot.mouseClick(window.page.timer_panel.buttons["start"], Qt.MouseButton.LeftButton)
    assert "2 changes" in window.save_bar.message.text() or \
        "changes waiting" in window.save_bar.message.text()
    assert runner.minutes[item] == planned           # the screen says what the file has
    stored = in_file(window.workshop.path, lambda ws: read_timers(ws)[item])
    assert stored.minutes == planned and stored.elapsed_s == 0
    disk.free()
    retry(qtbot, window)
    stored = in_file(window.workshop.path, lambda ws: read_timers(ws)[item])
    assert stored.minutes == planned + 1
    assert stored.elapsed_s == pytest.approx(30) and not stored.running
    assert window.undo_stack.count() == 1            # +1 minute, undoable as before


def test_an_older_timer_save_never_overwrites_a_newer_one(qtbot: QtBot, tmp_path: Path) -> None:
    clock = FakeClock()
    window, disk = window_on(qtbot, tmp_path, "aspirations", clock=clock)
    runner = window.page.runner
    item = runner.current
    disk.fill()
    runner.toggle()                                   # start: not saved
    clock.advance(25)
    disk.free()
    runner.toggle()                                   # pause at 25 s: saved
    retry(qtbot, window)                              # the older "running at 0 s" is stale
    stored = in_file(window.workshop.path, lambda ws: read_timers(ws)[item])
    assert stored.elapsed_s == pytest.approx(25) and not stored.running


def test_new_card_stays_in_its_box_and_retry_adds_it(qtbot: QtBot, tmp_path: Path) -> None:
    window, disk = window_on(qtbot, tmp_path, "brainstorm")
    board = window.block_widget("brainstorm")
    assert board is not None and window.undo_stack is not None
    box = board.add_boxes[("organization", "taking")]
    box.setFocus()
    disk.fill()
    type_text(qtbot, "Quiet room")
    press(qtbot, Qt.Key.Key_Return)
    assert_told_not_saved(window)
    assert box.text() == "Quiet room" and window.undo_stack.count() == 0
    disk.free()
    retry(qtbot, window)
    texts = in_file(window.workshop.path, lambda ws: [i.text for i in
                                                      ideas.read_ideas(ws, "brainstorm")])
    assert texts == ["Quiet room"]
    assert board.cards("organization", "taking") == ["Quiet room"]
    assert box.text() == ""                            # added: Return again would add a twin


def test_card_move_on_the_board_is_retried(qtbot: QtBot, tmp_path: Path) -> None:
    path = make_workshop(tmp_path, "attract-retain")
    with open_workshop(path) as ws:
        ideas.add_idea(ws, "brainstorm", "Quiet room", "organization", "taking", explore=True)
    window = open_window(qtbot, path)
    assert window.workshop is not None and window.undo_stack is not None
    window.go_to_item(window.workshop.template.item_of("prioritize"))
    grid = window.block_widget("prioritize")
    assert grid is not None
    disk = FullDisk(window.workshop)
    card = in_file(path, lambda ws: read_board(ws, "prioritize"))[0]
    disk.fill()
    window.undo_stack.push(MoveCard(grid.ctx, "prioritize", card.ref, card.label, card.category,
                                    None, (0.8, 0.2)))
    assert_told_not_saved(window)
    assert window.undo_stack.count() == 0
    disk.free()
    retry(qtbot, window)
    placed = in_file(path, lambda ws: read_board(ws, "prioritize"))[0]
    assert (placed.x, placed.y) == pytest.approx((0.8, 0.2))
    window.undo_stack.undo()
    assert in_file(path, lambda ws: read_board(ws, "prioritize"))[0].x is None


def test_new_action_stays_typed_and_retry_adds_it(qtbot: QtBot, tmp_path: Path) -> None:
    window, disk = window_on(qtbot, tmp_path, "propose")
    sheet = window.block_widget("propose")
    assert sheet is not None and window.undo_stack is not None
    sheet.new_text.setFocus()
    disk.fill()
    type_text(qtbot, "Book the hall")
    press(qtbot, Qt.Key.Key_Return)
    assert_told_not_saved(window)
    assert sheet.new_text.text() == "Book the hall" and window.undo_stack.count() == 0
    disk.free()
    retry(qtbot, window)
    assert in_file(window.workshop.path,
                   lambda ws: [a.text for a in actions.read_actions(ws, "propose")]) == \
        ["Book the hall"]
    assert sheet.new_text.text() == ""


def test_theme_edit_stays_on_screen_and_retry_saves_it(qtbot: QtBot, tmp_path: Path) -> None:
    window, disk = window_on(qtbot, tmp_path, "key-themes")
    sheet = window.block_widget("key-themes")
    assert sheet is not None and window.undo_stack is not None
    sheet.add_theme()                                  # disk free: the row exists
    steps = window.undo_stack.count()
    disk.fill()
    sheet.view.setFocus()
    type_text(qtbot, "Time")
    press(qtbot, Qt.Key.Key_Return)
    assert_told_not_saved(window)
    assert window.undo_stack.count() == steps
    assert sheet.model.data(sheet.model.index(0, 0)) == "Time"
    disk.free()
    retry(qtbot, window)
    assert in_file(window.workshop.path, lambda ws: [t.headline for t in
                                                     themes.read_themes(ws, "key-themes")]) == \
        ["Time"]


def test_a_real_sqlite_full_disk_with_a_400_kb_value_says_one_line(qtbot: QtBot,
                                                                     tmp_path: Path) -> None:
    """SQLite's own SQLITE_FULL (max_page_count), the value that used to fill the message."""
    window, _ = window_on(qtbot, tmp_path, "aspirations")
    ws = window.workshop
    assert ws is not None and window.undo_stack is not None

    def limit(pages: int) -> None:
        with ws.db.engine.connect() as connection:
            connection.exec_driver_sql(f"PRAGMA max_page_count={pages}")

    def on_connect(dbapi: sqlite3.Connection, _record: object) -> None:
        dbapi.execute(f"PRAGMA max_page_count={limit_now[0]}")

    with ws.reading() as s:
        pages = s.exec_driver_sql("PRAGMA page_count").scalar()
    limit_now = [pages]
    event.listen(ws.db.engine, "connect", on_connect)
    limit(pages)
    table = window.block_widget("aspirations")
    assert table is not None
    big = "ideas from the room " * 20_000               # 400 kB
    table.model.setData(table.model.index(0, table.column_of("now")), big)
    assert_told_not_saved(window)
    assert window.undo_stack.count() == 0
    assert table.cell_text(0, "now") == big
    limit_now[0] = 1_000_000
    limit(1_000_000)
    retry(qtbot, window)
    assert cell_in_file(ws.path, "aspirations", "organization", "now") == big


@pytest.mark.parametrize(("error", "expected"), [
    (sqlite3.OperationalError("database or disk is full"), DISK_FULL),
    (OSError(errno.ENOSPC, "No space left on device"), DISK_FULL),
    (sqlite3.OperationalError("attempt to write a readonly database"), READ_ONLY),
    (OSError(errno.EROFS, "Read-only file system"), READ_ONLY),
])
def test_storage_errors_become_one_line_a_facilitator_understands(error: Exception,
                                                                    expected: str) -> None:
    wrapped = OperationalError("INSERT INTO cell (value) VALUES (?)", ("x" * 400_000,), error)
    for exc in (error, wrapped):
        assert save_failure_message(exc) == expected


def test_an_unknown_driver_error_keeps_no_sql_and_no_value() -> None:
    inner = sqlite3.OperationalError("something odd " + "y" * 500)
    wrapped = OperationalError("UPDATE cell SET value=? WHERE id=?", ("x" * 400_000, 1), inner)
    message = save_failure_message(wrapped)
    assert message.startswith("Not saved:") and len(message) < 200
    assert "UPDATE" not in message and "xxx" not in message


def test_closing_the_workshop_tries_the_waiting_saves_once_more(qtbot: QtBot,
                                                                tmp_path: Path) -> None:
    window, disk = window_on(qtbot, tmp_path, "missing-challenges", "provider-barriers")
    block = window.block_widget("missing-challenges")
    assert block is not None and block.notes_edit is not None and window.workshop is not None
    path = window.workshop.path
    block.notes_edit.setFocus()
    disk.fill()
    type_text(qtbot, "Rural travel")
    window.page.commit_edits()
    assert_told_not_saved(window)
    disk.free()
    window.close_workshop()
    assert in_file(path, lambda ws: read_note(ws, "missing-challenges")) == "Rural travel"


def _board_with_examples(qtbot: QtBot, tmp_path: Path) -> tuple[MainWindow, Any, FullDisk]:
    path = make_workshop(tmp_path, "attract-retain")
    with open_workshop(path) as ws:
        block = ws.template.block("prioritize")
        assert isinstance(block, GridBlock)
        set_places(ws, "prioritize", example_places(block))
    window = open_window(qtbot, path)
    assert window.workshop is not None
    window.go_to_item(window.workshop.template.item_of("prioritize"))
    board = window.block_widget("prioritize")
    assert board is not None
    return window, board, FullDisk(window.workshop)


def _select_card(qtbot: QtBot, board: Any, ref: str) -> None:
    at = board.view.mapFromScene(board.scene.cards[ref].pos())
    qtbot.mouseClick(board.view.viewport(), Qt.MouseButton.LeftButton, pos=at)
    assert board.scene.cards[ref].isSelected()


def _stored_place(path: Path, ref: str) -> tuple[float | None, float | None]:
    card = {c.ref: c for c in in_file(path, lambda ws: read_board(ws, "prioritize"))}[ref]
    return card.x, card.y


def test_retry_never_moves_a_card_back_over_a_newer_move(qtbot: QtBot, tmp_path: Path) -> None:
    """As for a cell, a note or a clock: a board move the file did not take is not brought back
    by Retry over a later move of the same card that was saved (it used to be)."""
    window, board, disk = _board_with_examples(qtbot, tmp_path)
    assert window.workshop is not None and window.undo_stack is not None
    path, ref = window.workshop.path, example_card(2)   # "Evidence/outcomes" at (0.40, 0.60)
    _select_card(qtbot, board, ref)
    disk.fill()
    qtbot.keyClick(board.view, Qt.Key.Key_Right)
    assert_told_not_saved(window)
    assert to_fraction(board.scene.cards[ref].pos()) == (0.40, 0.60)   # the board is put back
    disk.free()
    qtbot.keyClick(board.view, Qt.Key.Key_Up)
    newer = pytest.approx((0.40, 0.60 + SMALL_STEP))
    assert _stored_place(path, ref) == newer
    retry(qtbot, window)
    assert _stored_place(path, ref) == newer
    assert to_fraction(board.scene.cards[ref].pos()) == newer
    assert window.undo_stack.count() == 1


def test_retry_of_a_board_move_puts_it_back_on_the_undo_stack(qtbot: QtBot,
                                                                tmp_path: Path) -> None:
    """A keyboard move the file did not take: Retry moves the card, on screen and in the file,
    and the move is one undo step as if it had been saved the first time."""
    window, board, disk = _board_with_examples(qtbot, tmp_path)
    assert window.workshop is not None and window.undo_stack is not None
    path, ref = window.workshop.path, example_card(2)
    _select_card(qtbot, board, ref)
    disk.fill()
    qtbot.keyClick(board.view, Qt.Key.Key_Left)
    assert_told_not_saved(window)
    assert window.undo_stack.count() == 0
    disk.free()
    retry(qtbot, window)
    moved = pytest.approx((0.40 - SMALL_STEP, 0.60))
    assert _stored_place(path, ref) == moved
    assert to_fraction(board.scene.cards[ref].pos()) == moved
    assert window.undo_stack.count() == 1
    window.undo_stack.undo()
    assert _stored_place(path, ref) == (0.40, 0.60)
    assert to_fraction(board.scene.cards[ref].pos()) == (0.40, 0.60)
