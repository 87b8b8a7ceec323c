"""A full disk: edits that do not fit fail with one clear line, and nothing saved before is lost.

On a real 600 kB disk (a tmpfs mounted for the test) when the test may mount one (root on
Linux); otherwise SQLite's max_page_count stands in for the disk's size.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from facilitator.services import ideas, tables
from facilitator.services.errors import NotSaved
from facilitator.services.workshop import open_workshop
from tests.helpers import make_workshop
from tests.reliability.support import health


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[tuple[Path, bool]]:
    """(folder, is_a_real_small_disk)."""
    mount = tmp_path / "disk"
    mount.mkdir()
    mounted = sys.platform.startswith("linux") and shutil.which("mount") is not None and \
        subprocess.run(["mount", "-t", "tmpfs", "-o", "size=600k", "tmpfs", str(mount)],
                       capture_output=True).returncode == 0
    try:
        yield mount, mounted
    finally:
        if mounted:
            subprocess.run(["umount", str(mount)], capture_output=True, check=True)


def test_a_full_disk_refuses_edits_in_one_line_and_loses_nothing(
        small_disk: tuple[Path, bool]) -> None:
    folder, real_disk = small_disk
    path = make_workshop(folder)
    acknowledged: list[str] = []
    failures: list[str] = []
    with open_workshop(path) as ws:
        if not real_disk:
            raw = ws.db.engine.raw_connection()
            pages = raw.driver_connection.execute("PRAGMA page_count").fetchone()[0]
            raw.driver_connection.execute(f"PRAGMA max_page_count={pages + 100}")
            raw.close()
        for n in range(400):
            text = f"idea {n} " + "words the room said " * 400      # ~8 kB a card
            try:
                ideas.add_idea(ws, "brainstorm", text, "organization", "could")
            except NotSaved as exc:
                failures.append(str(exc))
                if len(failures) >= 20:
                    break
            else:
                acknowledged.append(text)
        assert acknowledged and failures, (len(acknowledged), failures[:1])
        for message in failures:
            assert "\n" not in message and len(message) < 200
            assert message.startswith("Not saved:")
        assert any("disk is full" in m for m in failures), failures[:2]
        try:  # a small edit may still fit in free pages; if not, it fails the same clean way
            tables.set_cell(ws, "aspirations", "job", "now", "short")
        except NotSaved as exc:
            assert "\n" not in str(exc)
    with open_workshop(path) as ws:  # reopens for editing, on the still-full disk
        kept = [i.text for i in ideas.read_ideas(ws, "brainstorm")]
    assert kept == acknowledged
    print(f"full disk ({'tmpfs 600 kB' if real_disk else 'max_page_count'}): "
          f"{len(acknowledged)} edits saved, {len(failures)} refused: {failures[0]}")
    assert health(path) == ([("ok",)], [])
    assert sorted(p.name for p in folder.iterdir() if p.name != "lost+found") == ["w.workshop"]
