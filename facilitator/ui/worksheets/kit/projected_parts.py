"""Parts every projected worksheet is built from: a block's heading, a note, a paragraph, and
records (a table row, an action) whose primary text keeps the width it needs.

Records are laid out as columns when the secondary columns fit beside the primary one at a
readable width; otherwise each record stacks its secondary fields under its primary text
("Owner: Dana · Due: June 15, 2026"). Either way nothing is cut.

A tick box never takes a column: a column of ticks, headed by its question in three lines,
left the actions a narrow column and the room two actions a screen. A ticked box is a mark
after the record's primary text, in words ("✓ The district does this"), so the text keeps the
width and a tick reads without colour; a box left empty shows nothing.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

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
    last_line,
    line_height,
    list_key,
    piece,
    text_height,
    text_width,
    widest_word,
)

CHECK = "✓"
TICK_FILL = "#dbeafe"   # behind a tick's words: the words and the mark carry it, not the colour
PRIMARY_SHARE = 0.34   # the primary column never gets less than this share of the width...
PRIMARY_WANT = 0.62    # ... and takes up to this share when its texts are that long
FIELD_MAX = 0.34
HEADER_LINES = 3.5     # column headings taller than this: the rows are stacked instead
GUTTER = 1.6          # a tick box's column, in body sizes
ROW_LINES = 10         # ... and so are they when a row would be taller than this
ROW_PAD = 0.15         # above and under a record's texts, in body sizes
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
              anchors: tuple[str, ...] = (), keep_with_next: bool = False,
              once: str = "") -> Unit:
    p = piece(text, px, indent, 0, width - indent, primary=primary, italic=italic, bold=bold,
              color=color)
    return Unit(p.rect.height(), [p], anchors=anchors, keep_with_next=keep_with_next,
                once=once)


def paragraphs(text: str, px: int, width: float, **style: object) -> list[Unit]:
    """One unit per paragraph, so that a long text pages between paragraphs."""
    parts = [t.strip() for t in text.split("\n\n") if t.strip()]
    return [paragraph(t, px, width, **style) for t in parts]  # type: ignore[arg-type]


def band(text: str, px: int, width: float, *, anchors: tuple[str, ...] = ()) -> Unit:
    """A group heading across the width (an initiative, a category)."""
    pad = px * 0.2
    p = piece(text, px, pad, pad, width - 2 * pad, bold=True, primary=True)
    height = p.rect.height() + 2 * pad
    return Unit(height, [p], [Fill(QRectF(0, 0, width, height), BAND)], anchors=anchors,
                keep_with_next=True, tight=True)


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
    ticks: tuple[str, ...] = ()   # the titles of its ticked boxes


@dataclass(frozen=True)
class Columns:
    primary: str                      # the primary column's heading ("" for none)
    fields: tuple[str, ...] = ()      # the secondary columns' headings
    checks: frozenset[int] = frozenset()   # fields that are tick boxes

    def without_checks(self, rows: list[Record]) -> tuple[Columns, list[Record]]:
        """The columns and records with each ticked box moved to its record's `ticks`."""
        if not self.checks:
            return self, rows
        kept = [i for i in range(len(self.fields)) if i not in self.checks]
        boxes = sorted(self.checks)

        def value(record: Record, i: int) -> str:
            return record.fields[i] if i < len(record.fields) else ""

        moved = [replace(r, fields=tuple(value(r, i) for i in kept),
                         ticks=tuple(self.fields[i] for i in boxes if value(r, i)))
                 for r in rows]
        return Columns(self.primary, tuple(self.fields[i] for i in kept)), moved


def tick_label(title: str) -> str:
    return f"{CHECK} {title}"


