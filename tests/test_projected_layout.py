"""The projected layouts' rules, on their own: primary text whole and wide enough, secondary
columns beside it or under it, pages rather than a scroll, sizes between floor and ceiling."""

from __future__ import annotations

import pytest

from facilitator.ui.worksheets.kit.paging import fit, paginate
from facilitator.ui.worksheets.kit.projected_parts import (
    Columns,
    Record,
    paragraph,
    records,
)
from facilitator.ui.worksheets.kit.projection import TypeScale, fits, text_width

LONG = ("Establish expectations for percent of staff time spent in direct contact with those "
        "in need of support, and protect that time from lunch, bus and testing duty")


@pytest.fixture(autouse=True)
def _fonts(qapp: object) -> None:
    """Text is measured with Qt's fonts: an application must exist."""


def test_primary_column_keeps_its_width_beside_many_secondary_columns() -> None:
    columns = Columns("Initiative idea", ("Owner", "Deadline", "Status", "Category"))
    rows = [Record(LONG, ("Principal of each school", "Start of next school year",
                          "not started", "Do it now!"), anchor="a")]
    units = records(columns, rows, 24, 1200.0)
    header, row = units[0], units[1]
    primary = row.pieces[0]
    assert primary.text == LONG and primary.primary and fits(primary)
    assert primary.rect.width() >= 1200 * 0.34            # never a sliver
    assert header.pieces[1].rect.x() > primary.rect.right()   # the others sit beside it
    assert all(fits(p) for p in row.pieces)


def test_secondary_columns_move_under_the_primary_text_when_they_do_not_fit() -> None:
    titles = tuple(f"Role number {n} of the school" for n in range(11))
    columns = Columns("Task description", titles)
    rows = [Record(LONG, tuple("Leads it" if n % 2 else "" for n in range(11)), anchor="r")]
    units = records(columns, rows, 24, 900.0)
    assert len(units) == 1                                  # no column headings row
    primary, details = units[0].pieces[:2]
    assert primary.text == LONG and primary.rect.width() == 900.0
    assert details.rect.top() >= primary.rect.bottom()      # under it
    assert "Role number 1 of the school: Leads it" in details.text
    assert "Role number 0" not in details.text              # empty values are left out


def test_a_word_longer_than_its_column_wraps_inside_and_is_not_cut() -> None:
    word = "Superlongwordwithoutanyspace" * 4
    unit = paragraph(word, 24, 300.0)
    assert text_width(word, 24) > 300 and fits(unit.pieces[0])
    assert unit.pieces[0].rect.height() > 3 * 24


def test_pages_repeat_the_column_headings_and_keep_headings_with_their_rows() -> None:
    columns = Columns("Action", ("Owner",))
    rows = [Record(f"Action number {n}", ("Dana",), anchor=f"a{n}", group=f"Group {n // 5}")
            for n in range(30)]
    pages = paginate(records(columns, rows, 24, 800.0), 800.0, 400.0, 8.0)
    assert len(pages) > 3
    for page in pages:
        texts = [p.text for p in page.pieces]
        assert texts[0] == "Action"                         # the headings, on every page
        assert not texts[-1].startswith("Group")            # never a heading left alone
        assert max(p.rect.bottom() for p in page.pieces) <= 400.0
    anchors = [a for page in pages for a in page.anchors]
    assert sorted(anchors) == sorted(f"a{n}" for n in range(30))   # every row, once


def test_a_paragraph_longer_than_a_page_goes_on_over_the_next_page_whole() -> None:
    text = " ".join(f"word{n}" for n in range(900))
    pages = paginate([paragraph(text, 24, 600.0)], 600.0, 300.0, 8.0)
    assert len(pages) > 2
    assert " ".join(p.text for page in pages for p in page.pieces) == text
    for page in pages:
        assert all(fits(p) and p.rect.bottom() <= 300.0 for p in page.pieces)


def test_text_sizes_itself_between_the_floor_and_the_ceiling() -> None:
    scale = TypeScale(1280, 720)
    assert (scale.floor, scale.ceiling) == (24, 40)
    assert TypeScale(1920, 1080).floor == 36
    assert TypeScale(800, 600).floor == 24                  # never under 24 px
    assert TypeScale(1280, 720, zoom=0.5).ceiling >= 24

    def short(px: int, width: float) -> list:
        return [paragraph("Time with students comes first", px, width)]

    def long(px: int, width: float) -> list:
        return [paragraph(f"{LONG} ({n})", px, width) for n in range(30)]

    assert fit(short, scale, 1100.0, 450.0).px == 40        # a short sheet: the ceiling
    many = fit(long, scale, 1100.0, 450.0)
    assert many.px >= 24 and len(many.pages) > 1
    at_floor = len(paginate(long(24, 1100.0), 1100.0, 450.0, scale.gap))
    assert len(many.pages) == at_floor                      # larger, but no more pages


def test_a_row_too_tall_for_a_page_goes_on_answer_by_answer() -> None:
    answer = " ".join(f"word{n}" for n in range(160))
    columns = Columns("Question", ("Where are we now?", "Where do we want to be?"))
    rows = [Record("Great leaders", (answer, answer), anchor="r"),
            Record("Great job", ("Short", "Short"), anchor="s")]
    pages = paginate(records(columns, rows, 24, 900.0), 900.0, 320.0, 8.0)
    shown = " ".join(p.text for page in pages for p in page.pieces)
    assert shown.count("word159") == 2 and "Great leaders" in shown and "Great job" in shown
    for page in pages:
        assert all(fits(p) and p.rect.bottom() <= 320.0 for p in page.pieces)
