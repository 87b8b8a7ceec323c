"""A pasted range as one edit: new rows, changed cells and (for undo) removed rows, one transaction.

A paste into an open table may run past its last row; the rows it needs are added in the same
transaction as the cells, so the paste is one commit and one undo step.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field

from sqlalchemy import delete, select

from facilitator.domain.snapshot import CellValue
from facilitator.domain.template import TableBlock
from facilitator.services.blocks import block_of
from facilitator.services.changes import Changed
from facilitator.services.errors import NotFoundError, ServiceError
from facilitator.services.tables import CellEdit, _check, _find_row, _put, _row_filter
from facilitator.services.workshop import Workshop
from facilitator.storage.schema import CellRow, TableRowRow


@dataclass(frozen=True)
class NewRow:
    key: str
    cells: dict[str, CellValue] = field(default_factory=dict)


def apply_range(ws: Workshop, block_id: str, edits: Sequence[CellEdit], *,
                add_rows: Sequence[NewRow] = (), remove_keys: Sequence[str] = (),
                meeting: int | None = None, participant: int | None = None) -> Changed:
    """Remove rows, append rows, then set cells: all or nothing."""
    block = block_of(ws, block_id, TableBlock)
    if block.fixed and (add_rows or remove_keys):
        raise ServiceError(f"'{block.title}' has fixed rows; rows cannot be added or removed")
    checked = [(e.row_key, e.column_id, _check(block, e.column_id, e.value)) for e in edits]
    new_rows = [(r.key, {c: _check(block, c, v) for c, v in r.cells.items()}) for r in add_rows]
    with ws.transaction() as s:
        meeting_id = ws.meeting_id(meeting, s)
        where = _row_filter(meeting_id, block_id, participant)
        for key in remove_keys:
            row = _find_row(s, block, meeting_id, participant, key, create=False)
            if row is None:
                raise NotFoundError(f"'{block.title}' has no row '{key}'")
            s.execute(delete(CellRow).where(CellRow.row_id == row.id))
            s.delete(row)
        s.flush()
        existing = list(s.scalars(select(TableRowRow).where(*where)
                                  .order_by(TableRowRow.position)))
        for position, row in enumerate(existing):  # close the gaps left by removed rows
            row.position = position
        for offset, (key, cells) in enumerate(new_rows):
            row = TableRowRow(meeting_id=meeting_id, block_id=block_id,
                              participant_id=participant, row_key=key,
                              position=len(existing) + offset)
            s.add(row)
            s.flush()
            for column_id, value in cells.items():
                _put(s, row, column_id, value)
        found: dict[str, TableRowRow] = {}
        for row_key, column_id, value in checked:
            if row_key not in found:
                hit = _find_row(s, block, meeting_id, participant, row_key, create=True)
                assert hit is not None
                found[row_key] = hit
            _put(s, found[row_key], column_id, value)
    keys = [e.row_key for e in edits] + [r.key for r in add_rows] + list(remove_keys)
    return Changed("rows" if add_rows or remove_keys else "cells", block_id,
                   tuple(dict.fromkeys(keys)))


def read_rows(ws: Workshop, block_id: str, keys: Sequence[str], *, meeting: int | None = None,
              participant: int | None = None) -> dict[str, dict[str, CellValue]]:
    """The stored cells of some rows (what a view re-reads after an edit named them).

    One query: a cell edit is re-read in well under a millisecond, so the screen can show what
    was committed without re-reading the whole table on every keystroke-sized edit.
    """
    block_of(ws, block_id, TableBlock)
    with ws.reading() as s:
        meeting_id = ws.meeting_id(meeting, s) if meeting is None else meeting
        query = (select(TableRowRow.row_key, CellRow.column_id, CellRow.value)
                 .join(CellRow, CellRow.row_id == TableRowRow.id, isouter=True)
                 .where(*_row_filter(meeting_id, block_id, participant),
                        TableRowRow.row_key.in_(list(keys))))
        out: dict[str, dict[str, CellValue]] = {key: {} for key in keys}
        for row_key, column_id, value in s.execute(query):
            if column_id is not None:
                out[row_key][column_id] = json.loads(value)
        return out
