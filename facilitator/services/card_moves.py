"""Placing cards on the board, each in one transaction together with its proposal's category.

A card that has a proposal (an action whose `source` is the card) and lands in the other
high-impact quadrant takes the new quadrant name as its proposal's category, in the same
transaction as the move. A card that leaves the high-impact quadrants keeps its proposal and
the result says so (`needs_decision`), so that the screen can ask whether to drop it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from facilitator.domain.grid import clamp, quadrant_of
from facilitator.domain.snapshot import Placement, example_card
from facilitator.domain.template import GridBlock
from facilitator.services.blocks import block_of
from facilitator.services.changes import Changed
from facilitator.services.errors import ServiceError
from facilitator.services.proposals import category_for, linked, target_block
from facilitator.services.workshop import Workshop
from facilitator.storage.errors import WorkshopFileError
from facilitator.storage.schema import PlacementRow

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


def _row(s: Session, meeting_id: int, block_id: str, card: str) -> PlacementRow | None:
    return s.scalar(select(PlacementRow).where(
        PlacementRow.meeting_id == meeting_id, PlacementRow.block_id == block_id,
        PlacementRow.card == card))


def _as_placement(row: PlacementRow | None) -> Placement | None:
    return None if row is None else Placement(row.card, row.label, row.category, row.x, row.y)


def _check_place(x: float, y: float) -> None:
    if not (0.0 <= x <= 1.0 and 0.0 <= y <= 1.0):
        raise ServiceError("a card's place must be inside the board")


def _put(s: Session, meeting_id: int, block_id: str, card: str, x: float, y: float,
         label: str, category: str) -> None:
    row = _row(s, meeting_id, block_id, card)
    if row is None:
        row = PlacementRow(meeting_id=meeting_id, block_id=block_id, card=card, label=label,
                           category=category)
        s.add(row)
    else:
        row.label = label or row.label
        row.category = category or row.category
    row.x, row.y = x, y


def _sync(s: Session, ws: Workshop, grid: GridBlock, card: str, x: float | None,
          y: float | None, forced: str | None) -> tuple[int | None, str, str, bool, Changed | None]:
    """Bring the card's proposal in line with its place; `forced` sets an exact category."""
    target = target_block(ws.template, grid)
    rows = linked(s, target.id, card) if target is not None else []
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
    for linked_row in rows:
        linked_row.category = new
    changed = Changed("actions", target.id, tuple(r.id for r in rows)) if new != old else None
    return row.id, old, new, decide, changed


def move_card(ws: Workshop, grid_id: str, card: str, x: float, y: float, *, label: str = "",
              category: str = "", meeting: int | None = None,
              proposal_category: str | None = None) -> CardMove:
    """Put a card at (x, y) (from the tray or from elsewhere on the board): one transaction."""
    grid = block_of(ws, grid_id, GridBlock)
    _check_place(x, y)
    with ws.transaction() as s:
        meeting_id = ws.meeting_id(meeting, s)
        before = _as_placement(_row(s, meeting_id, grid_id, card))
        _put(s, meeting_id, grid_id, card, x, y, label, category)
        proposal, old, new, decide, changed = _sync(s, ws, grid, card, x, y, proposal_category)
    changes = (Changed("grid", grid_id, (card,)),) + ((changed,) if changed else ())
    return CardMove(changes, before, proposal, old, new, decide)


def return_card(ws: Workshop, grid_id: str, card: str, *, meeting: int | None = None,
                proposal_category: str | None = None) -> CardMove:
    """Send a card back to the tray: one transaction; `before` says where it was."""
    grid = block_of(ws, grid_id, GridBlock)
    with ws.transaction() as s:
        meeting_id = ws.meeting_id(meeting, s)
        row = _row(s, meeting_id, grid_id, card)
        before = _as_placement(row)
        if row is not None:
            s.delete(row)
        proposal, old, new, _, changed = _sync(s, ws, grid, card, None, None, proposal_category)
    changes = (Changed("grid", grid_id, (card,)),) + ((changed,) if changed else ())
    return CardMove(changes, before, proposal, old, new, False)


def set_places(ws: Workshop, grid_id: str, places: Sequence[tuple[str, Placement | None]], *,
               meeting: int | None = None) -> list[tuple[str, Placement | None]]:
    """Place (or with None, return to the tray) several cards in one transaction; returns the
    places they had before, in the same shape, so that undo is another `set_places`."""
    grid = block_of(ws, grid_id, GridBlock)
    for _, place in places:
        if place is not None:
            _check_place(place.x, place.y)
    before: list[tuple[str, Placement | None]] = []
    with ws.transaction() as s:
        meeting_id = ws.meeting_id(meeting, s)
        for card, place in places:
            row = _row(s, meeting_id, grid_id, card)
            before.append((card, _as_placement(row)))
            if place is None:
                if row is not None:
                    s.delete(row)
                    s.flush()
            else:
                _put(s, meeting_id, grid_id, card, place.x, place.y, place.label, place.category)
                s.flush()
                _sync(s, ws, grid, card, place.x, place.y, None)
    return before


def example_places(grid: GridBlock) -> list[tuple[str, Placement | None]]:
    """The template's illustrative prioritization as places for `set_places`."""
    return [(example_card(i), Placement(example_card(i), e.label, e.category,
                                        clamp(e.x), clamp(e.y)))
            for i, e in enumerate(grid.examples)]
