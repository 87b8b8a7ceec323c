"""Key themes: a headline and a paragraph each, in the order the room agrees."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, Row, bindparam, delete, func, insert, select, update

from facilitator.domain.snapshot import Theme
from facilitator.domain.template import ThemesBlock
from facilitator.services.blocks import block_of
from facilitator.services.changes import Changed, ChangeKind, Removed
from facilitator.services.errors import NotFoundError
from facilitator.services.workshop import Workshop
from facilitator.storage.schema import theme_table


def _row(db: Connection, theme_id: int) -> Row[Any]:
    row = db.execute(select(theme_table).where(theme_table.c.id == theme_id)).first()
    if row is None:
        raise NotFoundError(f"theme {theme_id} does not exist")
    return row


def add_theme(ws: Workshop, block_id: str, headline: str, body: str = "", *,
              meeting: int | None = None, theme_id: int | None = None,
              position: int | None = None) -> Changed:
    block_of(ws, block_id, ThemesBlock)
    with ws.transaction() as db:
        meeting_id = ws.meeting_id(meeting, db)
        if position is None:
            last = db.scalar(select(func.max(theme_table.c.position)).where(
                theme_table.c.meeting_id == meeting_id, theme_table.c.block_id == block_id))
            position = (last or 0) + 1
        values: dict[str, Any] = {"meeting_id": meeting_id, "block_id": block_id,
                                  "headline": headline, "body": body, "position": position}
        if theme_id is not None:  # undo puts a theme back under its old id
            values["id"] = theme_id
        new_id = db.execute(insert(theme_table).values(values)).inserted_primary_key[0]
    return Changed(ChangeKind.THEMES, block_id, (new_id,))


def set_theme(ws: Workshop, theme_id: int, *, headline: str | None = None,
              body: str | None = None) -> Changed:
    changes = {name: value for name, value in (("headline", headline), ("body", body))
               if value is not None}
    with ws.transaction() as db:
        block_id = _row(db, theme_id).block_id
        if changes:
            db.execute(update(theme_table).where(theme_table.c.id == theme_id).values(changes))
    return Changed(ChangeKind.THEMES, block_id, (theme_id,))


def remove_theme(ws: Workshop, theme_id: int) -> Removed[Theme]:
    """Delete a theme; the result holds it and its meeting, so that undo can restore it."""
    with ws.transaction() as db:
        row = _row(db, theme_id)
        old = Theme(row.id, row.headline, row.body, row.position)
        db.execute(delete(theme_table).where(theme_table.c.id == theme_id))
    return Removed(ChangeKind.THEMES, row.block_id, (theme_id,), item=old,
                   meeting_id=row.meeting_id)


def restore_theme(ws: Workshop, block_id: str, theme: Theme, meeting: int) -> Changed:
    return add_theme(ws, block_id, theme.headline, theme.body, meeting=meeting,
                     theme_id=theme.id, position=theme.position)


_SET_POSITION = update(theme_table).where(theme_table.c.id == bindparam("tid")).values(
    position=bindparam("pos"))


def move_theme(ws: Workshop, theme_id: int, to_index: int) -> Changed:
    with ws.transaction() as db:
        moving = _row(db, theme_id)
        rows = [r for r in db.execute(
            select(theme_table.c.id, theme_table.c.position).where(
                theme_table.c.meeting_id == moving.meeting_id,
                theme_table.c.block_id == moving.block_id)
            .order_by(theme_table.c.position, theme_table.c.id)) if r.id != theme_id]
        rows.insert(max(0, min(to_index, len(rows))), moving)
        changes = [{"tid": row.id, "pos": position}  # only the themes whose place changes
                   for position, row in enumerate(rows, start=1) if row.position != position]
        if changes:
            db.execute(_SET_POSITION, changes)
        block_id = moving.block_id
    return Changed(ChangeKind.THEMES, block_id, (theme_id,))


def themes_of(db: Connection, block_id: str, meeting_id: int) -> list[Theme]:
    rows = db.execute(select(theme_table).where(theme_table.c.meeting_id == meeting_id,
                                                theme_table.c.block_id == block_id)
                      .order_by(theme_table.c.position, theme_table.c.id))
    return [Theme(r.id, r.headline, r.body, r.position) for r in rows]


def read_themes(ws: Workshop, block_id: str, *, meeting: int | None = None) -> list[Theme]:
    block_of(ws, block_id, ThemesBlock)
    with ws.reading() as db:
        return themes_of(db, block_id, ws.meeting_id(meeting, db))
