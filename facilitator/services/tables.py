"""Table worksheets: set a cell, add / remove / move rows, paste a range. One transaction each."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, Select, bindparam, delete, func, insert, select, update

from facilitator.domain.snapshot import CellValue, TableRowData
from facilitator.domain.template import TableBlock
from facilitator.services.blocks import block_of
from facilitator.services.changes import Changed, ChangeKind, Removed
from facilitator.services.errors import NotFoundError, ServiceError
from facilitator.services.table_store import (
    check_value,
    find_row,
    insert_row,
    ordered_rows,
    renumber,
    row_filter,
)
from facilitator.services.workshop import Workshop
from facilitator.storage.schema import cell_table, row_table


@dataclass(frozen=True)
class CellEdit:
    row_key: str
    column_id: str
    value: CellValue


@dataclass(frozen=True)
class RemovedRow:
    key: str
    position: int
    cells: dict[str, CellValue]


def set_cell(ws: Workshop, block_id: str, row_key: str, column_id: str, value: CellValue, *,
             meeting: int | None = None, participant: int | None = None) -> CellsChanged:
    return set_cells(ws, block_id, [CellEdit(row_key, column_id, value)], meeting=meeting,
                     participant=participant)


@dataclass(frozen=True)
class CellsChanged(Changed):
    """Cells written, with the rows as committed: views show them without reading again."""

    meeting_id: int = 0
    participant: int | None = None
    rows: dict[str, dict[str, CellValue]] = field(default_factory=dict, compare=False)


def _rows_and_cells(shared: bool) -> Select[Any]:
    """Rows (by key) with their stored cells; parameters m, b, p, keys."""
    rows, cells = row_table.c, cell_table.c
    who = rows.participant_id.is_(None) if shared else rows.participant_id == bindparam("p")
    return (select(rows.row_key, rows.id, cells.id, cells.column_id, cells.value)
            .join(cell_table, cells.row_id == rows.id, isouter=True)
            .where(rows.meeting_id == bindparam("m"), rows.block_id == bindparam("b"),
                   who, rows.row_key.in_(bindparam("keys", expanding=True))))


# Built once: a keystroke's commit should not pay for building the same statements again.
_FIND = {True: _rows_and_cells(True), False: _rows_and_cells(False)}
_UPDATE_CELL = update(cell_table).where(cell_table.c.id == bindparam("cell")).values(
    value=bindparam("v"))
_INSERT_CELL = insert(cell_table).values(row_id=bindparam("row"), column_id=bindparam("col"),
                                         value=bindparam("v"))


def set_cells(ws: Workshop, block_id: str, edits: Sequence[CellEdit], *,
                meeting: int | None = None, participant: int | None = None) -> CellsChanged:
    """Several cells in one transaction (a paste is one edit, and one undo step).

    A cell is committed each time the facilitator leaves it, so this path is kept lean: one
    query finds the rows with their cells, then one write per cell and the commit. The rows as
    committed travel back in the result, so views show them without reading again.
    """
    block = block_of(ws, block_id, TableBlock)
    checked = [(e.row_key, e.column_id, check_value(block, e.column_id, e.value)) for e in edits]
    keys = list(dict.fromkeys(key for key, _, _ in checked))
    with ws.transaction() as db:
        meeting_id = ws.meeting_id(meeting, db)
        row_ids: dict[str, int] = {}
        stored: dict[int, dict[str, tuple[int, str]]] = {}
        found_rows = db.execute(_FIND[participant is None],  # rows and cells at once
                                {"m": meeting_id, "b": block_id, "p": participant, "keys": keys})
        for key, row_id, cell_id, column_id, value in found_rows:
            row_ids[key] = row_id
            cells = stored.setdefault(row_id, {})
            if cell_id is not None:
                cells[column_id] = (cell_id, value)
        for key in keys:
            if key not in row_ids:  # a fixed row's first cell, or a row that is not there
                found = find_row(db, block, meeting_id, participant, key, create=True)
                assert found is not None
                row_ids[key] = found
                stored[found] = {}
        for key, column_id, value in checked:
            row_id, encoded = row_ids[key], json.dumps(value, ensure_ascii=False)
            before = stored[row_id].get(column_id)
            if before is None:
                result = db.execute(_INSERT_CELL, {"row": row_id, "col": column_id,
                                                   "v": encoded})
                stored[row_id][column_id] = (int(result.inserted_primary_key[0]), encoded)
            else:
                db.execute(_UPDATE_CELL, {"cell": before[0], "v": encoded})
                stored[row_id][column_id] = (before[0], encoded)
        rows = {key: {column: json.loads(text) for column, (_, text) in stored[i].items()}
                for key, i in row_ids.items()}
    return CellsChanged(ChangeKind.CELLS, block_id, tuple(keys), meeting_id=meeting_id,
                        participant=participant, rows=rows)


def _open_block(ws: Workshop, block_id: str) -> TableBlock:
    block = block_of(ws, block_id, TableBlock)
    if block.fixed:
        raise ServiceError(f"'{block.title}' has fixed rows; rows cannot be added or removed")
    return block


def add_row(ws: Workshop, block_id: str, *, position: int | None = None,
            cells: dict[str, CellValue] | None = None, row_key: str | None = None,
            meeting: int | None = None, participant: int | None = None) -> Changed:
    """Insert a row in an open table (at the end by default); `ids` holds the new row's key."""
    block = _open_block(ws, block_id)
    values = {c: check_value(block, c, v) for c, v in (cells or {}).items()}
    key = row_key or uuid.uuid4().hex[:12]
    with ws.transaction() as db:
        meeting_id = ws.meeting_id(meeting, db)
        where = row_filter(meeting_id, block_id, participant)
        count = db.scalar(select(func.count()).select_from(row_table).where(*where)) or 0
        at = count if position is None else max(0, min(position, count))
        db.execute(update(row_table).where(*where, row_table.c.position >= at)
                   .values(position=row_table.c.position + 1))
        insert_row(db, meeting_id, block_id, participant, key, at, values)
    return Changed(ChangeKind.ROWS, block_id, (key,))


