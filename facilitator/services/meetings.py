"""A series of meetings: "new meeting" with carry-over of open actions, and invitations.

A new meeting follows the same template agenda with fresh timers (timers are per meeting).
Every action still open in a carry-over block gets a status entry for the new meeting, so its
first item can review them "since last time" and each meeting keeps the status it ended with.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from facilitator.domain.actions import since_last_time, to_carry_over
from facilitator.domain.invitation import FilledInvitation, fill_invitation
from facilitator.domain.meeting import check_date, check_time
from facilitator.domain.snapshot import Action, Meeting
from facilitator.domain.template import ActionsBlock
from facilitator.services.actions import actions_of
from facilitator.services.changes import Changed
from facilitator.services.errors import NotFoundError, ServiceError
from facilitator.services.workshop import Workshop
from facilitator.storage.schema import ActionStatusRow, MeetingRow


@dataclass(frozen=True)
class MeetingInfo:
    id: int
    number: int
    date: str = ""
    time: str = ""
    location: str = ""

    def as_meeting(self) -> Meeting:
        return Meeting(self.id, self.number, self.date, self.time, self.location)


def carry_over_blocks(ws: Workshop) -> list[str]:
    return [b.id for b in ws.template.blocks() if isinstance(b, ActionsBlock) and b.carry_over]


def new_meeting(ws: Workshop, *, date: str = "", time: str = "", location: str | None = None,
                ) -> Changed:
    """Start the next meeting; open actions are carried into it with their current status.

    The location defaults to the previous meeting's (a series usually meets in one room)."""
    try:
        date, time = check_date(date), check_time(time)
    except ValueError as exc:
        raise ServiceError(str(exc)) from None
    carry = carry_over_blocks(ws)
    with ws.transaction() as s:
        last = s.scalar(select(MeetingRow).order_by(MeetingRow.number.desc()))
        number = (s.scalar(select(func.max(MeetingRow.number))) or 0) + 1
        if location is None:
            location = last.location if last is not None else ""
        row = MeetingRow(number=number, date=date, time=time, location=location)
        s.add(row)
        s.flush()
        carried = to_carry_over(actions_of(s), carry)
        for action in carried:
            s.add(ActionStatusRow(action_id=action.id, meeting_id=row.id, status=action.status))
        new_id = row.id
    ws.forget_meetings()  # "the latest meeting" is now this one
    return Changed("meetings", "", (new_id,))


def remove_meeting(ws: Workshop, meeting_id: int) -> Changed:
    """Undo of `new_meeting` (the undo stack has already undone the edits made in it); only the
    latest meeting of a series, never the first."""
    with ws.transaction() as s:
        row = s.get(MeetingRow, meeting_id)
        if row is None:
            raise NotFoundError(f"meeting {meeting_id} does not exist")
        latest = s.scalar(select(func.max(MeetingRow.number)))
        if row.number != latest or row.number == 1:
            raise ServiceError("only the latest meeting of a series can be removed")
        s.delete(row)
    ws.forget_meetings()
    return Changed("meetings", "", (meeting_id,))


def read_meetings(ws: Workshop) -> list[MeetingInfo]:
    with ws.reading() as s:
        return [MeetingInfo(m.id, m.number, m.date, m.time, m.location)
                for m in s.scalars(select(MeetingRow).order_by(MeetingRow.number))]


def meeting_by_number(ws: Workshop, number: int | None) -> MeetingInfo:
    """Meeting `number` (1 = first), or the latest when None."""
    meetings = read_meetings(ws)
    if number is None:
        return meetings[-1]
    for meeting in meetings:
        if meeting.number == number:
            return meeting
    raise NotFoundError(f"meeting {number} does not exist (this workshop has "
                        f"{len(meetings)} meeting{'s' if len(meetings) != 1 else ''})")


def meeting_number(ws: Workshop, meeting_id: int) -> int:
    for meeting in read_meetings(ws):
        if meeting.id == meeting_id:
            return meeting.number
    raise NotFoundError(f"meeting {meeting_id} does not exist in this workshop")


def review_actions(ws: Workshop, meeting_id: int | None = None) -> list[Action]:
    """The "since last time" list of a meeting: actions carried into it from earlier ones."""
    with ws.reading() as s:
        number = s.scalar(select(MeetingRow.number)
                          .where(MeetingRow.id == ws.meeting_id(meeting_id, s)))
        assert number is not None
        return since_last_time(actions_of(s), number)


def invitation(ws: Workshop, number: int | None = None) -> FilledInvitation:
    """The template's invitation filled from meeting `number` (default: the latest)."""
    meeting = meeting_by_number(ws, number)
    return fill_invitation(ws.template.invitation, ws.title, meeting.as_meeting())
