"""What the facilitator sees of the projector, and what the room sees around the worksheet: the
live thumbnail and its blanked / frozen mark, "Paused", the series label and "since last time".
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from facilitator.domain.written_dates import month_day_year
from facilitator.services import actions
from facilitator.services.changes import Changed, ChangeKind
from facilitator.services.meetings import new_meeting
from facilitator.services.workshop import open_workshop
from facilitator.ui.run.projector_preview import WIDTH
from facilitator.ui.shell.main_window import MainWindow
from facilitator.ui.worksheets.actions.model import STATUS
from facilitator.ui.worksheets.actions.widget import ActionsWorksheet
from tests.helpers import make_workshop
from tests.ui_runner_helpers import FakeClock, open_window

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
# Mean channel difference between two pictures: the same screen scaled two ways differs by about
# 1-3; two agenda items by about 70.
SAME, DIFFERENT = 6.0, 20.0


def _image(pixmap: QPixmap) -> QImage:
    return pixmap.toImage().convertToFormat(QImage.Format.Format_RGB32)


def _difference(a: QImage, b: QImage, *, height: float = 1.0) -> float:
    """Mean difference per colour channel (0-255) over a 24 x 16 grid of sample points (in the
    top `height` share of the pictures: above the word stamped across a marked thumbnail)."""
    if a.size() != b.size():
        return 255.0
    total = count = 0
    for i in range(24):
        for j in range(16):
            x, y = (2 * i + 1) * a.width() // 48, int((2 * j + 1) * a.height() * height / 32)
            pa, pb = a.pixelColor(x, y), b.pixelColor(x, y)
            total += abs(pa.red() - pb.red()) + abs(pa.green() - pb.green()) + \
                abs(pa.blue() - pb.blue())
            count += 3
    return total / count


def _room_view(window: MainWindow) -> QImage:
    """What the projector shows now, at the thumbnail's size."""
    assert window.presenter is not None
    return _image(window.presenter.grab().scaledToWidth(
        WIDTH, Qt.TransformationMode.SmoothTransformation))


def _thumbnail(window: MainWindow) -> QImage:
    return _image(window.page.preview.picture.pixmap())


def _shows_the_room(window: MainWindow, *, height: float = 1.0) -> bool:
    picture = window.page.preview.picture.pixmap()
    return not picture.isNull() and _difference(_thumbnail(window), _room_view(window),
                                                height=height) < SAME


def _mostly_dark(image: QImage) -> bool:
    dark = sum(1 for i in range(20) for j in range(10)
               if image.pixelColor(i * image.width() // 20, j * image.height() // 10)
               .lightness() < 40)
    return dark > 150   # of 200 points; the stamped word takes the rest


def test_thumbnail_shows_what_the_room_sees_and_follows_the_item(qtbot: QtBot,
                                                                  workshop_path: Path) -> None:
    window = open_window(qtbot, workshop_path)
    preview = window.page.preview
    assert not preview.isVisible()                    # nothing presented, nothing to show
    qtbot.keyClick(window, Qt.Key.Key_F5)
    assert window.presenter is not None
    qtbot.waitUntil(lambda: preview.isVisible() and _shows_the_room(window), timeout=3000)
    first = _thumbnail(window)
    assert first.width() == WIDTH
    qtbot.keyClick(window, Qt.Key.Key_PageDown, CTRL)    # next item: the room sees another one
    qtbot.waitUntil(lambda: window.presenter.title.text()
                    == window.workshop.template.agenda[1].title, timeout=1000)
    qtbot.waitUntil(lambda: _shows_the_room(window), timeout=3000)
    assert _difference(_thumbnail(window), first) > DIFFERENT
    qtbot.keyClick(window, Qt.Key.Key_F5, SHIFT)         # stop presenting: the preview goes
    assert window.presenter is None and not preview.isVisible()
    window.close_workshop()


def test_thumbnail_is_a_glance_not_a_video(qtbot: QtBot, workshop_path: Path) -> None:
    """The timer ticks ten times a second; the thumbnail is taken about once a second."""
    window = open_window(qtbot, workshop_path)
    window.present()
    preview = window.page.preview
    qtbot.waitUntil(lambda: preview.grabs >= 1, timeout=3000)
    qtbot.keyClick(window, Qt.Key.Key_Space, CTRL)       # running: the projector changes
    before, ticks = preview.grabs, []
    window.page.runner.tick.connect(lambda: ticks.append(1))
    qtbot.wait(2500)
    assert len(ticks) >= 5                              # the projector was redrawn often...
    assert preview.grabs - before <= 4                  # ... the thumbnail was not
    window.close_workshop()


def test_blanked_mark_appears_on_ctrl_b_and_goes_on_the_next(qtbot: QtBot,
                                                              workshop_path: Path) -> None:
    window = open_window(qtbot, workshop_path)
    window.present()
    preview = window.page.preview
    qtbot.waitUntil(lambda: _shows_the_room(window), timeout=3000)
    assert not preview.mark.isVisible()
    qtbot.keyClick(window, Qt.Key.Key_B, CTRL)
    assert window.presenter.blanked
    qtbot.waitUntil(lambda: preview.mark.isVisible(), timeout=1000)
    assert "blanked" in preview.mark.text().lower()
    assert "Ctrl+B" in preview.mark.text()               # and how to undo it
    qtbot.waitUntil(lambda: _mostly_dark(_thumbnail(window)), timeout=3000)
    assert "blanked" in preview.picture.accessibleName().lower()
    qtbot.keyClick(window, Qt.Key.Key_B, CTRL)
    assert not window.presenter.blanked
    qtbot.waitUntil(lambda: not preview.mark.isVisible(), timeout=1000)
    qtbot.waitUntil(lambda: _shows_the_room(window) and not _mostly_dark(_thumbnail(window)),
                    timeout=3000)
    window.close_workshop()


def test_slide_show_keys_on_the_projector_mark_the_thumbnail_too(qtbot: QtBot,
                                                                 workshop_path: Path) -> None:
    window = open_window(qtbot, workshop_path)
    window.present()
    presenter = window.presenter
    presenter.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is presenter, timeout=2000)
    qtbot.keyClick(presenter, Qt.Key.Key_B)              # slide-show key on the projector
    qtbot.waitUntil(lambda: window.page.preview.mark.isVisibleTo(window), timeout=1000)
    qtbot.keyClick(presenter, Qt.Key.Key_Period)
    qtbot.waitUntil(lambda: not window.page.preview.mark.isVisibleTo(window), timeout=1000)
    qtbot.keyClick(presenter, Qt.Key.Key_F)              # F freezes, F again goes live
    assert presenter.frozen and "frozen" in window.page.preview.mark.text().lower()
    qtbot.keyClick(presenter, Qt.Key.Key_F)
    assert not presenter.frozen
    qtbot.waitUntil(lambda: not window.page.preview.mark.isVisibleTo(window), timeout=1000)
    window.close_workshop()


