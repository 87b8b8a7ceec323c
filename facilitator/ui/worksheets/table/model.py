"""A table worksheet as a Qt model: a thin adapter over `services.tables`.

The model holds only what it last read from the file. An edit pushes an undo command (which calls
the service); the command's `Changed` comes back on the hub and the model re-reads. So the screen
shows what was committed, after undo too.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass, replace
from enum import Enum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from facilitator.domain.cells import CellError, check_cell, empty_value, shown_text
from facilitator.domain.snapshot import CellValue, TableRowData
from facilitator.domain.template import Column, ColumnType, Row, TableBlock
from facilitator.services import table_edits, tables
from facilitator.services.changes import Changed, ChangeKind
from facilitator.services.errors import ServiceError
from facilitator.services.table_edits import NewRow
from facilitator.services.tables import CellEdit, CellsChanged
from facilitator.ui.kit.local_dates import deadline_words
from facilitator.ui.worksheets.kit.cell_parse import copy_text, value_from_text
from facilitator.ui.worksheets.kit.context import BlockContext
from facilitator.ui.worksheets.kit.roles import ColumnRole, HintRole, RowKeyRole
from facilitator.ui.worksheets.kit.stored_words import StoredWords
from facilitator.ui.worksheets.kit.unsaved import UnsavedValues
from facilitator.ui.worksheets.table.commands import PasteRange, SetCells, Sheet

AnyIndex = QModelIndex | QPersistentModelIndex
_R = Qt.ItemDataRole
ANSWERED = frozenset({int(r) for r in (_R.DisplayRole, _R.EditRole, _R.CheckStateRole,
                                       _R.ToolTipRole, _R.TextAlignmentRole,
                                       _R.AccessibleTextRole)} | {ColumnRole, HintRole,
                                                                  RowKeyRole})


class Part(Enum):
    GROUP = "group"
    LABEL = "label"
    CELL = "cell"


@dataclass(frozen=True)
class ModelColumn:
    part: Part
    column: Column | None = None
    title: str = ""


def model_columns(block: TableBlock) -> list[ModelColumn]:
    out: list[ModelColumn] = []
    if block.fixed and any(r.group for r in block.rows):
        out.append(ModelColumn(Part.GROUP, title=""))
    if block.fixed:
        out.append(ModelColumn(Part.LABEL, title=block.row_header))
    out += [ModelColumn(Part.CELL, c, c.label) for c in block.columns]
    return out


class TableModel(QAbstractTableModel):
    def __init__(self, ctx: BlockContext, block: TableBlock,
                 participant: int | None = None) -> None:
        super().__init__()
        self.ctx, self.block = ctx, block
        self.participant = participant
        self.columns = model_columns(block)
        self.rows: list[TableRowData] = []
        self.unsaved = UnsavedValues(self, self._repaint_cell)   # typed, not taken by the file
        self._template_rows: dict[str, Row] = {r.id: r for r in block.rows}
        self.words = StoredWords(ctx.ws, block)   # choices shown in the workshop's language
        self.reload()

    # --- reading -------------------------------------------------------------------------
    @property
    def sheet(self) -> Sheet:
        return Sheet(self.ctx.ws, self.block.id, self.ctx.meeting_id, self.participant)

    def reload(self) -> None:
        """Re-read from the file; a layout change resets, a value change only repaints."""
        try:
            rows = tables.read_table(self.ctx.ws, self.block.id, meeting=self.ctx.meeting_id,
                                     participant=self.participant)
        except ServiceError as exc:
            self.ctx.hub.failed.emit(str(exc))
            return
        if [r.key for r in rows] == [r.key for r in self.rows]:
            before, self.rows = self.rows, rows
            last = len(self.columns) - 1
            for number, (old, now) in enumerate(zip(before, rows, strict=True)):
                if old.cells != now.cells:  # repaint (and re-measure) only what changed
                    self.dataChanged.emit(self.index(number, 0), self.index(number, last))
            return
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def set_participant(self, participant: int | None) -> None:
        self.participant = participant
        self.beginResetModel()
        self.rows = []
        self.endResetModel()
        self.reload()

    def on_changed(self, changed: Changed) -> None:
        if changed.block_id != self.block.id:
            return
        if isinstance(changed, CellsChanged):
            if changed.meeting_id == self.ctx.meeting_id and \
                    changed.participant == self.participant:
                self.show_rows(changed.rows)
            return  # another participant's copy: nothing on this screen changed
        if changed.what == ChangeKind.CELLS and changed.ids:
            self.reload_rows([str(key) for key in changed.ids])
        else:
            self.reload()

    def reload_rows(self, keys: list[str]) -> None:
        """Re-read only the rows an edit named (cells changed, no rows came or went)."""
        where = {r.key: n for n, r in enumerate(self.rows)}
        if any(key not in where for key in keys):
            self.reload()
            return
        try:
            fresh = table_edits.read_rows(self.ctx.ws, self.block.id, keys,
                                          meeting=self.ctx.meeting_id,
                                          participant=self.participant)
        except ServiceError as exc:
            self.ctx.hub.failed.emit(str(exc))
            return
        self.show_rows(fresh)

    def show_rows(self, fresh: dict[str, dict[str, CellValue]]) -> None:
        """Show rows as committed; a row this model does not hold means: read it all again."""
        where = {r.key: n for n, r in enumerate(self.rows)}
        if any(key not in where for key in fresh):
            self.reload()
            return
        last = len(self.columns) - 1
        for key, cells in fresh.items():
            number = where[key]
            old = self.rows[number]
            if old.cells != cells:
                self.rows[number] = replace(old, cells=cells)
                self.dataChanged.emit(self.index(number, 0), self.index(number, last))

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def column_at(self, index: AnyIndex) -> Column | None:
        return self.columns[index.column()].column

    def first_cell_column(self) -> int:
        return next(i for i, c in enumerate(self.columns) if c.part is Part.CELL)

    def template_row(self, row: int) -> Row | None:
        return self._template_rows.get(self.rows[row].key) if self.block.fixed else None

    def fixed_value(self, row: int, column: Column) -> str | None:
        template_row = self.template_row(row)
        if template_row is None:
            return None
        return template_row.values.get(column.id)

    def value(self, row: int, column: Column) -> CellValue:
        return self.rows[row].cells.get(column.id, empty_value(column))

    def hint(self, row: int, column: Column) -> str:
        template_row = self.template_row(row)
        if template_row is not None and column.id in template_row.hints:
            return template_row.hints[column.id]
        return column.hint

    def label(self, row: int) -> str:
        template_row = self.template_row(row)
        if template_row is None:
            return self.rows[row].label
        marks = "".join(" *" for flag in template_row.flags if flag in self.block.row_flags)
        return template_row.label + marks

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in ANSWERED or not index.isValid():  # views ask for many roles: be quick
            return None
        part = self.columns[index.column()].part
        row = index.row()
        if role == RowKeyRole:
            return self.rows[row].key
        if part is Part.GROUP:
            if role == Qt.ItemDataRole.DisplayRole:
                template_row = self.template_row(row)
                return template_row.group if template_row else ""
            return None
        if part is Part.LABEL:
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                return self.label(row)
            return None
        column = self.columns[index.column()].column
        assert column is not None
        fixed = self.fixed_value(row, column)
        value = self.words.shown(column.id, self.unsaved.shown((self.rows[row].key, column.id),
                                                               self.value(row, column)))
        checkbox = column.type is ColumnType.CHECKBOX
        if role == ColumnRole:
            return column
        if role == HintRole:
            return "" if fixed is not None else self.hint(row, column)
        if role == Qt.ItemDataRole.DisplayRole:
            if fixed is not None:
                return fixed
            if checkbox:
                return ("✓" if value else "") if self.ctx.readonly else None
            return self.shown_text(column, value)
        if role == Qt.ItemDataRole.EditRole:
            return value
        if role == Qt.ItemDataRole.CheckStateRole and checkbox and fixed is None \
                and not self.ctx.readonly:
            return Qt.CheckState.Checked if value else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.TextAlignmentRole and (checkbox or column.type is
                                                           ColumnType.NUMBER):
            return int(Qt.AlignmentFlag.AlignCenter if checkbox else
                       Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{column.label}: {self.shown_text(column, value) if fixed is None else fixed}"
        if role == Qt.ItemDataRole.ToolTipRole and (self.rows[row].key, column.id) in self.unsaved:
            return QCoreApplication.translate("Worksheet", "Not saved yet: press Retry in the bar "
                                              "above")
        return None

    @staticmethod
    def shown_text(column: Column, value: CellValue) -> str:
        """A date cell spelled out in the app's language; anything else as domain.cells says."""
        if column.type is ColumnType.DATE and isinstance(value, str) and value:
            return deadline_words(value)
        return shown_text(column, value)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.columns[section].title
        return str(section + 1)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        column = self.column_at(index) if index.isValid() else None
        if column is None or self.ctx.readonly or self.fixed_value(index.row(), column) is not None:
            return base
        if column.type is ColumnType.CHECKBOX:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base | Qt.ItemFlag.ItemIsEditable

    # --- editing -------------------------------------------------------------------------
    def editable(self, row: int, col: int) -> Column | None:
        column = self.columns[col].column
        if column is None or self.ctx.readonly or self.fixed_value(row, column) is not None:
            return None
        return column

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        column = self.editable(index.row(), index.column()) if index.isValid() else None
        if column is None:
            return False
        if role == Qt.ItemDataRole.CheckStateRole:
            value = Qt.CheckState(value) == Qt.CheckState.Checked
        elif role != Qt.ItemDataRole.EditRole:
            return False
        try:
            new = self._parsed(column, value)
        except CellError as exc:
            self.ctx.hub.failed.emit(str(exc))
            return False
        old = self.value(index.row(), column)
        key = self.rows[index.row()].key
        if new == old:  # leaving a cell unchanged is not an edit
            self.unsaved.typed_back((key, column.id))
            return False
        command = SetCells(self.sheet, self.ctx.hub, [CellEdit(key, column.id, new)],
                           [CellEdit(key, column.id, old)],
                           QCoreApplication.translate("Worksheet", "Edit {column}").format(
                               column=column.label))
        return self.unsaved.push(self.ctx.undo, command, (key, column.id), new)

    def _parsed(self, column: Column, value: Any) -> CellValue:
        """What the file keeps for `value` given on screen: a choice as the template's own
        word (picked in the workshop's language, or typed in the template's)."""
        try:
            new = value_from_text(column, value) if isinstance(value, str) and \
                column.type is not ColumnType.TEXT and column.type is not ColumnType.LONGTEXT \
                else check_cell(column, value)
        except CellError:
            original = self.ctx.ws.template.block(self.block.id)
            if original is self.block or not isinstance(original, TableBlock):
                raise
            try:
                return self._parsed_as_written(original.column(column.id), value)
            except (CellError, KeyError):
                pass
            raise
        return self.words.stored(column.id, new)

    @staticmethod
    def _parsed_as_written(column: Column, value: Any) -> CellValue:
        return value_from_text(column, value) if isinstance(value, str) and \
            column.type is not ColumnType.TEXT and column.type is not ColumnType.LONGTEXT \
            else check_cell(column, value)

    def _repaint_cell(self, cell: object) -> None:
        key = cell[0] if isinstance(cell, tuple) else None
        row = next((n for n, r in enumerate(self.rows) if r.key == key), None)
        if row is not None:
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.columns) - 1))

    def clear(self, indexes: Sequence[AnyIndex]) -> None:
        """Empty every editable selected cell: one undo step."""
        new, old = [], []
        for index in indexes:
            column = self.editable(index.row(), index.column())
            if column is None:
                continue
            value = self.value(index.row(), column)
            if value != empty_value(column):
                key = self.rows[index.row()].key
                new.append(CellEdit(key, column.id, empty_value(column)))
                old.append(CellEdit(key, column.id, value))
        if new:
            self.ctx.undo.push(SetCells(self.sheet, self.ctx.hub, new, old,
                                        QCoreApplication.translate("Worksheet", "Clear cells")))

    def copy_grid(self, top: int, left: int, bottom: int, right: int) -> list[list[str]]:
        grid = []
        for row in range(top, bottom + 1):
            line = []
            for col in range(left, right + 1):
                model_column = self.columns[col]
                if model_column.column is None:
                    line.append(str(self.data(self.index(row, col)) or ""))
                else:
                    column = model_column.column
                    fixed = self.fixed_value(row, column)
                    line.append(fixed if fixed is not None else copy_text(
                        column, self.words.shown(column.id, self.value(row, column))))
            grid.append(line)
        return grid

    def paste(self, top: int, left: int, grid: list[list[str]]) -> int:
        """Paste text cells from (top, left); open tables grow as needed. Returns rows pasted."""
        if not grid or self.ctx.readonly:
            return 0
        new: list[CellEdit] = []
        old: list[CellEdit] = []
        added: list[NewRow] = []
        problems: list[str] = []
        height = len(grid) if self.block.open_rows else min(len(grid), len(self.rows) - top)
        for offset in range(height):
            row = top + offset
            cells: dict[str, CellValue] = {}
            for col_offset, text in enumerate(grid[offset]):
                col = left + col_offset
                if col >= len(self.columns):
                    break
                column = self.editable(row, col) if row < len(self.rows) else \
                    self.columns[col].column
                if column is None:
                    continue
                try:
                    cells[column.id] = self._parsed(column, text)
                except CellError as exc:
                    problems.append(str(exc))
            if row < len(self.rows):
                key = self.rows[row].key
                for column_id, value in cells.items():
                    column = self.block.column(column_id)
                    before = self.value(row, column)
                    if before != value:
                        new.append(CellEdit(key, column_id, value))
                        old.append(CellEdit(key, column_id, before))
            else:
                added.append(NewRow(_new_key(), cells))
        if problems:
            more = QCoreApplication.translate("Worksheet", " (and {count} more)").format(
                count=len(problems) - 1) if len(problems) > 1 else ""
            self.ctx.hub.failed.emit(QCoreApplication.translate(
                "Worksheet", "Not pasted: {problem}").format(problem=problems[0]) + more)
        if len(grid) > height:
            self.ctx.hub.failed.emit(QCoreApplication.translate(
                "Worksheet", "{count} pasted rows did not fit: '{worksheet}' has fixed rows")
                .format(count=len(grid) - height, worksheet=self.block.title))
        if new or added:
            self.ctx.undo.push(PasteRange(self.sheet, self.ctx.hub, new, old, added))
        return height


def _new_key() -> str:
    return uuid.uuid4().hex[:12]
