"""Every handout and export tells the same story about the same actions: one rule for
deadlines, owners and overdue (domain.actions), and files that other tools read back."""

from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import replace
from datetime import date
from pathlib import Path

from icalendar import Calendar
from openpyxl import load_workbook

from facilitator.domain.actions import by_owner, owner_name, participant_names
from facilitator.domain.snapshot import Action, Meeting, Participant, TableRowData
from facilitator.exports.export import ExportError, export
from facilitator.exports.json_data import DUMP_FORMAT, DUMP_VERSION
from facilitator.handouts.build import render_document
from facilitator.services import dump as dump_service
from facilitator.services.demo import create_demo
from facilitator.services.templates import find_template
from tests.helpers import make_workshop, run_cli
from tests.test_never_fail import flat, pdf_text, snapshot

TODAY = date(2026, 7, 1)
PEOPLE = [Participant(1, "Ana Núñez", "School counselor(s)"),
          Participant(2, "Ben Cho", "Social worker(s)")]


def actions() -> list[Action]:
    return [replace(a, meeting_number=1) for a in [
        Action(1, "propose", "US-style date, overdue", owner="Ana Núñez", deadline="6/15/2026"),
        Action(2, "propose", "ISO date, overdue", owner="Ana Núñez", deadline="2026-06-20"),
        Action(3, "propose", "Dash date, overdue", owner="Ana Núñez", deadline="6-1-2026"),
        Action(4, "propose", "Linked owner, empty text", owner="", owner_id=2,
               deadline="2026-08-01"),
        Action(5, "propose", "Free-text deadline", owner="Ana Núñez",
               deadline="Start of next school year"),
        Action(6, "propose", "Done long ago", owner="Ana Núñez", deadline="1/2/2026",
               status="completed"),
    ]]


def test_one_rule_for_owners_and_deadlines_in_the_domain() -> None:
    names = participant_names(snapshot([], participants=PEOPLE))
    groups = dict(by_owner(actions(), names))
    assert [a.id for a in groups["Ana Núñez"]] == [6, 3, 1, 2, 5]   # by real date, then words
    assert [a.id for a in groups["Ben Cho"]] == [4]
    assert "Unassigned" not in groups
    renamed = {**names, 2: "Benjamin Cho"}
    assert owner_name(actions()[3], renamed) == "Benjamin Cho"


def test_tracker_summary_csv_xlsx_md_and_ics_agree(tmp_path: Path) -> None:
    people = [PEOPLE[0], replace(PEOPLE[1], name="Benjamin Cho")]   # renamed after linking
    snap = snapshot(actions(), participants=people)
    tracker = pdf_text(render_document(snap, "actions", "letter", today=TODAY))
    assert "Open actions on Wednesday, July 1, 2026: 5, across 2 owners; 3 overdue." \
        in " ".join(tracker.split())
    assert "Benjamin Cho" in tracker and "Ben Cho" not in tracker.replace("Benjamin Cho", "")
    assert "Unassigned" not in tracker
    # The US-style deadline is overdue and sorted as the date it is: before 2026-06-20.
    body = flat(tracker)
    assert body.index(flat("Dash date")) < body.index(flat("US-style date")) \
        < body.index(flat("ISO date")) < body.index(flat("Free-text deadline"))
    summary = flat(pdf_text(render_document(snap, "summary", "letter", today=TODAY)))
    assert flat("Benjamin Cho") in summary and summary.count("Overdue") == 3

    rows = list(csv.DictReader(io.StringIO(
        export(snap, "csv", tmp_path / "a.csv", today=TODAY).read_text("utf-8-sig"))))
    assert sum(r["Overdue"] == "yes" for r in rows) == 3
    assert {r["Owner"] for r in rows} == {"Ana Núñez", "Benjamin Cho"}

    book = load_workbook(export(snap, "xlsx", tmp_path / "a.xlsx", today=TODAY))
    sheet = list(book["Actions"].iter_rows(min_row=2, values_only=True))
    assert sum(r[4] is True for r in sheet) == 3
    assert [r[0] for r in sheet][:3] == ["Done long ago", "Dash date, overdue",
                                         "US-style date, overdue"]

    md = export(snap, "md", tmp_path / "a.md", today=TODAY).read_text("utf-8")
    assert md.count("**overdue**") == 3 and "Benjamin Cho" in md

    events = Calendar.from_ical(export(snap, "ics", tmp_path / "a.ics",
                                       today=TODAY).read_bytes()).walk("VEVENT")
    assert len(events) == 5   # the free-text deadline is not a date
    assert any("Owner: Benjamin Cho" in str(e["description"]) for e in events)


def test_calendar_event_ids_survive_renaming_the_workshop(tmp_path: Path) -> None:
    before = snapshot(actions(), participants=PEOPLE)
    after = replace(before, title="A new name for the same workshop")

    def uids(snap: object, name: str) -> set[str]:
        data = export(snap, "ics", tmp_path / name, today=TODAY).read_bytes()  # type: ignore
        return {str(e["uid"]) for e in Calendar.from_ical(data).walk("VEVENT")}

    assert uids(before, "a.ics") == uids(after, "b.ics")


