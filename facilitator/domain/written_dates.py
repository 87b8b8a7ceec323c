"""Dates written out the en-US way ('April 1, 2026', 'Wednesday, April 1, 2026').

The names are spelled here rather than taken from strftime's %B / %A: those follow the C
library's locale, which Qt sets from the system when the app starts (on Linux), so a Spanish
laptop would show 'abril 1, 2026' beside English words, and the handouts printed from the app
would differ from the same handouts printed by the command line.
"""

from __future__ import annotations

from datetime import date

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def month_day_year(day: date) -> str:
    """'April 1, 2026'."""
    return f"{MONTHS[day.month - 1]} {day.day}, {day.year}"


def weekday_month_day_year(day: date) -> str:
    """'Wednesday, April 1, 2026'."""
    return f"{WEEKDAYS[day.weekday()]}, {month_day_year(day)}"
