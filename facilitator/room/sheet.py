"""A per-participant worksheet on phones: which tables may be filled there, what the page is
told about one, and a submission's answers checked into cell edits.

Only a table with `per_participant` and fixed rows (the check-in's staff reflection, a
self-assessment) is offered: each participant fills their own copy, stored under their name
as when the facilitator fills it on the laptop (services.tables.set_cells). Text, long text
and choice columns are asked on the phone; the other kinds (dates, people, ticks, numbers) are
left to the laptop, so the phone never sends a value the page could not show back.
"""

from __future__ import annotations

import unicodedata
from typing import Any

from facilitator.domain.template import ColumnType, TableBlock
from facilitator.services.errors import ServiceError
from facilitator.services.tables import CellEdit

ON_PHONES = (ColumnType.TEXT, ColumnType.LONGTEXT, ColumnType.CHOICE)


def check_sheet(block: TableBlock) -> None:
    """Refuse a table that phones cannot fill as one copy per participant."""
    if not block.per_participant:
        raise ServiceError(f"“{block.title}” is one shared table, not one copy per participant")
    if block.open_rows:
        raise ServiceError(f"“{block.title}” has open rows: fill it on the laptop")
    if not any(c.type in ON_PHONES for c in block.columns):
        raise ServiceError(f"“{block.title}” has no question a phone can answer")


def sheet_state(block: TableBlock) -> dict[str, Any]:
    """What the page needs to draw the form (the page escapes every text)."""
    return {"block": block.id, "title": block.title, "instructions": block.instructions,
            "rows": [{"key": r.id, "label": r.label} for r in block.rows],
            "columns": [{"id": c.id, "label": c.label, "type": str(c.type),
                         "choices": list(c.choices)}
                        for c in block.columns if c.type in ON_PHONES]}


def _answer(value: Any, limit: int) -> str:
    from facilitator.room.session import Refused

    if not isinstance(value, str):
        raise Refused(400, "an answer must be text")
    text = unicodedata.normalize("NFC", value).strip()
    if len(text) > limit:
        raise Refused(413, f"an answer is longer than {limit} characters")
    if any(unicodedata.category(ch) in ("Cc", "Cs") and ch not in "\n\t" for ch in text):
        raise Refused(400, "text holds control characters")
    return text     # empty: the participant cleared an answer they gave


def sheet_cells(block: TableBlock, cells: Any, limit: int) -> list[CellEdit]:
    """{row key: {column id: text}} checked against the sheet: known rows, phone columns,
    texts within the limit. Choices are checked by the service, as for the laptop."""
    from facilitator.room.session import Refused

    rows = {r.id for r in block.rows}
    columns = {c.id for c in block.columns if c.type in ON_PHONES}
    if not isinstance(cells, dict) or not cells:
        raise Refused(400, "cells must be an object of rows")
    edits = []
    for row, answers in cells.items():
        if row not in rows:
            raise Refused(400, "that question is not on this worksheet")
        if not isinstance(answers, dict) or not answers:
            raise Refused(400, "each row is an object of answers")
        for column, value in answers.items():
            if column not in columns:
                raise Refused(400, "that question is not on this worksheet")
            edits.append(CellEdit(row, column, _answer(value, limit)))
    if len(edits) > len(rows) * len(columns):
        raise Refused(400, "too many answers")
    return edits
