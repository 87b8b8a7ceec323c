"""The room's ratings on the impact x ease board: each rated card's median and spread on the
laptop and the projector; accepting the room's place (one card, or all rated cards) is one
undo step, through the same services as a drag."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from facilitator.domain.snapshot import example_card
from facilitator.services.cards import read_board
from facilitator.services.changes import Changed, ChangeKind
from facilitator.services.ratings import rate_card
from facilitator.services.workshop import open_workshop
from tests.test_grid_widget import GRID, Board, _open_board
from tests.test_grid_widget import examples_path as examples_path  # the fixture

PHYSICAL = example_card(0)   # "Physical conditions" at (0.55, 0.70)
BENEFITS = example_card(5)   # "Emphasize benefits" at (0.75, 0.45)


def _rate(path: Path, card: str, *ratings: tuple[int, int]) -> None:
    with open_workshop(path) as ws:
        for n, (impact, ease) in enumerate(ratings):
            rate_card(ws, GRID, card, f"phone{n}", impact, ease)


def _tray_card(path: Path) -> str:
    with open_workshop(path, readonly=True) as ws:
        return next(c.ref for c in read_board(ws, GRID) if not c.placed)


@pytest.fixture
def rated(examples_path: Path) -> Path:
    _rate(examples_path, PHYSICAL, (5, 2), (4, 1), (5, 1))    # the room: impact 5, ease 1
    _rate(examples_path, BENEFITS, (2, 4), (3, 5))            # impact 2.5, ease 4.5
    _rate(examples_path, _tray_card(examples_path), (4, 4))   # one phone, a card in the tray
    return examples_path


@pytest.fixture
def board(qtbot: QtBot, rated: Path) -> Iterator[Board]:
    yield from _open_board(qtbot, rated)


def test_the_board_shows_each_rated_card_with_its_spread(qtbot: QtBot, board: Board) -> None:
    marks = board.widget.spreads.marks
    assert set(marks) == {PHYSICAL, BENEFITS}   # the tray card has no card on the board yet
    physical = marks[PHYSICAL].spread
    assert physical.count == 3 and physical.place == (0.1, 0.9)
    assert (physical.ease.low, physical.ease.high) == (1.0, 2.0)
    assert board.widget.spread_key.isVisible()
    assert board.widget.accept_all_button.text() == "Accept all rated (3)"
    assert not board.widget.accept_button.isEnabled()      # nothing selected yet
    board.widget.scene.select(PHYSICAL)
    assert board.widget.accept_button.isEnabled()
    assert "the room (3 rated): impact 5, ease 1" in board.widget.view.accessibleDescription()
    assert not board.widget.grab().isNull()                 # the spreads paint


def test_accept_moves_the_card_to_the_median_and_undo_puts_it_back(
        qtbot: QtBot, board: Board) -> None:
    board.widget.scene.select(PHYSICAL)
    qtbot.mouseClick(board.widget.accept_button, Qt.MouseButton.LeftButton)
    assert board.stored(PHYSICAL) == (0.1, 0.9)
    assert board.on_screen(PHYSICAL) == (0.1, 0.9)
    assert board.stored(BENEFITS) == (0.75, 0.45)           # only the selected card moved
    assert board.undo.count() == 1 and board.undo.undoText().startswith("Accept the room")
    board.undo.undo()
    assert board.stored(PHYSICAL) == (0.55, 0.7)
    assert board.on_screen(PHYSICAL) == (0.55, 0.7)
    assert not board.failures


def test_accept_all_is_one_undo_step_and_places_tray_cards_too(
        qtbot: QtBot, board: Board, rated: Path) -> None:
    tray = _tray_card(rated)
    qtbot.mouseClick(board.widget.accept_all_button, Qt.MouseButton.LeftButton)
    assert board.stored(PHYSICAL) == (0.1, 0.9)
    assert board.stored(BENEFITS) == (0.8, 0.4)
    assert board.stored(tray) == (0.7, 0.7)
    assert tray in board.widget.scene.cards
    assert board.undo.count() == 1
    # Phones rate on: the spread follows, and the card stays where it was accepted.
    rate_card(board.ws, GRID, PHYSICAL, "phone9", 1, 5)    # as the room's writer does
    board.hub.changed.emit(Changed(ChangeKind.GRID, GRID, (PHYSICAL,)))
    assert board.widget.spreads.marks[PHYSICAL].spread.count == 4
    assert board.stored(PHYSICAL) == (0.1, 0.9)
    board.undo.undo()
    assert board.stored(PHYSICAL) == (0.55, 0.7)
    assert board.stored(BENEFITS) == (0.75, 0.45)
    assert board.stored(tray) is None                       # back in the tray
    assert tray not in board.widget.scene.cards
    board.undo.redo()
    assert board.stored(BENEFITS) == (0.8, 0.4)             # redo: the places accepted then


def test_the_projector_shows_the_spreads_without_the_buttons(qtbot: QtBot, rated: Path) -> None:
    for projector in _open_board(qtbot, rated, readonly=True):
        assert set(projector.widget.spreads.marks) == {PHYSICAL, BENEFITS}
        assert projector.widget.spreads.projector
        assert projector.widget.spread_key.isVisible()
        assert not hasattr(projector.widget, "accept_button")
        assert not projector.widget.grab().isNull()
