"""A table view that types like a spreadsheet: the paper round trip is keyboard-only.

Typing starts editing; Tab / Shift+Tab move right / left (wrapping to the next row); Enter commits
and moves down; Delete clears the selection; Ctrl+C / Ctrl+V copy and paste tab-separated ranges
from and to spreadsheets. The model does the edits (see `TableModel.paste` / `clear`).
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QItemSelectionModel,
    QModelIndex,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QSizePolicy,
    QTableView,
    QWidget,
)

from facilitator.ui.worksheets.kit.cell_parse import parse_tsv, to_tsv

ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
TABLE_KEYS = QT_TRANSLATE_NOOP("Worksheet", "Type to fill the selected cell; Tab and Shift+Tab go "
                               "to the next or previous cell, and out of the table after the "
                               "last; Enter goes down; Space ticks a box; Delete clears; Ctrl+C "
                               "and Ctrl+V copy and paste")


class RangeModel(Protocol):
    def copy_grid(self, top: int, left: int, bottom: int, right: int) -> list[list[str]]: ...
    def paste(self, top: int, left: int, grid: list[list[str]]) -> int: ...
    def clear(self, indexes: list[QModelIndex]) -> None: ...


class WorksheetView(QTableView):
    past_end = Signal()  # Tab or Enter from the last row: an open table may add a row

    def __init__(self, parent: QWidget | None = None, *, readonly: bool = False) -> None:
        super().__init__(parent)
        self.readonly = readonly
        self.max_height = 700
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Maximum)
        self.verticalHeader().sectionResized.connect(lambda *_: self.updateGeometry())
        self.setWordWrap(True)
        self.setTabKeyNavigation(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ContiguousSelection)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        if readonly:
            self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
            self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        else:
            self.setAccessibleDescription(QCoreApplication.translate("Worksheet", TABLE_KEYS))
            self.setEditTriggers(QAbstractItemView.EditTrigger.AnyKeyPressed
                                 | QAbstractItemView.EditTrigger.DoubleClicked
                                 | QAbstractItemView.EditTrigger.EditKeyPressed)

    def sizeHint(self) -> QSize:
        """As tall as the rows (up to a screenful), so a short table leaves no empty box."""
        hint = super().sizeHint()
        rows = self.verticalHeader().length() if self.model() is not None else 0
        height = rows + self.horizontalHeader().height() + 2 * self.frameWidth() + 4
        if self.horizontalScrollBar().isVisible():
            height += self.horizontalScrollBar().height()
        return QSize(hint.width(), min(height, self.max_height))

    def minimumSizeHint(self) -> QSize:
        return QSize(super().minimumSizeHint().width(), min(self.sizeHint().height(), 160))

    def _range_model(self) -> RangeModel | None:
        model = self.model()
        return model if hasattr(model, "paste") else None  # type: ignore[return-value]

    # --- moving --------------------------------------------------------------------------
    def move_to(self, row: int, col: int, *, select: bool = True) -> None:
        index = self.model().index(row, col)
        if index.isValid():
            flag = (QItemSelectionModel.SelectionFlag.ClearAndSelect if select
                    else QItemSelectionModel.SelectionFlag.NoUpdate)
            self.selectionModel().setCurrentIndex(index, flag)
            self.scrollTo(index)

    def move_down(self, *, grow: bool = False) -> None:
        current = self.currentIndex()
        if not current.isValid():
            return
        if grow and current.row() + 1 >= self.model().rowCount():
            self.past_end.emit()
        self.move_to(current.row() + 1, current.column())

    def _enterable(self, row: int, col: int) -> bool:
        flags = self.model().flags(self.model().index(row, col))
        return bool(flags & (Qt.ItemFlag.ItemIsEditable | Qt.ItemFlag.ItemIsUserCheckable))

    def moveCursor(self, action: QAbstractItemView.CursorAction,
                   modifiers: Qt.KeyboardModifier) -> QModelIndex:
        """Tab and Shift+Tab skip labels and fixed text: they go to the next cell to fill in."""
        cursor = QAbstractItemView.CursorAction
        current = self.currentIndex()
        model = self.model()
        if action not in (cursor.MoveNext, cursor.MovePrevious) or not current.isValid():
            return super().moveCursor(action, modifiers)
        cols = model.columnCount()
        step = 1 if action == cursor.MoveNext else -1
        at = current.row() * cols + current.column() + step
        while 0 <= at < model.rowCount() * cols:
            if self._enterable(at // cols, at % cols):
                return model.index(at // cols, at % cols)
            at += step
        return current

    def closeEditor(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:
        edit_hint = QAbstractItemDelegate.EndEditHint
        at_end = self._at_last_cell()
        if hint == edit_hint.SubmitModelCache:  # Enter: like a spreadsheet, go down
            super().closeEditor(editor, edit_hint.NoHint)
            self.move_down()
            return
        if hint == edit_hint.EditNextItem and at_end:
            super().closeEditor(editor, edit_hint.NoHint)
            if not self._grow_past_end():
                self.focusNextChild()   # nowhere to grow: Tab goes on to the next control
            return
        super().closeEditor(editor, hint)

    def _grow_past_end(self) -> bool:
        """Tab from the last cell: an open table whose last row has something in it grows by a
        row and the cursor goes there (True). Otherwise (a fixed table, or a blank last row)
        nothing grows, so that Tab can leave the table: it is never a keyboard trap."""
        rows = self.model().rowCount()
        if rows and self._row_is_blank(rows - 1):
            return False
        self.past_end.emit()
        if self.model().rowCount() <= rows:
            return False
        self.move_to(rows, self._first_editable_column())
        return True

    def _row_is_blank(self, row: int) -> bool:
        model = self.model()
        for col in range(model.columnCount()):
            if not self._enterable(row, col):
                continue
            index = model.index(row, col)
            if index.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked:
                return False
            if str(index.data(Qt.ItemDataRole.DisplayRole) or "").strip():
                return False
        return True

    def _first_editable_column(self) -> int:
        for col in range(self.model().columnCount()):
            if self._enterable(0, col):
                return col
        return 0

    # --- keys ----------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.readonly:
            super().keyPressEvent(event)
            return
        model = self._range_model()
        if model is not None and event.matches(QKeySequence.StandardKey.Copy):
            self.copy_selection()
            return
        if model is not None and event.matches(QKeySequence.StandardKey.Paste):
            self.paste_clipboard()
            return
        if model is not None and event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) \
                and self.state() != QAbstractItemView.State.EditingState:
            model.clear(self.selectedIndexes() or [self.currentIndex()])
            return
        if event.key() in ENTER_KEYS and self.state() != QAbstractItemView.State.EditingState \
                and not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.move_down()
            return
        if self.model().rowCount() == 0 and event.text().strip():
            self.past_end.emit()  # typing into an empty open table starts its first row
            if self.model().rowCount():
                self.move_to(0, self._first_editable_column())
        if event.key() == Qt.Key.Key_Tab and not event.modifiers() and self._at_last_cell():
            if not self._grow_past_end():
                event.ignore()   # the focus moves on to the next control
            return
        super().keyPressEvent(event)

    def _at_last_cell(self) -> bool:
        current = self.currentIndex()
        return current.isValid() and self.moveCursor(
            QAbstractItemView.CursorAction.MoveNext, Qt.KeyboardModifier.NoModifier) == current

    def selection_bounds(self) -> tuple[int, int, int, int] | None:
        indexes = self.selectedIndexes() or ([self.currentIndex()]
                                             if self.currentIndex().isValid() else [])
        if not indexes:
            return None
        rows = [i.row() for i in indexes]
        cols = [i.column() for i in indexes]
        return min(rows), min(cols), max(rows), max(cols)

    def copy_selection(self) -> str:
        model, bounds = self._range_model(), self.selection_bounds()
        if model is None or bounds is None:
            return ""
        text = to_tsv(model.copy_grid(*bounds))
        QGuiApplication.clipboard().setText(text)
        return text

    def paste_clipboard(self, text: str | None = None) -> None:
        model = self._range_model()
        bounds = self.selection_bounds()
        if model is None:
            return
        grid = parse_tsv(QGuiApplication.clipboard().text() if text is None else text)
        top, left = (bounds[0], bounds[1]) if bounds else (0, self._first_editable_column())
        model.paste(top, left, grid)
