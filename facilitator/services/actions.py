"""Actions with owner, deadline and status; each status is also kept per meeting (history)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from sqlalchemy import Connection, Row, delete, func, insert, select, update

from facilitator.domain.snapshot import Action
from facilitator.domain.template import ActionsBlock
from facilitator.services.blocks import block_of
from facilitator.services.changes import Changed, ChangeKind, Removed
from facilitator.services.errors import NotFoundError, ServiceError
from facilitator.services.workshop import Workshop
from facilitator.storage.rows import put
from facilitator.storage.schema import action_status_table, action_table, meeting_table

EDITABLE = {"text", "owner", "owner_id", "deadline", "status", "category", "notes", "created",
            "source", "position"}


def _check(block: ActionsBlock, fields: dict[str, Any]) -> None:
    unknown = set(fields) - EDITABLE
    if unknown:
        raise ServiceError(f"actions have no field {sorted(unknown)[0]!r}")
    if "status" in fields and fields["status"] not in block.statuses:
        raise ServiceError(f"'{fields['status']}' is not a status; use one of: "
                           + ", ".join(block.statuses))
    if fields.get("category") and block.categories and fields["category"] not in block.categories:
        raise ServiceError(f"'{fields['category']}' is not one of: " + ", ".join(block.categories))


def _record_status(db: Connection, action_id: int, meeting_id: int, status: str) -> None:
    """The action's status at this meeting: one entry per (action, meeting), last one wins."""
    put(db, action_status_table, {"action_id": action_id, "meeting_id": meeting_id},
        status=status)


def _action_row(db: Connection, action_id: int) -> Row[Any]:
    row = db.execute(select(action_table).where(action_table.c.id == action_id)).first()
    if row is None:
        raise NotFoundError(f"action {action_id} does not exist")
    return row


def add_action(ws: Workshop, block_id: str, text: str, *, meeting: int | None = None,
               action_id: int | None = None, **fields: Any) -> Changed:
    """A new action (created today unless given); `ids` holds its id."""
    block = block_of(ws, block_id, ActionsBlock)
    fields.setdefault("status", block.statuses[0])
    fields.setdefault("created", date.today().isoformat())
    _check(block, fields)
    with ws.transaction() as db:
        meeting_id = ws.meeting_id(meeting, db)
        if "position" not in fields:
            last = db.scalar(select(func.max(action_table.c.position))
                             .where(action_table.c.block_id == block_id))
            fields["position"] = (last or 0) + 1
        if action_id is not None:  # a given id (undo, load); otherwise the next free one
            fields["id"] = action_id
        new_id = db.execute(insert(action_table).values(
            block_id=block_id, meeting_id=meeting_id, text=text, **fields),
        ).inserted_primary_key[0]
        _record_status(db, new_id, meeting_id, fields["status"])
    return Changed(ChangeKind.ACTIONS, block_id, (new_id,))


def update_action(ws: Workshop, action_id: int, *, meeting: int | None = None,
                  **fields: Any) -> Changed:
    """Change any field; a status change is recorded against the (latest) meeting."""
    with ws.transaction() as db:
        block_id = _action_row(db, action_id).block_id
        _check(block_of(ws, block_id, ActionsBlock), fields)
        if fields:
            db.execute(update(action_table).where(action_table.c.id == action_id)
                       .values(**fields))
        if "status" in fields:
            _record_status(db, action_id, ws.meeting_id(meeting, db), fields["status"])
    return Changed(ChangeKind.ACTIONS, block_id, (action_id,))


def remove_action(ws: Workshop, action_id: int) -> Removed[Action]:
    """Delete an action; its status history goes with it (ON DELETE CASCADE). The result holds
    the action as it was, for `restore_action`."""
    with ws.transaction() as db:
        old = actions_of(db, [_action_row(db, action_id)])[0]
        db.execute(delete(action_table).where(action_table.c.id == action_id))
    return Removed(ChangeKind.ACTIONS, old.block_id, (action_id,), item=old)


def restore_action(ws: Workshop, action: Action) -> Changed:
    """Put a removed action back with its id, fields and status history."""
    block_of(ws, action.block_id, ActionsBlock)
    with ws.transaction() as db:
        meeting_id = None
        if action.meeting_number is not None:
            meeting_id = db.scalar(select(meeting_table.c.id)
                                   .where(meeting_table.c.number == action.meeting_number))
        db.execute(insert(action_table).values(
            id=action.id, block_id=action.block_id, meeting_id=meeting_id, text=action.text,
            owner=action.owner, owner_id=action.owner_id, deadline=action.deadline,
            status=action.status, category=action.category, notes=action.notes,
            created=action.created, source=action.source, position=action.position))
        numbers = dict(db.execute(select(meeting_table.c.number, meeting_table.c.id)).all())
        history = [{"action_id": action.id, "meeting_id": numbers[number], "status": status}
                   for number, status in action.history if number in numbers]
        if history:  # an empty list would insert one row of defaults
            db.execute(insert(action_status_table), history)
    return Changed(ChangeKind.ACTIONS, action.block_id, (action.id,))


def actions_of(db: Connection, rows: Sequence[Row[Any]] | None = None) -> list[Action]:
    """Actions as domain objects: the given `action` rows, or every action of the workshop."""
    statuses = select(action_status_table.c.action_id, action_status_table.c.meeting_id,
                      action_status_table.c.status)
    if rows is None:
        rows = db.execute(select(action_table).order_by(
            action_table.c.block_id, action_table.c.position, action_table.c.id)).all()
    else:
        statuses = statuses.where(action_status_table.c.action_id.in_([r.id for r in rows]))
    numbers = dict(db.execute(select(meeting_table.c.id, meeting_table.c.number)).all())
    history: dict[int, list[tuple[int, str]]] = {}
    for entry in db.execute(statuses):
        history.setdefault(entry.action_id, []).append((numbers[entry.meeting_id], entry.status))
    return [Action(r.id, r.block_id, r.text, r.owner, r.owner_id, r.deadline, r.status,
                   r.category, r.notes, r.created, r.source,
                   numbers.get(r.meeting_id) if r.meeting_id else None, r.position,
                   tuple(sorted(history.get(r.id, []))))
            for r in rows]


def read_actions(ws: Workshop, block_id: str | None = None) -> list[Action]:
    with ws.reading() as db:
        found = actions_of(db)
    return [a for a in found if block_id is None or a.block_id == block_id]
