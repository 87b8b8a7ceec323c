"""Impact and ease ratings (1-5) that the room gives the cards of an impact x ease board.

Kept as the grid block's per-meeting setting "ratings": {card ref: {rater: [impact, ease]}}.
A rater is an opaque key chosen by the caller (room mode: the phone's random id for the
session, never a name), so rating a card again replaces that rater's rating, and an anonymous
rating stores nothing that names a person. Each rating is one transaction.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import Connection, select

from facilitator.domain.rating_spread import CardSpread, spreads
from facilitator.domain.snapshot import Placement
from facilitator.domain.template import GridBlock
from facilitator.services.blocks import block_of
from facilitator.services.cards import board_cards
from facilitator.services.changes import Changed
from facilitator.services.errors import NotFoundError, ServiceError
from facilitator.services.settings import read_setting, write_setting
from facilitator.services.workshop import Workshop
from facilitator.storage.schema import idea_table, placement_table

SETTING = "ratings"
LOWEST, HIGHEST = 1, 5

Ratings = dict[str, dict[str, tuple[int, int]]]  # card ref -> rater -> (impact, ease)


def _score(value: Any, what: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not LOWEST <= value <= HIGHEST:
        raise ServiceError(f"{what} must be a whole number from {LOWEST} to {HIGHEST}")
    return value


def _ratings(db: Connection, meeting_id: int, block_id: str) -> Ratings:
    raw = read_setting(db, meeting_id, block_id, SETTING)
    out: Ratings = {}
    if isinstance(raw, dict):
        for card, by_rater in raw.items():
            if not isinstance(by_rater, dict):
                continue
            for rater, pair in by_rater.items():
                if isinstance(pair, list) and len(pair) == 2 and all(
                        isinstance(v, int) and LOWEST <= v <= HIGHEST for v in pair):
                    out.setdefault(str(card), {})[str(rater)] = (pair[0], pair[1])
    return out


def _offered(db: Connection, ws: Workshop, block: GridBlock, meeting_id: int, card: str) -> bool:
    """Whether the board offers `card`. A brainstorm's card (the usual one in a room) takes two
    small queries instead of listing the whole board, which 40 phones rating would pay for on
    every rating."""
    if db.scalar(select(placement_table.c.id).where(
            placement_table.c.meeting_id == meeting_id, placement_table.c.block_id == block.id,
            placement_table.c.card == card)) is not None:
        return True
    number = card.removeprefix("idea:")
    if card.startswith("idea:") and number.isdigit() and len(number) < 19:   # SQLite's ints
        row = db.execute(select(idea_table.c.block_id, idea_table.c.explore, idea_table.c.text)
                         .where(idea_table.c.id == int(number),
                                idea_table.c.meeting_id == meeting_id)).first()
        return row is not None and row.block_id in block.sources and bool(row.explore) \
            and bool(row.text.strip())
    return card in {c.ref for c in board_cards(db, ws, block, meeting_id)}


def rate_card(ws: Workshop, block_id: str, card: str, rater: str, impact: int, ease: int, *,
              meeting: int | None = None) -> Changed:
    """`rater` rates `card` (a card the board offers); replaces that rater's earlier rating."""
    block = block_of(ws, block_id, GridBlock)
    impact, ease = _score(impact, "Impact"), _score(ease, "Ease")
    if not rater:
        raise ServiceError("a rating needs a rater")
    with ws.transaction() as db:
        meeting_id = ws.meeting_id(meeting, db)
        if not _offered(db, ws, block, meeting_id, card):
            raise NotFoundError(f"'{card}' is not a card of '{block.title}'")
        ratings = _ratings(db, meeting_id, block.id)
        ratings.setdefault(card, {})[rater] = (impact, ease)
        write_setting(db, meeting_id, block.id, SETTING,
                      {c: {r: list(p) for r, p in by.items()} for c, by in ratings.items()})
    return Changed("grid", block_id, (card,))


def read_ratings(ws: Workshop, block_id: str, *, meeting: int | None = None) -> Ratings:
    block_of(ws, block_id, GridBlock)
    with ws.reading() as db:
        return _ratings(db, ws.meeting_id(meeting, db), block_id)


def rating_spreads(ws: Workshop, block_id: str, *,
                   meeting: int | None = None) -> dict[str, CardSpread]:
    """Each rated card's median place and spread (domain/rating_spread.py)."""
    return spreads(read_ratings(ws, block_id, meeting=meeting))


def room_places(ws: Workshop, block_id: str, refs: Iterable[str] | None = None, *,
                meeting: int | None = None) -> list[tuple[str, Placement]]:
    """Where the room's ratings put these cards (None: every rated card of the board), as
    places for `card_moves.set_places`: accepting them is one transaction and one undo step.
    Cards without ratings, or no longer on the board, are left out."""
    block = block_of(ws, block_id, GridBlock)
    with ws.reading() as db:
        meeting_id = ws.meeting_id(meeting, db)
        found = spreads(_ratings(db, meeting_id, block.id))
        cards = {c.ref: c for c in board_cards(db, ws, block, meeting_id)}
    wanted = list(found) if refs is None else [r for r in refs if r in found]
    out = []
    for ref in wanted:
        card = cards.get(ref)
        if card is not None:
            x, y = found[ref].place
            out.append((ref, Placement(ref, card.label, card.category, x, y)))
    return out
def put_rating(ws: Workshop, block_id: str, card: str, rater: str,
               pair: tuple[int, int] | None, *, meeting: int) -> Changed:
    """Undo of a rating: `rater`'s rating of `card` becomes `pair` again, or none at all. The
    card need not be offered any more (undo puts back what was, not a new rating)."""
    block = block_of(ws, block_id, GridBlock)
    if pair is not None:
        pair = (_score(pair[0], "Impact"), _score(pair[1], "Ease"))
    with ws.transaction() as db:
        meeting_id = ws.meeting_id(meeting, db)
        ratings = _ratings(db, meeting_id, block.id)
        by_rater = ratings.setdefault(card, {})
        if pair is None:
            by_rater.pop(rater, None)
        else:
            by_rater[rater] = pair
        write_setting(db, meeting_id, block.id, SETTING,
                      {c: {r: list(p) for r, p in by.items()} for c, by in ratings.items() if by})
    return Changed("grid", block_id, (card,))
