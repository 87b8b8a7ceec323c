"""The workshop file: what a facilitator types survives closing, copying, crashes and bad files."""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from facilitator.domain.snapshot import example_card
from facilitator.services import actions, grid, ideas, people, tables, themes, timers
from facilitator.services.changes import ChangeKind
from facilitator.services.errors import ServiceError
from facilitator.services.snapshot import read_snapshot
from facilitator.services.workshop import open_workshop
from facilitator.storage import migrations
from facilitator.storage.database import Database
from facilitator.storage.errors import Damaged, InUse, NotAWorkshop, NotFound, TooNew
from facilitator.storage.schema import APPLICATION_ID, SCHEMA_VERSION
from tests.helpers import ROOT


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_everything_typed_is_there_after_reopening(workshop_path: Path) -> None:
    with open_workshop(workshop_path) as ws:
        tables.set_cell(ws, "aspirations", "leaders", "want", "Trusted, visible, fair")
        tables.set_cell(ws, "initiatives-job", ws.template.block("initiatives-job").rows[0].id,
                        "explore", True)
        idea = ideas.add_idea(ws, "brainstorm", "Quiet room for sessions", "organization",
                              "could").ids[0]
        grid.place_card(ws, "prioritize", f"idea:{idea}", 0.8, 0.9, label="Quiet room",
                        category="organization")
        action = actions.add_action(ws, "propose", "Hire a second counselor", owner="Ana Núñez",
                                    deadline="2027-01-15", category="Do it now!").ids[0]
        themes.add_theme(ws, "key-themes", "Time is the scarcest resource", "Everyone said so.")
        timers.save_timer(ws, 2, 312.5, running=False)
        timers.set_minutes(ws, {3: 7})
        people.add_participant(ws, "Chloé Dubois", "School psychologist(s)")
    with open_workshop(workshop_path) as ws:
        snap = read_snapshot(ws)
    meeting = snap.meeting
    aspirations = {r.key: r.cells for r in meeting.tables["aspirations"]}
    assert aspirations["leaders"]["want"] == "Trusted, visible, fair"
    assert meeting.tables["initiatives-job"][0].cells["explore"] is True
    assert [i.text for i in meeting.ideas["brainstorm"]] == ["Quiet room for sessions"]
    assert [(p.card, p.x, p.y) for p in meeting.placements["prioritize"]] == \
        [(f"idea:{idea}", 0.8, 0.9)]
    (saved,) = snap.actions
    assert (saved.id, saved.owner, saved.deadline, saved.status) == \
        (action, "Ana Núñez", "2027-01-15", "not started")
    assert meeting.themes["key-themes"][0].headline == "Time is the scarcest resource"
    assert meeting.timers[2].elapsed_s == 312.5
    assert meeting.timers[3].minutes == 7
    assert "Chloé Dubois" in [p.name for p in snap.participants]


OPEN_TABLE = """\
id: plan
title: Project plan
source: test
invitation: {subject: "{title}", body: "Come on {date}."}
agenda:
  - title: Plan
    minutes: 30
    blocks:
      - id: plan
        kind: table
        title: Project plan
        open_rows: true
        columns:
          - {id: task, label: Task Name}
          - {id: start, label: Start Date, type: date}
          - {id: done, label: Done, type: checkbox}
          - {id: how, label: How, type: multichoice, choices: [Survey, Interview]}
"""


def test_open_rows_can_be_added_moved_removed_and_restored(tmp_path: Path) -> None:
    from facilitator.domain.template_yaml import load_template_text
    from facilitator.services.workshop import create_workshop

    template = load_template_text(OPEN_TABLE, "plan.yaml")
    path = tmp_path / "plan.workshop"
    with create_workshop(path, template) as ws:
        first = tables.add_row(ws, "plan", cells={"task": "Book room"}).ids[0]
        second = tables.add_row(ws, "plan", cells={"task": "Send survey",
                                                   "how": ["Interview", "Survey"]}).ids[0]
        tables.add_row(ws, "plan", position=0, cells={"task": "Agree goal", "done": True})
        tables.set_cell(ws, "plan", str(first), "start", "2026-12-01")
        with pytest.raises(ServiceError, match="not a date"):
            tables.set_cell(ws, "plan", str(first), "start", "next week")
        tables.move_row(ws, "plan", str(second), 0)
        removed = tables.remove_row(ws, "plan", str(first))
        assert removed.item.cells == {"task": "Book room", "start": "2026-12-01"}
        assert [r.cells["task"] for r in tables.read_table(ws, "plan")] == \
            ["Send survey", "Agree goal"]
        tables.restore_row(ws, "plan", removed.item)
    with open_workshop(path) as ws:
        rows = tables.read_table(ws, "plan")
    assert [r.cells["task"] for r in rows] == ["Send survey", "Agree goal", "Book room"]
    assert rows[0].cells["how"] == ["Survey", "Interview"]  # stored in the template's order
    assert rows[1].cells["done"] is True
    assert rows[2].key == first


