"""What the facilitator window needs to run a meeting, read in one light transaction: the
meeting's schedule, current item, timers, subgroups and participants, plus one text block's
notes. (read_snapshot reads every worksheet too; opening the window should not wait for that.)"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import select

from facilitator.domain.snapshot import ItemTime, Participant
from facilitator.services.timers import timers_of
from facilitator.services.workshop import Workshop
from facilitator.storage.errors import InUse, WorkshopFileError, WriteProtected
from facilitator.storage.schema import (
    block_note_table,
    meeting_table,
    participant_table,
    subgroup_table,
)


@dataclass(frozen=True)
class RunState:
    meeting_id: int
    number: int
    date: str
    time: str
    location: str
    current_item: int
    timers: list[ItemTime]
    participants: list[Participant]
    subgroups: dict[int, dict[int, str]] = field(default_factory=dict)  # item -> person -> group


def read_run_state(ws: Workshop, *, meeting: int | None = None) -> RunState:
    with ws.reading() as db:
        meeting_id = ws.meeting_id(meeting, db)
        row = db.execute(select(meeting_table).where(meeting_table.c.id == meeting_id)).one()
        people = [Participant(p.id, p.name, p.role, p.organisation)
                  for p in db.execute(select(participant_table).order_by(
                      participant_table.c.position, participant_table.c.id))]
        groups: dict[int, dict[int, str]] = {}
        for sub in db.execute(select(subgroup_table)
                              .where(subgroup_table.c.meeting_id == meeting_id)):
            groups.setdefault(sub.item, {})[sub.participant_id] = sub.name
        current = min(max(row.current_item, 0), max(len(ws.template.agenda) - 1, 0))
        return RunState(meeting_id, row.number, row.date, row.time, row.location, current,
                        timers_of(db, ws, meeting_id), people, groups)


def read_note(ws: Workshop, block_id: str, *, meeting: int | None = None) -> str:
    """The notes box of a text block ('' when nothing was written)."""
    with ws.reading() as db:
        meeting_id = ws.meeting_id(meeting, db)
        text = db.scalar(select(block_note_table.c.text)
                         .where(block_note_table.c.meeting_id == meeting_id,
                                block_note_table.c.block_id == block_id))
        return text or ""


# Re-exported so the UI can name file-level refusals without importing storage.
__all__ = ["InUse", "RunState", "WorkshopFileError", "WriteProtected", "read_note",
           "read_run_state"]
