"""Which meeting of a series is open, and what "since last time" reads: plain domain rules."""

from __future__ import annotations

import pytest

from facilitator.domain.meeting import is_series, place_in_series, series_label
from facilitator.domain.template_parse import TemplateError, parse_template
from facilitator.domain.template_yaml import load_template_text
from facilitator.services.templates import find_template

ONE_OFF = """\
format: 1
id: one-off
title: One-off session
source: written for the series tests
invitation: {subject: "{title}", body: "Come"}
agenda:
  - {title: Talk, minutes: 10}
"""


def test_series_label_spells_the_date_like_the_rest_of_the_app() -> None:
    assert series_label("Check-in", 3, "2027-01-12") == "Check-in 3 · January 12, 2027"
    assert series_label("Meeting", 2) == "Meeting 2"
    assert series_label("Meeting", 2, "after the break") == "Meeting 2 · after the break"


def test_a_check_in_is_a_series_from_its_first_meeting_a_one_off_only_once_repeated() -> None:
    check_in = find_template("check-in")
    assert check_in.meeting_name == "Check-in"
    assert is_series(check_in, 1)
    assert place_in_series(check_in, 1, "2026-12-03") == "Check-in 1 · December 3, 2026"
    one_off = load_template_text(ONE_OFF, "one-off.yaml")
    assert one_off.meeting_name == "Meeting"             # the default word
    assert place_in_series(one_off, 1, "2026-12-03") == ""
    assert place_in_series(one_off, 2, "") == "Meeting 2"


def test_meeting_name_must_be_text() -> None:
    with pytest.raises(TemplateError, match="meeting_name"):
        load_template_text(ONE_OFF + "meeting_name: [a, b]\n", "one-off.yaml")


@pytest.mark.parametrize("name", [
    "x" * 41,                          # would push the window wider than the screen
    "Check\nin", "Check-in\x07",       # a second line, a bell
    "\u202eni-kcehC",                  # right-to-left override: turns "1 · January 12" around
    "Check-in\u2066",                  # an isolate left open
])
def test_a_meeting_name_that_would_break_the_label_is_a_template_error(name: str) -> None:
    data = load_template_text(ONE_OFF, "one-off.yaml").raw
    with pytest.raises(TemplateError, match="meeting_name: must be one line of at most 40"):
        parse_template({**data, "meeting_name": name}, "one-off.yaml")


def test_a_meeting_name_in_any_script_or_left_blank_is_fine() -> None:
    data = load_template_text(ONE_OFF, "one-off.yaml").raw
    for name, word in (("اجتماع", "اجتماع"), ("क्\u200dष सत्र", "क्\u200dष सत्र"),
                       ("  Class  ", "Class"), ("", "Meeting"), ("   ", "Meeting"),
                       ("x" * 40, "x" * 40)):
        assert parse_template({**data, "meeting_name": name}).meeting_name == word
    # A file made before meeting_name existed: its stored template has none.
    assert parse_template({k: v for k, v in data.items() if k != "meeting_name"}
                          ).meeting_name == "Meeting"
