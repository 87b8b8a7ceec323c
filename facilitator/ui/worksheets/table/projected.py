"""The `table` worksheet on the projector: its first column (the row's label, or an open
table's first column) is the primary text and keeps the width it needs; the other columns sit
beside it when they fit and under it when they do not. Rows of one group (an initiative) sit
under one heading band. A table with one copy per participant shows the copy the facilitator
has picked on the laptop.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from facilitator.domain.cells import cell_text
from facilitator.domain.template import ColumnType, TableBlock
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
from facilitator.ui.worksheets.kit.projection import MUTED, Focus, Unit
from facilitator.ui.worksheets.kit.roles import RowKeyRole


def _copy_of(ctx: BlockContext, block: TableBlock, focus: Focus | None
             ) -> tuple[int | None, str]:
    """Whose copy to show (None for a shared table), and the line that says so."""
    if not block.per_participant:
        return None, ""
    everyone = people.read_participants(ctx.ws)
    if not everyone:
        return None, "No participants yet"
    chosen = focus.participant if focus is not None and focus.block_id == block.id else None
    person = next((p for p in everyone if p.id == chosen), everyone[0])
    return person.id, f"Worksheet of {person.name}"


def project(ctx: BlockContext, block: TableBlock, px: int, width: float,
            focus: Focus | None = None) -> list[Unit]:
    participant, whose = _copy_of(ctx, block, focus)
    rows = [] if whose == "No participants yet" else tables.read_table(
        ctx.ws, block.id, meeting=ctx.meeting_id, participant=participant)
    template_rows = {r.id: r for r in block.rows}
    cells = list(block.columns)
    if block.fixed:
        primary_title, shown = block.row_header, cells
    else:  # an open table: its first column is what the row is about
        primary_title, shown = (cells[0].label if cells else ""), cells[1:]
    columns = Columns(primary_title, tuple(c.label for c in shown),
                      frozenset(i for i, c in enumerate(shown) if c.type is ColumnType.CHECKBOX))
    found: list[Record] = []
    for row in rows:
        template = template_rows.get(row.key) if block.fixed else None

        def text(column_id: str, template: object = template, row: object = row) -> str:
            fixed = getattr(template, "values", {}).get(column_id)
            if fixed is not None:
                return str(fixed)
            return cell_text(getattr(row, "cells", {}).get(column_id))

        if block.fixed:
            label = template.label if template else row.label
            marks = "".join(" *" for f in (template.flags if template else ())
                            if f in block.row_flags)
            primary = label + marks
        else:
            primary = text(cells[0].id) if cells else ""
        found.append(Record(primary, tuple(text(c.id) for c in shown), anchor=f"row:{row.key}",
                            group=template.group if template else ""))
    units = [heading(block.title, px, width, anchors=(block_anchor(block.id),), sub=whose)]
    if block.instructions:
        units.append(paragraph(block.instructions, px, width, primary=False, italic=True,
                               color=MUTED))
    if found:
        units += records(columns, found, px, width)
    elif block.open_rows:
        units.append(paragraph("No rows yet.", px, width, primary=False, color=MUTED))
    if block.row_flags:
        legend = "\n".join(f"* {meaning}" for meaning in block.row_flags.values())
        units.append(paragraph(legend, px, width, primary=False, color=MUTED))
    return units


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
