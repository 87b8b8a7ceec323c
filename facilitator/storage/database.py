"""Open and create workshop files with every guard of DESIGN.md ("Saving").

A refused file is never modified: it is identified from its header bytes and checked through a
read-only connection before anything opens it for writing.
"""

from __future__ import annotations

import os
import sqlite3
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Connection, Engine
from sqlalchemy.exc import SQLAlchemyError

from facilitator.storage.engine import make_engine
from facilitator.storage.errors import Damaged, NotFound, ReadOnly, TooNew, Unwritable
from facilitator.storage.header import read_header
from facilitator.storage.lock import FileLock
from facilitator.storage.schema import APPLICATION_ID, SCHEMA_VERSION, metadata


def journal_path(path: Path) -> Path:
    return path.with_name(path.name + "-journal")


def _has_hot_journal(path: Path) -> bool:
    journal = journal_path(path)
    return journal.exists() and journal.stat().st_size > 0


def _quick_check(path: Path) -> None:
    """Read-only structural check; raises Damaged. Opens with mode=ro so nothing is written."""
    try:
        connection = sqlite3.connect(f"file:{path.resolve().as_posix()}?mode=ro", uri=True)
        try:
            result = connection.execute("PRAGMA quick_check").fetchall()
            connection.execute("SELECT count(*) FROM workshop").fetchone()
        finally:
            connection.close()
    except sqlite3.DatabaseError as exc:
        raise Damaged(f"{path}: the workshop file is damaged ({exc})") from None
    if result != [("ok",)]:
        # SQLite reports one problem per row, some spread over lines: the user gets one line.
        first = next((line for row in result for line in str(row[0]).splitlines()
                      if line.strip() and not line.startswith("***")), "failed its check")
        raise Damaged(f"{path}: the workshop file is damaged ({first.strip()[:200]})")


class Database:
    """One open workshop file: its engine, its lock, and a transaction helper."""

    def __init__(self, path: Path, engine: Engine, lock: FileLock | None,
                 upgraded_from: Path | None = None) -> None:
        self.path = path
        self.engine = engine
        self._lock = lock
        self.upgraded_from = upgraded_from

    @property
    def readonly(self) -> bool:
        return self._lock is None

    @classmethod
    def open(cls, path: Path, *, readonly: bool = False) -> Database:
        path = Path(path)
        header = read_header(path)
        if header.user_version > SCHEMA_VERSION:
            raise TooNew(f"{path}: was written by a newer version of Facilitator "
                         f"(file version {header.user_version}, this app reads up to "
                         f"{SCHEMA_VERSION}); please update Facilitator")
        if readonly:
            if _has_hot_journal(path):
                raise Damaged(f"{path}: was not closed cleanly; open it for editing once to "
                              "recover the last saved state")
            _quick_check(path)
            if header.user_version < SCHEMA_VERSION:
                raise ReadOnly(f"{path}: was made by an older version; open it for editing "
                               "once to upgrade it")
            return cls(path, make_engine(path, readonly=True), None)
        lock = FileLock(path)
        try:
            hot = _has_hot_journal(path)
            if not hot:
                _quick_check(path)
            backup = None
            if header.user_version < SCHEMA_VERSION:
                from facilitator.storage.migrations import migrate  # only when needed

                backup = migrate(path, header.user_version, SCHEMA_VERSION)
            db = cls(path, make_engine(path), lock, backup)
            if hot:  # the first connection rolled the interrupted edit back; now verify
                _quick_check(path)
            return db
        except BaseException:
            lock.release()
            raise

    @classmethod
    def create(cls, path: Path, populate: Callable[[Connection], None]) -> Database:
        """Build a new file beside `path` and move it into place only once it is complete."""
        path = Path(path)
        if path.exists():
            raise Unwritable(f"{path}: already exists; choose another name")
        if not path.parent.is_dir():
            raise NotFound(f"{path.parent}: no such folder")
        temp = path.with_name(f".{path.name}.{uuid.uuid4().hex[:8]}.creating")
        try:
            engine = make_engine(temp, create=True)
            try:
                with engine.begin() as connection:
                    connection.exec_driver_sql(f"PRAGMA application_id={APPLICATION_ID}")
                    connection.exec_driver_sql(f"PRAGMA user_version={SCHEMA_VERSION}")
                    metadata.create_all(connection)
                    populate(connection)
            finally:
                engine.dispose()
            os.replace(temp, path)
            _fsync_dir(path.parent)
        except PermissionError as exc:
            raise Unwritable(f"{path}: cannot write here ({exc.strerror})") from None
        except (sqlite3.Error, SQLAlchemyError) as exc:
            raise Unwritable(f"{path}: cannot write here ({_reason(exc)})") from None
        except OSError as exc:
            if isinstance(exc, (FileNotFoundError,)) and not path.parent.exists():
                raise NotFound(f"{path.parent}: no such folder") from None
            raise Unwritable(f"{path}: cannot write here ({exc.strerror or exc})") from None
        finally:
            temp.unlink(missing_ok=True)
            journal_path(temp).unlink(missing_ok=True)
        return cls.open(path)

    @contextmanager
    def transaction(self) -> Iterator[Connection]:
        """One durable transaction: commits (fsynced) on success, rolls back on any error."""
        if self.readonly:
            raise ReadOnly(f"{self.path}: is open read-only")
        with self.engine.begin() as connection:
            yield connection

    @contextmanager
    def reading(self) -> Iterator[Connection]:
        with self.engine.begin() as connection:
            yield connection

    def integrity_problem(self) -> str:
        """'' for a healthy file; else the first problem of a full integrity check."""
        raw = self.engine.raw_connection()
        try:
            connection = raw.driver_connection
            assert isinstance(connection, sqlite3.Connection)
            integrity = connection.execute("PRAGMA integrity_check").fetchall()
            broken_refs = connection.execute("PRAGMA foreign_key_check").fetchall()
        finally:
            raw.close()
        if integrity != [("ok",)]:
            return str(integrity[0][0])
        return f"{len(broken_refs)} broken references" if broken_refs else ""

    def copy_to(self, target: Path) -> None:
        """Write a consistent copy of the file to `target` (SQLite's online backup), moved into
        place only once complete. `target` must not be this file."""
        target = Path(target)
        if target.resolve() == self.path.resolve():
            raise Unwritable(f"{target}: is the workshop itself; choose another name")
        temp = target.with_name(f".{target.name}.{uuid.uuid4().hex[:8]}.copying")
        try:
            copy = sqlite3.connect(temp)
            try:
                raw = self.engine.raw_connection()
                try:
                    raw.driver_connection.backup(copy)  # type: ignore[union-attr]
                finally:
                    raw.close()
            finally:
                copy.close()
            with temp.open("rb+") as handle:
                os.fsync(handle.fileno())
            os.replace(temp, target)
            _fsync_dir(target.parent)
        except OSError as exc:
            raise Unwritable(f"{target}: cannot write here ({exc.strerror or exc})") from None
        except sqlite3.Error as exc:
            raise Unwritable(f"{target}: cannot write here ({exc})") from None
        finally:
            temp.unlink(missing_ok=True)

    def close(self) -> None:
        self.engine.dispose()
        if self._lock is not None:
            self._lock.release()
            self._lock = None


def _reason(exc: BaseException) -> str:
    inner = getattr(exc, "orig", None) or exc
    return str(inner).splitlines()[0]


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
