"""The projector window: what the room sees, never the facilitator's notes, always in step."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from facilitator.domain.template import TextBlock
from facilitator.ui.run.presenter import BASE_ZOOM
from facilitator.ui.worksheets.kit.projection import TypeScale
from tests.helpers import make_workshop
from tests.ui_runner_helpers import FakeClock, open_window

CTRL = Qt.KeyboardModifier.ControlModifier


def visible_texts(root: QWidget) -> list[str]:
    """Every text a widget in the tree could show or read out."""
    texts = [root.windowTitle(), root.accessibleName(), root.toolTip()]
    for w in root.findChildren(QWidget):
        texts += [w.accessibleName(), w.accessibleDescription(), w.toolTip()]
        if isinstance(w, QLabel | QAbstractButton | QLineEdit):
            texts.append(w.text())
        elif isinstance(w, QTextEdit | QPlainTextEdit):
            texts.append(w.toPlainText())
    return [t for t in texts if t]


def test_presenter_never_shows_facilitator_notes(qtbot: QtBot, workshop_path: Path) -> None:
    window = open_window(qtbot, workshop_path)
    qtbot.keyClick(window, Qt.Key.Key_F5)
    presenter = window.presenter
    assert presenter is not None and presenter.isFullScreen()
    agenda = window.workshop.template.agenda
    for index, item in enumerate(agenda):
        window.go_to_item(index)
        assert presenter.title.text() == item.title
        shown = "\n".join(visible_texts(presenter))
        for other in agenda:       # no line of any item's facilitator notes
            for line in filter(None, other.notes.splitlines()):
                assert line[:60] not in shown
        for question in item.questions:
            assert question in presenter.questions.text()
        # ... while the facilitator's own window does show them.
        assert window.page.side.notes.toPlainText().startswith(item.notes[:40] or "No notes")


def test_presenter_worksheets_are_read_only(qtbot: QtBot, tmp_path: Path) -> None:
    path = make_workshop(tmp_path, "provider-barriers")
    window = open_window(qtbot, path)
    window.go_to_item(window.workshop.template.item_of("missing-challenges"))
    window.present()
    sheet = window.presenter.sheet
    sheet.rebuild()
    assert sheet.shows_block("missing-challenges")
    assert not window.presenter.findChildren(QPlainTextEdit)   # no edit box on the projector
    assert not window.presenter.findChildren(QLineEdit)
    assert sheet.ctx.readonly and sheet.ctx.zoom == BASE_ZOOM


def test_presenter_follows_edits_within_100_ms(qtbot: QtBot, tmp_path: Path) -> None:
    path = make_workshop(tmp_path, "provider-barriers")
    window = open_window(qtbot, path)
    window.go_to_item(window.workshop.template.item_of("missing-challenges"))
    window.present()
    box = window.block_widget("missing-challenges").findChild(QPlainTextEdit, "notesEdit")
    box.setFocus()
    qtbot.keyClicks(box, "Long waits for referrals")
    window.page.agenda.setFocus()
    sheet = window.presenter.sheet
    qtbot.waitUntil(lambda: "Long waits for referrals" in sheet.all_texts(), timeout=100)


def test_presenter_timer_and_item_follow_the_facilitator(qtbot: QtBot,
                                                         workshop_path: Path) -> None:
    clock = FakeClock()
    window = open_window(qtbot, workshop_path, clock)
    window.present()
    presenter = window.presenter
    assert presenter.timer.text() == "5:00"
    qtbot.keyClick(window, Qt.Key.Key_Space)
    clock.advance(90)
    qtbot.waitUntil(lambda: presenter.timer.text() == "3:30", timeout=200)
    qtbot.keyClick(presenter, Qt.Key.Key_Right, CTRL)      # keys work on the projector too
    qtbot.waitUntil(lambda: presenter.title.text().startswith("Review the framework"),
                    timeout=100)
    assert presenter.timer.text() == "15:00"
    clock.advance(16 * 60)
    qtbot.waitUntil(lambda: presenter.timer.text() == "+1:00", timeout=200)
    assert "#f87171" in presenter.timer.styleSheet() or window.page.timer_panel.flashing


def test_blank_keys_and_esc_on_the_projector(qtbot: QtBot, workshop_path: Path) -> None:
    window = open_window(qtbot, workshop_path)
    window.present()
    presenter = window.presenter
    presenter.activateWindow()                             # the facilitator clicked on it
    qtbot.waitUntil(presenter.isActiveWindow, timeout=2000)
    qtbot.keyClick(presenter, Qt.Key.Key_B)                # as in a slide show
    assert presenter.blanked
    assert presenter.title.isHidden() or not presenter.title.isVisible()
    qtbot.keyClick(presenter, Qt.Key.Key_Period)
    assert not presenter.blanked
    qtbot.keyClick(window, Qt.Key.Key_B, CTRL)             # from the facilitator's window
    assert presenter.blanked
    qtbot.keyClick(presenter, Qt.Key.Key_B, CTRL)
    assert not presenter.blanked
    with qtbot.waitSignal(presenter.closed, timeout=1000):
        qtbot.keyClick(presenter, Qt.Key.Key_Escape)
    assert window.presenter is None


def test_projector_zoom_makes_everything_larger(qtbot: QtBot, workshop_path: Path) -> None:
    window = open_window(qtbot, workshop_path)
    window.present()
    presenter = window.presenter
    before = presenter.timer.font().pointSizeF()
    shift = CTRL | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(presenter, Qt.Key.Key_Up, shift)
    assert presenter.zoom == pytest.approx(1.15)
    qtbot.keyClick(presenter, Qt.Key.Key_Down, shift)
    window.change_presenter_zoom(1.5)
    assert presenter.zoom == pytest.approx(1.5)
    assert presenter.timer.font().pointSizeF() > before
    assert presenter.sheet.ctx.zoom == pytest.approx(BASE_ZOOM * 1.5)
    assert presenter.sheet.scale().ceiling > TypeScale(presenter.width(), presenter.height()
                                                       ).ceiling
    assert window.settings.value("presenter/zoom", type=float) == pytest.approx(1.5)


def test_projector_shows_the_subgroups(qtbot: QtBot, workshop_path: Path) -> None:
    window = open_window(qtbot, workshop_path)
    window.go_to_item(2)
    window.present()
    people = window.page.runner.state.participants
    window.page.runner.assign_subgroups(2, {people[0].id: "Great organization",
                                            people[1].id: "Great job"})
    groups = window.presenter.groups
    qtbot.waitUntil(lambda: "Great organization: Ana Núñez" in groups.text(), timeout=100)
    assert "Great job: Ben Cho" in groups.text()


def test_text_blocks_on_the_projector_hold_no_item_notes(qtbot: QtBot,
                                                         workshop_path: Path) -> None:
    window = open_window(qtbot, workshop_path)
    window.go_to_item(1)
    window.present()
    sheet = window.presenter.sheet
    sheet.rebuild()
    assert sheet.shows_block("framework")
    assert isinstance(window.workshop.template.block("framework"), TextBlock)
    assert "Walk the group through" not in "\n".join(sheet.all_texts())


def test_closing_the_facilitator_window_closes_the_projector(qtbot: QtBot,
                                                             workshop_path: Path) -> None:
    window = open_window(qtbot, workshop_path)
    window.present()
    presenter = window.presenter
    with qtbot.waitSignal(presenter.closed, timeout=1000):
        window.close()
    assert window.presenter is None and window.workshop is None


def test_projected_tables_are_large_and_nothing_is_cut(qtbot: QtBot,
                                                       workshop_path: Path) -> None:
    """From the back of the room: text at least twice the laptop's, every text whole."""
    from PySide6.QtWidgets import QApplication

    from facilitator.ui.worksheets.kit.projection import fits

    window = open_window(qtbot, workshop_path)
    item = next(i for i, it in enumerate(window.workshop.template.agenda)
                if any(b.id == "initiatives-organization" for b in it.blocks))
    window.go_to_item(item)
    qtbot.keyClick(window, Qt.Key.Key_F5)
    presenter = window.presenter
    assert presenter is not None
    sheet = presenter.sheet
    sheet.rebuild()
    assert sheet.shows_block("initiatives-organization")
    laptop_px = QApplication.font().pointSizeF() * 96 / 72
    for _ in range(sheet.page_count):
        pieces = sheet.pieces()
        assert min(p.px for p in pieces) >= 2 * laptop_px
        assert all(fits(p) for p in pieces), [p.text for p in pieces if not fits(p)]
        sheet.turn(1)
    window.close_workshop()


