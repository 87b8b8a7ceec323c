"""Parts every projected worksheet is built from: a block's heading, a note, a paragraph, and
records (a table row, an action) whose primary text keeps the width it needs.

Records are laid out as columns when the secondary columns fit beside the primary one at a
readable width; otherwise each record stacks its secondary fields under its primary text
("Owner: Dana · Due: June 15, 2026"). Either way nothing is cut.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRectF

from facilitator.ui.worksheets.kit.projection import (
    ACCENT,
    BAND,
    FLAG,
    HEADING_RATIO,
    INK,
    MUTED,
    RULE,
    Fill,
    Piece,
    Unit,
    line_height,
    piece,
    text_height,
    text_width,
    widest_word,
)

CHECK = "✓"
PRIMARY_SHARE = 0.34   # the primary column never gets less than this share of the width...
PRIMARY_WANT = 0.62    # ... and takes up to this share when its texts are that long
FIELD_MAX = 0.34
HEADER_LINES = 3.5     # column headings taller than this: the rows are stacked instead
SHARED_LINE = 90       # secondary answers up to this many characters share one line


def block_anchor(block_id: str) -> str:
    return f"block:{block_id}"


def heading(text: str, px: int, width: float, *, anchors: tuple[str, ...] = (),
            sub: str = "") -> Unit:
    """A worksheet's title (and a line under it, e.g. whose copy it is); kept with what follows."""
    big = round(px * HEADING_RATIO)
    title = piece(text, big, 0, 0, width, bold=True, color=ACCENT)
    pieces = [title]
    y = title.rect.bottom()
    if sub:
        line = piece(sub, px, 0, y, width, color=MUTED)
        pieces.append(line)
        y = line.rect.bottom()
    return Unit(y + px * 0.2, pieces, [Fill(QRectF(0, y + px * 0.1, width, 2), ACCENT)],
                anchors=anchors, keep_with_next=True)


def paragraph(text: str, px: int, width: float, *, primary: bool = True, italic: bool = False,
              bold: bool = False, color: str = INK, indent: float = 0.0,
              anchors: tuple[str, ...] = (), keep_with_next: bool = False) -> Unit:
    p = piece(text, px, indent, 0, width - indent, primary=primary, italic=italic, bold=bold,
              color=color)
    return Unit(p.rect.height(), [p], anchors=anchors, keep_with_next=keep_with_next)


def paragraphs(text: str, px: int, width: float, **style: object) -> list[Unit]:
    """One unit per paragraph, so that a long text pages between paragraphs."""
    parts = [t.strip() for t in text.split("\n\n") if t.strip()]
    return [paragraph(t, px, width, **style) for t in parts]  # type: ignore[arg-type]


def band(text: str, px: int, width: float, *, anchors: tuple[str, ...] = ()) -> Unit:
    """A group heading across the width (an initiative, a category)."""
    pad = px * 0.3
    p = piece(text, px, pad, pad, width - 2 * pad, bold=True, primary=True)
    height = p.rect.height() + 2 * pad
    return Unit(height, [p], [Fill(QRectF(0, 0, width, height), BAND)], anchors=anchors,
                keep_with_next=True)


def labelled(title: str, value: str) -> str:
    """'Owner: Dana'; a heading that is a question or ends in a colon keeps its own mark."""
    return f"{title} {value}" if title.rstrip().endswith(("?", ":")) else f"{title}: {value}"


@dataclass(frozen=True)
class Record:
    primary: str
    fields: tuple[str, ...] = ()
    anchor: str = ""
    group: str = ""
    flag: str = ""          # a warning said in words (e.g. "Overdue"), shown in red


@dataclass(frozen=True)
class Columns:
    primary: str                      # the primary column's heading ("" for none)
    fields: tuple[str, ...] = ()      # the secondary columns' headings
    checks: frozenset[int] = frozenset()   # fields shown as a tick

    def shown(self, index: int, value: str) -> str:
        if index in self.checks:
            return CHECK if value else ""
        return value


