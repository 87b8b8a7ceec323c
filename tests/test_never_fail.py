"""No workshop content can make a handout or an export fail: many actions for one owner, very
long texts, every control character, thousands of rows. Each output is read back by its own
library (pypdf, openpyxl, icalendar) and must still hold what the room wrote."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pytest
from icalendar import Calendar
from openpyxl import load_workbook
from pypdf import PdfReader

from facilitator.domain.snapshot import (
    Action,
    Idea,
    Meeting,
    Participant,
    TableRowData,
    Theme,
    WorkshopSnapshot,
)
from facilitator.exports.export import export
from facilitator.exports.workbook import CELL_LIMIT, FULL_TEXT_SHEET
from facilitator.handouts.build import render_document
from facilitator.services.templates import find_template

TODAY = date(2026, 5, 1)
# Every C0 control character, DEL, and the PowerPoint soft line break (U+000B) among them.
CONTROLS = "".join(chr(c) for c in range(32)) + "\x7f"


def pdf_text(data: bytes) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(data)).pages)


def flat(text: str) -> str:
    """Text without any whitespace, so that line wrapping in a PDF does not matter."""
    return "".join(text.split())


def snapshot(actions: list[Action], *, meeting: Meeting | None = None,
             participants: list[Participant] | None = None,
             title: str = "Spring focus group") -> WorkshopSnapshot:
    return WorkshopSnapshot(title, find_template("attract-retain"), "2026-04-01T10:00:00",
                            participants or [Participant(1, "Ana Núñez", "School counselor(s)")],
                            [meeting or Meeting(1, 1, "2026-04-20", "15:30", "Room 12")],
                            actions)


def many_actions(n: int, owner: str = "Ana Núñez") -> list[Action]:
    return [Action(i, "propose", f"Action number {i:03d} for the district", owner=owner,
                   deadline=f"2026-{i % 12 + 1:02d}-{i % 28 + 1:02d}", position=i)
            for i in range(1, n + 1)]


@pytest.mark.parametrize("paper", ["letter", "a4"])
def test_tracker_prints_200_actions_for_one_owner(paper: str) -> None:
    data = render_document(snapshot(many_actions(200)), "actions", paper)
    text = flat(pdf_text(data))
    # Each action twice: in the owner's list and on their slip, which runs over several pages.
    for i in (1, 57, 120, 200):
        assert text.count(flat(f"Action number {i:03d} for the district")) == 2, i
    assert "Open actions on".replace(" ", "") in text


@pytest.mark.parametrize("kind", ["actions", "summary"])
def test_one_action_of_20000_characters_prints_to_its_end(kind: str) -> None:
    words = " ".join(f"word{n}" for n in range(3000))          # ~20,000 characters
    long = Action(1, "propose", f"START {words} THE-END", owner="Ana Núñez",
                  deadline="6/15/2026", category="Do it now!")
    assert len(long.text) > 20_000
    text = flat(pdf_text(render_document(snapshot([long, *many_actions(3)]), kind)))
    assert "START" in text and "THE-END" in text and "word2999" in text


def hostile_snapshot() -> WorkshopSnapshot:
    text = f"before{CONTROLS}after end"
    meeting = Meeting(1, 1, "2026-04-20", "15:30", f"Room{CONTROLS}12",
                      tables={"aspirations": [TableRowData("leaders", "Great leaders",
                                                           {"want": text})]},
                      notes={"intentions": text},
                      themes={"key-themes": [Theme(1, f"Theme{CONTROLS}", text)]})
    actions = [Action(1, "propose", text, owner=f"Ana{CONTROLS}", deadline="2026-06-15",
                      notes=text, category="Do it now!"),
               Action(2, "propose", "Plain action", owner_id=1, deadline="2026-07-01")]
    return snapshot(actions, meeting=meeting, title=f"Spring{CONTROLS}group")


def test_every_control_character_exports_to_xlsx_and_reads_back(tmp_path: Path) -> None:
    out = export(hostile_snapshot(), "xlsx", tmp_path / "s.xlsx", today=TODAY)
    book = load_workbook(out)
    values = [str(c.value) for ws in book.worksheets for row in ws.iter_rows() for c in row
              if c.value is not None]
    # The words around the control characters survive; the soft line break is a line break.
    assert any(v.startswith("before") and "after" in v and v.endswith("end") for v in values)
    assert any("\n" in v and v.startswith("before") for v in values)
    assert "Theme" in "".join(values) and "Plain action" in values


def test_every_control_character_in_every_format_and_handout(tmp_path: Path) -> None:
    snap = hostile_snapshot()
    for fmt in ("csv", "md", "json"):
        text = export(snap, fmt, tmp_path / f"s.{fmt}", today=TODAY).read_text("utf-8")
        assert "before" in text and "after" in text
    ics = export(snap, "ics", tmp_path / "s.ics", today=TODAY).read_bytes()
    assert b"\x00" not in ics and b"\x0b" not in ics
    events = Calendar.from_ical(ics).walk("VEVENT")
    assert any("before" in str(e["summary"]) and "after" in str(e["summary"]) for e in events)
    for kind in ("packet", "guide", "summary", "themes", "actions"):
        text = pdf_text(render_document(snap, kind))
        assert "Spring" in text, kind


def test_a_cell_longer_than_a_spreadsheet_holds_is_cut_visibly_and_kept_whole(
        tmp_path: Path) -> None:
    whole = "".join(f"<{n:05d}>" for n in range(6000)) + "THE-END"     # 42,007 characters
    actions = [Action(1, "propose", whole, owner="Ana Núñez", deadline="2026-06-15"),
               Action(2, "propose", "x" * 20_000, owner="Ana Núñez", deadline="2026-06-16")]
    book = load_workbook(export(snapshot(actions), "xlsx", tmp_path / "s.xlsx", today=TODAY))
    shown = book["Actions"]["A2"].value
    assert len(shown) <= CELL_LIMIT and shown.startswith("<00000>")
    assert f"“{FULL_TEXT_SHEET}”" in shown and "42,007 characters" in shown
    assert book["Actions"]["A3"].value == "x" * 20_000      # under the limit: as it is
    full = book[FULL_TEXT_SHEET]
    parts = [r for r in full.iter_rows(min_row=2, values_only=True)]
    assert {(r[0], r[1]) for r in parts} == {("Actions", "A2")}
    assert "".join(r[3] for r in parts) == whole
    assert [r[2] for r in parts] == ["1 of 2", "2 of 2"]


def test_ten_thousand_rows_export_and_print(tmp_path: Path) -> None:
    ideas = [Idea(n, ("organization", "leaders", "job")[n % 3], ("taking", "could")[n % 2],
                  f"Idea number {n}", position=n) for n in range(10_000)]
    snap = snapshot(many_actions(300), meeting=Meeting(1, 1, "2026-04-20", "15:30", "Room 12",
                                                       ideas={"brainstorm": ideas}))
    book = load_workbook(export(snap, "xlsx", tmp_path / "s.xlsx", today=TODAY),
                         read_only=True)
    texts = {row[2] for ws in book.worksheets if ws.title.startswith("Brainstorm")
             for row in ws.iter_rows(min_row=2, values_only=True)}
    assert len(texts) == 10_000 and "Idea number 9999" in texts
    csv_text = export(snap, "csv", tmp_path / "s.csv", today=TODAY).read_text("utf-8-sig")
    assert csv_text.count("Action number") == 300
    assert "Idea number 9999" in export(snap, "md", tmp_path / "s.md",
                                        today=TODAY).read_text("utf-8")
    assert "Idea number 9999" in export(snap, "json", tmp_path / "s.json",
                                        today=TODAY).read_text("utf-8")
