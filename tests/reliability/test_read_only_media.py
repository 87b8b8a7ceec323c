"""A workshop on read-only media opens read-only, untouched, instead of failing every edit."""

from __future__ import annotations

import hashlib
import stat
from pathlib import Path

import pytest

from facilitator.services.workshop import open_workshop
from facilitator.storage.errors import WriteProtected


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize("what", ["file", "folder"])
def test_read_only_file_or_folder_opens_read_only(workshop_path: Path, what: str) -> None:
    before = digest(workshop_path)
    target = workshop_path if what == "file" else workshop_path.parent
    old_mode = target.stat().st_mode
    target.chmod(stat.S_IRUSR | (stat.S_IXUSR if what == "folder" else 0))
    try:
        with pytest.raises(WriteProtected, match="read-only") as refused:
            open_workshop(workshop_path)
        reason = str(refused.value).removeprefix(f"{workshop_path}: ")
        assert f"its {what} is read-only" in reason or f"the {what} is read-only" in reason
        assert "\n" not in str(refused.value)
        with open_workshop(workshop_path, readonly=True) as ws:
            assert ws.readonly and ws.title
    finally:
        target.chmod(old_mode)
    assert digest(workshop_path) == before
    assert sorted(p.name for p in workshop_path.parent.iterdir()) == ["w.workshop"]
