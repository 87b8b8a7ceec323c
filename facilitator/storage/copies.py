"""Whole-file copies of a workshop for backups and restores: SQLite's online backup API (a
consistent copy even while the app is editing), checked before it is moved into place, and
moved atomically (a kill leaves the old file or the new one, plus at most a hidden temp file)."""

from __future__ import annotations

import os
import shutil
import sqlite3
import struct
import uuid
from pathlib import Path

from facilitator.storage.database import journal_path
from facilitator.storage.durable import fsync_dir, fsync_file
from facilitator.storage.errors import Damaged, InUse, Unwritable
from facilitator.storage.lock import FileLock, describe_holder
from facilitator.storage.schema import APPLICATION_ID, SCHEMA_VERSION

TEMP_SUFFIX = ".copying"
READ_TIMEOUT_S = 2.0


def change_counter(path: Path) -> int | None:
    """SQLite's file change counter (header bytes 24-27): it moves on every commit in rollback
    journal mode, so comparing it tells whether anything was saved, without opening the file."""
    try:
        with path.open("rb") as handle:
            head = handle.read(28)
    except OSError:
        return None
    return struct.unpack(">I", head[24:28])[0] if len(head) == 28 else None


def problem_with(path: Path) -> str:
    """'' if `path` is a healthy workshop file this version can open; else what is wrong."""
    try:
        connection = sqlite3.connect(f"file:{path.resolve().as_posix()}?mode=ro", uri=True,
                                     timeout=READ_TIMEOUT_S)
    except sqlite3.Error as exc:
        return str(exc).splitlines()[0]
    try:
        if connection.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
            return "not a workshop file"
        if connection.execute("PRAGMA user_version").fetchone()[0] > SCHEMA_VERSION:
            return "written by a newer version"
        integrity = connection.execute("PRAGMA integrity_check").fetchall()
        if integrity != [("ok",)]:
            return f"damaged ({str(integrity[0][0]).splitlines()[0]})"
        if connection.execute("PRAGMA foreign_key_check").fetchall():
            return "damaged (broken references)"
        if connection.execute("SELECT count(*) FROM workshop").fetchone()[0] != 1:
            return "damaged (no workshop record)"
        return ""
    except sqlite3.Error as exc:
        return f"damaged ({str(exc).splitlines()[0]})"
    finally:
        connection.close()


def copy_verified(source: Path, target: Path) -> None:
    """Copy the workshop `source` to `target` with SQLite's backup API, check the copy, then
    move it into place. Raises Damaged (source or copy unhealthy) or Unwritable."""
    temp = target.with_name(f".{target.name}.{uuid.uuid4().hex[:8]}{TEMP_SUFFIX}")
    try:
        reader = sqlite3.connect(f"file:{source.resolve().as_posix()}?mode=ro", uri=True,
                                 timeout=READ_TIMEOUT_S)
        try:
            writer = sqlite3.connect(temp)
            try:
                reader.backup(writer)
            finally:
                writer.close()
        finally:
            reader.close()
        fsync_file(temp)
        problem = problem_with(temp)
        if problem:
            raise Damaged(f"{source}: the copy would not be a good workshop ({problem})")
        os.replace(temp, target)
        fsync_dir(target.parent)
    except sqlite3.Error as exc:
        raise Damaged(f"{source}: could not be copied ({str(exc).splitlines()[0]})") from None
    except OSError as exc:
        raise Unwritable(f"{target}: cannot write here ({exc.strerror or exc})") from None
    finally:
        temp.unlink(missing_ok=True)


def replace_with(path: Path, backup: Path, keep_as: Path) -> None:
    """Put the verified copy `backup` in place of the workshop `path`, holding the editing lock
    (InUse if the file is open elsewhere). The current file, as it is on disk (even damaged),
    and a leftover journal are first kept at `keep_as` (+ '-journal'): a journal must never
    stay beside a different file, where SQLite would replay it."""
    problem = problem_with(backup)
    if problem:
        raise Damaged(f"{backup}: cannot restore from this backup ({problem})")
    shown, path = path, path.resolve()  # through a link: replace the file, not the link
    try:
        lock = FileLock(path)
    except InUse:
        raise InUse(f"{shown}: cannot be restored while it is open for editing by "
                    f"{describe_holder(path)}; close it there first") from None
    try:
        journal = journal_path(path)
        try:
            if path.exists():
                shutil.copy2(path, keep_as)
                fsync_file(keep_as)
            if journal.exists():
                shutil.copy2(journal, journal_path(keep_as))
            fsync_dir(keep_as.parent)
        except OSError as exc:
            raise Unwritable(f"{keep_as.parent}: cannot keep a copy of the current file there "
                             f"({exc.strerror or exc}); nothing was changed") from None
        temp = path.with_name(f".{path.name}.{uuid.uuid4().hex[:8]}{TEMP_SUFFIX}")
        try:
            copy_verified(backup, temp)
            journal.unlink(missing_ok=True)
            os.replace(temp, path)
            fsync_dir(path.parent)
        except OSError as exc:
            raise Unwritable(f"{path}: cannot write here ({exc.strerror or exc}); the file was "
                             "not changed") from None
        finally:
            temp.unlink(missing_ok=True)
    finally:
        lock.release()
