"""The `themes` worksheet on the projector: numbered headlines, each with its paragraph in
full, in the room's order."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from facilitator.domain.template import ThemesBlock
from facilitator.services import themes
from facilitator.ui.worksheets.kit.context import BlockContext
from facilitator.ui.worksheets.kit.projected_parts import block_anchor, heading, paragraph
from facilitator.ui.worksheets.kit.projection import (
    ACCENT,
    MUTED,
    Focus,
    Layout,
    Unit,
    list_key,
    piece,
)


def theme_anchor(theme_id: int) -> str:
    return f"theme:{theme_id}"


def project(ctx: BlockContext, block: ThemesBlock, focus: Focus | None = None) -> Layout:
    found = themes.read_themes(ctx.ws, block.id, meeting=ctx.meeting_id)

    def layout(px: int, width: float) -> list[Unit]:
        units = [heading(block.title, px, width, anchors=(block_anchor(block.id),))]
        if block.prompt and not found:
            units.append(paragraph(block.prompt, px, width, primary=False, italic=True,
                                   color=MUTED))
        indent = px * 1.6
        listed = list_key()
        for number, theme in enumerate(found, start=1):
            mark = piece(f"{number}.", px, 0, 0, indent, bold=True, color=ACCENT)
            title = piece(theme.headline, px, indent, 0, width - indent, bold=True,
                          primary=True)
            pieces = [mark, title]
            bottom = title.rect.bottom()
            if theme.body:
                body = piece(theme.body, px, indent, bottom, width - indent, primary=True)
                pieces.append(body)
                bottom = body.rect.bottom()
            units.append(Unit(bottom + px * 0.3, pieces, anchors=(theme_anchor(theme.id),),
                              entries=1, listed=listed))
        if not found:
            units.append(paragraph(QCoreApplication.translate("Projector", "No themes yet."), px,
                                   width, primary=False, color=MUTED))
        return units

    return layout


def focus(widget: QWidget) -> Focus | None:
    block = getattr(widget, "block", None)
    view = getattr(widget, "view", None)
    model = getattr(widget, "model", None)
    if block is None or view is None or model is None:
        return None
    row = view.currentIndex().row()
    listed = getattr(model, "themes", [])
    anchor = theme_anchor(listed[row].id) if 0 <= row < len(listed) else ""
    return Focus(block.id, anchor)
