"""The agenda list on the left: start time, title, planned minutes, time used, done."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeWidget, QTreeWidgetItem

from facilitator.domain.template import AgendaItem
from facilitator.domain.timer import format_duration
from facilitator.ui.runner import RunController

COL_START, COL_TITLE, COL_PLAN, COL_USED = range(4)
HEADERS = ("Start", "Agenda item", "Plan", "Used")


class AgendaPanel(QTreeWidget):
    item_chosen = Signal(int)
    done_toggled = Signal(int, bool)

    def __init__(self, agenda: tuple[AgendaItem, ...]) -> None:
        super().__init__()
        self.setObjectName("agendaPanel")
        self.setAccessibleName("Agenda")
        self.setAccessibleDescription("Agenda items with start time, planned minutes and time "
                                      "used; tick an item when it is done")
        self.setHeaderLabels(list(HEADERS))
        self.setRootIsDecorated(False)
        self.setUniformRowHeights(True)  # long titles elide; the full title is the tooltip
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(COL_TITLE, QHeaderView.ResizeMode.Stretch)
        for col in (COL_START, COL_PLAN, COL_USED):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self._updating = False
        for index, item in enumerate(agenda):
            row = QTreeWidgetItem(["", f"{index + 1}. {item.title}", "", ""])
            row.setToolTip(COL_TITLE, item.title)
            row.setFlags(row.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            row.setCheckState(COL_TITLE, Qt.CheckState.Unchecked)
            self.addTopLevelItem(row)
        self.currentItemChanged.connect(self._on_current)
        self.itemChanged.connect(self._on_item_changed)

    def refresh(self, runner: RunController) -> None:
        self._updating = True
        starts = runner.start_times()
        for index in range(self.topLevelItemCount()):
            row = self.topLevelItem(index)
            start = starts[index]
            row.setText(COL_START, start.strftime("%H:%M") if start else "")
            row.setText(COL_PLAN, f"{runner.minutes[index]} min")
            elapsed = runner.elapsed(index)
            row.setText(COL_USED, format_duration(elapsed) if elapsed > 0 else "")
            done = Qt.CheckState.Checked if runner.done[index] else Qt.CheckState.Unchecked
            if row.checkState(COL_TITLE) != done:
                row.setCheckState(COL_TITLE, done)
            font = QFont(row.font(COL_TITLE))
            font.setBold(index == runner.current)
            row.setFont(COL_TITLE, font)
        current = self.topLevelItem(runner.current)
        if self.currentItem() is not current:
            self.setCurrentItem(current)
        self._updating = False

    def refresh_used(self, runner: RunController) -> None:
        """Cheap per-tick update: only the running item's time changes."""
        row = self.topLevelItem(runner.current)
        if row is not None:
            elapsed = runner.elapsed(runner.current)
            text = format_duration(elapsed) if elapsed > 0 else ""
            if row.text(COL_USED) != text:
                row.setText(COL_USED, text)

    def _on_current(self, current: QTreeWidgetItem | None, _prev: object) -> None:
        if not self._updating and current is not None:
            self.item_chosen.emit(self.indexOfTopLevelItem(current))

    def _on_item_changed(self, row: QTreeWidgetItem, column: int) -> None:
        if not self._updating and column == COL_TITLE:
            self.done_toggled.emit(self.indexOfTopLevelItem(row),
                                   row.checkState(COL_TITLE) == Qt.CheckState.Checked)
