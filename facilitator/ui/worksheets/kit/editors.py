"""Typed cell editors for worksheet tables, and the placeholder hints of empty cells.

Keys work like a spreadsheet: Tab commits and moves right, Enter commits and moves down (the view
does the moving), Shift+Enter starts a new line in long text, Escape cancels. A cell is committed
when it is left, never per keystroke.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QKeyEvent, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QApplication,
    QCalendarWidget,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPlainTextEdit,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QToolButton,
    QWidget,
    QWidgetAction,
)

from facilitator.domain.cells import cell_text
from facilitator.domain.template import Column, ColumnType
from facilitator.ui.kit.submit_line import undo_for_the_window
from facilitator.ui.worksheets.kit.cell_parse import parse_date
from facilitator.ui.worksheets.kit.roles import ColumnRole, HintRole

AnyIndex = QModelIndex | QPersistentModelIndex
ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
HINT_ON_PROJECTOR = QColor("#3a3a3a")  # the template's prompts, readable from the back


class LongTextEditor(QPlainTextEdit):
    """Multi-line text with word wrap; Enter finishes, Shift+Enter breaks the line."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setTabChangesFocus(True)


class DateEditor(QWidget):
    """Type a date (YYYY-MM-DD or M/D/YYYY) or pick it from a calendar (Alt+Down)."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.line = QLineEdit(self)
        self.line.setPlaceholderText(QCoreApplication.translate("Worksheet", "YYYY-MM-DD"))
        self.line.setAccessibleName(QCoreApplication.translate("Worksheet", "Date"))
        self.button = QToolButton(self)
        self.button.setText("▾")
        self.button.setAccessibleName(QCoreApplication.translate(
            "Worksheet", "Pick a date from the calendar"))
        self.button.setToolTip(QCoreApplication.translate("Worksheet", "Pick a date (Alt+Down)"))
        self.calendar = QCalendarWidget()
        self.calendar.setAccessibleName(QCoreApplication.translate("Worksheet", "Calendar"))
        menu = QMenu(self.button)
        action = QWidgetAction(menu)
        action.setDefaultWidget(self.calendar)
        menu.addAction(action)
        self.menu = menu
        self.button.setMenu(menu)
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.calendar.clicked.connect(self._picked)
        self.calendar.activated.connect(self._picked)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.line)
        layout.addWidget(self.button)
        self.setFocusProxy(self.line)

    def text(self) -> str:
        return parse_date(self.line.text().strip())

    def set_text(self, text: str) -> None:
        self.line.setText(text)
        self.line.selectAll()
        if text:
            picked = QDate.fromString(text, "yyyy-MM-dd")
            if picked.isValid():
                self.calendar.setSelectedDate(picked)

    def open_calendar(self) -> None:
        self.button.showMenu()

    def _picked(self, day: QDate) -> None:
        self.line.setText(day.toString("yyyy-MM-dd"))
        self.menu.hide()
        self.line.setFocus()


class MultiChoiceEditor(QListWidget):
    """Tick any number of choices (Space toggles the highlighted one)."""

    def __init__(self, parent: QWidget, choices: tuple[str, ...]) -> None:
        super().__init__(parent)
        for choice in choices:
            item = QListWidgetItem(choice, self)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)

    def values(self) -> list[str]:
        return [self.item(i).text() for i in range(self.count())
                if self.item(i).checkState() == Qt.CheckState.Checked]

    def set_values(self, values: list[str]) -> None:
        for i in range(self.count()):
            item = self.item(i)
            item.setCheckState(Qt.CheckState.Checked if item.text() in values
                               else Qt.CheckState.Unchecked)
        self.setCurrentRow(0)


class CellKeysDelegate(QStyledItemDelegate):
    """A delegate whose editors finish like a spreadsheet's: Tab / Shift+Tab commit and move,
    Enter commits at once (Qt's own delegate commits on a later turn of the event loop) and
    moves down, Esc cancels. Its date editors (a line plus a calendar button) behave like one
    cell: Alt+Down opens the calendar, leaving the editor commits. Install with
    `editor.line.installEventFilter(delegate)`."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(watched, QWidget) and undo_for_the_window(watched, event):
            event.ignore()  # a cell editor just opened: Ctrl+Z undoes the last edit
            return True
        if isinstance(watched, QLineEdit) and isinstance(watched.parent(), DateEditor):
            date_editor = watched.parent()
            assert isinstance(date_editor, DateEditor)
            if isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress:
                alt = event.modifiers() & Qt.KeyboardModifier.AltModifier
                if event.key() == Qt.Key.Key_Down and alt:
                    date_editor.open_calendar()
                    return True
                if event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab, *ENTER_KEYS,
                                   Qt.Key.Key_Escape):
                    return self._finish(date_editor, event)
            if event.type() == QEvent.Type.FocusOut and not date_editor.menu.isVisible():
                focus = QApplication.focusWidget()
                while focus is not None and focus is not date_editor:
                    focus = focus.parentWidget()
                if focus is None:  # focus left the editor: the cell is finished
                    self.commitData.emit(date_editor)
                    self.closeEditor.emit(date_editor, QAbstractItemDelegate.EndEditHint.NoHint)
            return False
        if isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress and \
                isinstance(watched, QWidget):
            if event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
                return self._finish(watched, event)  # Qt leaves Tab to text edits: move on
            if event.key() in ENTER_KEYS:
                if isinstance(watched, QComboBox) and watched.view().isVisible():
                    return False  # Enter picks from the open list first
                return self._finish(watched, event)  # commit now, not on a queued call
        return super().eventFilter(watched, event)

    def _finish(self, editor: QWidget, key: QKeyEvent) -> bool:
        hint = QAbstractItemDelegate.EndEditHint
        if key.key() == Qt.Key.Key_Escape:
            self.closeEditor.emit(editor, hint.RevertModelCache)
            return True
        self.commitData.emit(editor)
        if key.key() == Qt.Key.Key_Tab:
            self.closeEditor.emit(editor, hint.EditNextItem)
        elif key.key() == Qt.Key.Key_Backtab:
            self.closeEditor.emit(editor, hint.EditPreviousItem)
        else:
            self.closeEditor.emit(editor, hint.SubmitModelCache)
        return True


