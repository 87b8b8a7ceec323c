"""Meeting facts typed by a user: dates and times are checked here, with messages to show."""

from __future__ import annotations

import re
from datetime import date


def check_date(text: str) -> str:
    """'' or an ISO date (YYYY-MM-DD); raises ValueError with a message a user can act on."""
    text = text.strip()
    if not text:
        return ""
    try:
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
            raise ValueError
        return date.fromisoformat(text).isoformat()
    except ValueError:
        raise ValueError(f"date '{text}' must be written YYYY-MM-DD, e.g. 2026-12-03") from None


def check_time(text: str) -> str:
    """'' or a 24-hour time HH:MM."""
    text = text.strip()
    if not text:
        return ""
    match = re.fullmatch(r"(\d{1,2}):(\d{2})", text)
    if not match or int(match[1]) > 23 or int(match[2]) > 59:
        raise ValueError(f"time '{text}' must be written HH:MM (24-hour), e.g. 15:30")
    return f"{int(match[1]):02d}:{match[2]}"
