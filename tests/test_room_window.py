"""Room mode in the facilitator's window: Room > Open the room… on 127.0.0.1, a phone's idea
reaches the laptop's board as an undo step, and closing the room (or the window) ends it.

The phone is an HTTP client in a thread of its own, as a real phone is another machine: the
window's event loop keeps running (qtbot.waitUntil) and applies the submission on the Qt thread.
"""

from __future__ import annotations

import json
import secrets
import socket
import threading
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QComboBox, QDialog
from pytestqt.qtbot import QtBot

from facilitator.services.ideas import read_ideas
from facilitator.services.screening import approve_ideas, pending_ideas
from facilitator.services.workshop import open_workshop
from facilitator.ui.shell.main_window import MainWindow
from tests.helpers import make_workshop
from tests.ui_runner_helpers import open_window

CTRL = Qt.KeyboardModifier.ControlModifier


class Phone:
    """One phone: its id for the session, and requests sent from a thread of their own."""

    def __init__(self, address: str) -> None:
        self.address = address
        self.id = secrets.token_hex(16)

    def _in_thread(self, qtbot: QtBot, call: Any) -> Any:
        out: dict[str, Any] = {}

        def run() -> None:
            try:
                out["value"] = call()
            except Exception as exc:  # handed to the test below
                out["error"] = exc

        thread = threading.Thread(target=run)
        thread.start()
        qtbot.waitUntil(lambda: not thread.is_alive(), timeout=10_000)
        if "error" in out:
            raise out["error"]
        return out["value"]

    def send(self, qtbot: QtBot, kind: str, sid: str | None = None,
             **fields: Any) -> tuple[int, dict[str, Any]]:
        body = json.dumps({"phone": self.id, "id": sid or secrets.token_hex(8), "kind": kind,
                           **fields}).encode()
        request = urllib.request.Request(f"{self.address}submit", data=body, method="POST",
                                         headers={"Content-Type": "application/json"})

        def call() -> tuple[int, dict[str, Any]]:
            try:
                with urllib.request.urlopen(request, timeout=5) as response:
                    return response.status, json.loads(response.read())
            except urllib.error.HTTPError as exc:
                return exc.code, json.loads(exc.read() or b"{}")

        return self._in_thread(qtbot, call)

    def state(self, qtbot: QtBot) -> dict[str, Any]:
        def call() -> dict[str, Any]:
            with urllib.request.urlopen(f"{self.address}state?phone={self.id}",
                                        timeout=5) as response:
                return json.loads(response.read())

        return self._in_thread(qtbot, call)


def refused(port: int) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=2):
            return False
    except ConnectionRefusedError:
        return True


def open_room_by_keys(qtbot: QtBot, window: MainWindow) -> None:
    """Room > Open the room…, then in the dialog: End picks 127.0.0.1 (always offered, listed
    last), Return opens."""
    seen: dict[str, Any] = {}

    def drive() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QDialog) or QApplication.activeWindow() is not dialog:
            QTimer.singleShot(20, drive)     # keys reach a dialog once it is active
            return
        box = dialog.findChild(QComboBox, "roomInterface")
        seen["default"] = box.currentData()
        seen["offered"] = [box.itemData(i) for i in range(box.count())]
        focus = QApplication.focusWidget()
        seen["focus"] = focus.objectName() if focus is not None else None
        if focus is not box:   # keys would go elsewhere: give up, the test says why
            dialog.reject()
            return
        qtbot.keyClick(box, Qt.Key.Key_End)
        qtbot.keyClick(box, Qt.Key.Key_Return)
        if dialog.isVisible():
            seen["still open"] = True
            dialog.reject()

    QTimer.singleShot(0, drive)
    window.actions_by_name["room_open"].trigger()
    assert seen["focus"] == "roomInterface", seen
    assert "still open" not in seen
    assert "127.0.0.1" in seen["offered"]
    assert seen["default"] not in ("0.0.0.0", "", "::")      # never all interfaces


