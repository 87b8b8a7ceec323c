"""Read a whole workshop into a domain snapshot, in one read transaction."""

from __future__ import annotations

from sqlalchemy import select

from facilitator.domain.snapshot import Meeting, Participant, WorkshopSnapshot
from facilitator.domain.template import (
    GridBlock,
    IdeasBlock,
    TableBlock,
    TextBlock,
    ThemesBlock,
)
from facilitator.services.actions import actions_of
from facilitator.services.grid import placements_of
from facilitator.services.ideas import ideas_of
from facilitator.services.settings import settings_of
from facilitator.services.tables import table_rows
from facilitator.services.themes import themes_of
from facilitator.services.timers import timers_of
from facilitator.services.workshop import Workshop
from facilitator.storage.schema import (
    block_note_table,
    meeting_table,
    participant_table,
    subgroup_table,
    workshop_table,
)


def read_snapshot(ws: Workshop, *, with_pending: bool = False) -> WorkshopSnapshot:
    """Everything captured. Ideas still waiting for the facilitator's approval are left out
    (handouts and exports print what the room saw) unless `with_pending` (the dump: all)."""
    with ws.reading() as db:
        head = db.execute(select(workshop_table.c.title, workshop_table.c.created_at)
                         .where(workshop_table.c.id == 1)).one()
        participants = [Participant(r.id, r.name, r.role, r.organisation)
                        for r in db.execute(select(participant_table).order_by(
                            participant_table.c.position, participant_table.c.id))]
        meetings = []
        for m in db.execute(select(meeting_table).order_by(meeting_table.c.number)):
            meeting = Meeting(m.id, m.number, m.date, m.time, m.location, m.current_item)
            for block in ws.template.blocks():
                if isinstance(block, TableBlock):
                    people = [p.id for p in participants] if block.per_participant else [None]
                    meeting.tables[block.id] = [row for who in people
                                                for row in table_rows(db, block, m.id, who)]
                elif isinstance(block, IdeasBlock):
                    meeting.ideas[block.id] = ideas_of(db, block.id, m.id,
                                                       pending=None if with_pending else False)
                elif isinstance(block, GridBlock):
                    meeting.placements[block.id] = placements_of(db, block.id, m.id)
                elif isinstance(block, ThemesBlock):
                    meeting.themes[block.id] = themes_of(db, block.id, m.id)
                elif isinstance(block, TextBlock) and block.notes_field:
                    meeting.notes[block.id] = ""
            for note in db.execute(select(block_note_table)
                                  .where(block_note_table.c.meeting_id == m.id)):
                meeting.notes[note.block_id] = note.text
            meeting.timers = timers_of(db, ws, m.id)
            meeting.settings = settings_of(db, m.id)
            for sub in db.execute(select(subgroup_table)
                                 .where(subgroup_table.c.meeting_id == m.id)):
                meeting.subgroups.setdefault(sub.item, {})[sub.participant_id] = sub.name
            meetings.append(meeting)
        return WorkshopSnapshot(head.title, ws.template, head.created_at, participants, meetings,
                                actions_of(db))
