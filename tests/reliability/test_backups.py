"""Rotating, verified backups of each workshop in the user's data folder, and restoring one."""

from __future__ import annotations

import os
import re
import sqlite3
import time
from pathlib import Path

import pytest

from facilitator.services import backups, tables
from facilitator.services.litter import STALE_AFTER_S
from facilitator.services.workshop import open_workshop
from facilitator.storage.errors import InUse
from tests.helpers import run_cli
from tests.reliability.support import contents, health


class Clock:
    def __init__(self) -> None:
        self.t = 1000.0

    def __call__(self) -> float:
        return self.t


def cell(path: Path) -> object:
    with open_workshop(path, readonly=True) as ws:
        rows = {r.key: r.cells.get("now") for r in tables.read_table(ws, "aspirations")}
    return rows["job"]


def test_backups_live_in_the_user_data_folder_are_verified_and_rotate(
        workshop_path: Path) -> None:
    folder = backups.folder_for(workshop_path)
    assert folder.parent == Path(os.environ["XDG_DATA_HOME"]) / "facilitator" / "backups"
    assert folder.name.startswith("w-")
    made = [backups.back_up(workshop_path) for _ in range(12)]
    kept = backups.list_backups(workshop_path)
    assert [b.path for b in kept] == [b.path for b in reversed(made[2:])]  # last 10, newest 1st
    for backup in kept:
        assert health(backup.path) == ([("ok",)], [])
        assert contents(backup.path) == contents(workshop_path)
    assert sorted(p.name for p in folder.iterdir()) == sorted(b.path.name for b in kept)


def test_a_backup_is_made_at_open_then_every_ten_minutes_only_after_edits(
        workshop_path: Path) -> None:
    clock = Clock()
    with open_workshop(workshop_path) as ws:
        keeper = backups.keeper_for(ws)
        assert keeper is not None
        keeper.clock = clock
        assert keeper.due()                       # at open
        keeper.start()
        tables.set_cell(ws, "aspirations", "job", "now", "typed while backing up")
        keeper.wait()
        assert keeper.last is not None and keeper.error == ""
        clock.t += backups.INTERVAL_S
        assert keeper.due()                       # ten minutes on, with an edit since
        keeper.start()
        keeper.wait()
        clock.t += backups.INTERVAL_S / 2
        tables.set_cell(ws, "aspirations", "job", "now", "later")
        assert not keeper.due()                   # saved, but not ten minutes yet
        clock.t += backups.INTERVAL_S / 2
        assert keeper.due()
        keeper.start()
        keeper.wait()
        clock.t += 3 * backups.INTERVAL_S
        assert not keeper.due()                   # half an hour, nothing saved
    assert len(backups.list_backups(workshop_path)) == 3
    with open_workshop(workshop_path, readonly=True) as ws:
        assert backups.keeper_for(ws) is None     # nothing to back up from a read-only view


def test_restore_puts_a_backup_back_and_keeps_the_replaced_file(workshop_path: Path) -> None:
    with open_workshop(workshop_path) as ws:
        tables.set_cell(ws, "aspirations", "job", "now", "before the backup")
    backup = backups.back_up(workshop_path)
    with open_workshop(workshop_path) as ws:
        tables.set_cell(ws, "aspirations", "job", "now", "after the backup")
        with pytest.raises(InUse, match="cannot be restored while it is open for editing"):
            backups.restore(workshop_path, backup.path)
    assert cell(workshop_path) == "after the backup"
    kept = backups.restore(workshop_path, backup.path)
    assert cell(workshop_path) == "before the backup"
    assert cell(kept) == "after the backup"
    assert health(workshop_path) == ([("ok",)], [])
    assert sorted(p.name for p in workshop_path.parent.iterdir()) == ["w.workshop"]


