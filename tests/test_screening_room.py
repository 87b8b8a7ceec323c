"""A screened room over real HTTP on 127.0.0.1: a phone's idea is stored at once but waits for
the facilitator; the phone that sent it (only that one) sees it waiting; it takes no dots and is
on no board until approved; a room with screening off puts ideas straight on the board."""

from __future__ import annotations

import asyncio
from pathlib import Path

import aiohttp

from facilitator.room.session import STATE_EVERY, Activities
from facilitator.services import screening
from facilitator.services.changes import Changed, ChangeKind
from facilitator.services.ideas import read_ideas
from facilitator.services.votes import set_votes_per_person
from facilitator.services.workshop import open_workshop
from tests.helpers import make_workshop
from tests.room_helpers import Phone, open_room, run

IDEA = {"category": "leaders", "lane": "could"}
SCREENED = Activities(ideas="brainstorm", dots="brainstorm")


def test_a_screened_idea_waits_and_reaches_the_board_once_approved(tmp_path: Path) -> None:
    path = make_workshop(tmp_path)
    with open_workshop(path) as ws:
        set_votes_per_person(ws, "brainstorm", 3)
    assert SCREENED.screened  # screening is the room's default

    async def scenario() -> None:
        async with open_room(path, SCREENED) as (room, serving, ws), \
                aiohttp.ClientSession() as http:
            told: list[Changed] = []     # what the app puts on its hub (the laptop's queue)
            room.idea_listeners.append(told.append)
            sender, other = Phone(http, serving.address), Phone(http, serving.address)
            status, answer = await sender.send("idea", text="Mentors <b>now</b>", **IDEA)
            assert status == 200 and answer["waiting"] is True
            idea = answer["idea"]
            assert [(c.what, c.block_id, c.ids) for c in told] == \
                [(ChangeKind.IDEAS, "brainstorm", (idea,))]
            # In the file at once, but waiting: not on the board the projector and votes read.
            assert [i.text for i in screening.pending_ideas(ws, "brainstorm")] == \
                ["Mentors <b>now</b>"]
            assert read_ideas(ws, "brainstorm") == []
            mine = await sender.state()
            assert mine["ideas"]["screened"] is True
            assert mine["mine"]["waiting"] == [{"id": idea, "text": "Mentors <b>now</b>"}]
            assert mine["dots"]["cards"] == []
            theirs = await other.state()
            assert theirs["mine"]["waiting"] == [] and theirs["dots"]["cards"] == []
            status, refused = await other.send("dot", idea=idea)
            assert status == 409 and "waiting" in refused["error"]

            screening.approve_ideas(ws, "brainstorm", [idea])   # the laptop's Approve
            room.changed_elsewhere()
            await asyncio.sleep(STATE_EVERY)    # phones read the room at most this stale
            assert [i.text for i in read_ideas(ws, "brainstorm")] == ["Mentors <b>now</b>"]
            mine = await sender.state()
            assert mine["mine"]["waiting"] == []
            assert [c["text"] for c in mine["dots"]["cards"]] == ["Mentors <b>now</b>"]
            assert (await other.send("dot", idea=idea))[0] == 200

    run(scenario)


def test_a_declined_idea_leaves_the_phone_s_waiting_list(tmp_path: Path) -> None:
    path = make_workshop(tmp_path)

    async def scenario() -> None:
        async with open_room(path, SCREENED) as (room, serving, ws), \
                aiohttp.ClientSession() as http:
            phone = Phone(http, serving.address)
            sent = await asyncio.gather(*(phone.send("idea", text=f"Idea {n}", **IDEA)
                                          for n in range(3)))
            ids = sorted(answer["idea"] for _status, answer in sent)
            screening.decline_idea(ws, ids[1])
            room.changed_elsewhere()
            await asyncio.sleep(STATE_EVERY)
            waiting = (await phone.state())["mine"]["waiting"]
            assert [w["id"] for w in waiting] == [ids[0], ids[2]]

    run(scenario)


def test_with_screening_off_ideas_go_straight_to_the_board(tmp_path: Path) -> None:
    path = make_workshop(tmp_path)

    async def scenario() -> None:
        open_board = Activities(ideas="brainstorm", screened=False)
        async with open_room(path, open_board) as (_room, serving, ws), \
                aiohttp.ClientSession() as http:
            phone = Phone(http, serving.address)
            status, answer = await phone.send("idea", text="Flexible hours", **IDEA)
            assert status == 200 and answer["waiting"] is False
            assert [i.text for i in read_ideas(ws, "brainstorm")] == ["Flexible hours"]
            assert screening.pending_ideas(ws, "brainstorm") == []
            assert (await phone.state())["mine"]["waiting"] == []

    run(scenario)


def test_the_headless_room_screens_only_when_asked(tmp_path: Path) -> None:
    import json
    import signal
    import urllib.request

    from tests.test_room_cli import _start

    path = make_workshop(tmp_path)
    room, address = _start(path, "--ideas", "brainstorm", "--screening")
    # The lines after the address, read here: communicate() would miss those already buffered.
    assert room.stdout is not None
    told = [room.stdout.readline() for _ in range(4)]
    try:
        body = json.dumps({"phone": "d" * 32, "id": "cli-screen-1", "kind": "idea",
                           "text": "Wait for me", "category": "job"}).encode()
        request = urllib.request.Request(address + "submit", body,
                                         {"Content-Type": "application/json"})
        with urllib.request.urlopen(request, timeout=10) as answer:
            assert json.load(answer)["waiting"] is True
    finally:
        room.send_signal(signal.SIGTERM)
        _out, err = room.communicate(timeout=30)
    assert room.returncode == 0, err
    assert any("screened: ideas wait for approval in the app" in line for line in told), told
    with open_workshop(path, readonly=True) as ws:   # the app's queue shows it next time
        assert read_ideas(ws, "brainstorm") == []
        assert [i.text for i in screening.pending_ideas(ws, "brainstorm")] == ["Wait for me"]
