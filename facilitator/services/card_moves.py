"""Placing cards on the board, each in one transaction together with its proposal's category.

A card that has a proposal (an action whose `source` is the card) and lands in the other
high-impact quadrant takes the new quadrant name as its proposal's category, in the same
transaction as the move. A card that leaves the high-impact quadrants keeps its proposal and
the result says so (`needs_decision`), so that the screen can ask whether to drop it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Row, delete, insert, select, update
from sqlalchemy.exc import SQLAlchemyError

from facilitator.domain.grid import clamp, quadrant_of
from facilitator.domain.snapshot import Placement, example_card
from facilitator.domain.template import GridBlock
from facilitator.services.blocks import block_of
from facilitator.services.changes import Changed, ChangeKind
from facilitator.services.errors import ServiceError
from facilitator.services.proposals import category_for, linked, target_block
from facilitator.services.workshop import Workshop
from facilitator.storage.errors import WorkshopFileError
from facilitator.storage.schema import action_table, placement_table

# What a board edit may be refused with, as a message for the user: a bad request, a file
# opened read-only (or gone), or a disk that failed the commit.
REFUSALS: tuple[type[Exception], ...] = (ServiceError, WorkshopFileError, SQLAlchemyError,
                                         OSError)


@dataclass(frozen=True)
class CardMove:
    changes: tuple[Changed, ...]
    before: Placement | None            # where the card was (None: in the tray)
    proposal: int | None = None         # the linked action, if any
    old_category: str = ""              # its category before the move
    new_category: str = ""
    needs_decision: bool = False        # the card left the high-impact quadrants


@dataclass(frozen=True)
class PlacesSet:
    changes: tuple[Changed, ...]
    before: list[tuple[str, Placement | None]]   # the places they had: undo sets these


def _row(db: Connection, meeting_id: int, block_id: str, card: str) -> Row[Any] | None:
    return db.execute(select(placement_table).where(
        placement_table.c.meeting_id == meeting_id, placement_table.c.block_id == block_id,
        placement_table.c.card == card)).first()


def _as_placement(row: Row[Any] | None) -> Placement | None:
    return None if row is None else Placement(row.card, row.label, row.category, row.x, row.y)


def _check_place(x: float, y: float) -> None:
    if not (0.0 <= x <= 1.0 and 0.0 <= y <= 1.0):
        raise ServiceError("a card's place must be inside the board")


def _put(db: Connection, meeting_id: int, block_id: str, card: str, x: float, y: float,
         label: str, category: str, row: Row[Any] | None) -> None:
    """Place the card; `row` is its current placement (None: it is in the tray)."""
    if row is None:
        db.execute(insert(placement_table).values(
            meeting_id=meeting_id, block_id=block_id, card=card, label=label,
            category=category, x=x, y=y))
    else:
        db.execute(update(placement_table).where(placement_table.c.id == row.id).values(
            label=label or row.label, category=category or row.category, x=x, y=y))


def _sync(db: Connection, ws: Workshop, grid: GridBlock, card: str, x: float | None,
          y: float | None, forced: str | None) -> tuple[int | None, str, str, bool, Changed | None]:
    """Bring the card's proposal in line with its place; `forced` sets an exact category."""
    target = target_block(ws.template, grid)
    rows = linked(db, target.id, card) if target is not None else []
    if target is None or not rows:
        return None, "", "", False, None
    row = rows[0]
    old = row.category
    if forced is not None:
        new, decide = forced, False
    elif x is None or y is None:
        new, decide = old, False                      # back to the tray: the proposal stays
    elif quadrant_of(x, y).high_impact:
        new, decide = category_for(target, grid, quadrant_of(x, y)) or old, False
    else:
        new, decide = old, True
    ids = [r.id for r in rows]
    if any(r.category != new for r in rows):
        db.execute(update(action_table).where(action_table.c.id.in_(ids)).values(category=new))
    changed = Changed(ChangeKind.ACTIONS, target.id, tuple(ids)) if new != old else None
    return row.id, old, new, decide, changed


def move_card(ws: Workshop, grid_id: str, card: str, x: float, y: float, *, label: str = "",
              category: str = "", meeting: int | None = None,
              proposal_category: str | None = None) -> CardMove:
    """Put a card at (x, y) (from the tray or from elsewhere on the board): one transaction."""
    grid = block_of(ws, grid_id, GridBlock)
    _check_place(x, y)
    with ws.transaction() as db:
        meeting_id = ws.meeting_id(meeting, db)
        row = _row(db, meeting_id, grid_id, card)
        before = _as_placement(row)
        _put(db, meeting_id, grid_id, card, x, y, label, category, row)
        proposal, old, new, decide, changed = _sync(db, ws, grid, card, x, y, proposal_category)
    changes = (Changed(ChangeKind.GRID, grid_id, (card,)),) + ((changed,) if changed else ())
    return CardMove(changes, before, proposal, old, new, decide)


def return_card(ws: Workshop, grid_id: str, card: str, *, meeting: int | None = None,
                proposal_category: str | None = None) -> CardMove:
    """Send a card back to the tray: one transaction; `before` says where it was."""
    grid = block_of(ws, grid_id, GridBlock)
    with ws.transaction() as db:
        meeting_id = ws.meeting_id(meeting, db)
        row = _row(db, meeting_id, grid_id, card)
        before = _as_placement(row)
        if row is not None:
            db.execute(delete(placement_table).where(placement_table.c.id == row.id))
        proposal, old, new, _, changed = _sync(db, ws, grid, card, None, None, proposal_category)
    changes = (Changed(ChangeKind.GRID, grid_id, (card,)),) + ((changed,) if changed else ())
    return CardMove(changes, before, proposal, old, new, False)


def set_places(ws: Workshop, grid_id: str, places: Sequence[tuple[str, Placement | None]], *,
               meeting: int | None = None) -> PlacesSet:
    """Place (or with None, return to the tray) several cards in one transaction; the result
    holds the places they had before, in the same shape, so that undo is another `set_places`,
    and the proposals whose category followed their card."""
    grid = block_of(ws, grid_id, GridBlock)
    for _, place in places:
        if place is not None:
            _check_place(place.x, place.y)
    before: list[tuple[str, Placement | None]] = []
    recategorised: dict[str, list[int | str]] = {}   # actions block: proposals that followed
    with ws.transaction() as db:
        meeting_id = ws.meeting_id(meeting, db)
        for card, place in places:
            row = _row(db, meeting_id, grid_id, card)
            before.append((card, _as_placement(row)))
            if place is None:
                if row is not None:
                    db.execute(delete(placement_table).where(placement_table.c.id == row.id))
            else:
                _put(db, meeting_id, grid_id, card, place.x, place.y, place.label,
                     place.category, row)
                changed = _sync(db, ws, grid, card, place.x, place.y, None)[-1]
                if changed is not None:
                    recategorised.setdefault(changed.block_id, []).extend(changed.ids)
    changes = (Changed(ChangeKind.GRID, grid_id, tuple(card for card, _ in places)),
               *(Changed(ChangeKind.ACTIONS, block, tuple(ids))
                 for block, ids in recategorised.items()))
    return PlacesSet(changes, before)


def example_places(grid: GridBlock) -> list[tuple[str, Placement | None]]:
    """The template's illustrative prioritization as places for `set_places`."""
    return [(example_card(i), Placement(example_card(i), e.label, e.category,
                                        clamp(e.x), clamp(e.y)))
            for i, e in enumerate(grid.examples)]
