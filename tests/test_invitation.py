"""The invitation: every placeholder filled from the meeting, no braces left in the e-mail."""

from __future__ import annotations

from pathlib import Path

from icalendar import Calendar

from facilitator.domain.invitation import fill_invitation, friendly_date, friendly_time
from facilitator.domain.snapshot import Meeting
from facilitator.domain.template import Invitation
from facilitator.services.meetings import invitation, new_meeting
from facilitator.services.templates import catalogue
from facilitator.services.workshop import open_workshop
from tests.helpers import make_workshop, run_cli


def test_friendly_date_and_time() -> None:
    assert friendly_date("2026-12-03") == "Thursday, December 3, 2026"
    assert friendly_time("15:30") == "3:30 PM"
    assert friendly_time("09:05") == "9:05 AM"
    assert friendly_time("00:00") == "12:00 AM" and friendly_time("12:00") == "12:00 PM"


def test_every_shipped_template_fills_all_placeholders() -> None:
    meeting = Meeting(1, 1, "2026-12-03", "15:30", "Room 204")
    for entry in catalogue():
        assert entry.template is not None, entry.errors
        filled = fill_invitation(entry.template.invitation, "Spring check-in", meeting)
        text = filled.subject + filled.body
        assert "{" not in text and "}" not in text, entry.id
        assert "December 3, 2026" in text, entry.id
        for placeholder, value in (("{time}", "3:30 PM"), ("{location}", "Room 204"),
                                   ("{title}", "Spring check-in")):
            raw = entry.template.invitation.subject + entry.template.invitation.body
            if placeholder in raw:
                assert value in text, (entry.id, placeholder)


def test_missing_facts_and_unknown_placeholders_leave_no_braces() -> None:
    template = Invitation("{title} on {date}", "At {time} in {location}; ask {organiser}. {oops")
    filled = fill_invitation(template, "Check-in", Meeting(1, 1))
    assert filled.subject == "Check-in on date to be confirmed"
    assert filled.body == ("At time to be confirmed in location to be confirmed; "
                           "ask [organiser]. (oops")


def test_invitation_of_a_later_meeting_uses_that_meetings_date(tmp_path: Path) -> None:
    path = make_workshop(tmp_path, "check-in", date="2026-01-12", time="15:00",
                         location="Library")
    with open_workshop(path) as ws:
        new_meeting(ws, date="2026-04-13", time="09:30")
        assert "Monday, April 13, 2026, 9:30 AM, Library" in invitation(ws).body
        assert "Monday, January 12, 2026" in invitation(ws, 1).body


def test_cli_invite_prints_subject_and_body_and_writes_an_event(tmp_path: Path) -> None:
    path = make_workshop(tmp_path, "check-in", date="2026-01-12", time="15:00",
                         location="Café Room, Lincoln Middle")
    ics = tmp_path / "invite.ics"
    result = run_cli("invite", str(path), "--meeting", "1", "--ics", str(ics))
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Subject: Regular check-in with mental health support "
                                    "staff: recurring check-in (first meeting), Monday, "
                                    "January 12, 2026\n")
    assert "Monday, January 12, 2026, 3:00 PM, Café Room, Lincoln Middle" in result.stdout
    assert "{" not in result.stdout
    event = next(iter(Calendar.from_ical(ics.read_bytes()).walk("VEVENT")))
    assert str(event["location"]) == "Café Room, Lincoln Middle"
    assert event.decoded("dtstart").isoformat() == "2026-01-12T15:00:00"
    assert (event.decoded("dtend") - event.decoded("dtstart")).total_seconds() == 60 * 60
    assert "Monday, January 12, 2026" in str(event["description"])


def test_cli_invite_errors_are_one_line(tmp_path: Path) -> None:
    path = make_workshop(tmp_path, "check-in")
    result = run_cli("invite", str(path), "--meeting", "3")
    assert result.returncode != 0
    assert result.stderr == "facilitator: meeting 3 does not exist (this workshop has 1 meeting)\n"
    result = run_cli("invite", str(path), "--ics", str(tmp_path / "x.ics"))
    assert result.returncode != 0 and "has no date yet" in result.stderr
    assert len(result.stderr.splitlines()) == 1


def test_a_meeting_without_a_time_is_an_all_day_event(tmp_path: Path) -> None:
    from datetime import date

    from facilitator.exports.calendar_ics import meeting_calendar
    from facilitator.services.snapshot import read_snapshot

    path = make_workshop(tmp_path, "check-in", date="2026-02-02")
    with open_workshop(path) as ws:
        snap = read_snapshot(ws)
        filled = invitation(ws)
    assert "Monday, February 2, 2026, time to be confirmed, location to be confirmed" in \
        filled.body
    event = next(iter(Calendar.from_ical(
        meeting_calendar(snap, snap.meeting, filled)).walk("VEVENT")))
    assert event.decoded("dtstart") == date(2026, 2, 2)
    assert "location" not in event
