"""Impact x ease board rules: quadrants, keyboard steps and category colours. No Qt, no I/O.

A card's place is (x, y), fractions of the board: x is ease of implementation (0 hard, 1 easy),
y is impact (0 low, 1 high). The middle lines belong to the easier and the higher side, so a
card dropped exactly on a line counts as the more favourable quadrant (x >= 0.5 is "easy",
y >= 0.5 is "high impact"): the room sees it there and proposes it.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from facilitator.domain.category_marks import category_marks
from facilitator.domain.template import GridBlock, Option, Quadrants

MIDDLE = 0.5
SMALL_STEP = 0.02   # one arrow key press
BIG_STEP = 0.10     # Shift + arrow key


class Quadrant(StrEnum):
    HIGH_IMPACT_EASY = "high_impact_easy"
    HIGH_IMPACT_HARD = "high_impact_hard"
    LOW_IMPACT_EASY = "low_impact_easy"
    LOW_IMPACT_HARD = "low_impact_hard"

    @property
    def high_impact(self) -> bool:
        return self in (Quadrant.HIGH_IMPACT_EASY, Quadrant.HIGH_IMPACT_HARD)

    @property
    def easy(self) -> bool:
        return self in (Quadrant.HIGH_IMPACT_EASY, Quadrant.LOW_IMPACT_EASY)


# Priority order: what a proposal list shows first.
PRIORITY_ORDER: tuple[Quadrant, ...] = (Quadrant.HIGH_IMPACT_EASY, Quadrant.HIGH_IMPACT_HARD,
                                        Quadrant.LOW_IMPACT_EASY, Quadrant.LOW_IMPACT_HARD)


def clamp(value: float) -> float:
    """Keep a fraction on the board (NaN, which no drag should produce, goes to the middle)."""
    if value != value:  # NaN
        return MIDDLE
    return min(1.0, max(0.0, value))


def quadrant_of(x: float, y: float) -> Quadrant:
    """Which quadrant (x, y) falls in; the middle lines count as easy and as high impact."""
    easy = clamp(x) >= MIDDLE
    high = clamp(y) >= MIDDLE
    if high:
        return Quadrant.HIGH_IMPACT_EASY if easy else Quadrant.HIGH_IMPACT_HARD
    return Quadrant.LOW_IMPACT_EASY if easy else Quadrant.LOW_IMPACT_HARD


def quadrant_name(quadrants: Quadrants, quadrant: Quadrant) -> str:
    name: str = getattr(quadrants, quadrant.value)
    return name


def high_impact_names(quadrants: Quadrants) -> tuple[str, str]:
    return (quadrants.high_impact_easy, quadrants.high_impact_hard)


def step(x: float, y: float, dx: int, dy: int, *, big: bool = False) -> tuple[float, float]:
    """Where an arrow key press moves a card: dx/dy are -1, 0 or 1 (dy=1 is up, more impact)."""
    size = BIG_STEP if big else SMALL_STEP
    return round(clamp(x + dx * size), 4), round(clamp(y + dy * size), 4)


# Okabe-Ito colours: distinguishable with the common colour-vision deficiencies, print well.
CATEGORY_COLOURS: tuple[str, ...] = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9",
                                     "#D55E00", "#8C6D1F", "#000000")
UNKNOWN_COLOUR = "#6B6B6B"


def category_colour(index: int) -> str:
    """The colour of the category at `index` in the grid's list (-1: not a known category)."""
    if index < 0:
        return UNKNOWN_COLOUR
    return CATEGORY_COLOURS[index % len(CATEGORY_COLOURS)]


def tint(colour: str, amount: float) -> str:
    """`colour` mixed with white (amount 0: unchanged, 1: white): a pale card background."""
    value = colour.lstrip("#")
    channels = [int(value[i:i + 2], 16) for i in (0, 2, 4)]
    mixed = [round(c + (255 - c) * clamp(amount)) for c in channels]
    return "#" + "".join(f"{c:02X}" for c in mixed)


@dataclass(frozen=True)
class CategoryStyle:
    id: str
    label: str
    colour: str
    mark: str = ""   # a letter: colour is never the only way to tell categories apart


def category_styles(block: GridBlock) -> dict[str, CategoryStyle]:
    """Every category of the board with its label, colour and letter, in template order."""
    marks = category_marks([option.label for option in block.categories])
    return {option.id: CategoryStyle(option.id, option.label, category_colour(index),
                                     marks[index])
            for index, option in enumerate(block.categories)}


def style_of(block: GridBlock, category: str) -> CategoryStyle:
    styles = category_styles(block)
    return styles.get(category, CategoryStyle(category, category or "Other", UNKNOWN_COLOUR))


def category_for_table(table_id: str, categories: tuple[Option, ...]) -> str:
    """The category a source table's rows belong to: the category whose id ends the table's id
    ("initiatives-job" -> "job"), the longest such match, else the first category ("" if none)."""
    matches = [c.id for c in categories if c.id and (table_id == c.id
                                                      or table_id.endswith(f"-{c.id}")
                                                      or table_id.endswith(f"_{c.id}"))]
    if matches:
        return max(matches, key=len)
    return categories[0].id if categories else ""
