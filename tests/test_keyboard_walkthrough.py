"""The whole session with the keyboard alone: create a workshop from a template, run the agenda,
fill a table, tick a checklist, add a card and vote on it, place a card on the grid, add an
action and print a handout. Every step is a key event sent where the focus is (as a keyboard
does); the test only reads the screen and the file to check what happened."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from facilitator.services.actions import read_actions
from facilitator.services.grid import read_placements
from facilitator.services.ideas import read_ideas
from facilitator.services.snapshot import read_snapshot
from facilitator.services.workshop import open_workshop
from tests.ui_runner_helpers import FakeClock, open_window

K = Qt.Key
CTRL, ALT, SHIFT = (Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.AltModifier,
                    Qt.KeyboardModifier.ShiftModifier)


_SAVE_FILE_NAME = QFileDialog.getSaveFileName


def _qt_save_dialog(parent: QWidget | None = None, caption: str = "", folder: str = "",
                    filters: str = "", *_args: object, **_kwargs: object) -> tuple[str, str]:
    return _SAVE_FILE_NAME(parent, caption, folder, filters,
                           options=QFileDialog.Option.DontUseNativeDialog)


class Keyboard:
    """Keys go where the focus is, as on a real keyboard; every press is counted."""

    def __init__(self, qtbot: QtBot) -> None:
        self.qtbot = qtbot
        self.presses = 0

    @staticmethod
    def target() -> QWidget:
        widget = QApplication.focusWidget() or QApplication.activeWindow()
        assert widget is not None, "no window has the keyboard"
        return widget

    def press(self, key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
              times: int = 1) -> None:
        for _ in range(times):
            QTest.keyClick(self.target(), key, modifiers)
            self.presses += 1

    def type(self, text: str) -> None:
        for char in text:
            if char.isascii():
                QTest.keyClicks(self.target(), char)
            else:   # ñ, ú...: the key event an international keyboard sends, with its text
                code = ord(char.upper())
                key = Qt.Key(code) if code <= 0xFF else Qt.Key.Key_unknown
                QTest.sendKeyEvent(QTest.KeyAction.Click, self.target(), key, char,
                                   Qt.KeyboardModifier.NoModifier)
            self.presses += 1

    def tab_to(self, wanted: Callable[[QWidget], bool], what: str, limit: int = 80) -> QWidget:
        """Press Tab until the focus is on the wanted control (as a person scans with Tab)."""
        for _ in range(limit):
            self.press(K.Key_Tab)
            focus = QApplication.focusWidget()
            if focus is not None and wanted(focus):
                return focus
        raise AssertionError(f"Tab never reached {what}")


def named(name: str) -> Callable[[QWidget], bool]:
    return lambda widget: widget.accessibleName() == name


def named_like(start: str) -> Callable[[QWidget], bool]:
    return lambda widget: widget.accessibleName().startswith(start)


def test_a_whole_session_with_the_keyboard_alone(qtbot: QtBot, tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    opened: list[str] = []    # the PDF viewer the system would open to print
    monkeypatch.setattr(QDesktopServices, "openUrl",
                        lambda url: opened.append(QUrl(url).toLocalFile()) or True)
    # Qt's own file dialog (the same on every platform), driven by keys like the rest.
    monkeypatch.setattr(QFileDialog, "getSaveFileName", _qt_save_dialog)
    clock = FakeClock()
    window = open_window(qtbot, None, clock)
    keys = Keyboard(qtbot)
    target = tmp_path / "spring.workshop"

    # 1. Create a workshop from a template (the start page; the template list is ready).
    page = window.start_page
    assert page.template.currentData() == "attract-retain"
    keys.press(K.Key_I, ALT)                                 # T&itle
    keys.type("Spring focus group")
    keys.press(K.Key_P, ALT)                                 # &Participants
    keys.type("Ana Núñez, School counselor(s)")
    keys.press(K.Key_Return)
    keys.type("Ben Cho, Social worker(s)")

    def save_as_spring() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog) or QApplication.activeWindow() is not dialog:
            QTimer.singleShot(20, save_as_spring)
            return
        name = QApplication.focusWidget()
        assert isinstance(name, QLineEdit)                   # the file name box
        keys.press(K.Key_A, CTRL)
        keys.type(str(target))
        keys.press(K.Key_Return)

    QTimer.singleShot(0, save_as_spring)
    keys.press(K.Key_C, ALT)                                 # &Create workshop…
    qtbot.waitUntil(lambda: window.page is not None, timeout=5000)
    assert window.windowTitle().startswith("Spring focus group")
    agenda = window.page.agenda
    if QApplication.activeWindow() is None:
        # A window manager gives the keyboard back to the window when its dialog closes;
        # the offscreen platform has none, so do what it would.
        window.activateWindow()
    qtbot.waitUntil(agenda.hasFocus, timeout=2000)           # ready to run the meeting
    with open_workshop(target, readonly=True) as ws:
        assert [p.name for p in read_snapshot(ws).participants] == ["Ana Núñez", "Ben Cho"]

    # 2. Run the agenda: start the clock, let the first item run, move on.
    runner = window.page.runner
    keys.press(K.Key_Space, CTRL)
    assert runner.running
    clock.advance(4 * 60)
    keys.press(K.Key_PageDown, CTRL)                         # item 1 done, item 2 runs on
    assert runner.current == 1 and runner.done[0] and runner.running
    clock.advance(60)
    keys.press(K.Key_PageDown, CTRL)                         # item 3: the aspirations table
    assert runner.current == 2

    # 3. Fill a table: Tab into it, type, Tab to the next cell, type, Enter.
    table = window.block_widget("aspirations")
    keys.tab_to(lambda w: w is table.view, "the aspirations table")
    keys.type("Siloed")
    keys.press(K.Key_Tab)
    keys.type("One team")
    keys.press(K.Key_Return)
    assert table.cell_text(0, "now") == "Siloed" and table.cell_text(0, "want") == "One team"

    # 4. Tick a checklist: the next item's first table starts on its first tick box.
    keys.press(K.Key_PageDown, CTRL, times=2)                # past the break
    assert runner.current == 4 and agenda.hasFocus()
    checklist = window.block_widget("initiatives-organization")
    keys.tab_to(lambda w: w is checklist.view, "the checklist")
    keys.press(K.Key_Space)                                  # "The district does this"
    keys.press(K.Key_Tab)
    keys.press(K.Key_Space)                                  # "Consider exploring further"
    assert checklist.cell_text(0, "does") == "✓" and checklist.cell_text(0, "explore") == "✓"

    # 5. Add a card to the brainstorm and vote on it.
    board = window.block_widget("brainstorm")
    category = board.block.categories[0]
    box = keys.tab_to(named_like(f"Add a card to {category.label}"), "the first card box")
    keys.type("Mentoring for new staff")
    keys.press(K.Key_Return)
    assert box.hasFocus() and box.text() == ""               # ready for the next card
    keys.press(K.Key_Escape)                                 # to the cards of that box
    keys.press(K.Key_Home)
    keys.press(K.Key_Plus, times=3)
    keys.press(K.Key_Minus)
    keys.press(K.Key_Space)                                  # explore it: it goes to the grid
    card = next(i for i in board.ideas if i.text == "Mentoring for new staff")
    assert (card.votes, card.explore) == (2, True)

    # 6. Place cards on the grid: from the tray, Enter puts one in the middle of the board,
    #    and the arrow keys move it (to easier and higher impact).
    keys.press(K.Key_PageDown, CTRL)
    assert runner.current == 5
    grid = window.block_widget("prioritize")
    assert grid.tray.count() == 2                            # the ticked row, the voted card
    keys.tab_to(lambda w: w is grid.tray, "the tray of cards not yet placed")
    keys.press(K.Key_Home)
    placed = grid.tray.current_ref()
    keys.press(K.Key_Return)
    assert grid.view.hasFocus() and grid.tray.count() == 1
    keys.press(K.Key_Right, times=3)
    keys.press(K.Key_Up, times=2)
    on_board = grid.cards[placed]
    assert on_board.x is not None and on_board.y is not None
    assert on_board.x > 0.5 and on_board.y > 0.5            # moved right and up from the middle

    # 7. Add an action on the last item.
    keys.press(K.Key_PageDown, CTRL)
    assert runner.current == 6
    actions = window.block_widget("propose")
    keys.tab_to(named_like("New action in"), "the new action box")
    keys.type("Pilot a mentoring programme")
    keys.press(K.Key_Return)
    assert [a.text for a in actions.model.rows] == ["Pilot a mentoring programme"]

    # 8. Print a handout: Ctrl+P, Enter writes the chosen documents, Alt+P prints one.
    keys.press(K.Key_P, CTRL)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is not window, timeout=2000)
    dialog = QApplication.activeWindow()
    assert dialog is not None and dialog.windowTitle() == "Handouts"
    keys.press(K.Key_Return)                                 # "Write handouts" (the default)
    qtbot.waitUntil(lambda: not dialog.is_busy() and dialog.status.text() != "", timeout=30_000)
    assert dialog.written, dialog.status.text()
    keys.press(K.Key_P, ALT)                                 # "&Print…"
    qtbot.waitUntil(lambda: bool(opened), timeout=2000)     # a mnemonic clicks 100 ms later
    assert opened[0].endswith(".pdf") and Path(opened[0]).exists()
    keys.press(K.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=2000)

    # What the room did is in the file, read as another program would.
    window.close()
    with open_workshop(target, readonly=True) as ws:
        snapshot = read_snapshot(ws)
        ideas = read_ideas(ws, "brainstorm")
        places = {p.card for p in read_placements(ws, "prioritize")}
        stored_actions = [a.text for a in read_actions(ws, "propose")]
    rows = {r.key: r.cells for r in snapshot.meeting.tables["aspirations"]}
    assert rows[next(iter(rows))] == {"now": "Siloed", "want": "One team"}
    assert [(i.text, i.votes, i.explore) for i in ideas] == [
        ("Mentoring for new staff", 2, True)]
    assert places == {placed}
    assert stored_actions == ["Pilot a mentoring programme"]
    assert snapshot.meeting.timers[0].done
    print(f"\nkeyboard walkthrough: {keys.presses} key presses, no mouse")
