"""What a projected worksheet is made of: texts in boxes, laid out for the back of the room.

A kind's projected layout (`ui/worksheets/<kind>/projected.py`) turns its block into `Unit`s:
runs of text that a page never splits (a table row, a card, an action, a heading). The pages
(`kit.paging`) stack units top to bottom; the projector window and `facilitator slides` paint
the same pages with `paint_page`. Every text wraps (at words, or inside a word longer than its
box) and is never elided: a box is always as tall as its wrapped text.

Sizes are pixels on the projector, relative to its size: the body text stays between FLOOR_PX
and CEILING_PX at 1280x720 and scales up with the screen, so it reads the same from the back of
the room on a 720p and a 1080p projector.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import lru_cache
from itertools import count

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QTextLayout, QTextOption
from PySide6.QtWidgets import QWidget

FLOOR_PX = 24      # smallest body text at 1280x720: readable from the back of a classroom
CEILING_PX = 40    # largest: a short worksheet is not a poster
HEADING_RATIO = 1.2
INK = "#111827"
MUTED = "#374151"   # secondary text: still dark enough for a washed-out projector
ACCENT = "#1e3a8a"
BAND = "#e5e7eb"
RULE = "#9ca3af"
FLAG = "#b91c1c"    # overdue: red and a word, never colour alone


@dataclass(frozen=True)
class TypeScale:
    """Text sizes for a projector of `width` x `height` pixels."""

    width: int
    height: int
    zoom: float = 1.0   # the facilitator's "larger / smaller text on the projector"

    @property
    def unit(self) -> float:
        return max(0.5, min(self.height / 720.0, self.width / 1280.0))

    @property
    def floor(self) -> int:
        """Never smaller than this, whatever the zoom says (nor than FLOOR_PX on a projector
        smaller than 720p: fewer words per page rather than smaller ones)."""
        return max(FLOOR_PX, round(FLOOR_PX * self.unit))

    @property
    def ceiling(self) -> int:
        return max(self.floor, round(CEILING_PX * self.unit * self.zoom))

    @property
    def paged(self) -> int:
        """The size for a worksheet that pages: the floor, larger when the facilitator zoomed."""
        return min(self.ceiling, max(self.floor, round(self.floor * self.zoom)))

    @property
    def gap(self) -> float:
        return 10.0 * self.unit


@dataclass(frozen=True)
class Piece:
    """One text in its box (page coordinates once placed). `primary` marks the words the room
    must read whole: the idea, the action, the aspiration, a table's first column."""

    rect: QRectF
    text: str
    px: int
    bold: bool = False
    italic: bool = False
    color: str = INK
    primary: bool = False
    center: bool = False


@dataclass(frozen=True)
class Fill:
    rect: QRectF
    color: str
    radius: float = 0.0
    outline: str = ""


@dataclass
class Unit:
    """What a page never splits. `anchor` names what the facilitator may be editing (a row key,
    an action id, a card id) so that the projector can show the page it is on; `embed` is a
    live widget drawn in the unit's box (the grid board), built once by the projector."""

    height: float
    pieces: list[Piece] = field(default_factory=list)
    fills: list[Fill] = field(default_factory=list)
    anchors: tuple[str, ...] = ()
    keep_with_next: bool = False
    header: Unit | None = None       # repeated at the top of a page that continues the run
    ends_run: bool = False           # the last unit of a run that repeats `header`
    embed: Callable[[], QWidget] | None = None   # takes the rest of its page
    embed_key: str = ""
    # Taller than a page: the same content as units of one text each (which pages can cut).
    restack: Callable[[], list[Unit]] | None = None
    entries: int = 0   # the list entries it holds (a row, an action, a card, a theme)...
    listed: str = ""   # ... and which list they belong to (`list_key()`)
    whole: float = 0.0   # the first part of a record cut over pages: the record's height
    flows: bool = False   # may start at a page's foot and go on over the next (when tall)
    tight: bool = False   # a table's row: right under the row before it (a rule parts them)
    once: str = ""        # shown once per item: the same instructions under several worksheets
    _restacked: list[Unit] | None = field(default=None, repr=False, compare=False)

    def restacked(self) -> list[Unit]:
        """`restack()`, made once: paging asks for it at each page foot it looks past, and a
        short projector (the room's join card above the sheet) has hundreds of them."""
        if self._restacked is None:
            assert self.restack is not None
            self._restacked = self.restack()
        return self._restacked

    def moved(self, dx: float, dy: float) -> tuple[list[Piece], list[Fill]]:
        return ([replace(p, rect=p.rect.translated(dx, dy)) for p in self.pieces],
                [replace(f, rect=f.rect.translated(dx, dy)) for f in self.fills])


_lists = count()


def list_key() -> str:
    """A name for one list of entries (a table's rows, a lane's cards), unique in the run."""
    return f"list:{next(_lists)}"


Layout = Callable[[int, float], list[Unit]]   # (body px, width) -> units, data read once


@dataclass
class Page:
    pieces_: list[Piece] = field(default_factory=list)
    fills_: list[Fill] = field(default_factory=list)
    anchors: set[str] = field(default_factory=set)
    embeds: list[tuple[QRectF, str, Callable[[], QWidget]]] = field(default_factory=list)
    # Each list entry placed on the page, as (its list, its height) (a row of three cards
    # counts three times): how much of a list one screen holds.
    entries: list[tuple[str, float]] = field(default_factory=list)
    # Units placed at a height, moved into page coordinates only when the page is read: a
    # board of 400 cards makes thirty pages, and the projector shows one of them.
    placed: list[tuple[Unit, float]] = field(default_factory=list)

    def place(self, unit: Unit, y: float) -> None:
        self.placed.append((unit, y))

    def _settle(self) -> None:
        for unit, y in self.placed:
            pieces, fills = unit.moved(0.0, y)
            self.pieces_ += pieces
            self.fills_ += fills
        self.placed = []

    @property
    def pieces(self) -> list[Piece]:
        self._settle()
        return self.pieces_

    @property
    def fills(self) -> list[Fill]:
        self._settle()
        return self.fills_


