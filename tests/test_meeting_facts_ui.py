"""The meeting's facts can be corrected from the window: Meeting > Details… and Participants…
(one undo step each), New meeting keeps typed dates, and Ctrl+Z after adding a card removes it.
Real dialogs, real key events, the file read back after each step."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QWidget
from pytestqt.qtbot import QtBot

from facilitator.domain.meeting import MeetingFacts
from facilitator.services import ideas
from facilitator.services.dump import dump as dump_workshop
from facilitator.services.people import Links, set_subgroups
from facilitator.services.workshop import open_workshop
from facilitator.ui.run.dialogs import RebalanceDialog
from facilitator.ui.shell.actions_menu import NewMeetingDialog
from facilitator.ui.shell.main_window import MainWindow
from facilitator.ui.shell.meeting_details import MeetingDetailsDialog
from facilitator.ui.shell.participants_dialog import COL_NAME, ParticipantsDialog
from tests.helpers import make_workshop
from tests.test_ui_window_access import unnamed_controls
from tests.ui_runner_helpers import open_window

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
ANA, BEN = 1, 2


def saved(path: Path) -> dict:
    with open_workshop(path, readonly=True) as ws:
        return dump_workshop(ws)


def trigger(window: MainWindow, name: str) -> None:
    action = window.findChild(QAction, f"action:{name}")
    assert action is not None, name
    window.menu("Meeting").aboutToShow.emit()
    assert action.isEnabled()
    action.trigger()


def drive(monkeypatch: pytest.MonkeyPatch, qtbot: QtBot, kind: type[QDialog],
          steps: Callable[[QDialog], None]) -> list[QDialog]:
    """Replace the dialog's modal exec: show it, let `steps` use it with keys, return how it
    closed (Enter on a field presses the default button)."""
    seen: list[QDialog] = []

    def run(dialog: QDialog) -> int:
        seen.append(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        dialog.activateWindow()                         # as a modal dialog would be
        qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=2000)
        steps(dialog)
        closed_by = dialog.result() if not dialog.isVisible() else QDialog.DialogCode.Rejected
        dialog.hide()
        owner = dialog.parentWidget().window()          # focus goes back, as after exec()
        owner.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is owner, timeout=2000)
        return closed_by

    monkeypatch.setattr(kind, "exec", run)
    return seen


def retype(qtbot: QtBot, field: QWidget, text: str, how: str = "select-all") -> None:
    """Replace a field's text as a person would: click in it, select, type."""
    qtbot.mouseClick(field, Qt.MouseButton.LeftButton)
    if how == "select-all":
        qtbot.keyClick(field, Qt.Key.Key_A, CTRL)
    else:                                   # from the start, deleting what was there
        qtbot.keyClick(field, Qt.Key.Key_Home)
        qtbot.keyClick(field, Qt.Key.Key_End, SHIFT)
    qtbot.keyClicks(field, text)


# New meeting: typed dates ------------------------------------------------------------------
@pytest.mark.parametrize(("typed", "how"), [("2027-02-28", "select-all"),
                                            ("2027-11-02", "home-shift-end")])
def test_new_meeting_keeps_the_date_exactly_as_typed(qtbot: QtBot, monkeypatch, tmp_path: Path,
                                                     typed: str, how: str) -> None:
    path = make_workshop(tmp_path, "check-in")
    window = open_window(qtbot, path)

    def steps(dialog: NewMeetingDialog) -> None:
        retype(qtbot, dialog.form.date_field.line, typed, how)
        retype(qtbot, dialog.form.time_edit, "9:40", how)
        qtbot.keyClick(dialog.form.time_edit, Qt.Key.Key_Return)

    drive(monkeypatch, qtbot, NewMeetingDialog, steps)
    trigger(window, "new_meeting")
    meetings = saved(path)["meetings"]
    assert [(m["date"], m["time"]) for m in meetings[1:]] == [(typed, "09:40")]


def test_a_wrong_date_keeps_the_dialog_open_and_says_why(qtbot: QtBot, monkeypatch,
                                                         tmp_path: Path) -> None:
    path = make_workshop(tmp_path, "check-in")
    window = open_window(qtbot, path)
    messages: list[str] = []

    def steps(dialog: NewMeetingDialog) -> None:
        retype(qtbot, dialog.form.date_field.line, "2027-02-30")
        qtbot.keyClick(dialog.form.date_field.line, Qt.Key.Key_Return)
        assert dialog.isVisible()
        messages.append(dialog.form.message.text())
        assert QApplication.focusWidget() is dialog.form.date_field.line

    drive(monkeypatch, qtbot, NewMeetingDialog, steps)
    trigger(window, "new_meeting")
    assert messages == ["The date '2027-02-30' does not exist on the calendar."]
    assert len(saved(path)["meetings"]) == 1


