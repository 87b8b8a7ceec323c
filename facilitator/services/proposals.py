"""From grid to plan: cards in the high-impact quadrants become rows of the actions worksheet.

Each proposal keeps the card's reference in `Action.source`, so that moving the card later can
update the proposal's category (see card_moves.py), and proposing twice adds no duplicates.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Connection, Row, delete, func, insert, select, update

from facilitator.domain.grid import PRIORITY_ORDER, Quadrant, quadrant_name, quadrant_of
from facilitator.domain.snapshot import Action
from facilitator.domain.template import ActionsBlock, GridBlock, Template
from facilitator.services.actions import read_actions
from facilitator.services.blocks import block_of
from facilitator.services.cards import board_cards
from facilitator.services.changes import Changed, ChangeKind
from facilitator.services.errors import ServiceError
from facilitator.services.workshop import Workshop
from facilitator.storage.schema import action_status_table, action_table


@dataclass(frozen=True)
class Proposed:
    """What one "Propose" did, so that undo can take exactly that back."""

    block_id: str                               # the actions worksheet
    added: tuple[int, ...] = ()                 # new action ids
    recategorised: tuple[tuple[int, str], ...] = ()   # (action id, category before)

    # What the views show again: the proposals (the board's marks follow them); None when
    # there was nothing to propose.
    changed: Changed | None = None

    @property
    def ids(self) -> tuple[int, ...]:
        return self.added + tuple(i for i, _ in self.recategorised)


def target_block(template: Template, grid: GridBlock) -> ActionsBlock | None:
    """The actions worksheet proposals go to: the one whose categories name the high-impact
    quadrants, else the first actions worksheet after the grid, else the first at all."""
    actions = [b for b in template.blocks() if isinstance(b, ActionsBlock)]
    names = {grid.quadrants.high_impact_easy, grid.quadrants.high_impact_hard}
    for block in actions:
        if names & set(block.categories):
            return block
    order = [b.id for b in template.blocks()]
    after = [b for b in actions if order.index(b.id) > order.index(grid.id)]
    return (after or actions or [None])[0]


def category_for(block: ActionsBlock, grid: GridBlock, quadrant: Quadrant) -> str:
    """The proposal category for a quadrant, when the actions worksheet allows that name."""
    name = quadrant_name(grid.quadrants, quadrant)
    return name if not block.categories or name in block.categories else ""


def linked(db: Connection, actions_block_id: str, card: str) -> list[Row[Any]]:
    """The `action` rows proposed from `card` (read-only rows: change them with `update`)."""
    return list(db.execute(select(action_table)
                           .where(action_table.c.block_id == actions_block_id,
                                  action_table.c.source == card)
                           .order_by(action_table.c.id)))


def _need_target(ws: Workshop, grid: GridBlock) -> ActionsBlock:
    block = target_block(ws.template, grid)
    if block is None:
        raise ServiceError("this workshop has no actions worksheet to propose to")
    return block


def propose(ws: Workshop, grid_id: str, *, meeting: int | None = None) -> Proposed:
    """One transaction: every placed card in a high-impact quadrant without a proposal gets one
    (category = quadrant name, text = card label, owner and deadline left to fill); existing
    proposals whose card changed quadrant get the new category."""
    grid = block_of(ws, grid_id, GridBlock)
    target = _need_target(ws, grid)
    with ws.transaction() as db:
        meeting_id = ws.meeting_id(meeting, db)
        cards = [c for c in board_cards(db, ws, grid, meeting_id) if c.placed]
        cards = [c for c in cards if quadrant_of(c.x or 0.0, c.y or 0.0).high_impact]
        # Priority order: "Do it now!" first, then by impact, then by ease.
        cards.sort(key=lambda c: (PRIORITY_ORDER.index(quadrant_of(c.x or 0.0, c.y or 0.0)),
                                  -(c.y or 0.0), -(c.x or 0.0)))
        last = db.scalar(select(func.max(action_table.c.position))
                         .where(action_table.c.block_id == target.id)) or 0
        added: list[int] = []
        recategorised: list[tuple[int, str]] = []
        for card in cards:
            category = category_for(target, grid, quadrant_of(card.x or 0.0, card.y or 0.0))
            existing = linked(db, target.id, card.ref)
            if existing:
                moved = [(row.id, row.category) for row in existing
                         if category and row.category != category]
                if moved:
                    db.execute(update(action_table)
                               .where(action_table.c.id.in_([i for i, _ in moved]))
                               .values(category=category))
                    recategorised.extend(moved)
                continue
            last += 1
            status = target.statuses[0]
            new_id = db.execute(insert(action_table).values(
                block_id=target.id, meeting_id=meeting_id, text=card.label, status=status,
                category=category, created=date.today().isoformat(), source=card.ref,
                position=last)).inserted_primary_key[0]
            db.execute(insert(action_status_table).values(action_id=new_id,
                                                          meeting_id=meeting_id, status=status))
            added.append(new_id)
    ids = (*added, *(i for i, _ in recategorised))
    changed = Changed(ChangeKind.ACTIONS, target.id, tuple(ids)) if ids else None
    return Proposed(target.id, tuple(added), tuple(recategorised), changed)


def withdraw(ws: Workshop, proposed: Proposed) -> Changed:
    """Undo of `propose`, one transaction: remove what it added, restore what it recategorised."""
    with ws.transaction() as db:
        if proposed.added:
            db.execute(delete(action_status_table)
                       .where(action_status_table.c.action_id.in_(proposed.added)))
            db.execute(delete(action_table).where(action_table.c.id.in_(proposed.added)))
        for action_id, category in proposed.recategorised:  # a missing action: nothing to do
            db.execute(update(action_table).where(action_table.c.id == action_id)
                       .values(category=category))
    return Changed(ChangeKind.ACTIONS, proposed.block_id, proposed.ids)


def read_proposals(ws: Workshop, grid_id: str) -> dict[str, Action]:
    """Proposals made from this board's cards, by card reference (the first one per card)."""
    grid = block_of(ws, grid_id, GridBlock)
    target = target_block(ws.template, grid)
    if target is None:
        return {}
    out: dict[str, Action] = {}
    for action in read_actions(ws, target.id):
        if action.source and action.source not in out:
            out[action.source] = action
    return out


def set_proposal_categories(ws: Workshop, changes: Sequence[tuple[int, str]]) -> Changed:
    """Set several proposals' categories in one transaction (used by undo)."""
    block_id = ""
    with ws.transaction() as db:
        for action_id, category in changes:
            found = db.scalar(select(action_table.c.block_id)
                              .where(action_table.c.id == action_id))
            if found is not None:
                db.execute(update(action_table).where(action_table.c.id == action_id)
                           .values(category=category))
                block_id = found
    return Changed(ChangeKind.ACTIONS, block_id, tuple(i for i, _ in changes))
