"""Dot voting on a brainstorm: how many dots each person has, and the room's tally per card.

Participants have no devices: the facilitator records the count each card received. Each card's
tally is `Idea.votes` (set with `ideas.update_idea`); the number of dots per person starts at the
template's `votes_per_person` and may be changed for a meeting (a block setting).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from facilitator.domain.template import IdeasBlock
from facilitator.services.blocks import block_of
from facilitator.services.changes import Changed, ChangeKind
from facilitator.services.errors import ServiceError
from facilitator.services.ideas import ideas_of
from facilitator.services.settings import read_setting, write_setting
from facilitator.services.workshop import Workshop
from facilitator.storage.schema import participant_table

MAX_VOTES_PER_PERSON = 20


SETTING = "votes_per_person"


@dataclass(frozen=True)
class Tally:
    votes_per_person: int
    participants: int
    recorded: int

    @property
    def available(self) -> int:
        return self.votes_per_person * self.participants


def votes_per_person(ws: Workshop, block_id: str, *, meeting: int | None = None) -> int:
    block = block_of(ws, block_id, IdeasBlock)
    with ws.reading() as db:
        stored = read_setting(db, ws.meeting_id(meeting, db), block_id, SETTING)
    return stored if isinstance(stored, int) else block.votes_per_person


def set_votes_per_person(ws: Workshop, block_id: str, count: int, *,
                         meeting: int | None = None) -> Changed:
    block_of(ws, block_id, IdeasBlock)
    if isinstance(count, bool) or not isinstance(count, int) or \
            not 0 <= count <= MAX_VOTES_PER_PERSON:
        raise ServiceError(f"votes per person must be a whole number from 0 to "
                           f"{MAX_VOTES_PER_PERSON}")
    with ws.transaction() as db:
        write_setting(db, ws.meeting_id(meeting, db), block_id, SETTING, count)
    return Changed(ChangeKind.VOTES, block_id)


def tally(ws: Workshop, block_id: str, *, meeting: int | None = None) -> Tally:
    per_person = votes_per_person(ws, block_id, meeting=meeting)
    with ws.reading() as db:
        meeting_id = ws.meeting_id(meeting, db)
        people = db.scalar(select(func.count()).select_from(participant_table)) or 0
        recorded = sum(i.votes for i in ideas_of(db, block_id, meeting_id))
    return Tally(per_person, people, recorded)