def activate(qtbot: QtBot, window: MainWindow) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> MainWindow:
    path = make_workshop(tmp_path, "attract-retain")
    window = open_window(qtbot, path)
    window.go_to_item(window.workshop.template.item_of("brainstorm"))
    return window


def test_a_phone_idea_reaches_the_board_and_undo_takes_it_back(qtbot: QtBot,
                                                               window: MainWindow) -> None:
    actions = window.actions_by_name
    assert actions["room_open"].isEnabled() and not actions["room_close"].isEnabled()
    open_room_by_keys(qtbot, window)
    room = window.room.running
    assert room is not None and room.host == "127.0.0.1"
    assert not actions["room_open"].isEnabled() and actions["room_close"].isEnabled()
    assert room.address == f"http://127.0.0.1:{room.port}/{room.room.code}/"
    assert window.room.panel.address.text() == room.address      # shown on the laptop

    phone = Phone(room.address)
    assert phone.state(qtbot)["ideas"]["block"] == "brainstorm"
    status, answer = phone.send(qtbot, "idea", sid="phone-idea-1",
                                text="Mentors for new staff", category="leaders", lane="could")
    assert status == 200 and answer["ok"] and answer["waiting"], answer
    # Screened (the dialog's default): the idea waits in the laptop's queue, off the board.
    board = window.block_widget("brainstorm")
    assert board.cards("leaders", "could") == []
    qtbot.waitUntil(lambda: [r.text for r in window.page.queue.rows.values()]
                    == ["Mentors for new staff"], timeout=3000)
    qtbot.waitUntil(lambda: "1 of 1 have added an idea" in window.room.panel.progress.text(),
                    timeout=2000)
    assert window.undo_stack.undoText() == "Idea from a phone"

    activate(qtbot, window)
    window.page.agenda.setFocus()
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Z, CTRL)
    assert pending_ideas(window.workshop, "brainstorm") == []
    qtbot.waitUntil(lambda: not window.page.queue.rows, timeout=3000)
    # The phone retries the same submission (it never heard the answer): not applied again.
    status, again = phone.send(qtbot, "idea", sid="phone-idea-1",
                               text="Mentors for new staff", category="leaders", lane="could")
    assert status == 200 and again.get("again") is True
    assert pending_ideas(window.workshop, "brainstorm") == []
    # Redo brings the phone's card back to the queue, under the same id; Approve puts it on
    # the board.
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Z, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert [i.id for i in pending_ideas(window.workshop, "brainstorm")] == [answer["idea"]]
    approve_ideas(window.workshop, "brainstorm", [answer["idea"]])
    assert [i.id for i in read_ideas(window.workshop, "brainstorm")] == [answer["idea"]]

    port = room.port
    actions["room_close"].trigger()
    assert window.room.running is None and refused(port)
    assert actions["room_open"].isEnabled() and not actions["room_close"].isEnabled()
    assert window.findChild(QDialog) is None or not window.findChild(QDialog).isVisible()


def test_undo_of_a_phone_dot_gives_the_phone_its_dot_back(qtbot: QtBot,
                                                         window: MainWindow) -> None:
    from facilitator.room.session import Activities
    from facilitator.services.ideas import add_idea
    from facilitator.services.votes import set_votes_per_person

    set_votes_per_person(window.workshop, "brainstorm", 2)
    card = add_idea(window.workshop, "brainstorm", "Quiet room", "organization").ids[0]
    assert window.room.open("127.0.0.1", Activities(dots="brainstorm"))
    phone = Phone(window.room.running.address)
    assert phone.state(qtbot)["mine"]["left"] == 2
    assert phone.send(qtbot, "dot", idea=card)[0] == 200
    assert phone.state(qtbot)["mine"]["left"] == 1
    activate(qtbot, window)
    window.page.agenda.setFocus()
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Z, CTRL)
    assert [i.votes for i in read_ideas(window.workshop, "brainstorm")] == [0]
    qtbot.waitUntil(lambda: phone.state(qtbot)["mine"]["left"] == 2, timeout=3000)


