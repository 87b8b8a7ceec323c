"""Dates read the en-US way wherever the app shows them, whatever the laptop's language: Qt
sets the C library's locale from the system at start-up (on Linux), and strftime's month and
day names follow it. Also the edges of the calendar and text that is not a date."""

from __future__ import annotations

import time
from datetime import datetime

import pytest

from facilitator.domain.actions import deadline_text
from facilitator.domain.cells import shown_text
from facilitator.domain.invitation import friendly_date, friendly_moment
from facilitator.domain.meeting import series_label
from facilitator.domain.template import Column, ColumnType

DATE_COLUMN = Column("when", "When", ColumnType.DATE)


@pytest.fixture
def spanish_c_library(monkeypatch: pytest.MonkeyPatch) -> None:
    """What strftime gives once a Spanish system locale is in force: datetime formats %B and
    %A through time.strftime."""
    names = {"%B": "abril", "%A": "miércoles"}
    monkeypatch.setattr(time, "strftime",
                        lambda fmt, *args: " ".join(names.get(part, part)
                                                    for part in fmt.split(" ")))


@pytest.mark.usefixtures("spanish_c_library")
def test_dates_stay_english_under_another_system_language() -> None:
    assert deadline_text("2026-04-01") == "April 1, 2026"
    assert shown_text(DATE_COLUMN, "4/1/2026") == "April 1, 2026"
    assert friendly_date("2026-04-01") == "Wednesday, April 1, 2026"
    assert friendly_moment(datetime(2026, 4, 1, 15, 30)) == "Wednesday, April 1, 2026, 3:30 PM"
    assert series_label("Check-in", 3, "2026-04-01") == "Check-in 3 · April 1, 2026"


def test_the_edges_of_the_calendar_and_text_that_is_not_a_date() -> None:
    assert deadline_text("0001-01-01") == "January 1, 1"
    assert deadline_text("9999-12-31") == "December 31, 9999"
    assert friendly_date("9999-12-31") == "Friday, December 31, 9999"
    assert friendly_moment(datetime(1, 1, 1)) == "Monday, January 1, 1, 12:00 AM"
    for typed in ("2026-02-30", "2026-13-01", "0000-01-01", "99999-01-01", "next week"):
        assert deadline_text(typed) == typed          # kept as typed, never an error
        assert shown_text(DATE_COLUMN, typed) == typed
        assert friendly_date(typed) == typed
        assert series_label("Meeting", 2, typed) == f"Meeting 2 · {typed}"
    assert deadline_text("2026-9-7") == "September 7, 2026"
