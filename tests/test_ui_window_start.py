"""The start page: a new workshop from a template, recent files, the demo; menus for others."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from facilitator.services.snapshot import read_snapshot
from facilitator.services.workshop import open_workshop
from facilitator.ui.shell.start_page import parse_participants
from tests.ui_runner_helpers import open_window


def test_new_workshop_from_the_start_page(qtbot: QtBot, tmp_path: Path,
                                          monkeypatch) -> None:
    window = open_window(qtbot, None)
    page = window.start_page
    ids = [page.template.itemData(i) for i in range(page.template.count())]
    assert {"attract-retain", "check-in", "staff-roles"} <= set(ids)
    assert page.template.currentData() == "attract-retain"         # the main one first
    page.template.setCurrentIndex(page.template.findData("check-in"))
    qtbot.keyClicks(page.title, "Spring check-in")
    for field, typed in ((page.date.line, "2027-02-28"), (page.time, "9:15")):
        field.setFocus()
        qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClicks(field, typed)                               # kept exactly as typed
    qtbot.keyClicks(page.location, "Room 12")
    page.participants.setPlainText("Ana Núñez, School counselor(s)\n\nBen Cho")
    target = tmp_path / "spring.workshop"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    page.create_button.click()
    assert window.windowTitle().startswith("Spring check-in")
    assert window.page is not None
    window.close()
    with open_workshop(target, readonly=True) as ws:
        snap = read_snapshot(ws)
    assert snap.template.id == "check-in"
    meeting = snap.meeting
    assert (meeting.date, meeting.time, meeting.location) == ("2027-02-28", "09:15", "Room 12")
    assert [p.name for p in snap.participants] == ["Ana Núñez", "Ben Cho"]
    assert snap.participants[0].role == "School counselor(s)"


def test_recent_files_and_geometry_are_remembered(qtbot: QtBot, workshop_path: Path,
                                                  tmp_path: Path) -> None:
    settings = tmp_path / "settings.ini"
    window = open_window(qtbot, workshop_path, settings=settings)
    window.resize(701, 502)          # fits the 800x600 offscreen screen
    window.close()
    again = open_window(qtbot, None, settings=settings)
    assert again.recent_files() == [str(workshop_path)]
    assert again.start_page.recent.count() == 1
    assert again.width() == 701 and abs(again.height() - 502) <= 10   # frame rounding
    again.start_page.recent_requested.emit(str(workshop_path))
    assert again.workshop is not None and again.workshop.path == workshop_path


def test_a_file_that_cannot_be_opened_is_reported_without_a_crash(qtbot: QtBot,
                                                                  tmp_path: Path) -> None:
    bogus = tmp_path / "notes.workshop"
    bogus.write_text("not a workshop")
    window = open_window(qtbot, bogus)
    assert window.workshop is None
    assert "notes.workshop" in window.statusBar().currentMessage()
    assert window.stack.currentWidget() is window.start_page
    assert "is not a Facilitator workshop" in window.start_page.message.text()  # and why


def test_the_demo_opens_from_the_start_page(qtbot: QtBot) -> None:
    window = open_window(qtbot, None)
    window.start_page.demo_button.click()
    assert window.workshop is not None
    assert window.windowTitle().startswith("Attract and retain: demo focus group")


def test_other_features_can_add_menu_entries(qtbot: QtBot) -> None:
    window = open_window(qtbot, None)
    assert window.menu("File") is window.menu("&File")
    action = window.menu("File").addAction("Export…")
    assert action in window.menu("File").actions()
    extra = window.menu("Help")
    assert extra.title() == "&Help"


def test_participants_are_read_one_per_line() -> None:
    assert parse_participants(" Ana , Counselor, Lincoln, MS \n\n Ben") == [
        ("Ana", "Counselor", "Lincoln, MS"), ("Ben", "", "")]


def test_feature_menus_are_installed_once_the_window_is_ready(qtbot: QtBot, monkeypatch,
                                                              workshop_path: Path) -> None:
    from facilitator.ui.shell import main_window

    def not_in_this_build(window: object) -> None:
        from facilitator.ui import not_in_this_build  # type: ignore[attr-defined]  # noqa: F401

    monkeypatch.setattr(main_window, "EXTENSIONS", (
        *main_window.EXTENSIONS, ("facilitator.ui.not_in_this_build", not_in_this_build)))
    window = open_window(qtbot, workshop_path)          # a missing feature is only logged
    file_entries = [a.text() for a in window.menu("File").actions()]
    assert "&Export…" in file_entries and "&Handouts…" in file_entries
    assert file_entries[-1] == "&Quit"
    assert "&Copy invitation" in [a.text() for a in window.menu("Meeting").actions()]


def test_own_templates_appear_and_broken_ones_say_why(qtbot: QtBot, tmp_path: Path,
                                                      monkeypatch) -> None:
    folder = tmp_path / "my-templates"
    folder.mkdir()
    monkeypatch.setenv("FACILITATOR_TEMPLATES", str(folder))
    shipped = Path(__file__).resolve().parent.parent / "resources" / "workshops"
    (folder / "ours.yaml").write_text(
        (shipped / "key-themes.yaml").read_text(encoding="utf-8")
        .replace("id: key-themes", "id: our-debrief", 1), encoding="utf-8")
    (folder / "typo.yaml").write_text("id: typo\ntitle: Typo\nsource: me\n"
                                      "invitation: {subject: s, body: b}\n"
                                      "agenda:\n  - title: Only\n    minutes: ten\n")
    window = open_window(qtbot, None)
    page = window.start_page
    ids = [page.template.itemData(i) for i in range(page.template.count())]
    assert "our-debrief" in ids and "attract-retain" in ids and "typo" not in ids
    assert "your template" in page.template.itemText(ids.index("our-debrief"))
    assert page.template_problems.isVisibleTo(page)
    assert "typo.yaml:7: agenda[0].minutes: must be a positive integer" in \
        page.template_problems.text()
