"""The `table` worksheet on the projector: its first column (the row's label, or an open
table's first column) is the primary text and keeps the width it needs; the other columns sit
beside it when they fit and under it when they do not. Rows of one group (an initiative) sit
under one heading band. A table with one copy per participant shows the copy the facilitator
has picked on the laptop.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QWidget

from facilitator.domain.cells import cell_text
from facilitator.domain.snapshot import TableRowData
from facilitator.domain.template import ColumnType, Row, TableBlock
from facilitator.services import people, tables
from facilitator.ui.worksheets.kit.context import BlockContext
from facilitator.ui.worksheets.kit.projected_parts import (
    Columns,
    Record,
    block_anchor,
    heading,
    paragraph,
    records,
)
from facilitator.ui.worksheets.kit.projection import MUTED, Focus, Layout, Unit
from facilitator.ui.worksheets.kit.roles import RowKeyRole
from facilitator.ui.worksheets.kit.stored_words import StoredWords

NOBODY = QT_TRANSLATE_NOOP("Projector", "No participants yet")
translate = QCoreApplication.translate


def _copy_of(ctx: BlockContext, block: TableBlock, focus: Focus | None
             ) -> tuple[int | None, str]:
    """Whose copy to show (None for a shared table), and the line that says so."""
    if not block.per_participant:
        return None, ""
    everyone = people.read_participants(ctx.ws)
    if not everyone:
        return None, translate("Projector", NOBODY)
    chosen = focus.participant if focus is not None and focus.block_id == block.id else None
    person = next((p for p in everyone if p.id == chosen), everyone[0])
    return person.id, translate("Projector", "Worksheet of {name}").format(name=person.name)


def _cell(template: Row | None, row: TableRowData, column_id: str,
          words: StoredWords | None = None) -> str:
    """A cell as the room reads it: the template's fixed text, or what was typed (a choice in
    the workshop's language)."""
    fixed = template.values.get(column_id) if template is not None else None
    value = row.cells.get(column_id)
    return str(fixed) if fixed is not None else cell_text(
        words.shown(column_id, value) if words is not None else value)


def _primary(block: TableBlock, template: Row | None, row: TableRowData) -> str:
    if not block.fixed:   # an open table: its first column is what the row is about
        return _cell(None, row, block.columns[0].id) if block.columns else ""
    marks = "".join(" *" for f in (template.flags if template else ()) if f in block.row_flags)
    return (template.label if template else row.label) + marks


def project(ctx: BlockContext, block: TableBlock, focus: Focus | None = None) -> Layout:
    participant, whose = _copy_of(ctx, block, focus)
    rows = [] if whose == translate("Projector", NOBODY) else tables.read_table(
        ctx.ws, block.id, meeting=ctx.meeting_id, participant=participant)
    by_key = {r.id: r for r in block.rows}
    shown = list(block.columns) if block.fixed else list(block.columns[1:])
    primary_title = block.row_header if block.fixed else \
        (block.columns[0].label if block.columns else "")
    columns = Columns(primary_title, tuple(c.label for c in shown),
                      frozenset(i for i, c in enumerate(shown) if c.type is ColumnType.CHECKBOX))
    found = []
    words = StoredWords(ctx.ws, block)
    for row in rows:
        template = by_key.get(row.key) if block.fixed else None
        found.append(Record(_primary(block, template, row),
                            tuple(_cell(template, row, c.id, words) for c in shown),
                            anchor=f"row:{row.key}", group=template.group if template else ""))
    legend = "\n".join(f"* {meaning}" for meaning in block.row_flags.values())

    def layout(px: int, width: float) -> list[Unit]:
        units = [heading(block.title, px, width, anchors=(block_anchor(block.id),), sub=whose)]
        if block.instructions:
            units.append(paragraph(block.instructions, px, width, primary=False, italic=True,
                                   color=MUTED, once=block.instructions))
        if found:
            units += records(columns, found, px, width)
        elif block.open_rows:
            units.append(paragraph(translate("Projector", "No rows yet."), px, width,
                                   primary=False, color=MUTED))
        if legend:
            units.append(paragraph(legend, px, width, primary=False, color=MUTED))
        return units

    return layout


def focus(widget: QWidget) -> Focus | None:
    """The row the facilitator is on in the laptop's table (and whose copy it shows)."""
    view = getattr(widget, "view", None)
    model = getattr(widget, "model", None)
    block = getattr(widget, "block", None)
    if view is None or block is None:
        return None
    current = view.currentIndex()
    key = current.data(RowKeyRole) if current.isValid() else None
    return Focus(block.id, f"row:{key}" if key else "", getattr(model, "participant", None))
