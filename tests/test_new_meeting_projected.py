"""New meeting, its Undo and Redo while the room watches: the projector follows the meeting on
screen ("Since last time" comes and goes with meeting 2), through freeze and blank, and the
projected sheet of a meeting that Undo removed never reaches for it (pytest-qt fails the test on an
exception in a slot, which is what a removed meeting's slide raised)."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from facilitator.services import actions
from facilitator.services.workshop import open_workshop
from facilitator.ui.shell import actions_menu
from tests.helpers import make_workshop
from tests.ui_runner_helpers import open_window


def test_undo_and_redo_of_new_meeting_while_the_room_sees_since_last_time(
        qtbot: QtBot, tmp_path: Path) -> None:
    path = make_workshop(tmp_path, "check-in")
    with open_workshop(path) as ws:
        tracker = next(b.id for b in ws.template.blocks() if b.kind.value == "actions")
        actions.add_action(ws, tracker, "Find a room", owner="Ben Cho", deadline="2020-01-01")
    window = open_window(qtbot, path)
    window.present()
    room = window.presenter
    assert room is not None

    def reviewing() -> bool:                                 # what the room reads
        return any("Since last time" in text for text in room.sheet.all_texts())

    assert not reviewing()                                 # meeting 1: nothing carried yet
    for _ in range(3):
        window.toggle_freeze()
        assert actions_menu.start_new_meeting(window)       # behind the frozen picture
        window.toggle_freeze()
        qtbot.waitUntil(lambda: reviewing() and room.sheet.isVisible(), timeout=2000)
        assert room.series.text().startswith("Check-in 2")
        window.toggle_blank()
        window.undo_stack.undo()                            # behind the black screen
        window.toggle_blank()
        qtbot.waitUntil(lambda: not reviewing(), timeout=2000)
        assert room.series.text().startswith("Check-in 1")
        window.undo_stack.redo()
        qtbot.waitUntil(reviewing, timeout=2000)
        assert room.series.text().startswith("Check-in 2")
        window.undo_stack.undo()
        qtbot.waitUntil(lambda: not reviewing(), timeout=2000)
        assert window.page.preview.presenter is room        # the thumbnail still follows it
    assert window.undo_stack.undoText() == "" and window.undo_stack.redoText() == "New meeting 2"
    window.stop_presenting()
    qtbot.waitUntil(lambda: window.presenter is None, timeout=1000)
    assert window.page.preview.presenter is None and not window.page.preview.isVisible()
