"""A packet printed in Spanish while the app runs in English: Spanish labels, dates and times
in the Spanish style, the template's own text in Spanish, and what the room typed as typed."""

from __future__ import annotations

import io
import re
from datetime import date
from pathlib import Path

import pypdf
import pytest
import yaml

from facilitator.domain.language import Words
from facilitator.domain.template_text import participant_strings
from facilitator.handouts.build import HandoutError, render_document, write_handouts
from facilitator.services.actions import add_action
from facilitator.services.snapshot import read_snapshot
from facilitator.services.tables import set_cell
from facilitator.services.templates import find_template
from facilitator.services.workshop import open_workshop
from tests.helpers import make_workshop, run_cli


def text_of(data: bytes) -> str:
    reader = pypdf.PdfReader(io.BytesIO(data))
    return re.sub(r"\s+", " ", " ".join(page.extract_text() for page in reader.pages))


@pytest.fixture
def workshop(tmp_path: Path) -> Path:
    return make_workshop(tmp_path, "check-in", date="2026-12-03", time="15:30",
                         location="Sala 12")


def test_spanish_dates_and_times_read_as_spanish_readers_write_them() -> None:
    es, en = Words("es"), Words("en")
    assert es.date_time("2026-12-03", "15:30") == "jueves, 3 de diciembre de 2026, 15:30"
    assert en.date_time("2026-12-03", "15:30") == "Thursday, December 3, 2026, 3:30 PM"
    assert es.time("09:05") == "9:05"
    assert es.long_date("next week") == "next week"   # typed text stays as typed
    assert es.plural(1, "{count} open", "{count} open") == "1 abierta"
    assert es.plural(3, "{count} open", "{count} open") == "3 abiertas"
    assert Words("es_MX").language == "es"


def test_cli_writes_a_spanish_packet_spanish_throughout(workshop: Path, tmp_path: Path) -> None:
    out = tmp_path / "prints"
    result = run_cli("handouts", str(workshop), "--kind", "packet", "--language", "es",
                     "--out", str(out))
    assert result.returncode == 0, result.stderr
    written = Path(result.stdout.strip())
    assert written.name.endswith("-packet-es.pdf")  # beside an English one, never over it
    text = text_of(written.read_bytes())
    for spanish in ("Cuadernillo del participante", "Página 1 de",
                    "jueves, 3 de diciembre de 2026", "15:30 – 16:30 (60 minutos)",
                    "Preguntas guía", "Reunión periódica de seguimiento con el personal de apoyo",
                    "Registro de acciones de la reunión de seguimiento", "¿Quién es responsable?",
                    "Sala 12"):
        assert spanish in text, spanish
    # No participant sentence of the template is left in English (short words such as "No"
    # or "Total" read the same in both).
    template = find_template("check-in")
    english = [s for s in participant_strings(template) if len(s) > 12 and s != "John Smith"]
    left = [s for s in english if re.sub(r"\s+", " ", s) in text]
    assert not left, f"still English in the Spanish packet: {left}"
    for label in ("Page 1 of", "Guiding questions", "Participant packet", "3:30 PM"):
        assert label not in text


def test_the_same_packet_in_english_is_unchanged(workshop: Path) -> None:
    with open_workshop(workshop, readonly=True) as ws:
        snapshot = read_snapshot(ws)
    text = text_of(render_document(snapshot, "packet"))
    assert "Page 1 of" in text and "Thursday, December 3, 2026" in text and "3:30 PM" in text
    assert "Página" not in text


def test_spanish_summary_keeps_what_the_room_typed_and_translates_statuses(
        workshop: Path) -> None:
    with open_workshop(workshop) as ws:
        add_action(ws, "tracker", "Book the library for Tuesdays", owner="Ana Núñez",
                   deadline="2026-06-15", status="in progress")
        set_cell(ws, "reflection", "support", "answer", "More time with students, please",
                 participant=1)
        snapshot = read_snapshot(ws)
    text = text_of(render_document(snapshot, "summary", today=date(2026, 12, 1),
                                   language="es"))
    assert "Resumen de la sesión" in text
    assert "Book the library for Tuesdays" in text        # the room's words, as typed
    assert "More time with students, please" in text
    assert "en curso" in text and "in progress" not in text  # the template's status word
    assert "15 de junio de 2026" in text and "Vencida" in text
    assert "Seguimiento del avance" in text  # the tracker's own heading, in Spanish


