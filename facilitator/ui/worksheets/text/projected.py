"""The `text` worksheet on the projector: its reference text paragraph by paragraph, each
section's points, and the room's notes, paged between paragraphs when long."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from facilitator.domain.template import TextBlock
from facilitator.services.run_state import read_note
from facilitator.ui.worksheets.kit.context import BlockContext
from facilitator.ui.worksheets.kit.projected_parts import (
    block_anchor,
    heading,
    paragraph,
    paragraphs,
)
from facilitator.ui.worksheets.kit.projection import ACCENT, MUTED, Focus, Layout, Unit

NOTES_ANCHOR = "notes"


def project(ctx: BlockContext, block: TextBlock, focus: Focus | None = None) -> Layout:
    notes = read_note(ctx.ws, block.id, meeting=ctx.meeting_id) if block.notes_field else ""

    def layout(px: int, width: float) -> list[Unit]:
        units = [heading(block.title, px, width, anchors=(block_anchor(block.id),))]
        if block.instructions:
            units.append(paragraph(block.instructions, px, width, primary=False, italic=True,
                                   color=MUTED, once=block.instructions))
        if block.body:
            units += paragraphs(block.body, px, width)
        for section in block.sections:
            units.append(paragraph(section.heading, px, width, bold=True, color=ACCENT,
                                   keep_with_next=bool(section.points)))
            units += [paragraph(f"• {point}", px, width, indent=px * 0.6)
                      for point in section.points]
        if block.notes_field:
            units.append(paragraph(QCoreApplication.translate("Projector", "Notes from the room"),
                                   px, width, bold=True, color=ACCENT,
                                   keep_with_next=True,
                                   anchors=(f"{NOTES_ANCHOR}:{block.id}",)))
            units += paragraphs(notes, px, width) or [
                paragraph("…", px, width, primary=False, color=MUTED)]
        return units

    return layout


def focus(widget: QWidget) -> Focus | None:
    block = getattr(widget, "block", None)
    if block is None:
        return None
    editing = getattr(widget, "notes_edit", None)
    on_notes = editing is not None and editing.hasFocus()
    return Focus(block.id, f"{NOTES_ANCHOR}:{block.id}" if on_notes else "")
