"""The impact x ease board drawn with QGraphicsView: quadrants, axes and the cards on it.

The scene has a fixed logical size; the view scales it to fit, so a card's place, stored as
fractions of the board, looks the same on the laptop, the projector and paper. Cards report
finished moves through the scene's signals; committing them is the block widget's job.

No card covers another: after every change the scene lays the cards out (grid_layout.spread),
each at the free spot nearest its place, smaller when the board is crowded; a card drawn away
from its place gets a thin leader line to a dot on that place.

With `markers` (the projector), cards are numbered circles whose numbers read at the projector's
body size (`text_px`, never smaller), and their text is in a legend beside the board (widget.py)
in priority order: the room reads a list, not a cloud of small cards. When the circles do not all
fit near their places, a card with no room joins the nearest marker of its quadrant, drawn as a
wider "7+2" pill (grid_layout.clustered); the legend says which marker holds it. The quadrant
names are text items at the same size, and the axes are written beside the board
(projected_layout.py).
"""

from __future__ import annotations

import math

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QObject,
    QPoint,
    QPointF,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QBrush,
    QColor,
    QContextMenuEvent,
    QFocusEvent,
    QFontMetricsF,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QPainterPath,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QGraphicsPathItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsTextItem,
    QGraphicsView,
    QMenu,
    QScrollArea,
    QWidget,
)

from facilitator.domain.grid import PRIORITY_ORDER, quadrant_of, step
from facilitator.domain.grid_layout import Box, Marker, clustered, spread
from facilitator.domain.template import GridBlock
from facilitator.ui.worksheets.grid.card import (
    BOARD_H,
    BOARD_W,
    CARD_H,
    CARD_W,
    INK,
    MARKER_FONT,
    CardItem,
    CardLook,
    font_px,
    to_fraction,
    to_scene,
)

translate = QCoreApplication.translate

ARROWS = {Qt.Key.Key_Left: (-1, 0), Qt.Key.Key_Right: (1, 0),
          Qt.Key.Key_Up: (0, 1), Qt.Key.Key_Down: (0, -1)}
MARGIN_LEFT, MARGIN_BOTTOM, MARGIN_TOP, MARGIN_RIGHT = 86.0, 78.0, 14.0, 14.0
AXIS_FONT_PX = 28.0
QUADRANT_FONT_PX = 30.0
MUTED_INK = QColor("#5A5A5A")
LEADER_MIN = 3.0   # scene units: a card drawn farther than this from its place gets a leader
MARKER_TEXT_PX = 26.0                 # a marker's number on screen, when the board has room
MARKER_MIN, MARKER_MAX = 44.0, 120.0  # a marker's diameter in scene units
MIN_CARD_SCALE = 0.6                  # smaller cards than this are markers and a legend
EDGE = 4.0                            # scene units around the projector's board (its frame)


