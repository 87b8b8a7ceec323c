"""How a table's rows and cells are stored: the steps that every table edit (tables.py, and a
pasted range in table_edits.py) writes through, inside the caller's transaction."""

from __future__ import annotations

import json
from collections.abc import Sequence

from sqlalchemy import Connection, bindparam, insert, select, update

from facilitator.domain.cells import CellError, check_cell
from facilitator.domain.snapshot import CellValue
from facilitator.domain.template import TableBlock
from facilitator.services.errors import NotFoundError, ServiceError
from facilitator.storage.rows import put
from facilitator.storage.schema import cell_table, row_table


def check_value(block: TableBlock, column_id: str, value: CellValue) -> CellValue:
    """The value as stored in that column; NotFoundError / ServiceError with one line."""
    try:
        column = block.column(column_id)
    except KeyError:
        raise NotFoundError(f"'{block.title}' has no column '{column_id}'") from None
    try:
        return check_cell(column, value)
    except CellError as exc:
        raise ServiceError(str(exc)) from None


def row_filter(meeting_id: int, block_id: str, participant: int | None) -> list:
    """Which stored rows are one copy of a table: the shared one, or a participant's."""
    who = (row_table.c.participant_id.is_(None) if participant is None
           else row_table.c.participant_id == participant)
    return [row_table.c.meeting_id == meeting_id, row_table.c.block_id == block_id, who]


def find_row(db: Connection, block: TableBlock, meeting_id: int, participant: int | None,
             row_key: str, *, create: bool) -> int | None:
    """The stored row's id; with `create`, a fixed row not stored yet is stored first."""
    row_id = db.scalar(select(row_table.c.id).where(
        *row_filter(meeting_id, block.id, participant), row_table.c.row_key == row_key))
    if row_id is not None or not create:
        return row_id
    keys = [r.id for r in block.rows]
    if block.fixed and row_key in keys:
        return insert_row(db, meeting_id, block.id, participant, row_key, keys.index(row_key))
    raise NotFoundError(f"'{block.title}' has no row '{row_key}'")


def insert_row(db: Connection, meeting_id: int, block_id: str, participant: int | None,
               row_key: str, position: int, cells: dict[str, CellValue] | None = None) -> int:
    """A new stored row (and its cells, if any); returns its id."""
    row_id = int(db.execute(insert(row_table).values(
        meeting_id=meeting_id, block_id=block_id, participant_id=participant, row_key=row_key,
        position=position)).inserted_primary_key[0])
    if cells:
        db.execute(insert(cell_table), [
            {"row_id": row_id, "column_id": c, "value": json.dumps(v, ensure_ascii=False)}
            for c, v in cells.items()])
    return row_id


def put_cell(db: Connection, row_id: int, column_id: str, value: CellValue) -> None:
    put(db, cell_table, {"row_id": row_id, "column_id": column_id},
        value=json.dumps(value, ensure_ascii=False))


_SET_POSITION = update(row_table).where(row_table.c.id == bindparam("rid")).values(
    position=bindparam("pos"))


def renumber(db: Connection, order: Sequence[tuple[int, int]]) -> None:
    """Give rows (id, current position), in their new order, positions 0, 1, ...; only rows
    whose position changes are written."""
    changes = [{"rid": row_id, "pos": new} for new, (row_id, old) in enumerate(order)
               if new != old]
    if changes:
        db.execute(_SET_POSITION, changes)


def ordered_rows(db: Connection, meeting_id: int, block_id: str,
                 participant: int | None) -> list[tuple[str, int, int]]:
    """A table's stored rows in order, as (key, id, position)."""
    return [(key, row_id, position) for key, row_id, position in db.execute(
        select(row_table.c.row_key, row_table.c.id, row_table.c.position)
        .where(*row_filter(meeting_id, block_id, participant))
        .order_by(row_table.c.position))]
