"""Brainstorm boards and dot voting, by keys and clicks; the file always matches the screen."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from facilitator.services import ideas as idea_service
from facilitator.services import votes
from facilitator.services.changes import Changed, ChangeKind
from facilitator.services.workshop import open_workshop
from tests.helpers import dump
from tests.worksheet_support import PRESENTER_ZOOM, Harness, focused, make_harness, press, type_text

ENTER = Qt.Key.Key_Return
ALT = Qt.KeyboardModifier.AltModifier


@pytest.fixture
def h(qtbot: QtBot, tmp_path: Path) -> Iterator[Harness]:
    harness = make_harness(qtbot, tmp_path, "attract-retain")
    yield harness
    harness.close()


@pytest.fixture
def kinds(qtbot: QtBot, tmp_path: Path) -> Iterator[Harness]:
    harness = make_harness(qtbot, tmp_path)
    yield harness
    harness.close()


def saved_ideas(h: Harness, block_id: str = "brainstorm") -> list[dict]:
    return h.meeting()["ideas"][block_id]


def add_cards(h: Harness, qtbot: QtBot, board, category: str, lane: str,  # type: ignore[no-untyped-def]
              *texts: str) -> None:
    h.focus(board.add_boxes[(category, lane)])
    for text in texts:
        type_text(qtbot, text)
        press(qtbot, ENTER)


def select(h: Harness, board, text: str):  # type: ignore[no-untyped-def]
    for cards in board.lists.values():
        for row in range(cards.count()):
            if cards.item(row).text() == text:
                h.focus(cards)
                cards.setCurrentRow(row)
                return cards
    raise AssertionError(f"no card {text!r}")


def test_enter_adds_card_after_card_without_the_mouse(h: Harness, qtbot: QtBot) -> None:
    board = h.widget("brainstorm")
    add_cards(h, qtbot, board, "leaders", "could", "Monthly listening sessions",
              "Principal shadows a counselor")
    assert focused() is board.add_boxes[("leaders", "could")]  # ready for the next card
    assert board.cards("leaders", "could") == ["Monthly listening sessions",
                                               "Principal shadows a counselor"]
    saved = dump(h.path)["meetings"][0]["ideas"]["brainstorm"]  # `facilitator dump`
    assert [(i["text"], i["category"], i["lane"], i["author_id"]) for i in saved] == [
        ("Monthly listening sessions", "leaders", "could", None),
        ("Principal shadows a counselor", "leaders", "could", None)]
    assert h.undo.count() == 2
    h.undo.undo()
    assert board.cards("leaders", "could") == ["Monthly listening sessions"]
    assert len(saved_ideas(h)) == 1
    h.undo.redo()
    assert board.cards("leaders", "could")[1] == "Principal shadows a counselor"
    assert [i["text"] for i in saved_ideas(h)][1] == "Principal shadows a counselor"


def test_cards_are_attributed_to_a_participant_or_anonymous(h: Harness, qtbot: QtBot) -> None:
    board = h.widget("brainstorm")
    assert board.author.currentText() == "a participant"
    board.author.setCurrentIndex(board.author.findText("Ben Cho"))
    add_cards(h, qtbot, board, "job", "taking", "Supervision hours")
    ben = next(p["id"] for p in h.saved()["participants"] if p["name"] == "Ben Cho")
    assert saved_ideas(h)[0]["author_id"] == ben
    assert "(Ben Cho)" in board.card_label(board.ideas[0])


def test_edit_in_place_delete_and_undo(h: Harness, qtbot: QtBot) -> None:
    board = h.widget("brainstorm")
    add_cards(h, qtbot, board, "organization", "taking", "Quiet room", "Snacks")
    select(h, board, "Quiet room")
    press(qtbot, Qt.Key.Key_F2)
    type_text(qtbot, "Quiet counseling room")
    press(qtbot, ENTER)
    assert board.cards("organization", "taking") == ["Quiet counseling room", "Snacks"]
    assert saved_ideas(h)[0]["text"] == "Quiet counseling room"
    select(h, board, "Snacks")
    press(qtbot, Qt.Key.Key_Delete)
    assert board.cards("organization", "taking") == ["Quiet counseling room"]
    assert [i["text"] for i in saved_ideas(h)] == ["Quiet counseling room"]
    h.undo.undo()  # the deleted card comes back, with its id
    assert board.cards("organization", "taking") == ["Quiet counseling room", "Snacks"]
    assert [i["text"] for i in saved_ideas(h)] == ["Quiet counseling room", "Snacks"]
    h.undo.undo()
    assert board.cards("organization", "taking") == ["Quiet room", "Snacks"]
    assert saved_ideas(h)[0]["text"] == "Quiet room"


def test_move_between_lanes_and_categories_by_keys(h: Harness, qtbot: QtBot) -> None:
    board = h.widget("brainstorm")
    add_cards(h, qtbot, board, "organization", "taking", "Hybrid days")
    select(h, board, "Hybrid days")
    press(qtbot, Qt.Key.Key_Right, ALT)
    assert board.cards("organization", "could") == ["Hybrid days"]
    press(qtbot, Qt.Key.Key_Down, ALT)  # the card keeps the focus as it moves
    assert board.cards("leaders", "could") == ["Hybrid days"]
    assert board.cards("organization", "taking") == []
    assert [(i["category"], i["lane"]) for i in saved_ideas(h)] == [("leaders", "could")]
    h.undo.undo()
    assert board.cards("organization", "could") == ["Hybrid days"]
    assert [(i["category"], i["lane"]) for i in saved_ideas(h)] == [("organization", "could")]


def test_mark_consider_exploring_further_by_space_and_click(h: Harness, qtbot: QtBot) -> None:
    board = h.widget("brainstorm")
    add_cards(h, qtbot, board, "job", "could", "Signing bonus", "Career ladder")
    cards = select(h, board, "Signing bonus")
    press(qtbot, Qt.Key.Key_Space)
    assert [i["explore"] for i in saved_ideas(h)] == [True, False]
    item = cards.item(1)
    rect = cards.visualItemRect(item)
    qtbot.mouseClick(cards.viewport(), Qt.MouseButton.LeftButton,
                     pos=rect.topLeft() + _check_offset(cards, rect))
    assert [i["explore"] for i in saved_ideas(h)] == [True, True]
    h.undo.undo()
    assert [i["explore"] for i in saved_ideas(h)] == [True, False]
    assert cards.item(1).checkState() == Qt.CheckState.Unchecked


def _check_offset(cards, rect):  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QPoint
    from PySide6.QtWidgets import QStyle, QStyleOptionViewItem

    option = QStyleOptionViewItem()
    option.rect = rect
    option.features |= QStyleOptionViewItem.ViewItemFeature.HasCheckIndicator
    box = cards.style().subElementRect(QStyle.SubElement.SE_ItemViewItemCheckIndicator,
                                       option, cards)
    return QPoint(box.center().x() - rect.left(), rect.height() // 2)


def test_dot_votes_by_keys_sort_the_cards(kinds: Harness, qtbot: QtBot) -> None:
    board = kinds.widget("votes")
    add_cards(kinds, qtbot, board, "a", "now", "First", "Second", "Third")
    select(kinds, board, "Third")
    press(qtbot, Qt.Key.Key_Plus)
    press(qtbot, Qt.Key.Key_Plus)
    assert board.cards("a", "now") == ["Third", "First", "Second"]  # most votes first
    select(kinds, board, "Second")
    press(qtbot, Qt.Key.Key_Plus)
    press(qtbot, Qt.Key.Key_Minus)
    press(qtbot, Qt.Key.Key_Minus)  # never below zero
    assert [i["votes"] for i in saved_ideas(kinds, "votes")] == [0, 0, 2]
    assert "2 of 6 votes recorded" in board.summary.text()  # 3 each, 2 participants


def test_tally_is_typed_down_a_column(kinds: Harness, qtbot: QtBot) -> None:
    board = kinds.widget("votes")
    add_cards(kinds, qtbot, board, "a", "now", "First", "Second")
    add_cards(kinds, qtbot, board, "b", "could", "Third")
    assert board.tally.isVisible()
    board.tally.move_to(0, board.tally_votes_column())
    kinds.focus(board.tally)
    for count in ["1", "3", "2"]:
        type_text(qtbot, count)
        press(qtbot, ENTER)
    assert [(i["text"], i["votes"]) for i in saved_ideas(kinds, "votes")] == [
        ("First", 1), ("Second", 3), ("Third", 2)]
    assert board.cards("a", "now") == ["Second", "First"]
    assert "6 of 6" in board.summary.text()
    kinds.undo.undo()
    assert saved_ideas(kinds, "votes")[2]["votes"] == 0
    assert board.tally_model.ideas[2].votes == 0


def test_votes_per_person_is_set_and_undone(kinds: Harness, qtbot: QtBot) -> None:
    board = kinds.widget("votes")
    assert board.votes_spin.value() == 3  # the template's default
    kinds.focus(board.votes_spin)
    board.votes_spin.selectAll()
    type_text(qtbot, "5")
    press(qtbot, ENTER)
    assert votes.votes_per_person(kinds.ws, "votes") == 5
    assert "5 votes per person" in board.summary.text()
    kinds.undo.undo()
    assert votes.votes_per_person(kinds.ws, "votes") == 3
    assert board.votes_spin.value() == 3
    with open_workshop(kinds.path, readonly=True) as other:
        assert votes.votes_per_person(other, "votes") == 3


def test_no_tally_without_dot_voting(h: Harness) -> None:
    board = h.widget("brainstorm")  # attract-retain's brainstorm has no votes per person
    assert not board.tally.isVisible()
    assert board.summary.text() == ""


def test_presenter_board_is_read_only_and_follows_edits(h: Harness, qtbot: QtBot) -> None:
    board = h.widget("brainstorm")
    shown = h.widget("brainstorm", readonly=True, zoom=PRESENTER_ZOOM)
    assert shown.font().pointSizeF() > board.font().pointSizeF() * 1.4
    assert shown.add_boxes == {}
    add_cards(h, qtbot, board, "organization", "could", "Wellness days")
    assert shown.cards("organization", "could") == ["Wellness days"]
    item = shown.lists[("organization", "could")].item(0)
    assert not item.flags() & Qt.ItemFlag.ItemIsEditable
    idea_service.update_idea(h.ws, shown.ideas[0].id, votes=2)
    h.hub.changed.emit(Changed(ChangeKind.IDEAS, "brainstorm"))  # as another view's edit would
    assert "●● 2" in shown.card_label(shown.ideas[0])
    h.undo.undo()
    assert shown.cards("organization", "could") == []


def test_dot_votes_by_clicking(kinds: Harness, qtbot: QtBot) -> None:
    board = kinds.widget("votes")
    add_cards(kinds, qtbot, board, "b", "could", "Mentors", "Quiet room")
    plus = next(b for b in board.vote_buttons if b.text() == "+1 vote")
    select(kinds, board, "Quiet room")
    for _ in range(3):
        qtbot.mouseClick(plus, Qt.MouseButton.LeftButton)
    assert board.cards("b", "could") == ["Quiet room", "Mentors"]
    assert [(i["text"], i["votes"]) for i in saved_ideas(kinds, "votes")] == [
        ("Mentors", 0), ("Quiet room", 3)]
    kinds.undo.undo()
    assert saved_ideas(kinds, "votes")[1]["votes"] == 2
