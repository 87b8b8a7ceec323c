"""Every export format, written in Spanish from the demo and opened with the program that reads
it: no label the app adds may be left in English.

The English labels come from the catalogue itself (domain/labels_es.py: the English key of every
label whose Spanish differs), each a pattern where its placeholders match anything. What the
room typed is English in the demo and stays as typed, so it is masked out before matching: only
the words the app adds around it can match. The same check run on the English export must find
those labels, which proves it would fail.
"""

from __future__ import annotations

import csv
import json
import re
import string
from datetime import date
from html.parser import HTMLParser
from pathlib import Path

import openpyxl
import pytest
from icalendar import Calendar
from markdown_it import MarkdownIt

from facilitator.domain.labels_es import ES
from facilitator.domain.snapshot import WorkshopSnapshot
from facilitator.exports.export import FORMATS, export
from facilitator.services.actions import add_action, read_actions, update_action
from facilitator.services.demo import create_demo
from facilitator.services.meetings import new_meeting
from facilitator.services.snapshot import read_snapshot
from facilitator.services.workshop import open_workshop

TODAY = date(2027, 2, 1)
LONG_NOTE = "Notes from the district office. " * 1_300  # longer than a spreadsheet cell


# Placeholders that always hold a number ("{number} of {total}" is not any text with "of").
_BLANKS = dict.fromkeys(("number", "total", "count", "page", "first", "last"), r"\d[\d,.]*")


def english_labels() -> dict[str, re.Pattern[str]]:
    """English key -> pattern, for every label whose Spanish reads differently."""
    found = {}
    for english, spanish in ES.items():
        if english in (spanish if isinstance(spanish, tuple) else (spanish,)):
            continue  # "Total", "Agenda", "Ideas": the same word in both languages
        pattern = "".join(re.escape(literal) + (_BLANKS.get(name, "(.+?)") if name else "")
                          for literal, name, _, _ in string.Formatter().parse(english))
        found[english] = re.compile(pattern)
    return found


LABELS = english_labels()


def typed_text(snapshot: WorkshopSnapshot) -> list[str]:
    """What the room (and the demo) typed: it stays as typed in any language."""
    out = [snapshot.title]
    for p in snapshot.participants:
        out += [p.name, p.role, p.organisation]
    for a in snapshot.actions:
        out += [a.text, a.owner, a.notes, a.deadline]
    for m in snapshot.meetings:
        out += [m.location, *m.notes.values()]
        for rows in m.tables.values():
            for r in rows:
                out.append(r.label)
                out += [v if isinstance(v, str) else ", ".join(v) for v in r.cells.values()
                        if isinstance(v, str | list)]
        out += [i.text for ideas in m.ideas.values() for i in ideas]
        out += [p.label for cards in m.placements.values() for p in cards]
        out += [x for themes in m.themes.values() for t in themes for x in (t.headline, t.body)]
    return sorted({" ".join(t.split()) for t in out if len(t.strip()) >= 3}, key=len,
                  reverse=True)


def english_in(pieces: list[str], typed: list[str]) -> dict[str, str]:
    """English label -> the piece of the export that shows it."""
    hits: dict[str, str] = {}
    for piece in pieces:
        text = " ".join(piece.split())
        for typed_piece in typed:
            text = text.replace(typed_piece, "\x00")
        for part in {text, *re.split(r", |; |\n", text)}:
            for english, pattern in LABELS.items():
                if part.strip() and pattern.fullmatch(part.strip()):
                    hits.setdefault(english, piece[:120])
    return hits


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.pieces: list[str] = []

    def handle_data(self, data: str) -> None:
        if data.strip():
            self.pieces.append(data.strip())