def test_a_value_that_does_not_fit_its_column_is_refused_and_not_stored(
        workshop_path: Path) -> None:
    with open_workshop(workshop_path) as ws:
        row = ws.template.block("initiatives-job").rows[0].id
        with pytest.raises(ServiceError, match="must be ticked or not"):
            tables.set_cell(ws, "initiatives-job", row, "explore", "maybe")
        with pytest.raises(ServiceError, match="no row"):
            tables.set_cell(ws, "aspirations", "nonsense", "want", "x")
        assert tables.read_table(ws, "initiatives-job")[0].cells == {}


def test_file_identifies_itself_as_a_workshop(workshop_path: Path) -> None:
    connection = sqlite3.connect(workshop_path)
    try:
        assert connection.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
        assert connection.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    finally:
        connection.close()


def test_file_is_complete_on_its_own_while_open(workshop_path: Path, tmp_path: Path) -> None:
    """A user may copy the file to a USB stick while the app has it open."""
    with open_workshop(workshop_path) as ws:
        tables.set_cell(ws, "aspirations", "job", "now", "Too much paperwork")
        copy = tmp_path / "usb-copy.workshop"
        shutil.copy(workshop_path, copy)
        with open_workshop(copy, readonly=True) as other:
            rows = tables.read_table(other, "aspirations")
    assert {r.key: r.cells for r in rows}["job"]["now"] == "Too much paperwork"


@pytest.mark.parametrize("content, error, words", [
    (b"Agenda for Tuesday\n", NotAWorkshop, "not a Facilitator workshop file"),
    (b"", NotAWorkshop, "is empty"),
])
def test_files_that_are_not_workshops_are_refused_untouched(
        tmp_path: Path, content: bytes, error: type[Exception], words: str) -> None:
    path = tmp_path / "notes.workshop"
    path.write_bytes(content)
    before = digest(path)
    with pytest.raises(error, match=words):
        open_workshop(path)
    assert digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.workshop"]


def test_another_apps_database_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "contacts.db"
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE people (name TEXT)")
    connection.commit()
    connection.close()
    before = digest(path)
    with pytest.raises(NotAWorkshop, match="database, but not a Facilitator workshop"):
        open_workshop(path)
    assert digest(path) == before


def test_damaged_workshop_is_refused_untouched(workshop_path: Path) -> None:
    data = bytearray(workshop_path.read_bytes())
    page = 4096
    data[page:page * 3] = b"\xde\xad\xbe\xef" * (page // 2)  # scribble over table pages
    workshop_path.write_bytes(bytes(data))
    before = digest(workshop_path)
    with pytest.raises(Damaged, match="damaged"):
        open_workshop(workshop_path)
    assert digest(workshop_path) == before


def test_workshop_cut_short_is_refused(workshop_path: Path) -> None:
    workshop_path.write_bytes(workshop_path.read_bytes()[:60])
    with pytest.raises(Damaged, match="cut short"):
        open_workshop(workshop_path)


def test_newer_workshop_is_refused_untouched(workshop_path: Path) -> None:
    connection = sqlite3.connect(workshop_path)
    connection.execute(f"PRAGMA user_version={SCHEMA_VERSION + 1}")
    connection.close()
    before = digest(workshop_path)
    with pytest.raises(TooNew, match="newer version of Facilitator"):
        open_workshop(workshop_path)
    assert digest(workshop_path) == before


def test_missing_file_and_folder_get_their_own_messages(tmp_path: Path) -> None:
    with pytest.raises(NotFound, match="no such file"):
        open_workshop(tmp_path / "nope.workshop")
    with pytest.raises(NotAWorkshop, match="is a folder"):
        open_workshop(tmp_path)


def test_second_process_is_told_who_has_the_file(workshop_path: Path) -> None:
    with open_workshop(workshop_path):
        script = textwrap.dedent(f"""
            from facilitator.services.workshop import open_workshop
            from facilitator.storage.errors import InUse
            try:
                open_workshop({str(workshop_path)!r})
            except InUse as exc:
                print("REFUSED", exc)
            with open_workshop({str(workshop_path)!r}, readonly=True) as ws:
                print("READONLY", ws.title)
        """)
        result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                                cwd=ROOT, timeout=60)
    assert "REFUSED" in result.stdout, result.stderr
    assert "already open for editing by" in result.stdout
    assert f"(process {os.getpid()}" in result.stdout
    assert re.search(r"since \w+day, \w+ \d{1,2}, \d{4}, \d{1,2}:\d{2} [AP]M\)", result.stdout)
    assert "READONLY" in result.stdout


