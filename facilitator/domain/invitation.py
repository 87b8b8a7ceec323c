"""Fill a template's invitation ({title} {date} {time} {location} {meeting}) from a meeting.

The result is pasted into an e-mail as is, so no brace may be left behind: a fact that is not
set yet reads "date to be confirmed", and an unknown placeholder becomes "[name]" (the
templates' own way of marking text the sender completes, like "[Signature]").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time

from facilitator.domain.language import Words
from facilitator.domain.snapshot import Meeting
from facilitator.domain.template import Invitation
from facilitator.domain.written_dates import weekday_month_day_year

PLACEHOLDER = re.compile(r"\{([^{}]*)\}")

TO_CONFIRM = {"date": "date to be confirmed", "time": "time to be confirmed",
              "location": "location to be confirmed"}


@dataclass(frozen=True)
class FilledInvitation:
    subject: str
    body: str

    def as_text(self) -> str:
        """Subject and body as one text for the clipboard."""
        return f"Subject: {self.subject}\n\n{self.body}"


def friendly_date(iso: str) -> str:
    """'2026-12-03' -> 'Thursday, December 3, 2026'; other text is returned as is."""
    try:
        day = date.fromisoformat(iso)
    except (TypeError, ValueError):
        return iso
    return weekday_month_day_year(day)


def friendly_time(hhmm: str) -> str:
    """'15:30' -> '3:30 PM'; '09:00' -> '9:00 AM'."""
    try:
        moment = time.fromisoformat(hhmm)
    except ValueError:
        return hhmm
    return clock(moment)


def clock(moment: datetime | time, *, seconds: bool = False) -> str:
    """A time of day as en-US readers write it: '3:30 PM' (with seconds: '3:30:05 PM')."""
    hour = moment.hour % 12 or 12
    tail = f":{moment.second:02d}" if seconds else ""
    return f"{hour}:{moment.minute:02d}{tail} {'AM' if moment.hour < 12 else 'PM'}"


def friendly_moment(moment: datetime, *, seconds: bool = False) -> str:
    """A date and time as en-US readers write them: 'Monday, November 30, 2026, 9:15 AM'."""
    return f"{friendly_date(moment.date().isoformat())}, {clock(moment, seconds=seconds)}"


def meeting_start(meeting: Meeting) -> datetime | None:
    """The meeting's start as a naive local datetime, when both date and time are set."""
    try:
        return datetime.combine(date.fromisoformat(meeting.date), time.fromisoformat(meeting.time))
    except ValueError:
        return None


def invitation_values(title: str, meeting: Meeting, words: Words | None = None) -> dict[str, str]:
    if words is not None and words.language != "en":
        return _values_in(words, title, meeting)
    values = {"title": title.strip(), "date": friendly_date(meeting.date.strip()),
              "time": friendly_time(meeting.time.strip()), "location": meeting.location.strip(),
              # A series: the first invitation says so, a later one must not.
              "meeting": "first meeting" if meeting.number <= 1 else f"meeting {meeting.number}"}
    return {key: value or TO_CONFIRM.get(key, "") for key, value in values.items()}


def _values_in(words: Words, title: str, meeting: Meeting) -> dict[str, str]:
    """The placeholders' values for an invitation printed in another language (a Spanish
    facilitator guide): dates and times in its style, the gaps in its words."""
    t = words.t
    to_confirm = {"date": t("date to be confirmed"), "time": t("time to be confirmed"),
                  "location": t("location to be confirmed")}
    values = {"title": title.strip(), "date": words.long_date(meeting.date.strip()),
              "time": words.time(meeting.time.strip()), "location": meeting.location.strip(),
              "meeting": t("first meeting") if meeting.number <= 1
              else t("meeting {number}", number=meeting.number)}
    return {key: value or to_confirm.get(key, "") for key, value in values.items()}


def fill_text(text: str, values: dict[str, str]) -> str:
    def replace(match: re.Match[str]) -> str:
        name = match.group(1).strip()
        if name.lower() in values:
            return values[name.lower()]
        return f"[{name}]" if name else ""

    filled = PLACEHOLDER.sub(replace, text)
    # A stray single brace (a typo in a template) must not reach the e-mail either.
    return filled.replace("{", "(").replace("}", ")")


def fill_invitation(invitation: Invitation, title: str, meeting: Meeting,
                    words: Words | None = None) -> FilledInvitation:
    """The invitation ready to send; `words` fills it in another language (its text is then
    the template's translation, see domain.localize)."""
    values = invitation_values(title, meeting, words)
    return FilledInvitation(fill_text(invitation.subject, values).strip(),
                            fill_text(invitation.body, values))
