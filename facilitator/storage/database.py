"""Open and create workshop files with every guard of DESIGN.md ("Saving").

A refused file is never modified: it is identified from its header bytes and checked through a
read-only connection before anything opens it for writing.
"""

from __future__ import annotations

import os
import sqlite3
import threading
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Connection, Engine
from sqlalchemy.exc import SQLAlchemyError

from facilitator.storage.durable import fsync_dir, fsync_file
from facilitator.storage.engine import make_engine
from facilitator.storage.errors import (
    Damaged,
    InUse,
    NotFound,
    ReadOnly,
    TooNew,
    Unwritable,
    WriteProtected,
)
from facilitator.storage.header import read_header
from facilitator.storage.lock import FileLock
from facilitator.storage.schema import APPLICATION_ID, SCHEMA_VERSION, metadata

PROBE_TIMEOUT_S = 1.0  # how long a lock held by another program may delay opening
SQLITE_BUSY, SQLITE_LOCKED, SQLITE_READONLY = 5, 6, 8
IN_USE = ("is in use by another program (it holds a lock on the file); close that program, "
          "or wait a moment, and try again")


def journal_path(path: Path) -> Path:
    return path.with_name(path.name + "-journal")


def _journal_has_content(path: Path) -> bool:
    try:
        return journal_path(path).stat().st_size > 0
    except OSError:
        return False


def _write_blocker(path: Path) -> str:
    """'' when the file and its folder can be written; else what is read-only. A file without
    write permission counts as read-only even for an administrator, who could write it anyway:
    the owner marked it so."""
    folder = path.resolve().parent
    if not os.access(folder, os.W_OK | os.X_OK) or not folder.stat().st_mode & 0o222:
        return "its folder is read-only"
    if not os.access(path, os.W_OK) or not path.stat().st_mode & 0o222:
        return "the file is read-only"
    return ""


def _error_code(exc: sqlite3.Error) -> int:
    return int(getattr(exc, "sqlite_errorcode", 0)) & 0xFF


def _probe(path: Path, *, write: bool, for_editing: bool = False) -> None:
    """Structural check before anything else opens the file; raises a one-line refusal.

    With `write`, the connection may roll back an interrupted commit (a hot journal): that is
    what SQLite does on any read with write access, and it restores the last committed state
    rather than changing the user's data. With `for_editing`, also make sure no other program
    holds a write lock, so that the first edit would not wait and fail.
    """
    mode = "rw" if write else "ro"
    try:
        connection = sqlite3.connect(f"file:{path.resolve().as_posix()}?mode={mode}", uri=True,
                                     timeout=PROBE_TIMEOUT_S, isolation_level=None)
        try:
            result = connection.execute("PRAGMA quick_check").fetchall()
            connection.execute("SELECT count(*) FROM workshop").fetchone()
            if for_editing:
                connection.execute("BEGIN IMMEDIATE")
                connection.execute("ROLLBACK")
        finally:
            connection.close()
    except sqlite3.DatabaseError as exc:
        code = _error_code(exc)
        if code in (SQLITE_BUSY, SQLITE_LOCKED):
            raise InUse(f"{path}: {IN_USE}") from None
        if code == SQLITE_READONLY and _journal_has_content(path):
            raise WriteProtected(
                f"{path}: was not closed cleanly and cannot be recovered here because "
                f"{_write_blocker(path) or 'it is read-only'}; copy it together with "
                f"'{journal_path(path).name}' to a folder you can write, and open it there") \
                from None
        reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise Damaged(f"{path}: the workshop file is damaged ({reason})") from None
    if result != [("ok",)]:
        # SQLite reports one problem per row, some spread over lines: the user gets one line.
        first = next((line for row in result for line in str(row[0]).splitlines()
                      if line.strip() and not line.startswith("***")), "failed its check")
        raise Damaged(f"{path}: the workshop file is damaged ({first.strip()[:200]})")


