"""Timer arithmetic with a fake monotonic clock."""

from __future__ import annotations

from facilitator.domain.timer import (
    ItemTimer,
    TimerState,
    Tone,
    format_clock,
    format_duration,
    planned_minutes_after,
)


class FakeClock:
    def __init__(self) -> None:
        self.t = 1000.0

    def __call__(self) -> float:
        return self.t

    def advance(self, seconds: float) -> None:
        self.t += seconds


def test_counts_down_only_while_running() -> None:
    clock = FakeClock()
    timer = ItemTimer(planned_s=300)
    assert timer.state() is TimerState.READY
    timer.start(clock())
    clock.advance(100)
    assert timer.remaining(clock()) == 200
    timer.pause(clock())
    assert timer.state() is TimerState.PAUSED
    clock.advance(500)                       # paused: the clock moves, the timer does not
    assert timer.remaining(clock()) == 200
    timer.toggle(clock())                    # resume
    clock.advance(50)
    assert timer.elapsed(clock()) == 150
    assert timer.state() is TimerState.RUNNING


def test_start_twice_does_not_restart_the_run() -> None:
    clock = FakeClock()
    timer = ItemTimer(planned_s=60)
    timer.start(clock())
    clock.advance(10)
    timer.start(clock())
    clock.advance(10)
    assert timer.elapsed(clock()) == 20


def test_overtime_counts_up_in_its_own_tone() -> None:
    clock = FakeClock()
    timer = ItemTimer(planned_s=600)
    timer.start(clock())
    clock.advance(400)
    assert timer.tone(clock()) is Tone.NORMAL
    clock.advance(90)                        # 110 s left: inside the 2-minute warning
    assert timer.tone(clock()) is Tone.WARNING
    before = clock()
    clock.advance(200)                       # 90 s past zero
    assert timer.crossed_zero(before, clock())
    assert timer.tone(clock()) is Tone.OVERTIME
    assert timer.overtime(clock()) == 90
    assert format_clock(timer.remaining(clock())) == "+1:30"
    assert not timer.crossed_zero(clock(), clock() + 5)   # the alert fires once


def test_plus_one_minute_extends_the_countdown() -> None:
    clock = FakeClock()
    timer = ItemTimer(planned_s=120)
    timer.start(clock())
    clock.advance(150)
    assert timer.tone(clock()) is Tone.OVERTIME
    timer.planned_s = planned_minutes_after(2, +1) * 60
    assert timer.remaining(clock()) == 30
    assert planned_minutes_after(1, -1) == 1    # never below a minute


def test_warning_window_scales_with_short_items() -> None:
    assert ItemTimer(planned_s=5 * 60).warning_at() == 60
    assert ItemTimer(planned_s=40 * 60).warning_at() == 120


def test_clock_formatting() -> None:
    assert format_clock(600) == "10:00"
    assert format_clock(0.2) == "0:01"       # rounds up while counting down
    assert format_clock(0) == "0:00"
    assert format_clock(-61) == "+1:01"
    assert format_clock(3725) == "1:02:05"
    assert format_duration(245.9) == "4:05"
