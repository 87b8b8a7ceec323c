"""A kill in the middle of a commit never locks the facilitator out of their workshop."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from facilitator.services.workshop import open_workshop
from facilitator.storage.errors import WriteProtected
from tests.helpers import run_cli
from tests.reliability.support import cut_commit_short, health, participants


def test_opening_for_editing_recovers_the_last_saved_state(workshop_path: Path) -> None:
    saved = participants(workshop_path)
    cut_commit_short(workshop_path)
    with open_workshop(workshop_path) as ws:
        assert ws.db.recovered  # the "not closed cleanly" signal for the window
    assert participants(workshop_path) == saved  # nothing half-saved, nothing lost
    assert not workshop_path.with_name("w.workshop-journal").exists()
    assert health(workshop_path) == ([("ok",)], [])
    with open_workshop(workshop_path) as ws:
        assert not ws.db.recovered  # a clean close reads as clean


def test_read_only_commands_work_right_after_a_crash(workshop_path: Path) -> None:
    saved = participants(workshop_path)
    cut_commit_short(workshop_path)
    result = run_cli("check", str(workshop_path))
    assert result.returncode == 0, result.stderr
    assert "healthy" in result.stdout
    # The rollback changed the file on disk: check says so rather than a plain "healthy".
    assert "not closed cleanly and is back at its last saved edit" in result.stdout
    assert participants(workshop_path) == saved
    again = run_cli("check", str(workshop_path))
    assert again.stdout.strip().endswith("is a healthy workshop file")
    with open_workshop(workshop_path, readonly=True) as ws:
        assert ws.title and not ws.db.recovered


def test_a_leftover_empty_journal_blocks_nothing(workshop_path: Path) -> None:
    workshop_path.with_name("w.workshop-journal").write_bytes(b"")
    with open_workshop(workshop_path, readonly=True) as ws:
        assert ws.title
    with open_workshop(workshop_path) as ws:
        assert ws.title


def test_crash_on_a_read_only_folder_says_what_to_do_in_one_line(workshop_path: Path) -> None:
    cut_commit_short(workshop_path)
    folder = workshop_path.parent
    folder.chmod(stat.S_IRUSR | stat.S_IXUSR)
    try:
        for readonly in (True, False):
            with pytest.raises(WriteProtected) as refused:
                open_workshop(workshop_path, readonly=readonly)
            message = str(refused.value)
            assert "\n" not in message
            assert "read-only" in message
            if readonly:  # recovery needs both files somewhere writable
                assert "w.workshop-journal" in message and "not closed cleanly" in message
    finally:
        folder.chmod(0o755)
    assert os.path.getsize(workshop_path.with_name("w.workshop-journal")) > 0  # untouched