def test_a_damaged_file_can_be_restored_from_the_command_line(workshop_path: Path) -> None:
    with open_workshop(workshop_path) as ws:
        tables.set_cell(ws, "aspirations", "job", "now", "worth keeping")
    backups.back_up(workshop_path)
    size = workshop_path.stat().st_size
    with workshop_path.open("r+b") as handle:   # a stick pulled out mid-write, say
        handle.seek(size // 2)
        handle.write(b"\xff" * 8192)
    listed = run_cli("restore", str(workshop_path), "--list")
    assert listed.returncode == 0, listed.stderr
    assert " 1  " in listed.stdout and "kB" in listed.stdout
    # When, in the en-US wording the app uses everywhere: "Monday, November 30, 2026, 9:15:02 AM"
    assert re.search(r"\w+day, \w+ \d{1,2}, \d{4}, \d{1,2}:\d{2}:\d{2} [AP]M", listed.stdout), \
        listed.stdout
    restored = run_cli("restore", str(workshop_path), "--from", "1")
    assert restored.returncode == 0, restored.stderr
    assert "restored" in restored.stdout and "kept as" in restored.stdout
    assert cell(workshop_path) == "worth keeping"
    missing = run_cli("restore", str(workshop_path), "--from", "7")
    assert missing.returncode == 1
    assert missing.stderr.count("\n") == 1 and "no backup number 7" in missing.stderr


def test_a_damaged_backup_is_never_put_in_place(workshop_path: Path, tmp_path: Path) -> None:
    bad = tmp_path / "bad.workshop"
    bad.write_bytes(workshop_path.read_bytes()[:4096])
    before = contents(workshop_path)
    with pytest.raises(Exception, match="cannot restore from this backup"):
        backups.restore(workshop_path, bad)
    assert contents(workshop_path) == before
    assert sqlite3.connect(workshop_path).execute("PRAGMA integrity_check").fetchall() == \
        [("ok",)]


def test_a_file_the_app_would_refuse_is_never_restored(workshop_path: Path,
                                                        tmp_path: Path) -> None:
    """SQLite finds nothing wrong with a trigger or unreadable data; opening does. Restoring
    such a file would replace a workshop that opens with one that does not."""
    tampered = tmp_path / "tampered.workshop"
    tampered.write_bytes(workshop_path.read_bytes())
    with sqlite3.connect(tampered) as connection:
        connection.execute("CREATE TRIGGER t AFTER UPDATE ON workshop BEGIN "
                           "DELETE FROM meeting; END")
    connection.close()
    before = contents(workshop_path)
    refused = run_cli("restore", str(workshop_path), "--from", str(tampered))
    assert refused.returncode == 1
    assert refused.stderr.count("\n") == 1
    assert "cannot restore from this backup" in refused.stderr and "trigger" in refused.stderr
    assert contents(workshop_path) == before
    assert run_cli("check", str(workshop_path)).returncode == 0
    assert tampered.exists()  # the chosen file is the user's: never removed


def test_a_backup_number_in_other_digits_is_a_one_line_refusal(workshop_path: Path) -> None:
    backups.back_up(workshop_path)
    for choice in ("²", "٣"):  # str.isdigit() says yes to both
        refused = run_cli("restore", str(workshop_path), "--from", choice)
        assert refused.returncode == 1
        assert refused.stderr == f"facilitator: {choice}: no such backup\n"


def test_a_workshop_is_never_restored_from_itself(workshop_path: Path) -> None:
    refused = run_cli("restore", str(workshop_path), "--from", str(workshop_path))
    assert refused.returncode == 1
    assert "is the workshop itself" in refused.stderr and refused.stderr.count("\n") == 1
    assert not backups.list_backups(workshop_path)   # nothing was kept or replaced


def test_a_backup_killed_mid_copy_leaves_nothing_behind_after_the_next(
        workshop_path: Path) -> None:
    """A kill while SQLite fills the hidden copy leaves the copy and its journal: the next
    backup removes both (found by killing an editing process at random moments). A copy that
    another process is still filling (written to moments ago) is left to finish."""
    folder = backups.folder_for(workshop_path)
    folder.mkdir(parents=True)
    stale = folder / ".20260101-000000-000000.workshop.0123abcd.copying"
    live = folder / ".20260101-000001-000000.workshop.4567cdef.copying"
    for temp in (stale, Path(f"{stale}-journal"), live):
        temp.write_bytes(b"partial")
    killed_at = time.time() - STALE_AFTER_S - 5
    for temp in (stale, Path(f"{stale}-journal")):
        os.utime(temp, (killed_at, killed_at))
    made = backups.back_up(workshop_path)
    assert sorted(p.name for p in folder.iterdir()) == sorted([made.path.name, live.name])


def test_only_files_are_listed_as_backups(workshop_path: Path) -> None:
    """A folder or a pipe named like a backup is not offered (restoring a pipe would wait
    forever on it)."""
    made = backups.back_up(workshop_path)
    folder = backups.folder_for(workshop_path)
    (folder / "20200101-000000-000000.workshop").mkdir()
    os.mkfifo(folder / "20200101-000001-000000.workshop")
    assert [b.path for b in backups.list_backups(workshop_path)] == [made.path]


def test_a_stray_name_with_an_impossible_date_stops_neither_listing_nor_backups(
        workshop_path: Path) -> None:
    """It made `restore --list` an 'unexpected error' and every later backup fail in its
    thread without a word to the window."""
    made = backups.back_up(workshop_path)
    stray = backups.folder_for(workshop_path) / "20261399-000000-000000.workshop"
    stray.write_bytes(workshop_path.read_bytes())
    listed = run_cli("restore", str(workshop_path), "--list")
    assert listed.returncode == 0, listed.stderr
    assert " 1  " in listed.stdout and " 2  " not in listed.stdout
    with open_workshop(workshop_path) as ws:
        keeper = backups.keeper_for(ws)
        assert keeper is not None
        keeper.start()
        keeper.wait()
        assert keeper.error == "" and keeper.last is not None and keeper.last != made
