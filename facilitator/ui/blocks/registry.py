"""Which widget shows which block kind: the one seam between the runner and the worksheets.

Each block kind lives in its own module, `facilitator.ui.blocks.<kind>`, which defines

    def create(ctx: BlockContext, block: <its Block class>) -> QWidget

The same function builds the editable widget for the facilitator window (`ctx.readonly` False)
and the large read-only view on the presenter window (`ctx.readonly` True). Widgets edit only
through services wrapped in QUndoCommands pushed on `ctx.undo`, emit the resulting `Changed` on
`ctx.hub.changed`, and refresh themselves when `ctx.hub.changed` names their block.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from facilitator.domain.template import AnyBlock, BlockKind
from facilitator.services.workshop import Workshop
from facilitator.ui.hub import ChangeHub


@dataclass
class BlockContext:
    ws: Workshop
    undo: QUndoStack
    hub: ChangeHub
    meeting_id: int
    readonly: bool = False   # True on the presenter window
    zoom: float = 1.0        # text scale for the worksheet area


BlockFactory = Callable[[BlockContext, AnyBlock], QWidget]

MODULES: dict[BlockKind, str] = {kind: f"facilitator.ui.blocks.{kind.value}"
                                 for kind in BlockKind}


def factory_for(kind: BlockKind) -> BlockFactory:
    module = importlib.import_module(MODULES[kind])
    create: BlockFactory = module.create
    return create


def create_block_widget(ctx: BlockContext, block: AnyBlock) -> QWidget:
    widget = factory_for(block.kind)(ctx, block)
    widget.setObjectName(f"block:{block.id}")
    widget.setAccessibleName(block.title)
    return widget
