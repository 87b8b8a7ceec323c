"""Exports read back with their own libraries and compared to the workshop they came from."""

from __future__ import annotations

import csv
import io
import json
import zipfile
from datetime import date, datetime
from pathlib import Path

import pytest
from icalendar import Calendar
from openpyxl import load_workbook

from facilitator.domain.actions import deadline_date, owner_name
from facilitator.domain.snapshot import Action, Participant, WorkshopSnapshot
from facilitator.exports.export import ExportError, export
from facilitator.exports.privacy import anonymise, role_label
from facilitator.exports.safe import csv_text
from facilitator.services.actions import add_action, update_action
from facilitator.services.demo import create_demo
from facilitator.services.snapshot import read_snapshot
from facilitator.services.tables import CellEdit, set_cells
from facilitator.services.themes import add_theme
from tests.helpers import dump, run_cli

TODAY = date(2026, 5, 1)
FORMULA = '=HYPERLINK("http://evil.example","click")'


@pytest.fixture
def demo(tmp_path: Path) -> Path:
    """The demo workshop plus actions with accented owners, dated and free-text deadlines."""
    path = tmp_path / "d.workshop"
    with create_demo(path) as ws:
        add_action(ws, "propose", "Réunion with the union about workload", owner="José Álvarez",
                   deadline="2026-04-15", category="Do it now!")
        add_action(ws, "propose", "Career ladder for counselors", owner_id=3,
                   deadline="6-15-2026", category="Do it next", status="in progress")
        add_action(ws, "propose", FORMULA, owner="+1 555 0100", deadline="-",
                   notes="@mention Zoë Novak", category="Do it now!")
        done = add_action(ws, "propose", "Publish role descriptions", owner="Renée Ortiz",
                          deadline="2026-03-01", category="Do it next")
        update_action(ws, int(done.ids[0]), status="completed")
        set_cells(ws, "aspirations", [CellEdit("leaders", "want", "Trusted, visible leaders")])
        add_theme(ws, "key-themes", "Time for students", "Staff want protected hours.")
    return path


def snapshot(path: Path) -> WorkshopSnapshot:
    from facilitator.services.workshop import open_workshop

    with open_workshop(path, readonly=True) as ws:
        return read_snapshot(ws)


def test_xlsx_has_one_sheet_per_worksheet_plus_actions_with_real_dates(demo: Path,
                                                                      tmp_path: Path) -> None:
    snap = snapshot(demo)
    out = export(snap, "xlsx", tmp_path / "s.xlsx", today=TODAY)
    book = load_workbook(out)
    assert book.sheetnames[0] == "Actions"
    assert "Participants" in book.sheetnames
    for title in ("Aspiration for how the district", "1-3 Great organization"):
        assert any(name.startswith(title[:25]) for name in book.sheetnames), title
    sheet = book["Actions"]
    headers = [c.value for c in sheet[1]]
    assert headers[:5] == ["Action", "Owner", "Deadline", "Status", "Overdue"]
    assert sheet.freeze_panes == "A2"
    assert all(c.font.b for c in sheet[1])
    assert sheet.column_dimensions["A"].width >= 30     # long action texts stay readable
    rows = {r[0]: r for r in sheet.iter_rows(min_row=2, values_only=True)}
    names = {p.id: p.name for p in snap.participants}
    assert len(rows) == len(snap.actions)
    for action in snap.actions:
        row = rows[action.text]
        assert row[1] == owner_name(action, names)
        assert row[3] == action.status
    union = rows["Réunion with the union about workload"]
    assert union[1] == "José Álvarez"
    assert union[2] == datetime(2026, 4, 15) and union[4] is True        # a real, overdue date
    assert rows["Career ladder for counselors"][1] == "Priya Raman"
    assert rows["Career ladder for counselors"][2] == datetime(2026, 6, 15)
    assert rows["Publish role descriptions"][4] is False                  # completed: not late
    assert rows[snap.template.block("propose").example.text][2] == "Start of next school year"
    aspirations = book[next(n for n in book.sheetnames if n.startswith("Aspiration"))]
    values = [c for r in aspirations.iter_rows(values_only=True) for c in r]
    assert "Trusted, visible leaders" in values


def test_xlsx_stores_formula_like_text_as_text(demo: Path, tmp_path: Path) -> None:
    out = export(snapshot(demo), "xlsx", tmp_path / "s.xlsx", what="actions", today=TODAY)
    book = load_workbook(out)
    assert book.sheetnames == ["Actions"]
    cells = {c.value: c for r in book["Actions"].iter_rows(min_row=2) for c in r}
    for text in (FORMULA, "+1 555 0100", "-", "@mention Zoë Novak"):
        assert cells[text].data_type == "s", text
    with zipfile.ZipFile(out) as z:
        sheets = [n for n in z.namelist() if n.startswith("xl/worksheets/")]
        assert all("<f>" not in z.read(n).decode() for n in sheets)


