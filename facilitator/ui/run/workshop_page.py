"""An open workshop in the facilitator window: agenda | current item's worksheets | timer,
questions, notes and subgroups.

`meeting` says which meeting of the series is on screen (the latest when the file opens); the
runner follows it and the page and the projector rebuild from the runner's `item_changed`."""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QLabel,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from facilitator.domain.template import AgendaItem, IdeasBlock
from facilitator.domain.timer import Clock
from facilitator.services.workshop import Workshop
from facilitator.ui.kit.current_meeting import CurrentMeeting
from facilitator.ui.kit.hub import ChangeHub
from facilitator.ui.kit.local_dates import series_words
from facilitator.ui.run.agenda_panel import AgendaPanel
from facilitator.ui.run.item_view import ItemView
from facilitator.ui.run.projector_preview import ProjectorPreview
from facilitator.ui.run.runner import RunController
from facilitator.ui.run.side_panel import SidePanel
from facilitator.ui.run.timer_panel import TimerPanel
from facilitator.ui.worksheets.kit.context import BlockContext

translate = QCoreApplication.translate
if TYPE_CHECKING:
    from facilitator.ui.run.screening_queue import ScreeningQueue


class SideScroll(QScrollArea):
    """Scrolls up and down only: as wide as its column needs, as short as the screen allows."""

    def _bar(self) -> int:
        return self.verticalScrollBar().sizeHint().width()

    def minimumSizeHint(self) -> QSize:
        inside = self.widget()
        return QSize((inside.minimumSizeHint().width() if inside else 0) + self._bar(), 0)

    def sizeHint(self) -> QSize:
        inside = self.widget()
        hint = inside.sizeHint() if inside else QSize(0, 0)
        return QSize(hint.width() + self._bar(), hint.height())


