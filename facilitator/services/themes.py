"""Key themes: a headline and a paragraph each, in the order the room agrees."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from facilitator.domain.snapshot import Theme
from facilitator.domain.template import ThemesBlock
from facilitator.services.blocks import block_of
from facilitator.services.changes import Changed
from facilitator.services.errors import NotFoundError
from facilitator.services.workshop import Workshop
from facilitator.storage.schema import ThemeRow


def _row(s: Session, theme_id: int) -> ThemeRow:
    row = s.get(ThemeRow, theme_id)
    if row is None:
        raise NotFoundError(f"theme {theme_id} does not exist")
    return row


def add_theme(ws: Workshop, block_id: str, headline: str, body: str = "", *,
              meeting: int | None = None, theme_id: int | None = None,
              position: int | None = None) -> Changed:
    block_of(ws, block_id, ThemesBlock)
    with ws.transaction() as s:
        meeting_id = ws.meeting_id(meeting, s)
        if position is None:
            last = s.scalar(select(func.max(ThemeRow.position)).where(
                ThemeRow.meeting_id == meeting_id, ThemeRow.block_id == block_id))
            position = (last or 0) + 1
        row = ThemeRow(id=theme_id, meeting_id=meeting_id, block_id=block_id, headline=headline,
                       body=body, position=position)
        s.add(row)
        s.flush()
        new_id = row.id
    return Changed("themes", block_id, (new_id,))


def set_theme(ws: Workshop, theme_id: int, *, headline: str | None = None,
              body: str | None = None) -> Changed:
    with ws.transaction() as s:
        row = _row(s, theme_id)
        if headline is not None:
            row.headline = headline
        if body is not None:
            row.body = body
        block_id = row.block_id
    return Changed("themes", block_id, (theme_id,))


def remove_theme(ws: Workshop, theme_id: int) -> tuple[Theme, int]:
    with ws.transaction() as s:
        row = _row(s, theme_id)
        old = (Theme(row.id, row.headline, row.body, row.position), row.meeting_id)
        s.delete(row)
    return old


def restore_theme(ws: Workshop, block_id: str, theme: Theme, meeting: int) -> Changed:
    return add_theme(ws, block_id, theme.headline, theme.body, meeting=meeting,
                     theme_id=theme.id, position=theme.position)


def move_theme(ws: Workshop, theme_id: int, to_index: int) -> Changed:
    with ws.transaction() as s:
        moving = _row(s, theme_id)
        rows = [r for r in s.scalars(select(ThemeRow).where(
            ThemeRow.meeting_id == moving.meeting_id, ThemeRow.block_id == moving.block_id)
            .order_by(ThemeRow.position, ThemeRow.id)) if r.id != theme_id]
        rows.insert(max(0, min(to_index, len(rows))), moving)
        for position, row in enumerate(rows, start=1):
            row.position = position
        block_id = moving.block_id
    return Changed("themes", block_id, (theme_id,))


def themes_of(s: Session, block_id: str, meeting_id: int) -> list[Theme]:
    rows = s.scalars(select(ThemeRow).where(ThemeRow.meeting_id == meeting_id,
                                            ThemeRow.block_id == block_id)
                     .order_by(ThemeRow.position, ThemeRow.id))
    return [Theme(r.id, r.headline, r.body, r.position) for r in rows]


def read_themes(ws: Workshop, block_id: str, *, meeting: int | None = None) -> list[Theme]:
    block_of(ws, block_id, ThemesBlock)
    with ws.reading() as s:
        return themes_of(s, block_id, ws.meeting_id(meeting, s))
