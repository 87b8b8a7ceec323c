"""What a screen reader says about the countdown, and when.

A label that changes every second would be read out every second (or ignored), so the spoken
form moves in whole minutes ("12 minutes left") and a few moments are announced on their own:
5 minutes left, 1 minute left, time up, and each whole minute over time. Colour is never the
only signal either: the words say "over time" where the display turns red.
"""

from __future__ import annotations

import math

from facilitator.domain.timer import Tone

# Remaining seconds at which the room is told, whatever it is doing.
MILESTONES_S = (300.0, 60.0, 0.0)


def _minutes(count: int) -> str:
    return f"{count} minute{'s' if count != 1 else ''}"


def spoken_remaining(seconds: float) -> str:
    """The countdown in words, in whole minutes: '12 minutes left', '1 minute left' (the last
    minute), 'Time is up' (the first minute over), '3 minutes over time'."""
    if seconds > 0:
        return f"{_minutes(math.ceil(seconds / 60))} left"
    over = int(-seconds // 60)
    return "Time is up" if over == 0 else f"{_minutes(over)} over time"


def milestone(before: float, now: float) -> str:
    """What to announce when the remaining time went from `before` to `now` seconds (a tick,
    or a jump after a pause): the last milestone crossed, in words, or '' if none was."""
    if now >= before:
        return ""   # time was added (+1 min) or nothing moved: nothing to say
    crossed = [t for t in MILESTONES_S if before > t >= now]
    # Every whole minute over time: -60, -120, ... (at most the latest one).
    latest_over = -60.0 * math.floor(-now / 60) if now <= -60 else None
    if latest_over is not None and before > latest_over:
        return spoken_remaining(now)
    if crossed:
        return spoken_remaining(min(crossed) if min(crossed) > 0 else now)
    return ""


def tone_words(tone: Tone) -> str:
    """Words that go with the display's colour, so that colour is never the only signal."""
    return {Tone.NORMAL: "", Tone.WARNING: "Nearly time", Tone.OVERTIME: "Over time"}[tone]