class WorkshopPage(QSplitter):
    def __init__(self, ws: Workshop, hub: ChangeHub, undo: QUndoStack, *,
                 clock: Clock = time.monotonic, zoom: float = 1.0,
                 meeting: int | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal)
        self.setObjectName("workshopPage")
        self.ws, self.hub, self.undo, self.zoom = ws, hub, undo, zoom
        self.meeting = CurrentMeeting(meeting if meeting is not None else ws.meeting_id(), self)
        self.runner = RunController(ws, hub, undo, self.meeting, clock=clock, parent=self)
        self.agenda = AgendaPanel(ws.shown.agenda)

        center = QWidget()
        center_layout = QVBoxLayout(center)
        # Shown for a read-only workshop (in use elsewhere, or on a read-only file or folder),
        # so nobody types a page of notes that cannot be saved.
        self.banner = QLabel()
        self.banner.setObjectName("readOnlyBanner")
        self.banner.setWordWrap(True)
        self.banner.setAccessibleName(translate("Run", "Read-only notice"))
        self.banner.setStyleSheet("QLabel#readOnlyBanner { background: #fef3c7; color: #78350f;"
                                  " border: 1px solid #b45309; padding: 6px; }")
        self.banner.setVisible(False)
        center_layout.addWidget(self.banner)
        if ws.readonly:
            self.show_read_only("")
        self.series = QLabel()   # "Check-in 3 · January 12, 2027": which meeting is open
        self.series.setObjectName("seriesLabel")
        self.series.setTextFormat(Qt.TextFormat.PlainText)   # the template's word, not markup
        self.series.setAccessibleName(translate("Run", "Meeting of the series"))
        self.title = QLabel()
        self.title.setObjectName("itemTitle")
        self.title.setWordWrap(True)
        self.title.setAccessibleName(translate("Run", "Current agenda item"))
        self.meta = QLabel()
        self.meta.setAccessibleName(translate("Run", "Item position and planned minutes"))
        self.item_view = ItemView(translate("Run", "Worksheets of the current item"))
        center_layout.addWidget(self.series)
        center_layout.addWidget(self.title)
        center_layout.addWidget(self.meta)
        center_layout.addWidget(self.item_view, 1)

        side = QFrame()
        side.setObjectName("sidePanel")
        outer = QVBoxLayout(side)
        self.timer_panel = TimerPanel(self.runner)
        self.preview = ProjectorPreview()   # shown while presenting
        self.side = SidePanel()
        # Ideas from phones waiting for approval (room mode): made with the first brainstorm
        # shown (not on the way to the window), then shown only while some wait.
        self.queue: ScreeningQueue | None = None
        outer.addWidget(self.timer_panel)   # the clock: always in view, never scrolled away
        # What follows it scrolls when the column holds more than the screen's height (a
        # 768-line laptop with the screening queue and the room's strip): its texts are never
        # squeezed over each other, and the window never asks to be taller than the screen.
        rest = QWidget()
        side_layout = QVBoxLayout(rest)
        side_layout.setContentsMargins(0, 0, 0, 0)
        self._side_layout = side_layout
        side_layout.addWidget(self.preview)
        side_layout.addWidget(self.side, 1)
        side_scroll = SideScroll()
        side_scroll.setObjectName("sideScroll")
        side_scroll.setWidgetResizable(True)
        side_scroll.setFrameShape(QFrame.Shape.NoFrame)
        side_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        side_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        side_scroll.setWidget(rest)
        outer.addWidget(side_scroll, 1)

        self.addWidget(self.agenda)
        self.addWidget(center)
        self.addWidget(side)
        self.setStretchFactor(0, 2)
        self.setStretchFactor(1, 5)
        self.setStretchFactor(2, 2)
        self.setSizes([330, 900, 340])

        self.runner.item_changed.connect(lambda _i: self.show_current())
        self.runner.state_changed.connect(self._refresh_state)
        self.runner.tick.connect(lambda: self.agenda.refresh_used(self.runner))
        self.agenda.item_chosen.connect(self.runner.go_to)
        self.agenda.done_toggled.connect(self.runner.set_done)
        self.side.assign.clicked.connect(self.assign_subgroups)
        self.timer_panel.rebalance_button.clicked.connect(self.rebalance)
        self.show_current()

    def show_read_only(self, reason: str) -> None:
        self.banner.setText(translate("Run", "Read-only ({reason}): changes are not saved. Use "
                                      "File > Save as… to work on a copy.").format(reason=reason)
                            if reason else
                            translate("Run", "Read-only: changes are not saved. Use File > Save "
                                      "as… to work on a copy."))
        self.banner.setVisible(True)

    @property
    def item(self) -> AgendaItem:
        return self.ws.shown.agenda[self.runner.current]

    def context(self, *, readonly: bool = False, zoom: float | None = None) -> BlockContext:
        return BlockContext(self.ws, self.undo, self.hub, self.runner.meeting_id, readonly,
                            self.zoom if zoom is None else zoom)

    def show_current(self) -> None:
        focus = QApplication.focusWidget()
        was_inside = focus is not None and self.item_view.isAncestorOf(focus)
        self.commit_edits()
        index, item = self.runner.current, self.item
        self.title.setText(item.title)
        self.meta.setText(translate("Run", "Item {number} of {count} · {minutes} min planned")
                          .format(number=index + 1, count=len(self.ws.template.agenda),
                                  minutes=self.runner.minutes[index]))
        self.item_view.show_item(self.context(), item)
        self.side.show_item(item)
        self._show_queue(item)
        self._refresh_state()
        self._order_focus()
        if was_inside:   # its worksheet is gone: the keyboard goes back to the agenda
            self.agenda.setFocus(Qt.FocusReason.OtherFocusReason)

    def _show_queue(self, item: AgendaItem) -> None:
        if self.queue is None and any(isinstance(b, IdeasBlock) for b in item.blocks):
            from facilitator.ui.run.screening_queue import ScreeningQueue

            self.queue = ScreeningQueue(self.ws, self.hub, self.undo)
            self._side_layout.insertWidget(self._side_layout.indexOf(self.side), self.queue)
        if self.queue is not None:
            self.queue.show_item(item, self.runner.meeting_id)

    def _order_focus(self) -> None:
        from facilitator.ui.run.focus_order import chain

        queue = [self.queue] if self.queue is not None else []
        chain(self.agenda, [self.item_view, self.timer_panel, *queue, self.side])

    def _refresh_state(self) -> None:
        self.agenda.refresh(self.runner)
        state = self.runner.state
        series = series_words(self.ws.shown, state.number, state.date)
        self.series.setText(series)
        self.series.setVisible(bool(series))
        index = self.runner.current
        self.meta.setText(translate("Run", "Item {number} of {count} · {minutes} min planned")
                          .format(number=index + 1, count=len(self.ws.template.agenda),
                                  minutes=self.runner.minutes[index]))
        self.side.show_groups(self.runner.state.participants, self.runner.subgroups(index))

    def set_zoom(self, zoom: float) -> None:
        self.zoom = zoom
        scroll = self.item_view.verticalScrollBar().value()
        self.commit_edits()
        self.item_view.show_item(self.context(), self.item)
        self.item_view.verticalScrollBar().setValue(scroll)
        self._order_focus()

    def commit_edits(self) -> None:
        """Leaving a field saves it: take the focus out of the worksheet before it goes away."""
        focus = QApplication.focusWidget()
        if focus is not None and self.item_view.isAncestorOf(focus):
            focus.clearFocus()

    def rebalance(self) -> None:
        from facilitator.ui.run.dialogs import RebalanceDialog  # dialogs load when first asked for

        dialog = RebalanceDialog(self.runner, self.ws.shown.agenda, self)
        if dialog.exec() == RebalanceDialog.DialogCode.Accepted:
            new = dialog.proposal()
            if new:
                self.runner.apply_minutes(new, translate("Run", "Rebalance"))

    def assign_subgroups(self) -> None:
        index = self.runner.current
        from facilitator.ui.run.dialogs import SubgroupsDialog

        dialog = SubgroupsDialog(self.item, self.runner.state.participants,
                                 self.runner.subgroups(index), self)
        if dialog.exec() == SubgroupsDialog.DialogCode.Accepted:
            self.runner.assign_subgroups(index, dialog.groups())

    def shutdown(self) -> None:
        self.commit_edits()
        self.runner.shutdown()