def read_back(path: Path, fmt: str) -> list[str]:
    """The export as its reader sees it, as the texts a person reads."""
    if fmt == "csv":
        with open(path, encoding="utf-8-sig", newline="") as handle:
            return [cell for row in csv.reader(handle) for cell in row]
    if fmt == "xlsx":
        book = openpyxl.load_workbook(path)
        pieces = list(book.sheetnames)
        for sheet in book.worksheets:
            pieces += [str(v) for row in sheet.iter_rows(values_only=True) for v in row
                       if isinstance(v, str)]
        return pieces
    if fmt == "md":
        html = MarkdownIt("commonmark").enable("table").render(path.read_text("utf-8"))
        parser = _Text()
        parser.feed(html)
        return parser.pieces
    if fmt == "ics":
        calendar = Calendar.from_ical(path.read_bytes())
        pieces = [str(calendar["x-wr-calname"])]
        for event in calendar.walk("VEVENT"):
            pieces += [str(event["summary"]), *str(event["description"]).split("\n"),
                       *(str(c) for c in event["categories"].cats)]
        return pieces
    data = json.loads(path.read_text("utf-8"))
    return [str(data)]


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo, in a second meeting, with a status reviewed at each and a very long note."""
    path = tmp_path_factory.mktemp("demo") / "demo.workshop"
    with create_demo(path) as ws:
        first = read_actions(ws, "propose")[0]
        update_action(ws, first.id, notes=LONG_NOTE)
        add_action(ws, "propose", "Ask the union about caseloads", owner="Dana Whitfield",
                   deadline="2027-01-20", source="example")
        new_meeting(ws, date="2027-01-12", time="15:30")
        update_action(ws, first.id, status="in progress")
    return path


def snapshot_of(path: Path) -> WorkshopSnapshot:
    with open_workshop(path, readonly=True) as ws:
        return read_snapshot(ws)


@pytest.mark.parametrize("anonymise", [False, True], ids=["named", "anonymised"])
@pytest.mark.parametrize("fmt", FORMATS)
def test_a_spanish_export_has_no_english_label(demo: Path, tmp_path: Path, fmt: str,
                                               anonymise: bool) -> None:
    snap = snapshot_of(demo)
    typed = typed_text(snap)
    out = {language: export(snap, fmt, tmp_path / f"{language}.{fmt}", today=TODAY,
                            anonymise=anonymise, language=language, what="all"
                            if fmt not in ("csv", "ics") else "actions")
           for language in ("en", "es")}
    if fmt == "json":
        # JSON is data, not a document: its keys are what `facilitator load` reads (the dump
        # format, docs/file-format.md) and its values are what was stored, so the language
        # changes nothing in it, except the words the privacy option puts in place of names.
        es, en = (json.loads(out[language].read_text("utf-8")) for language in ("es", "en"))
        if not anonymise:
            assert es == en
        else:
            assert es.keys() == en.keys()
            assert all(p["name"].startswith(("una persona", "otra persona", "alguien de"))
                       for p in es["participants"])
        return
    english = english_in(read_back(out["en"], fmt), typed)
    spanish = english_in(read_back(out["es"], fmt), typed)
    assert english, "the check found no English label in the English export"
    assert not spanish, f"English labels in a Spanish {fmt}: {spanish}"


def test_the_labels_people_asked_about_are_spanish(demo: Path, tmp_path: Path) -> None:
    snap = snapshot_of(demo)
    english_csv = read_back(export(snap, "csv", tmp_path / "en.csv", today=TODAY), "csv")
    assert english_in(english_csv, typed_text(snap)).keys() >= {
        "Came from", "Status by meeting", "meeting {number}: {status}", "meeting {number}"}
    with open(export(snap, "csv", tmp_path / "es.csv", today=TODAY, language="es"),
              encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert "Origen" in rows[0] and "Estado por reunión" in rows[0]
    reviewed = next(r for r in rows if r["Notas"].startswith("Notes from the district"))
    assert reviewed["Estado por reunión"] == "reunión 1: sin iniciar; reunión 2: en curso"
    assert reviewed["Origen"].startswith("reunión 1, punto 7: ")
    # A long text is cut in the workbook with a Spanish note, and is whole in a Spanish sheet.
    book = openpyxl.load_workbook(export(snap, "xlsx", tmp_path / "es.xlsx", today=TODAY,
                                         language="es"))
    assert "Texto completo" in book.sheetnames
    cut = next(v for row in book["Acciones"].iter_rows(values_only=True) for v in row
               if isinstance(v, str) and "[recortado:" in v)
    assert "el texto completo está en la hoja “Texto completo”" in cut
    dated = next(c for row in book["Acciones"].iter_rows(min_row=2) for c in row
                 if isinstance(c.value, date))
    assert dated.number_format == '[$-C0A]d "de" mmmm "de" yyyy'


def test_the_command_line_exports_in_spanish(demo: Path, tmp_path: Path) -> None:
    from tests.helpers import run_cli

    out = tmp_path / "acciones.csv"
    result = run_cli("export", str(demo), "--format", "csv", "--out", str(out), "--language",
                     "es", "--anonymise")
    assert result.returncode == 0, result.stderr
    with open(out, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert list(rows[0])[:4] == ["Acción", "Responsable", "Plazo", "Estado"]
    assert "una persona (district head of student support)" in {r["Responsable"] for r in rows}
    refused = run_cli("export", str(demo), "--format", "csv", "--out", str(out), "--language",
                      "fr")
    assert refused.returncode != 0 and "--language" in refused.stderr
    assert "invalid choice: 'fr'" in refused.stderr.strip().splitlines()[-1]
