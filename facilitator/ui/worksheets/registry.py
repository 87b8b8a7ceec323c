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

from PySide6.QtWidgets import QWidget

from facilitator.domain.template import AnyBlock, BlockKind
from facilitator.ui.worksheets.kit.context import BlockContext

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
