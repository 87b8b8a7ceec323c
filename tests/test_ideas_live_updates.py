"""A board that changes under the facilitator (phones adding cards, votes coming in) keeps what
they are doing: the card being edited and the vote being typed stay open, and the projector,
which now updates only what changed, shows exactly what a fresh projector would."""

from __future__ import annotations

import random
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSize, Qt
from pytestqt.qtbot import QtBot

from facilitator.services import ideas as idea_service
from facilitator.services.votes import set_votes_per_person
from facilitator.ui.run.projected_sheet import ProjectedSheet
from tests.worksheet_support import Harness, make_harness, press, type_text

ENTER = Qt.Key.Key_Return


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


def phone_sends(h: Harness, block: str, text: str, category: str, lane: str) -> None:
    """A card from a phone: stored by the service, told to the views through the hub."""
    h.hub.changed.emit(idea_service.add_idea(h.ws, block, text, category, lane))


def test_a_card_arriving_while_one_is_edited_keeps_the_typing(h: Harness,
                                                              qtbot: QtBot) -> None:
    board = h.widget("brainstorm")
    for text in ("Quiet room", "Snacks"):
        phone_sends(h, "brainstorm", text, "organization", "taking")
    cards = board.lists[("organization", "taking")]
    h.focus(cards)
    cards.setCurrentRow(0)
    press(qtbot, Qt.Key.Key_F2)
    type_text(qtbot, "Quiet counseling")
    phone_sends(h, "brainstorm", "From a phone", "organization", "taking")
    phone_sends(h, "brainstorm", "Another one", "organization", "taking")
    type_text(qtbot, " room")
    press(qtbot, ENTER)
    assert board.cards("organization", "taking") == [
        "Quiet counseling room", "Snacks", "From a phone", "Another one"]
    saved = idea_service.read_ideas(h.ws, "brainstorm")
    assert [i.text for i in saved] == ["Quiet counseling room", "Snacks", "From a phone",
                                       "Another one"]


def test_a_vote_being_typed_in_the_tally_survives_new_cards(kinds: Harness,
                                                            qtbot: QtBot) -> None:
    board = kinds.widget("votes")
    for text in ("First", "Second"):
        phone_sends(kinds, "votes", text, "a", "now")
    board.tally.move_to(0, board.tally_votes_column())
    kinds.focus(board.tally)
    type_text(qtbot, "2")   # the editor opens with the first key
    phone_sends(kinds, "votes", "Third", "b", "could")
    assert board.tally_model.rowCount() == 3
    press(qtbot, ENTER)
    saved = idea_service.read_ideas(kinds.ws, "votes")
    assert [(i.text, i.votes) for i in saved] == [("First", 2), ("Second", 0), ("Third", 0)]
    assert board.cards("a", "now") == ["First", "Second"]


def _projector(h: Harness, qtbot: QtBot) -> ProjectedSheet:
    sheet = ProjectedSheet("Worksheet")
    qtbot.addWidget(sheet)
    sheet.screen_size = QSize(1280, 720)
    sheet.resize(1240, 420)
    sheet.show()
    template = h.ws.template
    sheet.show_item(h.ctx(readonly=True), template.agenda[template.item_of("brainstorm")])
    return sheet


def _seen(sheet: ProjectedSheet) -> list[list[tuple[str, tuple[float, ...]]]]:
    """Every page as the room sees it: each text and where it stands."""
    assert sheet.sheet is not None
    return [[(p.text, p.rect.getRect()) for p in page.pieces] for page in sheet.sheet.pages]


def test_the_projector_shows_what_a_fresh_one_shows_after_many_changes(
        h: Harness, qtbot: QtBot) -> None:
    """Cards added, edited, voted up (re-sorted), marked and removed, seeded: the projector
    that followed every change and one opened afterwards show the same pages."""
    set_votes_per_person(h.ws, "brainstorm", 3)
    live = _projector(h, qtbot)
    rng = random.Random(19)
    ids: list[int] = []
    for n in range(60):
        lane = rng.choice(["taking", "could"])
        change = idea_service.add_idea(h.ws, "brainstorm", f"card {n} " + "word " *
                                       rng.randint(0, 12), "job", lane)
        ids.append(int(change.ids[0]))
        h.hub.changed.emit(change)
        if n % 7 == 6:
            pick = rng.choice(ids)
            h.hub.changed.emit(idea_service.update_idea(h.ws, pick, votes=1))
            h.hub.changed.emit(idea_service.update_idea(h.ws, rng.choice(ids),
                                                        explore=True))
            h.hub.changed.emit(idea_service.update_idea(h.ws, rng.choice(ids),
                                                        text=f"edited {n}"))
        if n % 11 == 10:
            gone = ids.pop(rng.randrange(len(ids)))
            h.hub.changed.emit(idea_service.remove_idea(h.ws, gone))
        if n % 5 == 0:
            qtbot.wait(1)   # let the projector redraw now and then, as between frames
    qtbot.waitUntil(lambda: not live._rebuild.isActive())
    fresh = _projector(h, qtbot)
    assert live.page_count == fresh.page_count > 1
    assert _seen(live) == _seen(fresh)
    assert "edited 62" not in " ".join(live.all_texts())
    assert any(t.startswith("edited") for t in live.all_texts())


def test_a_card_emptied_in_place_gets_its_words_back(h: Harness, qtbot: QtBot) -> None:
    """Updated item by item, the board still puts back the words of a card whose text was
    deleted (an empty card is not a card), on screen and in the file."""
    board = h.widget("brainstorm")
    phone_sends(h, "brainstorm", "Quiet room", "organization", "taking")
    cards = board.lists[("organization", "taking")]
    h.focus(cards)
    cards.setCurrentRow(0)
    press(qtbot, Qt.Key.Key_F2)
    press(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)   # the whole text...
    press(qtbot, Qt.Key.Key_Delete)   # ... deleted
    press(qtbot, ENTER)
    assert cards.item(0).text() == "Quiet room"
    assert [i.text for i in idea_service.read_ideas(h.ws, "brainstorm")] == ["Quiet room"]
