"""Looking ahead does not change the meeting: Ctrl+Right/Left before the start, the projected end,
the summary's done ticks and the rebalance dialog, driven through the real window."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from facilitator.handouts.build import render_document
from facilitator.handouts.style import TICKED
from facilitator.services.people import update_meeting
from facilitator.services.snapshot import read_snapshot
from facilitator.services.workshop import open_workshop
from facilitator.ui.run.dialogs import RebalanceDialog
from facilitator.ui.shell.main_window import MainWindow
from tests.test_handouts import text_of
from tests.ui_runner_helpers import FakeClock, open_window

CTRL = Qt.KeyboardModifier.ControlModifier
ITEMS = 7                    # attract-retain: 5, 15, 20, 5, 40, 20, 15 minutes = 120
EARLY = datetime(2026, 12, 3, 4, 35)


def stored(path: Path):
    with open_workshop(path, readonly=True) as ws:
        return read_snapshot(ws).meeting


def schedule(path: Path, day: str = "2026-12-03", time: str = "15:30") -> None:
    with open_workshop(path) as ws:
        update_meeting(ws, date=day, time=time)


def window_at(qtbot: QtBot, path: Path, clock: FakeClock, wall: datetime) -> MainWindow:
    window = open_window(qtbot, path, clock)
    window.page.runner.wall = lambda: wall
    window.page.timer_panel.refresh()
    return window


def look_through_the_agenda(qtbot: QtBot, window: MainWindow) -> None:
    """Ctrl+Right to the last item and Ctrl+Left back to the first, as in the report."""
    for _ in range(ITEMS - 1):
        qtbot.keyClick(window, Qt.Key.Key_Right, CTRL)
    assert window.page.runner.current == ITEMS - 1
    for _ in range(ITEMS - 1):
        qtbot.keyClick(window, Qt.Key.Key_Left, CTRL)
    assert window.page.runner.current == 0


def ticked_rows(window: MainWindow) -> list[int]:
    agenda = window.page.agenda
    return [i for i in range(agenda.topLevelItemCount())
            if agenda.topLevelItem(i).checkState(1) == Qt.CheckState.Checked]


def test_looking_ahead_before_the_start_ticks_nothing_and_uses_no_time(
        qtbot: QtBot, workshop_path: Path) -> None:
    schedule(workshop_path)
    window = window_at(qtbot, workshop_path, FakeClock(), EARLY)
    look_through_the_agenda(qtbot, window)
    meeting = stored(workshop_path)
    assert [t.done for t in meeting.timers] == [False] * ITEMS
    assert [t.elapsed_s for t in meeting.timers] == [0.0] * ITEMS
    assert ticked_rows(window) == []
    assert [window.page.agenda.topLevelItem(i).text(3) for i in range(ITEMS)] == [""] * ITEMS
    facts = window.page.timer_panel.facts.text()
    assert facts == "Projected end 5:30 PM · on time · planned end 5:30 PM"


def test_the_projected_end_is_the_planned_end_on_every_item_before_the_start(
        qtbot: QtBot, workshop_path: Path) -> None:
    schedule(workshop_path)
    window = window_at(qtbot, workshop_path, FakeClock(), EARLY)
    facts = window.page.timer_panel.facts
    for _ in range(ITEMS - 1):
        qtbot.keyClick(window, Qt.Key.Key_Right, CTRL)
        assert facts.text().startswith("Projected end 5:30 PM · on time"), facts.text()


def test_the_item_that_ran_is_done_and_the_ones_looked_at_are_not(
        qtbot: QtBot, workshop_path: Path) -> None:
    schedule(workshop_path)
    clock = FakeClock()
    window = window_at(qtbot, workshop_path, clock, datetime(2026, 12, 3, 15, 34))
    qtbot.keyClick(window, Qt.Key.Key_Space)            # run item 1 for four minutes
    clock.advance(4 * 60)
    qtbot.keyClick(window, Qt.Key.Key_Space)            # pause, then look ahead and back
    look_through_the_agenda(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_Right, CTRL)      # leaving the item that ran
    meeting = stored(workshop_path)
    assert [t.done for t in meeting.timers] == [True] + [False] * (ITEMS - 1)
    assert meeting.timers[0].elapsed_s == 4 * 60
    assert sum(t.elapsed_s for t in meeting.timers[1:]) == 0
    assert ticked_rows(window) == [0]
    # 15:34 + the 115 minutes of the items still to come; one minute ahead of plan.
    assert window.page.timer_panel.facts.text() == \
        "Projected end 5:29 PM · 1 min ahead · planned end 5:30 PM"
    with open_workshop(workshop_path, readonly=True) as ws:
        summary = text_of(render_document(read_snapshot(ws), "summary"))
    assert summary.count(TICKED) == 1                   # only the item that was run


def test_a_hand_tick_still_marks_an_item_done(qtbot: QtBot, workshop_path: Path) -> None:
    window = open_window(qtbot, workshop_path)
    window.page.agenda.topLevelItem(3).setCheckState(1, Qt.CheckState.Checked)  # skip the break
    assert stored(workshop_path).timers[3].done
    qtbot.keyClick(window, Qt.Key.Key_Right, CTRL)
    qtbot.keyClick(window, Qt.Key.Key_Left, CTRL)
    assert [t.done for t in stored(workshop_path).timers] == [False, False, False, True,
                                                                  False, False, False]
    assert "5 min ahead" in window.page.timer_panel.facts.text()


def test_rebalance_lists_every_item_before_and_after_within_the_time_left(
        qtbot: QtBot, workshop_path: Path) -> None:
    schedule(workshop_path)
    clock = FakeClock()
    # 17:11 on the day: 19 minutes to the planned end, and the meeting has not really run.
    window = window_at(qtbot, workshop_path, clock, datetime(2026, 12, 3, 17, 11))
    look_through_the_agenda(qtbot, window)
    for _ in range(ITEMS - 1):
        qtbot.keyClick(window, Qt.Key.Key_Right, CTRL)
    dialog = RebalanceDialog(window.page.runner, window.workshop.template.agenda, window)
    qtbot.addWidget(dialog)
    assert dialog.budget.value() == dialog.budget.maximum() == 19
    rows = [dialog.row(i) for i in range(ITEMS)]
    assert rows[0] == ("1. Set meeting intentions and introductions", "5 min", "1 min")
    assert rows[6][1:] == ("15 min", "3 min")
    assert sum(int(after.split()[0]) for _title, _before, after in rows) == 19
    assert "19 min of the 19 min given" in dialog.preview.text()
    dialog.show()
    dialog.budget.setFocus()
    dialog.budget.selectAll()
    qtbot.keyClicks(dialog.budget, "103")                # more than is left is not taken
    assert dialog.budget.value() <= 19
    assert sum(dialog.full_proposal().minutes.values()) <= 19


def test_rebalance_with_too_little_time_explains_and_offers_nothing(
        qtbot: QtBot, workshop_path: Path) -> None:
    window = open_window(qtbot, workshop_path)
    dialog = RebalanceDialog(window.page.runner, window.workshop.template.agenda, window)
    qtbot.addWidget(dialog)
    dialog.budget.setValue(5)                           # seven items cannot share 5 minutes
    assert "not enough" in dialog.preview.text()
    assert not dialog.apply_button.isEnabled()
    assert [dialog.row(i)[2] for i in range(ITEMS)] == [dialog.row(i)[1] for i in range(ITEMS)]


def test_rebalance_keeps_the_item_under_way_and_the_items_done(
        qtbot: QtBot, monkeypatch, workshop_path: Path) -> None:
    clock = FakeClock()
    window = open_window(qtbot, workshop_path, clock)
    qtbot.keyClick(window, Qt.Key.Key_Space)
    clock.advance(10 * 60)                              # item 1: 5 minutes over
    qtbot.keyClick(window, Qt.Key.Key_Right, CTRL)      # item 2 runs
    clock.advance(5 * 60)
    shown: list[list[tuple[str, str, str]]] = []

    def confirm(dialog: RebalanceDialog) -> int:
        shown.append([dialog.row(i) for i in range(ITEMS)])
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(RebalanceDialog, "exec", confirm)
    window.actions_by_name["rebalance"].trigger()
    rows = shown[0]
    assert rows[0][1:] == ("5 min", "done")
    assert rows[1][1:] == ("15 min", "15 min (under way, 10:00 left)")
    minutes = [t.minutes for t in stored(workshop_path).timers]
    assert minutes[:2] == [5, 15]
    assert sum(minutes[2:]) == 120 - 15 - 10            # the plan left, less what item 2 keeps
    assert window.page.timer_panel.facts.text().split(" · ")[1] == "on time"
