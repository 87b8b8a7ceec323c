"""Schema upgrades as a `PRAGMA user_version` ladder, run in one transaction.

Chosen over Alembic: one small file, no 0.35 s import, and SQLite's DDL is transactional when we
own BEGIN/COMMIT, so the whole ladder is all-or-nothing (the approach of Anki, Firefox, Zotero and
Calibre). Only imported when a file is older than this version of the app.

Before anything changes, a copy of the old file is kept beside it (`NAME.before-upgrade-vN`),
made with SQLite's backup API (a consistent copy even if a crash left a journal) and verified:
it passes `integrity_check` and still reads as a workshop of the old version. A kill at any
moment leaves either the old file (its journal rolls the half-done upgrade back on the next
open, which then upgrades again) or the upgraded one.
"""

from __future__ import annotations

import os
import sqlite3
import uuid
from collections.abc import Callable
from pathlib import Path

from facilitator.storage.durable import fsync_dir, fsync_file
from facilitator.storage.errors import Damaged
from facilitator.storage.schema import APPLICATION_ID

Step = Callable[[sqlite3.Connection], None]

OLD_VOTES_SUFFIX = "#votes-per-person"


def _v0_to_v1(connection: sqlite3.Connection) -> None:
    """Version 0 (the first release) kept a vote's dots-per-person as a fake note keyed
    '<block>#votes-per-person'; version 1 has per-meeting block settings. The DDL is frozen
    here as version 1 defined it, so later schema changes never alter what this step does."""
    connection.execute("""
        CREATE TABLE IF NOT EXISTS block_setting (
            id INTEGER NOT NULL,
            meeting_id INTEGER NOT NULL,
            block_id VARCHAR(100) NOT NULL,
            "key" VARCHAR(100) NOT NULL,
            value TEXT NOT NULL,
            PRIMARY KEY (id),
            UNIQUE (meeting_id, block_id, "key"),
            FOREIGN KEY(meeting_id) REFERENCES meeting (id) ON DELETE CASCADE
        )""")
    suffix = len(OLD_VOTES_SUFFIX)
    # Only whole numbers were ever honoured (the old code read them with str.isdigit()).
    connection.execute(f"""
        INSERT OR REPLACE INTO block_setting (meeting_id, block_id, "key", value)
        SELECT meeting_id, substr(block_id, 1, length(block_id) - {suffix}), 'votes_per_person',
               CAST(CAST(text AS INTEGER) AS TEXT)
        FROM block_note
        WHERE substr(block_id, -{suffix}) = ? AND text <> '' AND text NOT GLOB '*[^0-9]*'
    """, (OLD_VOTES_SUFFIX,))
    connection.execute(f"DELETE FROM block_note WHERE substr(block_id, -{suffix}) = ?",
                       (OLD_VOTES_SUFFIX,))


def _v1_to_v2(connection: sqlite3.Connection) -> None:
    """Version 2 screens ideas sent from phones: an idea may wait for the facilitator's
    approval. Every idea of an older file was typed or approved by the facilitator: not
    pending. (Appended, as storage.schema declares it last; frozen as version 2 defined it.)
    Only if missing, as version 1 creates its table only if missing: a file whose version
    number was lowered by damage then opens as it is rather than failing half-way."""
    columns = {row[1] for row in connection.execute("PRAGMA table_info(idea)")}
    if "pending" not in columns:
        connection.execute("ALTER TABLE idea ADD COLUMN pending BOOLEAN NOT NULL DEFAULT 0")


def _v2_to_v3(connection: sqlite3.Connection) -> None:
    """Version 3 gives a workshop a language for its template's text on screen. Every older
    workshop was shown as its template was written: English. (Appended, as storage.schema
    declares it last; frozen as version 3 defined it; only if missing, as above.)"""
    columns = {row[1] for row in connection.execute("PRAGMA table_info(workshop)")}
    if "language" not in columns:
        connection.execute("ALTER TABLE workshop ADD COLUMN language VARCHAR(10) NOT NULL "
                           "DEFAULT 'en'")


