"""Per-meeting block settings (small JSON values), inside the caller's transaction."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import Connection, select

from facilitator.storage.rows import put
from facilitator.storage.schema import block_setting_table as settings


def _where(meeting_id: int, block_id: str, key: str) -> tuple:
    return (settings.c.meeting_id == meeting_id, settings.c.block_id == block_id,
            settings.c.key == key)


def read_setting(db: Connection, meeting_id: int, block_id: str, key: str) -> Any:
    value = db.scalar(select(settings.c.value).where(*_where(meeting_id, block_id, key)))
    return None if value is None else json.loads(value)


def write_setting(db: Connection, meeting_id: int, block_id: str, key: str, value: Any) -> None:
    put(db, settings, {"meeting_id": meeting_id, "block_id": block_id, "key": key},
        value=json.dumps(value, ensure_ascii=False))


def settings_of(db: Connection, meeting_id: int) -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    for row in db.execute(select(settings).where(settings.c.meeting_id == meeting_id)
                          .order_by(settings.c.block_id, settings.c.key)):
        out.setdefault(row.block_id, {})[row.key] = json.loads(row.value)
    return out
