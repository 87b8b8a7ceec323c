"""The `ideas` worksheet on the projector: the cards of each category and lane as tiles, most
votes first, each card's words in full (the tile grows with its text), its votes under them.
Once dots are given, "Votes so far" ranks every card with votes across the board, re-sorted as
each vote is recorded (the projected sheet rebuilds on the hub's change).
"""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QCoreApplication, QRectF
from PySide6.QtWidgets import QWidget

from facilitator.domain.snapshot import Idea
from facilitator.domain.template import IdeasBlock
from facilitator.services import ideas
from facilitator.ui.worksheets.ideas.results import ranked
from facilitator.ui.worksheets.kit.context import BlockContext
from facilitator.ui.worksheets.kit.projected_parts import (
    Columns,
    Record,
    band,
    block_anchor,
    heading,
    paragraph,
    records,
)
from facilitator.ui.worksheets.kit.projection import (
    MUTED,
    RULE,
    Fill,
    Focus,
    Layout,
    Piece,
    Unit,
    list_key,
    piece,
    text_height,
    text_width,
    widest_word,
)

CARD_EM = 10          # a tile is at least this many body sizes wide
MAX_ACROSS = 4
CARD_FILL = "#fef9c3"
CARD_EDGE = "#a16207"


def card_anchor(idea_id: int) -> str:
    return f"idea:{idea_id}"


def _order(idea: Idea) -> tuple[int, int, int]:
    return (-idea.votes, idea.position, idea.id)


def _meta(idea: Idea) -> str:
    parts = []
    if idea.votes:
        parts.append(f"{'●' * min(idea.votes, 10)} {_votes(idea.votes)}")
    if idea.explore:
        parts.append(QCoreApplication.translate("Projector", "★ explore further"))
    return "  ".join(parts)


def _votes(count: int) -> str:
    return (QCoreApplication.translate("Projector", "{count} vote") if count == 1 else
            QCoreApplication.translate("Projector", "{count} votes")).format(count=count)


def _tile_rows(cards: list[Idea], px: int, width: float, across: int
               ) -> list[tuple[float, list[Piece]]]:
    """The rows of tiles `across` to a row: each row's height and its texts."""
    words = [(card.text, _meta(card)) for card in cards]
    return [_tile_row(tuple(words[start:start + across]), px, width, across)
            for start in range(0, len(cards), across)]


@lru_cache(maxsize=4096)
def _tile_row(words: tuple[tuple[str, str], ...], px: int, width: float, across: int
              ) -> tuple[float, list[Piece]]:
    """One row of tiles, from its cards' words (text, votes line): laid out once. Forty phones
    add a card a second to a board of hundreds, and the projector lays the board out again for
    each; the rows before the new card are the same rows, so only the new one is measured.
    (The pieces are never changed in place: paging moves copies.)"""
    gap, pad = px * 0.6, px * 0.4
    tile_w = (width - gap * (across - 1)) / across
    pieces = []
    for number, (words_, meta) in enumerate(words):
        x = number * (tile_w + gap)
        text = piece(words_, px, x + pad, pad, tile_w - 2 * pad, primary=True)
        pieces.append(text)
        if meta:
            pieces.append(piece(meta, px, x + pad, text.rect.bottom(), tile_w - 2 * pad,
                                color=MUTED))
    return max(p.rect.bottom() for p in pieces) + pad, pieces