def test_a_user_template_without_a_translation_still_prints_with_spanish_labels(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "templates"
    folder.mkdir()
    source = find_template("key-themes").to_dict()
    (folder / "mine.yaml").write_text(yaml.safe_dump({**source, "id": "mine"}),
                                      encoding="utf-8")
    monkeypatch.setenv("FACILITATOR_TEMPLATES", str(folder))
    path = make_workshop(tmp_path, "mine", date="2026-12-03")
    with open_workshop(path, readonly=True) as ws:
        text = text_of(render_document(read_snapshot(ws), "packet", language="es"))
    assert "Cuadernillo del participante" in text and "Página 1 de" in text
    assert "What resonated with you in these findings?" in text  # its own words, untranslated
    # A translation beside it, in its own folder, is picked up.
    (folder / "es").mkdir()
    (folder / "es" / "mine.yaml").write_text(
        "format: 1\ntemplate: mine\nlanguage: es\ntext:\n"
        "  - en: What resonated with you in these findings?\n    es: ¿Qué le resonó?\n",
        encoding="utf-8")
    with open_workshop(path, readonly=True) as ws:
        text = text_of(render_document(read_snapshot(ws), "packet", language="es"))
    assert "¿Qué le resonó?" in text


def test_a_broken_translation_file_never_stops_a_packet(tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "templates"
    (folder / "es").mkdir(parents=True)
    # An alias bomb and a file for another template: both are ignored, the shipped one is used.
    (folder / "es" / "check-in.yaml").write_text(
        "a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
        "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c]\n"
        "e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]\nf: [*e, *e, *e, *e, *e, *e, *e, *e]\n"
        "text: []\n", encoding="utf-8")
    monkeypatch.setenv("FACILITATOR_TEMPLATES", str(folder))
    path = make_workshop(tmp_path, "check-in")
    with open_workshop(path, readonly=True) as ws:
        text = text_of(render_document(read_snapshot(ws), "packet", language="es"))
    assert "Reflexión del personal escolar de apoyo en salud mental" in text


def test_an_unknown_language_is_one_clear_line(workshop: Path, tmp_path: Path) -> None:
    with open_workshop(workshop, readonly=True) as ws:
        snapshot = read_snapshot(ws)
    with pytest.raises(HandoutError, match="language must be one of: en, es"):
        write_handouts(snapshot, ["packet"], tmp_path / "out", language="fr")
    result = run_cli("handouts", str(workshop), "--language", "fr", "--out", str(tmp_path))
    assert result.returncode != 0 and "--language" in result.stderr


def test_exports_in_spanish_translate_headings_and_statuses_not_the_rooms_words(
        workshop: Path, tmp_path: Path) -> None:
    import csv

    import openpyxl

    from facilitator.exports.export import export
    with open_workshop(workshop) as ws:
        add_action(ws, "tracker", "Book the library for Tuesdays", owner="Ana Núñez",
                   deadline="2026-06-15", status="in progress")
        snapshot = read_snapshot(ws)
    today = date(2026, 12, 1)
    export(snapshot, "csv", tmp_path / "a.csv", today=today, language="es")
    with open(tmp_path / "a.csv", encoding="utf-8-sig", newline="") as handle:
        [row] = list(csv.DictReader(handle))
    assert row["Acción"] == "Book the library for Tuesdays"
    assert (row["Estado"], row["Vencida"], row["Plazo"]) == ("en curso", "sí", "2026-06-15")

    export(snapshot, "xlsx", tmp_path / "a.xlsx", today=today, language="es")
    book = openpyxl.load_workbook(tmp_path / "a.xlsx")
    assert book.sheetnames[:3] == ["Acciones", "Reuniones", "Participantes"]
    assert book["Acciones"]["A1"].value == "Acción"
    assert book["Acciones"]["A2"].font.bold  # an overdue row still stands out in Spanish

    export(snapshot, "md", tmp_path / "a.md", today=today, language="es")
    markdown = (tmp_path / "a.md").read_text(encoding="utf-8")
    assert "Reunión 1: jueves, 3 de diciembre de 2026, 15:30, Sala 12" in markdown
    assert "| Book the library for Tuesdays | Ana Núñez | 15 de junio de 2026 | en curso |" \
        in markdown

    export(snapshot, "json", tmp_path / "a.json", today=today, language="es")
    assert '"in progress"' in (tmp_path / "a.json").read_text(encoding="utf-8")  # data as stored
