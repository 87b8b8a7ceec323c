"""Cards on the impact x ease board: positions are fractions of the board (0..1 each way)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, Row, delete, insert, select, update

from facilitator.domain.snapshot import Placement
from facilitator.domain.template import GridBlock
from facilitator.services.blocks import block_of
from facilitator.services.changes import Changed, ChangeKind, Removed
from facilitator.services.errors import ServiceError
from facilitator.services.settings import read_setting, write_setting
from facilitator.services.workshop import Workshop
from facilitator.storage.schema import placement_table

# Placement columns, shared by every query below.
P = placement_table.c


def _placement(db: Connection, meeting_id: int, block_id: str, card: str) -> Row[Any] | None:
    return db.execute(select(placement_table).where(
        P.meeting_id == meeting_id, P.block_id == block_id, P.card == card)).first()


def place_card(ws: Workshop, block_id: str, card: str, x: float, y: float, *, label: str = "",
               category: str = "", meeting: int | None = None) -> Changed:
    """Put a card at (x, y), or move it there; one transaction, committed on drop."""
    block_of(ws, block_id, GridBlock)
    if not (0.0 <= x <= 1.0 and 0.0 <= y <= 1.0):
        raise ServiceError("a card's place must be inside the board")
    with ws.transaction() as db:
        meeting_id = ws.meeting_id(meeting, db)
        row = _placement(db, meeting_id, block_id, card)
        if row is None:
            db.execute(insert(placement_table).values(
                meeting_id=meeting_id, block_id=block_id, card=card, label=label,
                category=category, x=x, y=y))
        else:
            # An empty label or category keeps the one the card already has.
            values: dict[str, object] = {"x": x, "y": y}
            if label:
                values["label"] = label
            if category:
                values["category"] = category
            db.execute(update(placement_table).where(P.id == row.id).values(**values))
    return Changed(ChangeKind.GRID, block_id, (card,))


def remove_card(ws: Workshop, block_id: str, card: str, *,
                meeting: int | None = None) -> Removed[Placement | None]:
    """Send a card back to the tray; the result's `item` is where it was (for undo), or None
    when it was in the tray already."""
    block_of(ws, block_id, GridBlock)
    old = None
    with ws.transaction() as db:
        meeting_id = ws.meeting_id(meeting, db)
        row = _placement(db, meeting_id, block_id, card)
        if row is not None:
            old = Placement(row.card, row.label, row.category, row.x, row.y)
            db.execute(delete(placement_table).where(P.id == row.id))
    return Removed(ChangeKind.GRID, block_id, (card,), item=old, meeting_id=meeting_id)


def placements_of(db: Connection, block_id: str, meeting_id: int) -> list[Placement]:
    rows = db.execute(select(P.card, P.label, P.category, P.x, P.y)
                      .where(P.meeting_id == meeting_id, P.block_id == block_id)
                      .order_by(P.id))
    return [Placement(r.card, r.label, r.category, r.x, r.y) for r in rows]


def read_placements(ws: Workshop, block_id: str, *,
                    meeting: int | None = None) -> list[Placement]:
    block_of(ws, block_id, GridBlock)
    with ws.reading() as db:
        return placements_of(db, block_id, ws.meeting_id(meeting, db))


EXAMPLES_SHOWN = "examples_shown"


def examples_shown(ws: Workshop, block_id: str, *, meeting: int | None = None) -> bool:
    """Whether the board shows the template's example placements (shown unless hidden)."""
    block_of(ws, block_id, GridBlock)
    with ws.reading() as db:
        stored = read_setting(db, ws.meeting_id(meeting, db), block_id, EXAMPLES_SHOWN)
    return stored is not False


def show_examples(ws: Workshop, block_id: str, shown: bool, *,
                  meeting: int | None = None) -> Changed:
    """Show or hide the example placements on this meeting's board (both screens): a setting
    of the meeting, so that the projector follows and the choice is still there on reopening;
    the examples keep their places."""
    block_of(ws, block_id, GridBlock)
    if not isinstance(shown, bool):
        raise ServiceError("examples are either shown or hidden")
    with ws.transaction() as db:
        write_setting(db, ws.meeting_id(meeting, db), block_id, EXAMPLES_SHOWN, shown)
    return Changed(ChangeKind.GRID, block_id)
