"""Room mode, a per-participant worksheet over real HTTP on 127.0.0.1: each phone picks a name
from the meeting's list and fills that person's own copy (the check-in's staff reflection), as
the laptop's per-participant edits do; hostile and repeated submissions change nothing."""

from __future__ import annotations

from pathlib import Path

import aiohttp
import pytest

from facilitator.room.session import Activities, Room
from facilitator.services.errors import ServiceError
from facilitator.services.people import read_participants
from facilitator.services.tables import read_table
from facilitator.services.workshop import open_workshop
from tests.helpers import make_workshop
from tests.room_helpers import Phone, open_room, run

SHEET = Activities(sheet="reflection")


def _answers(path: Path, person: int) -> dict[str, str]:
    with open_workshop(path, readonly=True) as ws:
        return {r.key: r.cells.get("answer", "") for r in
                read_table(ws, "reflection", participant=person) if r.cells.get("answer")}


def _people(path: Path) -> dict[str, int]:
    with open_workshop(path, readonly=True) as ws:
        return {p.name: p.id for p in read_participants(ws)}


def test_a_participant_fills_their_own_copy_from_a_phone(tmp_path: Path) -> None:
    path = make_workshop(tmp_path, "check-in")
    people = _people(path)
    ana, ben = people["Ana Núñez"], people["Ben Cho"]

    async def scenario() -> None:
        async with open_room(path, SHEET) as (room, serving, _ws), \
                aiohttp.ClientSession() as http:
            phone = Phone(http, serving.address)
            state = await phone.state()
            assert state["sheet"]["title"] == "School Mental Health Support Staff Reflection"
            assert [r["key"] for r in state["sheet"]["rows"]][:2] == ["date", "name"]
            assert {p["name"] for p in state["people"]} == {"Ana Núñez", "Ben Cho"}
            status, answer = await phone.send(
                "sheet", person=ana, cells={"support": {"answer": " More time with students "}})
            assert status == 200 and answer["cells"] == 1
            status, _ = await phone.send("sheet", person=ana,
                                         cells={"barriers": {"answer": "No quiet room"}})
            assert status == 200
            mine = (await phone.state())["mine"]["sheets"][str(ana)]
            assert mine == {"support": {"answer": "More time with students"},
                            "barriers": {"answer": "No quiet room"}}
            assert room.counts()["sheet"] == 1
            # Another phone sees none of Ana's answers in its state.
            other = Phone(http, serving.address)
            assert (await other.state())["mine"]["sheets"] == {}

    run(scenario)
    assert _answers(path, ana) == {"support": "More time with students",
                                   "barriers": "No quiet room"}
    assert _answers(path, ben) == {}   # nobody else's copy changed


def test_a_retried_answer_is_applied_once_and_a_later_edit_wins(tmp_path: Path) -> None:
    path = make_workshop(tmp_path, "check-in")
    ana = _people(path)["Ana Núñez"]

    async def scenario() -> None:
        async with open_room(path, SHEET) as (_room, serving, ws), \
                aiohttp.ClientSession() as http:
            phone = Phone(http, serving.address)
            first = await phone.send("sheet", sid="answer-0001", person=ana,
                                     cells={"role": {"answer": "Counselor"}})
            later = await phone.send("sheet", sid="answer-0002", person=ana,
                                     cells={"role": {"answer": "Lead counselor"}})
            # The first send retried after the later edit (a reload): answered, not applied.
            again = await phone.send("sheet", sid="answer-0001", person=ana,
                                     cells={"role": {"answer": "Counselor"}})
            assert first[0] == later[0] == again[0] == 200 and again[1]["again"] is True
            rows = {r.key: r.cells for r in read_table(ws, "reflection", participant=ana)}
            assert rows["role"]["answer"] == "Lead counselor"

    run(scenario)
    assert _answers(path, ana) == {"role": "Lead counselor"}