class BoardScene(QGraphicsScene):
    """Board background plus one CardItem per placed card."""

    card_moved = Signal(str, object, object, bool)   # ref, old (x, y), new (x, y), by keyboard
    card_returned = Signal(str)                      # ref: back to the tray
    card_dragging = Signal(str, float, float)        # ref, x, y: in flight, not stored yet
    laid_out = Signal()                              # the projector's markers were placed anew

    def __init__(self, block: GridBlock, *, zoom: float = 1.0, interactive: bool = True,
                 markers: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.block = block
        self.zoom = zoom
        self.interactive = interactive
        self.markers = markers                 # always numbered markers (the projector)
        self.showing_markers = markers         # markers now (the laptop's crowded board too)
        self.view_scale = 1.0                  # pixels per scene unit, set by the view
        self.cards: dict[str, CardItem] = {}
        self.card_scale = 1.0                  # of the full card size: smaller when crowded
        self._recent: list[str] = []           # cards moved here, last moved last
        self._ghost: QGraphicsRectItem | None = None
        self._leaders = QGraphicsPathItem()
        self._leaders.setPen(QPen(MUTED_INK, 2))
        self._leaders.setBrush(QBrush(MUTED_INK))
        self._leaders.setZValue(0.5)           # over the board, under the cards
        # Painted from a pixmap: a drag repaints the region it crosses, lines and all, per frame.
        self._leaders.setCacheMode(QGraphicsPathItem.CacheMode.DeviceCoordinateCache)
        self.addItem(self._leaders)
        self.text_px = MARKER_TEXT_PX          # the projector's smallest text on screen
        self.cluster_of: dict[str, str] = {}   # card -> the marker it is drawn in (projector)
        self._names: list[QGraphicsTextItem] = []   # the projector's quadrant names
        if markers:   # the projector writes the axes beside the board, at full size
            self.setSceneRect(QRectF(-EDGE, -EDGE, BOARD_W + 2 * EDGE, BOARD_H + 2 * EDGE))
        else:
            self.setSceneRect(QRectF(-MARGIN_LEFT, -MARGIN_TOP,
                                     BOARD_W + MARGIN_LEFT + MARGIN_RIGHT,
                                     BOARD_H + MARGIN_TOP + MARGIN_BOTTOM))
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.NoIndex)  # cards move a lot

    # -- cards --------------------------------------------------------------------------------
    def sync(self, placed: dict[str, tuple[float, float, CardLook]]) -> None:
        """Show exactly these cards for these places (existing items are moved, not rebuilt),
        laid out so that none covers another."""
        for ref in [r for r in self.cards if r not in placed]:
            self.removeItem(self.cards.pop(ref))
        for ref, (x, y, look) in placed.items():
            item = self.cards.get(ref)
            if item is None:
                item = CardItem(ref, look, self.zoom * self.card_scale, self.interactive)
                item.on_moved = self._item_moved
                item.on_dragging = self._item_dragging
                item.setZValue(1)
                self.cards[ref] = item
                self.addItem(item)
            elif item.look != look:
                item.set_look(look)
            item.place = (x, y)
        self.relayout()

    def layout_order(self) -> list[CardItem]:
        """Who gets the spot nearest its place first: the cards as the board lists them, the
        ones just moved here last (a card dropped on another tucks in beside it; the others
        stay where they were)."""
        recent = {ref: i for i, ref in enumerate(self._recent) if ref in self.cards}
        listed = list(self.cards)
        return sorted(self.cards.values(),
                      key=lambda c: (recent.get(c.ref, -1), listed.index(c.ref)))

    def relayout(self) -> None:
        """Draw every card at the free spot nearest its place (see grid_layout)."""
        if self.markers:
            self._relayout_projected()
            return
        order = self.layout_order()
        anchors = [(to_scene(*c.place).x(), to_scene(*c.place).y()) for c in order]
        # Numbered markers once cards would be too small to read (their text then goes to the
        # legend).
        d = self.marker_diameter()
        layout = spread(anchors, CARD_W * self.zoom, CARD_H * self.zoom, BOARD_W, BOARD_H,
                        self.label_boxes(), smallest=MIN_CARD_SCALE)
        self.showing_markers = layout is None
        numbers = self.numbers() if self.showing_markers else {}
        if layout is None:
            # Small numbered circles may stray a little farther (a leader line shows the place)
            # before they shrink: their numbers must stay readable.
            layout = spread(anchors, d, d, BOARD_W, BOARD_H, self.label_boxes(), gap=4.0,
                            near=0.35)
            assert layout is not None   # without `smallest`, spread always finds a layout
        self.card_scale = layout.scale
        path = QPainterPath()
        for item, (ax, ay), (cx, cy) in zip(order, anchors, layout.centres, strict=True):
            item.set_scale(self.zoom * layout.scale)
            item.set_marker(numbers.get(item.ref), d * layout.scale)
            if item._press_pos is None:   # never yank a card out of the user's hand
                item.setPos(QPointF(cx, cy))
            self._leader(path, item, (ax, ay), (cx, cy))
        self._leaders.setPath(path)

    def _leader(self, path: QPainterPath, item: CardItem, anchor: tuple[float, float],
                centre: tuple[float, float]) -> None:
        """A line from a card drawn away from its place to a dot on that place."""
        (ax, ay), (cx, cy) = anchor, centre
        if abs(cx - ax) > LEADER_MIN or abs(cy - ay) > LEADER_MIN:
            rect = item.card_rect().translated(cx, cy)
            edge = QPointF(min(rect.right(), max(rect.left(), ax)),
                           min(rect.bottom(), max(rect.top(), ay)))
            path.moveTo(edge)
            path.lineTo(QPointF(ax, ay))
            path.addEllipse(QPointF(ax, ay), 5, 5)

    def _relayout_projected(self) -> None:
        """The projector: numbered markers whose numbers read at `text_px` on screen, never
        smaller. When they do not all fit near their places, a card with no room near its
        place joins the nearest marker of its quadrant, which then reads "7+2" (the legend
        says which cards it holds)."""
        self._place_quadrant_names()
        numbers = self.numbers()
        order = sorted(self.cards.values(), key=lambda c: numbers[c.ref])
        anchors = [(to_scene(*c.place).x(), to_scene(*c.place).y()) for c in order]
        digits = math.ceil(self.text_px / max(0.05, self.view_scale) - 1e-6)
        d = digits / MARKER_FONT
        self.card_scale = 1.0
        self.showing_markers = True
        self.cluster_of = {}
        layout = spread(anchors, d, d, BOARD_W, BOARD_H, self.label_boxes(), gap=4.0,
                        near=0.35, smallest=1.0)
        path = QPainterPath()
        if layout is not None:
            for item, anchor, centre in zip(order, anchors, layout.centres, strict=True):
                item.setVisible(True)
                item.set_marker(numbers[item.ref], d, font_units=digits)
                item.setPos(QPointF(*centre))
                self._leader(path, item, anchor, centre)
            self._leaders.setPath(path)
            self.laid_out.emit()
            return
        groups = [quadrant_of(*c.place) for c in order]
        metrics = QFontMetricsF(font_px(digits, bold=True))

        def width(marker: Marker) -> float:
            if len(marker.members) == 1:
                return d
            text = f"{numbers[order[marker.members[0]].ref]}+{len(marker.members) - 1}"
            return max(d, metrics.horizontalAdvance(text) + d * 0.6)

        markers = clustered(anchors, groups, d, width, BOARD_W, BOARD_H, self.label_boxes(),
                            gap=4.0)
        for marker in markers:
            head = order[marker.members[0]]
            more = len(marker.members) - 1
            head.setVisible(True)
            head.set_marker(numbers[head.ref], d, more, width(marker) if more else 0.0, digits)
            head.setPos(QPointF(*marker.centre))
            self._leader(path, head, anchors[marker.members[0]], marker.centre)
            for index in marker.members[1:]:
                member = order[index]
                member.set_marker(numbers[member.ref], d, font_units=digits)
                member.setPos(QPointF(*marker.centre))
                member.setVisible(False)   # drawn as part of its cluster's marker
                self.cluster_of[member.ref] = head.ref
        self._leaders.setPath(path)
        self.laid_out.emit()

    def set_text_px(self, px: float) -> None:
        """The projector's smallest text, in screen pixels: markers and quadrant names."""
        if abs(px - self.text_px) > 1e-3:
            self.text_px = px
            self.relayout()

    def _place_quadrant_names(self) -> None:
        """The projector writes the quadrant names as text items at `text_px` on screen,
        wrapped within their quadrant's corner (the laptop paints them with the board)."""
        if not self._names:
            for name, _box, _align in self._corners():
                item = QGraphicsTextItem()
                item.setPlainText(name)
                item.setDefaultTextColor(MUTED_INK)
                item.setZValue(0.4)
                self.addItem(item)
                self._names.append(item)
        units = math.ceil(self.text_px / max(0.05, self.view_scale) - 1e-6)
        for item, (_name, box, align) in zip(self._names, self._corners(), strict=True):
            item.setFont(font_px(units, bold=True))
            item.document().setDocumentMargin(0)
            option = item.document().defaultTextOption()
            option.setAlignment(align)
            item.document().setDefaultTextOption(option)
            item.setTextWidth(box.width())   # wrapped in its corner, then no wider than it is
            item.setTextWidth(min(box.width(), item.document().idealWidth() + 2))
            width = item.textWidth()
            height = item.boundingRect().height()
            x = box.left() if align == Qt.AlignmentFlag.AlignLeft else box.right() - width
            y = box.top() if box.top() < BOARD_H / 2 else box.bottom() - height
            item.setPos(QPointF(x, y))

    def marker_diameter(self) -> float:
        """Big enough for the number to read at MARKER_TEXT_PX at the view's scale."""
        wanted = MARKER_TEXT_PX / MARKER_FONT / max(0.05, self.view_scale)
        return min(MARKER_MAX, max(MARKER_MIN, wanted))

    def set_view_scale(self, scale: float) -> None:
        if abs(scale - self.view_scale) > 1e-3:
            self.view_scale = scale
            if self.showing_markers or self.markers:
                self.relayout()

    def numbers(self) -> dict[str, int]:
        """Each card's number on the projector: in priority order (the quadrants as a proposal
        list orders them, then more impact, then easier), so the legend reads as the plan."""
        def key(item: CardItem) -> tuple[int, float, float, str]:
            x, y = item.place
            return (PRIORITY_ORDER.index(quadrant_of(x, y)), -y, -x, item.ref)
        return {item.ref: n for n, item in enumerate(sorted(self.cards.values(), key=key), 1)}

    def note_moved(self, ref: str) -> None:
        """`ref` was just moved by the user: it yields to the others in the next layout."""
        if ref in self._recent:
            self._recent.remove(ref)
        self._recent.append(ref)
        del self._recent[:-20]

    def show_ghost(self, point: QPointF | None) -> None:
        """A dashed outline where a card dragged from the tray would land (None: hide it)."""
        if point is None:
            if self._ghost is not None:
                self._ghost.hide()
            return
        if self._ghost is None:
            w, h = CARD_W * self.zoom, CARD_H * self.zoom
            self._ghost = self.addRect(QRectF(-w / 2, -h / 2, w, h),
                                       QPen(INK, 3, Qt.PenStyle.DashLine))
            self._ghost.setZValue(3)
        self._ghost.setPos(QPointF(min(BOARD_W, max(0.0, point.x())),
                                   min(BOARD_H, max(0.0, point.y()))))
        self._ghost.show()

    def _item_moved(self, item: CardItem, old: tuple[float, float],
                    new: tuple[float, float]) -> None:
        self.note_moved(item.ref)
        self.card_moved.emit(item.ref, old, new, False)

    def _item_dragging(self, item: CardItem, x: float, y: float) -> None:
        self.card_dragging.emit(item.ref, x, y)

    def follow(self, ref: str, x: float, y: float) -> None:
        """Show a card in flight on another board (the projector follows the facilitator)."""
        item = self.cards.get(ref)
        if item is not None and item._press_pos is None:
            item.setPos(to_scene(x, y))

    def ghost_place(self) -> tuple[float, float] | None:
        if self._ghost is None or not self._ghost.isVisible():
            return None
        return to_fraction(self._ghost.pos())

    def selected_card(self) -> CardItem | None:
        for item in self.selectedItems():
            if isinstance(item, CardItem):
                return item
        return None

    def select(self, ref: str) -> None:
        item = self.cards.get(ref)
        if item is None:
            return
        self.clearSelection()
        item.setSelected(True)
        item.setFocus(Qt.FocusReason.TabFocusReason)
        item.ensureVisible()

    def walk_order(self) -> list[CardItem]:
        """Tab order: reading order on the board, top (high impact) to bottom, left to right."""
        return sorted((i for i in self.cards.values() if i.isVisible() and i.isEnabled()),
                      key=lambda i: (round(i.pos().y() / 40), i.pos().x(), i.ref))

    # -- background ---------------------------------------------------------------------------
    def _corners(self) -> list[tuple[str, QRectF, Qt.AlignmentFlag]]:
        """The quadrant names and the corner box each is drawn in."""
        q = self.block.quadrants
        half_w, pad = BOARD_W / 2, 12.0
        left, right = Qt.AlignmentFlag.AlignLeft, Qt.AlignmentFlag.AlignRight
        return [(q.high_impact_hard, QRectF(pad, pad, half_w - 2 * pad, 40), left),
                (q.high_impact_easy, QRectF(half_w + pad, pad, half_w - 2 * pad, 40), right),
                (q.low_impact_hard, QRectF(pad, BOARD_H - 40 - pad, half_w - 2 * pad, 40), left),
                (q.low_impact_easy, QRectF(half_w + pad, BOARD_H - 40 - pad, half_w - 2 * pad,
                                           40), right)]

    def label_boxes(self) -> list[Box]:
        """Where the quadrant names are written: cards are laid out clear of them."""
        if self._names:
            return [Box(r.center().x(), r.center().y(), r.width(), r.height())
                    for r in (n.mapRectToScene(n.boundingRect()) for n in self._names)]
        metrics = QFontMetricsF(font_px(QUADRANT_FONT_PX, bold=True))
        boxes = []
        for name, box, align in self._corners():
            width = min(box.width(), metrics.horizontalAdvance(name))
            left = box.left() if align == Qt.AlignmentFlag.AlignLeft else box.right() - width
            boxes.append(Box(left + width / 2, box.center().y(), width, box.height()))
        return boxes

    def painted_text_px(self) -> list[float]:
        """The sizes (scene units) of the texts the board paints itself, for measuring: the
        laptop's quadrant names and axes; none on the projector, which writes them as text."""
        if self.markers:
            return []
        return [QUADRANT_FONT_PX, AXIS_FONT_PX, AXIS_FONT_PX * 0.8]

    def drawBackground(self, painter: QPainter, rect: QRectF) -> None:
        painter.fillRect(rect, QColor("white"))
        half_w, half_h = BOARD_W / 2, BOARD_H / 2
        tints = {(1, 0): "#E5F2E5", (0, 0): "#EEF3F8", (1, 1): "#F6F6F2", (0, 1): "#F4F4F4"}
        for (col, row), colour in tints.items():
            painter.fillRect(QRectF(col * half_w, row * half_h, half_w, half_h), QColor(colour))
        painter.setPen(QPen(QColor("#DADADA"), 1))
        for tenth in range(1, 10):
            painter.drawLine(QPointF(tenth * BOARD_W / 10, 0), QPointF(tenth * BOARD_W / 10,
                                                                       BOARD_H))
            painter.drawLine(QPointF(0, tenth * BOARD_H / 10), QPointF(BOARD_W,
                                                                       tenth * BOARD_H / 10))
        painter.setPen(QPen(QColor("#8A8A8A"), 3))
        painter.drawLine(QPointF(half_w, 0), QPointF(half_w, BOARD_H))
        painter.drawLine(QPointF(0, half_h), QPointF(BOARD_W, half_h))
        painter.setPen(QPen(INK, 3))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(QRectF(0, 0, BOARD_W, BOARD_H))
        self._draw_labels(painter, half_w, half_h)

    def _draw_labels(self, painter: QPainter, half_w: float, half_h: float) -> None:
        if self.markers:   # the projector: names are text items, the axes are outside
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setFont(font_px(QUADRANT_FONT_PX, bold=True))
        painter.setPen(MUTED_INK)
        for name, box, align in self._corners():
            painter.drawText(box, int(align | Qt.AlignmentFlag.AlignVCenter), name)
        painter.setPen(INK)
        _axis(painter, QRectF(0, BOARD_H + 8, BOARD_W, MARGIN_BOTTOM - 10), self.block.x_label,
              translate("Grid", "◀ harder"), translate("Grid", "easier ▶"))
        painter.save()
        painter.translate(-MARGIN_LEFT + 8, BOARD_H)
        painter.rotate(-90)
        _axis(painter, QRectF(0, 0, BOARD_H, MARGIN_LEFT - 14), self.block.y_label,
              translate("Grid", "◀ lower"), translate("Grid", "higher ▶"))
        painter.restore()


