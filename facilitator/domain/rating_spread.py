"""Where the room puts a card: the median of its impact and ease ratings, with their spread.

Ratings are whole numbers 1-5. A card's summary is, for each axis, the median and the
interquartile range (first and third quartiles), and the number of ratings. Quartiles are the
medians of the lower and upper halves, leaving the middle value out when the count is odd
(the method taught in schools and used by common calculators): staff who check a figure by hand
get the same answer. One rating is its own median with no spread.

A score maps to a board fraction at the middle of its fifth of the axis ((s - 0.5) / 5: 1 is
0.1, 3 is 0.5, 5 is 0.9), so the scores 1 and 5 stay inside the board and a middle score sits
on the quadrant line (which domain/grid.py counts as the favourable side). No Qt, no I/O.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

LOWEST, HIGHEST = 1, 5


def median(values: Sequence[float]) -> float:
    """The middle value; for an even count, the mean of the two middle ones."""
    if not values:
        raise ValueError("the median of no values")
    ordered = sorted(values)
    middle = len(ordered) // 2
    if len(ordered) % 2:
        return float(ordered[middle])
    return (ordered[middle - 1] + ordered[middle]) / 2


def quartiles(values: Sequence[float]) -> tuple[float, float, float]:
    """(first quartile, median, third quartile); the halves leave out an odd count's middle."""
    ordered = sorted(values)
    if len(ordered) == 1:
        only = float(ordered[0])
        return only, only, only
    half = len(ordered) // 2
    lower, upper = ordered[:half], ordered[len(ordered) - half:]
    return median(lower), median(ordered), median(upper)


@dataclass(frozen=True)
class AxisSpread:
    """One axis's middle half: low (Q1), median and high (Q3), in scores."""

    low: float
    median: float
    high: float

    @property
    def width(self) -> float:
        return self.high - self.low


@dataclass(frozen=True)
class CardSpread:
    """The room's view of one card: impact and ease, and how many ratings it rests on."""

    count: int
    impact: AxisSpread
    ease: AxisSpread

    @property
    def place(self) -> tuple[float, float]:
        """The median as a place on the board: (x = ease, y = impact), fractions 0..1."""
        return score_to_fraction(self.ease.median), score_to_fraction(self.impact.median)

    @property
    def box(self) -> tuple[float, float, float, float]:
        """The interquartile box on the board: (left, bottom, right, top) as fractions."""
        return (score_to_fraction(self.ease.low), score_to_fraction(self.impact.low),
                score_to_fraction(self.ease.high), score_to_fraction(self.impact.high))


def score_to_fraction(score: float) -> float:
    """A score (1-5, halves included) as a fraction of the board's axis."""
    return round((min(HIGHEST, max(LOWEST, score)) - 0.5) / (HIGHEST - LOWEST + 1), 4)


def spread_of(ratings: Iterable[tuple[int, int]]) -> CardSpread | None:
    """The spread of (impact, ease) ratings; None when there are none."""
    pairs = list(ratings)
    if not pairs:
        return None
    impact = AxisSpread(*quartiles([i for i, _ in pairs]))
    ease = AxisSpread(*quartiles([e for _, e in pairs]))
    return CardSpread(len(pairs), impact, ease)


def spreads(ratings: dict[str, dict[str, tuple[int, int]]]) -> dict[str, CardSpread]:
    """Every rated card's spread, from card -> rater -> (impact, ease)."""
    out = {}
    for card, by_rater in ratings.items():
        found = spread_of(by_rater.values())
        if found is not None:
            out[card] = found
    return out