def test_csv_of_actions_is_utf8_with_bom_and_neutralises_formulas(demo: Path,
                                                                  tmp_path: Path) -> None:
    snap = snapshot(demo)
    out = export(snap, "csv", tmp_path / "a.csv", today=TODAY)
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    assert len(rows) == len(snap.actions)
    by_text = {r["Action"]: r for r in rows}
    union = by_text["Réunion with the union about workload"]
    assert (union["Owner"], union["Deadline"], union["Overdue"]) == ("José Álvarez",
                                                                     "2026-04-15", "yes")
    evil = by_text["'" + FORMULA]
    assert evil["Owner"] == "'+1 555 0100" and evil["Deadline"] == "'-"
    assert evil["Notes"] == "'@mention Zoë Novak"
    assert [r["Action"] for r in rows][:2] == ["Publish role descriptions",
                                               "Réunion with the union about workload"]


@pytest.mark.parametrize("text", ["=1+1", "+1", "-2", "@SUM(A1)", "\tx", "\rx"])
def test_formula_starts_are_neutralised(text: str) -> None:
    assert csv_text(text) == "'" + text
    assert csv_text("plain = text") == "plain = text"


def test_ics_has_one_event_per_real_deadline_with_owner_and_status(demo: Path,
                                                                   tmp_path: Path) -> None:
    snap = snapshot(demo)
    out = export(snap, "ics", tmp_path / "a.ics", today=TODAY)
    events = list(Calendar.from_ical(out.read_bytes()).walk("VEVENT"))
    dated = {"Réunion with the union about workload": date(2026, 4, 15),
             "Career ladder for counselors": date(2026, 6, 15),
             "Publish role descriptions": date(2026, 3, 1)}
    got = {str(e["summary"]).removeprefix("Due: "): e.decoded("dtstart") for e in events}
    assert dated.items() <= got.items()
    # Exactly the actions whose deadline is a date (the demo's own proposals have dates too).
    assert len(events) == sum(1 for a in snap.actions if deadline_date(a.deadline))
    assert not any("Establish expectations" in text for text in got)   # "Start of next..."
    union = next(e for e in events if "Réunion" in str(e["summary"]))
    assert "Owner: José Álvarez" in str(union["description"])
    assert "Status: not started" in str(union["description"])
    assert len({str(e["uid"]) for e in events}) == len(events)


def test_markdown_reads_as_the_session(demo: Path, tmp_path: Path) -> None:
    snap = snapshot(demo)
    text = export(snap, "md", tmp_path / "s.md", today=TODAY).read_text(encoding="utf-8")
    assert text.startswith(f"# {snap.title}\n")
    for item in snap.template.agenda:
        assert item.title in text
    assert "Trusted, visible leaders" in text
    assert "**Time for students**" in text and "Staff want protected hours." in text
    assert "| Réunion with the union about workload | José Álvarez | April 15, 2026 |" in text
    assert "José Álvarez" in text and "Priya Raman" in text


def test_json_all_matches_dump_and_actions_only(demo: Path, tmp_path: Path) -> None:
    snap = snapshot(demo)
    data = json.loads(export(snap, "json", tmp_path / "a.json", today=TODAY).read_text("utf-8"))
    dumped = dump(demo)
    assert data["participants"] == dumped["participants"]
    assert data["meetings"] == dumped["meetings"]
    assert data["template"] == dumped["template"]
    assert [{k: v for k, v in a.items() if k != "overdue"} for a in data["actions"]] == \
        dumped["actions"]
    only = json.loads(export(snap, "json", tmp_path / "b.json", what="actions",
                             today=TODAY).read_text("utf-8"))
    assert set(only) == {"workshop", "actions"} and len(only["actions"]) == len(snap.actions)


def test_role_labels() -> None:
    assert role_label("School counselor(s)") == "a school counselor"
    assert role_label("Other licensed provider(s) (e.g., LCSW)") == "another licensed provider"
    assert role_label("Other, please specify") == "another participant"
    assert role_label("") == "a participant"
    assert role_label("School or district leadership") == \
        "someone from school or district leadership"
    assert role_label("Member of a district student support team") == \
        "a member of a district student support team"


@pytest.mark.parametrize("fmt", ["xlsx", "csv", "md", "json", "ics"])
def test_anonymised_exports_name_no_participant(demo: Path, tmp_path: Path, fmt: str) -> None:
    snap = snapshot(demo)
    out = export(snap, fmt, tmp_path / f"x.{fmt}", anonymise=True, today=TODAY)
    if fmt == "xlsx":
        book = load_workbook(out)
        text = "\n".join(str(c) for s in book for r in s.iter_rows(values_only=True) for c in r)
    else:
        text = out.read_bytes().decode("utf-8-sig")
        if fmt == "ics":
            text = "\n".join(str(e["description"]) for e in
                             Calendar.from_ical(out.read_bytes()).walk("VEVENT"))
    for person in snap.participants:
        assert person.name not in text, person.name
    if fmt != "ics":
        assert "a school head of student support" in text   # José Álvarez, by role
        assert "a school counselor" in text                  # Priya Raman (owner by id)


