"""Hostile requests against the room the facilitator's window serves (and the headless one):
every field of every kind of submission with the wrong type, ids past SQLite's integers, ids of
waiting ideas, bodies too big, malformed or nested deep, no code or another. Each is refused with
its status (4xx, never a 500 that would fail the other phones' submissions in the same commit),
nothing is stored, no undo step appears, and the room still takes an honest phone's idea.
"""

from __future__ import annotations

import asyncio
import threading
from pathlib import Path
from typing import Any

import aiohttp
from pytestqt.qtbot import QtBot

from facilitator.room.session import Activities
from facilitator.services.ideas import add_idea, read_ideas, update_idea
from facilitator.services.ratings import read_ratings
from facilitator.services.votes import set_votes_per_person
from facilitator.services.workshop import Workshop
from tests.helpers import make_workshop
from tests.room_helpers import Phone as AsyncPhone
from tests.room_helpers import open_room, run
from tests.room_hostile_sweep import PHONE, post, sweep
from tests.test_room_window import Phone
from tests.ui_runner_helpers import open_window

SCRIPT = '<b>Honest</b><script>alert(1)</script><img src=x onerror=alert(2)>'
ROOM = Activities(ideas="brainstorm", dots="brainstorm", ratings="prioritize", screened=True)


def _board(ws: Workshop) -> dict[str, Any]:
    """A card on the board (to explore, so the grid offers it) and an idea waiting."""
    set_votes_per_person(ws, "brainstorm", 3)
    card = int(add_idea(ws, "brainstorm", "On the board", "leaders", "could").ids[0])
    update_idea(ws, card, explore=True)
    waiting = int(add_idea(ws, "brainstorm", "Waiting", "job", pending=True).ids[0])
    return {"card": card, "waiting": waiting, "grid_card": f"idea:{card}"}


def _stored(ws: Workshop) -> tuple[Any, ...]:
    return ([(i.text, i.votes) for i in read_ideas(ws, "brainstorm", pending=None)],
            read_ratings(ws, "prioritize"))


def test_the_windows_room_refuses_hostile_requests(qtbot: QtBot, tmp_path: Path) -> None:
    window = open_window(qtbot, make_workshop(tmp_path, "attract-retain"))
    ws = window.workshop
    window.go_to_item(ws.template.item_of("brainstorm"))
    board = _board(ws)
    before = _stored(ws)
    assert window.room.open("127.0.0.1", ROOM)
    running = window.room.running
    out: dict[str, list[str]] = {}
    thread = threading.Thread(target=lambda: out.setdefault(
        "bad", sweep(running.address, running.room.code, board)))
    thread.start()
    qtbot.waitUntil(lambda: not thread.is_alive(), timeout=120_000)
    assert out["bad"] == [], "\n".join(out["bad"])
    assert _stored(ws) == before and window.undo_stack.count() == 0
    assert running.room.counts() == {"joined": 1, "idea": 0, "dot": 0, "rate": 0, "sheet": 0}
    # The app is unharmed: an honest phone's idea still arrives, and the hostile phone's too.
    for phone_id in (None, PHONE):
        phone = Phone(running.address)
        if phone_id:
            phone.id = phone_id
        status, answer = phone.send(qtbot, "idea", text=SCRIPT, category="job")
        assert status == 200 and answer["waiting"], answer
    qtbot.waitUntil(lambda: len(window.page.queue.rows) == 3, timeout=5000)
    # Script in a phone's text is data on the laptop too: shown as typed, never as markup.
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QLabel

    for row in list(window.page.queue.rows.values())[1:]:
        label = row.findChild(QLabel)
        assert label.text() == SCRIPT and label.textFormat() == Qt.TextFormat.PlainText


def test_the_headless_room_refuses_hostile_requests(tmp_path: Path) -> None:
    path = make_workshop(tmp_path, "attract-retain")

    async def scenario() -> None:
        async with open_room(path, ROOM) as (room, serving, ws):
            board = _board(ws)
            before = _stored(ws)
            loop = asyncio.get_running_loop()
            bad = await loop.run_in_executor(None, sweep, serving.address, room.code, board)
            assert bad == [], "\n".join(bad)
            assert _stored(ws) == before
            async with aiohttp.ClientSession() as http:
                status, _ = await AsyncPhone(http, serving.address).send(
                    "idea", text="Honest", category="job")
                assert status == 200

    run(scenario)


