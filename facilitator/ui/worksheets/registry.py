"""Which widget shows which block kind: the one seam between the runner and the worksheets.

Each block kind lives in its own module, `facilitator.ui.worksheets.<kind>.widget`, which defines

    def create(ctx: BlockContext, block: <its Block class>) -> QWidget

The same function builds the editable widget for the facilitator window (`ctx.readonly` False)
and the large read-only view on the presenter window (`ctx.readonly` True). Widgets edit only
through services wrapped in QUndoCommands pushed on `ctx.undo`, emit the resulting `Changed` on
`ctx.hub.changed`, and refresh themselves when `ctx.hub.changed` names their block.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtWidgets import QWidget

from facilitator.domain.template import AnyBlock, BlockKind
from facilitator.ui.worksheets.kit.context import BlockContext

if TYPE_CHECKING:  # the projected layouts load when the projector first shows a worksheet
    from facilitator.ui.worksheets.kit.projection import Focus, Layout, Unit

BlockFactory = Callable[[BlockContext, AnyBlock], QWidget]

def factory_for(kind: BlockKind) -> BlockFactory:
    """The `create` of `kind`'s module. Plain import statements, so that bundlers (PyInstaller)
    and import-linter see every worksheet module; each is imported when its kind is first shown,
    which keeps the worksheets' modules off the path to the first paint."""
    if kind is BlockKind.TEXT:
        from facilitator.ui.worksheets.text.widget import create as text
        return text  # type: ignore[return-value]
    if kind is BlockKind.TABLE:
        from facilitator.ui.worksheets.table.widget import create as table
        return table  # type: ignore[return-value]
    if kind is BlockKind.IDEAS:
        from facilitator.ui.worksheets.ideas.widget import create as ideas
        return ideas  # type: ignore[return-value]
    if kind is BlockKind.GRID:
        from facilitator.ui.worksheets.grid.widget import create as grid
        return grid  # type: ignore[return-value]
    if kind is BlockKind.ACTIONS:
        from facilitator.ui.worksheets.actions.widget import create as actions
        return actions  # type: ignore[return-value]
    if kind is BlockKind.THEMES:
        from facilitator.ui.worksheets.themes.widget import create as themes
        return themes  # type: ignore[return-value]
    raise LookupError(f"no worksheet widget for block kind {kind!r}")


def create_block_widget(ctx: BlockContext, block: AnyBlock) -> QWidget:
    widget = factory_for(block.kind)(ctx, block)
    widget.setObjectName(f"block:{block.id}")
    widget.setAccessibleName(block.title)
    return widget


# The projector's layouts ------------------------------------------------------------------------
ProjectFn = Callable[..., "Layout"]         # (ctx, block, focus) -> its layout, data read once
FocusFn = Callable[[QWidget], "Focus | None"]  # the laptop's widget -> where the facilitator is


class Projection(NamedTuple):
    project: ProjectFn
    focus: FocusFn


def _board(ctx: BlockContext, block: AnyBlock, focus: Focus | None = None) -> Layout:
    """The grid is a live board: its read-only widget fills the rest of a page. It writes its
    own title, at the size of the rest of its text: a page's heading size would take the room
    the board needs to be read from the back (grid/projected_layout.py)."""
    from facilitator.ui.worksheets.kit.projected_parts import block_anchor
    from facilitator.ui.worksheets.kit.projection import Unit

    def layout(px: int, width: float) -> list[Unit]:
        return [Unit(0.0, embed=lambda: create_block_widget(ctx, block), embed_key=block.id,
                     anchors=(block_anchor(block.id),))]

    return layout


def _board_focus(widget: QWidget) -> Focus | None:
    from facilitator.ui.worksheets.kit.projection import Focus

    block = getattr(widget, "block", None)
    return Focus(block.id) if block is not None else None


def projection_for(kind: BlockKind) -> Projection:
    """`kind`'s projected layout (`facilitator.ui.worksheets.<kind>.projected`), imported
    when first projected."""
    if kind is BlockKind.TEXT:
        from facilitator.ui.worksheets.text import projected as text
        return Projection(text.project, text.focus)
    if kind is BlockKind.TABLE:
        from facilitator.ui.worksheets.table import projected as table
        return Projection(table.project, table.focus)
    if kind is BlockKind.IDEAS:
        from facilitator.ui.worksheets.ideas import projected as ideas
        return Projection(ideas.project, ideas.focus)
    if kind is BlockKind.GRID:
        return Projection(_board, _board_focus)
    if kind is BlockKind.ACTIONS:
        from facilitator.ui.worksheets.actions import projected as actions
        return Projection(actions.project, actions.focus)
    if kind is BlockKind.THEMES:
        from facilitator.ui.worksheets.themes import projected as themes
        return Projection(themes.project, themes.focus)
    raise LookupError(f"no projected layout for block kind {kind!r}")
