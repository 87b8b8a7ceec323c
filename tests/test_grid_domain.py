"""Impact x ease rules, with no Qt and no files: quadrants at the boundaries, steps, colours."""

from __future__ import annotations

import pytest

from facilitator.domain.grid import (
    BIG_STEP,
    SMALL_STEP,
    UNKNOWN_COLOUR,
    Quadrant,
    category_colour,
    category_for_table,
    category_styles,
    clamp,
    high_impact_names,
    quadrant_name,
    quadrant_of,
    step,
    style_of,
    tint,
)
from facilitator.domain.template import BlockKind, GridBlock, Option, Quadrants

SEED_QUADRANTS = Quadrants("Do it now!", "Do it next", "Lower impact, easier",
                           "Lower impact, harder")


@pytest.mark.parametrize(("x", "y", "expected"), [
    (0.0, 0.0, Quadrant.LOW_IMPACT_HARD),
    (1.0, 1.0, Quadrant.HIGH_IMPACT_EASY),
    (0.0, 1.0, Quadrant.HIGH_IMPACT_HARD),
    (1.0, 0.0, Quadrant.LOW_IMPACT_EASY),
    # the middle lines belong to the easier and the higher side
    (0.5, 0.5, Quadrant.HIGH_IMPACT_EASY),
    (0.5, 0.4999, Quadrant.LOW_IMPACT_EASY),
    (0.4999, 0.5, Quadrant.HIGH_IMPACT_HARD),
    (0.4999, 0.4999, Quadrant.LOW_IMPACT_HARD),
    # off-board values are read as the nearest edge
    (-0.2, 1.7, Quadrant.HIGH_IMPACT_HARD),
    (3.0, -1.0, Quadrant.LOW_IMPACT_EASY),
])
def test_quadrant_of_boundaries(x: float, y: float, expected: Quadrant) -> None:
    assert quadrant_of(x, y) is expected


def test_high_impact_quadrants_are_the_two_top_ones() -> None:
    assert {q for q in Quadrant if q.high_impact} == {Quadrant.HIGH_IMPACT_EASY,
                                                     Quadrant.HIGH_IMPACT_HARD}
    assert {q for q in Quadrant if q.easy} == {Quadrant.HIGH_IMPACT_EASY,
                                              Quadrant.LOW_IMPACT_EASY}


def test_quadrant_names_come_from_the_template() -> None:
    assert quadrant_name(SEED_QUADRANTS, quadrant_of(0.9, 0.9)) == "Do it now!"
    assert quadrant_name(SEED_QUADRANTS, quadrant_of(0.1, 0.9)) == "Do it next"
    assert quadrant_name(SEED_QUADRANTS, quadrant_of(0.1, 0.1)) == "Lower impact, harder"
    assert high_impact_names(SEED_QUADRANTS) == ("Do it now!", "Do it next")


def test_arrow_steps_move_and_stop_at_the_edges() -> None:
    assert step(0.5, 0.5, 1, 0) == (0.5 + SMALL_STEP, 0.5)
    assert step(0.5, 0.5, 0, 1) == (0.5, 0.5 + SMALL_STEP)          # up = more impact
    assert step(0.5, 0.5, -1, -1, big=True) == (0.5 - BIG_STEP, 0.5 - BIG_STEP)
    assert step(0.99, 0.01, 1, -1) == (1.0, 0.0)
    assert step(0.0, 1.0, -1, 1, big=True) == (0.0, 1.0)


def test_clamp_keeps_fractions_on_the_board() -> None:
    assert clamp(-1) == 0.0
    assert clamp(2) == 1.0
    assert clamp(float("nan")) == 0.5


def test_table_categories_match_the_end_of_the_table_id() -> None:
    cats = (Option("organization", "Great organization"), Option("leaders", "Great leaders"),
            Option("job", "Great job"))
    assert category_for_table("initiatives-organization", cats) == "organization"
    assert category_for_table("initiatives-leaders", cats) == "leaders"
    assert category_for_table("initiatives-job", cats) == "job"
    assert category_for_table("leaders", cats) == "leaders"
    assert category_for_table("barriers", cats) == "organization"    # no match: the first
    assert category_for_table("blowjob", cats) == "organization"     # a suffix, not a substring
    assert category_for_table("anything", ()) == ""
    longer = (Option("job", "Job"), Option("team-job", "Team job"))
    assert category_for_table("initiatives-team-job", longer) == "team-job"


def test_categories_get_distinct_colours_and_unknown_is_grey() -> None:
    block = GridBlock("g", kind=BlockKind.GRID, title="Grid",
                      categories=(Option("a", "A"), Option("b", "B"), Option("c", "C")))
    styles = category_styles(block)
    assert [s.label for s in styles.values()] == ["A", "B", "C"]
    assert len({s.colour for s in styles.values()}) == 3
    assert style_of(block, "b").colour == category_colour(1)
    assert style_of(block, "zzz").colour == UNKNOWN_COLOUR
    assert category_colour(-1) == UNKNOWN_COLOUR
    assert category_colour(0) == category_colour(8)   # the palette repeats, never fails


def test_tint_mixes_with_white() -> None:
    assert tint("#000000", 0) == "#000000"
    assert tint("#000000", 1) == "#FFFFFF"
    assert tint("#0072B2", 0.5) == "#80B8D8"