def test_closing_the_window_closes_the_room(qtbot: QtBot, window: MainWindow,
                                           tmp_path: Path) -> None:
    from facilitator.room.session import Activities

    assert window.room.open("127.0.0.1", Activities(ideas="brainstorm", screened=False))
    port = window.room.running.port
    phone = Phone(window.room.running.address)
    assert phone.send(qtbot, "idea", text="Flexible hours", category="job")[0] == 200
    window.close()
    assert refused(port)
    with open_workshop(tmp_path / "w.workshop", readonly=True) as ws:   # saved, and released
        assert [i.text for i in read_ideas(ws, "brainstorm")] == ["Flexible hours"]


def test_closing_the_workshop_closes_the_room(qtbot: QtBot, window: MainWindow) -> None:
    from facilitator.room.session import Activities

    assert window.room.open("127.0.0.1", Activities(ideas="brainstorm", screened=False))
    port = window.room.running.port
    window.actions_by_name["close"].trigger()
    assert refused(port) and window.room.running is None
    assert not window.actions_by_name["room_open"].isEnabled()


def test_undo_of_a_phone_rating_puts_back_its_earlier_rating(qtbot: QtBot,
                                                            window: MainWindow) -> None:
    from facilitator.room.session import Activities
    from facilitator.services.ideas import add_idea, update_idea
    from facilitator.services.ratings import read_ratings

    card = add_idea(window.workshop, "brainstorm", "Mentors", "leaders").ids[0]
    update_idea(window.workshop, int(card), explore=True)   # offered on the grid
    assert window.room.open("127.0.0.1", Activities(ratings="prioritize"))
    phone = Phone(window.room.running.address)
    ref = f"idea:{card}"
    assert phone.send(qtbot, "rate", card=ref, impact=2, ease=3)[0] == 200
    assert phone.send(qtbot, "rate", card=ref, impact=5, ease=4)[0] == 200
    assert read_ratings(window.workshop, "prioritize")[ref] == {phone.id: (5, 4)}
    activate(qtbot, window)
    window.page.agenda.setFocus()
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Z, CTRL)
    assert read_ratings(window.workshop, "prioritize")[ref] == {phone.id: (2, 3)}
    qtbot.waitUntil(lambda: phone.state(qtbot)["mine"]["ratings"] == {ref: [2, 3]},
                    timeout=3000)
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Z, CTRL)
    assert ref not in read_ratings(window.workshop, "prioritize")
    qtbot.waitUntil(lambda: phone.state(qtbot)["mine"]["ratings"] == {}, timeout=3000)


