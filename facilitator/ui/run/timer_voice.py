"""The timer for screen readers: its accessible name moves in whole minutes, and the moments
that matter (5 minutes left, 1 minute left, time up, each minute over time) are announced
while it runs. Never once a second: see domain.timer_speech."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from facilitator.domain.timer_speech import milestone, spoken_remaining
from facilitator.ui.kit.announce import announce


class TimerVoice:
    def __init__(self, display: QWidget, name: str = "Time remaining") -> None:
        self._display, self._name = display, name
        self._words = ""
        self._last: tuple[int, float] | None = None   # (item, remaining) at the last update
        self.said: list[str] = []   # every announcement, oldest first (what the room heard)

    def update(self, item: int, remaining: float, *, running: bool) -> None:
        words = spoken_remaining(remaining)
        if words != self._words:
            self._words = words
            self._display.setAccessibleName(f"{self._name}: {words}")
        last, self._last = self._last, (item, remaining)
        if not running or last is None or last[0] != item:
            return   # another item, or a paused clock: nothing was crossed while running
        text = milestone(last[1], remaining)
        if text:
            self.said.append(text)
            announce(self._display, text, assertive=remaining <= 0)
