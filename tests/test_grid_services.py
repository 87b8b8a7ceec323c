"""Board services on real files: which cards can be placed, proposals, moves, reopening."""

from __future__ import annotations

from pathlib import Path

import pytest

from facilitator.domain.snapshot import example_card, idea_card, row_card
from facilitator.domain.template import GridBlock
from facilitator.services.actions import read_actions, update_action
from facilitator.services.card_moves import example_places, move_card, return_card, set_places
from facilitator.services.cards import read_board
from facilitator.services.changes import ChangeKind
from facilitator.services.errors import ServiceError
from facilitator.services.grid import read_placements
from facilitator.services.ideas import add_idea, update_idea
from facilitator.services.proposals import propose, read_proposals, withdraw
from facilitator.services.tables import set_cell
from facilitator.services.workshop import Workshop, open_workshop
from tests.helpers import dump, make_workshop

GRID = "prioritize"


def _grid(ws: Workshop) -> GridBlock:
    block = ws.template.block(GRID)
    assert isinstance(block, GridBlock)
    return block


def test_ticked_initiatives_and_explored_ideas_become_tray_cards(workshop_path: Path) -> None:
    with open_workshop(workshop_path) as ws:
        assert read_board(ws, GRID) == []
        set_cell(ws, "initiatives-leaders", "i5-1", "explore", True)
        set_cell(ws, "initiatives-job", "i11-2", "explore", True)
        set_cell(ws, "initiatives-job", "i11-3", "does", True)        # not for exploring
        add_idea(ws, "brainstorm", "Monthly peer supervision circle", "leaders", "could",
                 explore=True)
        add_idea(ws, "brainstorm", "Not this one", "job", "could")
        cards = {c.ref: c for c in read_board(ws, GRID)}
    assert set(cards) == {row_card("initiatives-leaders", "i5-1"),
                          row_card("initiatives-job", "i11-2"), idea_card(1)}
    job = cards[row_card("initiatives-job", "i11-2")]
    assert job.category == "job"
    assert job.label.startswith("Consider providing bonuses")
    assert cards[row_card("initiatives-leaders", "i5-1")].category == "leaders"
    assert cards[idea_card(1)].label == "Monthly peer supervision circle"
    assert cards[idea_card(1)].category == "leaders"
    assert not any(c.placed for c in cards.values())


def test_placed_card_keeps_its_place_even_when_unticked(workshop_path: Path) -> None:
    ref = row_card("initiatives-organization", "i1-1")
    with open_workshop(workshop_path) as ws:
        set_cell(ws, "initiatives-organization", "i1-1", "explore", True)
        move_card(ws, GRID, ref, 0.3, 0.8, label="Office space", category="organization")
        set_cell(ws, "initiatives-organization", "i1-1", "explore", False)
        cards = {c.ref: c for c in read_board(ws, GRID)}
    assert (cards[ref].x, cards[ref].y) == (0.3, 0.8)


def test_illustrative_prioritization_places_every_example(workshop_path: Path) -> None:
    with open_workshop(workshop_path) as ws:
        grid = _grid(ws)
        before = set_places(ws, GRID, example_places(grid)).before
        placed = {p.card: p for p in read_placements(ws, GRID)}
        assert len(placed) == len(grid.examples) == 11
        top = placed[example_card(8)]
        assert (top.label, top.category, top.x, top.y) == ("Top of license", "job", 0.35, 0.9)
        set_places(ws, GRID, before)                      # undo: back to the tray
        assert read_placements(ws, GRID) == []


def _demo_with_examples(tmp_path: Path) -> Path:
    path = make_workshop(tmp_path)
    with open_workshop(path) as ws:
        set_places(ws, GRID, example_places(_grid(ws)))
    return path


def test_propose_turns_high_impact_cards_into_action_rows(tmp_path: Path) -> None:
    path = _demo_with_examples(tmp_path)
    with open_workshop(path) as ws:
        done = propose(ws, GRID)
        rows = read_actions(ws, "propose")
    assert done.block_id == "propose" and len(done.added) == 10   # "Emphasize benefits" is low
    by_text = {a.text: a for a in rows}
    assert "Emphasize benefits" not in by_text
    assert by_text["Staff input"].category == "Do it now!"
    assert by_text["Augment salaries"].category == "Do it next"
    assert by_text["Evidence/outcomes"].category == "Do it next"      # x 0.40: harder
    assert by_text["Physical conditions"].category == "Do it now!"    # x 0.55: easier
    assert by_text["Staff input"].source == example_card(3)
    assert all(a.owner == "" and a.deadline == "" and a.status == "not started" for a in rows)
    # "Do it now!" rows come first, each quadrant by impact
    categories = [a.category for a in rows]
    assert categories == sorted(categories, key=lambda c: c != "Do it now!")
    assert [a.text for a in rows][:2] == ["Professional development", "Staff input"]
    on_disk = dump(path)["actions"]
    assert {a["text"] for a in on_disk} == set(by_text)