def test_anonymising_also_hides_a_first_or_last_name_typed_alone(demo: Path) -> None:
    people = [Participant(1, "Ana Ruiz", "School counselor(s)", ""),
              Participant(2, "Ana López", "Social worker(s)", ""),
              Participant(3, "Will Park", "School psychologist(s)", "")]
    actions = [Action(1, "tracker", "Ana to ask Ruiz; Park's plan: we will meet Will on Friday",
                      owner="Will")]
    snap = anonymise(WorkshopSnapshot("t", snapshot(demo).template, "", people, [], actions))
    assert snap.actions[0].text == ("a participant to ask a school counselor; a school "
                                    "psychologist's plan: we will meet a school psychologist "
                                    "on Friday")   # "will" the word stays; shared "Ana" too
    assert snap.actions[0].owner == "a school psychologist"


def test_bad_requests_are_refused_with_a_message(demo: Path, tmp_path: Path) -> None:
    snap = snapshot(demo)
    with pytest.raises(ExportError, match="unknown format 'pdf'"):
        export(snap, "pdf", tmp_path / "x.pdf")
    with pytest.raises(ExportError, match="action list only"):
        export(snap, "csv", tmp_path / "x.csv", what="all")
    with pytest.raises(ExportError, match="does not exist"):
        export(snap, "md", tmp_path / "missing" / "x.md")


def test_cli_export_every_format(demo: Path, tmp_path: Path) -> None:
    for fmt in ("csv", "xlsx", "ics", "md", "json"):
        out = tmp_path / f"cli.{fmt}"
        result = run_cli("export", str(demo), "--format", fmt, "--out", str(out))
        assert result.returncode == 0, result.stderr
        assert out.stat().st_size > 0
    rows = list(csv.reader(io.StringIO((tmp_path / "cli.csv").read_text("utf-8-sig"))))
    assert rows[0][:2] == ["Action", "Owner"] and len(rows) == 1 + len(snapshot(demo).actions)
    result = run_cli("export", str(demo), "--format", "md", "--what", "actions", "--anonymise",
                     "--out", str(tmp_path / "anon.md"))
    assert result.returncode == 0, result.stderr
    anon = (tmp_path / "anon.md").read_text("utf-8")
    assert "José" not in anon and "a school head of student support" in anon


def test_cli_export_errors_are_one_line(demo: Path, tmp_path: Path) -> None:
    result = run_cli("export", str(demo), "--format", "pdf", "--out", str(tmp_path / "x"))
    assert result.returncode != 0
    assert result.stderr == ("facilitator: unknown format 'pdf' (one of: xlsx, csv, ics, md, "
                             "json)\n")
    result = run_cli("export", str(tmp_path / "none.workshop"), "--format", "csv", "--out",
                     str(tmp_path / "x.csv"))
    assert result.returncode != 0 and len(result.stderr.splitlines()) == 1


def test_a_series_exports_each_meetings_status(tmp_path: Path) -> None:
    from facilitator.services.meetings import new_meeting
    from facilitator.services.workshop import open_workshop
    from tests.helpers import make_workshop

    path = make_workshop(tmp_path, "check-in", date="2026-01-12")
    with open_workshop(path) as ws:
        add_action(ws, "tracker", "Lunch duty rota", owner="Ana Núñez", deadline="2026-03-01")
        new_meeting(ws, date="2026-04-13")
        action_id = read_snapshot(ws).actions[0].id
        update_action(ws, action_id, status="in progress")
        new_meeting(ws, date="2026-07-13")
        update_action(ws, action_id, status="completed")
    snap = snapshot(path)
    text = export(snap, "md", tmp_path / "s.md", today=TODAY).read_text("utf-8")
    parts = text.split("## Meeting ")
    assert len(parts) == 4   # preamble + three meetings
    assert "| Lunch duty rota | Ana Núñez | March 1, 2026 | not started |" in parts[1]
    assert "| Lunch duty rota | Ana Núñez | March 1, 2026 | in progress |" in parts[2]
    assert "| Lunch duty rota | Ana Núñez | March 1, 2026 | completed |" in parts[3]
    book = load_workbook(export(snap, "xlsx", tmp_path / "s.xlsx", today=TODAY))
    row = next(book["Actions"].iter_rows(min_row=2, values_only=True))
    assert row[-1] == "meeting 1: not started; meeting 2: in progress; meeting 3: completed"
    meetings = list(book["Meetings"].iter_rows(min_row=2, values_only=True))
    assert [m[1] for m in meetings] == [datetime(2026, 1, 12), datetime(2026, 4, 13),
                                        datetime(2026, 7, 13)]
