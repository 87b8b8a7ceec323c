"""Engines for workshop files, with the saving rules of DESIGN.md ("Saving").

Rollback journal (not WAL: unsafe on network drives and USB sticks, and the file must be whole
on its own after every commit), synchronous=FULL, foreign keys on. Transactions are explicit
(SQLAlchemy's pysqlite recipe), so DDL in a migration commits or rolls back with everything else.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import NullPool

PRAGMAS = ("PRAGMA journal_mode=DELETE", "PRAGMA synchronous=FULL", "PRAGMA foreign_keys=ON")


def sqlite_url(path: Path, *, readonly: bool) -> str:
    mode = "ro" if readonly else "rw"
    return f"sqlite:///file:{path.resolve().as_posix()}?mode={mode}&uri=true"


def make_engine(path: Path, *, readonly: bool = False, create: bool = False) -> Engine:
    url = sqlite_url(path, readonly=readonly)
    if create:
        url = url.replace("mode=rw", "mode=rwc")
    # One connection kept open for the life of the workshop: the app is the only writer.
    engine = create_engine(url, poolclass=NullPool if readonly else None,
                           connect_args={"check_same_thread": False, "timeout": 5})
    _install_rules(engine, readonly=readonly)
    return engine


def _install_rules(engine: Engine, *, readonly: bool) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        dbapi_connection.isolation_level = None  # we issue BEGIN ourselves
        cursor = dbapi_connection.cursor()
        for pragma in PRAGMAS[1:] if readonly else PRAGMAS:
            cursor.execute(pragma)
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        connection.exec_driver_sql("BEGIN" if readonly else "BEGIN IMMEDIATE")