class BoardView(QGraphicsView):
    """Fits the board to the widget; arrow keys, Tab and Delete act on the selected card."""

    def __init__(self, scene: BoardScene, parent: QWidget | None = None, *,
                 screen_share: float = 0.8) -> None:
        super().__init__(scene, parent)
        self.board = scene
        self.screen_share = screen_share
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setCacheMode(QGraphicsView.CacheModeFlag.CacheBackground)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus if scene.interactive
                            else Qt.FocusPolicy.NoFocus)
        self.setMinimumSize(320, 230)
        self._held: tuple[str, tuple[float, float]] | None = None   # card glided by a held key
        self._watched: QWidget | None = None     # the projector sheet's viewport
        policy = self.sizePolicy()
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        """As tall as the board needs at this width (no empty bands), but never taller than
        most of the screen, so that the whole board shows without scrolling."""
        rect = self.sceneRect()
        wanted = round(width * rect.height() / rect.width()) + 2 * self.frameWidth()
        screen = self.screen()
        limit = round(screen.availableGeometry().height() * self.screen_share) if screen else wanted
        room = self._room_below() if not self.board.interactive else None
        if room is not None:   # the projector's sheet: exactly the room it has
            limit = room
        return max(self.minimumHeight(), min(wanted, limit))

    def _watch_sheet(self) -> None:
        """On the projector, follow the sheet's size: a taller or shorter window re-fits the
        board (heightForWidth reads the room left in it)."""
        area = self.parentWidget()
        while area is not None and not isinstance(area, QScrollArea):
            area = area.parentWidget()
        if isinstance(area, QScrollArea) and area.viewport() is not self._watched:
            self._watched = area.viewport()
            self._watched.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._watched and event.type() == QEvent.Type.Resize:
            self.updateGeometry()
        return super().eventFilter(watched, event)

    def _room_below(self) -> int | None:
        """On the projector: the height left under the board's top in the scrolling sheet that
        holds it, so that the whole board shows without scrolling (None outside one)."""
        area = self.parentWidget()
        while area is not None and not isinstance(area, QScrollArea):
            area = area.parentWidget()
        body = area.widget() if isinstance(area, QScrollArea) else None
        if area is None or body is None or not body.isAncestorOf(self):
            return None
        top = self.mapTo(body, QPoint(0, 0)).y()
        return area.viewport().height() - top - 24

    def sizeHint(self) -> QSize:
        return QSize(900, self.heightForWidth(900))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def showEvent(self, event: object) -> None:
        super().showEvent(event)  # type: ignore[arg-type]
        if not self.board.interactive:
            self._watch_sheet()
        self._fit()

    def _fit(self) -> None:
        self.fitInView(self.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)
        self.board.set_view_scale(self.transform().m11())

    def focusNextPrevChild(self, next: bool) -> bool:
        """Tab walks the cards on the board, then leaves the board after the last one."""
        if not self.board.interactive or not self.hasFocus():
            return super().focusNextPrevChild(next)
        order = self.board.walk_order()
        current = self.board.selected_card()
        if current in order:
            index = order.index(current) + (1 if next else -1)
        else:
            index = 0 if next else len(order) - 1
        if 0 <= index < len(order):
            self.board.select(order[index].ref)
            return True
        self.board.clearSelection()
        return super().focusNextPrevChild(next)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        card = self.board.selected_card() if self.board.interactive else None
        key = Qt.Key(event.key())
        if card is not None and key in ARROWS:
            old = card.place
            big = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
            new = step(*old, *ARROWS[key], big=big)
            if event.isAutoRepeat():
                # A held key glides the card and commits once, on release (one fsync, not 30/s).
                if self._held is None:
                    self._held = (card.ref, old)
                card.place = new
                card.setPos(to_scene(*new))
                self.board.card_dragging.emit(card.ref, *new)
            elif new != old:
                card.place = new
                card.setPos(to_scene(*new))
                self.board.note_moved(card.ref)
                self.board.card_moved.emit(card.ref, old, new, True)
            event.accept()
            return
        if card is not None and key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.board.card_returned.emit(card.ref)
            event.accept()
            return
        super().keyPressEvent(event)

    def keyReleaseEvent(self, event: QKeyEvent) -> None:
        if not event.isAutoRepeat():
            self.commit_held()
        super().keyReleaseEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.commit_held()
        super().focusOutEvent(event)

    def commit_held(self) -> None:
        held, self._held = self._held, None
        if held is None:
            return
        ref, old = held
        item = self.board.cards.get(ref)
        if item is not None and item.place != old:
            self.board.note_moved(ref)
            self.board.card_moved.emit(ref, old, item.place, True)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        item = self.itemAt(event.pos())
        if not self.board.interactive or not isinstance(item, CardItem) or not item.isEnabled():
            super().contextMenuEvent(event)
            return
        self.board.select(item.ref)
        menu = QMenu(self)
        back = menu.addAction(QCoreApplication.translate("Grid", "Return to the tray"))
        back.setShortcut(QKeySequence(Qt.Key.Key_Delete))
        if menu.exec(event.globalPos()) is back:
            self.board.card_returned.emit(item.ref)


def _axis(painter: QPainter, rect: QRectF, label: str, low: str, high: str) -> None:
    """An axis's name in the middle of `rect`, its low and high ends at either side."""
    painter.setFont(font_px(AXIS_FONT_PX, bold=True))
    painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), label)
    painter.setFont(font_px(AXIS_FONT_PX * 0.8))
    middle = Qt.AlignmentFlag.AlignVCenter
    painter.drawText(rect, int(Qt.AlignmentFlag.AlignLeft | middle), low)
    painter.drawText(rect, int(Qt.AlignmentFlag.AlignRight | middle), high)
