"""What the impact x ease board shows: every card that may be placed, and where each one is.

Cards come from the grid's sources: rows of `table` blocks whose `explore` checkbox is ticked
and ideas marked "explore" in `ideas` blocks; plus any card already placed (the illustrative
examples, or a card whose "explore" tick was later removed: what the room placed stays), and
the other examples while some are on the board.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection

from facilitator.domain.grid import category_for_table
from facilitator.domain.snapshot import example_card, idea_card, row_card
from facilitator.domain.template import GridBlock, IdeasBlock, TableBlock
from facilitator.services.blocks import block_of
from facilitator.services.grid import placements_of
from facilitator.services.ideas import ideas_of
from facilitator.services.tables import table_rows
from facilitator.services.workshop import Workshop

EXPLORE_COLUMN = "explore"
EXAMPLE_PREFIX = example_card(0).removesuffix("0")


@dataclass(frozen=True)
class BoardCard:
    ref: str                  # card reference (domain.snapshot idea_card / row_card / example_card)
    label: str
    category: str
    x: float | None = None    # None: still in the tray
    y: float | None = None

    @property
    def placed(self) -> bool:
        return self.x is not None and self.y is not None

    @property
    def example(self) -> bool:
        """One of the template's illustrative placements, not a card of the group's own."""
        return self.ref.startswith(EXAMPLE_PREFIX)


def _row_label(label: str, cells: dict[str, object]) -> str:
    """A fixed row's label, or an open row's first non-empty text cell."""
    if label:
        return label
    for value in cells.values():
        if isinstance(value, str) and value.strip():
            return value.strip()
    return ""


def source_cards(db: Connection, ws: Workshop, block: GridBlock,
                 meeting_id: int) -> list[BoardCard]:
    """The cards the grid's sources offer, in template order (not yet their places)."""
    cards: list[BoardCard] = []
    for source_id in block.sources:
        try:
            source = ws.template.block(source_id)
        except KeyError:
            continue  # the template parser checks sources; a snapshot may still be odd
        if isinstance(source, TableBlock):
            if not any(c.id == EXPLORE_COLUMN for c in source.columns):
                continue
            category = category_for_table(source.id, block.categories)
            for row in table_rows(db, source, meeting_id, None):
                label = _row_label(row.label, dict(row.cells))
                if row.cells.get(EXPLORE_COLUMN) is True and label:
                    cards.append(BoardCard(row_card(source.id, row.key), label, category))
        elif isinstance(source, IdeasBlock):
            for idea in ideas_of(db, source.id, meeting_id):
                if idea.explore and idea.text.strip():
                    cards.append(BoardCard(idea_card(idea.id), idea.text.strip(), idea.category))
    return cards


def board_cards(db: Connection, ws: Workshop, block: GridBlock,
                meeting_id: int) -> list[BoardCard]:
    placements = {p.card: p for p in placements_of(db, block.id, meeting_id)}
    out: list[BoardCard] = []
    seen: set[str] = set()
    for card in source_cards(db, ws, block, meeting_id):
        place = placements.get(card.ref)
        if place is None:
            out.append(card)
        else:
            out.append(BoardCard(card.ref, card.label, card.category, place.x, place.y))
        seen.add(card.ref)
    for ref, place in placements.items():
        if ref not in seen:
            out.append(BoardCard(ref, place.label, place.category, place.x, place.y))
            seen.add(ref)
    # Once the room starts from the illustrative prioritization, an example sent back to the
    # tray waits there like any other card (until every example has left the board).
    examples = [(example_card(i), e) for i, e in enumerate(block.examples)]
    if any(ref in placements for ref, _ in examples):
        out.extend(BoardCard(ref, e.label, e.category) for ref, e in examples if ref not in seen)
    return out


def read_board(ws: Workshop, block_id: str, *, meeting: int | None = None) -> list[BoardCard]:
    """Every card of the board: placed ones with their place, the others for the tray."""
    block = block_of(ws, block_id, GridBlock)
    with ws.reading() as db:
        return board_cards(db, ws, block, ws.meeting_id(meeting, db))
