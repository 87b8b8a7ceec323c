"""The workshop as an Excel workbook (openpyxl): one sheet per worksheet, plus actions.

Dates are real dates, the header row is styled and frozen, columns are wide enough to read,
and text a spreadsheet would run as a formula is stored as text. No text can fail the export:
characters XML refuses are dropped (see safe.writable), and a text longer than a spreadsheet
cell holds (32,767 characters) is cut visibly, with its whole text in a "Full text" sheet.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell.cell import Cell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from facilitator.domain.language import ENGLISH, Words
from facilitator.domain.snapshot import WorkshopSnapshot
from facilitator.exports.safe import looks_like_formula, writable
from facilitator.exports.tables import (
    Sheet,
    Value,
    actions_sheet,
    block_sheet,
    meetings_sheet,
    participant_sheet,
)

HEADER_FONT = Font(bold=True, color="FFFFFF")
HEADER_FILL = PatternFill("solid", fgColor="1F4E79")
OVERDUE_FONT = Font(bold=True, color="C00000")
DATE_FORMAT = "mmmm d, yyyy"   # en-US, spelled out: "June 15, 2026" (still a real date)
# Spanish readers write "15 de junio de 2026"; the locale tag ([$-C0A], Spanish) makes Excel and
# LibreOffice spell the month in Spanish whatever language the reader's spreadsheet runs in.
DATE_FORMATS = {"es": '[$-C0A]d "de" mmmm "de" yyyy'}
MIN_WIDTH, MAX_WIDTH = 8, 60
_BAD_SHEET_CHARS = re.compile(r"[\[\]:*?/\\]")
CELL_LIMIT = 32_767          # characters a spreadsheet cell holds (Excel, LibreOffice)
PART = 32_000                # one piece of a long text in the "Full text" sheet
FULL_TEXT_SHEET = "Full text"   # in English; `words` names it in the export's language


def sheets(snapshot: WorkshopSnapshot, today: date, what: str = "all",
           words: Words = ENGLISH) -> list[Sheet]:
    found = [actions_sheet(snapshot, today, words)]
    if what == "all":
        found.append(meetings_sheet(snapshot, words))
        found.append(participant_sheet(snapshot, words))
        for block in snapshot.template.blocks():
            sheet = block_sheet(snapshot, block, words)
            if sheet is not None:
                found.append(sheet)
    return found


def sheet_title(title: str, taken: set[str]) -> str:
    """Excel sheet names: at most 31 characters, no []:*?/\\, unique (case-insensitive)."""
    base = _BAD_SHEET_CHARS.sub(" ", title.replace("/", "-").replace(":", ""))
    base = " ".join(base.split()).strip("'") or "Sheet"

    def cut(text: str, room: int) -> str:
        return text if len(text) <= room else text[:room - 1].rstrip() + "…"

    name, n = cut(base, 31), 2
    while name.lower() in taken:
        suffix = f" ({n})"
        name, n = cut(base, 31 - len(suffix)) + suffix, n + 1
    taken.add(name.lower())
    return name


class LongTexts:
    """Texts too long for one cell: the cell shows the start and says where the rest is."""

    def __init__(self, words: Words = ENGLISH) -> None:
        self.found: list[tuple[str, str, str]] = []   # (sheet, cell, whole text)
        self.next_row = 2                             # in the Full text sheet
        self.words = words
        self.sheet = words.t("Full text")  # FULL_TEXT_SHEET in the export's language

    def cut(self, cell: Cell, text: str) -> str:
        if len(text) <= CELL_LIMIT:
            return text
        parts = -(-len(text) // PART)
        count = f"{len(text):,}"
        if self.words.language != "en":
            count = count.replace(",", ".")  # 42.007: the thousands mark Spanish readers use
        note = " … " + self.words.t(
            "[cut: {count} characters; the whole text is in sheet “{sheet}”, rows "
            "{first}-{last}]", count=count, sheet=self.sheet, first=self.next_row,
            last=self.next_row + parts - 1)
        self.found.append((cell.parent.title, cell.coordinate, text))
        self.next_row += parts
        return text[:CELL_LIMIT - len(note)] + note

    def write(self, book: Workbook, taken: set[str]) -> None:
        if not self.found:
            return
        ws = book.create_sheet()
        ws.title = sheet_title(self.sheet, taken)
        rows: list[tuple[Value, ...]] = []
        t = self.words.t
        for sheet, coordinate, text in self.found:
            pieces = [text[i:i + PART] for i in range(0, len(text), PART)]
            rows += [(sheet, coordinate, t("{number} of {total}", number=n, total=len(pieces)),
                      piece) for n, piece in enumerate(pieces, start=1)]
        write_sheet(ws, Sheet(self.sheet, (t("Sheet"), t("Cell"), t("Part"), t("Text")), rows),
                    date_format=DATE_FORMATS.get(self.words.language, DATE_FORMAT))


def _put(cell: Cell, value: Value, long: LongTexts | None = None,
         date_format: str = DATE_FORMAT) -> None:
    if isinstance(value, str):
        value = writable(value)
        if long is not None:
            value = long.cut(cell, value)
        cell.value = value
        if looks_like_formula(value):
            cell.data_type = "s"  # text, not a formula
        if "\n" in value:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    else:
        cell.value = value
        if isinstance(value, date):
            cell.number_format = date_format


def _width(value: Value) -> int:
    if isinstance(value, date):
        return 18
    text = "" if value is None else str(value)
    return max((len(line) for line in text.splitlines()), default=0)


def write_sheet(ws: Worksheet, sheet: Sheet, long: LongTexts | None = None,
                date_format: str = DATE_FORMAT) -> None:
    for col, header in enumerate(sheet.headers, start=1):
        cell = ws.cell(row=1, column=col)
        _put(cell, header[:255])
        cell.font, cell.fill = HEADER_FONT, HEADER_FILL
        cell.alignment = Alignment(vertical="center", wrap_text=True)
    overdue_col = sheet.overdue_column
    for r, row in enumerate(sheet.rows, start=2):
        for c, value in enumerate(row, start=1):
            _put(ws.cell(row=r, column=c), value, long, date_format)
        if overdue_col is not None and row[overdue_col] is True:
            for c in range(1, len(row) + 1):
                ws.cell(row=r, column=c).font = OVERDUE_FONT
    ws.freeze_panes = "A2"
    for c, header in enumerate(sheet.headers, start=1):
        longest = max([len(header)] + [_width(row[c - 1]) for row in sheet.rows])
        ws.column_dimensions[get_column_letter(c)].width = min(MAX_WIDTH,
                                                               max(MIN_WIDTH, longest + 2))


def write_workbook(snapshot: WorkshopSnapshot, path: str | Path, today: date,
                   what: str = "all", words: Words = ENGLISH) -> None:
    book = Workbook()
    long = LongTexts(words)
    taken: set[str] = {long.sheet.lower()}  # kept for the long texts, if any
    date_format = DATE_FORMATS.get(words.language, DATE_FORMAT)
    for index, sheet in enumerate(sheets(snapshot, today, what, words)):
        ws = book.active if index == 0 else book.create_sheet()
        assert ws is not None
        ws.title = sheet_title(writable(sheet.title), taken)
        write_sheet(ws, sheet, long, date_format)
    taken.discard(long.sheet.lower())
    long.write(book, taken)
    book.properties.title = writable(snapshot.title)[:255]
    book.save(str(path))