class CellDelegate(CellKeysDelegate):
    def __init__(self, parent: QObject, people: Callable[[], list[str]]) -> None:
        super().__init__(parent)
        self._people = people

    # --- editors -------------------------------------------------------------------------
    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: AnyIndex) -> QWidget | None:
        column: Column | None = index.data(ColumnRole)
        if column is None:  # a plain model (tally, themes): Qt's editor, our keys
            return super().createEditor(parent, option, index)
        if column.type is ColumnType.CHECKBOX:
            return None
        hint = index.data(HintRole) or ""
        editor: QWidget
        if column.type is ColumnType.LONGTEXT:
            editor = LongTextEditor(parent)
            editor.setPlaceholderText(hint)
        elif column.type is ColumnType.CHOICE:
            editor = QComboBox(parent)
            editor.addItems(["", *column.choices])
        elif column.type is ColumnType.MULTICHOICE:
            editor = MultiChoiceEditor(parent, column.choices)
        elif column.type is ColumnType.DATE:
            editor = DateEditor(parent)
            editor.line.installEventFilter(self)
        elif column.type is ColumnType.PERSON:
            editor = QComboBox(parent)
            editor.setEditable(True)
            editor.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
            editor.addItems(["", *self._people()])
            line = editor.lineEdit()
            line.setPlaceholderText(hint or QCoreApplication.translate("Worksheet",
                                                                       "a participant's name"))
        else:
            editor = QLineEdit(parent)
            editor.setPlaceholderText(hint)
            if column.type is ColumnType.NUMBER:
                editor.setAlignment(Qt.AlignmentFlag.AlignRight)
        editor.setAccessibleName(column.label)
        editor.setProperty("cellEditor", True)
        return editor

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:
        value: Any = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, LongTextEditor):
            editor.setPlainText(str(value or ""))
            editor.selectAll()
        elif isinstance(editor, MultiChoiceEditor):
            editor.set_values(list(value or []))
        elif isinstance(editor, DateEditor):
            editor.set_text(str(value or ""))
        elif isinstance(editor, QComboBox):
            text = str(value or "")
            if editor.isEditable():
                editor.setEditText(text)
                editor.lineEdit().selectAll()
            else:
                editor.setCurrentIndex(max(0, editor.findText(text)))
        elif isinstance(editor, QLineEdit):
            editor.setText(cell_text(value))
            editor.selectAll()

    def setModelData(self, editor: QWidget, model: Any, index: AnyIndex) -> None:
        value: Any
        if isinstance(editor, LongTextEditor):
            value = editor.toPlainText()
        elif isinstance(editor, MultiChoiceEditor):
            value = editor.values()
        elif isinstance(editor, DateEditor):
            value = editor.text()
        elif isinstance(editor, QComboBox):
            value = editor.currentText().strip()
        elif isinstance(editor, QLineEdit):
            value = editor.text()
        else:
            return
        model.setData(index, value, Qt.ItemDataRole.EditRole)

    def updateEditorGeometry(self, editor: QWidget, option: QStyleOptionViewItem,
                             index: AnyIndex) -> None:
        rect = QRect(option.rect)
        if isinstance(editor, LongTextEditor):
            rect.setHeight(max(rect.height(), editor.fontMetrics().lineSpacing() * 5))
        elif isinstance(editor, MultiChoiceEditor):
            rows = max(1, editor.count())
            rect.setHeight(max(rect.height(), editor.sizeHintForRow(0) * rows + 6))
        editor.setGeometry(rect)

    # --- keys ----------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(watched, LongTextEditor) and isinstance(event, QKeyEvent) and \
                event.type() == QEvent.Type.KeyPress and event.key() in ENTER_KEYS and \
                event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            watched.insertPlainText("\n")
            return True
        return super().eventFilter(watched, event)

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        """Empty cells are as tall as their hint; long-text cells leave room to write."""
        size = super().sizeHint(option, index)
        column: Column | None = index.data(ColumnRole)
        hint = index.data(HintRole)
        metrics = option.fontMetrics
        if hint and not index.data(Qt.ItemDataRole.DisplayRole):
            view = self.parent()
            width = option.rect.width()
            if isinstance(view, QTableView):
                width = view.columnWidth(index.column())
            width = max(40, width - 10)
            box = metrics.boundingRect(QRect(0, 0, width, 10_000),
                                       int(Qt.TextFlag.TextWordWrap), hint)
            size.setHeight(max(size.height(), box.height() + 6))
        if column is not None and column.type is ColumnType.LONGTEXT:
            size.setHeight(max(size.height(), metrics.lineSpacing() * 3 + 6))
        return size

    # --- painting ------------------------------------------------------------------------
    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        super().paint(painter, option, index)
        hint = index.data(HintRole)
        if not hint or index.data(Qt.ItemDataRole.DisplayRole) or \
                index.data(Qt.ItemDataRole.CheckStateRole) is not None:
            return
        painter.save()
        font = QFont(option.font)
        font.setItalic(True)
        painter.setFont(font)
        selected = option.state & QStyle.StateFlag.State_Selected
        colors = QPalette.ColorRole
        role = colors.HighlightedText if selected else colors.PlaceholderText
        projected = getattr(self.parent(), "readonly", False)
        painter.setPen(HINT_ON_PROJECTOR if projected else option.palette.color(role))
        painter.drawText(option.rect.adjusted(4, 2, -4, -2),
                         int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop |
                             Qt.TextFlag.TextWordWrap), hint)
        painter.restore()
