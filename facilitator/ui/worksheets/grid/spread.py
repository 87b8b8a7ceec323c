"""Where the room's ratings put each card, drawn on the board under the cards.

For every placed card that phones rated (room mode), a cross through the room's median: its
arms span the middle half of the ratings (the interquartile range) of ease across and of impact
up and down, over a pale box of the same extent, with the number of ratings beside the median.
When the card stands elsewhere (the facilitator moved it, or has not accepted the room's place
yet) a dotted line joins the median to the card's place, so that both screens show how far the
facilitator's placement is from the room's.

One item paints every spread (a few dozen lines, no per-card items to keep in step with the
layout of the cards) and sits under the leader lines and the cards. Its text is sized in
pixels of the view it is painted in (the painter's scale), so that it stays readable on the
projector as the board grows or shrinks. The numbers come from domain/rating_spread.py.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from facilitator.domain.grid import style_of
from facilitator.domain.rating_spread import CardSpread
from facilitator.domain.template import GridBlock
from facilitator.services.cards import BoardCard
from facilitator.ui.worksheets.grid.card import (
    BOARD_H,
    BOARD_W,
    INK,
    CardItem,
    font_px,
    to_scene,
)

LABEL_PX_LAPTOP = 13.0     # the count beside a median, in pixels on the facilitator's screen
TICK = 9.0                 # the end marks of a cross's arms, scene units
translate = QCoreApplication.translate


def count_text(count: int) -> str:
    return translate("GridSpread", "{n} rated").format(n=count)


def spread_key() -> str:
    """One line for the board's key: what the crosses are."""
    return translate("GridSpread", "Crosses: where the room's ratings put each card")


@dataclass(frozen=True)
class SpreadMark:
    ref: str
    spread: CardSpread
    colour: str
    place: tuple[float, float] | None   # where the card stands (None: in the tray)


class SpreadLayer(QGraphicsItem):
    """Every rated card's spread. On the laptop each median has its count beside it, drawn
    over the cards by `counts` at a corner clear of the cards and of the other counts; on the
    projector the counts go in the legend beside the board (widget.py), where they read at the
    legend's size and cover nothing."""

    def __init__(self, *, projector: bool = False) -> None:
        super().__init__()
        self.projector = projector
        self.marks: dict[str, SpreadMark] = {}
        self.setZValue(0.4)   # over the board, under the leader lines (0.5) and cards (1)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.counts = CountLayer(self)

    def set_marks(self, marks: list[SpreadMark]) -> None:
        new = {m.ref: m for m in marks}
        if new != self.marks:
            self.marks = new
            self.update()
        self.counts.update()   # the cards may have moved under the counts

    def boundingRect(self) -> QRectF:
        return QRectF(-40, -40, BOARD_W + 80, BOARD_H + 80)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        del option, widget
        if not self.marks:
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        scale = max(0.05, painter.worldTransform().m11())    # pixels per scene unit
        for mark in self.marks.values():
            self._paint_one(painter, mark, scale)

    def _paint_one(self, painter: QPainter, mark: SpreadMark, scale: float) -> None:
        left, bottom, right, top = mark.spread.box
        corner_a, corner_b = to_scene(left, top), to_scene(right, bottom)
        middle = to_scene(*mark.spread.place)
        colour = QColor(mark.colour)
        fill = QColor(colour)
        fill.setAlpha(28)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(fill)
        painter.drawRect(QRectF(corner_a, corner_b))
        line = max(2.0, 2.5 / scale)   # at least 2.5 pixels wide on any screen
        painter.setPen(QPen(colour, line, Qt.PenStyle.SolidLine, Qt.PenCapStyle.FlatCap))
        y, x = middle.y(), middle.x()
        painter.drawLine(QPointF(corner_a.x(), y), QPointF(corner_b.x(), y))
        painter.drawLine(QPointF(x, corner_a.y()), QPointF(x, corner_b.y()))
        for end in (corner_a.x(), corner_b.x()):
            painter.drawLine(QPointF(end, y - TICK), QPointF(end, y + TICK))
        for end in (corner_a.y(), corner_b.y()):
            painter.drawLine(QPointF(x - TICK, end), QPointF(x + TICK, end))
        if mark.place is not None:
            there = to_scene(*mark.place)
            if abs(there.x() - x) > 1 or abs(there.y() - y) > 1:
                painter.setPen(QPen(colour, line, Qt.PenStyle.DotLine))
                painter.drawLine(middle, there)
        painter.setPen(QPen(INK, max(1.0, 1.5 / scale)))
        painter.setBrush(colour)
        painter.drawEllipse(middle, median_radius(scale), median_radius(scale))


def median_radius(scale: float) -> float:
    return max(6.0, 5 / scale)


class CountLayer(QGraphicsItem):
    """The laptop's counts beside the medians, over the cards (which would hide them once a
    card stands at its median)."""

    def __init__(self, spreads: SpreadLayer) -> None:
        super().__init__()
        self.spreads = spreads
        self.setZValue(1.5)   # over the cards (1), under a card being dragged (2 and up)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)

    def boundingRect(self) -> QRectF:
        return self.spreads.boundingRect()

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        del option, widget
        if self.spreads.projector or not self.spreads.marks:
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        scale = max(0.05, painter.worldTransform().m11())
        font = font_px(LABEL_PX_LAPTOP / scale, bold=True)
        metrics = QFontMetricsF(font)
        scene = self.scene()
        taken = [item.mapRectToScene(item.card_rect()) for item in
                 (scene.items() if scene is not None else []) if isinstance(item, CardItem)]
        for mark in self.spreads.marks.values():
            self._paint_count(painter, mark.spread.count, to_scene(*mark.spread.place),
                              median_radius(scale), scale, font, metrics, taken)

    def _paint_count(self, painter: QPainter, count: int, middle: QPointF, radius: float,
                     scale: float, font: QFont, metrics: QFontMetricsF,
                     taken: list[QRectF]) -> None:
        """The count on a white plate beside the median (read over any colour or line), at
        the first corner clear of the cards and the counts already drawn."""
        text = count_text(count)
        width, height = metrics.horizontalAdvance(text) + 8 / scale, metrics.height()
        x, y, gap = middle.x(), middle.y(), radius + 2
        corners = [QRectF(x + gap, y - gap - height, width, height),
                   QRectF(x - gap - width, y - gap - height, width, height),
                   QRectF(x + gap, y + gap, width, height),
                   QRectF(x - gap - width, y + gap, width, height)]
        inside = [c for c in corners if c.left() >= 0 and c.right() <= BOARD_W
                  and c.top() >= 0 and c.bottom() <= BOARD_H] or corners
        plate = next((c for c in inside if not any(c.intersects(p) for p in taken)), inside[0])
        taken.append(plate)
        painter.setFont(font)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(255, 255, 255, 225))
        painter.drawRoundedRect(plate, 3 / scale, 3 / scale)
        painter.setPen(INK)
        painter.drawText(plate, int(Qt.AlignmentFlag.AlignCenter), text)


def spread_marks(spreads: dict[str, CardSpread], cards: dict[str, BoardCard],
                 block: GridBlock) -> list[SpreadMark]:
    """The spreads to draw: rated cards that stand on the board (a tray card's spread would
    be a cross with no card to name it; "Accept all" places those)."""
    return [SpreadMark(ref, spread, style_of(block, cards[ref].category).colour,
                       (cards[ref].x, cards[ref].y))   # type: ignore[arg-type]
            for ref, spread in spreads.items() if ref in cards and cards[ref].placed]