def _widths(columns: Columns, records: list[Record], px: int, width: float
            ) -> list[float] | None:
    """Column widths (primary first) for a side-by-side layout, or None when the secondary
    columns cannot sit beside the primary one at a readable width."""
    pad = px * 0.6
    count = len(columns.fields)
    gaps = pad * count
    primary_texts = [r.primary for r in records] or [""]
    natural = max([text_width(t, px) for t in primary_texts]
                  + [text_width(columns.primary, px, True)]) + 2
    # Short labels ("Great organization") take only what they need; long ones at least a share.
    primary_min = min(width, max(widest_word(primary_texts, px) + 2,
                                 widest_word([columns.primary], px, bold=True) + 2,
                                 min(natural, width * PRIMARY_SHARE)))
    primary_want = max(primary_min, min(natural, width * PRIMARY_WANT))
    mins, wants, naturals = [], [], [natural]
    for i, title in enumerate(columns.fields):
        values = [columns.shown(i, r.fields[i]) for r in records if i < len(r.fields)]
        title_word = widest_word([title], px, bold=True) + 2
        if i in columns.checks:   # a tick: as wide as its heading needs, in two lines or so
            low = max(title_word, px * 2.5)
            mins.append(low)
            wants.append(max(low, min(text_width(title, px, True) / 2 + px, px * 9)))
            naturals.append(wants[-1])
            continue
        low = max(title_word, min(widest_word(values, px) + 2, width * FIELD_MAX), px * 4)
        mins.append(low)
        longest = max([text_width(v, px) for v in values] + [text_width(title, px, True)]) + 2
        wants.append(max(low, min(longest, width * FIELD_MAX)))
        naturals.append(max(low, longest))
    if primary_min + sum(mins) + gaps > width:
        return None
    steps = 3 if primary_want - primary_min > px else 0
    tries = [_share(primary_min + (primary_want - primary_min) * k / max(1, steps), mins, wants,
                    naturals, width - gaps, columns.checks) for k in range(steps + 1)]
    # The split that makes the rows shortest; on a tie, the widest primary column.
    return min(reversed(tries), key=lambda w: _height(columns, records, w, px))


def _share(primary: float, mins: list[float], wants: list[float], naturals: list[float],
           room: float, checks: frozenset[int]) -> list[float]:
    """Widths with the primary column at `primary`: the secondary columns get what they ask
    for, then what their longest text needs; anything left goes back to the text columns."""
    widths = [min(primary, room - sum(mins)), *mins]
    spare = room - sum(widths)
    for targets in (wants, naturals[1:]):
        asks = [max(0.0, t - w) for t, w in zip(targets, widths[1:], strict=True)]
        if spare <= 0 or sum(asks) <= 0:
            continue
        share = min(1.0, spare / sum(asks))
        for i, ask in enumerate(asks):
            widths[i + 1] += ask * share
        spare -= sum(asks) * share
    if spare > 0:
        widths[0] += spare
    return widths


def _height(columns: Columns, records: list[Record], widths: list[float], px: int) -> float:
    total = max(text_height(t, px, w, True)
                for t, w in zip((columns.primary, *columns.fields), widths, strict=True))
    for record in records:
        values = (record.primary, *(columns.shown(i, v) for i, v in enumerate(record.fields)))
        total += max(text_height(v, px, w) for v, w in zip(values, widths, strict=False))
    return round(total / px)   # in lines: a pixel or two is a tie


def _header(columns: Columns, widths: list[float], px: int, width: float) -> Unit:
    pad = px * 0.6
    x, pieces = 0.0, []
    for title, w in zip((columns.primary, *columns.fields), widths, strict=True):
        pieces.append(piece(title, px, x, 0, w, bold=True, color=MUTED))
        x += w + pad
    height = max(p.rect.height() for p in pieces) + px * 0.2
    return Unit(height, pieces, [Fill(QRectF(0, height - 2, width, 2), MUTED)],
                keep_with_next=True)


