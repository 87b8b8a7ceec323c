"""Correcting the meeting's facts through the services: participants added, renamed and removed
in one transaction with an exact undo, owners and authors kept, dates stored as typed."""

from __future__ import annotations

from pathlib import Path

import pytest

from facilitator.domain.snapshot import Participant
from facilitator.services import actions, ideas, tables
from facilitator.services.dump import dump as dump_workshop
from facilitator.services.errors import ServiceError
from facilitator.services.meetings import new_meeting, read_meetings
from facilitator.services.people import (
    PeopleEdit,
    PersonRecord,
    edit_participants,
    participant_links,
    read_participants,
    set_subgroups,
    update_meeting,
)
from facilitator.services.workshop import open_workshop
from tests.helpers import make_workshop

ANA, BEN = 1, 2   # make_workshop's participants: Ana Núñez, Ben Cho


def dump(path: Path) -> dict:
    """The whole file as `facilitator dump` prints it, read through a fresh connection."""
    with open_workshop(path, readonly=True) as ws:
        return dump_workshop(ws)


def test_add_rename_and_remove_are_one_step_and_undo_puts_everything_back(
        tmp_path: Path) -> None:
    path = make_workshop(tmp_path)
    with open_workshop(path) as ws:
        set_subgroups(ws, 5, {ANA: "Great leaders", BEN: "Great job"})
    before = dump(path)
    with open_workshop(path) as ws:
        done = edit_participants(ws, PeopleEdit(
            add=(PersonRecord("Cleo Diaz", "Psychologist", "North High"),),
            change=(Participant(ANA, "Ana Núñez-Ruiz", "School counselor(s)", ""),),
            remove=(BEN,)))
    after = dump(path)
    assert [(p["name"], p["role"]) for p in after["participants"]] == [
        ("Ana Núñez-Ruiz", "School counselor(s)"), ("Cleo Diaz", "Psychologist")]
    assert after["meetings"][0]["subgroups"] == [
        {"item": 5, "participant": ANA, "group": "Great leaders"}]   # Ben's place went
    with open_workshop(path) as ws:
        undone = edit_participants(ws, done.undo)
    assert dump(path) == before          # same ids, same order, Ben's subgroup place back
    with open_workshop(path) as ws:
        edit_participants(ws, undone.undo)                   # redo: Cleo keeps her id
    again = dump(path)
    assert again["participants"] == after["participants"]


def test_an_owner_or_author_is_never_removed_and_the_whole_edit_is_refused(
        tmp_path: Path) -> None:
    path = make_workshop(tmp_path)
    with open_workshop(path) as ws:
        actions.add_action(ws, "propose", "Ask the board for two more counselors",
                           owner_id=ANA)
        ideas.add_idea(ws, "brainstorm", "Mentor new hires", "leaders", "could", author_id=ANA)
        ideas.add_idea(ws, "brainstorm", "Pay for licences", "job", "could", author_id=ANA)
        links = participant_links(ws, ANA)
        assert (links.actions, links.cards) == (1, 2)
        assert not participant_links(ws, BEN).keeps_them
    before = dump(path)
    with open_workshop(path) as ws, pytest.raises(ServiceError) as refused:
        edit_participants(ws, PeopleEdit(change=(Participant(BEN, "Benjamin Cho"),),
                                         remove=(ANA,)))
    assert str(refused.value) == ("Ana Núñez owns 1 action and wrote 2 cards, so they stay "
                                  "in the workshop; you can rename them instead")
    assert dump(path) == before                         # not even Ben's rename went in
    with open_workshop(path) as ws:
        edit_participants(ws, PeopleEdit(change=(Participant(ANA, "Ana Nunez Ruiz"),)))
    saved = dump(path)
    owner = saved["actions"][0]
    assert owner["owner_id"] == ANA
    assert [i["author_id"] for i in saved["meetings"][0]["ideas"]["brainstorm"]] == [ANA, ANA]
    with open_workshop(path, readonly=True) as ws:
        assert read_participants(ws)[0].name == "Ana Nunez Ruiz"


def test_someone_with_answers_of_their_own_stays(tmp_path: Path) -> None:
    path = make_workshop(tmp_path, "check-in")
    with open_workshop(path) as ws:
        tables.set_cell(ws, "reflection", "support", "answer", "More time with students",
                        participant=BEN)
        assert participant_links(ws, BEN).answers == 1
        with pytest.raises(ServiceError, match="Ben Cho has answers in 1 worksheet row"):
            edit_participants(ws, PeopleEdit(remove=(BEN,)))
        assert [p.name for p in read_participants(ws)] == ["Ana Núñez", "Ben Cho"]


def test_a_participant_needs_a_name(tmp_path: Path) -> None:
    path = make_workshop(tmp_path)
    with open_workshop(path) as ws:
        with pytest.raises(ServiceError, match="needs a name"):
            edit_participants(ws, PeopleEdit(add=(PersonRecord("  "),)))
        with pytest.raises(ServiceError, match="needs a name"):
            edit_participants(ws, PeopleEdit(change=(Participant(ANA, ""),)))
        assert [p.name for p in read_participants(ws)] == ["Ana Núñez", "Ben Cho"]


@pytest.mark.parametrize("typed", ["2027-02-28", "2027-11-02"])
def test_meeting_dates_are_stored_exactly_as_typed(tmp_path: Path, typed: str) -> None:
    path = make_workshop(tmp_path, "check-in")
    with open_workshop(path) as ws:
        update_meeting(ws, date=typed, time="9:05", location="Room 12")
        new_meeting(ws, date=typed, time="16:30")
        assert [(m.date, m.time) for m in read_meetings(ws)] == [(typed, "09:05"),
                                                                 (typed, "16:30")]


def test_an_impossible_date_is_refused_with_its_reason(tmp_path: Path) -> None:
    path = make_workshop(tmp_path)
    with open_workshop(path) as ws:
        with pytest.raises(ServiceError, match="'2027-02-29' does not exist on the calendar"):
            update_meeting(ws, date="2027-02-29")
        with pytest.raises(ServiceError, match="YYYY-MM-DD"):
            update_meeting(ws, date="2/28/27")
        assert read_meetings(ws)[0].date == ""
