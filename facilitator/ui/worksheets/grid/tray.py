"""The tray: cards not yet on the board. Drag one onto the board, or press Enter to place it in
the middle. The drag is tracked by hand (press, move, release with the mouse grabbed by the
list) rather than with QDrag, so that the drop lands exactly where the pointer is released."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPoint, QSize, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QKeyEvent, QMouseEvent, QPainter, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QListView,
    QListWidget,
    QListWidgetItem,
    QWidget,
)

from facilitator.ui.worksheets.grid.card import font_px, letter_ink

TILE_W, TILE_H = 250, 58
LABEL_CHARS = 90          # longer labels are shortened on the tile (the tooltip has them all)
REF_ROLE = Qt.ItemDataRole.UserRole
CATEGORY_ROLE = Qt.ItemDataRole.UserRole + 1


def swatch(colour: str, size: int = 18, *, mark: str = "") -> QIcon:
    """A square of the category's colour, with its letter in it (colour is never the only
    signal)."""
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(colour))
    if mark:
        painter = QPainter(pixmap)
        painter.setPen(letter_ink(QColor(colour)))
        painter.setFont(font_px(size * 0.75, bold=True))
        painter.drawText(pixmap.rect(), Qt.AlignmentFlag.AlignCenter, mark)
        painter.end()
    return QIcon(pixmap)


class CardTray(QListWidget):
    drag_moved = Signal(str, QPoint)       # ref, global position while dragging
    dropped = Signal(str, QPoint)          # ref, global position of the release
    place_requested = Signal(str)          # ref: put it in the middle of the board

    def __init__(self, parent: QWidget | None = None, *, zoom: float = 1.0) -> None:
        super().__init__(parent)
        self.setAccessibleName(QCoreApplication.translate("Grid", "Cards not yet placed"))
        self.setAccessibleDescription(QCoreApplication.translate(
            "Grid", "Enter places the selected card in the middle of the board; then the arrow "
            "keys move it"))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setDragEnabled(False)
        # Tiles in rows, like cards laid out on a table, wrapping to the width of the board.
        self.setViewMode(QListView.ViewMode.ListMode)
        self.setFlow(QListView.Flow.LeftToRight)
        self.setWrapping(True)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setWordWrap(True)
        self.setUniformItemSizes(True)
        self._tile = QSize(round(TILE_W * zoom), round(TILE_H * zoom))
        self.setGridSize(self._tile)
        self.setSpacing(2)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setFixedHeight(round((TILE_H * 2.6 + 8) * zoom))
        self.setStyleSheet(f"QListWidget {{ font-size: {round(13 * zoom)}px; }}")
        self._pressed: tuple[str, QPoint] | None = None
        self._dragging = False

    def sync(self, cards: list[tuple[str, str, str, str, str]]) -> None:
        """Show these cards (ref, label, category id, colour, category letter), keeping the
        current selection."""
        current = self.current_ref()
        self.clear()
        for ref, label, category, colour, mark in cards:
            short = label if len(label) <= LABEL_CHARS else label[:LABEL_CHARS - 1] + "…"
            item = QListWidgetItem(swatch(colour, mark=mark), short)
            item.setSizeHint(self._tile - QSize(6, 6))
            item.setData(REF_ROLE, ref)
            item.setData(CATEGORY_ROLE, category)
            item.setToolTip(label)
            if mark:
                item.setData(Qt.ItemDataRole.AccessibleDescriptionRole,
                             QCoreApplication.translate("Grid", "Category {mark}").format(
                                 mark=mark))
            self.addItem(item)
            if ref == current:
                self.setCurrentItem(item)

    def filter(self, category: str) -> None:
        for row in range(self.count()):
            item = self.item(row)
            item.setHidden(bool(category) and item.data(CATEGORY_ROLE) != category)

    def current_ref(self) -> str:
        item = self.currentItem()
        return str(item.data(REF_ROLE)) if item is not None else ""

    def item_for(self, ref: str) -> QListWidgetItem | None:
        for row in range(self.count()):
            if self.item(row).data(REF_ROLE) == ref:
                return self.item(row)
        return None

    def visible_refs(self) -> list[str]:
        return [str(self.item(r).data(REF_ROLE)) for r in range(self.count())
                if not self.item(r).isHidden()]

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) \
                and self.current_ref():
            self.place_requested.emit(self.current_ref())
            event.accept()
            return
        super().keyPressEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        super().mousePressEvent(event)
        item = self.itemAt(event.position().toPoint())
        if event.button() == Qt.MouseButton.LeftButton and item is not None:
            self._pressed = (str(item.data(REF_ROLE)), event.position().toPoint())
            self._dragging = False

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._pressed is None:
            super().mouseMoveEvent(event)
            return
        ref, start = self._pressed
        pos = event.position().toPoint()
        if not self._dragging and (pos - start).manhattanLength() \
                >= QApplication.startDragDistance():
            self._dragging = True
            self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
        if self._dragging:
            self.drag_moved.emit(ref, self.viewport().mapToGlobal(pos))

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        pressed, dragging = self._pressed, self._dragging
        self._pressed, self._dragging = None, False
        self.viewport().unsetCursor()
        if pressed is not None and dragging:
            self.dropped.emit(pressed[0], self.viewport().mapToGlobal(event.position().toPoint()))
            event.accept()
            return
        super().mouseReleaseEvent(event)
