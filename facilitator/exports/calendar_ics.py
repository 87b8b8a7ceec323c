"""Calendar files (icalendar): action deadlines, and a meeting's invitation as an event.

Only real dates become events: "Start of next school year" stays in the action list. Times are
floating (the room's local time), since a school calendar is local and the app is offline.
"""

from __future__ import annotations

import hashlib
from datetime import UTC, date, datetime, timedelta

from icalendar import Calendar, Event

from facilitator.domain.actions import by_deadline, deadline_date, owner_name, participant_names
from facilitator.domain.invitation import FilledInvitation, meeting_start
from facilitator.domain.language import ENGLISH, Words
from facilitator.domain.snapshot import Meeting, WorkshopSnapshot
from facilitator.exports.safe import writable

PRODID = "-//Facilitator//Workshop actions//EN"


def _calendar(name: str) -> Calendar:
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("x-wr-calname", name)
    return cal


def _line(text: str) -> str:
    """A one-line property (name, summary, location): any line break or tab becomes a space,
    and no control character is left (the format refuses them)."""
    return " ".join(writable(text).replace("\x7f", "").split())


def _text(text: str) -> str:
    """A description: line breaks kept (the library escapes them), controls removed."""
    return writable(text).replace("\x7f", "").replace("\r\n", "\n").replace("\r", "\n")


class NoDatedDeadlines(ValueError):
    """No action has a deadline that is a date: a calendar would be empty."""


def workshop_key(snapshot: WorkshopSnapshot) -> str:
    """What identifies the workshop for a calendar: its creation time and template, which never
    change (its title does: a renamed workshop must update its events, not duplicate them)."""
    seed = f"{snapshot.created_at}|{snapshot.template.id}".encode()
    return hashlib.sha1(seed).hexdigest()[:12]


def _uid(snapshot: WorkshopSnapshot, what: str) -> str:
    # Stable across exports of the same workshop, so re-importing updates instead of duplicating.
    return f"{workshop_key(snapshot)}-{what}@facilitator"


def actions_calendar(snapshot: WorkshopSnapshot, stamp: datetime | None = None,
                     words: Words = ENGLISH) -> bytes:
    """One all-day event per action whose deadline is a date; raises NoDatedDeadlines when
    there is none, rather than writing an empty calendar."""
    stamp = stamp or datetime.now(UTC)
    names = participant_names(snapshot)
    t = words.t
    cal = _calendar(_line(t("{title}: actions", title=snapshot.title)))
    for action in by_deadline(snapshot.actions):
        due = deadline_date(action.deadline)
        if due is None:
            continue
        event = Event()
        event.add("uid", _uid(snapshot, f"action-{action.id}"))
        event.add("dtstamp", stamp)
        event.add("summary", _line(t("Due: {text}", text=action.text)))
        event.add("dtstart", due)
        event.add("dtend", due + timedelta(days=1))
        lines = [t("Owner: {name}", name=owner_name(action, names) or t("not set")),
                 t("Status: {status}", status=words.term(action.status))]
        if action.category:
            lines.append(t("Category: {category}", category=words.term(action.category)))
        if action.notes:
            lines.append(t("Notes: {notes}", notes=action.notes))
        lines.append(t("Workshop: {title}", title=snapshot.title))
        event.add("description", _text("\n".join(lines)))
        event.add("categories", [_line(words.term(action.category)) or t("Action")])
        cal.add_component(event)
    if not cal.subcomponents:
        raise NoDatedDeadlines("no action has a dated deadline, so there is nothing to put in "
                               "a calendar (nothing written)")
    return cal.to_ical()


def meeting_calendar(snapshot: WorkshopSnapshot, meeting: Meeting, invitation: FilledInvitation,
                     stamp: datetime | None = None) -> bytes:
    """One event for the meeting; raises ValueError when its date is not set."""
    start: datetime | date | None = meeting_start(meeting)
    if start is None:
        try:
            start = date.fromisoformat(meeting.date)
        except ValueError:
            raise ValueError(f"meeting {meeting.number} has no date yet; set its date "
                             "first") from None
    event = Event()
    event.add("uid", _uid(snapshot, f"meeting-{meeting.number}"))
    event.add("dtstamp", stamp or datetime.now(UTC))
    event.add("summary", _line(invitation.subject))
    event.add("description", _text(invitation.body))
    event.add("dtstart", start)
    if isinstance(start, datetime):
        event.add("dtend", start + timedelta(minutes=snapshot.template.total_minutes))
    else:
        event.add("dtend", start + timedelta(days=1))
    if meeting.location:
        event.add("location", _line(meeting.location))
    cal = _calendar(_line(snapshot.title))
    cal.add("method", "PUBLISH")
    cal.add_component(event)
    return cal.to_ical()