def test_same_process_second_window_is_refused_then_allowed_after_close(
        workshop_path: Path) -> None:
    first = open_workshop(workshop_path)
    with pytest.raises(InUse):
        open_workshop(workshop_path)
    first.close()
    open_workshop(workshop_path).close()


def test_readonly_workshop_refuses_edits(workshop_path: Path) -> None:
    with open_workshop(workshop_path, readonly=True) as ws, \
            pytest.raises(Exception, match="read-only"):
        tables.set_cell(ws, "aspirations", "job", "now", "x")


EDITOR = """
import sys
from facilitator.services import tables
from facilitator.services.workshop import open_workshop
ws = open_workshop(sys.argv[1])
for n in range(100000):
    key = ("organization", "leaders", "job")[n % 3]
    tables.set_cell(ws, "aspirations", key, "now", f"edit {n}")
    print(n, flush=True)
"""


def test_kill_during_edits_loses_nothing_reported_done(workshop_path: Path) -> None:
    process = subprocess.Popen([sys.executable, "-c", EDITOR, str(workshop_path)],
                               stdout=subprocess.PIPE, text=True, cwd=ROOT)
    assert process.stdout is not None
    reported = -1
    deadline = time.monotonic() + 60
    while reported < 40 and time.monotonic() < deadline:
        line = process.stdout.readline()
        if line.strip():
            reported = int(line)
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    for line in process.stdout.read().splitlines():  # anything printed before the kill
        reported = int(line)
    assert reported >= 40
    with open_workshop(workshop_path) as ws:
        rows = {r.key: r.cells.get("now") for r in tables.read_table(ws, "aspirations")}
    # Every edit reported done is in the file: each row holds its last reported edit or later.
    for offset, key in enumerate(("organization", "leaders", "job")):
        last_done = max(n for n in range(reported + 1) if n % 3 == offset)
        assert int(str(rows[key]).split()[1]) >= last_done
    connection = sqlite3.connect(workshop_path)
    assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    connection.close()


def test_upgrade_keeps_a_verified_copy_and_is_all_or_nothing(workshop_path: Path) -> None:
    connection = sqlite3.connect(workshop_path)
    connection.execute("PRAGMA user_version=0")
    connection.close()
    original = workshop_path.read_bytes()

    def add_column(c: sqlite3.Connection) -> None:
        c.execute("ALTER TABLE participant ADD COLUMN email TEXT DEFAULT ''")

    def broken(c: sqlite3.Connection) -> None:
        c.execute("ALTER TABLE participant ADD COLUMN phone TEXT")
        raise RuntimeError("step failed half-way")

    with pytest.raises(RuntimeError):
        migrations.migrate(workshop_path, 0, 1, {0: broken})
    assert workshop_path.read_bytes() == original  # nothing half-applied
    before = list(sqlite3.connect(workshop_path).iterdump())
    copy = migrations.migrate(workshop_path, 0, 1, {0: add_column})
    assert list(sqlite3.connect(copy).iterdump()) == before  # the copy is the old file
    assert copy.name.startswith("w.before-upgrade-v0")
    connection = sqlite3.connect(workshop_path)
    columns = [r[1] for r in connection.execute("PRAGMA table_info(participant)")]
    assert "email" in columns and "phone" not in columns
    assert connection.execute("PRAGMA user_version").fetchone()[0] == 1
    connection.close()


