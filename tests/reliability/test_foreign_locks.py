"""Another program holding the file: one line, "in use by another program", and quickly."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from facilitator.services.workshop import open_workshop
from facilitator.storage.errors import InUse
from tests.reliability.support import other_program_holding, participants


def test_an_exclusive_lock_is_in_use_not_damaged(workshop_path: Path) -> None:
    with other_program_holding(workshop_path, "BEGIN EXCLUSIVE"):
        for readonly in (False, True):
            began = time.monotonic()
            with pytest.raises(InUse, match="in use by another program") as refused:
                open_workshop(workshop_path, readonly=readonly)
            assert time.monotonic() - began < 3
            assert "\n" not in str(refused.value)
    with open_workshop(workshop_path) as ws:  # and once it lets go, the file opens
        assert ws.title


def test_a_write_in_progress_elsewhere_refuses_editing_but_allows_reading(
        workshop_path: Path) -> None:
    saved = participants(workshop_path)
    with other_program_holding(workshop_path, "BEGIN IMMEDIATE"):
        began = time.monotonic()
        with pytest.raises(InUse, match="in use by another program"):
            open_workshop(workshop_path)
        assert time.monotonic() - began < 3
        with open_workshop(workshop_path, readonly=True) as ws:  # the last committed state
            assert not ws.db.recovered
    assert participants(workshop_path) == saved