def test_frozen_projector_keeps_its_picture_and_says_so(qtbot: QtBot,
                                                        workshop_path: Path) -> None:
    window = open_window(qtbot, workshop_path)
    window.present()
    presenter, preview = window.presenter, window.page.preview
    qtbot.waitUntil(lambda: _shows_the_room(window), timeout=3000)
    agenda = window.workshop.template.agenda
    qtbot.keyClick(window, Qt.Key.Key_F, CTRL | SHIFT)
    assert presenter.frozen and window.actions_by_name["freeze"].isChecked()
    assert window.blank_badge.isVisible() and window.blank_badge.text() == "Projector frozen"
    frozen_room = _room_view(window)
    qtbot.keyClick(window, Qt.Key.Key_PageDown, CTRL)    # the facilitator looks ahead...
    assert window.page.title.text() == agenda[1].title
    qtbot.wait(50)
    assert _difference(_room_view(window), frozen_room) < 1.0   # ... the room does not follow
    qtbot.waitUntil(lambda: preview.mark.isVisible()
                    and _shows_the_room(window, height=0.3), timeout=3000)
    assert "frozen" in preview.mark.text().lower()
    qtbot.keyClick(window, Qt.Key.Key_B, CTRL)           # blank wins over frozen...
    qtbot.waitUntil(lambda: "blanked" in preview.mark.text().lower(), timeout=1000)
    assert window.blank_badge.text() == "Projector blanked"
    qtbot.keyClick(window, Qt.Key.Key_B, CTRL)           # ... and gives the still back
    qtbot.waitUntil(lambda: "frozen" in preview.mark.text().lower(), timeout=1000)
    assert _difference(_room_view(window), frozen_room) < 1.0
    qtbot.keyClick(window, Qt.Key.Key_F, CTRL | SHIFT)   # live again, on the item of now
    assert not presenter.frozen and not window.blank_badge.isVisible()
    assert presenter.title.text() == agenda[1].title
    qtbot.waitUntil(lambda: not preview.mark.isVisible(), timeout=1000)
    assert _difference(_room_view(window), frozen_room) > DIFFERENT
    window.close_workshop()


