"""Participants, meetings, block notes and subgroups."""

from __future__ import annotations

from sqlalchemy import delete, func, select

from facilitator.domain.meeting import check_date, check_time
from facilitator.domain.snapshot import Participant
from facilitator.domain.template import TextBlock
from facilitator.services.blocks import block_of
from facilitator.services.changes import Changed
from facilitator.services.errors import NotFoundError, ServiceError
from facilitator.services.workshop import Workshop
from facilitator.storage.schema import BlockNoteRow, MeetingRow, ParticipantRow, SubgroupRow


def add_participant(ws: Workshop, name: str, role: str = "", organisation: str = "", *,
                    participant_id: int | None = None) -> Changed:
    if not name.strip():
        raise ServiceError("a participant needs a name")
    with ws.transaction() as s:
        last = s.scalar(select(func.max(ParticipantRow.position)))
        row = ParticipantRow(id=participant_id, name=name.strip(), role=role,
                             organisation=organisation, position=(last or 0) + 1)
        s.add(row)
        s.flush()
        new_id = row.id
    return Changed("participants", "", (new_id,))


def update_participant(ws: Workshop, participant_id: int, *, name: str | None = None,
                       role: str | None = None, organisation: str | None = None) -> Changed:
    with ws.transaction() as s:
        row = s.get(ParticipantRow, participant_id)
        if row is None:
            raise NotFoundError(f"participant {participant_id} does not exist")
        if name is not None:
            if not name.strip():
                raise ServiceError("a participant needs a name")
            row.name = name.strip()
        if role is not None:
            row.role = role
        if organisation is not None:
            row.organisation = organisation
    return Changed("participants", "", (participant_id,))


def remove_participant(ws: Workshop, participant_id: int) -> Participant:
    with ws.transaction() as s:
        row = s.get(ParticipantRow, participant_id)
        if row is None:
            raise NotFoundError(f"participant {participant_id} does not exist")
        old = Participant(row.id, row.name, row.role, row.organisation)
        s.delete(row)
    return old


def read_participants(ws: Workshop) -> list[Participant]:
    with ws.reading() as s:
        rows = s.scalars(select(ParticipantRow).order_by(ParticipantRow.position,
                                                         ParticipantRow.id))
        return [Participant(r.id, r.name, r.role, r.organisation) for r in rows]


def add_meeting(ws: Workshop, *, date: str = "", time: str = "", location: str = "") -> Changed:
    """Start the next meeting of a series; it follows the same agenda with fresh timers."""
    try:
        date, time = check_date(date), check_time(time)
    except ValueError as exc:
        raise ServiceError(str(exc)) from None
    with ws.transaction() as s:
        number = (s.scalar(select(func.max(MeetingRow.number))) or 0) + 1
        row = MeetingRow(number=number, date=date, time=time, location=location)
        s.add(row)
        s.flush()
        new_id = row.id
    ws.forget_meetings()
    return Changed("meetings", "", (new_id,))


def update_meeting(ws: Workshop, meeting: int | None = None, *, date: str | None = None,
                   time: str | None = None, location: str | None = None) -> Changed:
    try:
        date = check_date(date) if date is not None else None
        time = check_time(time) if time is not None else None
    except ValueError as exc:
        raise ServiceError(str(exc)) from None
    with ws.transaction() as s:
        row = s.get(MeetingRow, ws.meeting_id(meeting, s))
        assert row is not None
        if date is not None:
            row.date = date
        if time is not None:
            row.time = time
        if location is not None:
            row.location = location
        meeting_id = row.id
    return Changed("meetings", "", (meeting_id,))


def set_note(ws: Workshop, block_id: str, text: str, *, meeting: int | None = None) -> Changed:
    """The free notes box of a text block."""
    block_of(ws, block_id, TextBlock)
    with ws.transaction() as s:
        meeting_id = ws.meeting_id(meeting, s)
        row = s.scalar(select(BlockNoteRow).where(BlockNoteRow.meeting_id == meeting_id,
                                                  BlockNoteRow.block_id == block_id))
        if row is None:
            s.add(BlockNoteRow(meeting_id=meeting_id, block_id=block_id, text=text))
        else:
            row.text = text
    return Changed("note", block_id)


def set_subgroups(ws: Workshop, item: int, groups: dict[int, str], *,
                  meeting: int | None = None) -> Changed:
    """Assign participants to named subgroups for one agenda item (replaces the old split)."""
    if not 0 <= item < len(ws.template.agenda):
        raise ServiceError(f"agenda item {item + 1} does not exist")
    with ws.transaction() as s:
        meeting_id = ws.meeting_id(meeting, s)
        s.execute(delete(SubgroupRow).where(SubgroupRow.meeting_id == meeting_id,
                                            SubgroupRow.item == item))
        for participant_id, name in groups.items():
            if name.strip():
                s.add(SubgroupRow(meeting_id=meeting_id, item=item,
                                  participant_id=participant_id, name=name.strip()))
    return Changed("subgroups", "", (item,))
