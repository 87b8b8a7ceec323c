"""Cards on the impact x ease board: positions are fractions of the board (0..1 each way)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from facilitator.domain.snapshot import Placement
from facilitator.domain.template import GridBlock
from facilitator.services.blocks import block_of
from facilitator.services.changes import Changed
from facilitator.services.errors import ServiceError
from facilitator.services.workshop import Workshop
from facilitator.storage.schema import PlacementRow


def _placement(s: Session, meeting_id: int, block_id: str, card: str) -> PlacementRow | None:
    return s.scalar(select(PlacementRow).where(PlacementRow.meeting_id == meeting_id,
                                               PlacementRow.block_id == block_id,
                                               PlacementRow.card == card))


def place_card(ws: Workshop, block_id: str, card: str, x: float, y: float, *, label: str = "",
               category: str = "", meeting: int | None = None) -> Changed:
    """Put a card at (x, y), or move it there; one transaction, committed on drop."""
    block_of(ws, block_id, GridBlock)
    if not (0.0 <= x <= 1.0 and 0.0 <= y <= 1.0):
        raise ServiceError("a card's place must be inside the board")
    with ws.transaction() as s:
        meeting_id = ws.meeting_id(meeting, s)
        row = _placement(s, meeting_id, block_id, card)
        if row is None:
            row = PlacementRow(meeting_id=meeting_id, block_id=block_id, card=card,
                               label=label, category=category)
            s.add(row)
        elif label:
            row.label = label
        if category:
            row.category = category
        row.x, row.y = x, y
    return Changed("grid", block_id, (card,))


def remove_card(ws: Workshop, block_id: str, card: str, *,
                meeting: int | None = None) -> Placement | None:
    """Send a card back to the tray; returns where it was (for undo), or None."""
    block_of(ws, block_id, GridBlock)
    with ws.transaction() as s:
        meeting_id = ws.meeting_id(meeting, s)
        row = _placement(s, meeting_id, block_id, card)
        if row is None:
            return None
        old = Placement(row.card, row.label, row.category, row.x, row.y)
        s.delete(row)
    return old


def placements_of(s: Session, block_id: str, meeting_id: int) -> list[Placement]:
    rows = s.scalars(select(PlacementRow).where(PlacementRow.meeting_id == meeting_id,
                                                PlacementRow.block_id == block_id)
                     .order_by(PlacementRow.id))
    return [Placement(r.card, r.label, r.category, r.x, r.y) for r in rows]


def read_placements(ws: Workshop, block_id: str, *,
                    meeting: int | None = None) -> list[Placement]:
    block_of(ws, block_id, GridBlock)
    with ws.reading() as s:
        return placements_of(s, block_id, ws.meeting_id(meeting, s))
