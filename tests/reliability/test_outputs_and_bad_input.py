"""Outputs never destroy a workshop; bad templates, dumps and files get one line; no litter.

Each test reproduces a defect of issue 14 as a user meets it, through the real command line."""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from facilitator.services.errors import ServiceError
from facilitator.services.litter import STALE_AFTER_S
from facilitator.services.templates import catalogue, find_template
from facilitator.services.workshop import open_workshop, save_copy
from tests.helpers import ROOT, make_workshop, run_cli


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _one_line_error(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode != 0, result.stdout
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("facilitator: "), result.stderr
    assert "unexpected error" not in lines[0]
    return lines[0]


# Defect 2: outputs -----------------------------------------------------------------------------
def test_export_invite_and_handouts_never_write_over_a_workshop(workshop_path: Path,
                                                                tmp_path: Path) -> None:
    other = make_workshop(tmp_path, "check-in", name="other.workshop")
    before = {p: _sha(p) for p in (workshop_path, other)}
    for target in (workshop_path, other):
        assert "choose another file name" in _one_line_error(run_cli(
            "export", str(workshop_path), "--format", "csv", "--out", str(target)))
        assert "choose another file name" in _one_line_error(run_cli(
            "invite", str(workshop_path), "--ics", str(target)))
    _one_line_error(run_cli("handouts", str(workshop_path), "--kind", "guide",
                            "--out", str(other)))
    assert {p: _sha(p) for p in before} == before
    # A workshop named like a handout inside the folder is not written over either.
    folder = tmp_path / "out"
    folder.mkdir()
    name = run_cli("handouts", str(workshop_path), "--kind", "guide", "--out",
                   str(folder)).stdout.strip()
    trap = Path(name)
    trap.unlink()
    make_workshop(folder, "key-themes", name=trap.name)
    kept = _sha(trap)
    assert "is a workshop file" in _one_line_error(run_cli(
        "handouts", str(workshop_path), "--kind", "guide", "--out", str(folder)))
    assert _sha(trap) == kept


def test_save_as_refuses_a_workshop_another_process_has_open(workshop_path: Path,
                                                             tmp_path: Path) -> None:
    theirs = make_workshop(tmp_path, "check-in", name="theirs.workshop")
    holder = subprocess.Popen(
        [sys.executable, "-c", "import sys,time; from pathlib import Path; "
         "from facilitator.services.workshop import open_workshop; "
         "ws = open_workshop(Path(sys.argv[1])); print('open', flush=True); time.sleep(60)",
         str(theirs)], cwd=ROOT, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "open"
        before = _sha(theirs)
        with open_workshop(workshop_path) as ws, \
                pytest.raises(ServiceError, match="open in Facilitator"):
            save_copy(ws, theirs)
        assert _sha(theirs) == before
    finally:
        holder.kill()
        holder.wait()
    with open_workshop(workshop_path) as ws:  # once closed there, Save as may replace it
        save_copy(ws, theirs)
    assert open_workshop(theirs, readonly=True).template.id == "attract-retain"


def test_an_export_is_whole_or_absent_when_writing_fails(workshop_path: Path,
                                                         tmp_path: Path) -> None:
    from facilitator.exports.atomic import write_atomically

    target = tmp_path / "actions.csv"
    target.write_text("the previous export\n", encoding="utf-8")

    def half_then_full_disk(temp: Path) -> None:
        temp.write_text("half an exp", encoding="utf-8")
        raise OSError(28, "No space left on device")

    with pytest.raises(OSError):
        write_atomically(target, half_then_full_disk)
    assert target.read_text(encoding="utf-8") == "the previous export\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["actions.csv", workshop_path.name]


# Defect 5 / 11: files the app must refuse in one line without touching them ---------------------
def test_a_trigger_that_would_delete_the_actions_is_refused(workshop_path: Path) -> None:
    with sqlite3.connect(workshop_path) as db:
        db.execute("CREATE TRIGGER wipe AFTER UPDATE ON cell BEGIN DELETE FROM action; END")
    db.close()
    before = _sha(workshop_path)
    assert "trigger" in _one_line_error(run_cli("check", str(workshop_path)))
    assert "trigger" in _one_line_error(run_cli("info", str(workshop_path)))
    assert _sha(workshop_path) == before


def test_a_wal_flagged_file_is_refused_without_wal_files(workshop_path: Path) -> None:
    data = bytearray(workshop_path.read_bytes())
    data[18] = data[19] = 2
    workshop_path.write_bytes(bytes(data))
    for command in ("check", "info", "dump"):
        assert "WAL" in _one_line_error(run_cli(command, str(workshop_path)))
    assert sorted(p.name for p in workshop_path.parent.iterdir()) == [workshop_path.name]
    assert bytes(data) == workshop_path.read_bytes()


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs are a POSIX thing")
def test_a_fifo_named_like_a_workshop_gets_one_line_at_once(tmp_path: Path) -> None:
    fifo = tmp_path / "x.workshop"
    os.mkfifo(fifo)
    for command in ("check", "info", "dump"):
        began = time.monotonic()
        assert "not a regular file" in _one_line_error(run_cli(command, str(fifo)))
        assert time.monotonic() - began < 30  # before: blocked for ever


def test_a_bad_meeting_date_is_refused_by_every_command(workshop_path: Path) -> None:
    with sqlite3.connect(workshop_path) as db:
        db.execute("UPDATE meeting SET date = '31/02/2026'")
    db.close()
    for command in ("check", "info", "dump"):
        assert "31/02/2026" in _one_line_error(run_cli(command, str(workshop_path)))


# Defect 6: templates -----------------------------------------------------------------------------
def _bad_templates(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    lines = ['a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    for i in range(1, 10):
        lines.append(f"{chr(97 + i)}: &{chr(97 + i)} [" + ", ".join([f"*{chr(96 + i)}"] * 9)
                     + "]")
    (folder / "laughs.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (folder / "deep.yaml").write_text("x: " + "[" * 5000 + "]" * 5000 + "\n", encoding="utf-8")
    (folder / "huge-int.yaml").write_text("id: x\nminutes: " + "9" * 6000 + "\n",
                                          encoding="utf-8")
    with (folder / "big.yaml").open("wb") as big:
        big.truncate(50_000_000)
    if hasattr(os, "mkfifo"):
        os.mkfifo(folder / "fifo.yaml")
        (folder / "zero.yaml").symlink_to("/dev/zero")


def test_bad_user_templates_are_listed_and_harm_no_other(tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "templates"
    _bad_templates(folder)
    monkeypatch.setenv("FACILITATOR_TEMPLATES", str(folder))
    began = time.monotonic()
    entries = {e.path.name: e for e in catalogue(folder)}
    assert time.monotonic() - began < 20
    broken = {name: e.errors[0] for name, e in entries.items() if e.broken}
    expected = {"laughs.yaml", "deep.yaml", "huge-int.yaml", "big.yaml"}
    if hasattr(os, "mkfifo"):
        expected |= {"fifo.yaml", "zero.yaml"}
    assert set(broken) == expected, broken
    assert all("\n" not in error for error in broken.values())
    assert find_template("check-in", folder).id == "check-in"
    env = dict(os.environ, FACILITATOR_TEMPLATES=str(folder))
    listing = run_cli("templates", "--json", env=env)
    assert listing.returncode == 0
    assert {e["path"].rsplit("/", 1)[-1] for e in json.loads(listing.stdout)
            if e["broken"]} == expected
    created = run_cli("new", "check-in", str(tmp_path / "n.workshop"), env=env)
    assert created.returncode == 0, created.stderr
    demo = run_cli("demo", str(tmp_path / "d.workshop"), "--no-open", env=env)
    assert demo.returncode == 0, demo.stderr


# Defect 8: dumps -------------------------------------------------------------------------------
@pytest.mark.parametrize(("change", "field"), [
    (lambda d: d["meetings"][0].__setitem__("date", "31/02/2026"), "meetings[0].date"),
    (lambda d: d.__setitem__("version", True), "version"),
    (lambda d: d["meetings"][0].__setitem__("current_item", 99), "meetings[0].current_item"),
    (lambda d: d["participants"].append(dict(d["participants"][0])), "participants[2].id"),
    (lambda d: d["meetings"][0]["timers"].append({"item": 0, "minutes": 10**9, "elapsed_s": 0,
                                                  "running": False, "done": False}),
     "meetings[0].timers[7]"),
])
def test_load_refuses_a_bad_dump_naming_the_field(workshop_path: Path, tmp_path: Path,
                                                  change: object, field: str) -> None:
    data = json.loads(run_cli("dump", str(workshop_path)).stdout)
    change(data)  # type: ignore[operator]
    source = tmp_path / "bad.json"
    source.write_text(json.dumps(data), encoding="utf-8")
    target = tmp_path / "loaded.workshop"
    assert field in _one_line_error(run_cli("load", str(source), str(target)))
    assert not target.exists()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]


# Defect 11: litter -----------------------------------------------------------------------------
def test_hidden_files_of_an_interrupted_new_are_removed_by_the_next(tmp_path: Path) -> None:
    left = [tmp_path / ".a.workshop.0123abcd.creating",
            tmp_path / ".a.workshop.0123abcd.creating-journal",
            tmp_path / ".b.csv.89abcdef.part"]
    fresh = tmp_path / ".c.workshop.fedcba98.creating"  # someone else's, being written now
    for path in [*left, fresh]:
        path.write_bytes(b"half")
    old = time.time() - STALE_AFTER_S - 5
    for path in left:
        os.utime(path, (old, old))
    make_workshop(tmp_path, "key-themes", name="next.workshop")
    assert sorted(p.name for p in tmp_path.iterdir()) == [fresh.name, "next.workshop"]