def test_a_retry_with_other_content_is_the_first_answer(qtbot: QtBot, tmp_path: Path) -> None:
    """The same submission id again, whatever it now says, is answered as the first time and
    changes nothing: a replay cannot turn an idea into a dot or rewrite its text."""
    window = open_window(qtbot, make_workshop(tmp_path, "attract-retain"))
    ws = window.workshop
    window.go_to_item(ws.template.item_of("brainstorm"))
    board = _board(ws)
    assert window.room.open("127.0.0.1", ROOM)
    address = window.room.running.address
    first = {"phone": PHONE, "id": "retry-0001", "kind": "idea", "text": "First words",
             "category": "job"}

    def in_thread(body: dict[str, Any]) -> tuple[int, dict[str, Any]]:
        out: dict[str, Any] = {}
        thread = threading.Thread(target=lambda: out.setdefault("r", post(address, body)))
        thread.start()
        qtbot.waitUntil(lambda: not thread.is_alive(), timeout=10_000)
        return out["r"]

    status, answer = in_thread(first)
    assert status == 200
    for other in ({**first, "text": "Other words"}, {**first, "kind": "dot",
                                                      "idea": board["card"]},
                  {**first, "kind": "rate", "card": board["grid_card"], "impact": 5,
                   "ease": 5}):
        status, again = in_thread(other)
        assert status == 200 and again.get("again") is True and again["idea"] == answer["idea"]
    texts = sorted(i.text for i in read_ideas(ws, "brainstorm", pending=None))
    assert texts == ["First words", "On the board", "Waiting"]
    assert [i.votes for i in read_ideas(ws, "brainstorm")] == [0]
    assert read_ratings(ws, "prioritize") == {}
    assert window.undo_stack.count() == 1


def test_the_windows_room_refuses_hostile_worksheet_answers(qtbot: QtBot,
                                                            tmp_path: Path) -> None:
    from facilitator.services.people import read_participants
    from facilitator.services.tables import read_table
    from tests.room_hostile_sweep import HUGE, TYPES

    window = open_window(qtbot, make_workshop(tmp_path, "check-in"))
    ws = window.workshop
    window.go_to_item(ws.template.item_of("reflection"))
    ana = read_participants(ws)[0].id
    assert window.room.open("127.0.0.1", Activities(sheet="reflection"))
    address = window.room.running.address
    good = {"role": {"answer": "Counsellor"}}
    bodies: list[dict[str, Any]] = []
    for wrong in [*TYPES, HUGE, -1, 0]:
        bodies += [{"person": wrong, "cells": good}, {"person": ana, "cells": wrong},
                   {"person": ana, "cells": {"role": wrong}},
                   {"person": ana, "cells": {"role": {"answer": wrong}}}]
    bodies = [b for b in bodies if b["cells"] != {"role": {"answer": "7"}}]   # a fine answer
    bodies += [{"person": ana, "cells": {"role": {"answer": "x" * 2001}}},
               {"person": ana, "cells": {"nope": {"answer": "x"}}},
               {"person": ana, "cells": {"role": {"nope": "x"}}},
               {"person": ana, "cells": {str(n): {"answer": "x"} for n in range(300)}}]
    out: dict[str, list[tuple[int, Any]]] = {"got": []}

    def send_all() -> None:
        for n, fields in enumerate(bodies):
            out["got"].append(post(address, {"phone": PHONE, "id": f"sheet-hostile-{n:03d}",
                                             "kind": "sheet", **fields}))

    thread = threading.Thread(target=send_all)
    thread.start()
    qtbot.waitUntil(lambda: not thread.is_alive(), timeout=60_000)
    wrong = [(fields, got) for fields, got in zip(bodies, out["got"], strict=True)
             if got[0] not in (400, 413) or got[1].get("ok") is not False]
    assert wrong == []
    assert all(not r.cells for r in read_table(ws, "reflection", participant=ana))


