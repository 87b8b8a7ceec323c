"""A workshop's disk that fills up on demand: every write then fails inside SQLite's driver as it
does on a full disk, and SQLAlchemy wraps it as it would the real one (statement, parameters)."""

from __future__ import annotations

import sqlite3
from typing import Any

from sqlalchemy import event

from facilitator.services.workshop import Workshop

WRITES = ("INSERT", "UPDATE", "DELETE", "REPLACE")


class FullDisk:
    def __init__(self, ws: Workshop, error: str = "database or disk is full") -> None:
        self.full = False
        self.refused = 0
        self.error = error
        self._engine = ws.db.engine
        event.listen(self._engine, "before_cursor_execute", self._check)

    def fill(self) -> None:
        self.full = True

    def free(self) -> None:
        self.full = False

    def _check(self, _conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        if self.full and statement.lstrip().upper().startswith(WRITES):
            self.refused += 1
            raise sqlite3.OperationalError(self.error)
