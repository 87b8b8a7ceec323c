"""Handouts read back as a participant or facilitator would read them: the text on the page,
the number of pages, the paper size and the embedded font."""

from __future__ import annotations

import dataclasses
import io
import re
from pathlib import Path

import pypdf
import pytest

from facilitator.domain.actions import by_owner, is_open, participant_names
from facilitator.domain.snapshot import TableRowData, WorkshopSnapshot, idea_card
from facilitator.domain.template import (
    ActionsBlock,
    GridBlock,
    IdeasBlock,
    TableBlock,
    TextBlock,
)
from facilitator.handouts.build import HandoutError, render_document, write_handouts
from facilitator.services.actions import add_action
from facilitator.services.demo import create_demo
from facilitator.services.grid import place_card
from facilitator.services.ideas import add_idea
from facilitator.services.people import set_note
from facilitator.services.snapshot import read_snapshot
from facilitator.services.tables import set_cell
from facilitator.services.templates import catalogue
from facilitator.services.themes import add_theme
from facilitator.services.workshop import create_workshop

MARKUP = "<b>not bold</b> & <font color='red'>plain</font> <br/> &amp;"
LONG_CELL = ("Queremos más tiempo con los estudiantes y menos papeleo; "
             "the room said so again and again. ") * 35  # about 3,000 characters
NOTES_SENTENCE = "In the room: go through the agenda with the group"  # facilitator-only


# Reading PDFs back ------------------------------------------------------------------------------
def pdf(data: bytes) -> pypdf.PdfReader:
    return pypdf.PdfReader(io.BytesIO(data))


def flat(text: str) -> str:
    """Text with all runs of whitespace as one space (wrapped lines join up again)."""
    return re.sub(r"\s+", " ", text).strip()


def text_of(data: bytes) -> str:
    return flat(" ".join(page.extract_text() for page in pdf(data).pages))


def body_text(data: bytes) -> str:
    """All pages' text without the running header and footer, so that text which continues
    on the next page reads on without interruption."""
    reader = pdf(data)
    title, document = str(reader.metadata.title), str(reader.metadata.subject)
    parts = []
    for page in reader.pages:
        lines = page.extract_text().splitlines()
        body = [line for line in lines if not _furniture(line.strip(), title, document)]
        parts.append(" ".join(body))
    return flat(" ".join(parts))


def _furniture(line: str, title: str, document: str) -> bool:
    return (line.startswith(title) or line == document
            or bool(re.fullmatch(r"Page \d+ of \d+", line))
            or ("District office, Room 204" in line and "·" in line))


def page_texts(data: bytes) -> list[str]:
    return [flat(page.extract_text()) for page in pdf(data).pages]


def fonts_of(data: bytes) -> dict[str, bool]:
    """Every font used on every page -> whether its font program is embedded."""
    found: dict[str, bool] = {}
    for page in pdf(data).pages:
        resources = page["/Resources"]
        for font in resources.get("/Font", {}).values():
            font = font.get_object()
            descriptor = font.get("/FontDescriptor")
            if descriptor is None and "/DescendantFonts" in font:
                descriptor = font["/DescendantFonts"][0].get_object().get("/FontDescriptor")
            embedded = descriptor is not None and any(
                key in descriptor.get_object() for key in ("/FontFile", "/FontFile2",
                                                           "/FontFile3"))
            found[str(font["/BaseFont"])] = embedded
    return found


