"""The impact x ease board drawn as a figure: empty and labelled for the packet, with each
card as a numbered dot in its place for the summary (the legend is a table beside it)."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.platypus import Flowable

from facilitator.domain.grid import style_of
from facilitator.domain.language import ENGLISH, Words
from facilitator.domain.template import GridBlock
from facilitator.handouts.fonts import BOLD, ITALIC
from facilitator.handouts.rtl import draw_line, wrap_words
from facilitator.handouts.style import (
    ACCENT_LIGHT,
    GOOD,
    INK,
    MUTED,
    RULE,
    TINT,
)

AXIS_W = 34.0   # room left of the board for the vertical axis label
AXIS_H = 30.0   # room under the board for the horizontal axis label
DOT_R = 8.5


@dataclass(frozen=True)
class Dot:
    number: int
    x: float          # 0 = hardest .. 1 = easiest
    y: float          # 0 = lowest impact .. 1 = highest
    colour: colors.Color


class GridBoard(Flowable):
    def __init__(self, block: GridBlock, width: float, height: float,
                 dots: tuple[Dot, ...] = (), words: Words = ENGLISH) -> None:
        super().__init__()
        self.block = block
        self.words = words
        self.width = width
        self.height = height
        self.dots = dots

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        c = self.canv
        q = self.block.quadrants
        bx, by = AXIS_W, AXIS_H
        bw, bh = self.width - AXIS_W, self.height - AXIS_H
        hw, hh = bw / 2, bh / 2
        c.saveState()
        # Quadrants: (x, y, fill, name, name at top?, name at right?)
        quads = ((bx + hw, by + hh, GOOD, q.high_impact_easy, True, True),
                 (bx, by + hh, ACCENT_LIGHT, q.high_impact_hard, True, False),
                 (bx + hw, by, TINT, q.low_impact_easy, False, True),
                 (bx, by, TINT, q.low_impact_hard, False, False))
        for x, y, fill, name, top, right in quads:
            c.setFillColor(fill)
            c.setStrokeColor(RULE)
            c.setLineWidth(0.8)
            c.rect(x, y, hw, hh, stroke=1, fill=1)
            self._quadrant_name(name, x, y, hw, hh, top, right)
        c.setStrokeColor(INK)
        c.setLineWidth(1.2)
        c.rect(bx, by, bw, bh, stroke=1, fill=0)
        self._axes(bx, by, bw, bh)
        for dot in self.dots:
            self._dot(dot, bx, by, bw, bh)
        c.restoreState()

    def _quadrant_name(self, name: str, x: float, y: float, w: float, h: float,
                       top: bool, right: bool) -> None:
        # Template (or user) text: every script in the face that has it, as everywhere else.
        c = self.canv
        size = 11.0
        lines = wrap_words(name, BOLD, size, w - 20, max_lines=3)
        c.setFillColor(MUTED)
        for i, line in enumerate(lines):
            ty = (y + h - 18 - i * (size + 3)) if top else (y + 10 + (len(lines) - 1 - i)
                                                             * (size + 3))
            if right:
                draw_line(c, x + w - 10, ty, line, BOLD, size, max_width=w - 20, align="right")
            else:
                draw_line(c, x + 10, ty, line, BOLD, size, max_width=w - 20)

    def _axes(self, bx: float, by: float, bw: float, bh: float) -> None:
        c = self.canv
        c.setFillColor(INK)
        draw_line(c, bx + bw / 2, 8, f"{self.block.x_label}  \u2192", BOLD, 9.5, max_width=bw,
                  align="center")
        c.setFont(ITALIC, 8)
        c.setFillColor(MUTED)
        c.drawString(bx, by - 12, self.words.t("Harder"))
        c.drawRightString(bx + bw, by - 12, self.words.t("Easier"))
        c.saveState()
        c.translate(14, by + bh / 2)
        c.rotate(90)
        c.setFillColor(INK)
        draw_line(c, 0, 0, f"{self.block.y_label}  \u2192", BOLD, 9.5, max_width=bh,
                  align="center")
        c.restoreState()
        c.saveState()
        c.translate(bx - 6, by)
        c.rotate(90)
        c.setFont(ITALIC, 8)
        c.setFillColor(MUTED)
        c.drawString(0, 0, self.words.t("Lower"))
        c.drawRightString(bh, 0, self.words.t("Higher"))
        c.restoreState()

    def _dot(self, dot: Dot, bx: float, by: float, bw: float, bh: float) -> None:
        c = self.canv
        x = bx + DOT_R + min(max(dot.x, 0.0), 1.0) * (bw - 2 * DOT_R)
        y = by + DOT_R + min(max(dot.y, 0.0), 1.0) * (bh - 2 * DOT_R)
        c.setFillColor(dot.colour)
        c.setStrokeColor(colors.white)
        c.setLineWidth(1.2)
        c.circle(x, y, DOT_R, stroke=1, fill=1)
        c.setFillColor(colors.white)
        label = str(dot.number)
        size = 8 if len(label) < 3 else 6.5
        c.setFont(BOLD, size)
        c.drawCentredString(x, y - size * 0.35, label)


def category_colour(block: GridBlock, category: str) -> colors.Color:
    """A card's colour: the one the app's board gives its category (grey for anything else),
    so that paper and screen agree."""
    return colors.HexColor(style_of(block, category).colour)
