"""The agenda list on the left: start time, title, planned minutes, time used, done."""

from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
)

from facilitator.domain.template import AgendaItem
from facilitator.domain.timer import format_duration
from facilitator.ui.kit.local_dates import clock
from facilitator.ui.run.runner import RunController

COL_START, COL_TITLE, COL_PLAN, COL_USED = range(4)
HEADERS = (QT_TRANSLATE_NOOP("Run", "Start"), QT_TRANSLATE_NOOP("Run", "Agenda item"),
           QT_TRANSLATE_NOOP("Run", "Plan"), QT_TRANSLATE_NOOP("Run", "Used"))
translate = QCoreApplication.translate


class _WrappedTitles(QStyledItemDelegate):
    """Rows as tall as their wrapped title: a tree's delegate is not told the column width."""

    def __init__(self, tree: QTreeWidget) -> None:
        super().__init__(tree)
        self._tree = tree

    def sizeHint(self, option: QStyleOptionViewItem,
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        size = super().sizeHint(option, index)
        if index.column() != COL_TITLE:
            return size
        check = self._tree.style().pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth) + 12
        width = max(40, self._tree.header().sectionSize(COL_TITLE) - check)
        font = index.data(Qt.ItemDataRole.FontRole)  # the current item is bold, so wider
        metrics = QFontMetrics(font) if isinstance(font, QFont) else option.fontMetrics
        box = metrics.boundingRect(0, 0, width, 10_000, int(Qt.TextFlag.TextWordWrap),
                                   str(index.data() or ""))
        return QSize(size.width(), max(size.height(), box.height() + 6))


class AgendaPanel(QTreeWidget):
    item_chosen = Signal(int)
    done_toggled = Signal(int, bool)

    def __init__(self, agenda: tuple[AgendaItem, ...]) -> None:
        super().__init__()
        self.setObjectName("agendaPanel")
        self.setAccessibleName(translate("Run", "Agenda"))
        self.setAccessibleDescription(translate("Run", "Agenda items with start time, planned "
                                                "minutes and time used; tick an item when it is "
                                                "done"))
        self.setHeaderLabels([translate("Run", h) for h in HEADERS])
        self.setRootIsDecorated(False)
        # Long titles wrap (the seeds' items are whole sentences); the tooltip has them too.
        self.setWordWrap(True)
        self.setUniformRowHeights(False)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setItemDelegate(_WrappedTitles(self))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(COL_TITLE, QHeaderView.ResizeMode.Stretch)
        for col in (COL_START, COL_PLAN, COL_USED):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.sectionResized.connect(lambda *_: self.scheduleDelayedItemsLayout())
        self._updating = False
        for index, item in enumerate(agenda):
            row = QTreeWidgetItem(["", f"{index + 1}. {item.title}", "", ""])
            row.setToolTip(COL_TITLE, item.title)
            row.setFlags(row.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            row.setCheckState(COL_TITLE, Qt.CheckState.Unchecked)
            self.addTopLevelItem(row)
        self.currentItemChanged.connect(self._on_current)
        self.itemChanged.connect(self._on_item_changed)

    def retitle(self, agenda: tuple[AgendaItem, ...]) -> None:
        """The items' titles in another wording (the workshop's language changed)."""
        for index, item in enumerate(agenda[:self.topLevelItemCount()]):
            row = self.topLevelItem(index)
            row.setText(COL_TITLE, f"{index + 1}. {item.title}")
            row.setToolTip(COL_TITLE, item.title)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:   # View > Language while it is open
            self.setHeaderLabels([translate("Run", h) for h in HEADERS])
        super().changeEvent(event)

    def refresh(self, runner: RunController) -> None:
        self._updating = True
        starts = runner.start_times()
        for index in range(self.topLevelItemCount()):
            row = self.topLevelItem(index)
            start = starts[index]
            row.setText(COL_START, clock(start) if start else "")
            row.setText(COL_PLAN, translate("Run", "{minutes} min").format(
                minutes=runner.minutes[index]))
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