def test_no_dated_deadline_writes_no_calendar_and_says_so(tmp_path: Path) -> None:
    snap = snapshot([Action(1, "propose", "Someday", deadline="Start of next school year")])
    out = tmp_path / "none.ics"
    try:
        export(snap, "ics", out, today=TODAY)
    except ExportError as exc:
        assert "no action has a dated deadline" in str(exc)
    else:
        raise AssertionError("an empty calendar was reported as written")
    assert not out.exists()
    path = make_workshop(tmp_path)
    result = run_cli("export", str(path), "--format", "ics", "--out", str(out))
    assert result.returncode != 0 and not out.exists()
    assert len(result.stderr.strip().splitlines()) == 1
    assert "dated deadline" in result.stderr


def test_markdown_keeps_user_text_literal(tmp_path: Path) -> None:
    hostile = "<script>alert(1)</script> <b>bold</b> [x](http://evil.example) *star* # not"
    meeting = Meeting(1, 1, "2026-04-20", "15:30", "Room 12",
                      notes={"intention": hostile},
                      tables={"aspirations": [TableRowData("leaders", "Great leaders",
                                                           {"want": hostile})]})
    snap = snapshot([Action(1, "propose", hostile, owner=hostile, deadline="2026-06-15",
                            meeting_number=1)],
                    meeting=meeting, title=hostile)
    md = export(snap, "md", tmp_path / "h.md", today=TODAY).read_text("utf-8")
    assert "<script>" not in md and "<b>" not in md and "[x](http" not in md
    from markdown_it import MarkdownIt  # a CommonMark reader with raw HTML switched on

    html = MarkdownIt("commonmark").enable("table").render(md)
    assert "<script>" not in html and "<b>bold" not in html and "<a " not in html
    assert html.count("&lt;script&gt;alert(1)&lt;/script&gt;") >= 4
    assert "[x](http://evil.example)" in html


def test_json_export_of_everything_loads_like_a_dump(tmp_path: Path) -> None:
    assert (DUMP_FORMAT, DUMP_VERSION) == (dump_service.DUMP_FORMAT, dump_service.DUMP_VERSION)
    with create_demo(tmp_path / "d.workshop") as ws:
        dumped = dump_service.dump(ws)
    exported = tmp_path / "all.json"
    result = run_cli("export", str(tmp_path / "d.workshop"), "--format", "json", "--what",
                     "all", "--out", str(exported))
    assert result.returncode == 0, result.stderr
    loaded = tmp_path / "loaded.workshop"
    result = run_cli("load", str(exported), str(loaded))
    assert result.returncode == 0, result.stderr
    again = json.loads(run_cli("dump", str(loaded)).stdout)
    for key in ("workshop", "template", "participants", "meetings", "actions"):
        assert again[key] == dumped[key], key


def test_load_refuses_a_value_in_a_fixed_template_cell(tmp_path: Path) -> None:
    template = find_template("provider-data-review")
    block_id, row, column = next(
        (b.id, r.id, c) for b in template.blocks() if hasattr(b, "rows")
        for r in b.rows for c in r.values)
    path = make_workshop(tmp_path, "provider-data-review")
    data = json.loads(run_cli("dump", str(path)).stdout)
    rows = data["meetings"][0]["tables"][block_id]
    next(r for r in rows if r["key"] == row)["cells"][column] = "typed over the example"
    source = tmp_path / "bad.json"
    source.write_text(json.dumps(data), encoding="utf-8")
    result = run_cli("load", str(source), str(tmp_path / "bad.workshop"))
    assert result.returncode != 0 and "fixed text" in result.stderr
    assert not (tmp_path / "bad.workshop").exists()


def test_xlsx_shows_the_templates_fixed_text_and_ticked_boxes(tmp_path: Path) -> None:
    from facilitator.services.snapshot import read_snapshot
    from facilitator.services.workshop import open_workshop

    path = make_workshop(tmp_path, "provider-data-review")
    with open_workshop(path, readonly=True) as ws:
        snap = read_snapshot(ws)
    book = load_workbook(export(snap, "xlsx", tmp_path / "f.xlsx", today=TODAY,
                                what="all"))
    cells = [c for ws in book.worksheets for row in ws.iter_rows(min_row=2) for c in row]
    texts = " ".join(str(c.value) for c in cells if isinstance(c.value, str))
    assert "MOU renegotiation" in texts
    assert "Discuss and finalize the details of a draft MOU" in texts   # fixed example text
    mou = next(ws for ws in book.worksheets
               for row in ws.iter_rows(min_row=2, values_only=True) if "MOU renegotiation" in row)
    row = next(r for r in mou.iter_rows(min_row=2, values_only=True) if "MOU renegotiation" in r)
    assert True in row    # "Promote effective collaboration" is ticked in the source
    assert re.search(r"Once a month", texts)