# Text ------------------------------------------------------------------------------------------
def font(px: int, *, bold: bool = False, italic: bool = False) -> QFont:
    f = QFont()
    f.setPixelSize(max(1, int(px)))
    f.setBold(bold)
    f.setItalic(italic)
    return f


def _option() -> QTextOption:
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    return option


def _layout(text: str, qfont: QFont, width: float) -> QTextLayout:
    layout = QTextLayout(text.replace("\n", "\u2028"), qfont)   # a line break, in a layout
    layout.setTextOption(_option())
    layout.beginLayout()
    y = 0.0
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(max(1.0, width))
        line.setPosition(QPointF(0.0, y))
        y += line.height()
    layout.endLayout()
    return layout


@lru_cache(maxsize=20_000)
def text_height(text: str, px: int, width: float, bold: bool = False,
                italic: bool = False) -> float:
    """Height of `text` wrapped to `width` (one line's height for an empty text)."""
    qfont = font(px, bold=bold, italic=italic)
    if not text:
        return QFontMetricsF(qfont).height()
    layout = _layout(text, qfont, width)
    return layout.boundingRect().height()


@lru_cache(maxsize=20_000)
def text_width(text: str, px: int, bold: bool = False) -> float:
    """Width of `text` on one line (the widest line when it has several)."""
    metrics = QFontMetricsF(font(px, bold=bold))
    return max((metrics.horizontalAdvance(line) for line in text.splitlines() or [""]),
               default=0.0)


@lru_cache(maxsize=20_000)
def last_line(text: str, px: int, width: float, bold: bool = False) -> tuple[float, float]:
    """Where `text` wrapped to `width` ends: its last line's width and top."""
    layout = _layout(text, font(px, bold=bold), width)
    if layout.lineCount() == 0:
        return 0.0, 0.0
    line = layout.lineAt(layout.lineCount() - 1)
    return line.naturalTextWidth(), line.y()


def widest_word(texts: list[str], px: int, bold: bool = False) -> float:
    words = {w for t in texts for w in t.split()}
    return max((text_width(w, px, bold) for w in words), default=0.0)


def line_height(px: int) -> float:
    return QFontMetricsF(font(px)).height()


def piece(text: str, px: int, x: float, y: float, width: float, **style: object) -> Piece:
    """A text box at (x, y), `width` wide and as tall as the text wraps."""
    bold, italic = bool(style.get("bold")), bool(style.get("italic"))
    height = text_height(text, px, width, bold, italic)
    return Piece(QRectF(x, y, width, height), text, px, **style)  # type: ignore[arg-type]


def split_text(text: str, px: int, width: float, height: float, *, bold: bool = False,
               italic: bool = False) -> list[str]:
    """`text` cut between lines into parts that are each at most `height` tall (a paragraph
    longer than a page goes on over the next pages, whole)."""
    return list(_split_text(text, px, width, height, bold, italic))


@lru_cache(maxsize=4096)
def _split_text(text: str, px: int, width: float, height: float, bold: bool,
                italic: bool) -> tuple[str, ...]:
    layout = _layout(text, font(px, bold=bold, italic=italic), width)
    flat = text.replace("\n", "\u2028")
    parts, start, top = [], 0, 0.0
    for number in range(layout.lineCount()):
        line = layout.lineAt(number)
        if line.y() + line.height() - top > height and line.textStart() > start:
            parts.append(flat[start:line.textStart()])
            start, top = line.textStart(), line.y()
    parts.append(flat[start:])
    return tuple(p.replace("\u2028", "\n").strip() for p in parts if p.strip())


def fits(p: Piece) -> bool:
    """The whole text is inside its box (nothing cut, nothing hidden)."""
    need = text_height(p.text, p.px, p.rect.width(), p.bold, p.italic)
    return need <= p.rect.height() + 0.5


# Painting --------------------------------------------------------------------------------------
def paint_page(painter: QPainter, page: Page, origin: QPointF) -> None:
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
    painter.translate(origin)
    for fill in page.fills:
        painter.setPen(QColor(fill.outline) if fill.outline else Qt.PenStyle.NoPen)
        painter.setBrush(QColor(fill.color) if fill.color else Qt.BrushStyle.NoBrush)
        if fill.radius:
            painter.drawRoundedRect(fill.rect, fill.radius, fill.radius)
        else:
            painter.drawRect(fill.rect)
    for p in page.pieces:
        painter.setPen(QColor(p.color))
        layout = _layout(p.text, font(p.px, bold=p.bold, italic=p.italic), p.rect.width())
        dx = 0.0
        if p.center:
            natural = max((layout.lineAt(i).naturalTextWidth() for i in range(layout.lineCount())),
                          default=0.0)
            dx = max(0.0, (p.rect.width() - natural) / 2)
        layout.draw(painter, QPointF(p.rect.x() + dx, p.rect.y()))
    painter.restore()


@dataclass(frozen=True)
class Focus:
    """Where the facilitator is on the laptop: a block, and in it the row, card or action being
    edited (`anchor`) and, for a worksheet with one copy per participant, whose copy."""

    block_id: str
    anchor: str = ""
    participant: int | None = None