def _tiles(cards: list[Idea], px: int, width: float) -> list[Unit]:
    """Tiles as many to a row as make the cards shortest on the page (more of them where the
    cards are short, fewer and wider where long words or long cards need it)."""
    gap, pad = px * 0.6, px * 0.4
    least = max(px * CARD_EM, widest_word([c.text for c in cards], px) + 2 * pad)
    most = max(1, min(MAX_ACROSS, int((width + gap) // (least + gap))))
    tries = {n: _tile_rows(cards, px, width, n) for n in range(most, 0, -1)}
    # In lines, so that a pixel or two is a tie; on a tie, fewer and wider tiles.
    lines = {n: round(sum(h + gap for h, _ in rows) / px) for n, rows in tries.items()}
    across = min(tries, key=lambda n: (lines[n], n))
    tile_w = (width - gap * (across - 1)) / across
    listed = list_key()
    units = []
    for start, (height, pieces) in zip(range(0, len(cards), across), tries[across],
                                       strict=True):
        row = cards[start:start + across]
        boxes = [Fill(QRectF(number * (tile_w + gap), 0, tile_w, height), CARD_FILL,
                      radius=px * 0.3, outline=CARD_EDGE) for number in range(len(row))]
        units.append(Unit(height, list(pieces), boxes,
                          anchors=tuple(card_anchor(c.id) for c in row), entries=len(row),
                          listed=listed))
    return units


def _tally(top: list[Idea], px: int, width: float) -> list[Unit]:
    """The cards with votes, most first: two to a line when that takes a quarter less height
    (a tally of short cards, fewer screens), else one to a line."""
    gap = px * 1.2
    half = (width - gap) / 2
    votes_w = max(text_width(_votes(i.votes), px) for i in top) + px * 0.6
    one = sum(text_height(i.text, px, width - votes_w) for i in top)
    two = sum(max(text_height(i.text, px, half - votes_w) for i in top[n:n + 2])
              for n in range(0, len(top), 2))
    if two > one * 0.75:
        columns = Columns(QCoreApplication.translate("Projector", "Card"),
                          (QCoreApplication.translate("Projector", "Votes"),))
        return records(columns, [Record(i.text, (_votes(i.votes),)) for i in top], px, width)
    listed = list_key()
    top_pad = px * 0.15
    units = []
    for start in range(0, len(top), 2):
        pieces = []
        for number, card in enumerate(top[start:start + 2]):
            x = number * (half + gap)
            pieces.append(piece(card.text, px, x, top_pad, half - votes_w, primary=True))
            pieces.append(piece(_votes(card.votes), px, x + half - votes_w + px * 0.6,
                                top_pad, votes_w - px * 0.6))
        height = max(p.rect.bottom() for p in pieces) + top_pad
        rules = [Fill(QRectF(n * (half + gap), height - 1, half, 1), RULE)
                 for n in range(len(pieces) // 2)]
        units.append(Unit(height, pieces, rules, entries=len(pieces) // 2, listed=listed,
                          tight=True))
    return units


def project(ctx: BlockContext, block: IdeasBlock, focus: Focus | None = None) -> Layout:
    found = ideas.read_ideas(ctx.ws, block.id, meeting=ctx.meeting_id)
    lanes = list(block.lanes) or [None]

    def layout(px: int, width: float) -> list[Unit]:
        units = [heading(block.title, px, width, anchors=(block_anchor(block.id),))]
        if block.instructions:
            units.append(paragraph(block.instructions, px, width, primary=False, italic=True,
                                   color=MUTED, once=block.instructions))
        top = ranked(found)
        if top:   # the tally the room is forming, most votes first
            units.append(band(QCoreApplication.translate("Projector", "Votes so far"), px, width))
            units += _tally(top, px, width)
        for category in block.categories:
            here = [i for i in found if i.category == category.id]
            units.append(band(category.label, px, width))
            if not here:
                units.append(paragraph(QCoreApplication.translate("Projector", "No cards yet."),
                                       px, width, primary=False, color=MUTED))
                continue
            for lane in lanes:
                cards = sorted((i for i in here if lane is None or i.lane == lane.id),
                               key=_order)
                if lane is not None and lane.label:
                    units.append(paragraph(f"{lane.label} ({len(cards)})", px, width,
                                           primary=False, bold=True, color=MUTED,
                                           keep_with_next=bool(cards)))
                units += _tiles(cards, px, width)
        return units

    return layout


def focus(widget: QWidget) -> Focus | None:
    """The card the facilitator is on (the lane list that has it current)."""
    block = getattr(widget, "block", None)
    lane = getattr(widget, "last_lane", None)
    if block is None:
        return None
    idea = lane.current_idea() if lane is not None else None
    return Focus(block.id, card_anchor(idea.id) if idea is not None else "")