def remove_row(ws: Workshop, block_id: str, row_key: str, *, meeting: int | None = None,
               participant: int | None = None) -> Removed[RemovedRow]:
    """Delete an open row; the result holds what it held, so that undo can put it back."""
    block = _open_block(ws, block_id)
    with ws.transaction() as db:
        meeting_id = ws.meeting_id(meeting, db)
        where = row_filter(meeting_id, block_id, participant)
        row = db.execute(select(row_table.c.id, row_table.c.position)
                         .where(*where, row_table.c.row_key == row_key)).first()
        if row is None:
            raise NotFoundError(f"'{block.title}' has no row '{row_key}'")
        cells = {column_id: json.loads(value) for column_id, value in db.execute(
            select(cell_table.c.column_id, cell_table.c.value)
            .where(cell_table.c.row_id == row.id))}
        removed = RemovedRow(row_key, row.position, cells)
        db.execute(delete(cell_table).where(cell_table.c.row_id == row.id))
        db.execute(delete(row_table).where(row_table.c.id == row.id))
        db.execute(update(row_table).where(*where, row_table.c.position > removed.position)
                   .values(position=row_table.c.position - 1))
    return Removed(ChangeKind.ROWS, block_id, (row_key,), item=removed, meeting_id=meeting_id)


def restore_row(ws: Workshop, block_id: str, removed: RemovedRow, *, meeting: int | None = None,
                participant: int | None = None) -> Changed:
    return add_row(ws, block_id, position=removed.position, cells=removed.cells,
                   row_key=removed.key, meeting=meeting, participant=participant)


def move_row(ws: Workshop, block_id: str, row_key: str, to_position: int, *,
             meeting: int | None = None, participant: int | None = None) -> Changed:
    block = _open_block(ws, block_id)
    with ws.transaction() as db:
        meeting_id = ws.meeting_id(meeting, db)
        rows = ordered_rows(db, meeting_id, block_id, participant)
        moving = next((r for r in rows if r[0] == row_key), None)
        if moving is None:
            raise NotFoundError(f"'{block.title}' has no row '{row_key}'")
        rows.remove(moving)
        rows.insert(max(0, min(to_position, len(rows))), moving)
        renumber(db, [(row_id, position) for _, row_id, position in rows])
    return Changed(ChangeKind.ROWS, block_id, (row_key,))


def _cells_by_row(db: Connection, row_ids: Iterable[int]) -> dict[int, dict[str, CellValue]]:
    ids = list(row_ids)
    out: dict[int, dict[str, CellValue]] = {i: {} for i in ids}
    cells = cell_table.c
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        for row_id, column_id, value in db.execute(
                select(cells.row_id, cells.column_id, cells.value).where(cells.row_id.in_(chunk))):
            out[row_id][column_id] = json.loads(value)
    return out


def table_rows(db: Connection, block: TableBlock, meeting_id: int,
               participant: int | None) -> list[TableRowData]:
    """A table's rows as shown: fixed rows from the template merged with stored cells."""
    stored = db.execute(select(row_table.c.id, row_table.c.row_key).where(
        *row_filter(meeting_id, block.id, participant)).order_by(row_table.c.position)).all()
    cells = _cells_by_row(db, (r.id for r in stored))
    if block.open_rows:
        return [TableRowData(r.row_key, "", cells[r.id], participant, fixed=False)
                for r in stored]
    by_key = {r.row_key: cells[r.id] for r in stored}
    return [TableRowData(row.id, row.label, by_key.get(row.id, {}), participant)
            for row in block.rows]


def read_table(ws: Workshop, block_id: str, *, meeting: int | None = None,
               participant: int | None = None) -> list[TableRowData]:
    block = block_of(ws, block_id, TableBlock)
    with ws.reading() as db:
        return table_rows(db, block, ws.meeting_id(meeting, db), participant)
