"""Dot voting on a brainstorm: how many dots each person has, who gave which, and the tally.

Participants have no devices: the facilitator records the dots. By name ("Votes from: Priya",
then + on each card she picks: `cast_vote`), which holds each person to their dots; or as
counts read off the wall (a card's tally typed in, `ideas.update_idea(votes=...)`), which holds
the room to its total. The rules are in services/vote_rules.py; every vote is one transaction
that writes the card's tally and the ballot together, or nothing. The number of dots per person
starts at the template's `votes_per_person` and may be changed for a meeting (a block setting).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import Connection, select, update

from facilitator.domain.template import IdeasBlock
from facilitator.services.blocks import block_of
from facilitator.services.changes import Changed, ChangeKind
from facilitator.services.errors import NotFoundError, ServiceError
from facilitator.services.ideas import ideas_of
from facilitator.services.settings import write_setting
from facilitator.services.vote_rules import (
    VOTES_PER_PERSON,
    OverLimit,
    ballots_of,
    check_room,
    limit_of,
    participants,
    people,
    plural,
    tallies,
    used_by,
    write_ballots,
)
from facilitator.services.workshop import Workshop
from facilitator.storage.schema import idea_table, participant_table

MAX_VOTES_PER_PERSON = 20

SETTING = VOTES_PER_PERSON

__all__ = ["MAX_VOTES_PER_PERSON", "OverLimit", "Tally", "cast_vote", "set_votes_per_person",
           "tally", "votes_left", "votes_per_person"]


@dataclass(frozen=True)
class Tally:
    votes_per_person: int
    participants: int
    recorded: int
    # participant id -> dots they gave by name (on cards still on the board)
    used: dict[int, int] = field(default_factory=dict)

    @property
    def available(self) -> int:
        return self.votes_per_person * self.participants

    def left(self, participant_id: int) -> int:
        return max(0, self.votes_per_person - self.used.get(participant_id, 0))


def votes_per_person(ws: Workshop, block_id: str, *, meeting: int | None = None) -> int:
    block = block_of(ws, block_id, IdeasBlock)
    with ws.reading() as db:
        return limit_of(db, block, ws.meeting_id(meeting, db))


def set_votes_per_person(ws: Workshop, block_id: str, count: int, *,
                         meeting: int | None = None) -> Changed:
    """Change everyone's dots; refused below what someone (or the room) has already used."""
    block = block_of(ws, block_id, IdeasBlock)
    if isinstance(count, bool) or not isinstance(count, int) or \
            not 0 <= count <= MAX_VOTES_PER_PERSON:
        raise ServiceError(f"votes per person must be a whole number from 0 to "
                           f"{MAX_VOTES_PER_PERSON}")
    with ws.transaction() as db:
        meeting_id = ws.meeting_id(meeting, db)
        if count:
            live = tallies(db, meeting_id, block_id)
            ballots = ballots_of(db, meeting_id, block_id)
            for person in ballots:
                used = used_by(ballots, person, live)
                if used > count:
                    raise OverLimit(f"{_name(db, person)} has already given "
                                    f"{plural(used, 'vote')}: take some back before lowering "
                                    f"the limit to {count}.")
            recorded, room = sum(live.values()), count * participants(db)
            if recorded > room:
                raise OverLimit(f"{recorded} votes are recorded, more than {count} each for "
                                f"{people(participants(db))} allows ({room}).")
        write_setting(db, meeting_id, block.id, SETTING, count)
    return Changed(ChangeKind.VOTES, block_id)


def _name(db: Connection, participant_id: int) -> str:
    name = db.scalar(select(participant_table.c.name).where(
        participant_table.c.id == participant_id))
    return str(name) if name else "Someone"


def cast_vote(ws: Workshop, idea_id: int, participant_id: int, step: int = 1) -> Changed:
    """`participant_id` puts `step` dots on a card (or, with a negative step, takes theirs back):
    the ballot and the card's tally in one transaction, refused when it would go over the
    person's dots or the room's."""
    if isinstance(step, bool) or not isinstance(step, int) or step == 0:
        raise ServiceError("a vote adds or takes back whole dots")
    with ws.transaction() as db:
        row = db.execute(select(idea_table).where(idea_table.c.id == idea_id)).first()
        if row is None:
            raise NotFoundError(f"idea {idea_id} does not exist")
        if row.pending:  # not on the board yet (services.screening)
            raise ServiceError("This idea is waiting for approval: it takes dots once it is "
                               "on the board.")
        block = block_of(ws, row.block_id, IdeasBlock)
        meeting_id = row.meeting_id
        if db.scalar(select(participant_table.c.id).where(
                participant_table.c.id == participant_id)) is None:
            raise NotFoundError(f"participant {participant_id} does not exist")
        name = _name(db, participant_id)
        limit = limit_of(db, block, meeting_id)
        if not limit:
            raise ServiceError(f"Dot voting is off on “{block.title}”: set the votes per "
                               "person first.")
        ballots = ballots_of(db, meeting_id, block.id)
        mine = ballots.setdefault(participant_id, {})
        if step > 0:
            used = used_by(ballots, participant_id, tallies(db, meeting_id, block.id))
            if used + step > limit:
                raise OverLimit(f"{name} has used all {plural(limit, 'vote')}: take one back "
                                "before voting again." if used >= limit else
                                f"{name} has only {plural(limit - used, 'vote')} left.")
            check_room(db, block, meeting_id, idea_id, row.votes + step)
        elif mine.get(idea_id, 0) < -step:
            raise ServiceError(f"{name} has no vote on this card to take back.")
        mine[idea_id] = mine.get(idea_id, 0) + step
        write_ballots(db, meeting_id, block.id, ballots)
        db.execute(update(idea_table).where(idea_table.c.id == idea_id)
                   .values(votes=max(0, row.votes + step)))
    return Changed(ChangeKind.IDEAS, block.id, (idea_id,))


def votes_left(ws: Workshop, block_id: str, participant_id: int, *,
               meeting: int | None = None) -> int:
    return tally(ws, block_id, meeting=meeting).left(participant_id)


def tally(ws: Workshop, block_id: str, *, meeting: int | None = None) -> Tally:
    block = block_of(ws, block_id, IdeasBlock)
    with ws.reading() as db:
        meeting_id = ws.meeting_id(meeting, db)
        per_person = limit_of(db, block, meeting_id)
        live = {i.id: i.votes for i in ideas_of(db, block_id, meeting_id)}
        ballots = ballots_of(db, meeting_id, block_id)
        used = {person: used_by(ballots, person, live) for person in ballots}
        return Tally(per_person, participants(db), sum(live.values()), used)