# A realistic session -----------------------------------------------------------------------------
@pytest.fixture(scope="module")
def session(tmp_path_factory: pytest.TempPathFactory) -> WorkshopSnapshot:
    """The demo focus group plus what a room adds: a very long answer, markup-like text, ideas
    with votes, a placed idea card, themes, actions with accented owners (one completed)."""
    path = tmp_path_factory.mktemp("session") / "d.workshop"
    with create_demo(path) as ws:
        set_cell(ws, "aspirations", "organization", "now", LONG_CELL)
        set_cell(ws, "aspirations", "organization", "want", "")  # the long cell alone in its row
        set_cell(ws, "aspirations", "leaders", "want", MARKUP)
        set_cell(ws, "aspirations", "job", "want", "Dirección clara y compañerismo")
        first = add_idea(ws, "brainstorm", "Mentoría para consejeros nuevos", "job", "could",
                         votes=5, explore=True)
        add_idea(ws, "brainstorm", "Quiet rooms for sessions & paperwork", "organization",
                 "taking", votes=2)
        place_card(ws, "prioritize", idea_card(int(first.ids[0])), 0.9, 0.95)
        add_theme(ws, "key-themes", "There are not enough available services",
                  "Wait lists are long; calls go unanswered. " + MARKUP)
        add_theme(ws, "key-themes", "Más apoyo para las familias",
                  "Las familias necesitan información en español.")
        add_action(ws, "propose", "Draft office-space plan", owner="José Álvarez",
                   deadline="2026-12-15", category="Do it now!")
        add_action(ws, "propose", "Survey staff about workload", owner="Zoë Novak",
                   deadline="Before spring break", category="Do it next")
        done = add_action(ws, "propose", "Send the meeting notes", owner="Renée Ortiz",
                          deadline="2026-11-30", category="Do it now!")
        from facilitator.services.actions import update_action
        update_action(ws, int(done.ids[0]), status="completed")
        return read_snapshot(ws)


@pytest.fixture(scope="module")
def packet(session: WorkshopSnapshot) -> bytes:
    return render_document(session, "packet", "letter")


@pytest.fixture(scope="module")
def summary(session: WorkshopSnapshot) -> bytes:
    return render_document(session, "summary", "letter")


# Participant packet ------------------------------------------------------------------------------
def test_packet_has_cover_agenda_and_every_worksheet_label(session: WorkshopSnapshot,
                                                             packet: bytes) -> None:
    text = text_of(packet)
    pages = page_texts(packet)
    assert "PARTICIPANT PACKET" in pages[0] and session.title in pages[0]
    assert "District office, Room 204" in pages[0]
    assert "3:30 PM–3:35 PM" in text  # agenda clock times from the meeting's start
    for item in session.template.agenda:
        assert flat(item.title) in text
        for question in item.questions:
            assert flat(question) in text
    for block in session.template.blocks():
        if not block.for_participants:  # the facilitator's own guidance stays out
            assert flat(block.title) not in text, block.id
            continue
        assert flat(block.title) in text, block.id
        if isinstance(block, TableBlock):
            for column in block.columns:
                assert flat(column.label) in text, (block.id, column.id)
            for row in block.rows:
                assert flat(row.label) in text, (block.id, row.id)
        if isinstance(block, IdeasBlock):
            for lane in block.lanes:
                assert flat(lane.label) in text
        if isinstance(block, GridBlock):
            q = block.quadrants
            for label in (q.high_impact_easy, q.high_impact_hard, block.x_label,
                          block.y_label):
                assert flat(label) in text
        if isinstance(block, ActionsBlock):  # the template's own headings where it has them
            for key, heading in (("text", "Action"), ("owner", "Owner"),
                                 ("deadline", "Deadline")):
                assert flat(block.label(key, heading)) in text, (block.id, key)
        if isinstance(block, TextBlock):
            for section in block.sections:
                assert flat(section.heading) in text
    assert 8 <= len(pages) <= 30


def test_packet_is_blank_and_never_shows_facilitator_notes(packet: bytes) -> None:
    text = text_of(packet)
    assert NOTES_SENTENCE not in text
    assert "Notes" not in page_texts(packet)[0]
    # Captured answers belong in the summary, not on the blank worksheets.
    assert "Mentoría para consejeros nuevos" not in text
    assert "Dana Whitfield" not in text


