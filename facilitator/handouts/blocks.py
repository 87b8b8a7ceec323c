"""Every block kind's printed forms, in one table: the blank worksheet (participant packet),
whether a meeting captured anything in it, and what it captured (session summary).

This is the handouts' one dispatch on block kind: a new kind adds one row here.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from reportlab.platypus import Spacer

from facilitator.domain.template import AnyBlock, BlockKind
from facilitator.handouts import captured, worksheets
from facilitator.handouts.context import Ctx


@dataclass(frozen=True)
class KindPrint:
    blank: Callable[[Ctx, Any], None]
    captured: Callable[[Ctx, Any], bool]
    filled: Callable[[Ctx, Any], None]


PRINTS: dict[BlockKind, KindPrint] = {
    BlockKind.TEXT: KindPrint(worksheets.text_block, captured.text_captured,
                              captured.text_block),
    BlockKind.TABLE: KindPrint(worksheets.table_block, captured.table_captured,
                               captured.table_block),
    BlockKind.IDEAS: KindPrint(worksheets.ideas_block, captured.ideas_captured,
                               captured.ideas_block),
    BlockKind.GRID: KindPrint(worksheets.grid_block, captured.grid_captured,
                              captured.grid_block),
    BlockKind.ACTIONS: KindPrint(worksheets.actions_block, captured.actions_captured,
                                 captured.actions_block),
    BlockKind.THEMES: KindPrint(worksheets.themes_block, captured.themes_captured,
                                captured.themes_block),
}


def blank_block(ctx: Ctx, block: AnyBlock) -> None:
    """The block as a blank worksheet, with room to write."""
    ctx.orient_for(block)
    PRINTS[block.kind].blank(ctx, block)
    ctx.add(Spacer(1, 10))


def has_captured(ctx: Ctx, block: AnyBlock) -> bool:
    """Whether the meeting captured anything in this block (else the summary leaves it out)."""
    return PRINTS[block.kind].captured(ctx, block)


def filled_block(ctx: Ctx, block: AnyBlock) -> None:
    """What the meeting captured in the block (call only when `has_captured`)."""
    ctx.orient_for(block)
    PRINTS[block.kind].filled(ctx, block)
    ctx.add(Spacer(1, 8))
