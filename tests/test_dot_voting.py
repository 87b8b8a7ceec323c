"""Dot voting keeps to the budget: each person's dots, and the room's; a vote over it is refused
in one line with nothing written; the projector ranks the cards as the votes come in."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from facilitator.services import dump as dump_service
from facilitator.services import ideas as idea_service
from facilitator.services import vote_rules, votes
from facilitator.services.errors import NotSaved, ServiceError
from facilitator.services.workshop import open_workshop
from tests.test_worksheet_ideas import add_cards, select
from tests.worksheet_support import PRESENTER_ZOOM, Harness, make_harness, press

PLUS, MINUS = Qt.Key.Key_Plus, Qt.Key.Key_Minus


@pytest.fixture
def kinds(qtbot: QtBot, tmp_path: Path) -> Iterator[Harness]:
    harness = make_harness(qtbot, tmp_path)     # "votes": 3 per person; Ana and Ben
    yield harness
    harness.close()


def stored(h: Harness) -> tuple[list[tuple[str, int]], object]:
    """The cards' tallies and the ballots, as a second reader of the file sees them."""
    meeting = h.meeting()
    return ([(i["text"], i["votes"]) for i in meeting["ideas"]["votes"]],
            meeting["settings"].get("votes", {}).get("ballots"))


def vote_as(board, name: str) -> None:  # type: ignore[no-untyped-def]
    board.voter.setCurrentIndex(board.voter.findText(name))


def test_a_person_over_their_dots_is_refused_in_one_line_and_nothing_is_stored(
        kinds: Harness, qtbot: QtBot) -> None:
    board = kinds.widget("votes")
    add_cards(kinds, qtbot, board, "a", "now", "Mentors", "Quiet room")
    vote_as(board, "Ana Núñez")
    select(kinds, board, "Quiet room")
    for _ in range(3):
        press(qtbot, PLUS)
    assert "Ana Núñez: 0 left" in board.summary.text()
    before = stored(kinds)
    assert before[0] == [("Mentors", 0), ("Quiet room", 3)]
    steps = kinds.undo.count()
    for _ in range(5):                           # what happened before: 8 dots on one card
        press(qtbot, PLUS)
    assert kinds.failures[-1] == ("Ana Núñez has used all 3 votes: take one back before "
                                  "voting again.")
    assert "\n" not in kinds.failures[-1]
    assert stored(kinds) == before               # nothing written
    assert kinds.undo.count() == steps           # and no undo step for it
    assert board.cards("a", "now") == ["Quiet room", "Mentors"]
    # Ana takes one back and gives it elsewhere; Ben still has all of his
    press(qtbot, MINUS)
    select(kinds, board, "Mentors")
    press(qtbot, PLUS)
    vote_as(board, "Ben Cho")
    press(qtbot, PLUS)
    assert stored(kinds)[0] == [("Mentors", 2), ("Quiet room", 2)]
    assert "Ben Cho: 2 left" in board.summary.text()
    kinds.undo.undo()                            # undo takes Ben's dot back
    assert stored(kinds)[0] == [("Mentors", 1), ("Quiet room", 2)]


def test_the_service_refuses_over_the_limit_without_a_partial_write(
        kinds: Harness, monkeypatch: pytest.MonkeyPatch) -> None:
    ws = kinds.ws
    card = int(idea_service.add_idea(ws, "votes", "Quiet room", "a", "now").ids[0])
    ana, ben = (p["id"] for p in kinds.saved()["participants"])
    for _ in range(3):
        votes.cast_vote(ws, card, ana)
    before = stored(kinds)
    with pytest.raises(votes.OverLimit, match="Ana Núñez has used all 3 votes"):
        votes.cast_vote(ws, card, ana)
    assert stored(kinds) == before
    with pytest.raises(ServiceError, match="Ben Cho has no vote on this card"):
        votes.cast_vote(ws, card, ben, -1)
    # one transaction: the ballot written, then a failure before the tally: neither is kept
    real = vote_rules.write_ballots

    def write_then_fail(*args: object) -> None:
        real(*args)  # type: ignore[arg-type]
        raise OSError("disk unplugged")

    monkeypatch.setattr(votes, "write_ballots", write_then_fail)
    with pytest.raises(NotSaved):
        votes.cast_vote(ws, card, ben)
    assert stored(kinds) == before
    assert votes.tally(ws, "votes").used == {ana: 3}


