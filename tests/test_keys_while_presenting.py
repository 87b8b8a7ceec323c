"""Keystrokes go to the widget the facilitator is typing in, while presenting.

Every key here is a real key event sent to the focused widget the way QTest does it: first a
ShortcutOverride through the application (where an application-wide shortcut such as the old
bare "B" for blanking could take the key), then the key press itself.
"""

from __future__ import annotations

import string
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from facilitator.domain.template_yaml import load_template_file
from facilitator.services import dump as dump_service
from facilitator.services.workshop import NewParticipant, create_workshop, open_workshop
from facilitator.ui.shell.main_window import MainWindow
from tests.ui_runner_helpers import FakeClock, open_window

# Every printable ASCII character, and spaces between words (the sentence that lost its "b").
TYPED = "busy but caring bosses " + "".join(chr(c) for c in range(33, 127))
CTRL = Qt.KeyboardModifier.ControlModifier
ENTER = Qt.Key.Key_Return

TEMPLATE = """\
format: 1
id: keys-while-presenting
title: Keys while presenting
source: written for the key tests
invitation: {subject: "{title}", body: "Come"}
agenda:
  - title: Work
    minutes: 20
    blocks:
      - id: plan
        kind: table
        title: Project plan
        row_header: Step
        columns:
          - {id: step, label: What, hint: "What will happen"}
          - {id: detail, label: Detail, type: longtext}
          - {id: status, label: Status, type: choice, choices: ["Yes", "No", "Unsure"]}
          - {id: who, label: Assigned to, type: person}
          - {id: start, label: Start, type: date}
          - {id: hours, label: Hours, type: number}
          - {id: explore, label: Consider exploring further, type: checkbox}
          - {id: tags, label: Tags, type: multichoice, choices: [Staff, Students, Families]}
        rows:
          - {id: r1, label: First}
          - {id: r2, label: Second}
      - id: room-notes
        kind: text
        title: Challenges missing from the list
        body: Note them here.
        notes_field: true
      - id: board
        kind: ideas
        title: Brainstorm
        votes_per_person: 3
        categories:
          - {id: a, label: Ideas}
      - id: todo
        kind: actions
        title: Next steps
      - id: heard
        kind: themes
        title: Key themes
        prompt: What did we hear?
  - title: Break
    minutes: 5
"""


@dataclass
class Room:
    """The facilitator's window with the workshop open and the projector showing."""

    window: MainWindow
    path: Path
    qtbot: QtBot

    def widget(self, block_id: str) -> Any:
        widget = self.window.block_widget(block_id)
        assert widget is not None
        return widget

    def meeting_state(self) -> tuple[bool, int, float, bool, bool]:
        """What a window action would change: timer, item, projector shown and blanked."""
        runner = self.window.page.runner
        presenter = self.window.presenter
        return (runner.running, runner.current, runner.elapsed(runner.current),
                presenter is not None, presenter is not None and presenter.blanked)

    def focus(self, widget: QWidget) -> None:
        """Click into the facilitator's window (the projector took the activation) and focus."""
        self.window.activateWindow()
        self.qtbot.waitUntil(lambda: QApplication.activeWindow() is self.window, timeout=2000)
        widget.setFocus()
        self.qtbot.waitUntil(widget.hasFocus, timeout=2000)

    def dump(self) -> dict[str, Any]:
        """The file as a second, read-only connection sees it now (what `dump` prints)."""
        with open_workshop(self.path, readonly=True) as other:
            return dump_service.dump(other)

    def saved(self) -> dict[str, Any]:
        return self.dump()["meetings"][-1]

    def type(self, text: str) -> None:
        """Type `text` key by key; after every key, no timer, item or blank key has fired."""
        before = self.meeting_state()
        for number, char in enumerate(text):
            type_keys(self.qtbot, char)
            assert self.meeting_state() == before, f"{text[:number + 1]!r} fired a window key"


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


SHIFTED = set(string.ascii_uppercase + '~!@#$%^&*()_+{}|:"<>?')
SHIFT = Qt.KeyboardModifier.ShiftModifier
NONE = Qt.KeyboardModifier.NoModifier


def type_keys(qtbot: QtBot, text: str) -> None:
    """Type like a person: every key goes to whatever has the focus at that moment, with Shift
    held for capitals and the symbols above the digits."""
    for char in text:
        qtbot.keyClick(focused(), char, SHIFT if char in SHIFTED else NONE)