def test_hostile_sheet_submissions_store_nothing(tmp_path: Path) -> None:
    path = make_workshop(tmp_path, "check-in")
    ana = _people(path)["Ana Núñez"]

    async def scenario() -> None:
        async with open_room(path, SHEET) as (_room, serving, _ws), \
                aiohttp.ClientSession() as http:
            phone = Phone(http, serving.address)
            cells = {"role": {"answer": "x"}}
            refused = [
                (await phone.send("sheet", cells=cells), 400),                   # no name
                (await phone.send("sheet", person=99999, cells=cells), 400),     # not on list
                (await phone.send("sheet", person="Ana Núñez", cells=cells), 400),
                (await phone.send("sheet", person=ana, cells={"role": {"answer": "x" * 2001}}),
                 413),
                (await phone.send("sheet", person=ana, cells={"nope": {"answer": "x"}}), 400),
                (await phone.send("sheet", person=ana, cells={"role": {"other": "x"}}), 400),
                (await phone.send("sheet", person=ana, cells={"role": {"answer": 5}}), 400),
                (await phone.send("sheet", person=ana, cells={"role": {"answer": "a\x00b"}}),
                 400),
                (await phone.send("sheet", person=ana, cells=[]), 400),
                (await phone.send("sheet", person=ana, cells={}), 400),
            ]
            for (status, answer), wanted in refused:
                assert status == wanted, answer
                assert answer["ok"] is False
            # A script is text: stored as typed, never run (the page shows it with
            # textContent; the laptop's table shows plain text).
            script = "<script>alert(1)</script>"
            assert (await phone.send("sheet", person=ana,
                                     cells={"support": {"answer": script}}))[0] == 200
            # Ana's copy is filled from this phone: another phone picking her name is refused.
            thief = Phone(http, serving.address)
            status, answer = await thief.send("sheet", person=ana,
                                              cells={"support": {"answer": "overwritten"}})
            assert status == 409 and "another phone" in answer["error"]

    run(scenario)
    assert _answers(path, ana) == {"support": "<script>alert(1)</script>"}


def test_the_sheet_is_closed_unless_opened_and_only_per_participant_tables_open(
        tmp_path: Path) -> None:
    path = make_workshop(tmp_path, "check-in")
    ana = _people(path)["Ana Núñez"]

    async def scenario() -> None:
        async with open_room(path, Activities()) as (_room, serving, _ws), \
                aiohttp.ClientSession() as http:
            phone = Phone(http, serving.address)
            status, answer = await phone.send("sheet", person=ana,
                                              cells={"role": {"answer": "x"}})
            assert status == 403 and answer["error"] == "the worksheet is closed"
            assert (await phone.state())["sheet"] is None

    run(scenario)
    assert _answers(path, ana) == {}
    shared = make_workshop(tmp_path, name="shared.workshop")
    with open_workshop(shared) as ws:
        with pytest.raises(ServiceError, match="one shared table"):
            Room(ws, Activities(sheet="roster"))
        with pytest.raises(ServiceError):
            Room(ws, Activities(sheet="brainstorm"))    # not a table at all


def test_an_anonymous_room_still_names_the_sheet_but_not_the_ideas(tmp_path: Path) -> None:
    """Ideas stay anonymous (no author) while the worksheet, named by nature, asks for a name."""
    path = make_workshop(tmp_path, "check-in")
    ana = _people(path)["Ana Núñez"]
    with open_workshop(path) as ws:
        room = Room(ws, Activities(sheet="reflection"))
        state = room.state("a" * 32)
        assert b'"people"' in state and b'"named": false' in state
        answer = room.submit({"phone": "a" * 32, "id": "named-0001", "kind": "sheet",
                              "person": ana, "cells": {"name": {"answer": "Ana"}}})
        room.settle(saved=True)
        assert answer["ok"]
    assert _answers(path, ana) == {"name": "Ana"}