def test_packet_prints_choice_columns_as_tick_boxes(tmp_path: Path) -> None:
    ws = create_workshop(tmp_path / "c.workshop", _template("communities-of-care"))
    snap = read_snapshot(ws)
    ws.close()
    text = text_of(render_document(snap, "packet", "a4"))
    assert "☐ Yes ☐ No ☐ Unsure" in text
    assert "☐ Student surveys" in text


def test_per_participant_packets_carry_each_name_on_the_cover(session: WorkshopSnapshot,
                                                               tmp_path: Path) -> None:
    written = write_handouts(session, ["packet"], tmp_path, per_participant=True)
    assert len(written) == len(session.participants)
    for path, person in zip(written, session.participants, strict=True):
        cover = page_texts(path.read_bytes())[0]
        assert f"Prepared for {person.name}" in cover
    assert any(p.name.endswith("jose-alvarez.pdf") for p in written)


def test_per_participant_without_participants_is_a_clear_error(tmp_path: Path) -> None:
    ws = create_workshop(tmp_path / "e.workshop", _template("attract-retain"))
    snap = read_snapshot(ws)
    ws.close()
    with pytest.raises(HandoutError, match="no participants"):
        write_handouts(snap, ["packet"], tmp_path / "out", per_participant=True)
    assert not list((tmp_path / "out").glob("*.pdf"))


def test_dot_vote_tally_sheet_for_an_ideas_block_with_votes(session: WorkshopSnapshot) -> None:
    voting = _with_block(session, "brainstorm", votes_per_person=3)
    text = text_of(render_document(voting, "packet", "letter"))
    assert "Dot-vote tally: Brainstorm other possible district actions" in text
    assert "Each person has 3 dots" in text
    assert "Dot-vote tally" not in text_of(render_document(session, "packet", "letter"))


# Facilitator guide ------------------------------------------------------------------------------
def test_guide_has_times_minutes_notes_and_questions(session: WorkshopSnapshot) -> None:
    text = text_of(render_document(session, "guide", "letter"))
    assert "FACILITATOR GUIDE" in text and "Run of show" in text
    assert NOTES_SENTENCE in text
    for item in session.template.agenda:
        assert flat(item.title) in text
        for question in item.questions:
            assert flat(question) in text
    assert "ITEM 7 · 5:15 PM–5:30 PM · 15 MIN" in text
    assert "Invitation to send" in text


# Session summary --------------------------------------------------------------------------------
def test_summary_shows_what_the_room_captured(summary: bytes) -> None:
    text = text_of(summary)
    assert "SESSION SUMMARY" in text
    for name in ("José Álvarez", "Zoë Novak", "Renée Ortiz"):  # roster cells, accents intact
        assert name in text
    assert "Dirección clara y compañerismo" in text
    assert "Mentoría para consejeros nuevos" in text
    assert "Quiet rooms for sessions & paperwork" in text
    assert "Staff input" in text and "Do it now!" in text  # grid legend: card and quadrant
    assert "Draft office-space plan" in text and "December 15, 2026" in text
    assert "There are not enough available services" in text
    assert "Más apoyo para las familias" in text


def test_summary_grid_legend_lists_every_placed_card(session: WorkshopSnapshot,
                                                     summary: bytes) -> None:
    text = text_of(summary)
    placed = session.meeting.placements["prioritize"]
    assert {f"example:{n}" for n in range(11)} <= {c.card for c in placed}
    for card in placed:
        if card.label:
            assert card.label in text
    assert "Mentoría para consejeros nuevos" in text



