"""What a table cell may hold, per column type; user input is checked here before it is stored."""

from __future__ import annotations

import re
from datetime import date

from facilitator.domain.actions import deadline_text
from facilitator.domain.snapshot import CellValue
from facilitator.domain.template import Column, ColumnType


class CellError(ValueError):
    """A value that does not fit its column; the message is shown to the user."""


ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def empty_value(column: Column) -> CellValue:
    if column.type is ColumnType.CHECKBOX:
        return False
    if column.type is ColumnType.MULTICHOICE:
        return []
    return ""


def check_cell(column: Column, value: CellValue) -> CellValue:
    """Return the value as stored for `column`, or raise CellError saying what is wrong."""
    kind = column.type
    if value is None:
        return empty_value(column)
    if kind is ColumnType.CHECKBOX:
        if not isinstance(value, bool):
            raise CellError(f"{column.label}: must be ticked or not")
        return value
    if kind is ColumnType.MULTICHOICE:
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise CellError(f"{column.label}: must be a list of choices")
        unknown = [v for v in value if v not in column.choices]
        if unknown:
            raise CellError(f"{column.label}: '{unknown[0]}' is not one of the choices")
        return [c for c in column.choices if c in value]
    if kind is ColumnType.NUMBER:
        if isinstance(value, bool):
            raise CellError(f"{column.label}: must be a number")
        if isinstance(value, int | float):
            return value
        text = str(value).strip()
        if not text:
            return ""
        try:
            number = float(text.replace(",", ""))
        except ValueError:
            raise CellError(f"{column.label}: '{text}' is not a number") from None
        return int(number) if number.is_integer() else number
    if not isinstance(value, str):
        raise CellError(f"{column.label}: must be text")
    if kind is ColumnType.CHOICE and value and value not in column.choices:
        raise CellError(f"{column.label}: '{value}' is not one of: " + ", ".join(column.choices))
    if kind is ColumnType.DATE and value:
        if not ISO_DATE.match(value):
            raise CellError(f"{column.label}: '{value}' is not a date (YYYY-MM-DD)")
        try:
            date.fromisoformat(value)
        except ValueError:
            raise CellError(f"{column.label}: '{value}' is not a real date") from None
    return value


def shown_text(column: Column, value: CellValue) -> str:
    """A cell as the app and the handouts show it: a date spelled out the en-US way
    ("December 3, 2026", however it was typed); anything else as `cell_text`."""
    text = cell_text(value)
    if column.type is ColumnType.DATE and text:
        return deadline_text(text)   # the one date wording, shared with deadlines
    return text


def cell_text(value: CellValue) -> str:
    """A cell as one line of text (for printing, exports and the projector)."""
    if value is None or value == "":
        return ""
    if isinstance(value, bool):
        return "Yes" if value else ""
    if isinstance(value, list):
        return ", ".join(value)
    return str(value)