# Meeting > Details… ------------------------------------------------------------------------
def time_read_back(form: QWidget) -> QLabel:
    found = [w for w in form.findChildren(QLabel) if w.accessibleName() == "Start time as printed"]
    assert len(found) == 1
    return found[0]


def test_details_are_corrected_shown_and_undone_in_one_step(qtbot: QtBot, monkeypatch,
                                                            tmp_path: Path) -> None:
    path = make_workshop(tmp_path, date="2026-12-03", time="15:30", location="Library")
    window = open_window(qtbot, path)
    agenda = window.page.agenda

    read_backs: list[tuple[str, str]] = []

    def steps(dialog: MeetingDetailsDialog) -> None:
        form = dialog.form
        assert form.facts().date == "2026-12-03"
        # Typed as stored, read back beside the fields as the handouts print them.
        read_backs.append((form.date_field.read_back.text(), time_read_back(form).text()))
        retype(qtbot, form.date_field.line, "2027-02-3")
        read_backs.append((form.date_field.read_back.text(), ""))   # not a date yet
        retype(qtbot, form.date_field.line, "2027-02-28")
        retype(qtbot, form.time_edit, "16:00")
        read_backs.append((form.date_field.read_back.text(), time_read_back(form).text()))
        retype(qtbot, dialog.form.location_edit, "Room 12, North High")
        qtbot.keyClick(dialog.form.location_edit, Qt.Key.Key_Return)

    drive(monkeypatch, qtbot, MeetingDetailsDialog, steps)
    trigger(window, "details")
    meeting = saved(path)["meetings"][0]
    assert (meeting["date"], meeting["time"], meeting["location"]) == (
        "2027-02-28", "16:00", "Room 12, North High")
    assert read_backs == [("Thursday, December 3, 2026", "3:30 PM"), ("", ""),
                          ("Sunday, February 28, 2027", "4:00 PM")]
    assert agenda.topLevelItem(1).text(0) == "4:05 PM"       # start times follow at once
    assert window.undo_stack.undoText() == "Change meeting details"
    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL)
    meeting = saved(path)["meetings"][0]
    assert (meeting["date"], meeting["time"], meeting["location"]) == (
        "2026-12-03", "15:30", "Library")
    assert agenda.topLevelItem(1).text(0) == "3:35 PM"
    qtbot.keyClick(window, Qt.Key.Key_Y, CTRL)
    assert saved(path)["meetings"][0]["location"] == "Room 12, North High"


# Meeting > Participants… -------------------------------------------------------------------
def type_in_cell(qtbot: QtBot, dialog: ParticipantsDialog, row: int, col: int,
                 text: str) -> None:
    """Select the cell, F2 to edit it, replace the text and press Enter."""
    table = dialog.table
    table.setFocus()
    table.setCurrentCell(row, col)
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert editor is not None and table.isAncestorOf(editor)
    qtbot.keyClick(editor, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)


def names(path: Path) -> list[str]:
    return [p["name"] for p in saved(path)["participants"]]


def test_participants_are_added_and_renamed_as_one_undo_step(qtbot: QtBot, monkeypatch,
                                                            tmp_path: Path) -> None:
    path = make_workshop(tmp_path)
    window = open_window(qtbot, path)

    def steps(dialog: ParticipantsDialog) -> None:
        headings = [dialog.table.horizontalHeaderItem(c).text() for c in range(3)]
        assert headings == ["Name", "Role", "Organization"]     # en-US, as the handouts say
        type_in_cell(qtbot, dialog, 1, COL_NAME, "Benjamin Cho")
        qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
        editor = QApplication.focusWidget()              # the new name is open for typing
        qtbot.keyClicks(editor, "Cleo Diaz")
        qtbot.keyClick(editor, Qt.Key.Key_Tab)             # on to the role
        qtbot.waitUntil(lambda: dialog.table.isAncestorOf(QApplication.focusWidget()))
        qtbot.keyClicks(QApplication.focusWidget(), "Psychologist")
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    drive(monkeypatch, qtbot, ParticipantsDialog, steps)
    trigger(window, "participants")
    people = saved(path)["participants"]
    assert [(p["name"], p["role"]) for p in people] == [
        ("Ana Núñez", "School counselor(s)"), ("Benjamin Cho", "Social worker(s)"),
        ("Cleo Diaz", "Psychologist")]
    assert [p.name for p in window.page.runner.state.participants][1:] == ["Benjamin Cho",
                                                                          "Cleo Diaz"]
    assert window.undo_stack.count() == 1
    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL)
    assert names(path) == ["Ana Núñez", "Ben Cho"]
    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL | SHIFT)
    assert names(path) == ["Ana Núñez", "Benjamin Cho", "Cleo Diaz"]


