"""Brainstorm cards: add, edit, move between categories and lanes, vote, mark for exploration.

A card sent from a phone while the room is screened is `pending` (services.screening): stored
at once, but on the board only once the facilitator approves it. Readers get the board's
approved cards unless they ask for the waiting ones, so a pending card reaches no projector,
vote, grid, handout or export by accident.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, Row, delete, func, insert, select, update

from facilitator.domain.snapshot import Idea
from facilitator.domain.template import IdeasBlock
from facilitator.services.blocks import block_of
from facilitator.services.changes import Changed, ChangeKind, Removed
from facilitator.services.errors import NotFoundError, ServiceError
from facilitator.services.vote_rules import check_named, check_room
from facilitator.services.workshop import Workshop
from facilitator.storage.schema import idea_table

EDITABLE = {"text", "category", "lane", "author_id", "votes", "explore", "position"}


def _check_place(block: IdeasBlock, category: str, lane: str) -> None:
    if category not in {c.id for c in block.categories}:
        raise ServiceError(f"'{category}' is not a category of '{block.title}'")
    if block.lanes and lane not in {lane_.id for lane_ in block.lanes}:
        raise ServiceError(f"'{lane}' is not a lane of '{block.title}'")


def to_idea(row: Row[Any]) -> Idea:
    return Idea(row.id, row.category, row.lane, row.text, row.author_id, row.votes, row.explore,
                row.position, row.pending)


def _row(db: Connection, idea_id: int) -> Row[Any]:
    row = db.execute(select(idea_table).where(idea_table.c.id == idea_id)).first()
    if row is None:
        raise NotFoundError(f"idea {idea_id} does not exist")
    return row


def add_idea(ws: Workshop, block_id: str, text: str, category: str, lane: str = "", *,
             author_id: int | None = None, meeting: int | None = None,
             idea_id: int | None = None, votes: int = 0, explore: bool = False,
             position: int | None = None, pending: bool = False) -> Changed:
    """A new card at the end of its lane; `ids` holds its id. `pending`: waiting for the
    facilitator's approval (sent from a screened room)."""
    block = block_of(ws, block_id, IdeasBlock)
    lane = lane or (block.lanes[0].id if block.lanes else "")
    _check_place(block, category, lane)
    with ws.transaction() as db:
        meeting_id = ws.meeting_id(meeting, db)
        last = db.scalar(select(func.max(idea_table.c.position)).where(
            idea_table.c.meeting_id == meeting_id, idea_table.c.block_id == block_id))
        values: dict[str, Any] = {
            "meeting_id": meeting_id, "block_id": block_id, "category": category, "lane": lane,
            "text": text, "author_id": author_id, "votes": votes, "explore": explore,
            "position": (last or 0) + 1 if position is None else position,
            "pending": pending}
        if idea_id is not None:  # undo puts a card back under its old id
            values["id"] = idea_id
        new_id = db.execute(insert(idea_table).values(values)).inserted_primary_key[0]
    return Changed(ChangeKind.IDEAS, block_id, (new_id,))


def update_idea(ws: Workshop, idea_id: int, **fields: Any) -> Changed:
    """Change any of text, category, lane, author_id, votes, explore, position."""
    unknown = set(fields) - EDITABLE
    if unknown:
        raise ServiceError(f"ideas have no field {sorted(unknown)[0]!r}")
    if "votes" in fields and (not isinstance(fields["votes"], int) or fields["votes"] < 0):
        raise ServiceError("votes must be a whole number, 0 or more")
    with ws.transaction() as db:
        row = _row(db, idea_id)
        block = block_of(ws, row.block_id, IdeasBlock)
        _check_place(block, fields.get("category", row.category), fields.get("lane", row.lane))
        if "votes" in fields and fields["votes"] != row.votes:
            # A tally typed in (dots counted off the wall): within the room's dots, and never
            # below what people gave by name.
            check_named(db, row.meeting_id, block.id, idea_id, fields["votes"])
            check_room(db, block, row.meeting_id, idea_id, fields["votes"])
        if fields:
            db.execute(update(idea_table).where(idea_table.c.id == idea_id).values(fields))
        block_id = row.block_id
    return Changed(ChangeKind.IDEAS, block_id, (idea_id,))


def remove_idea(ws: Workshop, idea_id: int) -> Removed[Idea]:
    """Delete a card; the result holds it and its meeting, so that undo can restore it."""
    with ws.transaction() as db:
        row = _row(db, idea_id)
        db.execute(delete(idea_table).where(idea_table.c.id == idea_id))
    return Removed(ChangeKind.IDEAS, row.block_id, (idea_id,), item=to_idea(row),
                   meeting_id=row.meeting_id)


def restore_idea(ws: Workshop, block_id: str, idea: Idea, meeting: int) -> Changed:
    return add_idea(ws, block_id, idea.text, idea.category, idea.lane, author_id=idea.author_id,
                    meeting=meeting, idea_id=idea.id, votes=idea.votes, explore=idea.explore,
                    position=idea.position, pending=idea.pending)


def ideas_of(db: Connection, block_id: str, meeting_id: int, *,
             pending: bool | None = False) -> list[Idea]:
    """The board's cards: approved ones (pending=False, what everyone may see), the ones
    waiting for approval (True), or all (None: the dump, which keeps everything)."""
    query = select(idea_table).where(idea_table.c.meeting_id == meeting_id,
                                     idea_table.c.block_id == block_id)
    if pending is not None:
        query = query.where(idea_table.c.pending == pending)
    rows = db.execute(query.order_by(idea_table.c.position, idea_table.c.id))
    return [to_idea(r) for r in rows]


def read_ideas(ws: Workshop, block_id: str, *, meeting: int | None = None,
               pending: bool | None = False) -> list[Idea]:
    block_of(ws, block_id, IdeasBlock)
    with ws.reading() as db:
        return ideas_of(db, block_id, ws.meeting_id(meeting, db), pending=pending)
