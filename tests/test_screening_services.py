"""The screening queue's services: an idea sent from a phone waits, stored, until approved;
approve and decline are undone by the service calls the laptop's undo makes; a waiting idea
takes no dots and reaches no projector reader, handout or export, while the dump keeps it."""

from __future__ import annotations

from pathlib import Path

import pytest

from facilitator.services import ideas, screening
from facilitator.services.changes import ChangeKind, Removed
from facilitator.services.dump import dump, load
from facilitator.services.errors import NotFoundError, ServiceError
from facilitator.services.people import add_participant
from facilitator.services.room_votes import give_dot
from facilitator.services.snapshot import read_snapshot
from facilitator.services.votes import cast_vote, set_votes_per_person
from facilitator.services.workshop import open_workshop

BOARD = "brainstorm"


def _send(ws, text: str) -> int:  # type: ignore[no-untyped-def]
    """What Room.submit does for a phone's idea in a screened room."""
    return int(ideas.add_idea(ws, BOARD, text, "leaders", "could", pending=True).ids[0])


def _board(ws) -> list[str]:  # type: ignore[no-untyped-def]
    return [i.text for i in ideas.read_ideas(ws, BOARD)]


def _queue(ws) -> list[str]:  # type: ignore[no-untyped-def]
    return [i.text for i in screening.pending_ideas(ws, BOARD)]


def test_a_waiting_idea_is_in_the_file_at_once_but_not_on_the_board(
        workshop_path: Path) -> None:
    with open_workshop(workshop_path) as ws:
        ideas.add_idea(ws, BOARD, "Typed by the facilitator", "job", "taking")
        _send(ws, "From a phone")
    # Closed and reopened (as after a crash): the waiting idea is still there, still waiting.
    with open_workshop(workshop_path) as ws:
        assert _board(ws) == ["Typed by the facilitator"]
        assert _queue(ws) == ["From a phone"]
        assert screening.waiting_count(ws, BOARD) == 1


def test_approve_one_and_its_undo(workshop_path: Path) -> None:
    with open_workshop(workshop_path) as ws:
        first, second = _send(ws, "Mentors"), _send(ws, "Flexible hours")
        changed = screening.approve_ideas(ws, BOARD, [second])
        assert (changed.what, changed.block_id, changed.ids) == \
            (ChangeKind.IDEAS, BOARD, (second,))
        assert _board(ws) == ["Flexible hours"] and _queue(ws) == ["Mentors"]
        with pytest.raises(screening.NotWaiting):
            screening.approve_ideas(ws, BOARD, [second])   # a second click: nothing to do
        undone = screening.return_to_queue(ws, BOARD, changed.ids)
        assert undone.ids == (second,)
        assert _board(ws) == [] and _queue(ws) == ["Mentors", "Flexible hours"]
        assert first < second


def test_approve_all_is_one_step_that_undo_takes_back_whole(workshop_path: Path) -> None:
    with open_workshop(workshop_path) as ws:
        sent = [_send(ws, f"Idea {n}") for n in range(3)]
        ideas.add_idea(ws, BOARD, "Already there", "job", "taking")
        changed = screening.approve_all(ws, BOARD)
        assert changed.ids == tuple(sent)
        assert sorted(_board(ws)) == ["Already there", "Idea 0", "Idea 1", "Idea 2"]
        assert _queue(ws) == []
        with pytest.raises(screening.NotWaiting, match="No idea is waiting"):
            screening.approve_all(ws, BOARD)
        screening.return_to_queue(ws, BOARD, changed.ids)
        assert _board(ws) == ["Already there"]
        assert _queue(ws) == ["Idea 0", "Idea 1", "Idea 2"]


def test_decline_deletes_and_undo_brings_it_back_to_the_queue(workshop_path: Path) -> None:
    with open_workshop(workshop_path) as ws:
        idea = _send(ws, "Something unkind")
        removed = screening.decline_idea(ws, idea)
        assert isinstance(removed, Removed) and removed.ids == (idea,)
        assert _queue(ws) == [] and _board(ws) == []
        assert "Something unkind" not in str(dump(ws))   # gone from the file, not hidden
        restored = ideas.restore_idea(ws, BOARD, removed.item, removed.meeting_id)
        assert restored.ids == (idea,)                   # under its old id
        assert _queue(ws) == ["Something unkind"] and _board(ws) == []
        approved = screening.approve_ideas(ws, BOARD, [idea]).ids[0]
        with pytest.raises(screening.NotWaiting, match="already on the board"):
            screening.decline_idea(ws, int(approved))


