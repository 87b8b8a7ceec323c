"""Table worksheets: set a cell, add / remove / move rows, paste a range. One transaction each."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Select, bindparam, delete, insert, select, update
from sqlalchemy.orm import Session

from facilitator.domain.cells import CellError, check_cell
from facilitator.domain.snapshot import CellValue, TableRowData
from facilitator.domain.template import TableBlock
from facilitator.services.blocks import block_of
from facilitator.services.changes import Changed
from facilitator.services.errors import NotFoundError, ServiceError
from facilitator.services.workshop import Workshop
from facilitator.storage.schema import CellRow, TableRowRow


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


def _check(block: TableBlock, column_id: str, value: CellValue) -> CellValue:
    try:
        column = block.column(column_id)
    except KeyError:
        raise NotFoundError(f"'{block.title}' has no column '{column_id}'") from None
    try:
        return check_cell(column, value)
    except CellError as exc:
        raise ServiceError(str(exc)) from None


def _row_filter(meeting_id: int, block_id: str, participant: int | None) -> list:
    who = (TableRowRow.participant_id.is_(None) if participant is None
           else TableRowRow.participant_id == participant)
    return [TableRowRow.meeting_id == meeting_id, TableRowRow.block_id == block_id, who]


def _find_row(s: Session, block: TableBlock, meeting_id: int, participant: int | None,
              row_key: str, *, create: bool) -> TableRowRow | None:
    row = s.scalar(select(TableRowRow).where(*_row_filter(meeting_id, block.id, participant),
                                             TableRowRow.row_key == row_key))
    if row is not None or not create:
        return row
    keys = [r.id for r in block.rows]
    if block.fixed and row_key in keys:
        row = TableRowRow(meeting_id=meeting_id, block_id=block.id, participant_id=participant,
                          row_key=row_key, position=keys.index(row_key))
        s.add(row)
        s.flush()
        return row
    raise NotFoundError(f"'{block.title}' has no row '{row_key}'")


def _put(s: Session, row: TableRowRow, column_id: str, value: CellValue) -> None:
    # Core statements, not ORM objects: this is the path every keystroke's commit takes.
    encoded = json.dumps(value, ensure_ascii=False)
    updated = s.execute(update(CellRow).where(CellRow.row_id == row.id,
                                              CellRow.column_id == column_id)
                        .values(value=encoded).execution_options(synchronize_session=False))
    if updated.rowcount == 0:  # type: ignore[attr-defined]
        s.execute(insert(CellRow).values(row_id=row.id, column_id=column_id, value=encoded))


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
    who = (TableRowRow.participant_id.is_(None) if shared
           else TableRowRow.participant_id == bindparam("p"))
    return (select(TableRowRow.row_key, TableRowRow.id, CellRow.id, CellRow.column_id,
                   CellRow.value)
            .join(CellRow, CellRow.row_id == TableRowRow.id, isouter=True)
            .where(TableRowRow.meeting_id == bindparam("m"), TableRowRow.block_id == bindparam("b"),
                   who, TableRowRow.row_key.in_(bindparam("keys", expanding=True))))


# Built once: a keystroke's commit should not pay for building the same statements again.
_FIND = {True: _rows_and_cells(True), False: _rows_and_cells(False)}
_UPDATE_CELL = update(CellRow).where(CellRow.id == bindparam("cell")).values(
    value=bindparam("v"))
_INSERT_CELL = insert(CellRow).values(row_id=bindparam("row"), column_id=bindparam("col"),
                                      value=bindparam("v"))


def set_cells(ws: Workshop, block_id: str, edits: Sequence[CellEdit], *,
                meeting: int | None = None, participant: int | None = None) -> CellsChanged:
    """Several cells in one transaction (a paste is one edit, and one undo step).

    A cell is committed each time the facilitator leaves it, so this path is kept lean: one
    query finds the rows with their cells, then one write per cell and the commit. The rows as
    committed travel back in the result, so views show them without reading again.
    """
    block = block_of(ws, block_id, TableBlock)
    checked = [(e.row_key, e.column_id, _check(block, e.column_id, e.value)) for e in edits]
    keys = list(dict.fromkeys(key for key, _, _ in checked))
    with ws.transaction() as s:
        meeting_id = ws.meeting_id(meeting, s)
        db = s.connection()
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
                found = _find_row(s, block, meeting_id, participant, key, create=True)
                assert found is not None
                row_ids[key] = found.id
                stored[found.id] = {}
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
    return CellsChanged("cells", block_id, tuple(keys), meeting_id=meeting_id,
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
    values = {c: _check(block, c, v) for c, v in (cells or {}).items()}
    key = row_key or uuid.uuid4().hex[:12]
    with ws.transaction() as s:
        meeting_id = ws.meeting_id(meeting, s)
        where = _row_filter(meeting_id, block_id, participant)
        count = len(s.scalars(select(TableRowRow.id).where(*where)).all())
        at = count if position is None else max(0, min(position, count))
        s.execute(update(TableRowRow).where(*where, TableRowRow.position >= at)
                  .values(position=TableRowRow.position + 1))
        row = TableRowRow(meeting_id=meeting_id, block_id=block_id, participant_id=participant,
                          row_key=key, position=at)
        s.add(row)
        s.flush()
        for column_id, value in values.items():
            _put(s, row, column_id, value)
    return Changed("rows", block_id, (key,))


def remove_row(ws: Workshop, block_id: str, row_key: str, *, meeting: int | None = None,
               participant: int | None = None) -> RemovedRow:
    """Delete an open row; returns what it held, so that undo can put it back."""
    block = _open_block(ws, block_id)
    with ws.transaction() as s:
        meeting_id = ws.meeting_id(meeting, s)
        row = _find_row(s, block, meeting_id, participant, row_key, create=False)
        if row is None:
            raise NotFoundError(f"'{block.title}' has no row '{row_key}'")
        cells = {c.column_id: json.loads(c.value)
                 for c in s.scalars(select(CellRow).where(CellRow.row_id == row.id))}
        removed = RemovedRow(row_key, row.position, cells)
        s.execute(delete(CellRow).where(CellRow.row_id == row.id))
        s.delete(row)
        s.flush()
        s.execute(update(TableRowRow).where(*_row_filter(meeting_id, block_id, participant),
                                            TableRowRow.position > removed.position)
                  .values(position=TableRowRow.position - 1))
    return removed


def restore_row(ws: Workshop, block_id: str, removed: RemovedRow, *, meeting: int | None = None,
                participant: int | None = None) -> Changed:
    return add_row(ws, block_id, position=removed.position, cells=removed.cells,
                   row_key=removed.key, meeting=meeting, participant=participant)


def move_row(ws: Workshop, block_id: str, row_key: str, to_position: int, *,
             meeting: int | None = None, participant: int | None = None) -> Changed:
    block = _open_block(ws, block_id)
    with ws.transaction() as s:
        meeting_id = ws.meeting_id(meeting, s)
        rows = list(s.scalars(select(TableRowRow).where(
            *_row_filter(meeting_id, block_id, participant)).order_by(TableRowRow.position)))
        moving = next((r for r in rows if r.row_key == row_key), None)
        if moving is None:
            raise NotFoundError(f"'{block.title}' has no row '{row_key}'")
        rows.remove(moving)
        rows.insert(max(0, min(to_position, len(rows))), moving)
        for position, row in enumerate(rows):
            row.position = position
    return Changed("rows", block_id, (row_key,))


def _cells_by_row(s: Session, row_ids: Iterable[int]) -> dict[int, dict[str, CellValue]]:
    ids = list(row_ids)
    out: dict[int, dict[str, CellValue]] = {i: {} for i in ids}
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        for cell in s.scalars(select(CellRow).where(CellRow.row_id.in_(chunk))):
            out[cell.row_id][cell.column_id] = json.loads(cell.value)
    return out


def table_rows(s: Session, block: TableBlock, meeting_id: int,
               participant: int | None) -> list[TableRowData]:
    """A table's rows as shown: fixed rows from the template merged with stored cells."""
    stored = list(s.scalars(select(TableRowRow).where(
        *_row_filter(meeting_id, block.id, participant)).order_by(TableRowRow.position)))
    cells = _cells_by_row(s, (r.id for r in stored))
    if block.open_rows:
        return [TableRowData(r.row_key, "", cells[r.id], participant, fixed=False)
                for r in stored]
    by_key = {r.row_key: cells[r.id] for r in stored}
    return [TableRowData(row.id, row.label, by_key.get(row.id, {}), participant)
            for row in block.rows]


def read_table(ws: Workshop, block_id: str, *, meeting: int | None = None,
               participant: int | None = None) -> list[TableRowData]:
    block = block_of(ws, block_id, TableBlock)
    with ws.reading() as s:
        return table_rows(s, block, ws.meeting_id(meeting, s), participant)