def _ticks(first: Piece, ticks: tuple[str, ...], px: int) -> tuple[list[Piece], list[Fill]]:
    """A record's ticked boxes as marks after its primary text `first`: on its last line when
    they fit there, else on lines under it, within the primary text's width."""
    if not ticks:
        return [], []
    pad, gap, height = px * 0.3, px * 0.5, line_height(px)
    left, right = first.rect.x(), first.rect.right()
    end, top = last_line(first.text, first.px, first.rect.width(), first.bold)
    x, y = left + end + gap, first.rect.y() + top
    pieces, fills = [], []
    for title in ticks:
        label = tick_label(title)
        wide = min(right - left, text_width(label, px, True) + 2 * pad + 2)
        if x + wide > right + 0.5 and x > left:
            x, y = left, y + height + px * 0.15
        mark = piece(label, px, x + pad, y, wide - 2 * pad, bold=True, color=ACCENT)
        pieces.append(mark)
        fills.append(Fill(QRectF(x, y, wide, mark.rect.height()), TICK_FILL, radius=px * 0.25,
                          outline=ACCENT))
        x += wide + gap
        y = max(y, mark.rect.bottom() - height)   # a mark that wrapped: go on under it
    return pieces, fills


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
        values = [r.fields[i] for r in records if i < len(r.fields)]
        title_word = widest_word([title], px, bold=True) + 2
        low = max(title_word, min(widest_word(values, px) + 2, width * FIELD_MAX), px * 4)
        mins.append(low)
        longest = max([text_width(v, px) for v in values] + [text_width(title, px, True)]) + 2
        wants.append(max(low, min(longest, width * FIELD_MAX)))
        naturals.append(max(low, longest))
    if primary_min + sum(mins) + gaps > width:
        return None
    steps = 3 if primary_want - primary_min > px else 0
    tries = [_share(primary_min + (primary_want - primary_min) * k / max(1, steps), mins, wants,
                    naturals, width - gaps) for k in range(steps + 1)]
    # The split that makes the rows shortest; on a tie, the widest primary column.
    return min(reversed(tries), key=lambda w: _height(columns, records, w, px))


def _share(primary: float, mins: list[float], wants: list[float], naturals: list[float],
           room: float) -> list[float]:
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
        values = (record.primary, *record.fields)
        total += max(text_height(v, px, w) for v, w in zip(values, widths, strict=False))
        total += line_height(px) * bool(record.ticks)   # marks that may need a line
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
              width: float, listed: str = "") -> Unit:
    pad = px * 0.6
    top = px * ROW_PAD
    first = piece(record.primary, px, 0, top, widths[0], primary=True)
    marks, fills = _ticks(first, record.ticks, px)
    pieces = [first, *marks]
    x = widths[0] + pad
    for i, w in enumerate(widths[1:]):
        value = record.fields[i] if i < len(record.fields) else ""
        pieces.append(piece(value, px, x, top, w, color=INK))
        x += w + pad
    if record.flag:
        last = pieces[-1]
        pieces.append(piece(record.flag, px, last.rect.x(), last.rect.bottom(),
                            last.rect.width(), bold=True, color=FLAG))
    height = max(p.rect.bottom() for p in pieces) + top
    return Unit(height, pieces, [*fills, Fill(QRectF(0, height - 1, width, 1), RULE)],
                anchors=(record.anchor,) if record.anchor else (), entries=1, tight=True,
                listed=listed,
                restack=lambda: _one_by_one(record, columns, px, width))


def _one_by_one(record: Record, columns: Columns, px: int, width: float) -> list[Unit]:
    """A record too tall for a page: its primary text, then each answer under its column's
    title, one text per unit (a page may then fall between them, or inside a long one)."""
    indent = px * 1.2
    units = [paragraph(record.primary, px, width, bold=True,
                       anchors=(record.anchor,) if record.anchor else (), keep_with_next=True)]
    texts = [labelled(title, value) for title, value in zip(columns.fields, record.fields,
                                                              strict=False) if value]
    for text in [*texts, *(tick_label(t) for t in record.ticks)]:
        units.append(paragraph(text, px, width, primary=False, indent=indent))
    if record.flag:
        units.append(paragraph(record.flag, px, width, primary=False, bold=True, color=FLAG,
                               indent=indent))
    units[-1].keep_with_next = False
    return units


def _stacked_row(record: Record, columns: Columns, px: int, width: float,
                 listed: str = "") -> Unit:
    top = px * ROW_PAD
    indent = px * 1.2
    first = piece(record.primary, px, 0, top, width, primary=True, bold=True)
    marks, fills = _ticks(first, record.ticks, px)
    pieces = [first, *marks]
    parts = [labelled(title, value) for title, value in zip(columns.fields, record.fields,
                                                            strict=False) if value]
    y = max(p.rect.bottom() for p in pieces)
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
    return Unit(height, pieces, [*fills, Fill(QRectF(0, height - 1, width, 1), RULE)],
                anchors=(record.anchor,) if record.anchor else (), entries=1, tight=True,
                listed=listed,
                flows=True,
                restack=lambda: _one_by_one(record, columns, px, width))


def _box(x: float, y: float, px: int, ticked: bool) -> tuple[list[Piece], list[Fill]]:
    """A tick box at (x, y) on a line of `px` text: a dark square, a tick in it when ticked."""
    side = px * 0.95
    top = y + (line_height(px) - side) / 2
    edge = max(2.0, px / 12)
    fills = [Fill(QRectF(x, top, side, side), INK, radius=px * 0.12),
             Fill(QRectF(x + edge, top + edge, side - 2 * edge, side - 2 * edge), "#ffffff",
                  radius=px * 0.08)]
    pieces = [piece(CHECK, px, x, y, side, bold=True, color=INK, center=True)] if ticked else []
    return pieces, fills


