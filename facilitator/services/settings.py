"""Per-meeting block settings (small JSON values), inside the caller's transaction."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from facilitator.storage.schema import BlockSettingRow


def _row(s: Session, meeting_id: int, block_id: str, key: str) -> BlockSettingRow | None:
    return s.scalar(select(BlockSettingRow).where(BlockSettingRow.meeting_id == meeting_id,
                                                  BlockSettingRow.block_id == block_id,
                                                  BlockSettingRow.key == key))


def read_setting(s: Session, meeting_id: int, block_id: str, key: str) -> Any:
    row = _row(s, meeting_id, block_id, key)
    return None if row is None else json.loads(row.value)


def write_setting(s: Session, meeting_id: int, block_id: str, key: str, value: Any) -> None:
    encoded = json.dumps(value, ensure_ascii=False)
    row = _row(s, meeting_id, block_id, key)
    if row is None:
        s.add(BlockSettingRow(meeting_id=meeting_id, block_id=block_id, key=key, value=encoded))
    else:
        row.value = encoded


def settings_of(s: Session, meeting_id: int) -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    for row in s.scalars(select(BlockSettingRow).where(BlockSettingRow.meeting_id == meeting_id)
                         .order_by(BlockSettingRow.block_id, BlockSettingRow.key)):
        out.setdefault(row.block_id, {})[row.key] = json.loads(row.value)
    return out
