"""Worksheet tables of any column types, blank (packet) or filled (summary).

Blank rows are tall enough to write in by hand; check boxes are drawn boxes; choice columns
print as tick-boxes. Tables split across pages (even inside a very long cell) and repeat
their header rows on every page.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Spacer, Table

from facilitator.domain.actions import deadline_date
from facilitator.domain.cells import cell_text, shown_text
from facilitator.domain.language import ENGLISH, Words
from facilitator.domain.snapshot import CellValue, TableRowData
from facilitator.domain.template import Column, ColumnType, Row, TableBlock
from facilitator.handouts.flowables import CheckBox
from facilitator.handouts.fonts import BOLD, REGULAR
from facilitator.handouts.rtl import TextParagraph as Paragraph
from facilitator.handouts.style import (
    ACCENT_LIGHT,
    BOX,
    GRID_LINE,
    RULE,
    TICKED,
    TINT,
    Styles,
    esc,
    table_style,
)

PAD = 5.0
LIST_MARK = re.compile(r"[•·*\-–]\s+")   # a line that starts as a list item
FLAG_MARKS = ("†", "‡", "§", "¶", "#")
LONG_CHOICE = 16  # choices longer than this print as a lettered code with a legend
WIDE_COLUMNS = 6  # tables with this many columns (row labels included) go on landscape pages

# Minimum row heights in the packet: room to write by hand.
ROW_TEXT = 0.42 * inch
ROW_LONG = 0.95 * inch
ROW_TICK = 0.3 * inch
ROW_ROOMY = 1.5 * inch


def is_wide(block: TableBlock) -> bool:
    return len(block.columns) + (1 if _has_label_column(block) else 0) >= WIDE_COLUMNS


def _has_label_column(block: TableBlock) -> bool:
    return not block.open_rows and (bool(block.row_header) or any(r.label for r in block.rows))


@dataclass
class ChoiceCodes:
    """Short forms for long answer choices, and the legend that explains them."""
    codes: dict[str, str]

    @classmethod
    def of(cls, block: TableBlock) -> ChoiceCodes:
        codes: dict[str, str] = {}
        for column in block.columns:
            if column.type is not ColumnType.CHOICE:
                continue  # multiple choice prints one choice per line, in full
            for choice in column.choices:
                if len(choice) > LONG_CHOICE and choice not in codes:
                    codes[choice] = f"({chr(ord('a') + len(codes) % 26)})"
        return cls(codes)

    def short(self, choice: str) -> str:
        return self.codes.get(choice, choice)


def _weight(block: TableBlock, column: Column) -> float:
    values = [len(r.values.get(column.id, "")) for r in block.rows if r.values.get(column.id)]
    if values:
        return min(3.2, max(1.4, sum(values) / len(values) / 35))
    kind = column.type
    if kind is ColumnType.CHOICE:
        return min(2.4, max(0.9, 0.085 * sum(min(len(c), LONG_CHOICE) + 3
                                             for c in column.choices)))
    return {ColumnType.LONGTEXT: 2.6, ColumnType.TEXT: 1.6, ColumnType.PERSON: 1.3,
            ColumnType.DATE: 1.0, ColumnType.NUMBER: 0.8, ColumnType.CHECKBOX: 0.8,
            ColumnType.MULTICHOICE: 2.0}[kind]


def _label_weight(block: TableBlock) -> float:
    labels = [len(r.label) for r in block.rows] or [len(block.row_header)]
    return min(3.6, max(1.3, sum(labels) / len(labels) / 22))


def _longest_word(text: str, font: str = BOLD, size: float = 8) -> float:
    words = text.split() or [""]
    return max(stringWidth(word, font, size) for word in words) + 2 * PAD + 2


def column_widths(block: TableBlock, width: float) -> list[float]:
    """Widths by content weight, then widened so no header word has to break mid-word."""
    weights = ([_label_weight(block)] if _has_label_column(block) else []) + \
        [_weight(block, c) for c in block.columns]
    total = sum(weights)
    widths = [width * w / total for w in weights]
    labels = ([block.row_header] if _has_label_column(block) else []) + \
        [c.label for c in block.columns]
    # Longest unbreakable word per column: row labels print bold, fixed values regular.
    values = ([(" ".join(r.label for r in block.rows), BOLD)] if _has_label_column(block)
              else []) + \
        [(" ".join(r.values.get(c.id, "") for r in block.rows), REGULAR) for c in block.columns]
    floors = [min(max(_longest_word(label), _longest_word(value, font, 8.5)),
                  1.3 * width / len(widths))
              for label, (value, font) in zip(labels, values, strict=True)]
    short = sum(max(0.0, f - w) for f, w in zip(floors, widths, strict=True))
    spare = [max(0.0, w - f) for f, w in zip(floors, widths, strict=True)]
    if short > 0 and sum(spare) > 0:
        # Take the shortfall from the columns with room to spare, in proportion to it.
        take = min(1.0, short / sum(spare))
        widths = [max(f, w - sp * take) for f, w, sp in zip(floors, widths, spare, strict=True)]
    scale = width / sum(widths)
    return [w * scale for w in widths]


def _min_height(block: TableBlock) -> float:
    kinds = {c.type for c in block.columns}
    if ColumnType.LONGTEXT in kinds or ColumnType.MULTICHOICE in kinds:
        # A few big questions get a generous writing space; long forms stay compact.
        return ROW_ROOMY if block.fixed and len(block.rows) <= 4 else ROW_LONG
    if kinds - {ColumnType.CHECKBOX, ColumnType.CHOICE}:
        return ROW_TEXT
    return ROW_TICK


def _row_height(row: Row | None, default: float) -> float:
    """A form field such as 'Date:' or 'Name:' needs one line, not a paragraph's room."""
    label = row.label.strip() if row is not None else ""
    if len(label) <= 16 and re.fullmatch(r"[^\s:]+:", label):  # one word: a form field
        return min(default, ROW_TEXT)
    return default