def test_propose_twice_adds_nothing_new_and_undo_takes_it_back(tmp_path: Path) -> None:
    path = _demo_with_examples(tmp_path)
    with open_workshop(path) as ws:
        first = propose(ws, GRID)
        again = propose(ws, GRID)
        assert again.added == () and again.recategorised == ()
        assert len(read_actions(ws, "propose")) == 10
        withdraw(ws, first)
        assert read_actions(ws, "propose") == []


def test_moving_a_proposed_card_updates_its_category(tmp_path: Path) -> None:
    path = _demo_with_examples(tmp_path)
    with open_workshop(path) as ws:
        propose(ws, GRID)
        staff = example_card(3)                            # "Staff input", Do it now!
        moved = move_card(ws, GRID, staff, 0.2, 0.9)
        assert (moved.old_category, moved.new_category) == ("Do it now!", "Do it next")
        assert not moved.needs_decision
        assert read_proposals(ws, GRID)[staff].category == "Do it next"
        low = move_card(ws, GRID, staff, 0.2, 0.2)
        assert low.needs_decision                          # the screen asks what to do
        assert read_proposals(ws, GRID)[staff].category == "Do it next"   # kept meanwhile
        # undo of the first move: back to its place and to its old category
        move_card(ws, GRID, staff, 0.85, 0.75, proposal_category="Do it now!")
        assert read_proposals(ws, GRID)[staff].category == "Do it now!"
    assert dump(path)["actions"][0]["category"] == "Do it now!"


def test_propose_again_recategorises_a_proposal_edited_by_hand(tmp_path: Path) -> None:
    path = _demo_with_examples(tmp_path)
    with open_workshop(path) as ws:
        propose(ws, GRID)
        staff = read_proposals(ws, GRID)[example_card(3)]
        update_action(ws, staff.id, category="Do it next")
        again = propose(ws, GRID)
        assert again.recategorised == ((staff.id, "Do it next"),)
        assert read_proposals(ws, GRID)[example_card(3)].category == "Do it now!"
        withdraw(ws, again)
        assert read_proposals(ws, GRID)[example_card(3)].category == "Do it next"


def test_returning_a_card_to_the_tray_keeps_its_proposal(tmp_path: Path) -> None:
    path = _demo_with_examples(tmp_path)
    with open_workshop(path) as ws:
        propose(ws, GRID)
        result = return_card(ws, GRID, example_card(0))
        assert result.before is not None and (result.before.x, result.before.y) == (0.55, 0.7)
        assert example_card(0) not in {p.card for p in read_placements(ws, GRID)}
        assert example_card(0) in read_proposals(ws, GRID)


def test_places_outside_the_board_are_refused(workshop_path: Path) -> None:
    with open_workshop(workshop_path) as ws, pytest.raises(ServiceError, match="inside"):
        move_card(ws, GRID, example_card(0), 1.2, 0.5)


def test_idea_text_edits_show_on_its_card(workshop_path: Path) -> None:
    with open_workshop(workshop_path) as ws:
        add_idea(ws, "brainstorm", "Peer circle", "job", "could", explore=True)
        move_card(ws, GRID, idea_card(1), 0.7, 0.7, label="Peer circle", category="job")
        update_idea(ws, 1, text="Peer support circle")
        (card,) = read_board(ws, GRID)
    assert (card.label, card.x) == ("Peer support circle", 0.7)


def test_reopening_restores_every_cards_place(tmp_path: Path) -> None:
    path = _demo_with_examples(tmp_path)
    with open_workshop(path) as ws:
        set_cell(ws, "initiatives-job", "i7-1", "explore", True)
        move_card(ws, GRID, row_card("initiatives-job", "i7-1"), 0.123, 0.877)
        move_card(ws, GRID, example_card(5), 0.05, 0.95)
        expected = {c.ref: (c.x, c.y) for c in read_board(ws, GRID)}
    with open_workshop(path) as ws:
        assert {c.ref: (c.x, c.y) for c in read_board(ws, GRID)} == expected
    assert expected[row_card("initiatives-job", "i7-1")] == (0.123, 0.877)
    assert len(expected) == 12


def test_placing_examples_again_tells_which_proposals_followed_their_card(
        tmp_path: Path) -> None:
    """The illustrative prioritization moves a proposed card back to its example place: its
    proposal's category follows, and the result names it for the actions worksheet's views
    (only the board was told before)."""
    path = _demo_with_examples(tmp_path)
    with open_workshop(path) as ws:
        propose(ws, GRID)
        staff = example_card(3)                            # "Staff input", Do it now!
        move_card(ws, GRID, staff, 0.2, 0.9)               # Do it next
        proposal = read_proposals(ws, GRID)[staff]
        placed = set_places(ws, GRID, example_places(_grid(ws)))
        assert read_proposals(ws, GRID)[staff].category == "Do it now!"
    kinds = {(c.what, c.block_id): c.ids for c in placed.changes}
    assert kinds[(ChangeKind.ACTIONS, "propose")] == (proposal.id,)
    assert staff in kinds[(ChangeKind.GRID, GRID)]
