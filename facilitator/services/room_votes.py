"""Dots given from phones in room mode, each voter held to the board's dots per person.

A phone is not a participant (an anonymous phone names no one), so the dots it placed are kept
as the brainstorm's per-meeting setting "room_dots": {voter key: {idea id: dots}}; a card's
`votes` stays its whole tally. One transaction reads the voter's dots, checks the limit
(`votes.votes_per_person` for the block), and writes both, or nothing.
"""

from __future__ import annotations

from sqlalchemy import Connection, select, update

from facilitator.domain.template import IdeasBlock
from facilitator.services.blocks import block_of
from facilitator.services.changes import Changed
from facilitator.services.errors import NotFoundError, ServiceError
from facilitator.services.settings import read_setting, write_setting
from facilitator.services.votes import SETTING as VOTES_PER_PERSON
from facilitator.services.workshop import Workshop
from facilitator.storage.schema import idea_table

SETTING = "room_dots"

Dots = dict[str, dict[int, int]]  # voter key -> idea id -> dots


class NoDotsLeft(ServiceError):
    """The voter has used all their dots."""


def _dots(db: Connection, meeting_id: int, block_id: str) -> Dots:
    raw = read_setting(db, meeting_id, block_id, SETTING)
    out: Dots = {}
    if isinstance(raw, dict):
        for voter, cards in raw.items():
            if isinstance(cards, dict):
                out[str(voter)] = {int(i): d for i, d in cards.items()
                                   if str(i).isdigit() and isinstance(d, int) and d > 0}
    return out


def _limit(db: Connection, block: IdeasBlock, meeting_id: int) -> int:
    stored = read_setting(db, meeting_id, block.id, VOTES_PER_PERSON)
    return stored if isinstance(stored, int) and not isinstance(stored, bool) \
        else block.votes_per_person


def give_dot(ws: Workshop, idea_id: int, voter: str, step: int = 1, *,
             block_id: str = "", meeting: int | None = None) -> Changed:
    """`voter` puts a dot on a card (step 1) or takes one of theirs back (step -1); with
    `block_id`, only on a card of that brainstorm, and with `meeting`, of that meeting (a
    phone's page may still show the meeting before)."""
    if step not in (1, -1):
        raise ServiceError("a dot is given or taken back one at a time")
    if not voter:
        raise ServiceError("a dot needs a voter")
    with ws.transaction() as db:
        row = db.execute(select(idea_table).where(idea_table.c.id == idea_id)).first()
        if row is None or (block_id and row.block_id != block_id) or \
                (meeting is not None and row.meeting_id != meeting):
            raise NotFoundError("that card is not on this board")
        if row.pending:  # waiting for the facilitator: not on the board yet
            raise NotFoundError("that idea is waiting for the facilitator")
        block = block_of(ws, row.block_id, IdeasBlock)
        limit = _limit(db, block, row.meeting_id)
        if not limit:
            raise ServiceError(f"Dot voting is off on “{block.title}”.")
        dots = _dots(db, row.meeting_id, block.id)
        mine = dots.setdefault(voter, {})
        # Dots on cards deleted since are the voter's again: they cannot take them back from
        # a card that is gone. They stay recorded, so Undo of the delete brings them back.
        live = set(db.scalars(select(idea_table.c.id).where(
            idea_table.c.meeting_id == row.meeting_id, idea_table.c.block_id == block.id,
            idea_table.c.id.in_(list(mine)))))
        if step > 0 and sum(n for i, n in mine.items() if i in live) >= limit:
            raise NoDotsLeft(f"All {limit} dots are used: take one back to vote again.")
        if step < 0 and not mine.get(idea_id):
            raise ServiceError("There is no dot of yours on this card to take back.")
        mine[idea_id] = mine.get(idea_id, 0) + step
        if not mine[idea_id]:
            del mine[idea_id]
        write_setting(db, row.meeting_id, block.id, SETTING,
                      {v: {str(i): d for i, d in c.items()} for v, c in dots.items() if c})
        db.execute(update(idea_table).where(idea_table.c.id == idea_id)
                   .values(votes=max(0, row.votes + step)))
    return Changed("ideas", block.id, (idea_id,))


def dots_of(ws: Workshop, block_id: str, *, meeting: int | None = None) -> tuple[Dots, int]:
    """Every voter's dots per card, and the dots each voter has on this board."""
    block = block_of(ws, block_id, IdeasBlock)
    with ws.reading() as db:
        meeting_id = ws.meeting_id(meeting, db)
        return _dots(db, meeting_id, block.id), _limit(db, block, meeting_id)
