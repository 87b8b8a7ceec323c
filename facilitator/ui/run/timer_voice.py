"""The timer for screen readers: its accessible name moves in whole minutes, and the moments
that matter (5 minutes left, 1 minute left, time up, each minute over time) are announced
while it runs. Never once a second: see domain.timer_speech."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from facilitator.domain.timer_speech import milestone, spoken_remaining
from facilitator.ui.kit.announce import announce

translate = QCoreApplication.translate
_SPOKEN = re.compile(r"(\d+) minutes? (left|over time)")


def in_app_language(words: str) -> str:
    """domain.timer_speech's English words ('12 minutes left', '1 minute over time', 'Time is
    up') in the app's language; one and many are separate sentences in both languages."""
    if words == "Time is up":
        return translate("Timer", "Time is up")
    match = _SPOKEN.fullmatch(words)
    if match is None:
        return words
    count = int(match[1])
    if match[2] == "left":
        text = translate("Timer", "{count} minute left") if count == 1 else \
            translate("Timer", "{count} minutes left")
    else:
        text = translate("Timer", "{count} minute over time") if count == 1 else \
            translate("Timer", "{count} minutes over time")
    return text.format(count=count)


class TimerVoice:
    def __init__(self, display: QWidget, name: str = "") -> None:
        self._display, self._name = display, name   # "": "Time remaining" in the app's language
        self._words = ""
        self._last: tuple[int, float] | None = None   # (item, remaining) at the last update
        self.said: list[str] = []   # every announcement, oldest first (what the room heard)

    def update(self, item: int, remaining: float, *, running: bool) -> None:
        name = self._name or translate("Timer", "Time remaining")
        words = f"{name}: {in_app_language(spoken_remaining(remaining))}"
        if words != self._words:   # the minute moved, or the language changed
            self._words = words
            self._display.setAccessibleName(words)
        last, self._last = self._last, (item, remaining)
        if not running or last is None or last[0] != item:
            return   # another item, or a paused clock: nothing was crossed while running
        text = in_app_language(milestone(last[1], remaining))
        if text:
            self.said.append(text)
            announce(self._display, text, assertive=remaining <= 0)
