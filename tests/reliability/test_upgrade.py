"""A file from the first release (schema 0) upgrades once, all or nothing, with a verified copy
of the old file kept; a kill at any step of the upgrade loses nothing."""

from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from facilitator.services import votes
from facilitator.services.workshop import open_workshop
from facilitator.storage.errors import ReadOnly
from facilitator.storage.schema import SCHEMA_VERSION
from tests.helpers import ROOT
from tests.reliability.support import contents, make_version_0


@pytest.fixture
def old_file(workshop_path: Path) -> Path:
    make_version_0(workshop_path, votes={"brainstorm": 5})
    return workshop_path


def user_version(path: Path) -> int:
    connection = sqlite3.connect(path)
    try:
        return int(connection.execute("PRAGMA user_version").fetchone()[0])
    finally:
        connection.close()


def upgrade_copies(folder: Path) -> list[Path]:
    return sorted(folder.glob("w.before-upgrade-v0*.workshop"))


def test_old_file_upgrades_when_opened_for_editing(old_file: Path) -> None:
    old = contents(old_file)
    with pytest.raises(ReadOnly, match="open it for editing once to upgrade"):
        open_workshop(old_file, readonly=True)
    with open_workshop(old_file) as ws:
        assert votes.votes_per_person(ws, "brainstorm") == 5  # the old note, now a setting
        assert ws.db.upgraded_from is not None
    assert user_version(old_file) == SCHEMA_VERSION
    (copy,) = upgrade_copies(old_file.parent)
    assert contents(copy) == old and user_version(copy) == 0
    with open_workshop(old_file, readonly=True) as ws:  # and now reads as a current file
        assert votes.votes_per_person(ws, "brainstorm") == 5


# One process (imports paid once) forks a child per step. The child upgrades the file by opening
# it for editing and kills itself with SIGKILL just before the Nth file or database call of the
# upgrade: the copy, its fsync and rename, each SQL statement, the commit. After each kill the
# parent looks at what is on disk, reopens the file as the app would, and reports one JSON line.
DRIVER = textwrap.dedent("""
    import json, os, shutil, signal, sqlite3, sys
    from pathlib import Path
    import facilitator.storage.migrations as migrations
    from facilitator.services import votes
    from facilitator.services.workshop import open_workshop

    path, pristine = Path(sys.argv[1]), Path(sys.argv[2])
    CALLS = {"connect", "backup", "execute", "fsync", "replace", "unlink", "open", "close"}
    real_migrate = migrations.migrate

    def sql(target, *queries):
        c = sqlite3.connect(target)
        try:
            return [c.execute(q).fetchall() for q in queries]
        finally:
            c.close()

    def dump(target):
        c = sqlite3.connect(target)
        try:
            return list(c.iterdump())
        finally:
            c.close()

    def upgrade(kill_at, report):
        seen = [0]

        def watch(frame, event, arg):
            if event == "c_call" and getattr(arg, "__name__", "") in CALLS:
                seen[0] += 1
                if seen[0] == kill_at:
                    os.kill(os.getpid(), signal.SIGKILL)

        def migrate(*args, **kwargs):
            sys.setprofile(watch)
            try:
                return real_migrate(*args, **kwargs)
            finally:
                sys.setprofile(None)

        migrations.migrate = migrate
        open_workshop(path).close()
        os.write(report, str(seen[0]).encode())

    def run_child(kill_at):
        for sibling in path.parent.iterdir():
            if sibling != pristine:
                sibling.unlink()
        shutil.copy(pristine, path)
        read, write = os.pipe()
        pid = os.fork()
        if pid == 0:
            os.close(read)
            upgrade(kill_at, write)
            os._exit(0)
        os.close(write)
        with os.fdopen(read) as pipe:
            said = pipe.read()
        return os.waitpid(pid, 0)[1], said

    old = dump(pristine)
    status, said = run_child(0)
    steps, upgraded = int(said), dump(path)
    print(json.dumps({"steps": steps}), flush=True)
    for step in range(1, steps + 1):
        status, _ = run_child(step)
        version = sql(path, "PRAGMA user_version")[0][0][0]  # read-write: rolls back a cut commit
        on_disk = dump(path)
        with open_workshop(path) as ws:
            votes_now = votes.votes_per_person(ws, "brainstorm")
        integrity, broken = sql(path, "PRAGMA integrity_check", "PRAGMA foreign_key_check")
        copies = sorted(path.parent.glob("w.before-upgrade-v0*.workshop"))
        print(json.dumps({
            "step": step, "killed": os.WIFSIGNALED(status) and os.WTERMSIG(status) == 9,
            "state": "old" if version == 0 else "upgraded",
            "intact": on_disk == (old if version == 0 else upgraded),
            "votes": votes_now, "healthy": integrity == [("ok",)] and not broken,
            "copies": len(copies),
            "copies_good": all(sql(c, "PRAGMA integrity_check")[0] == [("ok",)]
                               and dump(c) == old for c in copies),
            "leftovers": [p.name for p in path.parent.glob(".*")],
        }), flush=True)
""")


def test_a_kill_at_every_step_of_the_upgrade_loses_nothing(old_file: Path,
                                                           tmp_path: Path) -> None:
    pristine = old_file.with_name("pristine-v0")
    shutil.copy(old_file, pristine)
    result = subprocess.run([sys.executable, "-c", DRIVER, str(old_file), str(pristine)],
                            capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert result.returncode == 0, result.stderr
    first, *reports = [json.loads(line) for line in result.stdout.splitlines()]
    assert first["steps"] >= 10 and len(reports) == first["steps"]
    for report in reports:
        assert report["killed"], report
        assert report["intact"], report        # the old file whole, or the upgraded one
        assert report["votes"] == 5, report    # reopening works and finishes the upgrade
        assert report["healthy"], report
        assert report["copies"] >= 1 and report["copies_good"], report
        assert report["leftovers"] == [], report
    states = {r["state"] for r in reports}
    assert states == {"old", "upgraded"}  # the kills fell both before and after the commit