def test_the_join_code_on_the_projector_is_the_address_and_scannable_size(
        qtbot: QtBot, window: MainWindow) -> None:
    """The projector shows the QR code of the join address (its drawn modules are segno's, read
    back from the screen's pixels), at least 8 pixels a module on a 1080-line projector, with
    the address in text beside it; Ctrl+Shift+J hides and shows it."""
    from PySide6.QtGui import QColor

    from facilitator.room.session import Activities
    from facilitator.ui.room.qr import qr_matrix

    assert window.room.open("127.0.0.1", Activities(ideas="brainstorm", screened=False))
    window.present()
    presenter = window.presenter
    presenter.resize(1920, 1080)
    qtbot.waitUntil(lambda: window.room.card is not None and window.room.card.isVisible(),
                    timeout=2000)
    card = window.room.card
    address = window.room.running.address
    assert card.address.text() == address
    assert card.activity.text() == "Add your ideas from your phone"
    qtbot.waitUntil(lambda: card.qr.module_px() >= 8, timeout=2000)
    picture = card.qr.grab().toImage()
    modules, px = card.qr.modules, card.qr.module_px()
    left = (card.qr.width() - px * modules) // 2
    top = (card.qr.height() - px * modules) // 2
    drawn = [[QColor(picture.pixel(left + x * px + px // 2, top + y * px + px // 2)).value() < 128
              for x in range(modules)] for y in range(modules)]
    assert drawn == qr_matrix(address)
    # The code is a slide of its own: the brainstorm is not squeezed into pages under it.
    assert not presenter.sheet.isVisible()

    activate(qtbot, window)
    window.page.agenda.setFocus()
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_J, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert window.room.card is None and not window.room.code_action.isChecked()
    qtbot.waitUntil(presenter.sheet.isVisible, timeout=2000)    # the sheet is back, whole
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_J, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert window.room.card is not None and not presenter.sheet.isVisible()
    window.page.agenda.setFocus()
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Down)    # another item: still the code
    assert window.room.card is not None and not presenter.sheet.isVisible()


def test_no_internet_socket_until_the_room_opens(qtbot: QtBot, window: MainWindow) -> None:
    """The Room menu installed, its dialog's list of interfaces read: no socket. Opening makes
    one, bound to the address chosen only."""
    import sys

    from facilitator.room.session import Activities
    from facilitator.ui.room.addresses import interfaces

    events: list[tuple[str, Any]] = []
    recording = [True]

    def hook(event: str, args: tuple[Any, ...]) -> None:
        internet = event != "socket.__new__" or (
            len(args) > 1 and args[1] in (socket.AF_INET, socket.AF_INET6))
        if recording[0] and internet and event in ("socket.__new__", "socket.bind",
                                                   "socket.connect"):
            events.append((event, args[-1] if event == "socket.bind" else None))

    sys.addaudithook(hook)
    try:
        assert window.room is not None and interfaces()
        window.room.update_enabled()
        assert events == []
        assert window.room.open("127.0.0.1", Activities(ideas="brainstorm", screened=False))
        binds = [where for event, where in events if event == "socket.bind"]
        assert binds and all(where[0] == "127.0.0.1" for where in binds), events
    finally:
        recording[0] = False


def test_a_phone_idea_arriving_while_the_facilitator_types_keeps_the_typing(
        qtbot: QtBot, window: MainWindow) -> None:
    from facilitator.room.session import Activities
    from tests.worksheet_support import type_text

    assert window.room.open("127.0.0.1", Activities(ideas="brainstorm", screened=False))
    board = window.block_widget("brainstorm")
    activate(qtbot, window)
    box = board.add_boxes[("organization", "taking")]
    box.setFocus()
    type_text(qtbot, "Quiet ro")
    phone = Phone(window.room.running.address)
    assert phone.send(qtbot, "idea", text="Flexible hours", category="job", lane="could")[0] \
        == 200
    assert board.cards("job", "could") == ["Flexible hours"]
    assert box.hasFocus() and box.text() == "Quiet ro"
    type_text(qtbot, "om")
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert board.cards("organization", "taking") == ["Quiet room"]
    # Undo takes back the laptop's own card first (the last step), then the phone's.
    window.page.agenda.setFocus()
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Z, CTRL)
    assert board.cards("organization", "taking") == [] and \
        board.cards("job", "could") == ["Flexible hours"]
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Z, CTRL)
    assert board.cards("job", "could") == []


def test_a_port_in_use_is_one_line_and_the_room_stays_closed(qtbot: QtBot,
                                                             window: MainWindow) -> None:
    from facilitator.room.session import Activities

    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        assert not window.room.open("127.0.0.1", Activities(ideas="brainstorm"), port=port)
    message = window.statusBar().currentMessage()
    assert message.startswith("The room did not open: cannot listen on 127.0.0.1:") and \
        "\n" not in message
    assert window.room.running is None and window.actions_by_name["room_open"].isEnabled()
    assert not window.actions_by_name["room_close"].isEnabled()


def test_what_phones_may_do_changes_in_the_open_room_without_a_new_code(
        qtbot: QtBot, window: MainWindow) -> None:
    from facilitator.room.session import Activities
    from facilitator.services.ideas import add_idea
    from facilitator.services.votes import set_votes_per_person

    set_votes_per_person(window.workshop, "brainstorm", 3)
    card = add_idea(window.workshop, "brainstorm", "Quiet room", "organization").ids[0]
    assert window.room.open("127.0.0.1", Activities(ideas="brainstorm", screened=False))
    assert window.actions_by_name["room_change"].isEnabled()
    address = window.room.running.address
    phone = Phone(address)
    assert phone.state(qtbot)["dots"] is None
    assert window.room.change(Activities(dots="brainstorm"))
    assert window.room.running.address == address     # the same QR code: phones stay
    state = phone.state(qtbot)
    assert state["ideas"] is None and state["dots"]["limit"] == 3
    assert phone.send(qtbot, "idea", text="Late idea", category="job")[0] == 403
    assert phone.send(qtbot, "dot", idea=card)[0] == 200
    qtbot.waitUntil(lambda: "1 of 1 have voted" in window.room.panel.progress.text(),
                    timeout=2000)