def _blank_cell(column: Column, hint: str, st: Styles, codes: ChoiceCodes, width: float,
                min_height: float, first: bool) -> Flowable | list[Flowable] | str:
    if column.type is ColumnType.CHECKBOX:
        return CheckBox(False, 12)
    if column.type is ColumnType.CHOICE:
        return Paragraph("&nbsp;&nbsp; ".join(f"{BOX}&nbsp;{esc(codes.short(c))}"
                                              for c in column.choices), st.cell)
    if column.type is ColumnType.MULTICHOICE:  # one per line, wrapped lines hang indented
        return [Paragraph(esc(c), st.cell_tick, bulletText=BOX) for c in column.choices]
    hint = hint or (column.hint if first else "")  # a column's hint once, not on every row
    if not hint:
        return Spacer(1, min_height - 2 * PAD)
    note = Paragraph(esc(hint), st.hint)
    _, used = note.wrap(width - 2 * PAD, 10_000)
    return [note, Spacer(1, max(0.0, min_height - 2 * PAD - used))]


def _fixed_cell(text: str, st: Styles) -> Paragraph:
    """Printed reference text in a cell; several lines read as a list."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if len(lines) > 1:
        # Lines that carry their own bullet keep one (never "• •"); when some do, the others
        # are lead-in sentences and print without one.
        marked = any(LIST_MARK.match(line) for line in lines)
        out = []
        for line in lines:
            mark = LIST_MARK.match(line)
            if mark:
                out.append(f"•&nbsp;{esc(line[mark.end():])}")
            else:
                out.append(esc(line) if marked else f"•&nbsp;{esc(line)}")
        return Paragraph("<br/>".join(out), st.cell)
    return Paragraph(esc(text), st.cell)


def _filled_cell(column: Column, value: CellValue, st: Styles,
                 words: Words) -> Flowable | list[Flowable] | str:
    term = words.term
    if column.type is ColumnType.CHECKBOX:
        return CheckBox(value is True, 11)
    if column.type is ColumnType.MULTICHOICE and isinstance(value, list):
        return [Paragraph(esc(term(v)), st.cell_tick, bulletText=TICKED) for v in value]
    if column.type is ColumnType.DATE:
        due = deadline_date(cell_text(value))  # spelled out, in the document's language
        text = words.date(due) if due is not None else cell_text(value)
    else:
        text = shown_text(column, value)
    if column.type is ColumnType.CHOICE:
        text = term(text)  # a choice is the template's word, printed in the document's
    return Paragraph(esc(text), st.cell) if text else ""


HEAD_MIN_SIZE = 5.5


def head_cell(label: str, st: Styles, width: float) -> Paragraph:
    """A column heading whose longest word fits its column: the heading's type shrinks (down
    to 5.5 pt) rather than break a word such as 'Para-professional' in the middle."""
    style = st.cell_head
    room = width - 2 * PAD - 1
    widest = max((stringWidth(word, BOLD, style.fontSize) for word in label.split()), default=0)
    if widest > room > 0:
        size = max(HEAD_MIN_SIZE, style.fontSize * room / widest)
        style = ParagraphStyle(f"{style.name}-{size:.2f}", parent=style, fontSize=size,
                               leading=size * style.leading / style.fontSize)
    return Paragraph(esc(label), style)


def _header_rows(block: TableBlock, st: Styles,
                 widths: Sequence[float]) -> tuple[list[list[object]], list[tuple]]:
    """One header row, or two when columns are grouped under a spanning heading."""
    label_col = _has_label_column(block)
    offset = 1 if label_col else 0
    grouped = any(c.group for c in block.columns)
    head = [head_cell(block.row_header, st, widths[0])] if label_col else []
    if not grouped:
        return [head + [head_cell(c.label, st, widths[i + offset])
                        for i, c in enumerate(block.columns)]], []
    top: list[object] = list(head)
    bottom: list[object] = [""] * offset
    spans: list[tuple] = []
    if label_col:
        spans.append(("SPAN", (0, 0), (0, 1)))
    index = 0
    columns = block.columns
    while index < len(columns):
        column = columns[index]
        col = index + offset
        if not column.group:
            top.append(head_cell(column.label, st, widths[col]))
            bottom.append("")
            spans.append(("SPAN", (col, 0), (col, 1)))
            index += 1
            continue
        end = index
        while end + 1 < len(columns) and columns[end + 1].group == column.group:
            end += 1
        top.append(head_cell(column.group, st, sum(widths[col:end + offset + 1])))
        top.extend([""] * (end - index))
        bottom.extend(head_cell(c.label, st, widths[i + offset])
                      for i, c in enumerate(columns[index:end + 1], start=index))
        if end > index:
            spans.append(("SPAN", (col, 0), (end + offset, 0)))
        index = end + 1
    return [top, bottom], spans


def worksheet_table(block: TableBlock, st: Styles, width: float,
                    rows: Sequence[TableRowData] | None = None,
                    words: Words = ENGLISH) -> list[Flowable]:
    """The table, blank when `rows` is None, followed by its legends (flags, choice codes)."""
    codes = ChoiceCodes.of(block)
    if not block.columns and not _has_label_column(block):
        return []  # nothing to draw (a template may define a table with no columns yet)
    widths = column_widths(block, width)
    label_col = _has_label_column(block)
    offset = 1 if label_col else 0
    header, style = _header_rows(block, st, widths)
    data: list[list[object]] = list(header)
    n_cols = len(widths)
    flags = {flag: FLAG_MARKS[i % len(FLAG_MARKS)] for i, flag in enumerate(block.row_flags)}
    min_height = _min_height(block)
    group_rows: list[int] = []
    tick_cols = [i + offset for i, c in enumerate(block.columns)
                 if c.type is ColumnType.CHECKBOX]

    template_rows = {r.id: r for r in block.rows}
    if rows is None:
        blank = list(block.rows) if not block.open_rows else [None] * (block.min_rows or 5)
        entries = [(r, None) for r in blank]
    else:
        entries = [(template_rows.get(r.key), r) for r in rows]

    last_group = ""
    for position, (template_row, captured) in enumerate(entries):
        if template_row is not None and template_row.group and template_row.group != last_group:
            group_rows.append(len(data))
            data.append([Paragraph(esc(template_row.group), st.cell_group)]
                        + [""] * (n_cols - 1))
        last_group = template_row.group if template_row is not None else last_group
        line: list[object] = []
        if label_col:
            label = template_row.label if template_row is not None else \
                (captured.label if captured else "")
            marks = "".join(flags[f] for f in (template_row.flags if template_row else ())
                            if f in flags)
            line.append(Paragraph(esc(label) + (f"&nbsp;{marks}" if marks else ""),
                                  st.cell_bold if rows is None else st.cell))
        for index, column in enumerate(block.columns):
            fixed = template_row.values.get(column.id, "") if template_row is not None else ""
            if fixed:
                line.append(_fixed_cell(fixed, st))
            elif captured is None:
                hint = template_row.hints.get(column.id, "") if template_row is not None else ""
                line.append(_blank_cell(column, hint, st, codes, widths[index + offset],
                                        _row_height(template_row, min_height),
                                        first=position == 0))
            else:
                line.append(_filled_cell(column, captured.cells.get(column.id), st, words))
        data.append(line)

    heads = len(header)
    commands: list[tuple] = [
        ("BACKGROUND", (0, 0), (-1, heads - 1), ACCENT_LIGHT),
        ("VALIGN", (0, 0), (-1, heads - 1), "BOTTOM"),
        ("VALIGN", (0, heads), (-1, -1), "TOP"),
        ("INNERGRID", (0, 0), (-1, -1), 0.5, GRID_LINE),
        ("BOX", (0, 0), (-1, -1), 0.9, RULE),
        ("LINEBELOW", (0, heads - 1), (-1, heads - 1), 0.9, RULE),
        ("LEFTPADDING", (0, 0), (-1, -1), PAD),
        ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
        ("TOPPADDING", (0, 0), (-1, -1), PAD),
        ("BOTTOMPADDING", (0, 0), (-1, -1), PAD),
        *style,
    ]
    for col in tick_cols:
        commands.append(("VALIGN", (col, heads), (col, -1), "MIDDLE"))
    for row in group_rows:
        commands += [("SPAN", (0, row), (-1, row)), ("BACKGROUND", (0, row), (-1, row), TINT)]
    table = Table(data, colWidths=widths, repeatRows=heads, splitInRow=1, splitByRow=1,
                  hAlign="LEFT")
    table.setStyle(table_style(commands))

    out: list[Flowable] = [table]
    legend = [f"{mark}&nbsp;{esc(block.row_flags[flag])}" for flag, mark in flags.items()]
    legend += [f"{code}&nbsp;{esc(choice)}" for choice, code in codes.codes.items()]
    if legend:
        out.append(Spacer(1, 3))
        out.extend(Paragraph(line, st.muted) for line in legend)
    return out


def simple_table(header: Sequence[str], body: Sequence[Sequence[object]], widths: Sequence[float],
                 st: Styles, *, row_height: float | None = None,
                 center_cols: Sequence[int] = ()) -> Table:
    """A plain captured-data table (actions, ideas, tallies); strings are user text."""
    def cell(value: object) -> object:
        if isinstance(value, str):
            return Paragraph(esc(value), st.cell) if value else ""
        return value

    data: list[list[object]] = [[Paragraph(esc(h), st.cell_head) for h in header]]
    data += [[cell(v) for v in row] for row in body]
    heights = None
    if row_height is not None:
        heights = [None] + [row_height] * len(body)
    table = Table(data, colWidths=list(widths), rowHeights=heights, repeatRows=1, splitInRow=1,
                  hAlign="LEFT")
    commands: list[tuple] = [
        ("BACKGROUND", (0, 0), (-1, 0), ACCENT_LIGHT),
        ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
        ("VALIGN", (0, 1), (-1, -1), "TOP"),
        ("INNERGRID", (0, 0), (-1, -1), 0.5, GRID_LINE),
        ("BOX", (0, 0), (-1, -1), 0.9, RULE),
        ("LINEBELOW", (0, 0), (-1, 0), 0.9, RULE),
        ("LEFTPADDING", (0, 0), (-1, -1), PAD),
        ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
        ("TOPPADDING", (0, 0), (-1, -1), PAD),
        ("BOTTOMPADDING", (0, 0), (-1, -1), PAD),
    ]
    for col in center_cols:
        commands.append(("ALIGN", (col, 0), (col, -1), "CENTER"))
    table.setStyle(table_style(commands))
    return table
