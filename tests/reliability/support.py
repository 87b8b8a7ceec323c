"""Ways a workshop file meets the real world, made on purpose: a commit cut short by a kill,
another program holding a lock, a file from the first release (schema version 0)."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

# A plain-SQLite process (no Facilitator import: starts in ~30 ms) that begins adding 200
# participants with a one-page cache, so pages reach the file before the commit, then dies.
_CUT_SHORT = textwrap.dedent("""
    import os, sqlite3, sys
    c = sqlite3.connect(sys.argv[1], isolation_level=None)
    c.execute("PRAGMA cache_size=1")
    c.execute("BEGIN IMMEDIATE")
    for i in range(200):
        c.execute("INSERT INTO participant (name, role, organisation, position) "
                  "VALUES (?, '', '', 0)", ("half-saved " + "x" * 500,))
    os._exit(0)
""")


def cut_commit_short(path: Path) -> None:
    """Leave `path` as a kill in the middle of a commit does: a hot rollback journal beside
    it and half-written pages in it."""
    subprocess.run([sys.executable, "-c", _CUT_SHORT, str(path)], check=True, timeout=30)
    journal = path.with_name(path.name + "-journal")
    assert journal.exists() and journal.stat().st_size > 0


def participants(path: Path) -> list[str]:
    connection = sqlite3.connect(path)
    try:
        return [r[0] for r in connection.execute("SELECT name FROM participant ORDER BY id")]
    finally:
        connection.close()


def health(path: Path) -> tuple[list[tuple[str]], list[tuple]]:
    """(PRAGMA integrity_check, PRAGMA foreign_key_check) of the file."""
    connection = sqlite3.connect(path)
    try:
        return (connection.execute("PRAGMA integrity_check").fetchall(),
                connection.execute("PRAGMA foreign_key_check").fetchall())
    finally:
        connection.close()


_HOLDER = textwrap.dedent("""
    import sqlite3, sys
    c = sqlite3.connect(sys.argv[1], isolation_level=None)
    c.execute(sys.argv[2])
    if sys.argv[2] != "BEGIN EXCLUSIVE":
        c.execute("UPDATE participant SET name = name || ' (being changed)'")
    print("holding", flush=True)
    sys.stdin.readline()
    c.execute("ROLLBACK")
""")


@contextmanager
def other_program_holding(path: Path, begin: str) -> Iterator[None]:
    """Another program (plain SQLite) inside a transaction on the file: `BEGIN EXCLUSIVE`
    (nobody may read) or `BEGIN IMMEDIATE` plus an uncommitted change (a write lock)."""
    holder = subprocess.Popen([sys.executable, "-c", _HOLDER, str(path), begin],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "holding"
        yield
    finally:
        holder.communicate("\n", timeout=30)


def make_version_2(path: Path) -> None:
    """Turn a current file into what schema version 2 wrote: the workshop had no `language`
    (its template was shown as written), user_version 2."""
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        connection.execute("BEGIN")
        connection.execute("ALTER TABLE workshop DROP COLUMN language")
        connection.execute("PRAGMA user_version=2")
        connection.execute("COMMIT")
    finally:
        connection.close()


def make_version_1(path: Path) -> None:
    """Turn a current file into what schema version 1 wrote: ideas had no `pending` column
    (nothing was screened: every idea was on the board), user_version 1."""
    make_version_2(path)
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        connection.execute("BEGIN")
        connection.execute("ALTER TABLE idea DROP COLUMN pending")
        connection.execute("PRAGMA user_version=1")
        connection.execute("COMMIT")
    finally:
        connection.close()


def make_version_0(path: Path, votes: dict[str, int] | None = None) -> None:
    """Turn a current file into what the first release wrote: no block_setting table, a vote's
    dots-per-person kept as a note '<block>#votes-per-person', user_version 0."""
    make_version_1(path)
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        connection.execute("BEGIN")
        connection.execute("DROP TABLE block_setting")
        for block_id, count in (votes or {}).items():
            connection.execute("INSERT INTO block_note (meeting_id, block_id, text) "
                               "VALUES (1, ?, ?)", (f"{block_id}#votes-per-person", str(count)))
        connection.execute("PRAGMA user_version=0")
        connection.execute("COMMIT")
    finally:
        connection.close()


def contents(path: Path) -> list[str]:
    """Every row and table of the file as SQL text (to compare two files' contents)."""
    connection = sqlite3.connect(f"file:{path.as_posix()}?mode=ro", uri=True)
    try:
        return list(connection.iterdump())
    finally:
        connection.close()
