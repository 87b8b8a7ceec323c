"""Room mode where its parts meet in the window: a participant's answers sent one after another
all reach the laptop's copy on screen; What phones may do… keeps the room's screening; a phone's
dot for a card of the meeting before is refused once a new meeting is on screen.

Phones are HTTP clients in threads of their own (tests/test_room_window.py's Phone), so the
window's event loop keeps running and applies what they send on the Qt thread.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from facilitator.room.session import Activities
from facilitator.ui.shell.main_window import MainWindow
from tests.helpers import make_workshop
from tests.test_room_window import Phone
from tests.ui_runner_helpers import open_window


@pytest.fixture
def check_in(qtbot: QtBot, tmp_path: Path) -> MainWindow:
    window = open_window(qtbot, make_workshop(tmp_path, "check-in"))
    window.go_to_item(window.workshop.template.item_of("reflection"))
    return window


def _shown(window: MainWindow) -> dict[str, str]:
    model = window.block_widget("reflection").model
    return {r.key: r.cells.get("answer", "") for r in model.rows if r.cells.get("answer")}


def test_answers_sent_one_after_another_all_reach_the_copy_on_screen(
        qtbot: QtBot, check_in: MainWindow) -> None:
    window = check_in
    person = window.block_widget("reflection").model.participant
    assert person is not None          # the laptop shows the first participant's copy
    assert window.room.open("127.0.0.1", Activities(sheet="reflection"))
    phone = Phone(window.room.running.address)
    sent = {"role": "Counsellor", "support": "More time with students",
            "barriers": "No quiet room"}
    for row, text in sent.items():     # as the page sends them: one answer per submission
        status, _ = phone.send(qtbot, "sheet", person=person, cells={row: {"answer": text}})
        assert status == 200
    qtbot.waitUntil(lambda: _shown(window) == sent, timeout=5000)
    assert window.undo_stack.count() == 0     # a participant's own copy is no undo step


def _accept_when_shown(seen: dict[str, bool]) -> None:
    dialog = QApplication.activeModalWidget()
    if not isinstance(dialog, QDialog):
        QTimer.singleShot(20, lambda: _accept_when_shown(seen))
        return
    seen["screened box"] = dialog.screened.isChecked()
    dialog.open_button.click()


def test_what_phones_may_do_keeps_screening_as_the_room_has_it(qtbot: QtBot,
                                                              tmp_path: Path) -> None:
    window = open_window(qtbot, make_workshop(tmp_path, "attract-retain"))
    window.go_to_item(window.workshop.template.item_of("brainstorm"))
    assert window.room.open("127.0.0.1", Activities(ideas="brainstorm", screened=False))
    seen: dict[str, bool] = {}
    QTimer.singleShot(0, lambda: _accept_when_shown(seen))
    assert window.room.ask_and_change()
    assert seen == {"screened box": False}
    assert window.room.running.room.activities.screened is False
    phone = Phone(window.room.running.address)
    status, answer = phone.send(qtbot, "idea", text="Straight to the board", category="job")
    assert status == 200 and answer["waiting"] is False


def test_after_a_new_meeting_phones_act_on_the_meeting_on_screen(qtbot: QtBot,
                                                                 tmp_path: Path) -> None:
    """Meeting > New meeting with the room open: a phone still showing the meeting before
    cannot put a dot on its cards (the room writes only into the meeting on screen), and its
    dots left are counted afresh on the new meeting's board."""
    from facilitator.services.ideas import add_idea, read_ideas
    from facilitator.services.votes import set_votes_per_person
    from facilitator.ui.shell.actions_menu import start_new_meeting

    window = open_window(qtbot, make_workshop(tmp_path, "attract-retain"))
    ws = window.workshop
    window.go_to_item(ws.template.item_of("brainstorm"))
    set_votes_per_person(ws, "brainstorm", 2)
    old = add_idea(ws, "brainstorm", "Quiet room", "organization").ids[0]
    assert window.room.open("127.0.0.1", Activities(dots="brainstorm"))
    phone = Phone(window.room.running.address)
    assert phone.send(qtbot, "dot", idea=old)[0] == 200
    assert phone.state(qtbot)["mine"]["left"] == 1
    first = window.page.runner.meeting_id

    assert start_new_meeting(window)
    assert window.page.runner.meeting_id != first and window.room.running is not None
    status, _answer = phone.send(qtbot, "dot", idea=old)     # a page not yet refreshed
    assert status == 409
    assert [i.votes for i in read_ideas(ws, "brainstorm", meeting=first)] == [1]
    set_votes_per_person(ws, "brainstorm", 2)      # dots per person is per meeting
    fresh = add_idea(ws, "brainstorm", "Mentors", "job").ids[0]
    window.room.running.room.changed_elsewhere()   # as the laptop's own edits tell it
    state = phone.state(qtbot)
    assert state["mine"]["left"] == 2 and state["mine"]["dots"] == {}
    assert phone.send(qtbot, "dot", idea=fresh)[0] == 200
    assert [i.votes for i in read_ideas(ws, "brainstorm")] == [1]


