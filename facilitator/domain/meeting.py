"""Meeting facts typed by a user: dates and times are checked here, with messages to show."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class MeetingFacts:
    """A meeting's date (YYYY-MM-DD), start time (HH:MM) and place, each possibly empty."""
    date: str = ""
    time: str = ""
    location: str = ""


def check_date(text: str) -> str:
    """'' or an ISO date (YYYY-MM-DD); raises ValueError with a message a user can act on."""
    text = text.strip()
    if not text:
        return ""
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        raise ValueError(f"date '{text}' must be written YYYY-MM-DD, e.g. 2026-12-03")
    try:
        return date.fromisoformat(text).isoformat()
    except ValueError:
        raise ValueError(f"date '{text}' does not exist on the calendar") from None


def check_time(text: str) -> str:
    """'' or a 24-hour time HH:MM."""
    text = text.strip()
    if not text:
        return ""
    match = re.fullmatch(r"(\d{1,2}):(\d{2})", text)
    if not match or int(match[1]) > 23 or int(match[2]) > 59:
        raise ValueError(f"time '{text}' must be written HH:MM (24-hour), e.g. 15:30")
    return f"{int(match[1]):02d}:{match[2]}"
