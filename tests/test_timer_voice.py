"""A screen reader hears the timer in whole minutes and at the moments that matter, never once a
second; the words say "over time" where the colour turns red."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QAccessibleEvent
from pytestqt.qtbot import QtBot

from facilitator.domain.timer_speech import milestone, spoken_remaining
from tests.ui_runner_helpers import FakeClock, open_window

CTRL = Qt.KeyboardModifier.ControlModifier


def test_spoken_remaining_is_in_whole_minutes() -> None:
    assert spoken_remaining(900) == "15 minutes left"
    assert spoken_remaining(841) == "15 minutes left"     # 14:01 still reads as 15 on the clock
    assert spoken_remaining(60) == "1 minute left"
    assert spoken_remaining(0.4) == "1 minute left"
    assert spoken_remaining(0) == "Time is up"
    assert spoken_remaining(-59) == "Time is up"
    assert spoken_remaining(-60) == "1 minute over time"
    assert spoken_remaining(-185) == "3 minutes over time"


@pytest.mark.parametrize(("before", "now", "said"), [
    (301, 300, "5 minutes left"),
    (300, 299, ""),                       # already said at 300
    (61, 59.9, "1 minute left"),
    (0.1, -0.1, "Time is up"),
    (-59.9, -60.0, "1 minute over time"),
    (-61, -62, ""),
    (400, -130, "2 minutes over time"),   # a long jump: only the latest moment
    (200, 260, ""),                       # +1 minute: nothing crossed downwards
    (500, 400, ""),
])
def test_milestones(before: float, now: float, said: str) -> None:
    assert milestone(before, now) == said


def test_the_timer_speaks_once_a_minute_and_announces_milestones(
        qtbot: QtBot, workshop_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    announced: list[str] = []
    real_update = QAccessible.updateAccessibility

    def capture(event: QAccessibleEvent) -> None:
        if isinstance(event, QAccessibleAnnouncementEvent):
            announced.append(event.message())
        real_update(event)

    monkeypatch.setattr(QAccessible, "updateAccessibility", capture)
    clock = FakeClock()
    window = open_window(qtbot, workshop_path, clock)
    window.page.timer_panel.beep_enabled = False
    qtbot.keyClick(window, Qt.Key.Key_PageDown, CTRL)        # item 2: 15 minutes
    assert window.timer_text() == "15:00"
    qtbot.keyClick(window, Qt.Key.Key_Space, CTRL)
    display = window.page.timer_panel.display
    interface = QAccessible.queryAccessibleInterface(display)
    names = [interface.text(QAccessible.Text.Name)]
    runner = window.page.runner
    for _second in range(18 * 60):                           # 15 minutes, then 3 over
        clock.advance(1)
        runner.tick.emit()                                   # what the 100 ms tick does
        name = interface.text(QAccessible.Text.Name)
        if name != names[-1]:
            names.append(name)
    assert window.timer_text() == "+3:00"
    # 15, 14, ... 1 minute left, time up, 1, 2, 3 minutes over: 19 names in 1080 seconds.
    assert names[0] == "Time remaining: 15 minutes left"
    assert names[-1] == "Time remaining: 3 minutes over time"
    assert len(names) == 19
    assert announced == ["5 minutes left", "1 minute left", "Time is up",
                         "1 minute over time", "2 minutes over time", "3 minutes over time"]
    # Colour is not the only signal: the words say so, and the display has a sign.
    panel = window.page.timer_panel
    assert panel.status.text().startswith("Over time")
    assert interface.text(QAccessible.Text.Description).startswith("Over time")
    assert window.timer_text().startswith("+")
    # Paused, the clock says nothing more.
    qtbot.keyClick(window, Qt.Key.Key_Space, CTRL)
    clock.advance(600)
    runner.tick.emit()
    assert len(announced) == 6