def test_opening_a_current_file_never_imports_migrations(workshop_path: Path) -> None:
    script = (f"import sys; from facilitator.services.workshop import open_workshop; "
              f"open_workshop({str(workshop_path)!r}).close(); "
              f"print('facilitator.storage.migrations' in sys.modules, 'alembic' in sys.modules)")
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                            cwd=ROOT, timeout=60)
    assert result.stdout.split() == ["False", "False"], result.stderr


def test_services_each_return_what_changed(workshop_path: Path) -> None:
    with open_workshop(workshop_path) as ws:
        changed = tables.set_cell(ws, "aspirations", "job", "want", "Our jobs will be varied")
        assert (changed.what, changed.block_id, changed.ids) == \
            (ChangeKind.CELLS, "aspirations", ("job",))
        idea = ideas.add_idea(ws, "brainstorm", "Mentoring circle", "job", "could")
        assert idea.block_id == "brainstorm" and isinstance(idea.ids[0], int)
        moved = ideas.update_idea(ws, idea.ids[0], lane="taking", votes=3, explore=True)
        assert moved.ids == idea.ids
        removed = ideas.remove_idea(ws, int(idea.ids[0]))
        assert (removed.what, removed.block_id, removed.ids) == \
            (ChangeKind.IDEAS, "brainstorm", idea.ids)
        ideas.restore_idea(ws, "brainstorm", removed.item, removed.meeting_id)
        assert ideas.read_ideas(ws, "brainstorm")[0] == removed.item
        placed = grid.place_card(ws, "prioritize", example_card(0), 0.2, 0.3, label="Physical")
        assert placed.what == ChangeKind.GRID
        old = grid.remove_card(ws, "prioritize", example_card(0))
        assert (old.what, old.block_id, old.ids) == \
            (ChangeKind.GRID, "prioritize", (example_card(0),))
        assert old.item is not None and (old.item.x, old.item.y) == (0.2, 0.3)
        assert grid.read_placements(ws, "prioritize") == []
        action = actions.add_action(ws, "propose", "Survey staff", category="Do it next")
        actions.update_action(ws, int(action.ids[0]), status="in progress", owner="Ben Cho")
        gone = actions.remove_action(ws, int(action.ids[0]))
        assert (gone.what, gone.block_id, gone.ids) == (ChangeKind.ACTIONS, "propose", action.ids)
        actions.restore_action(ws, gone.item)
        (back,) = actions.read_actions(ws, "propose")
        assert back == gone.item and back.history == ((1, "in progress"),)
        with pytest.raises(ServiceError, match="not a status"):
            actions.update_action(ws, back.id, status="done-ish")
        t = themes.add_theme(ws, "key-themes", "B")
        themes.add_theme(ws, "key-themes", "A")
        themes.move_theme(ws, int(t.ids[0]), 1)
        assert [x.headline for x in themes.read_themes(ws, "key-themes")] == ["A", "B"]


def test_creating_over_an_existing_file_is_refused(workshop_path: Path) -> None:
    from facilitator.services.templates import find_template
    from facilitator.services.workshop import create_workshop
    from facilitator.storage.errors import Unwritable

    before = digest(workshop_path)
    with pytest.raises(Unwritable, match="already exists"):
        create_workshop(workshop_path, find_template("attract-retain"))
    assert digest(workshop_path) == before


def test_failed_creation_leaves_nothing_behind(tmp_path: Path) -> None:
    from facilitator.services.templates import find_template
    from facilitator.services.workshop import create_workshop

    with pytest.raises(ServiceError, match="YYYY-MM-DD"):
        create_workshop(tmp_path / "x.workshop", find_template("attract-retain"), date="3/12/26")
    with pytest.raises(ServiceError):
        Database.create(tmp_path / "y.workshop", lambda s: (_ for _ in ()).throw(
            ServiceError("boom")))
    assert list(tmp_path.iterdir()) == []
