"""The `table` worksheet: typed cells, fixed or open rows, one copy per participant if asked.

Built by `create(ctx, block)`; with `ctx.readonly` the same widget is the projector's large,
read-only copy. Every edit is an undo command calling a service; the view re-reads on the hub.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from facilitator.domain.snapshot import Participant
from facilitator.domain.template import ColumnType, TableBlock
from facilitator.services import people
from facilitator.services.changes import Changed, ChangeKind
from facilitator.ui.worksheets.kit.context import BlockContext
from facilitator.ui.worksheets.kit.editors import CellDelegate
from facilitator.ui.worksheets.kit.roles import RowKeyRole
from facilitator.ui.worksheets.kit.worksheet_style import apply_style, button_row, heading, note
from facilitator.ui.worksheets.kit.worksheet_view import WorksheetView
from facilitator.ui.worksheets.table.commands import AddRow, MoveRow, RemoveRow
from facilitator.ui.worksheets.table.model import Part, TableModel

LABEL_WIDTH = 280
GROUP_WIDTH = 200
CELL_WIDTH = 170
MEASURE_ALL = 80  # tables up to this many rows are measured whole


class TableWorksheet(QWidget):
    def __init__(self, ctx: BlockContext, block: TableBlock) -> None:
        super().__init__()
        self.ctx, self.block = ctx, block
        self.participants: list[Participant] = people.read_participants(ctx.ws)
        first = self.participants[0].id if block.per_participant and self.participants else None
        self.model = TableModel(ctx, block, first)
        self.view = WorksheetView(self, readonly=ctx.readonly)
        self.view.setObjectName(f"table:{block.id}")
        self.view.setAccessibleName(block.title)
        self.view.setModel(self.model)
        self.delegate = CellDelegate(self.view, lambda: [p.name for p in self.participants])
        self.view.setItemDelegate(self.delegate)
        self._pending: tuple[str, int] | None = None

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading(block.title, ctx.zoom, ctx.readonly))
        if block.instructions:
            layout.addWidget(note(block.instructions))
        self.picker: QComboBox | None = None
        if block.per_participant:
            layout.addLayout(self._participant_row())
        if block.open_rows and not ctx.readonly:
            layout.addLayout(self._row_buttons())
        layout.addWidget(self.view)
        if block.row_flags:
            legend = "\n".join(f"* {meaning}" for meaning in block.row_flags.values())
            layout.addWidget(note(legend))
        layout.addStretch(1)

        apply_style(self, ctx.zoom, ctx.readonly)
        self._layout_columns()
        self._fit_header()
        self.view.verticalHeader().setVisible(block.open_rows)
        self.model.modelAboutToBeReset.connect(self._remember_current)
        self.model.modelReset.connect(self._after_reset)
        self.model.dataChanged.connect(self._resize_rows)
        self.view.past_end.connect(self._grow)
        # Wrapped text gets taller when a column narrows: re-measure once the widths settle.
        self._measured: set[int] = set()
        self._remeasure = QTimer(self, singleShot=True, interval=0)
        self._remeasure.timeout.connect(self._measure_rows)
        self.view.horizontalHeader().sectionResized.connect(self._widths_changed)
        self.view.verticalScrollBar().valueChanged.connect(lambda *_: self._remeasure.start())
        ctx.hub.changed.connect(self._on_changed)
        self._after_reset()
        if self.model.rowCount() and not ctx.readonly:  # start where typing goes, unhighlighted
            self.view.move_to(0, self.model.first_cell_column(), select=False)

    # --- building ------------------------------------------------------------------------
    def _participant_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        label = QLabel(QCoreApplication.translate("Worksheet", "Worksheet of:"))
        self.picker = QComboBox()
        self.picker.setAccessibleName(QCoreApplication.translate("Worksheet", "Whose worksheet"))
        label.setBuddy(self.picker)
        self._fill_picker()
        self.picker.currentIndexChanged.connect(self._pick_participant)
        row.addWidget(label)
        row.addWidget(self.picker, 1)
        self.empty_note = QLabel(QCoreApplication.translate(
            "Worksheet", "Add participants to the workshop to fill in one copy each."))
        row.addWidget(self.empty_note)
        self.empty_note.setVisible(not self.participants)
        self.view.setEnabled(bool(self.participants))
        return row

    def _fill_picker(self) -> None:
        assert self.picker is not None
        self.picker.blockSignals(True)
        self.picker.clear()
        for person in self.participants:
            self.picker.addItem(person.name, person.id)
        at = self.picker.findData(self.model.participant)
        self.picker.setCurrentIndex(max(0, at))
        self.picker.blockSignals(False)

    def _row_buttons(self) -> QHBoxLayout:
        return button_row(self, self.block.title, [
            (QCoreApplication.translate("Worksheet", "Add row"), "Ctrl+I", self.add_row),
            (QCoreApplication.translate("Worksheet", "Remove row"), "Ctrl+Delete",
             self.remove_row),
            (QCoreApplication.translate("Worksheet", "Move up"), "Alt+Up",
             lambda: self.move_row(-1)),
            (QCoreApplication.translate("Worksheet", "Move down"), "Alt+Down",
             lambda: self.move_row(1))])

    def _layout_columns(self) -> None:
        header = self.view.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
                                   | Qt.TextFlag.TextWordWrap)
        header.setMinimumSectionSize(60)
        scale = self.ctx.zoom
        stretch = False
        for number, model_column in enumerate(self.model.columns):
            if model_column.part is Part.GROUP:
                header.setSectionResizeMode(number, QHeaderView.ResizeMode.Interactive)
                self.view.setColumnWidth(number, int(GROUP_WIDTH * scale))
            elif model_column.part is Part.LABEL:
                header.setSectionResizeMode(number, QHeaderView.ResizeMode.Interactive)
                self.view.setColumnWidth(number, int(LABEL_WIDTH * scale))
            elif model_column.column and model_column.column.type is ColumnType.CHECKBOX:
                header.setSectionResizeMode(number, QHeaderView.ResizeMode.Interactive)
                title = self.fontMetrics().horizontalAdvance(model_column.title) + 24
                self.view.setColumnWidth(number, max(int(90 * scale), min(title, 260)))
            elif model_column.column and model_column.column.type in (ColumnType.LONGTEXT,
                                                                      ColumnType.TEXT):
                header.setSectionResizeMode(number, QHeaderView.ResizeMode.Stretch)
                stretch = True
            else:
                header.setSectionResizeMode(number, QHeaderView.ResizeMode.Interactive)
                self.view.setColumnWidth(number, int(CELL_WIDTH * scale))
        if not stretch:  # a checklist: the long action labels get the room
            labels = [i for i, c in enumerate(self.model.columns) if c.part is Part.LABEL]
            if labels:
                header.setSectionResizeMode(labels[0], QHeaderView.ResizeMode.Stretch)
            else:
                header.setStretchLastSection(True)
        group_font = QFont(self.font())
        group_font.setBold(True)
        self._group_font = group_font

    def _span_groups(self) -> None:
        """A run of rows under one heading (e.g. an initiative) shows the heading once."""
        self.view.clearSpans()
        if not self.model.columns or self.model.columns[0].part is not Part.GROUP:
            return
        start = 0
        rows = self.model.rowCount()
        for row in range(1, rows + 1):
            if row == rows or self.model.data(self.model.index(row, 0)) != \
                    self.model.data(self.model.index(start, 0)):
                if row - start > 1:
                    self.view.setSpan(start, 0, row - start, 1)
                start = row

    # --- refreshing ----------------------------------------------------------------------
    def _on_changed(self, changed: Changed) -> None:
        if changed.what == ChangeKind.PARTICIPANTS:
            self.participants = people.read_participants(self.ctx.ws)
            if self.picker is not None:
                self._fill_picker()
                self.empty_note.setVisible(not self.participants)
                self.view.setEnabled(bool(self.participants))
                if self.model.participant is None and self.participants:
                    self.model.set_participant(self.participants[0].id)
            return
        self.model.on_changed(changed)

    def _remember_current(self) -> None:
        current = self.view.currentIndex()
        if current.isValid() and self._pending is None:
            self._pending = (str(current.data(RowKeyRole)), current.column())

    def _widths_changed(self, *_: object) -> None:
        self._fit_header()
        self._measured.clear()
        self._remeasure.start()

    def _fit_header(self) -> None:
        """Make the header tall enough for its wrapped titles (Qt keeps one line by default,
        which clips titles like "Consider exploring further" in narrow checkbox columns)."""
        header = self.view.horizontalHeader()
        metrics = header.fontMetrics()
        tallest = metrics.height()
        for number, model_column in enumerate(self.model.columns):
            width = max(20, header.sectionSize(number) - 12)
            box = metrics.boundingRect(0, 0, width, 10_000, int(Qt.TextFlag.TextWordWrap),
                                       model_column.title)
            tallest = max(tallest, box.height())
        header.setFixedHeight(tallest + 12)

    def _measure_rows(self) -> None:
        """Fit row heights to wrapped text: all rows of a short table, the visible ones of a
        long one (measuring 500 rows of wrapped text would make opening it slow)."""
        rows = self.model.rowCount()
        if rows <= MEASURE_ALL:
            self.view.resizeRowsToContents()
            return
        top = max(0, self.view.rowAt(0))
        bottom = self.view.rowAt(self.view.viewport().height())
        bottom = rows - 1 if bottom < 0 else bottom
        for row in range(top, min(rows, bottom + 20)):
            if row not in self._measured:
                self._measured.add(row)
                self.view.resizeRowToContents(row)

    def _after_reset(self) -> None:
        self._span_groups()
        self._measured.clear()
        self._measure_rows()
        pending, self._pending = self._pending, None
        if pending is None or self.ctx.readonly:
            return
        key, col = pending
        for row in range(self.model.rowCount()):
            if self.model.rows[row].key == key:
                self.view.move_to(row, col)
                return

    def _resize_rows(self, top_left: QModelIndex, bottom_right: QModelIndex) -> None:
        for row in range(top_left.row(), bottom_right.row() + 1):
            self.view.resizeRowToContents(row)

    def _pick_participant(self) -> None:
        assert self.picker is not None
        self.model.set_participant(self.picker.currentData())

    # --- open rows -----------------------------------------------------------------------
    def _current_row(self) -> int:
        current = self.view.currentIndex()
        return current.row() if current.isValid() else -1

    def _grow(self) -> None:
        if self.block.open_rows and not self.ctx.readonly:
            self.ctx.undo.push(AddRow(self.model.sheet, self.ctx.hub, self.model.rowCount()))

    def add_row(self) -> None:
        """Insert a row below the current one (at the end when none is current)."""
        if not self.block.open_rows or self.ctx.readonly:
            return
        row = self._current_row()
        at = row + 1 if row >= 0 else self.model.rowCount()
        command = AddRow(self.model.sheet, self.ctx.hub, at)
        self.ctx.undo.push(command)
        self.view.move_to(at, 0)
        self.view.setFocus()

    def remove_row(self) -> None:
        row = self._current_row()
        if not self.block.open_rows or self.ctx.readonly or row < 0:
            return
        col = self.view.currentIndex().column()
        self.ctx.undo.push(RemoveRow(self.model.sheet, self.ctx.hub, self.model.rows[row].key))
        self.view.move_to(min(row, self.model.rowCount() - 1), col)

    def move_row(self, step: int) -> None:
        row = self._current_row()
        target = row + step
        if not self.block.open_rows or row < 0 or not 0 <= target < self.model.rowCount():
            return
        col = self.view.currentIndex().column()
        key = self.model.rows[row].key
        self.ctx.undo.push(MoveRow(self.model.sheet, self.ctx.hub, key, row, target))
        self.view.move_to(target, col)

    # --- for tests and the main window ---------------------------------------------------
    def cell_text(self, row: int, column_id: str) -> str:
        col = next(i for i, c in enumerate(self.model.columns)
                   if c.column is not None and c.column.id == column_id)
        index = self.model.index(row, col)
        value = index.data(Qt.ItemDataRole.DisplayRole)
        if value is None and index.data(Qt.ItemDataRole.CheckStateRole) is not None:
            checked = index.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
            return "✓" if checked else ""
        return str(value or "")

    def column_of(self, column_id: str) -> int:
        return next(i for i, c in enumerate(self.model.columns)
                    if c.column is not None and c.column.id == column_id)


def create(ctx: BlockContext, block: TableBlock) -> QWidget:
    return TableWorksheet(ctx, block)
