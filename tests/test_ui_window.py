"""The facilitator window: keyboard-driven timer, saving, undo, reopening where it was."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel, QPlainTextEdit
from pytestqt.qtbot import QtBot

from facilitator.services.snapshot import read_snapshot
from facilitator.services.workshop import open_workshop
from facilitator.ui.run.dialogs import RebalanceDialog
from facilitator.ui.run.runner import CHECKPOINT_S
from tests.helpers import make_workshop
from tests.ui_runner_helpers import FakeClock, open_window

CTRL = Qt.KeyboardModifier.ControlModifier


def stored(path: Path):
    with open_workshop(path, readonly=True) as ws:
        return read_snapshot(ws).meeting


def test_window_title_agenda_and_first_item(qtbot: QtBot, workshop_path: Path) -> None:
    window = open_window(qtbot, workshop_path)
    assert window.windowTitle().startswith("Attract and retain mental health support staff")
    page = window.page
    assert page is not None
    assert page.title.text() == "Set meeting intentions and introductions"
    assert page.agenda.topLevelItemCount() == 7
    assert page.agenda.topLevelItem(1).text(2) == "15 min"
    assert window.block_widget("intention") is not None
    assert window.block_widget("framework") is None          # not on this item
    assert window.timer_text() == "5:00"


def test_space_starts_and_pauses_the_timer_by_the_clock(qtbot: QtBot,
                                                        workshop_path: Path) -> None:
    clock = FakeClock()
    window = open_window(qtbot, workshop_path, clock)
    qtbot.keyClick(window, Qt.Key.Key_Space)
    assert window.page.runner.running
    clock.advance(61)
    qtbot.wait(150)                                         # one tick redraws the display
    assert window.timer_text() == "3:59"
    qtbot.keyClick(window, Qt.Key.Key_Space)
    assert not window.page.runner.running
    clock.advance(600)                                      # paused: nothing moves
    qtbot.wait(150)
    assert window.timer_text() == "3:59"
    assert stored(workshop_path).timers[0].elapsed_s == 61
    assert window.saved_label.text().startswith("Saved ")


def test_overtime_counts_up_in_the_overtime_colour(qtbot: QtBot, workshop_path: Path) -> None:
    clock = FakeClock()
    window = open_window(qtbot, workshop_path, clock)
    panel = window.page.timer_panel
    panel.beep_enabled = False
    alerts: list[bool] = []
    window.page.runner.alert.connect(lambda: alerts.append(True))
    qtbot.keyClick(window, Qt.Key.Key_Space)
    clock.advance(4 * 60 + 10)                              # 50 s left: warning colour
    qtbot.wait(150)
    assert "#b45309" in panel.display.styleSheet()
    clock.advance(80)                                       # 30 s past zero
    qtbot.waitUntil(lambda: window.timer_text() == "+0:30", timeout=1000)
    assert "#b91c1c" in panel.display.styleSheet() or panel.flashing
    assert alerts == [True]
    qtbot.waitUntil(lambda: not panel.flashing, timeout=5000)
    assert "#b91c1c" in panel.display.styleSheet()


def test_ctrl_arrows_move_through_the_agenda_and_store_time(qtbot: QtBot,
                                                           workshop_path: Path) -> None:
    clock = FakeClock()
    window = open_window(qtbot, workshop_path, clock)
    qtbot.keyClick(window, Qt.Key.Key_Space)
    clock.advance(300)
    qtbot.keyClick(window, Qt.Key.Key_Right, CTRL)
    page = window.page
    assert page.title.text().startswith("Review the framework")
    assert page.runner.running                              # the meeting flows on
    assert window.block_widget("framework") is not None
    clock.advance(30)
    qtbot.keyClick(window, Qt.Key.Key_Left, CTRL)
    assert page.runner.current == 0
    meeting = stored(workshop_path)
    assert meeting.current_item == 0
    assert meeting.timers[0].done and meeting.timers[0].elapsed_s == 300
    assert meeting.timers[1].elapsed_s == 30


def test_elapsed_time_survives_closing_and_reopening(qtbot: QtBot, tmp_path: Path) -> None:
    path = make_workshop(tmp_path)
    clock = FakeClock()
    window = open_window(qtbot, path, clock)
    qtbot.keyClick(window, Qt.Key.Key_Right, CTRL)
    qtbot.keyClick(window, Qt.Key.Key_Space)
    clock.advance(125)
    window.close()                                           # while running
    again = open_window(qtbot, path, FakeClock())
    runner = again.page.runner
    assert runner.current == 1
    assert not runner.running                                # resumes paused ...
    assert again.timer_text() == "12:55"                     # ... where it was


def test_a_crash_loses_at_most_one_checkpoint(qtbot: QtBot, workshop_path: Path) -> None:
    clock = FakeClock()
    window = open_window(qtbot, workshop_path, clock)
    qtbot.keyClick(window, Qt.Key.Key_Space)
    clock.advance(CHECKPOINT_S + 1)
    qtbot.wait(250)                                          # a tick writes the checkpoint
    timer = stored(workshop_path).timers[0]
    assert timer.running and timer.elapsed_s >= CHECKPOINT_S


def test_plus_minute_shortcut_is_saved_and_undone(qtbot: QtBot, workshop_path: Path) -> None:
    window = open_window(qtbot, workshop_path)
    qtbot.keyClick(window, Qt.Key.Key_Up, CTRL)
    qtbot.keyClick(window, Qt.Key.Key_Up, CTRL)
    assert window.timer_text() == "7:00"
    assert window.page.agenda.topLevelItem(0).text(2) == "7 min"
    assert stored(workshop_path).timers[0].minutes == 7
    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL)
    assert window.timer_text() == "6:00"
    qtbot.keyClick(window, Qt.Key.Key_Y, CTRL)
    assert stored(workshop_path).timers[0].minutes == 7
    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL)
    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL | Qt.KeyboardModifier.ShiftModifier)  # redo too
    assert window.timer_text() == "7:00"
    qtbot.keyClick(window, Qt.Key.Key_Down, CTRL)
    assert stored(workshop_path).timers[0].minutes == 6


def test_rebalance_asks_first_then_applies_and_undoes(qtbot: QtBot, monkeypatch,
                                                      workshop_path: Path) -> None:
    clock = FakeClock()
    window = open_window(qtbot, workshop_path, clock)
    qtbot.keyClick(window, Qt.Key.Key_Space)
    clock.advance(25 * 60)                                  # 20 minutes over on a 5-minute item
    seen: list[tuple[str, str, str]] = []

    def confirm(dialog: RebalanceDialog) -> int:
        seen.append(dialog.row(1))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(RebalanceDialog, "exec", confirm)
    window.actions_by_name["rebalance"].trigger()
    assert seen[0][1] == "15 min" and seen[0][2] != "15 min"   # before and after
    minutes = stored(workshop_path).timers
    assert sum(t.minutes for t in minutes[1:]) == 115 - 20
    assert window.page.runner.behind_s() < 60
    window.undo_stack.undo()
    assert [t.minutes for t in stored(workshop_path).timers] == [5, 15, 20, 5, 40, 20, 15]


def test_cancelled_rebalance_changes_nothing(qtbot: QtBot, monkeypatch,
                                             workshop_path: Path) -> None:
    window = open_window(qtbot, workshop_path)
    monkeypatch.setattr(RebalanceDialog, "exec", lambda _d: QDialog.DialogCode.Rejected)
    window.actions_by_name["rebalance"].trigger()
    assert window.undo_stack.count() == 0


def test_projected_end_and_plan_offset_update_live(qtbot: QtBot, workshop_path: Path) -> None:
    clock = FakeClock()
    window = open_window(qtbot, workshop_path, clock)
    facts = window.page.timer_panel.facts
    assert "on time" in facts.text() and "Projected end" in facts.text()
    qtbot.keyClick(window, Qt.Key.Key_Space)
    clock.advance(8 * 60)
    qtbot.waitUntil(lambda: "3 min behind" in facts.text(), timeout=1000)


def test_text_block_notes_are_saved_on_leaving_and_undoable(qtbot: QtBot,
                                                            tmp_path: Path) -> None:
    path = make_workshop(tmp_path, "provider-barriers")
    window = open_window(qtbot, path)
    with open_workshop(path, readonly=True) as ws:
        index = ws.template.item_of("missing-challenges")
    window.go_to_item(index)
    block = window.block_widget("missing-challenges")
    box = block.findChild(QPlainTextEdit, "notesEdit")
    box.setFocus()
    qtbot.keyClicks(box, "Transport to clinics")
    assert stored(path).notes.get("missing-challenges", "") == ""   # not per keystroke
    window.page.agenda.setFocus()                                    # leave the box
    assert stored(path).notes["missing-challenges"] == "Transport to clinics"
    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL)
    assert box.toPlainText() == ""
    assert stored(path).notes["missing-challenges"] == ""


def test_text_block_shows_terms_in_bold(qtbot: QtBot, workshop_path: Path) -> None:
    window = open_window(qtbot, workshop_path)
    window.go_to_item(1)
    labels = [lab.text() for lab in window.block_widget("framework").findChildren(QLabel)]
    assert any(t.startswith("• <b>Purpose:</b> Ability to do work") for t in labels)


def test_missing_worksheet_kind_shows_a_label_not_a_crash(qtbot: QtBot, monkeypatch,
                                                          workshop_path: Path) -> None:
    # A build without the table module: its import fails as a missing module's would.
    monkeypatch.setitem(sys.modules, "facilitator.ui.worksheets.table.widget", None)
    window = open_window(qtbot, workshop_path)
    roster = window.block_widget("roster")
    assert isinstance(roster, QLabel)
    assert "not available in this build" in roster.text()


def test_subgroups_are_assigned_saved_and_undone(qtbot: QtBot, monkeypatch,
                                                 workshop_path: Path) -> None:
    from facilitator.ui.run.dialogs import SubgroupsDialog

    window = open_window(qtbot, workshop_path)
    window.go_to_item(2)                                   # the aspiration: 3 subgroups

    def pick(dialog: SubgroupsDialog) -> int:
        combos = list(dialog.choices.values())
        combos[0].setCurrentText("Great leaders")
        combos[1].setCurrentText("Great job")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(SubgroupsDialog, "exec", pick)
    window.actions_by_name["subgroups"].trigger()
    assert stored(window.workshop.path).subgroups[2] == {1: "Great leaders", 2: "Great job"}
    assert "Great leaders: Ana Núñez" in window.page.side.groups.text()
    window.undo_stack.undo()
    assert 2 not in stored(window.workshop.path).subgroups


def test_zoom_keys_scale_the_worksheets(qtbot: QtBot, workshop_path: Path) -> None:
    window = open_window(qtbot, workshop_path)
    before = window.block_widget("intention").font().pointSizeF()
    qtbot.keyClick(window, Qt.Key.Key_Equal, CTRL)
    qtbot.keyClick(window, Qt.Key.Key_Equal, CTRL)
    block = window.block_widget("intention")
    assert block.ctx.zoom > 1.3
    assert block.font().pointSizeF() > before * 1.3
    qtbot.keyClick(window, Qt.Key.Key_Minus, CTRL)
    assert 1.1 < window.block_widget("intention").ctx.zoom < 1.2
    qtbot.keyClick(window, Qt.Key.Key_0, CTRL)
    assert window.block_widget("intention").ctx.zoom == 1.0


def test_the_zero_alert_can_be_turned_off(qtbot: QtBot, workshop_path: Path) -> None:
    clock = FakeClock()
    window = open_window(qtbot, workshop_path, clock)
    window.actions_by_name["beep"].setChecked(False)
    window.actions_by_name["flash"].setChecked(False)
    assert window.settings.value("alert/flash", type=bool) is False
    panel = window.page.timer_panel
    qtbot.keyClick(window, Qt.Key.Key_Space)
    clock.advance(5 * 60 + 1)
    qtbot.waitUntil(lambda: window.timer_text() == "+0:01", timeout=1000)
    qtbot.wait(400)
    assert not panel.flashing
    assert "#b91c1c" in panel.display.styleSheet()       # overtime colour all the same


def test_open_exit_after_load_reports_timings(workshop_path: Path, tmp_path: Path) -> None:
    from tests.helpers import run_cli

    result = run_cli("open", str(workshop_path), "--exit-after-load")
    assert result.returncode == 0, result.stderr
    assert "first paint after" in result.stdout
    assert "ready after" in result.stdout
    assert "garbage collector on after start-up" in result.stdout  # off only while starting
    bogus = tmp_path / "x.workshop"
    bogus.write_text("nope")
    failed = run_cli("open", str(bogus), "--exit-after-load")
    assert failed.returncode == 1
    assert "x.workshop" in failed.stderr


def test_long_agenda_titles_wrap_instead_of_being_cut(qtbot: QtBot, workshop_path: Path) -> None:
    from facilitator.ui.run.agenda_panel import COL_TITLE

    window = open_window(qtbot, workshop_path)
    agenda = window.page.agenda
    agenda.resize(300, 600)
    qtbot.wait(50)
    line = agenda.fontMetrics().height()
    heights = {agenda.topLevelItem(i).text(COL_TITLE): agenda.visualItemRect(
        agenda.topLevelItem(i)).height() for i in range(agenda.topLevelItemCount())}
    assert heights["4. Break"] < 2 * line                   # a short title stays one line
    long_title = next(t for t in heights if t.startswith("2. Review the framework"))
    assert heights[long_title] >= 3 * line                  # ~95 characters in ~200 px
    window.close_workshop()