def test_summary_grid_uses_the_apps_quadrant_and_card_colours(session: WorkshopSnapshot,
                                                              summary: bytes) -> None:
    """Paper and screen agree: each card's quadrant is the domain's (a card on a middle line
    counts as easy and high impact) and its dot has the app's colour for its category."""
    from facilitator.domain.grid import quadrant_name, quadrant_of, style_of

    block = session.template.block("prioritize")
    assert isinstance(block, GridBlock)
    on_the_line = dataclasses.replace(session.meeting.placements["prioritize"][0], x=0.5, y=0.5)
    meeting = dataclasses.replace(session.meeting, placements={
        **session.meeting.placements, "prioritize": [on_the_line]})
    lone = render_document(dataclasses.replace(session, meetings=[*session.meetings[:-1], meeting]),
                           "summary", "letter")
    expected = quadrant_name(block.quadrants, quadrant_of(0.5, 0.5))
    assert expected == block.quadrants.high_impact_easy
    assert f"{on_the_line.label} " in text_of(lone) and expected in text_of(lone)
    drawn = b"".join(page.get_contents().get_data() for page in pdf(summary).pages)
    for card in session.meeting.placements["prioritize"]:
        red, green, blue = (int(style_of(block, card.category).colour[i:i + 2], 16) / 255
                            for i in (1, 3, 5))
        fill = " ".join(f"{c:.6f}".rstrip("0").rstrip(".").removeprefix("0") or "0"
                        for c in (red, green, blue))
        assert f"{fill} rg".encode() in drawn, (card.category, fill)


def test_every_block_kind_prints_blank_and_filled() -> None:
    """One table says how each kind prints: a kind without a row there fails here."""
    from facilitator.domain.template import BlockKind
    from facilitator.handouts.blocks import PRINTS

    assert set(PRINTS) == set(BlockKind)

def test_user_markup_prints_literally(summary: bytes, session: WorkshopSnapshot) -> None:
    text = text_of(summary)
    assert MARKUP in text
    assert MARKUP in text_of(render_document(session, "themes", "letter"))


def test_a_3000_character_cell_wraps_and_prints_whole(summary: bytes) -> None:
    assert len(LONG_CELL) >= 3000
    body = body_text(summary)
    header = "Attributes Where are we right now? Where do we want to be?"
    assert body.count(header) >= 2  # the cell runs onto the next page, under the table header
    assert flat(LONG_CELL) in body.replace(f" {header}", "")


def test_a_300_row_table_splits_and_repeats_its_header(tmp_path: Path) -> None:
    ws = create_workshop(tmp_path / "big.workshop", _template("communities-of-care"),
                         participants=[])
    from facilitator.services.people import add_participant
    add_participant(ws, "Ana Núñez")
    snap = read_snapshot(ws)
    ws.close()
    person = snap.participants[0].id
    snap.meeting.tables["strengths"] = [
        TableRowData(f"r{n}", "", {"strengths": f"Strength {n}", "assets": f"Asset {n}",
                                   "needs": f"Need {n}"}, person, fixed=False)
        for n in range(1, 301)]
    data = render_document(snap, "summary", "letter")
    pages = page_texts(data)
    text = " ".join(pages)
    assert "Strength 1 " in text and "Need 300" in text
    spanned = [p for p in pages if re.search(r"Strength \d+ ", p)]
    assert len(spanned) >= 5
    assert all("Strengths Assets Needs" in p for p in spanned)  # header on every page
    assert len(pages) <= 40



def test_a_date_cell_prints_spelled_out_as_the_app_shows_it(tmp_path: Path) -> None:
    from facilitator.domain.cells import shown_text

    ws = create_workshop(tmp_path / "c.workshop", _template("communities-of-care"),
                         participants=[])
    from facilitator.services.people import add_participant
    add_participant(ws, "Ana Núñez")
    snap = read_snapshot(ws)
    ws.close()
    block = snap.template.block("action-steps")
    assert isinstance(block, TableBlock)
    snap.meeting.tables["action-steps"] = [TableRowData(
        "r1", "", {"step": "Call the clinic", "deadline": "2026-12-03"},
        snap.participants[0].id, fixed=False)]
    text = text_of(render_document(snap, "summary", "letter"))
    assert "Call the clinic" in text and "December 3, 2026" in text and "2026-12-03" not in text
    assert shown_text(block.column("deadline"), "2026-12-03") == "December 3, 2026"