def press(qtbot: QtBot, key: Qt.Key, modifier: Qt.KeyboardModifier =
          Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(focused(), key, modifier)


@pytest.fixture
def room(qtbot: QtBot, tmp_path: Path) -> Iterator[Room]:
    source = tmp_path / "keys.yaml"
    source.write_text(TEMPLATE, encoding="utf-8")
    path = tmp_path / "keys.workshop"
    create_workshop(path, load_template_file(source),
                    participants=[NewParticipant("Ana Núñez", "Counselor"),
                                  NewParticipant("Ben Cho", "Social worker")]).close()
    window = open_window(qtbot, path, FakeClock())
    window.present()
    assert window.presenter is not None
    yield Room(window, path, qtbot)
    window.close()


def select_cell(room: Room, block_id: str, row: int, column_id: str) -> QAbstractItemView:
    """Select a cell without editing it, as a click or the arrow keys leave it."""
    table = room.widget(block_id)
    view = table.view
    room.focus(view)
    view.move_to(row, table.column_of(column_id))
    assert view.state() != QAbstractItemView.State.EditingState
    return view


def editor_text(widget: QWidget) -> str:
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText()
    if isinstance(widget, QLineEdit):
        return widget.text()
    if isinstance(widget, QComboBox):
        return widget.currentText()
    raise AssertionError(f"not a text editor: {widget!r}")


# --- typing reaches the text ---------------------------------------------------------------
@pytest.mark.parametrize("column_id", ["step", "detail", "who"])
def test_text_typed_into_a_selected_cell_arrives_whole(room: Room, qtbot: QtBot,
                                                       column_id: str) -> None:
    before = room.meeting_state()
    select_cell(room, "plan", 0, column_id)
    room.type(TYPED)                         # the first key starts editing, as in a spreadsheet
    assert editor_text(focused()) == TYPED
    press(qtbot, ENTER)
    table = room.widget("plan")
    assert table.cell_text(0, column_id) == TYPED
    assert room.saved()["tables"]["plan"][0]["cells"][column_id] == TYPED
    assert room.meeting_state() == before    # no timer, item or blank key fired


@pytest.mark.parametrize(("column_id", "value", "stored"),
                         [("start", "2026-03-05", "2026-03-05"), ("hours", "42", 42)])
def test_checked_cells_take_every_key_and_then_a_value(room: Room, qtbot: QtBot,
                                                       column_id: str, value: str,
                                                       stored: object) -> None:
    before = room.meeting_state()
    select_cell(room, "plan", 1, column_id)
    room.type(TYPED)
    assert editor_text(focused()) == TYPED   # every key reached the editor ...
    press(qtbot, Qt.Key.Key_Escape)          # ... which cancels: a date is not a sentence
    assert room.window.presenter is not None
    room.type(value)
    press(qtbot, ENTER)
    assert room.saved()["tables"]["plan"][1]["cells"][column_id] == stored
    assert room.meeting_state() == before


def test_a_choice_cell_is_picked_by_typing(room: Room, qtbot: QtBot) -> None:
    view = select_cell(room, "plan", 0, "status")
    room.type(TYPED)                         # letters search the list, Space opens it
    while view.state() == QAbstractItemView.State.EditingState:
        press(qtbot, Qt.Key.Key_Escape)      # close the list, then cancel the cell
    assert room.widget("plan").cell_text(0, "status") == ""
    assert room.window.presenter is not None
    room.type("Unsure")                      # the first letter opens the cell on "Unsure"
    press(qtbot, ENTER)
    assert room.widget("plan").cell_text(0, "status") == "Unsure"
    assert room.saved()["tables"]["plan"][0]["cells"]["status"] == "Unsure"


def test_a_multichoice_cell_is_ticked_by_typing_and_space(room: Room, qtbot: QtBot) -> None:
    before = room.meeting_state()
    select_cell(room, "plan", 0, "tags")
    room.type("Fam")                         # the first letter opens the list, on Families
    assert isinstance(focused(), QListWidget)
    press(qtbot, Qt.Key.Key_Space)
    press(qtbot, ENTER)
    assert room.saved()["tables"]["plan"][0]["cells"]["tags"] == ["Families"]
    assert room.meeting_state() == before


def test_notes_box_takes_every_key(room: Room, qtbot: QtBot) -> None:
    before = room.meeting_state()
    box = room.widget("room-notes").notes_edit
    room.focus(box)
    room.type(TYPED)
    assert box.toPlainText() == TYPED
    room.window.page.agenda.setFocus()       # leaving the box saves it
    assert room.saved()["notes"]["room-notes"] == TYPED
    assert room.meeting_state() == before


def test_ideas_box_and_card_take_every_key(room: Room, qtbot: QtBot) -> None:
    before = room.meeting_state()
    board = room.widget("board")
    box = next(iter(board.add_boxes.values()))
    room.focus(box)
    room.type(TYPED)
    assert box.text() == TYPED
    press(qtbot, ENTER)
    assert board.cards("a") == [TYPED]
    assert [i["text"] for i in room.saved()["ideas"]["board"]] == [TYPED]
    cards = next(iter(board.lists.values()))
    room.focus(cards)
    cards.setCurrentRow(0)
    press(qtbot, Qt.Key.Key_F2)              # edit the card's words
    room.type(TYPED[::-1])
    press(qtbot, ENTER)
    assert board.cards("a") == [TYPED[::-1].strip()]
    assert room.meeting_state() == before


def test_action_fields_take_every_key(room: Room, qtbot: QtBot) -> None:
    before = room.meeting_state()
    actions = room.widget("todo")
    room.focus(actions.new_text)
    room.type(TYPED)
    assert actions.new_text.text() == TYPED
    press(qtbot, ENTER)                      # added; the owner cell is selected next
    owner = actions.view.currentIndex().column()
    room.type(TYPED)
    assert editor_text(focused()) == TYPED
    press(qtbot, ENTER)
    for key in ("deadline", "notes", "text"):
        column = next(i for i, c in enumerate(actions.model.columns) if c.key == key)
        room.focus(actions.view)
        actions.view.move_to(0, column)
        room.type(TYPED)
        assert editor_text(focused()) == TYPED
        press(qtbot, ENTER)
    status = next(i for i, c in enumerate(actions.model.columns) if c.key == "status")
    room.focus(actions.view)
    actions.view.move_to(0, status)
    room.type("comp")                        # picks "completed" from the list
    press(qtbot, ENTER)
    saved = room.dump()["actions"][0]
    assert saved["status"] == "completed"
    assert saved["text"] == TYPED and saved["owner"] == TYPED
    assert saved["deadline"] == TYPED and saved["notes"] == TYPED
    assert owner == next(i for i, c in enumerate(actions.model.columns) if c.key == "owner")
    assert room.meeting_state() == before


def test_themes_and_the_vote_tally_take_typing(room: Room, qtbot: QtBot) -> None:
    before = room.meeting_state()
    themes = room.widget("heard")
    room.focus(themes.view)
    room.type(TYPED)                         # typing into the empty list starts a theme
    press(qtbot, Qt.Key.Key_Tab)
    room.type(TYPED)
    press(qtbot, ENTER)
    assert [(t["headline"], t["body"]) for t in room.saved()["themes"]["heard"]] == \
        [(TYPED, TYPED)]
    board = room.widget("board")
    room.focus(next(iter(board.add_boxes.values())))
    room.type("Peer mentoring")
    press(qtbot, ENTER)
    room.focus(board.tally)
    board.tally.move_to(0, board.tally_votes_column())
    room.type("5")                           # a selected tally cell takes the digit
    press(qtbot, ENTER)                      # (within the room's 2 people x 3 votes)
    assert [i["votes"] for i in room.saved()["ideas"]["board"]] == [5]
    assert room.meeting_state() == before


# --- Space ticks what has the focus ---------------------------------------------------------
def test_space_ticks_a_checkbox_cell_and_undo_takes_it_back(room: Room, qtbot: QtBot) -> None:
    before = room.meeting_state()
    table = room.widget("plan")
    select_cell(room, "plan", 1, "explore")
    press(qtbot, Qt.Key.Key_Space)
    assert table.cell_text(1, "explore") == "✓"
    assert room.saved()["tables"]["plan"][1]["cells"]["explore"] is True
    press(qtbot, Qt.Key.Key_Space)           # and back
    assert table.cell_text(1, "explore") == ""
    assert room.saved()["tables"]["plan"][1]["cells"]["explore"] is False
    press(qtbot, Qt.Key.Key_Z, CTRL)         # one undo step per tick, like a click
    assert table.cell_text(1, "explore") == "✓"
    assert room.meeting_state() == before


@pytest.mark.parametrize("column_id", ["step", "detail"])
def test_undo_from_the_next_cells_editor_undoes_the_cell_just_left(room: Room, qtbot: QtBot,
                                                                   column_id: str) -> None:
    """Tab commits and opens the next cell's editor; Ctrl+Z there (nothing typed yet) is the
    window's Undo: the cell just left goes back, on screen and in the file."""
    table = room.widget("plan")
    select_cell(room, "plan", 0, column_id)
    type_keys(qtbot, "Bold plan")
    press(qtbot, Qt.Key.Key_Tab)
    assert room.saved()["tables"]["plan"][0]["cells"][column_id] == "Bold plan"
    assert table.view.state() == QAbstractItemView.State.EditingState  # the next cell's editor
    press(qtbot, Qt.Key.Key_Z, CTRL)
    assert table.cell_text(0, column_id) == ""
    assert not room.saved()["tables"]["plan"][0]["cells"].get(column_id)
    press(qtbot, Qt.Key.Key_Z, CTRL | SHIFT)  # and Redo, still from that editor
    assert table.cell_text(0, column_id) == "Bold plan"


def test_space_marks_a_card_for_exploring(room: Room, qtbot: QtBot) -> None:
    before = room.meeting_state()
    board = room.widget("board")
    room.focus(next(iter(board.add_boxes.values())))
    room.type("Wellness days")
    press(qtbot, ENTER)
    cards = next(iter(board.lists.values()))
    room.focus(cards)
    cards.setCurrentRow(0)
    press(qtbot, Qt.Key.Key_Space)
    assert [i["explore"] for i in room.saved()["ideas"]["board"]] == [True]
    assert board.lists[("a", "")].item(0).checkState() == Qt.CheckState.Checked
    press(qtbot, Qt.Key.Key_Space)
    assert [i["explore"] for i in room.saved()["ideas"]["board"]] == [False]
    press(qtbot, Qt.Key.Key_Z, CTRL)
    assert [i["explore"] for i in room.saved()["ideas"]["board"]] == [True]
    assert room.meeting_state() == before


# --- the meeting's keys -----------------------------------------------------------------------
def test_meeting_keys_work_while_typing_and_bare_space_from_the_agenda(room: Room,
                                                                        qtbot: QtBot) -> None:
    runner = room.window.page.runner
    select_cell(room, "plan", 0, "step")
    room.type("Half a sentence")
    press(qtbot, Qt.Key.Key_Space, CTRL)     # Ctrl+Space: the timer, not a space
    assert runner.running
    assert editor_text(focused()) == "Half a sentence"
    press(qtbot, Qt.Key.Key_F9)
    assert not runner.running
    press(qtbot, ENTER)
    agenda = room.window.page.agenda
    room.focus(agenda)
    press(qtbot, Qt.Key.Key_Space)           # the agenda takes no typing: Space is the timer's
    assert runner.running
    press(qtbot, Qt.Key.Key_Space)
    assert not runner.running
    assert room.widget("plan").cell_text(0, "step") == "Half a sentence"


def test_blanking_shows_on_the_facilitators_window(room: Room, qtbot: QtBot) -> None:
    window, presenter = room.window, room.window.presenter
    blank = window.actions_by_name["blank"]
    badge = window.blank_badge
    assert not badge.isVisible() and not blank.isChecked()
    select_cell(room, "plan", 0, "step")
    press(qtbot, Qt.Key.Key_B, CTRL)         # from anywhere, even a selected cell
    assert presenter.blanked
    assert badge.isVisible() and badge.text() == "Projector blanked" and blank.isChecked()
    assert room.widget("plan").cell_text(0, "step") == ""
    press(qtbot, Qt.Key.Key_B, CTRL)
    assert not presenter.blanked and not badge.isVisible() and not blank.isChecked()
    presenter.activateWindow()               # B on the projector itself, as in a slide show
    qtbot.waitUntil(presenter.isActiveWindow, timeout=2000)
    qtbot.keyClick(presenter, Qt.Key.Key_B)
    assert presenter.blanked and badge.isVisible() and blank.isChecked()
    qtbot.keyClick(window, Qt.Key.Key_F5, SHIFT)   # stop presenting: nothing left blank
    qtbot.waitUntil(lambda: window.presenter is None, timeout=1000)
    assert not badge.isVisible() and not blank.isChecked() and not blank.isEnabled()


# --- focus is never trapped -----------------------------------------------------------------
def test_esc_leaves_every_box_and_item_keys_work_from_them(room: Room, qtbot: QtBot) -> None:
    actions = room.widget("todo")
    room.focus(actions.new_text)
    room.type("Call the district")
    press(qtbot, Qt.Key.Key_Escape)          # back to the sheet; the words wait in the box
    assert focused() is actions.view
    assert actions.new_text.text() == "Call the district"
    assert room.window.presenter is not None

    board = room.widget("board")
    box = board.add_boxes[("a", "")]
    room.focus(box)
    press(qtbot, Qt.Key.Key_Escape)
    assert focused() is board.lists[("a", "")]

    notes = room.widget("room-notes").notes_edit
    room.focus(notes)
    room.type("Transport")
    press(qtbot, Qt.Key.Key_Escape)          # to the agenda, where Space runs the timer
    assert focused() is room.window.page.agenda
    assert room.saved()["notes"]["room-notes"] == "Transport"
    press(qtbot, Qt.Key.Key_Space)
    assert room.window.page.runner.running

    room.focus(room.widget("todo").new_text)
    press(qtbot, Qt.Key.Key_PageDown, CTRL)  # the next item, straight from a text box
    assert room.window.page.runner.current == 1
    assert room.window.presenter.title.text() == "Break"
    # The box went with its item: with nothing focused, keys go to the window, as Qt does.
    qtbot.keyClick(QApplication.focusWidget() or room.window, Qt.Key.Key_PageUp, CTRL)
    assert room.window.page.runner.current == 0


# --- the key scheme -------------------------------------------------------------------------
def test_what_counts_as_typing() -> None:
    from PySide6.QtGui import QKeyEvent

    from facilitator.ui.kit.typing_guard import is_typing

    def key(code: Qt.Key, text: str, mods: Qt.KeyboardModifier = NONE) -> QKeyEvent:
        return QKeyEvent(QKeyEvent.Type.KeyPress, code, mods, text)

    assert is_typing(key(Qt.Key.Key_B, "b")) and is_typing(key(Qt.Key.Key_B, "B", SHIFT))
    assert is_typing(key(Qt.Key.Key_Space, " "))
    assert is_typing(key(Qt.Key.Key_Q, "@", CTRL | Qt.KeyboardModifier.AltModifier))  # AltGr
    assert not is_typing(key(Qt.Key.Key_Space, " ", CTRL))
    assert not is_typing(key(Qt.Key.Key_B, "\x02", CTRL))
    assert not is_typing(key(Qt.Key.Key_F9, ""))
    assert not is_typing(key(Qt.Key.Key_Escape, "\x1b"))
    assert not is_typing(key(Qt.Key.Key_F, "f", Qt.KeyboardModifier.AltModifier))  # menus


def test_menus_and_readme_name_the_same_meeting_keys(room: Room) -> None:
    from PySide6.QtGui import QKeySequence

    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    table = readme[readme.index("## In the room"):]
    table = table[:table.index("\n\n", table.index("| keys |"))]
    portable = QKeySequence.SequenceFormat.PortableText
    for name in ("toggle", "previous", "next", "plus", "minus", "present", "stop", "blank",
                 "freeze", "page_next", "page_previous"):
        keys = [k.toString(portable) for k in room.window.actions_by_name[name].shortcuts()]
        assert keys and keys[0] in table, f"{name}: {keys[0]} missing from the README's keys"
    # A key that types (no Ctrl, Alt or Meta; a character) is never a window shortcut, except
    # the timer's plain Space, second to Ctrl+Space, which the guard lets through only where
    # nothing takes typing.
    typing = {(name, k.toString(portable))
              for name, action in room.window.actions_by_name.items()
              for k in action.shortcuts()
              if k[0].keyboardModifiers() & ~Qt.KeyboardModifier.ShiftModifier == NONE
              and 0x20 <= k[0].key().value <= 0x7E}
    assert typing == {("toggle", "Space")}
    assert room.window.actions_by_name["toggle"].shortcut().toString(portable) == "Ctrl+Space"