def test_the_dialog_offers_screening_and_a_participants_own_worksheet(qtbot: QtBot,
                                                                    tmp_path: Path) -> None:
    """On the check-in's reflection item, with people on the list: phones may fill their own
    copy; on a brainstorm, ideas are screened unless the facilitator unticks it."""
    from facilitator.ui.room.addresses import Interface
    from facilitator.ui.room.open_dialog import OpenRoomDialog

    path = make_workshop(tmp_path, "check-in")     # Ana and Ben on the list
    with open_workshop(path, readonly=True) as ws:
        item = ws.template.agenda[ws.template.item_of("reflection")]
    here = [Interface("lo", "127.0.0.1")]
    dialog = OpenRoomDialog(item, here, dots_per_person=0, has_participants=True)
    qtbot.addWidget(dialog)
    assert dialog.allow_sheet.isVisible() or dialog.allow_sheet.isVisibleTo(dialog)
    assert dialog.allow_sheet.isChecked() and dialog.open_button.isEnabled()
    assert dialog.activities().sheet == "reflection"
    dialog.allow_sheet.click()
    assert not dialog.open_button.isEnabled()       # nothing left for phones to do

    nobody = OpenRoomDialog(item, here, dots_per_person=0, has_participants=False)
    qtbot.addWidget(nobody)
    assert not nobody.allow_sheet.isEnabled() and nobody.activities().sheet == ""

    attract = make_workshop(tmp_path, "attract-retain", name="b.workshop")
    with open_workshop(attract, readonly=True) as ws:
        brainstorm = ws.template.agenda[ws.template.item_of("brainstorm")]
    ideas = OpenRoomDialog(brainstorm, here, dots_per_person=3, has_participants=False)
    qtbot.addWidget(ideas)
    assert ideas.screened.isChecked() and ideas.activities().screened
    ideas.screened.click()
    assert ideas.activities().screened is False
    ideas.allow_ideas.click()
    assert not ideas.screened.isEnabled()           # screening is about ideas only


def test_the_wifi_name_typed_in_the_dialog_shows_with_the_code(qtbot: QtBot,
                                                               window: MainWindow) -> None:
    """For the laptop's own hotspot: the facilitator types its name once; the projector shows
    it with the code (as text, never markup), and the dialog offers it again next time."""
    from PySide6.QtWidgets import QLineEdit

    def drive() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QDialog) or QApplication.activeWindow() is not dialog:
            QTimer.singleShot(20, drive)
            return
        box = dialog.findChild(QComboBox, "roomInterface")
        qtbot.keyClick(box, Qt.Key.Key_End)                 # 127.0.0.1
        qtbot.keyClick(box, Qt.Key.Key_Tab)
        name = dialog.findChild(QLineEdit, "roomNetworkName")
        assert name.hasFocus()
        qtbot.keyClicks(name, "  Room 204 <b>hotspot</b> ")
        qtbot.keyClick(name, Qt.Key.Key_Return)

    QTimer.singleShot(0, drive)
    window.actions_by_name["room_open"].trigger()
    assert window.room.running is not None
    window.present()
    qtbot.waitUntil(lambda: window.room.card is not None and window.room.card.isVisible(),
                    timeout=2000)
    line = window.room.card.network
    assert line.isVisible() and line.text() == "Wi-Fi: Room 204 <b>hotspot</b>"
    assert line.textFormat() == Qt.TextFormat.PlainText
    window.room.close()
    dialog = window.room._dialog()
    assert dialog.network.text() == "Room 204 <b>hotspot</b>"
    dialog.deleteLater()