def _wide_row(record: Record, columns: Columns, widths: list[float], px: int,
              width: float) -> Unit:
    pad = px * 0.6
    top = px * 0.25
    pieces = [piece(record.primary, px, 0, top, widths[0], primary=True)]
    x = widths[0] + pad
    for i, w in enumerate(widths[1:]):
        value = columns.shown(i, record.fields[i] if i < len(record.fields) else "")
        pieces.append(piece(value, px, x, top, w, center=i in columns.checks, color=INK))
        x += w + pad
    if record.flag:
        last = pieces[-1]
        pieces.append(piece(record.flag, px, last.rect.x(), last.rect.bottom(),
                            last.rect.width(), bold=True, color=FLAG))
    height = max(p.rect.bottom() for p in pieces) + top
    return Unit(height, pieces, [Fill(QRectF(0, height - 1, width, 1), RULE)],
                anchors=(record.anchor,) if record.anchor else (),
                restack=lambda: _one_by_one(record, columns, px, width))


def _one_by_one(record: Record, columns: Columns, px: int, width: float) -> list[Unit]:
    """A record too tall for a page: its primary text, then each answer under its column's
    title, one text per unit (a page may then fall between them, or inside a long one)."""
    indent = px * 1.2
    units = [paragraph(record.primary, px, width, bold=True,
                       anchors=(record.anchor,) if record.anchor else ())]
    for i, title in enumerate(columns.fields):
        value = record.fields[i] if i < len(record.fields) else ""
        if value:
            text = f"{CHECK} {title}" if i in columns.checks else labelled(title, value)
            units.append(paragraph(text, px, width, primary=False, indent=indent))
    if record.flag:
        units.append(paragraph(record.flag, px, width, primary=False, bold=True, color=FLAG,
                               indent=indent))
    return units


def _stacked_row(record: Record, columns: Columns, px: int, width: float) -> Unit:
    top = px * 0.25
    indent = px * 1.2
    pieces = [piece(record.primary, px, 0, top, width, primary=True, bold=True)]
    parts = []
    for i, title in enumerate(columns.fields):
        value = record.fields[i] if i < len(record.fields) else ""
        if not value:
            continue
        parts.append(f"{CHECK} {title}" if i in columns.checks else labelled(title, value))
    y = pieces[0].rect.bottom()
    # Short answers share a line ("Owner: Dana  ·  Due: June 15"); long ones get one each.
    lines = ["  ·  ".join(parts)] if sum(len(p) for p in parts) <= SHARED_LINE else parts
    for line in filter(None, lines):
        details = piece(line, px, indent, y, width - indent, color=MUTED)
        pieces.append(details)
        y = details.rect.bottom()
    if record.flag:
        flag = piece(record.flag, px, indent, y, width - indent, bold=True, color=FLAG)
        pieces.append(flag)
        y = flag.rect.bottom()
    height = y + top
    return Unit(height, pieces, [Fill(QRectF(0, height - 1, width, 1), RULE)],
                anchors=(record.anchor,) if record.anchor else (),
                restack=lambda: _one_by_one(record, columns, px, width))


def records(columns: Columns, rows: list[Record], px: int, width: float, *,
            anchors: tuple[str, ...] = ()) -> list[Unit]:
    """Rows of records, side by side when they fit, stacked otherwise; group headings as bands.
    A page that continues the rows repeats the column headings."""
    if not rows:
        return []
    widths = _widths(columns, rows, px, width) if columns.fields else [width]
    units: list[Unit] = []
    header = None
    if widths is not None and columns.fields:
        header = _header(columns, widths, px, width)
        if header.height > HEADER_LINES * line_height(px):   # headings that are questions:
            widths, header = None, None                       # each answer under its question
        else:
            header.anchors = anchors
            units.append(header)
    group = None
    for record in rows:
        if record.group and record.group != group:
            units.append(band(record.group, px, width))
        group = record.group
        if widths is not None:
            units.append(_wide_row(record, columns, widths, px, width))
        else:
            units.append(_stacked_row(record, columns, px, width))
    if header is not None:
        units[0].header = header
        units[-1].ends_run = True
    elif anchors:
        units[0].anchors = (*units[0].anchors, *anchors)
    return units


def primary_pieces(units: list[Unit]) -> list[Piece]:
    return [p for u in units for p in u.pieces if p.primary]