def test_an_approval_is_not_undone_once_the_room_voted_on_the_idea(
        workshop_path: Path) -> None:
    with open_workshop(workshop_path) as ws:
        set_votes_per_person(ws, BOARD, 3)
        idea = _send(ws, "Mentors")
        screening.approve_ideas(ws, BOARD, [idea])
        give_dot(ws, idea, "a" * 32, block_id=BOARD)
        with pytest.raises(ServiceError, match="has dots"):
            screening.return_to_queue(ws, BOARD, [idea])
        assert _board(ws) == ["Mentors"]


def test_a_waiting_idea_takes_no_dots(workshop_path: Path) -> None:
    with open_workshop(workshop_path) as ws:
        set_votes_per_person(ws, BOARD, 3)
        person = int(add_participant(ws, "Priya").ids[0])
        idea = _send(ws, "Mentors")
        with pytest.raises(NotFoundError, match="waiting for the facilitator"):
            give_dot(ws, idea, "b" * 32, block_id=BOARD)          # a phone's dot
        with pytest.raises(ServiceError, match="waiting for approval"):
            cast_vote(ws, idea, person)                           # the laptop's
        assert screening.pending_ideas(ws, BOARD)[0].votes == 0
        screening.approve_ideas(ws, BOARD, [idea])
        cast_vote(ws, idea, person)
        assert ideas.read_ideas(ws, BOARD)[0].votes == 1


def test_handouts_and_exports_leave_waiting_ideas_out_and_the_dump_keeps_them(
        workshop_path: Path, tmp_path: Path) -> None:
    with open_workshop(workshop_path) as ws:
        ideas.add_idea(ws, BOARD, "On the board", "job", "taking")
        _send(ws, "Not yet seen")
        snapshot = read_snapshot(ws)
        assert [i.text for i in snapshot.meeting.ideas[BOARD]] == ["On the board"]
        data = dump(ws)
    dumped = data["meetings"][0]["ideas"][BOARD]
    assert [(i["text"], i.get("pending")) for i in dumped] == \
        [("On the board", None), ("Not yet seen", True)]
    with load(data, tmp_path / "copy.workshop") as copy:   # and load puts it back, waiting
        assert _queue(copy) == ["Not yet seen"] and _board(copy) == ["On the board"]
        assert dump(copy)["meetings"] == data["meetings"]


def test_the_summary_handout_and_the_exports_print_only_approved_ideas(
        workshop_path: Path, tmp_path: Path) -> None:
    import io
    import json

    import pypdf
    from openpyxl import load_workbook

    from facilitator.exports.export import export
    from facilitator.handouts.build import render_document

    with open_workshop(workshop_path) as ws:
        ideas.add_idea(ws, BOARD, "Approved mentoring", "job", "taking")
        _send(ws, "Unscreened remark")
        snapshot = read_snapshot(ws)
    pdf = pypdf.PdfReader(io.BytesIO(render_document(snapshot, "summary")))
    printed = " ".join(page.extract_text() for page in pdf.pages)
    assert "Approved mentoring" in " ".join(printed.split())
    assert "Unscreened" not in printed
    markdown = export(snapshot, "md", tmp_path / "s.md").read_text(encoding="utf-8")
    data = export(snapshot, "json", tmp_path / "s.json").read_text(encoding="utf-8")
    book = load_workbook(export(snapshot, "xlsx", tmp_path / "s.xlsx"))
    cells = " ".join(str(c.value) for sheet in book for row in sheet.iter_rows() for c in row)
    for written in (markdown, data, cells):
        assert "Approved mentoring" in written and "Unscreened" not in written
    assert "pending" not in json.dumps(json.loads(data)["meetings"][0]["ideas"])