def test_counts_off_the_wall_stop_at_the_rooms_dots(kinds: Harness, qtbot: QtBot) -> None:
    board = kinds.widget("votes")
    add_cards(kinds, qtbot, board, "b", "could", "Quiet room")
    select(kinds, board, "Quiet room")           # "Votes from" is the wall
    for _ in range(8):
        press(qtbot, PLUS)
    assert stored(kinds)[0] == [("Quiet room", 6)]   # 2 people x 3 votes
    assert kinds.failures[-1] == ("Over the limit: 2 people × 3 votes = 6 votes, 0 already on "
                                  "other cards, so at most 6 on this one.")
    # and a typed tally is held to it too
    with pytest.raises(vote_rules.OverLimit):
        idea_service.update_idea(kinds.ws, board.ideas[0].id, votes=7)
    assert stored(kinds)[0] == [("Quiet room", 6)]


def test_the_limit_cannot_drop_below_what_someone_has_given(kinds: Harness,
                                                           qtbot: QtBot) -> None:
    board = kinds.widget("votes")
    add_cards(kinds, qtbot, board, "a", "now", "Mentors")
    vote_as(board, "Ben Cho")
    select(kinds, board, "Mentors")
    press(qtbot, PLUS)
    press(qtbot, PLUS)
    kinds.focus(board.votes_spin)
    board.votes_spin.setValue(1)
    board.votes_spin.editingFinished.emit()
    assert kinds.failures[-1].startswith("Ben Cho has already given 2 votes")
    assert votes.votes_per_person(kinds.ws, "votes") == 3
    assert board.votes_spin.value() == 3         # the screen shows what is stored


def projected_ranking(room: QWidget) -> list[str]:
    """What the projector's sheet reads under "Votes so far" (the projected layout of the
    brainstorm, drawn as the presenter draws it), card and votes, top to bottom."""
    from facilitator.ui.worksheets.ideas.projected import project

    units = project(room.ctx, room.block)(24, 1200)
    texts = [p.text for unit in units for p in unit.pieces]
    start = texts.index("Votes so far") + 1
    ranking = texts[start:]
    for label in ("Card", "Votes"):          # the column headings, if drawn
        if ranking and ranking[0] == label:
            ranking = ranking[1:]
    pairs = []
    while len(ranking) >= 2 and ranking[1].split(" ")[-1] in ("vote", "votes"):
        pairs += ranking[:2]
        ranking = ranking[2:]
    return pairs


def test_the_projector_ranks_the_cards_live(kinds: Harness, qtbot: QtBot) -> None:
    board = kinds.widget("votes")
    room = kinds.widget("votes", readonly=True, zoom=PRESENTER_ZOOM)
    add_cards(kinds, qtbot, board, "a", "now", "Mentors", "Quiet room", "Fewer duties")
    assert not room.results.isVisible()          # no votes yet: nothing to rank
    vote_as(board, "Ana Núñez")
    select(kinds, board, "Fewer duties")
    press(qtbot, PLUS)
    assert room.results.isVisible()
    assert room.results.ranking() == [("Fewer duties", 1)]
    select(kinds, board, "Quiet room")
    press(qtbot, PLUS)
    press(qtbot, PLUS)
    assert room.results.ranking() == [("Quiet room", 2), ("Fewer duties", 1)]
    vote_as(board, "Ben Cho")
    select(kinds, board, "Fewer duties")
    press(qtbot, PLUS)
    press(qtbot, PLUS)
    assert room.results.ranking() == [("Fewer duties", 3), ("Quiet room", 2)]
    assert projected_ranking(room) == ["Fewer duties", "3 votes", "Quiet room", "2 votes"]
    kinds.undo.undo()                            # an undone vote re-sorts it too
    kinds.undo.undo()
    assert room.results.ranking() == [("Quiet room", 2), ("Fewer duties", 1)]
    assert projected_ranking(room) == ["Quiet room", "2 votes", "Fewer duties", "1 vote"]
    with open_workshop(kinds.path, readonly=True) as other:
        assert votes.tally(other, "votes").recorded == 3


def test_who_gave_which_dots_survives_dump_and_load(kinds: Harness, tmp_path: Path) -> None:
    ws = kinds.ws
    card = int(idea_service.add_idea(ws, "votes", "Quiet room", "a", "now").ids[0])
    ana, ben = (p["id"] for p in kinds.saved()["participants"])
    votes.cast_vote(ws, card, ana)
    votes.cast_vote(ws, card, ben, 1)
    votes.cast_vote(ws, card, ben, 1)
    with dump_service.load(dump_service.dump(ws), tmp_path / "copy.workshop") as copy:
        assert votes.tally(copy, "votes").used == {ana: 1, ben: 2}
        with pytest.raises(votes.OverLimit, match="Ben Cho has only 1 vote left"):
            votes.cast_vote(copy, card, ben, 2)
