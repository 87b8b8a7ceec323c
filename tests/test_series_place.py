"""Which meeting of a series is open, and what "since last time" reads: plain domain rules."""

from __future__ import annotations

import pytest

from facilitator.domain.meeting import is_series, place_in_series, series_label
from facilitator.domain.template_parse import TemplateError
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