# Key themes and action tracker ------------------------------------------------------------------
def test_key_themes_read_as_headline_and_paragraph(session: WorkshopSnapshot) -> None:
    text = text_of(render_document(session, "themes", "a4"))
    assert "Summary of Key Themes" in text and "DISCUSSION THEMES" in text
    assert "7 participants met at District office, Room 204" in text
    assert "• There are not enough available services Wait lists are long" in text
    assert "• Más apoyo para las familias Las familias necesitan información en español." in text


def test_action_tracker_lists_open_actions_by_owner_with_slips(session: WorkshopSnapshot) -> None:
    data = render_document(session, "actions", "letter")
    text = text_of(data)
    for owner in ("José Álvarez", "Zoë Novak", "Principal of each school"):
        assert text.count(owner) >= 2  # the owner's section and their slip
    assert "Send the meeting notes" not in text  # completed: not an open action
    assert "Renée Ortiz" not in text
    assert "Slips for each owner" in text
    still_open = [a for a in session.actions if is_open(a)]
    owners = by_owner(still_open, participant_names(session))
    assert "Open actions on" in text
    assert f": {len(still_open)}, across {len(owners)} owners" in text


def test_overdue_actions_are_flagged_on_the_tracker(tmp_path: Path) -> None:
    ws = create_workshop(tmp_path / "o.workshop", _template("check-in"))
    add_action(ws, "tracker", "Book the library", owner="Ana Núñez", deadline="2020-01-31")
    add_action(ws, "tracker", "Order supplies", owner="Ana Núñez", deadline="2999-01-31")
    snap = read_snapshot(ws)
    ws.close()
    text = text_of(render_document(snap, "actions", "letter"))
    assert "2 across 1 owner; 1 overdue." in text.replace(",", "")
    assert text.count("Overdue") + text.count("overdue") >= 3  # summary line, table, slip


CHECK_IN_HEADINGS = ("Action item", "Who is responsible?", "When will it be done?",
                     "Progress tracker")


def test_check_in_handouts_print_the_paper_trackers_own_headings(tmp_path: Path) -> None:
    ws = create_workshop(tmp_path / "c.workshop", _template("check-in"))
    add_action(ws, "tracker", "Book the library", owner="Ana Núñez", deadline="2026-06-15")
    snap = read_snapshot(ws)
    ws.close()
    packet = text_of(render_document(snap, "packet", "letter"))
    summary = text_of(render_document(snap, "summary", "letter"))
    for heading in CHECK_IN_HEADINGS:
        assert heading in packet, heading
        assert heading in summary, heading
    # The paper tracker has a creation-date column, with the seed's example date in it.
    assert "Item creation date" in packet and "5-19-2022" in packet
    tracker = text_of(render_document(snap, "actions", "letter"))
    for heading in ("Action item", "When will it be done?", "Progress tracker"):  # by owner
        assert heading in tracker, heading
    assert "Deadline" not in tracker and "Status" not in tracker


MIXED = """\
id: mixed
title: Two action lists
source: my-notes.txt
invitation: {subject: "{title}", body: "On {date}."}
agenda:
  - title: Plan
    minutes: 30
    blocks:
      - id: paper
        kind: actions
        title: From the paper tracker
        labels: {text: Job to do, deadline: Due by, status: Where it stands}
      - id: plain
        kind: actions
        title: Other actions
"""


def test_an_action_table_mixing_worksheets_keeps_the_standard_headings(tmp_path: Path) -> None:
    from facilitator.domain.template_yaml import load_template_text

    template = load_template_text(MIXED, "mixed.yaml")
    ws = create_workshop(tmp_path / "m.workshop", template)
    add_action(ws, "paper", "Book the library", owner="Ana Núñez")
    only_paper = read_snapshot(ws)
    add_action(ws, "plain", "Order supplies", owner="Ana Núñez")
    both = read_snapshot(ws)
    ws.close()
    tracker = text_of(render_document(only_paper, "actions", "letter"))
    assert "Job to do" in tracker and "Due by" in tracker and "Where it stands" in tracker
    tracker = text_of(render_document(both, "actions", "letter"))  # one table, both lists
    assert "Job to do" not in tracker and "Due by" not in tracker
    assert "# Action Deadline Status" in tracker
    summary = body_text(render_document(both, "summary", "letter"))  # a table per worksheet
    paper = summary.index("From the paper tracker")
    plain = summary.index("Other actions")
    assert "Job to do" in summary[paper:plain] and "Deadline" not in summary[paper:plain]
    assert "Action Owner Deadline Status" in summary[plain:]


