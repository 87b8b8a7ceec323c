"""The laptop's screening queue, by clicks and keys: ideas sent from phones wait beside the
board, Approve puts one on the board and Undo takes it back, D declines, Approve all empties the
queue; a phone's idea arriving shows at once; typing an A in the board never approves; and a
waiting idea is on neither the projector nor `facilitator slides`."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from facilitator.services import ideas, screening
from facilitator.services.workshop import open_workshop
from facilitator.ui.kit.hub import ChangeHub
from facilitator.ui.run.screening_queue import ScreeningQueue, WaitingRow
from facilitator.ui.run.slides import SlideRenderer
from facilitator.ui.worksheets.ideas.projected import project
from facilitator.ui.worksheets.kit.context import BlockContext
from tests.a11y_audit import audit, describe, tab_walk
from tests.helpers import make_workshop
from tests.ui_runner_helpers import open_window

CTRL = Qt.KeyboardModifier.ControlModifier
BOARD = "brainstorm"
SENT = ("Mentoring circle", "Flexible hours", "Quiet room")


def _workshop(tmp_path: Path) -> Path:
    path = make_workshop(tmp_path)
    with open_workshop(path) as ws:
        ideas.add_idea(ws, BOARD, "Typed on the laptop", "job", "taking")
        for text in SENT:     # what a screened room stores for phones
            ideas.add_idea(ws, BOARD, text, "leaders", "could", pending=True)
    return path


def _open(qtbot: QtBot, path: Path):  # type: ignore[no-untyped-def]
    window = open_window(qtbot, path)
    window.go_to_item(window.workshop.template.item_of(BOARD))
    queue = window.page.queue
    qtbot.waitUntil(queue.isVisible, timeout=2000)
    return window, queue


def _queued(queue: ScreeningQueue) -> list[str]:
    return [row.text for row in queue.rows.values()]


def _board(window) -> list[str]:  # type: ignore[no-untyped-def]
    widget = window.block_widget(BOARD)
    return sorted(cards.item(r).text() for cards in widget.lists.values()
                  for r in range(cards.count()))


def _in_file(path: Path) -> tuple[list[str], list[str]]:
    with open_workshop(path, readonly=True) as ws:
        return ([i.text for i in ideas.read_ideas(ws, BOARD)],
                [i.text for i in screening.pending_ideas(ws, BOARD)])


def _row(queue: ScreeningQueue, text: str) -> WaitingRow:
    return next(row for row in queue.rows.values() if row.text == text)


def test_approve_undo_decline_and_approve_all_by_clicks_and_keys(qtbot: QtBot,
                                                                 tmp_path: Path) -> None:
    path = _workshop(tmp_path)
    window, queue = _open(qtbot, path)
    assert queue.heading.text() == "Waiting for approval (3)"
    assert _queued(queue) == list(SENT)
    assert _board(window) == ["Typed on the laptop"]     # waiting ideas are not on the board
    row = _row(queue, "Flexible hours")
    assert row.approve.accessibleName() == "Approve: Flexible hours"
    assert row.decline.accessibleName() == "Decline: Flexible hours"

    qtbot.mouseClick(row.approve, Qt.MouseButton.LeftButton)
    assert _queued(queue) == ["Mentoring circle", "Quiet room"]
    assert queue.heading.text() == "Waiting for approval (2)"
    assert _board(window) == ["Flexible hours", "Typed on the laptop"]
    assert _in_file(path)[0] == ["Typed on the laptop", "Flexible hours"]

    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL)           # Undo on the laptop
    assert _queued(queue) == ["Mentoring circle", "Quiet room", "Flexible hours"]
    assert _board(window) == ["Typed on the laptop"]
    assert _in_file(path)[1] == list(SENT)

    first = _row(queue, "Mentoring circle")
    first.approve.setFocus()
    qtbot.keyClick(first.approve, Qt.Key.Key_D)          # D declines the idea in focus
    assert "Mentoring circle" not in _queued(queue)
    assert "Mentoring circle" not in str(_in_file(path))  # deleted from the file
    focused = QApplication.focusWidget()                 # the keyboard stays in the queue
    assert isinstance(focused.parent(), WaitingRow) and focused is not first.approve
    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL)
    assert sorted(_queued(queue)) == sorted(SENT)        # back, waiting again

    queue.approve_all.setFocus()
    qtbot.keyClick(queue.approve_all, Qt.Key.Key_Space)
    assert _queued(queue) == [] and not queue.isVisible()
    assert _board(window) == sorted([*SENT, "Typed on the laptop"])
    assert _in_file(path)[1] == []
    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL)           # one step undoes them all
    assert sorted(_queued(queue)) == sorted(SENT) and queue.isVisible()
    assert _board(window) == ["Typed on the laptop"]


def test_the_queue_is_named_described_and_reached_by_tab(qtbot: QtBot,
                                                         tmp_path: Path) -> None:
    window, queue = _open(qtbot, _workshop(tmp_path))
    found = audit(window)
    assert found.problems() == [], found.problems()
    assert found.described == found.controls, [describe(w) for w in found.undescribed]
    reached, _presses = tab_walk(window, window.page.agenda)
    buttons = [queue.approve_all] + [b for row in queue.rows.values()
                                     for b in (row.approve, row.decline)]
    assert all(id(b) in reached for b in buttons), [b.accessibleName() for b in buttons
                                                    if id(b) not in reached]


def test_a_phone_s_idea_shows_at_once_and_typing_never_approves(qtbot: QtBot,
                                                                tmp_path: Path) -> None:
    path = _workshop(tmp_path)
    window, queue = _open(qtbot, path)
    # The room applies a phone's idea and the app puts its Changed on the hub.
    changed = ideas.add_idea(window.workshop, BOARD, "From a phone just now", "job", "could",
                             pending=True)
    window.hub.changed.emit(changed)
    assert queue.heading.text() == "Waiting for approval (4)"
    assert _queued(queue)[-1] == "From a phone just now"

    box = window.block_widget(BOARD).add_boxes[("job", "taking")]
    box.setFocus()
    qtbot.keyClicks(box, "ad")                           # letters typed in the board
    assert box.text() == "ad"
    assert len(_queued(queue)) == 4 and _in_file(path)[0] == ["Typed on the laptop"]


def test_waiting_ideas_are_on_neither_the_projector_nor_the_slides(qapp: QApplication,
                                                                   tmp_path: Path) -> None:
    path = _workshop(tmp_path)
    with open_workshop(path) as ws:
        block = ws.template.block(BOARD)
        ctx = BlockContext(ws, QUndoStack(), ChangeHub(), ws.meeting_id(), readonly=True)
        shown = " ".join(p.text for unit in project(ctx, block)(24, 1600.0)
                         for p in unit.pieces)
        assert "Typed on the laptop" in shown
        assert not any(text in shown for text in SENT)
        screening.approve_ideas(ws, BOARD, [i.id for i in screening.pending_ideas(ws, BOARD)
                                            if i.text == "Quiet room"])

    def slide_texts() -> str:
        with open_workshop(path, readonly=True) as ws:
            renderer = SlideRenderer(ws, 1280, 720)
            try:
                texts = []
                for page in range(renderer.show(ws.template.item_of(BOARD))):
                    renderer.turn_to(page)
                    texts += renderer.presenter.sheet.texts()
                return " ".join(texts)
            finally:
                renderer.close()

    slides = slide_texts()
    assert "Typed on the laptop" in slides and "Quiet room" in slides
    assert "Mentoring circle" not in slides and "Flexible hours" not in slides