# STEPS[n] upgrades a file from schema version n to n + 1.
STEPS: dict[int, Step] = {0: _v0_to_v1, 1: _v1_to_v2, 2: _v2_to_v3}


def backup_path(path: Path, version: int) -> Path:
    return path.with_name(f"{path.stem}.before-upgrade-v{version}{path.suffix}")


def _free_name(path: Path, version: int) -> Path:
    target = backup_path(path, version)
    counter = 1
    while target.exists():
        target = target.with_name(f"{path.stem}.before-upgrade-v{version}-{counter}{path.suffix}")
        counter += 1
    return target


def _temp_names(path: Path) -> list[Path]:
    return list(path.parent.glob(f".{path.name}.*.upgrading"))


def _verify_copy(copy: Path, version: int) -> str:
    """'' if `copy` is a healthy workshop of schema `version`; else what is wrong."""
    connection = sqlite3.connect(f"file:{copy.as_posix()}?mode=ro", uri=True)
    try:
        if connection.execute("PRAGMA integrity_check").fetchall() != [("ok",)]:
            return "the copy is damaged"
        if connection.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
            return "the copy is not a workshop"
        if connection.execute("PRAGMA user_version").fetchone()[0] != version:
            return "the copy has another version"
        connection.execute("SELECT title, template FROM workshop").fetchall()
        return ""
    except sqlite3.DatabaseError as exc:
        return str(exc).splitlines()[0]
    finally:
        connection.close()


def keep_verified_copy(path: Path, version: int) -> Path:
    """A consistent, verified copy of the file beside it, before anything changes. The caller
    holds the editing lock, so leftovers of an interrupted earlier attempt are ours to remove."""
    for stale in _temp_names(path):
        stale.unlink(missing_ok=True)
    temp = path.with_name(f".{path.name}.{uuid.uuid4().hex[:8]}.upgrading")
    try:
        source = sqlite3.connect(f"file:{path.resolve().as_posix()}?mode=ro", uri=True)
        copy = sqlite3.connect(temp)
        try:
            source.backup(copy)
        finally:
            copy.close()
            source.close()
        fsync_file(temp)
        problem = _verify_copy(temp, version)
        if problem:
            raise Damaged(f"{path}: could not make a safe copy before upgrading ({problem}); "
                          "nothing was changed")
        target = _free_name(path, version)
        os.replace(temp, target)
        fsync_dir(path.parent)
        return target
    except (OSError, sqlite3.Error) as exc:
        reason = getattr(exc, "strerror", None) or str(exc).splitlines()[0]
        raise Damaged(f"{path}: could not make a safe copy before upgrading ({reason}); "
                      "nothing was changed") from None
    finally:
        temp.unlink(missing_ok=True)


def migrate(path: Path, from_version: int, to_version: int,
            steps: dict[int, Step] | None = None) -> Path:
    """Upgrade `path` in one transaction after keeping a verified copy; returns the copy's path."""
    ladder = STEPS if steps is None else steps
    missing = [v for v in range(from_version, to_version) if v not in ladder]
    if missing:
        raise Damaged(f"{path}: schema version {from_version} cannot be upgraded by this version")
    copy = keep_verified_copy(path, from_version)
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        connection.execute("PRAGMA journal_mode=DELETE")
        connection.execute("PRAGMA synchronous=FULL")
        connection.execute("PRAGMA foreign_keys=OFF")  # table rebuilds need it off
        connection.execute("BEGIN IMMEDIATE")
        try:
            for version in range(from_version, to_version):
                try:
                    ladder[version](connection)
                except sqlite3.DatabaseError as exc:   # a file not as its version says
                    raise Damaged(f"{path}: could not be upgraded from version {version} "
                                  f"({str(exc).splitlines()[0][:120]}); nothing was "
                                  "changed") from None
            connection.execute(f"PRAGMA user_version={int(to_version)}")
            problems = connection.execute("PRAGMA foreign_key_check").fetchall()
            if problems:
                raise Damaged(f"{path}: upgrade left broken references; nothing was changed")
            connection.execute("COMMIT")
        except BaseException:
            if connection.in_transaction:
                connection.execute("ROLLBACK")
            raise
    finally:
        connection.close()
    return copy
