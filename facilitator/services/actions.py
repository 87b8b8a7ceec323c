"""Actions with owner, deadline and status; each status is also kept per meeting (history)."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from facilitator.domain.snapshot import Action
from facilitator.domain.template import ActionsBlock
from facilitator.services.blocks import block_of
from facilitator.services.changes import Changed
from facilitator.services.errors import NotFoundError, ServiceError
from facilitator.services.workshop import Workshop
from facilitator.storage.schema import ActionRow, ActionStatusRow, MeetingRow

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


def _record_status(s: Session, action_id: int, meeting_id: int, status: str) -> None:
    row = s.scalar(select(ActionStatusRow).where(ActionStatusRow.action_id == action_id,
                                                 ActionStatusRow.meeting_id == meeting_id))
    if row is None:
        s.add(ActionStatusRow(action_id=action_id, meeting_id=meeting_id, status=status))
    else:
        row.status = status


def add_action(ws: Workshop, block_id: str, text: str, *, meeting: int | None = None,
               action_id: int | None = None, **fields: Any) -> Changed:
    """A new action (created today unless given); `ids` holds its id."""
    block = block_of(ws, block_id, ActionsBlock)
    fields.setdefault("status", block.statuses[0])
    fields.setdefault("created", date.today().isoformat())
    _check(block, fields)
    with ws.transaction() as s:
        meeting_id = ws.meeting_id(meeting, s)
        if "position" not in fields:
            last = s.scalar(select(func.max(ActionRow.position))
                            .where(ActionRow.block_id == block_id))
            fields["position"] = (last or 0) + 1
        row = ActionRow(id=action_id, block_id=block_id, meeting_id=meeting_id, text=text,
                        **fields)
        s.add(row)
        s.flush()
        _record_status(s, row.id, meeting_id, row.status)
        new_id = row.id
    return Changed("actions", block_id, (new_id,))


def update_action(ws: Workshop, action_id: int, *, meeting: int | None = None,
                  **fields: Any) -> Changed:
    """Change any field; a status change is recorded against the (latest) meeting."""
    with ws.transaction() as s:
        row = s.get(ActionRow, action_id)
        if row is None:
            raise NotFoundError(f"action {action_id} does not exist")
        _check(block_of(ws, row.block_id, ActionsBlock), fields)
        for name, value in fields.items():
            setattr(row, name, value)
        if "status" in fields:
            _record_status(s, action_id, ws.meeting_id(meeting, s), row.status)
        block_id = row.block_id
    return Changed("actions", block_id, (action_id,))


def remove_action(ws: Workshop, action_id: int) -> Action:
    with ws.transaction() as s:
        row = s.get(ActionRow, action_id)
        if row is None:
            raise NotFoundError(f"action {action_id} does not exist")
        old = actions_of(s, [row])[0]
        s.delete(row)
    return old


def restore_action(ws: Workshop, action: Action) -> Changed:
    """Put a removed action back with its id, fields and status history."""
    block_of(ws, action.block_id, ActionsBlock)
    with ws.transaction() as s:
        meeting_id = None
        if action.meeting_number is not None:
            meeting_id = s.scalar(select(MeetingRow.id)
                                  .where(MeetingRow.number == action.meeting_number))
        s.add(ActionRow(id=action.id, block_id=action.block_id, meeting_id=meeting_id,
                        text=action.text, owner=action.owner, owner_id=action.owner_id,
                        deadline=action.deadline, status=action.status,
                        category=action.category, notes=action.notes, created=action.created,
                        source=action.source, position=action.position))
        s.flush()
        numbers = dict(s.execute(select(MeetingRow.number, MeetingRow.id)).all())
        for number, status in action.history:
            if number in numbers:
                s.add(ActionStatusRow(action_id=action.id, meeting_id=numbers[number],
                                      status=status))
    return Changed("actions", action.block_id, (action.id,))


def actions_of(s: Session, rows: list[ActionRow] | None = None) -> list[Action]:
    if rows is None:
        rows = list(s.scalars(select(ActionRow).order_by(ActionRow.block_id,
                                                         ActionRow.position, ActionRow.id)))
    numbers = dict(s.execute(select(MeetingRow.id, MeetingRow.number)).all())
    history: dict[int, list[tuple[int, str]]] = {}
    ids = [r.id for r in rows]
    for entry in s.scalars(select(ActionStatusRow).where(ActionStatusRow.action_id.in_(ids))):
        history.setdefault(entry.action_id, []).append((numbers[entry.meeting_id], entry.status))
    return [Action(r.id, r.block_id, r.text, r.owner, r.owner_id, r.deadline, r.status,
                   r.category, r.notes, r.created, r.source,
                   numbers.get(r.meeting_id) if r.meeting_id else None, r.position,
                   tuple(sorted(history.get(r.id, []))))
            for r in rows]


def read_actions(ws: Workshop, block_id: str | None = None) -> list[Action]:
    with ws.reading() as s:
        found = actions_of(s)
    return [a for a in found if block_id is None or a.block_id == block_id]
