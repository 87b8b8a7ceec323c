"""How much a projected page holds: tick boxes never take a column, headings never sit alone at
a page's foot, a tall record starts in the rest of a page rather than leave it blank, a sheet
that pages stays at the floor size, and the item's questions and shared instructions do not
take a share of every page."""

from __future__ import annotations

from pathlib import Path

import pytest

from facilitator.services.demo import create_demo
from facilitator.services.ideas import add_idea, read_ideas, remove_idea
from facilitator.services.workshop import open_workshop
from facilitator.ui.run.slides import SlideRenderer
from facilitator.ui.worksheets.kit.paging import fit, paginate
from facilitator.ui.worksheets.kit.projected_parts import (
    CHECK,
    Columns,
    Record,
    heading,
    paragraph,
    records,
)
from facilitator.ui.worksheets.kit.projection import TypeScale, fits, line_height
from tests.projector_fill import filled_workshop

ACTION = ("Designate office space for mental health support staff to use for counseling "
          "sessions and administrative work")


@pytest.fixture(autouse=True)
def _fonts(qapp: object) -> None:
    """Text is measured with Qt's fonts: an application must exist."""


def test_one_tick_box_is_a_box_before_the_record_and_the_text_keeps_the_width() -> None:
    columns = Columns("Challenge", ("Relevant to our district",), frozenset({0}))
    rows = [Record(ACTION, ("yes",), anchor="a"), Record("Too many forms", ("",), anchor="b")]
    units = records(columns, rows, 24, 1200.0)
    legend, ticked, empty = units
    assert "Relevant to our district" in [p.text for p in legend.pieces]   # what a tick means
    assert legend.header is legend                     # ... again on each page of the rows
    text = ticked.pieces[0]
    assert text.text == ACTION and text.primary and fits(text)
    assert text.rect.width() > 1200 * 0.9              # not a column beside three-line headings
    assert CHECK in [p.text for p in ticked.pieces]    # a tick in the box, not a colour
    assert CHECK not in [p.text for p in empty.pieces]
    assert len(empty.fills) > 1 and empty.fills[0].rect.right() < text.rect.left()   # the box
    assert ticked.height < 3 * line_height(24)         # two lines of text and the padding


def test_several_tick_boxes_are_words_after_the_text() -> None:
    columns = Columns("Action", ("The district does this", "Consider exploring further"),
                      frozenset({0, 1}))
    units = records(columns, [Record(ACTION, ("", "yes"), anchor="a")], 24, 1200.0)
    assert len(units) == 1                             # no column headings for the ticks
    row = units[0]
    texts = [p.text for p in row.pieces]
    assert texts[0] == ACTION and row.pieces[0].rect.width() == 1200.0
    assert f"{CHECK} Consider exploring further" in texts
    assert not any("does this" in t for t in texts)    # an empty box shows nothing
    assert all(fits(p) and p.rect.right() <= 1200.5 for p in row.pieces)


def test_a_heading_chain_is_never_left_at_the_foot_of_a_page() -> None:
    """Title, column headings, a group's band and its first row go together: before, the
    headings kept only with the band and sat alone at the foot of a page."""
    columns = Columns("Action", ("Owner",))
    rows = [Record(f"Action {n}", ("Dana",), anchor=f"a{n}", group="Group") for n in range(3)]

    def units() -> list:
        return [paragraph("An opening note " * 30, 24, 800.0),
                heading("Actions", 24, 800.0), *records(columns, rows, 24, 800.0)]

    opening = units()[0].height
    for room in range(int(opening) + 40, int(opening) + 260, 10):   # every foot it could have
        pages = paginate(units(), 800.0, float(room), 8.0)
        last = [p.text for p in pages[0].pieces][-1]
        assert last not in ("Actions", "Action", "Owner", "Group"), (room, last)