def test_the_panel_says_when_phones_work_on_an_item_not_on_screen(qtbot: QtBot,
                                                                 tmp_path: Path) -> None:
    """The facilitator moves on to the next item with the room open: a phone's idea still goes
    to the brainstorm (where the phone sent it), and the room panel says so, with how many wait
    for approval there, since the screening queue shows the item on screen only."""
    from facilitator.services.screening import pending_ideas

    window = open_window(qtbot, make_workshop(tmp_path, "attract-retain"))
    ws = window.workshop
    brainstorm = ws.template.item_of("brainstorm")
    window.go_to_item(brainstorm)
    assert window.room.open("127.0.0.1", Activities(ideas="brainstorm"))
    panel = window.room.panel
    assert panel.elsewhere.isHidden()
    window.go_to_item(ws.template.item_of("prioritize"))
    phone = Phone(window.room.running.address)
    assert phone.send(qtbot, "idea", text="Sent meanwhile", category="job")[0] == 200
    assert [i.text for i in pending_ideas(ws, "brainstorm")] == ["Sent meanwhile"]
    qtbot.waitUntil(lambda: "Ideas waiting for approval there: 1" in panel.elsewhere.text(),
                    timeout=3000)
    assert not panel.elsewhere.isHidden()
    assert "Brainstorm other possible district actions" in panel.elsewhere.text()
    window.go_to_item(brainstorm)
    qtbot.waitUntil(panel.elsewhere.isHidden, timeout=3000)
    assert [r.text for r in window.page.queue.rows.values()] == ["Sent meanwhile"]


def test_undo_of_a_phone_idea_leaves_a_card_the_room_has_used(qtbot: QtBot,
                                                              tmp_path: Path) -> None:
    """Ctrl+Z on a phone's idea takes the card back; but when a step above it failed and was
    dropped (so the card kept the dots given since), the card stays, with one line saying why,
    and its dots are not deleted with it."""
    from PySide6.QtCore import Qt

    from facilitator.services.ideas import read_ideas
    from facilitator.services.room_votes import give_dot
    from facilitator.services.votes import set_votes_per_person
    from tests.test_room_window import activate

    window = open_window(qtbot, make_workshop(tmp_path, "attract-retain"))
    ws = window.workshop
    window.go_to_item(ws.template.item_of("brainstorm"))
    set_votes_per_person(ws, "brainstorm", 2)
    assert window.room.open("127.0.0.1", Activities(ideas="brainstorm", screened=False))
    phone = Phone(window.room.running.address)
    status, answer = phone.send(qtbot, "idea", text="Mentors", category="job")
    assert status == 200 and window.undo_stack.undoText() == "Idea from a phone"
    give_dot(ws, answer["idea"], "a-voter-whose-step-was-dropped")
    told: list[str] = []
    window.hub.failed.connect(told.append)
    activate(qtbot, window)
    window.page.agenda.setFocus()
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert [(i.text, i.votes) for i in read_ideas(ws, "brainstorm")] == [("Mentors", 1)]
    assert told and "stays on the board" in told[0]
