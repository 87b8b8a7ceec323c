"""Pages rather than a scroll bar: units stacked top to bottom, a new page when the next one
does not fit; the largest text size that fits one page, or the floor size when it pages.

A page that continues a table repeats its column headings; a heading is never left alone at
the bottom of a page (keep_with_next, down a chain of them). A record or note taller than a
good part of a page starts in the rest of a page and goes on over the next rather than leave
half a screen blank; shorter ones are never cut.
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
    line_height,
    split_text,
    text_height,
)

EMBED_SHARE = 0.6   # a board gets a fresh page rather than less than this share of one
SPLIT_SHARE = 0.4   # a record or note taller than this share of a page may go on over the next
LEAST_ROOM = 0.25   # ... when at least this share of the page is left for its start
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
    page.place(unit, y)
    page.anchors.update(unit.anchors)
    page.entries += [(unit.listed, unit.whole or unit.height)] * unit.entries
    if unit.embed is not None:
        page.embeds.append((QRectF(0.0, y, width, unit.height), unit.embed_key, unit.embed))


def _divide(unit: Unit, room: float) -> list[Unit]:
    """`unit` as several units whose first fits in `room` (a page's rest): a record as its
    texts one by one, a text cut between lines; `[unit]` when it cannot be cut."""
    if unit.embed is not None:
        return [unit]
    if unit.restack is not None:
        parts = unit.restacked()   # (the same each time: what is set here is the same too)
        parts[0].entries, parts[0].listed, parts[0].header = unit.entries, unit.listed, \
            unit.header
        parts[0].whole = unit.whole or unit.height
        parts[-1].ends_run = unit.ends_run
        return parts
    if len(unit.pieces) != 1:
        return [unit]
    p = unit.pieces[0]
    parts = split_text(p.text, p.px, p.rect.width(), room - p.rect.y() - 1, bold=p.bold,
                       italic=p.italic)
    if len(parts) < 2:
        return [unit]
    rest = p.text[p.text.find(parts[0]) + len(parts[0]):].strip()
    out = []
    for number, text in enumerate((parts[0], rest)):
        tall = text_height(text, p.px, p.rect.width(), p.bold, p.italic)
        box = replace(p, rect=QRectF(p.rect.x(), p.rect.y(), p.rect.width(), tall), text=text)
        out.append(Unit(tall + p.rect.y(), [box], anchors=unit.anchors if number == 0 else (),
                        entries=unit.entries if number == 0 else 0, listed=unit.listed,
                        whole=(unit.whole or unit.height) if number == 0 else 0.0,
                        header=unit.header if number == 0 else None))
    out[-1].keep_with_next, out[-1].ends_run = unit.keep_with_next, unit.ends_run
    return out


def _divisible(unit: Unit, height: float) -> bool:
    """A unit that may start at a page's foot: a text, or a record already laid out as texts
    one under the other (a row of columns would change its look half-way, unless it is taller
    than a page and is cut anyway)."""
    if unit.embed is not None:
        return False
    if unit.restack is not None:
        return unit.flows or unit.height > height
    return len(unit.pieces) == 1


def _lead(unit: Unit, height: float) -> float:
    """How much of `unit` must share a page with what keeps with it: all of it, or, for one
    that will be cut anyway (taller than SPLIT_SHARE of a page), its first text or lines."""
    if unit.height <= height * SPLIT_SHARE or not _divisible(unit, height):
        return unit.height
    if unit.restack is not None:
        start = _lead(unit.restacked()[0], height)
    else:
        p = unit.pieces[0]
        start = p.rect.y() + 2 * line_height(p.px)
    return min(unit.height, max(start, height * LEAST_ROOM))   # as much as a cut needs


def _kept(unit: Unit, queue: deque[Unit], gap: float, height: float) -> float:
    """The height `unit` needs at the bottom of a page: with what it keeps with (a worksheet's
    title, a table's column headings, a group's band, then the start of the group's first
    row), or, when that chain is taller than a page, with the next unit alone."""
    need, here = unit.height, unit
    for after in queue:
        if not here.keep_with_next:
            break
        need += gap + _lead(after, height)
        here = after
    if need > height and unit.keep_with_next and queue:
        return unit.height + gap + _lead(queue[0], height)
    return need


def _joined(unit: Unit, queue: deque[Unit]) -> bool:
    """A table's next row sits right under its band or the row before (rules part them); a
    band keeps its gap above."""
    after = queue[0] if queue else None
    return after is not None and unit.tight and after.tight and not after.keep_with_next


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
            unit = replace(unit, height=height - y)   # a copy: the units may be paged again
        if y > 0 and y + _kept(unit, queue, gap, height) > height:
            # A tall record or note goes on from here rather than leave the rest blank.
            if (unit.height > height * SPLIT_SHARE and height - y >= height * LEAST_ROOM
                    and _divisible(unit, height)):
                parts = _divide(unit, height - y)
                if len(parts) > 1:
                    queue.extendleft(reversed(parts))
                    continue
            pages.append(Page())
            y = 0.0
            if header is not None and unit is not header:
                _place(pages[-1], header, y, width)
                y += header.height + gap
        if y + unit.height > height:   # too tall even here: cut it between texts or lines
            parts = _divide(unit, height - y)
            if len(parts) > 1:
                queue.extendleft(reversed(parts))
                continue
        _place(pages[-1], unit, y, width)
        y += unit.height + (0.0 if _joined(unit, queue) else gap)
        if unit.header is not None:
            header = unit.header
        if unit.ends_run:
            header = None
    return pages


def fit(build: Build, scale: TypeScale, width: float, height: float) -> Sheet:
    """One page: the largest body size between the scale's floor and ceiling that still fits.
    More than a page even at the floor: the floor size (or the facilitator's zoomed size),
    so that each screen holds as much of the list as it can; growing the letters while the
    page count held left pages a few entries each."""
    def sheet(px: int) -> Sheet:
        return Sheet(px, paginate(build(px, width), width, height, scale.gap), width, height)

    low = sheet(scale.floor)
    if len(low.pages) > 1:
        return sheet(scale.paged) if scale.paged != scale.floor else low
    best = low
    lo, hi = scale.floor + 1, scale.ceiling
    while lo <= hi:   # pages only grow with the size, so a binary search finds the largest
        mid = (lo + hi) // 2
        candidate = sheet(mid)
        if len(candidate.pages) == 1:
            best, lo = candidate, mid + 1
        else:
            hi = mid - 1
    return best