def test_projector_says_paused_while_the_timer_is_paused(qtbot: QtBot,
                                                         workshop_path: Path) -> None:
    clock = FakeClock()
    window = open_window(qtbot, workshop_path, clock)
    window.present()
    paused = window.presenter.paused
    assert not paused.isVisible()                        # not started: nothing to say
    qtbot.keyClick(window, Qt.Key.Key_Space, CTRL)       # start
    clock.advance(75)
    qtbot.waitUntil(lambda: window.presenter.timer.text() == "3:45", timeout=1000)
    assert not paused.isVisible()
    qtbot.keyClick(window, Qt.Key.Key_Space, CTRL)       # pause
    qtbot.waitUntil(paused.isVisible, timeout=1000)
    assert paused.text() == "Paused"                     # in words, not by colour alone
    assert paused.font().pointSizeF() >= window.presenter.title.font().pointSizeF() * 0.8
    clock.advance(30)
    qtbot.wait(150)
    assert window.presenter.timer.text() == "3:45"       # the clock stopped with it
    qtbot.keyClick(window, Qt.Key.Key_Space, CTRL)       # resume
    qtbot.waitUntil(lambda: not paused.isVisible(), timeout=1000)
    clock.advance(4 * 60)                                # 0:15 past the item's 5 minutes
    qtbot.waitUntil(lambda: window.presenter.timer.text().startswith("+"), timeout=1000)
    qtbot.waitUntil(paused.isVisible, timeout=1000)
    assert paused.text() == "Over time"                  # the room reads it, not only red
    qtbot.keyClick(window, Qt.Key.Key_Space, CTRL)       # paused over time: says "Paused"
    qtbot.waitUntil(lambda: paused.text() == "Paused", timeout=1000)
    window.close_workshop()


def _check_in_series(tmp_path: Path) -> tuple[Path, dict[str, int]]:
    """A check-in at its third meeting (12 January 2027), with one overdue action carried
    over, one due later, and one completed (not carried)."""
    path = make_workshop(tmp_path, "check-in")
    today = date.today()
    ids = {}
    with open_workshop(path) as ws:
        tracker = next(b.id for b in ws.template.blocks() if b.kind.value == "actions")
        ids["late"] = int(actions.add_action(
            ws, tracker, "Take social workers off lunch duty", owner="Ben Cho",
            deadline=(today - timedelta(days=20)).isoformat()).ids[0])
        ids["later"] = int(actions.add_action(
            ws, tracker, "Find a private room for counseling at the middle school",
            owner="Ana Núñez", deadline=(today + timedelta(days=40)).isoformat()).ids[0])
        ids["done"] = int(actions.add_action(ws, tracker, "Share the new referral form",
                                             owner="Ben Cho").ids[0])
        actions.update_action(ws, ids["done"], status="completed")
        new_meeting(ws, date="2026-12-10")
        new_meeting(ws, date="2027-01-12")
    return path, ids


def test_later_check_in_projects_carried_actions_with_overdue_flagged(qtbot: QtBot,
                                                                     tmp_path: Path) -> None:
    path, ids = _check_in_series(tmp_path)
    window = open_window(qtbot, path)
    window.go_to_item(0)
    qtbot.keyClick(window, Qt.Key.Key_F5)
    sheet = window.presenter.sheet

    def room_reads() -> str:
        return " | ".join(sheet.all_texts())

    qtbot.waitUntil(lambda: "Since last time" in room_reads(), timeout=2000)
    due = date.today() - timedelta(days=20)
    shown = room_reads()
    assert "Take social workers off lunch duty" in shown      # never cut: wrapped in full
    assert "Find a private room for counseling at the middle school" in shown
    assert "Share the new referral form" not in shown           # completed: not carried
    assert "Ben Cho" in shown and month_day_year(due) in shown
    assert "Overdue" in shown                                   # flagged in words
    assert "2 actions carried over from earlier meetings · 1 overdue" in shown

    # Completed during the review, in the laptop's table: the room sees it at once.
    review = window.page.item_view.review.findChild(ActionsWorksheet)
    model = review.model
    model.setData(model.index(model.row_of(ids["late"]), model.columns.index(STATUS)),
                  "completed")
    qtbot.waitUntil(lambda: "1 action carried over" not in room_reads()
                    and "Overdue" not in room_reads(), timeout=2000)
    window.go_to_item(1)            # the review goes; later edits must not reach for it
    qtbot.waitUntil(lambda: "Since last time" not in room_reads(), timeout=2000)
    window.hub.changed.emit(Changed(ChangeKind.ACTIONS, "tracker", ()))
    window.close_workshop()


def test_first_check_in_projects_no_review(qtbot: QtBot, tmp_path: Path) -> None:
    window = open_window(qtbot, make_workshop(tmp_path, "check-in"))
    window.go_to_item(0)
    window.present()
    assert window.presenter.sheet.all_texts() == [] or not any(
        "Since last time" in t for t in window.presenter.sheet.all_texts())
    window.close_workshop()


def test_series_label_on_both_screens(qtbot: QtBot, tmp_path: Path) -> None:
    path, _ids = _check_in_series(tmp_path)
    window = open_window(qtbot, path)
    window.present()
    for label in (window.page.series, window.presenter.series):
        assert label.isVisible()
        assert label.text() == "Check-in 3 · January 12, 2027"
    window.go_to_item(1)                                 # it stays with every item
    assert window.presenter.series.text() == "Check-in 3 · January 12, 2027"
    window.close_workshop()


def test_one_off_workshop_has_no_series_label(qtbot: QtBot, workshop_path: Path) -> None:
    window = open_window(qtbot, workshop_path)
    window.present()
    assert not window.page.series.isVisible() and not window.presenter.series.isVisible()
    window.close_workshop()
