"""One card on the impact x ease board, and the board's coordinates.

The board is BOARD_W x BOARD_H scene units; a place is stored as fractions of it (x: ease, 0 at
the left; y: impact, 0 at the bottom). A card is drawn at the free spot nearest its place (the
scene lays the cards out so that none covers another, domain/grid_layout.py); `place` is where
it stands for, `pos()` where it is drawn. It is painted once into a device cache, so that
dragging it over a full board stays cheap.

An example card (the template's illustrative prioritization) is drawn differently from the
group's own, not by colour alone: a dashed outline, italic text, an "EXAMPLE" tag, and
"Example:" in its tooltip and description.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsSceneMouseEvent,
    QStyleOptionGraphicsItem,
    QWidget,
)

from facilitator.domain.grid import clamp, tint

BOARD_W, BOARD_H = 1000.0, 680.0
CARD_W, CARD_H = 184.0, 74.0
CARD_FONT_PX = 18.0   # ~12 px on a laptop, ~30 px on a projector
INK = QColor("#1A1A1A")
MARKER_FONT = 0.58    # a numbered marker's digits, as a share of its diameter ("74" fits)


def to_scene(x: float, y: float) -> QPointF:
    """Board fractions (0,0 = hard, low impact: bottom left) to scene coordinates."""
    return QPointF(clamp(x) * BOARD_W, (1.0 - clamp(y)) * BOARD_H)


def to_fraction(point: QPointF) -> tuple[float, float]:
    return (round(clamp(point.x() / BOARD_W), 4), round(clamp(1.0 - point.y() / BOARD_H), 4))


def font_px(pixels: float, bold: bool = False, italic: bool = False) -> QFont:
    font = QFont()
    font.setPixelSize(max(1, round(pixels)))
    font.setBold(bold)
    font.setItalic(italic)
    return font


def _wrapped(text: str, font: QFont, width: float, lines: int) -> list[str]:
    """`text` word-wrapped into at most `lines` lines of `width`, the last one elided."""
    metrics = QFontMetricsF(font)
    out: list[str] = []
    words = text.split()
    while words and len(out) < lines:
        line = words.pop(0)
        while words and metrics.horizontalAdvance(f"{line} {words[0]}") <= width:
            line = f"{line} {words.pop(0)}"
        out.append(line)
    if words and out:
        out[-1] = metrics.elidedText(f"{out[-1]} {' '.join(words)}",
                                     Qt.TextElideMode.ElideRight, width)
    return [metrics.elidedText(line, Qt.TextElideMode.ElideRight, width) for line in out]


def letter_ink(colour: QColor) -> QColor:
    """Black or white, whichever contrasts more with `colour` (WCAG relative luminance)."""
    def linear(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4
    lum = 0.2126 * linear(colour.redF()) + 0.7152 * linear(colour.greenF()) \
        + 0.0722 * linear(colour.blueF())
    return INK if lum > 0.179 else QColor("white")


@dataclass(frozen=True)
class CardLook:
    label: str
    colour: str
    category_label: str
    proposed: str = ""       # the proposal's category, when the card has one
    mark: str = ""           # the category's letter (colour is never the only signal)
    example: bool = False    # one of the template's illustrative placements

    @property
    def spoken(self) -> str:
        """The card as a screen reader and a tooltip say it."""
        return QCoreApplication.translate("Grid", "Example: {card}").format(
            card=self.label) if self.example else self.label


EXAMPLE_TAG = QT_TRANSLATE_NOOP("Grid", "EXAMPLE")   # translated where drawn


class CardItem(QGraphicsItem):
    """One card, centred on its place; painted once into a cache (cheap to drag)."""

    def __init__(self, ref: str, look: CardLook, scale: float, interactive: bool) -> None:
        super().__init__()
        self.ref = ref
        self.look = look
        self.place: tuple[float, float] = (0.5, 0.5)   # the stored place (fractions)
        self.number: int | None = None   # drawn as a numbered marker (the projector's legend)
        self._diameter = 0.0
        self.more = 0        # other cards this marker stands for (a cluster on the projector)
        self._pill = 0.0     # a cluster marker's width
        self._digits = 0.0   # a marker's number size in scene units (0: from its diameter)
        self._scale = scale
        self._w, self._h = CARD_W * scale, CARD_H * scale
        self._font = font_px(CARD_FONT_PX * scale, italic=look.example)
        self._lines: list[str] = []
        self._press_pos: QPointF | None = None
        self._grab_offset = QPointF()
        self.interactive = interactive
        # Set by the scene: a finished move (start, end) and a move in flight (x, y).
        self.on_moved: Callable[[CardItem, tuple[float, float], tuple[float, float]], None] \
            | None = None
        self.on_dragging: Callable[[CardItem, float, float], None] | None = None
        flags = QGraphicsItem.GraphicsItemFlag.ItemIsSelectable | \
            QGraphicsItem.GraphicsItemFlag.ItemIsFocusable
        self.setFlags(flags if interactive else QGraphicsItem.GraphicsItemFlag(0))
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.setCursor(Qt.CursorShape.OpenHandCursor if interactive else Qt.CursorShape.ArrowCursor)
        self.set_look(look)

    def set_look(self, look: CardLook) -> None:
        self.look = look
        self._font = font_px(CARD_FONT_PX * self._scale, italic=look.example)
        # As many lines as the card holds (an example's tag takes the top of it), at most 3.
        spacing = QFontMetricsF(self._font).lineSpacing()
        room = self._h - 8 - (self._tag_height() + 3 if look.example else 0)
        self._lines = _wrapped(look.label, self._font,
                               self._w - self._text_left() - 7 * min(1.0, self._scale),
                               max(1, min(3, int(room // spacing))))
        tip = f"{look.spoken}\n({look.category_label})"
        self.setToolTip(tip + ("\n" + QCoreApplication.translate("Grid", "Proposed: {action}")
                               .format(action=look.proposed) if look.proposed else ""))
        self.update()

    def text_px(self) -> float:
        """The card text's size in scene units (the view's scale turns it into pixels)."""
        if self.number is not None:
            return float(self._marker_font().pixelSize())
        return float(self._font.pixelSize())

    def set_marker(self, number: int | None, diameter: float = 0.0, more: int = 0,
                   width: float = 0.0, font_units: float = 0.0) -> None:
        """Draw the card as a numbered circle of `diameter` (None: as a card with its text).
        With `more`, it also stands for that many other cards near it (the projector's crowded
        board): a pill `width` wide reading "7+5", whose cards the legend lists. `font_units`:
        the number's size (default: a share of the diameter)."""
        key = (number, diameter, more, width, font_units)
        if key == (self.number, self._diameter, self.more, self._pill, self._digits):
            return
        self.prepareGeometryChange()
        self.number, self._diameter, self.more = number, diameter, more
        self._pill, self._digits = width, font_units
        self.update()

    def marker_text(self) -> str:
        return f"{self.number}+{self.more}" if self.more else str(self.number)

    def _marker_font(self) -> QFont:
        size = self._digits or self._diameter * MARKER_FONT
        return font_px(math.ceil(size - 1e-6), bold=True, italic=self.look.example)

    def _paint_marker(self, painter: QPainter) -> None:
        rect = self.card_rect()
        colour = QColor(self.look.colour)
        example = self.look.example
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setBrush(QColor("white" if example else tint(self.look.colour, 0.8)))
        pen = QPen(INK if self.isSelected() else colour, max(2.0, self._diameter * 0.07))
        if example:
            pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        if self.more:
            painter.drawRoundedRect(rect, rect.height() / 2, rect.height() / 2)
        else:
            painter.drawEllipse(rect)
        painter.setPen(INK)
        painter.setFont(self._marker_font())
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, self.marker_text())

    def _tag_font(self) -> QFont:
        return font_px(CARD_FONT_PX * 0.62 * self._scale, bold=True)

    def _tag_height(self) -> float:
        return QFontMetricsF(self._tag_font()).height() + 2

    def set_scale(self, scale: float) -> None:
        """Resize the card (the board makes its cards smaller when they would not fit)."""
        if abs(scale - self._scale) < 1e-6:
            return
        self.prepareGeometryChange()
        self._scale = scale
        self._w, self._h = CARD_W * scale, CARD_H * scale
        self.set_look(self.look)

    # -- geometry and painting ----------------------------------------------------------------
    def _bar_width(self) -> float:
        """The category's coloured edge; wide enough for its letter when it has one."""
        if not self.look.mark:
            return 8.0 * min(1.0, self._scale)
        return self._font.pixelSize() * 1.1

    def _text_left(self) -> float:
        return self._bar_width() + 7 * min(1.0, self._scale)

    def card_rect(self) -> QRectF:
        if self.number is not None:
            d = self._diameter
            w = self._pill if self.more else d
            return QRectF(-w / 2, -d / 2, w, d)
        return QRectF(-self._w / 2, -self._h / 2, self._w, self._h)

    def boundingRect(self) -> QRectF:
        return self.card_rect().adjusted(-10, -10, 10, 10)   # the tick badge pokes out

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.addRect(self.card_rect())
        return path

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        if self.number is not None:
            self._paint_marker(painter)
            return
        rect = self.card_rect()
        colour = QColor(self.look.colour)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        example = self.look.example
        # An example is pale and dashed: a suggestion on the board, not the room's own card.
        painter.setBrush(QColor("white" if example else tint(self.look.colour, 0.85)))
        selected = self.isSelected()
        pen = QPen(INK if selected else colour, 5 if selected else 2.5)
        if example:
            pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.drawRoundedRect(rect, 6, 6)
        bar = QRectF(rect.left() + 2, rect.top() + 2, self._bar_width(), rect.height() - 4)
        if not example:   # an example keeps its letter but not the filled edge
            painter.fillRect(bar, colour)
        if self.look.mark:   # dark or white, whichever reads on the category's colour
            painter.setPen(INK if example else letter_ink(colour))
            painter.setFont(font_px(self._font.pixelSize() * 0.9, bold=True))
            painter.drawText(bar, Qt.AlignmentFlag.AlignCenter, self.look.mark)
        painter.setFont(self._font)
        metrics = QFontMetricsF(self._font)
        top = rect.center().y() - metrics.lineSpacing() * len(self._lines) / 2
        if example:
            tag_font = self._tag_font()
            tag_metrics = QFontMetricsF(tag_font)
            tag = QRectF(rect.left() + 8, rect.top() + 4,
                         tag_metrics.horizontalAdvance(QCoreApplication.translate(
                             "Grid", EXAMPLE_TAG)) + 10, self._tag_height())
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor("#5A5A5A"))
            painter.drawRoundedRect(tag, 3, 3)
            painter.setPen(QColor("white"))
            painter.setFont(tag_font)
            painter.drawText(tag, Qt.AlignmentFlag.AlignCenter,
                             QCoreApplication.translate("Grid", EXAMPLE_TAG))
            painter.setFont(self._font)
            top = max(top, tag.bottom() + 1)
        painter.setPen(INK)
        for index, line in enumerate(self._lines):
            painter.drawText(QPointF(rect.left() + self._text_left(), top + metrics.ascent()
                                     + index * metrics.lineSpacing()), line)
        if self.look.proposed:   # a dark tick in the corner: this card is in the plan
            badge = QRectF(rect.right() - 20, rect.top() - 8, 26, 26)
            painter.setBrush(INK)
            painter.setPen(QPen(QColor("white"), 2))
            painter.drawEllipse(badge)
            painter.setFont(font_px(16, bold=True))
            painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, "✓")

    def itemChange(self, change: QGraphicsItem.GraphicsItemChange, value: object) -> object:
        if change == QGraphicsItem.GraphicsItemChange.ItemSelectedHasChanged:
            self.setZValue(2 if value else 1)
        return super().itemChange(change, value)

    # -- dragging -----------------------------------------------------------------------------
    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if not self.interactive or event.button() != Qt.MouseButton.LeftButton:
            event.ignore()
            return
        scene = self.scene()
        if scene is not None:
            scene.clearSelection()
        self.setSelected(True)
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        self._press_pos = QPointF(self.pos())
        self._grab_offset = event.scenePos() - self.pos()
        self.setCursor(Qt.CursorShape.ClosedHandCursor)
        event.accept()

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self._press_pos is None:
            return
        target = event.scenePos() - self._grab_offset
        self.setPos(QPointF(min(BOARD_W, max(0.0, target.x())),
                            min(BOARD_H, max(0.0, target.y()))))
        if self.on_dragging is not None:
            self.on_dragging(self, *to_fraction(self.pos()))

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        start, self._press_pos = self._press_pos, None
        self.setCursor(Qt.CursorShape.OpenHandCursor)
        if start is None or self.on_moved is None:
            return
        # The card lands where the user let go of it (not its old place plus the drag: it may
        # have been drawn beside its place, and what the user sees is where it goes).
        if to_fraction(start) != to_fraction(self.pos()):
            self.on_moved(self, self.place, to_fraction(self.pos()))
