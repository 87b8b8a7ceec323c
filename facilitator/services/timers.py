"""Agenda progress per meeting: elapsed time, running state, planned minutes, done, current item.

The UI measures time with a monotonic clock (domain.timer); these calls store the result so that
closing the app, or a crash, resumes where the meeting was.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, select, update

from facilitator.domain.snapshot import ItemTime
from facilitator.services.changes import Changed, ChangeKind
from facilitator.services.errors import ServiceError
from facilitator.services.workshop import Workshop
from facilitator.storage.rows import put
from facilitator.storage.schema import meeting_table, timer_table


def _check_item(ws: Workshop, item: int) -> None:
    if not 0 <= item < len(ws.template.agenda):
        raise ServiceError(f"agenda item {item + 1} does not exist")


def _put_timer(db: Connection, meeting_id: int, item: int, **values: Any) -> None:
    """Change an item's stored timer, making its row on first use."""
    put(db, timer_table, {"meeting_id": meeting_id, "item": item}, **values)


def save_timer(ws: Workshop, item: int, elapsed_s: float, *, running: bool,
               meeting: int | None = None) -> Changed:
    """Store an item's elapsed seconds and whether it is running (start, pause, checkpoint)."""
    _check_item(ws, item)
    if elapsed_s < 0:
        raise ServiceError("elapsed time cannot be negative")
    with ws.transaction() as db:
        meeting_id = ws.meeting_id(meeting, db)
        if running:  # only one item runs at a time
            db.execute(update(timer_table).where(timer_table.c.meeting_id == meeting_id,
                                                 timer_table.c.running.is_(True),
                                                 timer_table.c.item != item)
                       .values(running=False))
        _put_timer(db, meeting_id, item, elapsed_s=float(elapsed_s), running=running)
    return Changed(ChangeKind.AGENDA, "", (item,))


def timer_start(ws: Workshop, item: int, elapsed_s: float, *,
                meeting: int | None = None) -> Changed:
    return save_timer(ws, item, elapsed_s, running=True, meeting=meeting)


def timer_stop(ws: Workshop, item: int, elapsed_s: float, *,
               meeting: int | None = None) -> Changed:
    return save_timer(ws, item, elapsed_s, running=False, meeting=meeting)


def set_minutes(ws: Workshop, minutes_by_item: dict[int, int], *,
                meeting: int | None = None) -> Changed:
    """Change planned minutes of one or more items at once (+1 minute, rebalance)."""
    for item, minutes in minutes_by_item.items():
        _check_item(ws, item)
        if not isinstance(minutes, int) or minutes < 1:
            raise ServiceError("planned minutes must be a whole number, 1 or more")
    with ws.transaction() as db:
        meeting_id = ws.meeting_id(meeting, db)
        for item, minutes in minutes_by_item.items():
            _put_timer(db, meeting_id, item, minutes=minutes)
    return Changed(ChangeKind.AGENDA, "", tuple(minutes_by_item))


def set_done(ws: Workshop, item: int, done: bool, *, meeting: int | None = None) -> Changed:
    _check_item(ws, item)
    with ws.transaction() as db:
        _put_timer(db, ws.meeting_id(meeting, db), item, done=done)
    return Changed(ChangeKind.AGENDA, "", (item,))


def set_current_item(ws: Workshop, item: int, *, meeting: int | None = None) -> Changed:
    _check_item(ws, item)
    with ws.transaction() as db:
        meeting_id = ws.meeting_id(meeting, db)
        db.execute(update(meeting_table).where(meeting_table.c.id == meeting_id)
                   .values(current_item=item))
    return Changed(ChangeKind.AGENDA, "", (item,))


def timers_of(db: Connection, ws: Workshop, meeting_id: int) -> list[ItemTime]:
    stored = {r.item: r for r in db.execute(select(timer_table)
                                            .where(timer_table.c.meeting_id == meeting_id))}
    out = []
    for index, item in enumerate(ws.template.agenda):
        row = stored.get(index)
        if row is None:
            out.append(ItemTime(index, item.minutes))
        else:
            out.append(ItemTime(index, row.minutes or item.minutes, row.elapsed_s, row.running,
                                row.done))
    return out


def read_timers(ws: Workshop, *, meeting: int | None = None) -> list[ItemTime]:
    with ws.reading() as db:
        return timers_of(db, ws, ws.meeting_id(meeting, db))
