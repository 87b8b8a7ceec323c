"""The actions worksheet as a facilitator uses it: real widgets, keys and clicks, real files."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QEvent, Qt, QTimer
from PySide6.QtGui import QAccessible, QKeyEvent, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QLineEdit,
    QStyle,
    QWidget,
)
from pytestqt.qtbot import QtBot

from facilitator.domain.template import ActionsBlock
from facilitator.services.actions import add_action, read_actions
from facilitator.services.meetings import new_meeting, review_actions
from facilitator.services.workshop import Workshop, open_workshop
from facilitator.ui.kit.hub import ChangeHub
from facilitator.ui.worksheets.actions.model import OVERDUE_TEXT
from facilitator.ui.worksheets.actions.widget import ActionsWorksheet, create_review
from facilitator.ui.worksheets.kit.context import BlockContext
from facilitator.ui.worksheets.kit.editors import DateEditor
from facilitator.ui.worksheets.registry import create_block_widget
from tests.helpers import dump, make_workshop

TODAY = date(2026, 5, 1)


@dataclass
class Room:
    ws: Workshop
    ctx: BlockContext
    block: ActionsBlock
    path: Path
    failures: list[str] = field(default_factory=list)

    def worksheet(self, qtbot: QtBot, *, readonly: bool = False,
                  zoom: float = 1.0) -> ActionsWorksheet:
        ctx = BlockContext(self.ws, self.ctx.undo, self.ctx.hub, self.ctx.meeting_id,
                           readonly=readonly, zoom=zoom)
        widget = create_block_widget(ctx, self.block)
        assert isinstance(widget, ActionsWorksheet)
        widget.model.today = lambda: TODAY
        widget.refresh()
        qtbot.addWidget(widget)
        widget.resize(1200, 700)
        widget.show()
        qtbot.waitExposed(widget)
        if not readonly:  # the facilitator's window is the active one: keys go to it
            widget.activateWindow()
            qtbot.waitUntil(widget.isActiveWindow, timeout=2000)
        return widget


@pytest.fixture
def room(tmp_path: Path) -> Iterator[Room]:
    path = make_workshop(tmp_path, "check-in")
    ws = open_workshop(path)
    block = ws.template.block("tracker")
    assert isinstance(block, ActionsBlock)
    ctx = BlockContext(ws, QUndoStack(), ChangeHub(), ws.meeting_id())
    r = Room(ws, ctx, block, path)
    ctx.hub.failed.connect(r.failures.append)
    yield r
    ws.close()


def column(widget: ActionsWorksheet, title: str) -> int:
    return [c.title for c in widget.model.columns].index(title)


def cell(widget: ActionsWorksheet, row: int, title: str) -> str:
    return str(widget.model.index(row, column(widget, title)).data())


def edit(qtbot: QtBot, widget: ActionsWorksheet, row: int, title: str, text: str) -> None:
    """Select the cell, F2, type, Enter: as at the keyboard."""
    widget.view.setFocus()
    widget.view.move_to(row, column(widget, title))
    qtbot.keyClick(widget.view, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    if isinstance(editor, QComboBox):   # the owner: participants to pick, or free text
        assert editor.isEditable() and title == "Owner"
        editor.lineEdit().selectAll()
    else:
        assert isinstance(editor, QLineEdit), editor
        editor.selectAll()
    type_text(qtbot, editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    # Qt commits an item editor on Enter through a queued call: let it run.
    qtbot.waitUntil(lambda: widget.view.state() != QAbstractItemView.State.EditingState)


def type_text(qtbot: QtBot, widget: QWidget, text: str) -> None:
    """Key by key; QTest only knows ASCII keys, so accented letters go as text key events."""
    for char in text:
        if char.isascii():
            qtbot.keyClick(widget, char)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(QApplication.focusWidget() or widget,
                                   QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


def test_add_and_edit_by_keyboard_then_reopen(qtbot: QtBot, room: Room) -> None:
    widget = room.worksheet(qtbot)
    assert widget.example.isVisible()
    assert "Take the social workers off lunch duty" in widget.new_text.placeholderText()
    qtbot.keyClicks(widget.new_text, "Ask the principal for a counseling room")
    qtbot.keyClick(widget.new_text, Qt.Key.Key_Return)
    assert widget.model.rowCount() == 1 and not widget.example.isVisible()
    assert widget.view.currentIndex().column() == column(widget, "Owner")  # owner is next
    edit(qtbot, widget, 0, "Owner", "Ana Núñez")
    edit(qtbot, widget, 0, "Deadline", "6/15/2026")
    edit(qtbot, widget, 0, "Notes", "=needs budget")
    # Status: open the drop-down editor, pick the next status with the keyboard.
    widget.view.move_to(0, column(widget, "Status"))
    qtbot.keyClick(widget.view, Qt.Key.Key_F2)
    combo = QApplication.focusWidget()
    assert isinstance(combo, QComboBox)
    assert [combo.itemText(i) for i in range(combo.count())] == list(room.block.statuses)
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    qtbot.keyClick(combo, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: widget.view.state() != QAbstractItemView.State.EditingState)
    assert cell(widget, 0, "Status") == "in progress"
    assert room.failures == []
    widget.close()
    room.ws.close()

    saved = dump(room.path)["actions"]
    ana = next(p for p in dump(room.path)["participants"] if p["name"] == "Ana Núñez")
    assert len(saved) == 1
    action = saved[0]
    assert action["text"] == "Ask the principal for a counseling room"
    assert (action["owner"], action["owner_id"]) == ("Ana Núñez", ana["id"])
    assert action["deadline"] == "2026-06-15"
    assert action["notes"] == "=needs budget"
    assert action["status"] == "in progress"
    assert action["history"] == [[1, "in progress"]]


def test_free_text_owner_and_deadline_are_kept_as_typed(qtbot: QtBot, room: Room) -> None:
    add_action(room.ws, "tracker", "Post the new schedule")
    widget = room.worksheet(qtbot)
    edit(qtbot, widget, 0, "Owner", "Principal of each school")
    edit(qtbot, widget, 0, "Deadline", "Start of next school year")
    (action,) = read_actions(room.ws, "tracker")
    assert (action.owner, action.owner_id) == ("Principal of each school", None)
    assert action.deadline == "Start of next school year"


def test_remove_and_undo_restore_the_action_with_its_history(qtbot: QtBot, room: Room) -> None:
    add_action(room.ws, "tracker", "Keep me", owner="Ben Cho", deadline="2026-09-01")
    add_action(room.ws, "tracker", "Remove me", owner="Ana Núñez", status="in progress")
    widget = room.worksheet(qtbot)
    widget.view.setFocus()
    widget.view.move_to(1, 0)
    qtbot.mouseClick(widget.remove_button, Qt.MouseButton.LeftButton)
    assert [cell(widget, r, "Action") for r in range(widget.model.rowCount())] == ["Keep me"]
    room.ctx.undo.undo()
    assert widget.model.rowCount() == 2
    restored = read_actions(room.ws, "tracker")[1]
    assert (restored.text, restored.status, restored.history) == (
        "Remove me", "in progress", ((1, "in progress"),))
    room.ctx.undo.redo()  # and redo removes it again
    assert [a.text for a in read_actions(room.ws, "tracker")] == ["Keep me"]
    assert widget.model.rowCount() == 1


def test_overdue_stands_out_and_filters_and_sort_work(qtbot: QtBot, room: Room) -> None:
    add_action(room.ws, "tracker", "Late one", owner="Ben Cho", deadline="2026-04-01")
    add_action(room.ws, "tracker", "Soon", owner="Ana Núñez", deadline="2026-05-20")
    add_action(room.ws, "tracker", "Finished", owner="Ben Cho", deadline="2026-03-01",
               status="completed")
    add_action(room.ws, "tracker", "Someday", owner="Zoë", deadline="Start of next school year")
    widget = room.worksheet(qtbot)
    late = widget.model.index(0, column(widget, "Deadline"))
    # Spelled out as on the handouts and the tracker; edited and stored as typed (ISO).
    assert late.data() == "April 1, 2026  (overdue)"
    assert late.data(Qt.ItemDataRole.EditRole) == "2026-04-01"
    assert late.data(Qt.ItemDataRole.ForegroundRole).color() == OVERDUE_TEXT
    done = widget.model.index(2, column(widget, "Deadline"))
    assert done.data() == "March 1, 2026" and done.data(Qt.ItemDataRole.ForegroundRole) is None
    someday = widget.model.index(3, column(widget, "Deadline"))
    assert someday.data() == "Start of next school year"
    assert "1 overdue" in widget.summary.text()

    widget.owner_box.setCurrentIndex(widget.owner_box.findText("Ben Cho"))
    assert [cell(widget, r, "Action") for r in range(widget.model.rowCount())] == [
        "Late one", "Finished"]
    widget.owner_box.setCurrentIndex(0)
    open_only = widget.status_box.findText("Open", Qt.MatchFlag.MatchStartsWith)
    widget.status_box.setCurrentIndex(open_only)
    assert widget.model.rowCount() == 3
    widget.status_box.setCurrentIndex(0)
    qtbot.mouseClick(widget.sort_box, Qt.MouseButton.LeftButton)
    assert [cell(widget, r, "Action") for r in range(widget.model.rowCount())] == [
        "Finished", "Late one", "Soon", "Someday"]


def test_projector_view_is_read_only_large_and_follows_edits(qtbot: QtBot, room: Room) -> None:
    editable = room.worksheet(qtbot)
    projected = room.worksheet(qtbot, readonly=True, zoom=1.8)   # the presenter's zoom
    assert projected.font().pointSizeF() == pytest.approx(editable.font().pointSizeF() * 1.8)
    header = projected.view.horizontalHeader()
    assert header.font().pointSizeF() == pytest.approx(projected.font().pointSizeF())
    assert not projected.new_text.isVisible() and not projected.owner_box.isVisible()
    qtbot.keyClicks(editable.new_text, "Share the data with staff")
    qtbot.keyClick(editable.new_text, Qt.Key.Key_Return)
    assert projected.model.rowCount() == 1
    index = projected.model.index(0, 0)
    assert not projected.model.flags(index) & Qt.ItemFlag.ItemIsEditable
    assert "Came from" not in [c.title for c in projected.model.columns]


def test_second_meeting_shows_what_to_review_since_last_time(qtbot: QtBot, room: Room) -> None:
    add_action(room.ws, "tracker", "Carried", owner="Ben Cho")
    add_action(room.ws, "tracker", "Done already", status="completed")
    new_meeting(room.ws)
    room.ctx.meeting_id = room.ws.meeting_id()
    widget = room.worksheet(qtbot)
    assert widget.review.isVisible()
    assert widget.review.text().startswith("Since last time: 1 action still open")
    assert "meeting 1" in cell(widget, 0, "Came from")
    widget.view.move_to(0, column(widget, "Status"))
    widget.model.setData(widget.view.currentIndex(), "completed")
    carried = read_actions(room.ws, "tracker")[0]
    assert carried.history == ((1, "not started"), (2, "completed"))


def test_deadline_is_typed_in_words_or_picked_from_a_calendar(qtbot: QtBot, room: Room) -> None:
    add_action(room.ws, "tracker", "Book the room")
    widget = room.worksheet(qtbot)
    edit(qtbot, widget, 0, "Deadline", "Start of next school year")
    assert cell(widget, 0, "Deadline") == "Start of next school year"   # words stay words
    widget.view.setFocus()
    widget.view.move_to(0, column(widget, "Deadline"))
    qtbot.keyClick(widget.view, Qt.Key.Key_F2)
    line = QApplication.focusWidget()
    picker = line.parent()
    assert isinstance(picker, DateEditor) and "words like" in line.placeholderText()
    seen: list[bool] = []

    def click_the_15th() -> None:  # the calendar pops up modally: click once it shows
        seen.append(picker.menu.isVisible())
        picker.calendar.clicked.emit(QDate(2026, 6, 15))              # what a click sends

    QTimer.singleShot(200, click_the_15th)
    qtbot.keyClick(line, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)  # Alt+Down
    assert seen == [True]
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: widget.view.state() != QAbstractItemView.State.EditingState)
    assert read_actions(room.ws, "tracker")[0].deadline == "2026-06-15"
    room.ctx.undo.undo()
    assert read_actions(room.ws, "tracker")[0].deadline == "Start of next school year"


def test_on_a_narrow_laptop_the_decisions_fit_without_scrolling(qtbot: QtBot,
                                                                room: Room) -> None:
    add_action(room.ws, "tracker", "Book the room", owner="Ben Cho", deadline="2026-06-01")
    widget = room.worksheet(qtbot)
    widget.resize(720, 500)
    qtbot.waitUntil(lambda: widget.view.viewport().width() < 720)
    view = widget.view
    for title in ("Action", "Owner", "Deadline", "Status"):
        number = column(widget, title)
        assert view.columnViewportPosition(number) + view.columnWidth(number) \
            <= view.viewport().width(), title
    widget.resize(1600, 500)                      # room enough: the standard widths again
    qtbot.waitUntil(lambda: view.columnWidth(column(widget, "Action")) == 320)


def test_first_item_review_lists_only_carried_actions(qtbot: QtBot, room: Room) -> None:
    add_action(room.ws, "tracker", "Carried", owner="Ben Cho")
    add_action(room.ws, "tracker", "Done already", status="completed")
    assert review_actions(room.ws, room.ctx.meeting_id) == []  # a first meeting: nothing
    new_meeting(room.ws)
    room.ctx.meeting_id = room.ws.meeting_id()
    add_action(room.ws, "tracker", "New today", meeting=room.ctx.meeting_id)
    to_review = review_actions(room.ws, room.ctx.meeting_id)
    assert [a.text for a in to_review] == ["Carried"]
    review = create_review(room.ctx, to_review)
    qtbot.addWidget(review)
    review.show()
    sheet = review.findChild(ActionsWorksheet, "review:tracker")
    assert sheet is not None and not sheet.new_text.isVisible()
    assert [cell(sheet, r, "Action") for r in range(sheet.model.rowCount())] == ["Carried"]
    assert sheet.summary.text() == "1 action"
    sheet.view.move_to(0, column(sheet, "Status"))
    sheet.model.setData(sheet.view.currentIndex(), "completed")
    # Still listed (it was reviewed at this meeting), now with this meeting's status.
    assert cell(sheet, 0, "Status") == "completed"
    room.ws.close()
    carried = next(a for a in dump(room.path)["actions"] if a["text"] == "Carried")
    assert carried["history"] == [[1, "not started"], [2, "completed"]]


def headings(widget: ActionsWorksheet) -> list[str]:
    model = widget.model
    return [str(model.headerData(n, Qt.Orientation.Horizontal))
            for n in range(model.columnCount())]


def test_headings_are_the_templates_own_labels(qtbot: QtBot, room: Room) -> None:
    """check-in's tracker labels its columns as the seed's paper tracker does; on the laptop,
    on the projector and in the names a screen reader announces for each editor."""
    add_action(room.ws, "tracker", "Book the library")
    widget = room.worksheet(qtbot)
    assert headings(widget) == ["Action item", "Who is responsible?", "When will it be done?",
                                "Progress tracker", "Notes", "Item creation date", "Came from"]
    # The columns themselves keep their standard titles (code and tests find them by these).
    assert [c.title for c in widget.model.columns] == [
        "Action", "Owner", "Deadline", "Status", "Notes", "Created", "Came from"]
    # Long headings wrap in their fixed-width columns; the header grows to show them whole.
    header = widget.view.horizontalHeader()
    margin = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    for number, text in enumerate(headings(widget)):
        box = header.fontMetrics().boundingRect(
            0, 0, header.sectionSize(number) - 2 * margin, 10_000,
            int(Qt.TextFlag.TextWordWrap), text)
        assert header.height() >= box.height(), f"heading '{text}' is clipped"
    for title, heading in (("Action", "Action item"), ("Owner", "Who is responsible?"),
                           ("Deadline", "When will it be done?"),
                           ("Status", "Progress tracker"), ("Created", "Item creation date")):
        widget.view.setFocus()
        widget.view.move_to(0, column(widget, title))
        qtbot.keyClick(widget.view, Qt.Key.Key_F2)
        editor = QApplication.focusWidget()
        assert editor is not None and editor.accessibleName() == heading, title
        qtbot.keyClick(editor, Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda: widget.view.state() != QAbstractItemView.State.EditingState)
    projected = room.worksheet(qtbot, readonly=True, zoom=1.8)
    assert headings(projected) == ["Action item", "Who is responsible?",
                                   "When will it be done?", "Progress tracker", "Notes"]
    assert room.failures == []


def test_every_control_has_an_accessible_name(qtbot: QtBot, room: Room) -> None:
    add_action(room.ws, "tracker", "Something to do")
    widget = room.worksheet(qtbot)
    controls = [w for w in widget.findChildren(QWidget)
                if w.isVisible() and w.focusPolicy() != Qt.FocusPolicy.NoFocus
                and not w.objectName().startswith("qt_")]
    assert len(controls) >= 6   # owner and status filters, sort, view, new action, buttons
    for control in controls:
        face = QAccessible.queryAccessibleInterface(control)
        assert face is not None and face.text(QAccessible.Text.Name).strip(), control
