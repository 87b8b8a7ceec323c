"""Meeting facts typed by a user: dates and times are checked here, with messages to show."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from facilitator.domain.template import ActionsBlock, Template
from facilitator.domain.written_dates import month_day_year


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


def is_series(template: Template, number: int) -> bool:
    """A workshop whose meetings follow each other: its actions carry over (a check-in), or it
    already has a second meeting. A one-off focus group is not labelled "Meeting 1"."""
    carries = any(isinstance(b, ActionsBlock) and b.carry_over for b in template.blocks())
    return carries or number > 1


def series_label(meeting_name: str, number: int, iso_date: str = "") -> str:
    """Which meeting of a series is open: 'Check-in 3 · January 12, 2027' (the date as en-US
    readers write it, like the rest of the app; left out when not set, kept as typed when it
    is not a date)."""
    label = f"{meeting_name} {number}"
    try:
        day = date.fromisoformat(iso_date.strip())
    except ValueError:
        return f"{label} · {iso_date.strip()}" if iso_date.strip() else label
    return f"{label} · {month_day_year(day)}"


def place_in_series(template: Template, number: int, iso_date: str = "") -> str:
    """The series label both screens show ('Check-in 3 · January 12, 2027'), or '' for a
    one-off meeting."""
    if not is_series(template, number):
        return ""
    return series_label(template.meeting_name, number, iso_date)
