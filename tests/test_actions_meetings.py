"""A check-in series: new meetings carry open actions over, keeping each meeting's status."""

from __future__ import annotations

from pathlib import Path

import pytest

from facilitator.services.actions import add_action, read_actions, update_action
from facilitator.services.errors import ServiceError
from facilitator.services.meetings import (
    new_meeting,
    read_meetings,
    remove_meeting,
    review_actions,
)
from facilitator.services.timers import read_timers
from facilitator.services.workshop import open_workshop
from tests.helpers import dump, make_workshop


def by_text(path: Path) -> dict[str, dict]:
    return {a["text"]: a for a in dump(path)["actions"]}


def test_open_actions_are_reviewed_at_meetings_two_and_three_with_history(tmp_path: Path) -> None:
    path = make_workshop(tmp_path, "check-in", date="2026-01-12", time="15:00",
                         location="Library")
    with open_workshop(path) as ws:
        m1 = ws.meeting_id()
        add_action(ws, "tracker", "Take social workers off lunch duty", owner="Ana Núñez",
                   deadline="2026-03-01")
        add_action(ws, "tracker", "Order screening kits", owner="Ben Cho")
        add_action(ws, "tracker", "Book the room", status="completed")
        new_meeting(ws, date="2026-04-13", time="15:00")
        m2 = ws.meeting_id()
        assert m2 != m1
        carried = {a.text for a in review_actions(ws, m2)}
        assert carried == {"Take social workers off lunch duty", "Order screening kits"}
        lunch, kits = (a.id for a in read_actions(ws, "tracker")[:2])
        update_action(ws, lunch, status="in progress", meeting=m2)
        update_action(ws, kits, status="abandoned", meeting=m2)
        add_action(ws, "tracker", "Survey the staff", meeting=m2)
        new_meeting(ws, date="2026-07-13")
        m3 = ws.meeting_id()
        assert {a.text for a in review_actions(ws, m3)} == {
            "Take social workers off lunch duty", "Survey the staff"}
        update_action(ws, lunch, status="completed", meeting=m3)
        meetings = read_meetings(ws)
        # Carried statuses do not rewrite an earlier meeting's record.
        assert review_actions(ws, m2)[0].history[0] == (1, "not started")

    assert [m.number for m in meetings] == [1, 2, 3]
    assert meetings[2].location == "Library"          # a series keeps its room by default
    actions = by_text(path)                            # reopened from disk, through the CLI
    assert actions["Take social workers off lunch duty"]["history"] == [
        [1, "not started"], [2, "in progress"], [3, "completed"]]
    assert actions["Order screening kits"]["history"] == [[1, "not started"], [2, "abandoned"]]
    assert actions["Book the room"]["history"] == [[1, "completed"]]   # closed: not carried
    assert actions["Survey the staff"]["history"] == [[2, "not started"], [3, "not started"]]
    assert actions["Survey the staff"]["meeting_number"] == 2


def test_a_new_meeting_follows_the_same_agenda_with_fresh_timers(tmp_path: Path) -> None:
    path = make_workshop(tmp_path, "check-in")
    with open_workshop(path) as ws:
        new_meeting(ws)
        timers = read_timers(ws)
    assert [t.minutes for t in timers] == [item.minutes for item in ws.template.agenda]
    assert all(t.elapsed_s == 0 and not t.done for t in timers)


def test_blocks_without_carry_over_are_not_reviewed(tmp_path: Path) -> None:
    path = make_workshop(tmp_path, "attract-retain")
    with open_workshop(path) as ws:
        add_action(ws, "propose", "Staff input survey")
        new_meeting(ws)
        assert review_actions(ws) == []


def test_bad_meeting_date_is_refused_and_undo_removes_only_the_latest(tmp_path: Path) -> None:
    path = make_workshop(tmp_path, "check-in")
    with open_workshop(path) as ws:
        with pytest.raises(ServiceError, match="YYYY-MM-DD"):
            new_meeting(ws, date="next tuesday")
        first = ws.meeting_id()
        changed = new_meeting(ws)
        with pytest.raises(ServiceError):
            remove_meeting(ws, first)
        remove_meeting(ws, int(changed.ids[0]))
        assert [m.number for m in read_meetings(ws)] == [1]


def test_a_meeting_that_holds_what_the_room_typed_is_never_removed(tmp_path: Path) -> None:
    from facilitator.services.ideas import add_idea, remove_idea
    from facilitator.services.tables import set_cell

    path = make_workshop(tmp_path, "attract-retain")
    with open_workshop(path) as ws:
        second = int(new_meeting(ws).ids[0])
        set_cell(ws, "aspirations", "organization", "now", "Siloed", meeting=second)
        idea = int(add_idea(ws, "brainstorm", "Quiet room", "organization",
                            meeting=second).ids[0])
        with pytest.raises(ServiceError,
                           match=r"^Meeting 2 is kept: it holds 1 table cell, 1 idea\.$"):
            remove_meeting(ws, second)
        assert [m.number for m in read_meetings(ws)] == [1, 2]
        # Emptied again (what the undo steps do), the meeting can go.
        set_cell(ws, "aspirations", "organization", "now", "", meeting=second)
        remove_idea(ws, idea)
        remove_meeting(ws, second)
        assert [m.number for m in read_meetings(ws)] == [1]