class Database:
    """One open workshop file: its engine, its lock, and a transaction helper."""

    def __init__(self, path: Path, engine: Engine, lock: FileLock | None,
                 upgraded_from: Path | None = None, *, recovered: bool = False) -> None:
        self.path = path
        self.engine = engine
        self._lock = lock
        self.upgraded_from = upgraded_from
        # True when opening rolled back a commit that a crash or kill interrupted: the file is
        # as it was at its last completed edit (the "not closed cleanly" signal).
        self.recovered = recovered
        self._batch: Connection | None = None   # open by batch(), on _batch_thread only
        self._batch_thread = 0

    @property
    def readonly(self) -> bool:
        return self._lock is None

    @classmethod
    def open(cls, path: Path, *, readonly: bool = False) -> Database:
        """Open for editing (the default) or read-only. Refusals are one line; a refused file
        is never modified (rolling back an interrupted commit restores, it does not modify)."""
        path = Path(path)
        header = read_header(path)
        if header.user_version > SCHEMA_VERSION:
            raise TooNew(f"{path}: was written by a newer version of Facilitator "
                         f"(file version {header.user_version}, this app reads up to "
                         f"{SCHEMA_VERSION}); please update Facilitator")
        blocker = _write_blocker(path)
        interrupted = _journal_has_content(path)
        if readonly:
            _probe(path, write=interrupted and not blocker)
            if header.user_version < SCHEMA_VERSION:
                raise ReadOnly(f"{path}: was made by an older version of Facilitator; open it "
                               "for editing once to upgrade it (a copy of the old file is kept)")
            recovered = interrupted and not _journal_has_content(path)
            return cls(path, make_engine(path, readonly=True), None, recovered=recovered)
        if blocker:
            raise WriteProtected(f"{path}: cannot be edited because {blocker}; it can be opened "
                                 "read-only")
        lock = FileLock(path)
        try:
            _probe(path, write=True, for_editing=True)
            recovered = interrupted and not _journal_has_content(path)
            backup = None
            if header.user_version < SCHEMA_VERSION:
                from facilitator.storage.migrations import migrate  # only when needed

                backup = migrate(path, header.user_version, SCHEMA_VERSION)
            return cls(path, make_engine(path), lock, backup, recovered=recovered)
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
            fsync_dir(path.parent)
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
        """One durable transaction: commits (fsynced) on success, rolls back on any error.
        The services turn a failure of the file itself (full disk, removed stick, another
        program's lock) into one line for the facilitator (services.errors.NotSaved)."""
        if self.readonly:
            raise ReadOnly(f"{self.path}: is open read-only")
        batch = self._batch_here()
        if batch is not None:
            with batch.begin_nested():   # a savepoint: this edit alone rolls back on error
                yield batch
            return
        with self.engine.begin() as connection:
            yield connection

    @contextmanager
    def batch(self) -> Iterator[None]:
        """Group commit: every transaction() inside is a savepoint of one durable commit, so
        many small edits arriving together (phones in room mode) cost one set of fsyncs, while
        each still commits or rolls back alone. Nothing inside is on disk until this ends
        without error; callers report success only then. Only the calling thread joins it."""
        if self.readonly:
            raise ReadOnly(f"{self.path}: is open read-only")
        if self._batch is not None:
            raise RuntimeError("batches do not nest")
        with self.engine.begin() as connection:
            self._batch, self._batch_thread = connection, threading.get_ident()
            try:
                yield
            finally:
                self._batch, self._batch_thread = None, 0

    def _batch_here(self) -> Connection | None:
        batch = self._batch
        return batch if batch is not None and self._batch_thread == threading.get_ident() \
            else None

    @contextmanager
    def reading(self) -> Iterator[Connection]:
        batch = self._batch_here()
        if batch is not None:   # read what the batch wrote so far
            yield batch
            return
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
            fsync_file(temp)
            os.replace(temp, target)
            fsync_dir(target.parent)
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


