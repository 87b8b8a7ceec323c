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
from facilitator.services.changes import Changed, ChangeKind
from facilitator.services.errors import NotFoundError, ServiceError
from facilitator.services.table_store import (
    check_value,
    find_row,
    insert_row,
    ordered_rows,
    put_cell,
    renumber,
    row_filter,
)
from facilitator.services.tables import CellEdit
from facilitator.services.workshop import Workshop
from facilitator.storage.schema import cell_table, row_table


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
    checked = [(e.row_key, e.column_id, check_value(block, e.column_id, e.value)) for e in edits]
    new_rows = [(r.key, {c: check_value(block, c, v) for c, v in r.cells.items()})
                for r in add_rows]
    with ws.transaction() as db:
        meeting_id = ws.meeting_id(meeting, db)
        for key in remove_keys:
            row_id = find_row(db, block, meeting_id, participant, key, create=False)
            if row_id is None:
                raise NotFoundError(f"'{block.title}' has no row '{key}'")
            db.execute(delete(cell_table).where(cell_table.c.row_id == row_id))
            db.execute(delete(row_table).where(row_table.c.id == row_id))
        existing = ordered_rows(db, meeting_id, block_id, participant)
        # close the gaps left by removed rows
        renumber(db, [(row_id, position) for _, row_id, position in existing])
        for offset, (key, cells) in enumerate(new_rows):
            insert_row(db, meeting_id, block_id, participant, key, len(existing) + offset, cells)
        found: dict[str, int] = {}
        for row_key, column_id, value in checked:
            if row_key not in found:
                hit = find_row(db, block, meeting_id, participant, row_key, create=True)
                assert hit is not None
                found[row_key] = hit
            put_cell(db, found[row_key], column_id, value)
    keys = [e.row_key for e in edits] + [r.key for r in add_rows] + list(remove_keys)
    return Changed(ChangeKind.ROWS if add_rows or remove_keys else "cells", block_id,
                   tuple(dict.fromkeys(keys)))


def read_rows(ws: Workshop, block_id: str, keys: Sequence[str], *, meeting: int | None = None,
              participant: int | None = None) -> dict[str, dict[str, CellValue]]:
    """The stored cells of some rows (what a view re-reads after an edit named them).

    One query: a cell edit is re-read in well under a millisecond, so the screen can show what
    was committed without re-reading the whole table on every keystroke-sized edit.
    """
    block_of(ws, block_id, TableBlock)
    with ws.reading() as db:
        meeting_id = ws.meeting_id(meeting, db) if meeting is None else meeting
        query = (select(row_table.c.row_key, cell_table.c.column_id, cell_table.c.value)
                 .join(cell_table, cell_table.c.row_id == row_table.c.id, isouter=True)
                 .where(*row_filter(meeting_id, block_id, participant),
                        row_table.c.row_key.in_(list(keys))))
        out: dict[str, dict[str, CellValue]] = {key: {} for key in keys}
        for row_key, column_id, value in db.execute(query):
            if column_id is not None:
                out[row_key][column_id] = json.loads(value)
        return out