def test_closing_the_room_with_requests_waiting_on_the_window(qtbot: QtBot,
                                                             tmp_path: Path) -> None:
    """Phones keep sending while the facilitator closes the room: every request is answered or
    cut off within moments (none holds the window), every idea acknowledged is in the file, and
    none answered "closed" (503) was applied after all."""
    window = open_window(qtbot, make_workshop(tmp_path, "attract-retain"))
    ws = window.workshop
    window.go_to_item(ws.template.item_of("brainstorm"))
    assert window.room.open("127.0.0.1", Activities(ideas="brainstorm", screened=False))
    address = window.room.running.address
    results: list[tuple[str, Any]] = []
    lock = threading.Lock()

    def phone(n: int) -> None:
        phone_id = f"{n:032x}"
        for k in range(15):
            text = f"phone {n} idea {k}"
            try:
                status, _ = post(address, {"phone": phone_id, "id": f"close-{n}-{k:03d}",
                                           "kind": "idea", "text": text, "category": "job"})
            except OSError as exc:     # the room closed under it: its outcome is unknown
                status = type(exc).__name__
            with lock:
                results.append((text, status))

    threads = [threading.Thread(target=phone, args=(n,)) for n in range(6)]
    for thread in threads:
        thread.start()
    qtbot.waitUntil(lambda: sum(1 for _, s in results if s == 200) >= 10, timeout=20_000)
    window.room.close()
    assert window.room.running is None
    qtbot.waitUntil(lambda: not any(t.is_alive() for t in threads), timeout=30_000)
    stored = {i.text for i in read_ideas(ws, "brainstorm")}
    acked = {text for text, status in results if status == 200}
    closed = {text for text, status in results if status == 503}
    assert acked <= stored
    assert not closed & stored
    assert all(status in (200, 503) or isinstance(status, str) for _, status in results)
    assert window.undo_stack.count() == len(stored)       # each one an undo step


def test_floods_and_too_many_phones_against_the_window(qtbot: QtBot, tmp_path: Path) -> None:
    """The window's room holds each phone to 60 new submissions a minute (a retry is free) and
    the room to 80 phones; the phones already in carry on."""
    from facilitator.room.limits import DEFAULT
    from tests.room_hostile_sweep import request

    window = open_window(qtbot, make_workshop(tmp_path, "attract-retain"))
    ws = window.workshop
    window.go_to_item(ws.template.item_of("brainstorm"))
    assert window.room.open("127.0.0.1", Activities(ideas="brainstorm", screened=False))
    address = window.room.running.address
    out: dict[str, Any] = {}

    def flood() -> None:
        body = {"phone": PHONE, "kind": "idea", "category": "job"}
        out["flood"] = [post(address, {**body, "id": f"flood-{k:04d}", "text": f"idea {k}"})[0]
                        for k in range(DEFAULT.per_minute + 5)]
        out["retry"] = post(address, {**body, "id": "flood-0000", "text": "idea 0"})[0]
        out["join"] = [request(f"{address}state?phone={n:032x}")[0]
                       for n in range(1, DEFAULT.phones + 3)]

    thread = threading.Thread(target=flood)
    thread.start()
    qtbot.waitUntil(lambda: not thread.is_alive(), timeout=120_000)
    assert out["flood"] == [200] * DEFAULT.per_minute + [429] * 5
    assert out["retry"] == 200
    joined = DEFAULT.phones - 1              # the flooding phone is one of them
    assert out["join"] == [200] * joined + [503] * (DEFAULT.phones + 2 - joined)
    assert len(read_ideas(ws, "brainstorm")) == DEFAULT.per_minute
    status, _ = Phone(address).send(qtbot, "idea", text="x", category="job")
    assert status == 503                      # the room is full: a new phone gets nothing
    first = Phone(address)
    first.id = f"{1:032x}"
    assert first.send(qtbot, "idea", text="Still in", category="job")[0] == 200