def _boxed(unit: Unit, ticked: bool, px: int, gutter: float) -> Unit:
    """`unit` (a record laid out `gutter` narrower) moved right, its tick box before it."""
    pieces, fills = unit.moved(gutter, 0.0)
    first = unit.pieces[0]
    marks, boxes = _box(0.0, first.rect.y(), px, ticked)
    unit.pieces, unit.fills = [*pieces, *marks], [*boxes, *fills]
    return unit


def _legend(title: str, px: int, width: float, gutter: float,
            below: Unit | None) -> Unit:
    """What a ticked box means ("[✓] Relevant to our district"), over the column headings
    when there are any; repeated at the top of each page of the rows."""
    text = piece(title, px, gutter, 0, width - gutter, bold=True, color=MUTED)
    marks, boxes = _box(0.0, 0.0, px, True)
    pieces, fills, height = [text, *marks], boxes, text.rect.bottom() + px * 0.2
    if below is not None:   # the column headings, laid out for the rows beside the boxes
        moved, lines = below.moved(gutter, height)
        pieces, fills, height = pieces + moved, fills + lines, height + below.height
    else:
        fills.append(Fill(QRectF(0, height - 2, width, 2), MUTED))
    legend = Unit(height, pieces, fills, keep_with_next=True)
    legend.header = legend   # a page that goes on with the rows starts with it
    return legend


def records(columns: Columns, rows: list[Record], px: int, width: float, *,
            anchors: tuple[str, ...] = ()) -> list[Unit]:
    """Rows of records, side by side when they fit, stacked otherwise; group headings as bands.
    A page that continues the rows repeats the column headings.

    A table with one tick box: a box before each record (ticked or empty, as on paper) and,
    above the rows, what a ticked box means. Several tick boxes: each ticked one as words
    after the record's text (see `_ticks`)."""
    if not rows:
        return []
    box = columns.fields[min(columns.checks)] if len(columns.checks) == 1 else ""
    columns, rows = columns.without_checks(rows)
    ticked = [bool(r.ticks) for r in rows]
    gutter = px * GUTTER if box else 0.0
    if box:
        full, rows = rows, [replace(r, ticks=()) for r in rows]
    units = _rows(columns, rows, px, width - gutter, width, anchors=anchors)
    if not box:
        return units
    header = units[0].header
    legend = _legend(box, px, width, gutter, header)
    by_row = iter(zip(full, ticked, strict=True))
    out: list[Unit] = [legend]
    for unit in units:
        if unit is header:
            continue
        if unit.entries:
            record, tick = next(by_row)
            unit = _boxed(unit, tick, px, gutter)
            unit.restack = lambda r=record: _one_by_one(r, columns, px, width)
        out.append(unit)
    legend.anchors = header.anchors if header is not None else ()
    out[-1].ends_run = True
    return out


def _rows(columns: Columns, rows: list[Record], px: int, width: float, full: float, *,
          anchors: tuple[str, ...] = ()) -> list[Unit]:
    """The records laid out `width` wide (the page's `full` width less any tick boxes); group
    bands across the `full` width."""
    listed = list_key()
    widths = _widths(columns, rows, px, width) if columns.fields else [width]
    units: list[Unit] = []
    header = None
    if widths is not None and columns.fields:
        header = _header(columns, widths, px, width)
        tallest = max(_wide_row(r, columns, widths, px, width).height for r in rows)
        if header.height > HEADER_LINES * line_height(px) or \
                tallest > ROW_LINES * line_height(px):
            # Headings that are questions, or answers that are pages long: each answer under
            # its question (a row of columns half a screen tall is cut over pages anyway).
            widths, header = None, None
        else:
            header.anchors = anchors
            units.append(header)
    group = None
    for record in rows:
        if record.group and record.group != group:
            units.append(band(record.group, px, full))
        group = record.group
        if widths is not None:
            units.append(_wide_row(record, columns, widths, px, width, listed))
        else:
            units.append(_stacked_row(record, columns, px, width, listed))
    if header is not None:
        units[0].header = header
        units[-1].ends_run = True
    elif anchors:
        units[0].anchors = (*units[0].anchors, *anchors)
    return units


def primary_pieces(units: list[Unit]) -> list[Piece]:
    return [p for u in units for p in u.pieces if p.primary]
