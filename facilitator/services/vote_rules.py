"""The dot-voting budget, checked inside the caller's transaction.

Each person has `votes_per_person` dots on a board (0: no budget, counts are free). Who placed
which dots, when the facilitator records it by name, is the block setting "ballots" of the
meeting: {participant id: {idea id: dots}} (JSON keys are strings). A card's `votes` is its whole
tally: the dots given by name plus those counted off the wall. So the rules are:
- a person never has more than `votes_per_person` dots on the board;
- the cards' tallies together never exceed `votes_per_person` x the number of participants;
- a card's tally is never below the dots given to it by name.
Ballots of a deleted card are kept (its undo brings them back) but no longer count.

Kept apart from services/votes.py so that ideas.update_idea, which also writes tallies, can
check them without importing the module that reads ideas.
"""

from __future__ import annotations

from sqlalchemy import Connection, func, select

from facilitator.domain.template import IdeasBlock
from facilitator.services.errors import ServiceError
from facilitator.services.settings import read_setting, write_setting
from facilitator.storage.schema import idea_table, participant_table

VOTES_PER_PERSON = "votes_per_person"
BALLOTS = "ballots"

Ballots = dict[int, dict[int, int]]   # participant id -> idea id -> dots


class OverLimit(ServiceError):
    """A vote that would go over someone's dots or the room's."""


def plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


def people(count: int) -> str:
    return "1 person" if count == 1 else f"{count} people"


def limit_of(db: Connection, block: IdeasBlock, meeting_id: int) -> int:
    stored = read_setting(db, meeting_id, block.id, VOTES_PER_PERSON)
    return stored if isinstance(stored, int) and not isinstance(stored, bool) \
        else block.votes_per_person


def ballots_of(db: Connection, meeting_id: int, block_id: str) -> Ballots:
    raw = read_setting(db, meeting_id, block_id, BALLOTS)
    out: Ballots = {}
    if isinstance(raw, dict):
        for person, cards in raw.items():
            if str(person).isdigit() and isinstance(cards, dict):
                out[int(person)] = {int(i): d for i, d in cards.items()
                                    if str(i).isdigit() and isinstance(d, int) and d > 0}
    return out


def write_ballots(db: Connection, meeting_id: int, block_id: str, ballots: Ballots) -> None:
    clean = {str(p): {str(i): d for i, d in cards.items() if d > 0}
             for p, cards in sorted(ballots.items())}
    write_setting(db, meeting_id, block_id, BALLOTS, {p: c for p, c in clean.items() if c})


def tallies(db: Connection, meeting_id: int, block_id: str) -> dict[int, int]:
    """Every live card of the board with its tally."""
    rows = db.execute(select(idea_table.c.id, idea_table.c.votes).where(
        idea_table.c.meeting_id == meeting_id, idea_table.c.block_id == block_id))
    return {r.id: r.votes for r in rows}


def used_by(ballots: Ballots, person: int, live: dict[int, int]) -> int:
    return sum(d for i, d in ballots.get(person, {}).items() if i in live)


def named_on(ballots: Ballots, idea_id: int) -> int:
    return sum(cards.get(idea_id, 0) for cards in ballots.values())


def participants(db: Connection) -> int:
    return int(db.scalar(select(func.count()).select_from(participant_table)) or 0)


def check_room(db: Connection, block: IdeasBlock, meeting_id: int, idea_id: int,
               new_total: int) -> None:
    """Refuse a tally that would put more dots on the board than the room has."""
    limit = limit_of(db, block, meeting_id)
    if not limit:
        return
    live = tallies(db, meeting_id, block.id)
    others = sum(v for i, v in live.items() if i != idea_id)
    count = participants(db)
    room = limit * count
    if others + new_total > room and new_total > live.get(idea_id, 0):
        left = max(0, room - others)
        raise OverLimit(f"Over the limit: {people(count)} × {plural(limit, 'vote')} = {room} "
                        f"votes, {others} already on other cards, so at most {left} on this one.")


def check_named(db: Connection, meeting_id: int, block_id: str, idea_id: int,
                new_total: int) -> None:
    """Refuse a tally below the dots given to the card by name."""
    named = named_on(ballots_of(db, meeting_id, block_id), idea_id)
    if new_total < named:
        raise ServiceError(f"{plural(named, 'vote')} on this card were given by name: "
                           "take them back by name first.")
