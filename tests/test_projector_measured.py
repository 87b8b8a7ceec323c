"""From the back of the room, measured: every agenda item of every shipped template, at
1280x720 and 1920x1080, filled with the demo's content (and a crowded attract-retain with 40
proposals and 60 cards), drawn by the app's own projector window.

Prints the table (template, item, size, smallest text px, board text px, elided primary texts,
any texts cut, overlapping grid cards, pages, list entries per page, the median entry's lines,
the fewest entries on a page a list fills alone)
and fails when a row has text under 24 px at 720p or a text (primary or not) that is not whole
on screen, or spreads a list of short entries a few to a screen. The grid's own measures (board
text, overlaps) are checked apart.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from facilitator.services.templates import catalogue
from facilitator.services.workshop import open_workshop
from facilitator.ui.run.slides import SlideRenderer
from tests.projector_fill import filled_workshop
from tests.projector_measure import HEADER, Measured, measure_item

SHIPPED = sorted(e.id for e in catalogue() if not e.user and not e.broken)
SIZES = ((1280, 720), (1920, 1080))
FLOOR_720 = 24
SHORT_LINES = 3.0     # a list whose median entry is at most this many lines...
LEAST_PER_PAGE = 4    # ... holds at least this many entries on each page it fills alone


def _measure(path: Path, name: str) -> Iterator[Measured]:
    with open_workshop(path, readonly=True) as ws:
        for width, height in SIZES:
            renderer = SlideRenderer(ws, width, height)
            try:
                for index in range(len(ws.template.agenda)):
                    yield measure_item(renderer, name, index)
            finally:
                renderer.close()


@pytest.fixture(scope="module")
def measured(qapp: object, tmp_path_factory: pytest.TempPathFactory) -> list[Measured]:
    folder = tmp_path_factory.mktemp("measured")
    rows: list[Measured] = []
    for template_id in SHIPPED:
        rows += _measure(filled_workshop(folder, template_id), template_id)
    rows += _measure(filled_workshop(folder, "attract-retain", crowd=True),
                     "attract-retain +40 +60")
    return rows


def _print(rows: list[Measured], capsys: pytest.CaptureFixture[str]) -> None:
    with capsys.disabled():
        print("\n" + HEADER)
        for row in rows:
            print(row.row())


def test_projected_text_is_large_and_whole(measured: list[Measured],
                                           capsys: pytest.CaptureFixture[str]) -> None:
    _print(measured, capsys)
    assert len({(m.template, m.item) for m in measured}) >= 43   # every item of the nine
    small = [m for m in measured if m.size == "1280x720" and m.smallest < FLOOR_720]
    elided = [m for m in measured if m.elided > 0]
    cut = [m for m in measured if m.cut > 0]
    assert not small, "text under 24 px at 720p:\n" + "\n".join(m.row() for m in small)
    assert not elided, "primary text not whole:\n" + "\n".join(m.row() for m in elided)
    assert not cut, "text cut or off the screen:\n" + "\n".join(m.row() for m in cut)


def test_grid_cards_never_overlap_and_every_grid_text_reads(measured: list[Measured]) -> None:
    """No two cards or markers cover each other, on every board, at both sizes; and every text
    of a board ("board px": marker numbers, quadrant names, axes, the key beside it) is at
    least the body floor: 24 px at 720p, 36 px at 1080p."""
    boards = [m for m in measured if m.board_px]
    assert boards, "no grid measured"
    bad = [m for m in boards if m.overlaps > 0]
    assert not bad, "grid cards overlapping:\n" + "\n".join(m.row() for m in bad)
    small = [m for m in boards if m.board_px < (FLOOR_720 if m.size == "1280x720" else 36)]
    assert not small, "grid text under the floor:\n" + "\n".join(m.row() for m in small)


def test_lists_of_short_entries_fill_the_screen(measured: list[Measured]) -> None:
    """A checklist of one- or two-line actions, two to a screen, is 18 screens the room cannot
    follow. Where the entries are short, every page a list fills alone holds several (its
    first page shares the screen with the headings before it, its last may hold the one entry
    left)."""
    sparse = [m for m in measured
              if 0 < m.lines <= SHORT_LINES and 0 < m.thinnest < LEAST_PER_PAGE]
    assert not sparse, ("short entries spread a few to a page:\n" + HEADER + "\n"
                        + "\n".join(m.row() for m in sparse))