def test_an_author_is_not_removed_the_dialog_explains_and_offers_a_rename(
        qtbot: QtBot, monkeypatch, tmp_path: Path) -> None:
    path = make_workshop(tmp_path)
    with open_workshop(path) as ws:
        ideas.add_idea(ws, "brainstorm", "Mentor new hires", "leaders", "could", author_id=ANA)
    window = open_window(qtbot, path)
    window.go_to_item(4)
    explained: list[str] = []

    def steps(dialog: ParticipantsDialog) -> None:
        dialog.table.setCurrentCell(0, COL_NAME)
        qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
        explained.append(dialog.message.text())
        assert dialog.table.rowCount() == 2                # Ana stays ...
        editor = QApplication.focusWidget()                 # ... with her name open to edit
        assert dialog.table.isAncestorOf(editor)
        qtbot.keyClick(editor, Qt.Key.Key_A, CTRL)
        qtbot.keyClicks(editor, "Ana Nunez-Ruiz")
        qtbot.keyClick(editor, Qt.Key.Key_Return)
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    drive(monkeypatch, qtbot, ParticipantsDialog, steps)
    trigger(window, "participants")
    assert explained[0].startswith("Ana Núñez wrote 1 card, so they stay in the workshop")
    assert names(path) == ["Ana Nunez-Ruiz", "Ben Cho"]
    assert window.undo_stack.undoText() == "Rename Ana Núñez to Ana Nunez-Ruiz"
    card = saved(path)["meetings"][0]["ideas"]["brainstorm"][0]
    assert card["author_id"] == ANA
    board = window.block_widget("brainstorm")
    qtbot.waitUntil(lambda: "(Ana Nunez-Ruiz)" in board.card_label(board.ideas[0]))


def test_someone_only_in_a_subgroup_is_removed_and_undo_brings_their_place_back(
        qtbot: QtBot, monkeypatch, tmp_path: Path) -> None:
    path = make_workshop(tmp_path)
    with open_workshop(path) as ws:
        set_subgroups(ws, 5, {ANA: "Great leaders", BEN: "Great job"})
    window = open_window(qtbot, path)

    def steps(dialog: ParticipantsDialog) -> None:
        dialog.table.setCurrentCell(1, COL_NAME)
        qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
        assert dialog.table.rowCount() == 1
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    drive(monkeypatch, qtbot, ParticipantsDialog, steps)
    trigger(window, "participants")
    assert names(path) == ["Ana Núñez"]
    assert window.undo_stack.undoText() == "Remove participant Ben Cho"
    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL)
    data = saved(path)
    assert [(p["id"], p["name"]) for p in data["participants"]] == [(ANA, "Ana Núñez"),
                                                                    (BEN, "Ben Cho")]
    assert {"item": 5, "participant": BEN, "group": "Great job"} in \
        data["meetings"][0]["subgroups"]


# Add a card, then Ctrl+Z -------------------------------------------------------------------
def test_ctrl_z_after_adding_a_card_removes_the_card(qtbot: QtBot, tmp_path: Path) -> None:
    path = make_workshop(tmp_path)
    window = open_window(qtbot, path)
    window.go_to_item(4)
    board = window.block_widget("brainstorm")
    box = board.add_boxes[("organization", "could")]
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(box, "Mentor new hires")
    qtbot.keyClick(box, Qt.Key.Key_Z, CTRL)              # while typing: the box's own undo
    assert box.text() == "" and window.undo_stack.count() == 0
    qtbot.keyClicks(box, "Mentor new hires")
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert board.cards("organization", "could") == ["Mentor new hires"]
    assert window.undo_stack.undoText() == "Add card"
    qtbot.keyClick(box, Qt.Key.Key_Z, CTRL)              # the focus is still in the box
    assert box.text() == ""
    assert board.cards("organization", "could") == []
    assert saved(path)["meetings"][0]["ideas"].get("brainstorm", []) == []
    qtbot.keyClick(box, Qt.Key.Key_Y, CTRL)              # and redo brings the card back
    assert board.cards("organization", "could") == ["Mentor new hires"]
    assert [i["text"] for i in saved(path)["meetings"][0]["ideas"]["brainstorm"]] == [
        "Mentor new hires"]
    assert box.text() == ""


def test_every_control_of_the_new_dialogs_is_named(qtbot: QtBot, tmp_path: Path) -> None:
    path = make_workshop(tmp_path)
    window = open_window(qtbot, path)
    dialogs = [MeetingDetailsDialog(window, 1, MeetingFacts("2026-12-03", "15:30", "Library")),
               ParticipantsDialog(window, window.page.runner.state.participants,
                                  lambda _id: Links()),
               NewMeetingDialog(window, "15:30", "Library"),
               RebalanceDialog(window.page.runner, window.workshop.template.agenda, window)]
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        dialog.show()
        assert unnamed_controls(dialog) == [], type(dialog).__name__
