"""What the facilitator window needs to run a meeting, read in one light transaction: the
meeting's schedule, current item, timers, subgroups and participants, plus one text block's
notes. (read_snapshot reads every worksheet too; opening the window should not wait for that.)"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import select

from facilitator.domain.snapshot import ItemTime, Participant
from facilitator.services.timers import timers_of
from facilitator.services.workshop import Workshop
from facilitator.storage.errors import InUse, WorkshopFileError
from facilitator.storage.schema import BlockNoteRow, MeetingRow, ParticipantRow, SubgroupRow


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
    with ws.reading() as s:
        meeting_id = ws.meeting_id(meeting, s)
        row = s.get(MeetingRow, meeting_id)
        assert row is not None
        people = [Participant(p.id, p.name, p.role, p.organisation)
                  for p in s.scalars(select(ParticipantRow)
                                     .order_by(ParticipantRow.position, ParticipantRow.id))]
        groups: dict[int, dict[int, str]] = {}
        for sub in s.scalars(select(SubgroupRow).where(SubgroupRow.meeting_id == meeting_id)):
            groups.setdefault(sub.item, {})[sub.participant_id] = sub.name
        current = min(max(row.current_item, 0), max(len(ws.template.agenda) - 1, 0))
        return RunState(meeting_id, row.number, row.date, row.time, row.location, current,
                        timers_of(s, ws, meeting_id), people, groups)


def read_note(ws: Workshop, block_id: str, *, meeting: int | None = None) -> str:
    """The notes box of a text block ('' when nothing was written)."""
    with ws.reading() as s:
        meeting_id = ws.meeting_id(meeting, s)
        text = s.scalar(select(BlockNoteRow.text).where(BlockNoteRow.meeting_id == meeting_id,
                                                        BlockNoteRow.block_id == block_id))
        return text or ""


# Re-exported so the UI can name file-level refusals without importing storage.
__all__ = ["InUse", "RunState", "WorkshopFileError", "read_note", "read_run_state"]
