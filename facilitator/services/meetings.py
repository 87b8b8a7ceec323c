"""A series of meetings: "new meeting" with carry-over of open actions, and invitations.

A new meeting follows the same template agenda with fresh timers (timers are per meeting).
Every action still open in a carry-over block gets a status entry for the new meeting, so its
first item can review them "since last time" and each meeting keeps the status it ended with.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from sqlalchemy import ColumnElement, Connection, Table, delete, func, insert, select

from facilitator.domain.actions import since_last_time, to_carry_over
from facilitator.domain.invitation import FilledInvitation, fill_invitation
from facilitator.domain.meeting import check_date, check_time
from facilitator.domain.snapshot import Action, Meeting
from facilitator.domain.template import ActionsBlock
from facilitator.services.actions import actions_of
from facilitator.services.changes import Changed, ChangeKind
from facilitator.services.errors import NotFoundError, ServiceError
from facilitator.services.workshop import Workshop
from facilitator.storage.schema import (
    action_status_table,
    action_table,
    block_note_table,
    cell_table,
    idea_table,
    meeting_table,
    placement_table,
    row_table,
    subgroup_table,
    theme_table,
)


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
                meeting_id: int | None = None) -> Changed:
    """Start the next meeting; open actions are carried into it with their current status.

    The location defaults to the previous meeting's (a series usually meets in one room).
    `meeting_id` is for redo: the meeting comes back under the id that later undo steps name."""
    try:
        date, time = check_date(date), check_time(time)
    except ValueError as exc:
        raise ServiceError(str(exc)) from None
    carry = carry_over_blocks(ws)
    with ws.transaction() as db:
        number = (db.scalar(select(func.max(meeting_table.c.number))) or 0) + 1
        if location is None:
            location = db.scalar(select(meeting_table.c.location)
                                 .order_by(meeting_table.c.number.desc())) or ""
        values = {"number": number, "date": date, "time": time, "location": location}
        if meeting_id is not None:
            values["id"] = meeting_id
        new_id = db.execute(insert(meeting_table).values(**values)).inserted_primary_key[0]
        carried = to_carry_over(actions_of(db), carry)
        if carried:  # an empty list would insert one row of defaults
            db.execute(insert(action_status_table), [
                {"action_id": a.id, "meeting_id": new_id, "status": a.status} for a in carried])
    ws.forget_meetings()  # "the latest meeting" is now this one
    return Changed(ChangeKind.MEETINGS, "", (new_id,))


def remove_meeting(ws: Workshop, meeting_id: int) -> Changed:
    """Undo of `new_meeting` (the undo stack has already undone the edits made in it); only the
    latest meeting of a series, never the first, and never one that holds what the room said
    (an edit whose undo did not reach the file): it stays, with a message saying what is in it.
    """
    with ws.transaction() as db:
        number = db.scalar(select(meeting_table.c.number).where(meeting_table.c.id == meeting_id))
        if number is None:
            raise NotFoundError(f"meeting {meeting_id} does not exist")
        latest = db.scalar(select(func.max(meeting_table.c.number)))
        if number != latest or number == 1:
            raise ServiceError("only the latest meeting of a series can be removed")
        kept = recorded_at(db, meeting_id)
        if kept:
            raise ServiceError(f"Meeting {number} is kept: it holds {', '.join(kept)}.")
        # Its timers and the statuses carried into it go too: ON DELETE CASCADE.
        db.execute(delete(meeting_table).where(meeting_table.c.id == meeting_id))
    ws.forget_meetings()
    return Changed(ChangeKind.MEETINGS, "", (meeting_id,))


def _filled(value: str) -> bool:
    """A stored cell value (JSON) that someone typed: not empty, unticked or cleared."""
    try:
        loaded = json.loads(value)
    except ValueError:
        return bool(value)
    return not (loaded is None or loaded is False or loaded in ("", []))


def recorded_at(db: Connection, meeting_id: int) -> list[str]:
    """What the room typed or placed at a meeting, e.g. ["2 ideas", "1 note"]: things that a
    removal of the meeting would throw away (timers and carried statuses are not counted)."""
    def count(table: Table, *where: ColumnElement[bool]) -> int:
        return db.scalar(select(func.count()).select_from(table).where(
            table.c.meeting_id == meeting_id, *where)) or 0

    cells = sum(_filled(v) for v in db.scalars(
        select(cell_table.c.value).join(row_table, row_table.c.id == cell_table.c.row_id)
        .where(row_table.c.meeting_id == meeting_id)))
    found = {("table cell", "table cells"): cells,
             ("note", "notes"): count(block_note_table, block_note_table.c.text != ""),
             ("idea", "ideas"): count(idea_table),
             ("card on a grid", "cards on a grid"): count(placement_table),
             ("action", "actions"): count(action_table),
             ("theme", "themes"): count(theme_table),
             ("subgroup place", "subgroup places"): count(subgroup_table)}
    return [f"{n} {one if n == 1 else many}" for (one, many), n in found.items() if n]


def read_meetings(ws: Workshop) -> list[MeetingInfo]:
    with ws.reading() as db:
        return [MeetingInfo(m.id, m.number, m.date, m.time, m.location)
                for m in db.execute(select(meeting_table).order_by(meeting_table.c.number))]


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
    with ws.reading() as db:
        number = db.scalar(select(meeting_table.c.number)
                           .where(meeting_table.c.id == ws.meeting_id(meeting_id, db)))
        assert number is not None
        earlier = db.scalar(select(meeting_table.c.id).where(meeting_table.c.number < number)
                            .limit(1))
        if earlier is None:  # a series' first meeting (opened at every start): nothing to carry
            return []
        return since_last_time(actions_of(db), number)


def invitation(ws: Workshop, number: int | None = None) -> FilledInvitation:
    """The template's invitation filled from meeting `number` (default: the latest), in the
    workshop's language (participants read it: a Spanish workshop invites in Spanish)."""
    meeting = meeting_by_number(ws, number)
    words = None
    if ws.language != "en":
        from facilitator.domain.language import Words

        words = Words(ws.language, ws.wording)
    return fill_invitation(ws.shown.invitation, ws.shown_title, meeting.as_meeting(), words)
