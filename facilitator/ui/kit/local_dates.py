"""Dates and times on screen in the app's language: "3:30 PM" / "15:30", "January 12, 2027" /
"12 de enero de 2027". The same wording as the handouts of that language (domain.language),
so the screen and the paper agree; Qt's locale is not used, as it follows the system rather
than View > Language."""

from __future__ import annotations

from datetime import date, datetime, time

from facilitator.domain.actions import deadline_date
from facilitator.domain.language import Words
from facilitator.domain.meeting import is_series
from facilitator.domain.template import Template
from facilitator.domain.written_dates import month_day_year
from facilitator.ui.kit import translator

_words: dict[str, Words] = {}


def words() -> Words:
    """The app's language now (View > Language switches it while the app runs)."""
    language = translator.current
    if language not in _words:
        _words[language] = Words(language)
    return _words[language]


def clock(moment: datetime | time, *, seconds: bool = False) -> str:
    return words().clock(moment, seconds=seconds)


def day_words(day: date) -> str:
    # English spelled by written_dates, not strftime's %B: that follows the C library's
    # locale, which Qt sets from the system (a Spanish laptop would say "abril 1, 2026").
    return month_day_year(day) if words().language == "en" else words().date(day)


def deadline_words(text: str) -> str:
    """A deadline or date cell as people read it: a date spelled out ("June 15, 2026" /
    "15 de junio de 2026", however it was typed), free text as written."""
    due = deadline_date(text or "")
    return day_words(due) if due is not None else (text or "").strip()


def series_words(template: Template, number: int, iso_date: str = "") -> str:
    """Which meeting of a series is open ('Check-in 3 · January 12, 2027'), with the meeting's
    name from `template` (the workshop's language) and the date in the app's; '' for a
    one-off meeting."""
    if not is_series(template, number):
        return ""
    label = f"{template.meeting_name} {number}"
    typed = iso_date.strip()
    try:
        day = date.fromisoformat(typed)
    except ValueError:
        return f"{label} · {typed}" if typed else label
    return f"{label} · {day_words(day)}"