def test_a_tall_record_starts_in_the_rest_of_a_page() -> None:
    columns = Columns("Question", ("Answer",))
    long = " ".join(f"word{n}" for n in range(150))
    # A heading with its answer under it (the answer is far longer than its column is wide).
    units = [paragraph("A short opening note.", 24, 700.0),
             *records(columns, [Record("Goal 1", (long,), anchor="g")], 24, 700.0)]
    pages = paginate(units, 700.0, 420.0, 8.0)
    first = pages[0]
    assert "Goal 1" in [p.text for p in first.pieces]          # started on the first page
    assert max(p.rect.bottom() for p in first.pieces) > 420 * 0.75   # which it fills
    shown = " ".join(p.text for page in pages for p in page.pieces)
    assert shown.count("word149") == 1 and "g" in first.anchors


def test_a_sheet_that_pages_stays_at_the_floor_size() -> None:
    """Growing the letters while the page count held left each page a few entries."""
    def many(px: int, width: float) -> list:
        return [paragraph(f"{ACTION} ({n})", px, width) for n in range(40)]

    scale = TypeScale(1280, 720)
    assert fit(many, scale, 1100.0, 450.0).px == scale.floor
    zoomed = TypeScale(1280, 720, zoom=1.5)            # the facilitator asked for larger text
    assert fit(many, zoomed, 1100.0, 450.0).px == round(scale.floor * 1.5)


def test_questions_open_the_sheet_and_shared_instructions_are_said_once(
        tmp_path: Path) -> None:
    demo = filled_workshop(tmp_path, "attract-retain")
    other = filled_workshop(tmp_path, "provider-partnership-review")
    with open_workshop(demo, readonly=True) as ws:
        renderer = SlideRenderer(ws, 1280, 720)
        try:
            item = ws.template.agenda[2]                  # questions and a worksheet
            renderer.show(2)
            presenter, sheet = renderer.presenter, renderer.presenter.sheet
            assert item.questions and sheet.page == 0
            for question in item.questions:
                assert f"• {question}" in sheet.texts()  # on the first page, in the sheet
            assert not presenter.questions.isVisibleTo(presenter)
            checklists = ws.template.agenda[4]            # three worksheets, one instruction
            renderer.show(4)
            said = [b.instructions for b in checklists.blocks if b.kind.value == "table"]
            assert len(said) == 3 and len(set(said)) == 1
            assert sheet.all_texts().count(said[0]) == 1
        finally:
            renderer.close()
    with open_workshop(other, readonly=True) as ws:       # no worksheet: the questions alone
        renderer = SlideRenderer(ws, 1280, 720)
        try:
            renderer.show(1)
            presenter = renderer.presenter
            assert ws.template.agenda[1].questions and not presenter.sheet.has_content
            assert presenter.questions.isVisibleTo(presenter)
        finally:
            renderer.close()


SHORT_CARDS = ("Quiet room", "Paid supervision", "Lead step", "Fewer duties", "Shared form",
               "Monthly meeting", "Career path", "Wellness days", "Private offices",
               "One tracker", "Lunch cover", "Mentoring", "Team huddle", "Clear roles",
               "Time back", "Good chairs")


def test_short_cards_and_their_tally_take_the_width(tmp_path: Path) -> None:
    """A tally of short cards goes two to a line, and short cards four tiles to a row, where
    one to a line and three to a row left most of each screen empty."""
    path = tmp_path / "short.workshop"
    create_demo(path).close()
    with open_workshop(path) as ws:
        for old in read_ideas(ws, "brainstorm"):
            remove_idea(ws, old.id)
        for number, text in enumerate(SHORT_CARDS):
            add_idea(ws, "brainstorm", text, "organization", votes=1 + number % 4)
    with open_workshop(path, readonly=True) as ws:
        renderer = SlideRenderer(ws, 1280, 720)
        try:
            item = ws.template.item_of("brainstorm")
            pages = renderer.show(item)
            sheet = renderer.presenter.sheet
            tally_x, tile_x = set(), set()   # where the cards' words start, in each
            for page in range(pages):
                renderer.turn_to(page)
                drawn = sheet.current()
                tiles = [f.rect for f in drawn.fills if f.radius]   # the cards' tiles
                for p in drawn.pieces:
                    if p.text in SHORT_CARDS:
                        on_tile = any(t.contains(p.rect.center()) for t in tiles)
                        (tile_x if on_tile else tally_x).add(round(p.rect.x()))
            assert len(tally_x) == 2      # two columns of the tally
            assert len(tile_x) == 4       # four tiles to a row
        finally:
            renderer.close()
