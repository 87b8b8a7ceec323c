"""Look up a template block of the expected kind, or fail with a message naming it."""

from __future__ import annotations

from typing import TypeVar

from facilitator.domain.template import AnyBlock, Block
from facilitator.services.errors import NotFoundError
from facilitator.services.workshop import Workshop

B = TypeVar("B", bound=Block)


def block_of(ws: Workshop, block_id: str, kind: type[B]) -> B:
    try:
        block: AnyBlock = ws.template.block(block_id)
    except KeyError:
        raise NotFoundError(f"this workshop has no worksheet '{block_id}'") from None
    if not isinstance(block, kind):
        raise NotFoundError(f"worksheet '{block_id}' is a {block.kind.value} block, "
                            f"not a {kind.__name__.removesuffix('Block').lower()} block")
    return block
