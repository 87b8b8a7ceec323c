"""Text typed or pasted into a cell, turned into the value its column stores.

Spreadsheets hand us tab-separated text; this is where "x" becomes a ticked checkbox, "yes"
matches the choice "Yes" and 3/14/2026 becomes 2026-03-14. Anything still wrong is reported by
`check_cell` with a message the user can act on.
"""

from __future__ import annotations

import csv
import io
import re
from datetime import date

from PySide6.QtCore import QCoreApplication

from facilitator.domain.cells import CellError, cell_text, check_cell
from facilitator.domain.snapshot import CellValue
from facilitator.domain.template import Column, ColumnType

TRUE_WORDS = {"yes", "y", "true", "x", "1", "✓", "✔", "checked", "ticked", "sí", "si"}
FALSE_WORDS = {"", "no", "n", "false", "0", "-", "unchecked"}
US_DATE = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4})$")


def _choice(column: Column, text: str) -> str:
    for choice in column.choices:
        if choice.casefold() == text.casefold():
            return choice
    return text  # check_cell names the allowed choices


def parse_date(text: str) -> str:
    """ISO dates pass through; US school dates (M/D/YYYY) are converted."""
    match = US_DATE.match(text)
    if match:
        month, day, year = (int(g) for g in match.groups())
        try:
            return date(year, month, day).isoformat()
        except ValueError:
            return text
    return text


def value_from_text(column: Column, text: str) -> CellValue:
    text = text.strip()
    kind = column.type
    if kind is ColumnType.CHECKBOX:
        word = text.casefold()
        if word in TRUE_WORDS:
            return True
        if word in FALSE_WORDS:
            return False
        raise CellError(QCoreApplication.translate("Worksheet", "{column}: '{text}' is not yes "
                                                   "or no").format(column=column.label, text=text))
    if kind is ColumnType.MULTICHOICE:
        parts = [p.strip() for p in re.split(r"[,;\n]", text) if p.strip()]
        return check_cell(column, [_choice(column, p) for p in parts])
    if kind is ColumnType.CHOICE:
        return check_cell(column, _choice(column, text))
    if kind is ColumnType.DATE:
        return check_cell(column, parse_date(text))
    return check_cell(column, text)


def copy_text(column: Column, value: CellValue) -> str:
    """A cell as spreadsheet text (the inverse of `value_from_text`)."""
    if column.type is ColumnType.CHECKBOX:
        return "Yes" if value else ""
    return cell_text(value)


def parse_tsv(text: str) -> list[list[str]]:
    """Tab-separated rows as spreadsheets copy them (quoted cells may hold tabs or newlines)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if text.endswith("\n"):
        text = text[:-1]
    if not text:
        return []
    if '"' not in text:
        return [line.split("\t") for line in text.split("\n")]
    return [row for row in csv.reader(io.StringIO(text), delimiter="\t")]


def to_tsv(grid: list[list[str]]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerows(grid)
    return out.getvalue()
