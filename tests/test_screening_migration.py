"""A file written before screening (schema version 1: ideas had no `pending` column) opens in
this version: it is upgraded once, with a verified copy of the old file kept, and every idea it
held stays on the board."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from facilitator.services import ideas, screening
from facilitator.services.workshop import open_workshop
from facilitator.storage.errors import ReadOnly
from facilitator.storage.schema import SCHEMA_VERSION
from tests.reliability.support import contents, make_version_1


def _columns(path: Path) -> list[str]:
    connection = sqlite3.connect(path)
    try:
        return [r[1] for r in connection.execute("PRAGMA table_info(idea)")]
    finally:
        connection.close()


def test_a_version_1_file_gets_the_column_and_keeps_its_ideas_on_the_board(
        workshop_path: Path) -> None:
    with open_workshop(workshop_path) as ws:
        ideas.add_idea(ws, "brainstorm", "Mentoring circle", "leaders", "could", votes=2)
        ideas.add_idea(ws, "brainstorm", "Flexible hours", "job", "taking")
    make_version_1(workshop_path)
    assert "pending" not in _columns(workshop_path)
    old = contents(workshop_path)
    with pytest.raises(ReadOnly, match="open it for editing once to upgrade"):
        open_workshop(workshop_path, readonly=True)    # never changed by a read-only open
    assert contents(workshop_path) == old

    with open_workshop(workshop_path) as ws:
        assert ws.db.upgraded_from is not None
        assert [(i.text, i.votes, i.pending) for i in ideas.read_ideas(ws, "brainstorm")] == \
            [("Mentoring circle", 2, False), ("Flexible hours", 0, False)]
        assert screening.pending_ideas(ws, "brainstorm") == []
        # ... and the upgraded file screens like a new one.
        ideas.add_idea(ws, "brainstorm", "From a phone", "job", "could", pending=True)
        assert [i.text for i in screening.pending_ideas(ws, "brainstorm")] == ["From a phone"]
    assert _columns(workshop_path)[-1] == "pending"
    connection = sqlite3.connect(workshop_path)
    assert connection.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == 3
    connection.close()
    (copy,) = workshop_path.parent.glob("w.before-upgrade-v1*.workshop")
    assert contents(copy) == old                       # the old file, kept as it was
    with open_workshop(workshop_path, readonly=True) as ws:   # now a current file
        assert len(ideas.read_ideas(ws, "brainstorm")) == 2


def test_a_file_whose_version_was_lowered_opens_and_a_failing_step_is_one_line(
        workshop_path: Path) -> None:
    from facilitator.storage import migrations
    from facilitator.storage.errors import Damaged

    connection = sqlite3.connect(workshop_path)
    connection.execute("PRAGMA user_version=1")   # says 1, already has the column
    connection.close()
    with open_workshop(workshop_path) as ws:        # upgraded without adding it twice
        ideas.add_idea(ws, "brainstorm", "Still works", "job", "could", pending=True)
    before = contents(workshop_path)

    def broken(c: sqlite3.Connection) -> None:
        c.execute("ALTER TABLE no_such_table ADD COLUMN x TEXT")

    # A step after the current version (the file is at SCHEMA_VERSION now) that fails.
    with pytest.raises(Damaged, match=rf"could not be upgraded from version {SCHEMA_VERSION} "
                                      r"\(no such table: no_such_table\); nothing was changed"):
        migrations.migrate(workshop_path, SCHEMA_VERSION, SCHEMA_VERSION + 1,
                           {SCHEMA_VERSION: broken})
    assert contents(workshop_path) == before
