"""Pages rather than a scroll bar: units stacked top to bottom, a new page when the next one
does not fit, and the largest text size that needs no more pages than the floor size does.

A page that continues a table repeats its column headings; a heading is never left alone at
the bottom of a page (keep_with_next).
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, replace

from PySide6.QtCore import QRectF

from facilitator.ui.worksheets.kit.projection import (
    Page,
    TypeScale,
    Unit,
    split_text,
    text_height,
)

EMBED_SHARE = 0.6   # a board gets a fresh page rather than less than this share of one
Build = Callable[[int, float], list[Unit]]   # (body px, width) -> units


@dataclass
class Sheet:
    """An item's projected worksheets: its pages at one body size."""

    px: int
    pages: list[Page]
    width: float
    height: float

    def page_of(self, anchor: str) -> int | None:
        for number, page in enumerate(self.pages):
            if anchor in page.anchors:
                return number
        return None


def _place(page: Page, unit: Unit, y: float, width: float) -> None:
    pieces, fills = unit.moved(0.0, y)
    page.pieces += pieces
    page.fills += fills
    page.anchors.update(unit.anchors)
    if unit.embed is not None:
        page.embeds.append((QRectF(0.0, y, width, unit.height), unit.embed_key, unit.embed))


def _split(unit: Unit, height: float) -> list[Unit]:
    """A unit taller than a page (a long note, a table row of long answers) as several units,
    cut between lines; any other unit as it is."""
    if unit.height <= height:
        return [unit]
    if unit.restack is not None:
        parts = [part for piece in unit.restack() for part in _split(piece, height)]
        parts[-1].ends_run = unit.ends_run
        return parts
    if len(unit.pieces) != 1 or unit.embed:
        return [unit]
    p = unit.pieces[0]
    parts = split_text(p.text, p.px, p.rect.width(), height - p.rect.y() - 1, bold=p.bold,
                       italic=p.italic)
    out = []
    for number, text in enumerate(parts):
        tall = text_height(text, p.px, p.rect.width(), p.bold, p.italic)
        box = replace(p, rect=QRectF(p.rect.x(), p.rect.y(), p.rect.width(), tall), text=text)
        out.append(Unit(tall + p.rect.y(), [box],
                        anchors=unit.anchors if number == 0 else ()))
    out[-1].keep_with_next, out[-1].ends_run = unit.keep_with_next, unit.ends_run
    return out


def paginate(units: list[Unit], width: float, height: float, gap: float) -> list[Page]:
    queue = deque(units)
    pages = [Page()]
    y = 0.0
    header: Unit | None = None   # the run in progress repeats this on a new page
    while queue:
        unit = queue.popleft()
        if unit.embed is not None:   # a live board: the rest of this page, or a page of its own
            if y > 0 and height - y < height * EMBED_SHARE:
                pages.append(Page())
                y = 0.0
            unit.height = height - y
        need = unit.height
        if unit.keep_with_next and queue:
            need += gap + queue[0].height
        if y > 0 and y + need > height:
            pages.append(Page())
            y = 0.0
            if header is not None and unit is not header:
                _place(pages[-1], header, y, width)
                y += header.height + gap
        if y + unit.height > height:   # too tall even here: cut it between texts or lines
            parts = _split(unit, height - y)
            if len(parts) > 1:
                queue.extendleft(reversed(parts))
                continue
        _place(pages[-1], unit, y, width)
        y += unit.height + gap
        if unit.header is not None:
            header = unit.header
        if unit.ends_run:
            header = None
    return pages


def fit(build: Build, scale: TypeScale, width: float, height: float) -> Sheet:
    """The largest body size between the scale's floor and ceiling that needs no more pages
    than the floor size (one page when everything fits at some size)."""
    def sheet(px: int) -> Sheet:
        return Sheet(px, paginate(build(px, width), width, height, scale.gap), width, height)

    low = sheet(scale.floor)
    best = low
    lo, hi = scale.floor + 1, scale.ceiling
    while lo <= hi:   # pages only grow with the size, so a binary search finds the largest
        mid = (lo + hi) // 2
        candidate = sheet(mid)
        if len(candidate.pages) <= len(low.pages):
            best, lo = candidate, mid + 1
        else:
            hi = mid - 1
    return best
