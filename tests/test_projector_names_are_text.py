"""What the template and the room typed reaches both screens as text, never as markup: a
meeting name or a participant's name with angle brackets shows its brackets. And a file made
before templates named their meetings reads "Meeting 1" on both screens."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from facilitator.domain.template_parse import parse_template
from facilitator.services.templates import find_template
from facilitator.services.workshop import NewParticipant, create_workshop
from tests.ui_runner_helpers import open_window


def _shows_every_character(label: QLabel) -> bool:
    """Rich text would swallow the tags: laid out on one line, the label would be narrower
    than its text."""
    wrap = label.wordWrap()
    label.setWordWrap(False)
    width = label.sizeHint().width()
    label.setWordWrap(wrap)
    return width >= label.fontMetrics().horizontalAdvance(label.text())


def _workshop(tmp_path: Path, meeting_name: str | None) -> Path:
    raw = {k: v for k, v in find_template("check-in").raw.items() if k != "meeting_name"}
    if meeting_name is not None:
        raw["meeting_name"] = meeting_name
    path = tmp_path / "w.workshop"
    create_workshop(path, parse_template(raw), date="2027-01-12",
                    participants=[NewParticipant("<i>Ann</i> <b>Lee</b>", "Counselor")]).close()
    return path


def test_names_with_angle_brackets_show_as_typed_on_both_screens(qtbot: QtBot,
                                                                  tmp_path: Path) -> None:
    window = open_window(qtbot, _workshop(tmp_path, "<b>Check</b>-in"))
    page = window.page
    runner = page.runner
    ann = runner.state.participants[0].id
    runner.assign_subgroups(runner.current, {ann: "<u>Group A</u>"})
    window.present()
    presenter = window.presenter
    assert presenter is not None
    qtbot.waitUntil(lambda: "<u>Group A</u>" in presenter.groups.text(), timeout=2000)
    for label in (page.series, presenter.series, presenter.groups):
        assert _shows_every_character(label), label.objectName()
    assert presenter.series.text() == "<b>Check</b>-in 1 · January 12, 2027"
    assert "<i>Ann</i> <b>Lee</b>" in presenter.groups.text()
    window.stop_presenting()


def test_a_file_from_before_meeting_names_reads_meeting_on_both_screens(qtbot: QtBot,
                                                                         tmp_path: Path) -> None:
    window = open_window(qtbot, _workshop(tmp_path, None))
    window.present()
    assert window.presenter is not None
    assert window.page.series.text() == "Meeting 1 · January 12, 2027"
    assert window.presenter.series.text() == "Meeting 1 · January 12, 2027"
    window.stop_presenting()
