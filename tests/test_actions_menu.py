"""File > Export…, Meeting > New meeting…, Copy invitation and Save calendar invite, in the
real facilitator window (installed the way the lead wires it: actions_menu.install(window))."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from icalendar import Calendar
from openpyxl import load_workbook
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog
from pytestqt.qtbot import QtBot

from facilitator.services.actions import add_action
from facilitator.services.workshop import open_workshop
from facilitator.ui.shell import actions_menu
from facilitator.ui.shell.actions_menu import ExportDialog, NewMeetingDialog
from tests.helpers import dump, make_workshop
from tests.ui_runner_helpers import open_window


@pytest.fixture
def check_in(tmp_path: Path) -> Path:
    path = make_workshop(tmp_path, "check-in", date="2026-01-12", time="15:00",
                         location="Library")
    with open_workshop(path) as ws:
        add_action(ws, "tracker", "Take social workers off lunch duty", owner="Ana Núñez",
                   deadline="2026-03-01")
        add_action(ws, "tracker", "Book the room", status="completed")
    return path


def test_menu_entries_are_in_file_and_meeting_menus(qtbot: QtBot, check_in: Path) -> None:
    window = open_window(qtbot, check_in)
    made = actions_menu.install(window)
    file_texts = [a.text() for a in window.menu("File").actions()]
    assert file_texts.index("&Export…") < file_texts.index("&Quit")
    meeting = [a.text() for a in window.menu("Meeting").actions()]
    for text in ("New &meeting…", "&Copy invitation", "Save calendar &invite (.ics)…"):
        assert text in meeting
    assert made["export"].shortcut().toString() == "Ctrl+E"


def test_export_from_the_file_menu(qtbot: QtBot, check_in: Path, tmp_path: Path,
                                   monkeypatch: pytest.MonkeyPatch) -> None:
    window = open_window(qtbot, check_in)
    made = actions_menu.install(window)
    target = tmp_path / "out"  # the user typed no extension: the format's is added

    def accept(dialog: ExportDialog) -> int:
        dialog.format_box.setCurrentIndex(dialog.format_box.findData("csv"))
        assert not dialog.what_box.isEnabled()   # a CSV holds the action list only
        dialog.anonymise_box.setChecked(True)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ExportDialog, "exec", accept)
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(target), "")))
    made["export"].trigger()
    rows = list(csv.DictReader(io.StringIO((tmp_path / "out.csv").read_text("utf-8-sig"))))
    assert [r["Action"] for r in rows] == ["Take social workers off lunch duty", "Book the room"]
    assert rows[0]["Owner"] == "a school counselor"   # names replaced by roles, as asked
    assert actions_menu.export_to(window, "xlsx", tmp_path / "all.xlsx")
    assert "Actions" in load_workbook(tmp_path / "all.xlsx").sheetnames


def test_new_meeting_carries_open_actions_and_shows_the_new_meeting(
        qtbot: QtBot, check_in: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    window = open_window(qtbot, check_in)
    made = actions_menu.install(window)

    def accept(dialog: NewMeetingDialog) -> int:
        assert dialog.form.location_edit.text() == "Library"  # the series' room by default
        assert dialog.form.time_edit.text() == "15:00"
        dialog.form.date_field.line.setText("2026-04-13")
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(NewMeetingDialog, "exec", accept)
    made["new_meeting"].trigger()
    assert window.workshop is not None
    assert window.page is not None
    assert window.page.runner.meeting_id == window.workshop.meeting_id()
    saved = dump(check_in)
    assert [m["date"] for m in saved["meetings"]] == ["2026-01-12", "2026-04-13"]
    lunch = next(a for a in saved["actions"] if a["text"].startswith("Take"))
    assert lunch["history"] == [[1, "not started"], [2, "not started"]]
    booked = next(a for a in saved["actions"] if a["text"] == "Book the room")
    assert booked["history"] == [[1, "completed"]]
    assert window.page.runner.current == 0   # the first item reviews what was carried over


def test_a_new_meeting_started_by_mistake_is_undone_like_any_step(
        qtbot: QtBot, check_in: Path) -> None:
    window = open_window(qtbot, check_in)
    made = actions_menu.install(window)
    assert "undo_new_meeting" not in made        # no special entry: Edit > Undo does it
    assert actions_menu.start_new_meeting(window, date="2026-04-13")
    assert window.undo_stack.undoText() == "New meeting 2"
    window.page.runner.add_minutes(1)            # a step made in the new meeting
    window.undo_stack.undo()                     # ... is undone first
    window.undo_stack.undo()                     # then the meeting itself
    saved = dump(check_in)
    assert [m["date"] for m in saved["meetings"]] == ["2026-01-12"]
    lunch = next(a for a in saved["actions"] if a["text"].startswith("Take"))
    assert lunch["history"] == [[1, "not started"]]          # the carried status went too
    assert window.page.runner.meeting_id == window.workshop.meeting_id()
    assert not window.undo_stack.canUndo()       # never meeting 1: it was never a step
    window.undo_stack.redo()
    assert [m["date"] for m in dump(check_in)["meetings"]] == ["2026-01-12", "2026-04-13"]
    assert window.page.runner.meeting_id == window.workshop.meeting_id()


def test_copy_invitation_and_save_calendar_invite(qtbot: QtBot, check_in: Path, tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    window = open_window(qtbot, check_in)
    made = actions_menu.install(window)
    made["copy_invitation"].trigger()
    text = QApplication.clipboard().text()
    assert text.startswith("Subject: Regular check-in with mental health support staff: "
                           "recurring check-in (first meeting), Monday, January 12, 2026")
    assert "3:00 PM, Library" in text and "{" not in text
    target = tmp_path / "invite.ics"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(target), "")))
    made["save_invite"].trigger()
    event = next(iter(Calendar.from_ical(target.read_bytes()).walk("VEVENT")))
    assert str(event["location"]) == "Library"
    assert event.decoded("dtstart").isoformat() == "2026-01-12T15:00:00"


def test_without_a_workshop_the_entries_say_what_to_do(qtbot: QtBot) -> None:
    window = open_window(qtbot, None)
    actions_menu.install(window)
    messages: list[str] = []
    window.show_error = messages.append  # type: ignore[method-assign]
    assert not actions_menu.copy_invitation(window)
    assert messages == ["Open a workshop first."]