def test_what_changed_while_blanked_shows_when_the_room_sees_again(qtbot: QtBot,
                                                                    tmp_path: Path) -> None:
    path = make_workshop(tmp_path, "provider-barriers")
    window = open_window(qtbot, path)
    window.go_to_item(window.workshop.template.item_of("missing-challenges"))
    window.present()
    presenter = window.presenter
    qtbot.keyClick(window, Qt.Key.Key_B, CTRL)             # blank while the group talks
    assert presenter.blanked
    box = window.block_widget("missing-challenges").findChild(QPlainTextEdit, "notesEdit")
    box.setFocus()
    qtbot.keyClicks(box, "Transport to the clinic")
    window.page.agenda.setFocus()                          # leaving the box saves it
    qtbot.keyClick(window, Qt.Key.Key_B, CTRL)
    assert not presenter.blanked
    qtbot.waitUntil(lambda: "Transport to the clinic" in presenter.sheet.all_texts(),
                    timeout=200)


def test_a_later_check_in_projects_what_was_carried_over(qtbot: QtBot, tmp_path: Path) -> None:
    from datetime import date, timedelta

    from facilitator.services.actions import add_action
    from facilitator.services.meetings import new_meeting
    from facilitator.services.people import read_participants
    from facilitator.services.workshop import open_workshop

    path = make_workshop(tmp_path, "check-in")
    past, soon = date.today() - timedelta(days=20), date.today() + timedelta(days=20)
    with open_workshop(path) as ws:
        ben = read_participants(ws)[1]
        add_action(ws, "tracker", "Take social workers off lunch duty", owner_id=ben.id,
                   deadline=past.isoformat())
        add_action(ws, "tracker", "Share the referral form", deadline=soon.isoformat())
        add_action(ws, "tracker", "Book the room", status="completed")
        new_meeting(ws, date=date.today().isoformat())
    window = open_window(qtbot, path)
    window.go_to_item(0)
    window.present()
    sheet = window.presenter.sheet
    sheet.rebuild()
    texts = sheet.all_texts()
    shown = " | ".join(texts)
    assert sheet.isVisible() and "Since last time: Check-in action item tracker" in texts
    assert "2 actions carried over from earlier meetings · 1 overdue" in texts
    assert "Take social workers off lunch duty" in texts and "Ben Cho" in shown
    assert texts.count("Overdue") == 1 and "Book the room" not in shown
    # soonest deadline first: the overdue one leads
    assert shown.index("lunch duty") < shown.index("referral form")
