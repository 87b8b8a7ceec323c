"""The `themes` worksheet: key themes, a headline and a paragraph each, in the room's order.

Typed like a table (Tab / Enter, typing starts editing; Tab past the last paragraph adds the
next theme). The projector shows the themes as numbered headlines with their paragraphs.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from facilitator.domain.snapshot import Theme
from facilitator.domain.template import Column, ColumnType, ThemesBlock
from facilitator.services import themes
from facilitator.services.changes import Changed
from facilitator.services.errors import ServiceError
from facilitator.ui.worksheets.kit.context import BlockContext
from facilitator.ui.worksheets.kit.editors import CellDelegate
from facilitator.ui.worksheets.kit.roles import ColumnRole, HintRole
from facilitator.ui.worksheets.kit.unsaved import UnsavedValues
from facilitator.ui.worksheets.kit.worksheet_style import (
    apply_style,
    button_row,
    heading,
    note,
    scaled_font,
)
from facilitator.ui.worksheets.kit.worksheet_view import WorksheetView
from facilitator.ui.worksheets.themes.commands import AddTheme, MoveTheme, RemoveTheme, SetTheme

AnyIndex = QModelIndex | QPersistentModelIndex
COLUMNS = (Column("headline", QT_TRANSLATE_NOOP("Worksheet", "Theme"), ColumnType.TEXT,
                  hint=QT_TRANSLATE_NOOP("Worksheet", "A headline")),
           Column("body", QT_TRANSLATE_NOOP("Worksheet", "What we heard"), ColumnType.LONGTEXT,
                  hint=QT_TRANSLATE_NOOP("Worksheet", "A paragraph")))


class ThemesModel(QAbstractTableModel):
    def __init__(self, ctx: BlockContext, block: ThemesBlock) -> None:
        super().__init__()
        self.ctx, self.block = ctx, block
        self.themes: list[Theme] = []
        self.unsaved = UnsavedValues(self, self._repaint)   # typed, not taken by the file

    def reload(self) -> None:
        try:
            fresh = themes.read_themes(self.ctx.ws, self.block.id, meeting=self.ctx.meeting_id)
        except ServiceError as exc:
            self.ctx.hub.failed.emit(str(exc))
            return
        if [t.id for t in fresh] == [t.id for t in self.themes]:
            self.themes = fresh
            if fresh:
                self.dataChanged.emit(self.index(0, 0), self.index(len(fresh) - 1, 1))
            return
        self.beginResetModel()
        self.themes = fresh
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.themes)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        column = COLUMNS[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            theme = self.themes[index.row()]
            return self.unsaved.shown((theme.id, column.id), getattr(theme, column.id))
        if role == ColumnRole:
            return column
        if role == HintRole:
            return QCoreApplication.translate("Worksheet", column.hint)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return QCoreApplication.translate("Worksheet", COLUMNS[section].label)
        return str(section + 1)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return base if self.ctx.readonly else base | Qt.ItemFlag.ItemIsEditable

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or self.ctx.readonly or not index.isValid():
            return False
        theme = self.themes[index.row()]
        field = COLUMNS[index.column()].id
        text = str(value).strip()
        old = getattr(theme, field)
        if text == old:
            self.unsaved.typed_back((theme.id, field))
            return False
        return self.unsaved.push(self.ctx.undo, SetTheme(self.ctx.ws, self.ctx.hub, theme.id,
                                                         field, text, old), (theme.id, field), text)

    def _repaint(self, cell: object) -> None:
        theme_id = cell[0] if isinstance(cell, tuple) else None
        row = next((n for n, t in enumerate(self.themes) if t.id == theme_id), None)
        if row is not None:
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))


class ThemesWorksheet(QWidget):
    def __init__(self, ctx: BlockContext, block: ThemesBlock) -> None:
        super().__init__()
        self.ctx, self.block = ctx, block
        self.model = ThemesModel(ctx, block)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading(block.title, ctx.zoom, ctx.readonly))
        for text in (block.instructions, block.prompt):
            if text:
                layout.addWidget(note(text))
        self.view = WorksheetView(self, readonly=ctx.readonly)
        self.view.setModel(self.model)
        self.view.setItemDelegate(CellDelegate(self.view, lambda: []))
        self.view.setAccessibleName(block.title)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self.view.setColumnWidth(0, int(280 * ctx.zoom))
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.projected = QVBoxLayout()  # the presenter's numbered themes
        if ctx.readonly:
            self.view.hide()
            layout.addLayout(self.projected)
        else:
            layout.addLayout(self._buttons())
            layout.addWidget(self.view)
        layout.addStretch(1)
        apply_style(self, ctx.zoom, ctx.readonly)
        self.view.past_end.connect(self.add_theme)
        self.model.modelReset.connect(self._refresh)
        self.model.dataChanged.connect(self._refresh)
        ctx.hub.changed.connect(self._on_changed)
        self.model.reload()
        self._refresh()

    def _buttons(self) -> QHBoxLayout:
        return button_row(self, self.block.title, [
            (QCoreApplication.translate("Worksheet", "Add theme"), "Ctrl+I", self.add_theme),
            (QCoreApplication.translate("Worksheet", "Remove theme"), "Ctrl+Delete",
             self.remove_theme),
            (QCoreApplication.translate("Worksheet", "Move up"), "Alt+Up",
             lambda: self.move_theme(-1)),
            (QCoreApplication.translate("Worksheet", "Move down"), "Alt+Down",
             lambda: self.move_theme(1))])

    def _on_changed(self, changed: Changed) -> None:
        if changed.block_id == self.block.id:
            self.model.reload()

    def _refresh(self, *_: object) -> None:
        self.view.resizeRowsToContents()
        if not self.ctx.readonly:
            return
        while self.projected.count():
            item = self.projected.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        for number, theme in enumerate(self.model.themes, start=1):
            title = QLabel(f"{number}. {theme.headline}")
            title.setTextFormat(Qt.TextFormat.PlainText)
            title.setWordWrap(True)
            font = scaled_font(self.ctx.zoom * 1.15, True)
            font.setBold(True)
            title.setFont(font)
            self.projected.addWidget(title)
            if theme.body:
                body = note(theme.body)
                body.setContentsMargins(24, 0, 0, 12)
                self.projected.addWidget(body)

    def _current_row(self) -> int:
        current = self.view.currentIndex()
        return current.row() if current.isValid() else -1

    def add_theme(self) -> None:
        if self.ctx.readonly:
            return
        self.ctx.undo.push(AddTheme(self.ctx.ws, self.ctx.hub, self.block.id,
                                    self.ctx.meeting_id))
        self.view.move_to(self.model.rowCount() - 1, 0)
        self.view.setFocus()

    def remove_theme(self) -> None:
        row = self._current_row()
        if row < 0 or self.ctx.readonly:
            return
        self.ctx.undo.push(RemoveTheme(self.ctx.ws, self.ctx.hub, self.block.id,
                                       self.model.themes[row].id))
        self.view.move_to(min(row, self.model.rowCount() - 1), 0)

    def move_theme(self, step: int) -> None:
        row = self._current_row()
        target = row + step
        if row < 0 or not 0 <= target < self.model.rowCount():
            return
        col = self.view.currentIndex().column()
        self.ctx.undo.push(MoveTheme(self.ctx.ws, self.ctx.hub, self.model.themes[row].id, row,
                                     target))
        self.view.move_to(target, col)

    def projected_text(self) -> list[str]:
        """What the projector shows, label by label (for tests)."""
        out = []
        for i in range(self.projected.count()):
            widget = self.projected.itemAt(i).widget()
            if isinstance(widget, QLabel):
                out.append(widget.text())
        return out


def create(ctx: BlockContext, block: ThemesBlock) -> QWidget:
    return ThemesWorksheet(ctx, block)
