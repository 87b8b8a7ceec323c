"""Small statement helpers the services share (SQLAlchemy Core, portable SQL)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import Connection, Table, insert, update


def put(db: Connection, table: Table, key: Mapping[str, Any], **values: Any) -> None:
    """Set `values` on the row of `table` that `key` names (columns with a unique constraint),
    making the row on first use. An update, then an insert if nothing matched: no SQLite-only
    upsert, so the same services can run against PostgreSQL. Inside the caller's transaction."""
    where = [table.c[name] == value for name, value in key.items()]
    if db.execute(update(table).where(*where).values(**values)).rowcount == 0:
        db.execute(insert(table).values(**key, **values))
