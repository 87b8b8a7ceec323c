"""One agenda item's countdown, measured with a monotonic clock (never by counting ticks).

The clock is passed in as `now` (seconds from any monotonic source), so tests drive time by hand
and a paused or restarted app resumes from the stored elapsed seconds.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

Clock = Callable[[], float]

# Warn when this share of the planned time is left, but never less than 1 minute or more than 2.
WARNING_SHARE = 0.2
WARNING_MIN_S = 60.0
WARNING_MAX_S = 120.0


class TimerState(StrEnum):
    READY = "ready"          # never started
    RUNNING = "running"
    PAUSED = "paused"


class Tone(StrEnum):
    """How the remaining time should look: the colour the room sees."""
    NORMAL = "normal"
    WARNING = "warning"      # close to the end
    OVERTIME = "overtime"    # past zero, counting up


@dataclass
class ItemTimer:
    planned_s: float
    elapsed_s: float = 0.0                # banked time from earlier runs
    started_at: float | None = None       # clock value when the current run began

    @property
    def running(self) -> bool:
        return self.started_at is not None

    def state(self) -> TimerState:
        if self.running:
            return TimerState.RUNNING
        return TimerState.PAUSED if self.elapsed_s > 0 else TimerState.READY

    def elapsed(self, now: float) -> float:
        run = max(0.0, now - self.started_at) if self.started_at is not None else 0.0
        return self.elapsed_s + run

    def remaining(self, now: float) -> float:
        """Seconds left; negative in overtime."""
        return self.planned_s - self.elapsed(now)

    def overtime(self, now: float) -> float:
        return max(0.0, -self.remaining(now))

    def start(self, now: float) -> None:
        if self.started_at is None:
            self.started_at = now

    def pause(self, now: float) -> None:
        if self.started_at is not None:
            self.elapsed_s = self.elapsed(now)
            self.started_at = None

    def toggle(self, now: float) -> None:
        if self.running:
            self.pause(now)
        else:
            self.start(now)

    def warning_at(self) -> float:
        """Remaining seconds at which the warning colour starts."""
        return min(WARNING_MAX_S, max(WARNING_MIN_S, self.planned_s * WARNING_SHARE))

    def tone(self, now: float) -> Tone:
        left = self.remaining(now)
        if left < 0:
            return Tone.OVERTIME
        if left <= self.warning_at():
            return Tone.WARNING
        return Tone.NORMAL

    def crossed_zero(self, before: float, now: float) -> bool:
        """True if the countdown reached zero between two clock readings (fires the alert)."""
        return self.remaining(before) > 0 >= self.remaining(now)


def planned_minutes_after(minutes: int, delta: int) -> int:
    """+1 / -1 minute never goes below one minute."""
    return max(1, minutes + delta)


def format_clock(seconds: float) -> str:
    """Remaining time as the room reads it: '12:05', or '+1:30' in overtime.

    Counting down shows whole seconds rounded up (so 0:00 appears exactly at zero); overtime
    counts up in whole seconds.
    """
    if seconds >= 0:
        whole = int(-(-seconds // 1))  # ceil
        sign = ""
    else:
        whole = int(-seconds)
        sign = "+"
    hours, rest = divmod(whole, 3600)
    mins, secs = divmod(rest, 60)
    if hours:
        return f"{sign}{hours}:{mins:02d}:{secs:02d}"
    return f"{sign}{mins}:{secs:02d}"


def format_duration(seconds: float) -> str:
    """Elapsed time in the agenda list: '4:05' (minutes:seconds), '1:02:00' past an hour."""
    whole = int(max(0.0, seconds))
    hours, rest = divmod(whole, 3600)
    mins, secs = divmod(rest, 60)
    return f"{hours}:{mins:02d}:{secs:02d}" if hours else f"{mins}:{secs:02d}"