def test_notes_box_is_blank_in_the_packet_and_filled_in_the_summary(tmp_path: Path) -> None:
    ws = create_workshop(tmp_path / "n.workshop", _template("provider-barriers"))
    blank = read_snapshot(ws)
    set_note(ws, "missing-challenges", "Transporte para familias & <interpretación>")
    filled = read_snapshot(ws)
    ws.close()
    packet = text_of(render_document(blank, "packet", "letter"))
    assert "Challenges missing from the list" in packet and "Notes" in packet
    summary = text_of(render_document(filled, "summary", "letter"))
    assert "Challenges missing from the list" in summary
    assert "Transporte para familias & <interpretación>" in summary
    assert "Challenges missing from the list" not in text_of(
        render_document(blank, "summary", "letter"))  # nothing captured: left out


# Paper, pages and fonts -------------------------------------------------------------------------
@pytest.mark.parametrize(("paper", "size"), [("letter", (612, 792)), ("a4", (595, 842))])
def test_paper_sizes_and_page_numbers(session: WorkshopSnapshot, paper: str,
                                      size: tuple[int, int]) -> None:
    data = render_document(session, "summary", paper)
    reader = pdf(data)
    total = len(reader.pages)
    for number, page in enumerate(reader.pages, start=1):
        box = (round(float(page.mediabox.width)), round(float(page.mediabox.height)))
        assert box in (size, size[::-1])  # wide worksheets go on landscape pages
        text = flat(page.extract_text())
        assert f"Page {number} of {total}" in text
        assert session.title in text or number == 1


@pytest.mark.parametrize("kind", ["packet", "guide", "summary", "themes", "actions"])
def test_only_the_shipped_font_is_used_and_it_is_embedded(session: WorkshopSnapshot,
                                                          kind: str) -> None:
    fonts = fonts_of(render_document(session, kind, "a4"))
    assert fonts
    assert all("DejaVuSans" in name for name in fonts), fonts
    assert all(fonts.values()), fonts


def test_every_shipped_template_renders_a_packet_with_its_worksheets(tmp_path: Path) -> None:
    entries = [e for e in catalogue() if e.template is not None and not e.user]
    assert len(entries) >= 5
    for entry in entries:
        assert entry.template is not None
        ws = create_workshop(tmp_path / f"{entry.id}.workshop", entry.template,
                             date="2026-12-03", time="09:00", location="Sala 3")
        snap = read_snapshot(ws)
        ws.close()
        text = text_of(render_document(snap, "packet", "a4"))
        for block in entry.template.blocks():
            if block.for_participants:
                assert flat(block.title) in text, (entry.id, block.id)
        for kind in ("guide", "summary", "themes", "actions"):
            assert pdf(render_document(snap, kind, "letter")).pages


# Helpers ----------------------------------------------------------------------------------------
def _template(template_id: str):  # type: ignore[no-untyped-def]
    from facilitator.services.templates import find_template
    return find_template(template_id)


def _with_block(snap: WorkshopSnapshot, block_id: str, **changes: object) -> WorkshopSnapshot:
    """The same session with one block's settings changed (e.g. dot voting switched on)."""
    template = snap.template
    agenda = tuple(dataclasses.replace(item, blocks=tuple(
        dataclasses.replace(b, **changes) if b.id == block_id else b for b in item.blocks))
        for item in template.agenda)
    return dataclasses.replace(snap, template=dataclasses.replace(template, agenda=agenda))

