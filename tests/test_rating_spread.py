"""The room's placement of a card: medians and interquartile ranges of 1-5 ratings."""

from __future__ import annotations

import pytest

from facilitator.domain.grid import Quadrant, quadrant_of
from facilitator.domain.rating_spread import (
    AxisSpread,
    median,
    quartiles,
    score_to_fraction,
    spread_of,
    spreads,
)


def test_one_rating_is_its_own_median_with_no_spread() -> None:
    spread = spread_of([(4, 2)])
    assert spread is not None and spread.count == 1
    assert spread.impact == AxisSpread(4, 4, 4) and spread.ease == AxisSpread(2, 2, 2)
    assert spread.impact.width == 0


def test_an_even_count_takes_the_mean_of_the_two_middle_scores() -> None:
    assert median([1, 2, 4, 5]) == 3.0
    assert median([5, 4]) == 4.5
    assert quartiles([1, 2, 4, 5]) == (1.5, 3.0, 4.5)
    assert quartiles([2, 5]) == (2.0, 3.5, 5.0)


def test_an_odd_count_leaves_the_middle_out_of_the_halves() -> None:
    assert quartiles([1, 2, 3, 4, 5]) == (1.5, 3.0, 4.5)
    assert quartiles([5, 1, 3]) == (1.0, 3.0, 5.0)   # order of the ratings does not matter


def test_ties_give_a_narrow_box() -> None:
    spread = spread_of([(5, 1), (5, 2), (5, 1), (4, 1), (5, 5)])
    assert spread is not None
    assert spread.impact == AxisSpread(4.5, 5.0, 5.0)
    assert spread.ease == AxisSpread(1.0, 1.0, 3.5)
    assert spread.count == 5


def test_a_split_room_shows_a_wide_box_around_the_middle() -> None:
    spread = spread_of([(1, 1), (1, 1), (5, 5), (5, 5)])
    assert spread is not None
    assert (spread.impact.low, spread.impact.median, spread.impact.high) == (1.0, 3.0, 5.0)
    left, bottom, right, top = spread.box
    assert (left, bottom, right, top) == (0.1, 0.1, 0.9, 0.9)
    assert spread.place == (0.5, 0.5)


def test_scores_map_inside_the_board_and_the_middle_score_is_on_the_line() -> None:
    assert [score_to_fraction(s) for s in (1, 2, 3, 4, 5)] == [0.1, 0.3, 0.5, 0.7, 0.9]
    assert score_to_fraction(2.5) == 0.4
    # High impact, easy: impact 4, ease 5 lands in the "do it now" quadrant.
    spread = spread_of([(4, 5), (4, 4), (5, 5)])
    assert spread is not None and quadrant_of(*spread.place) is Quadrant.HIGH_IMPACT_EASY


def test_no_ratings_no_spread() -> None:
    assert spread_of([]) is None
    with pytest.raises(ValueError):
        median([])
    assert spreads({"idea:1": {}, "idea:2": {"a": (3, 3)}}).keys() == {"idea:2"}
