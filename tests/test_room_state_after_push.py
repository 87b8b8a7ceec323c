"""A phone that hears "changed" reads a state holding that change.

Phones read the room's part of the state at most every STATE_EVERY seconds (forty phones
reading after each push would otherwise each read the file). A change made after a reading but
before the push it rode on (the push was already on its way for an earlier change) was never
shown: the phones, told "changed", got the older reading again from the cache, and no later push
came. This is the race behind the browser test's lost card under load; the room's clock is
held still here so the cache is always "fresh enough", which makes it certain.
"""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import aiohttp

from facilitator.room.server import serve
from facilitator.room.session import Activities, Room
from facilitator.services.workshop import open_workshop
from tests.helpers import make_workshop
from tests.room_helpers import Phone, run

ALL = Activities(ideas="brainstorm", dots="brainstorm", ratings="prioritize", screened=False)


def test_what_a_push_announces_is_in_the_next_reading(tmp_path: Path) -> None:
    path = make_workshop(tmp_path)

    async def scenario() -> None:
        with open_workshop(path) as ws:
            room = Room(ws, ALL, clock=lambda: 100.0)   # every reading stays "fresh"
            serving = await serve(room, "127.0.0.1", 0)
            try:
                async with aiohttp.ClientSession() as http:
                    listener = Phone(http, serving.address)
                    sender = Phone(http, serving.address)
                    first = await listener.state()
                    url = serving.address.replace("http://", "ws://") + \
                        f"events?phone={listener.id}"
                    async with http.ws_connect(url) as live:
                        await sender.state()          # a change: its push is on its way
                        before = await listener.state()   # read before the idea
                        assert before["dots"]["cards"] == []
                        status, _ = await sender.send("idea", text="Peer mentoring",
                                                      category="leaders", lane="could")
                        assert status == 200
                        message = await asyncio.wait_for(live.receive(), 5)
                        assert json.loads(message.data) == {"changed": True}
                        after = await listener.state()
                        assert [c["text"] for c in after["dots"]["cards"]] == \
                            ["Peer mentoring"]
                        assert first["v"] <= before["v"] < after["v"]   # readings in order
            finally:
                await serving.close()

    run(scenario)


def test_a_reading_cut_by_the_writer_is_read_again(tmp_path: Path) -> None:
    """The server copies a phone's own marks from its thread while the writer's thread may be
    changing them (a dict changing size mid-copy raises RuntimeError): the state is then asked
    of the writer, never answered 500."""
    path = make_workshop(tmp_path)

    async def scenario() -> None:
        with open_workshop(path) as ws:
            room = Room(ws, ALL)
            serving = await serve(room, "127.0.0.1", 0)
            try:
                async with aiohttp.ClientSession() as http:
                    phone = Phone(http, serving.address)
                    await phone.state()

                    def cut(_phone: object) -> bytes:
                        raise RuntimeError("dictionary changed size during iteration")

                    room.cached_state = cut   # type: ignore[method-assign]
                    assert (await phone.state())["dots"]["cards"] == []
            finally:
                await serving.close()

    run(scenario)


def test_one_phone_cannot_take_every_live_line(tmp_path: Path) -> None:
    """A phone may hold a few live lines (a reload opens one before the old one closes), not
    hundreds: the others' pushes still have room, and a closed line frees its place."""
    from facilitator.room.server import LINES_PER_PHONE

    path = make_workshop(tmp_path)

    async def scenario() -> None:
        with open_workshop(path) as ws:
            room = Room(ws, ALL)
            serving = await serve(room, "127.0.0.1", 0)
            try:
                async with aiohttp.ClientSession() as http:
                    greedy, other = Phone(http, serving.address), Phone(http, serving.address)
                    await greedy.state()
                    await other.state()
                    base = serving.address.replace("http://", "ws://") + "events?phone="
                    lines = [await http.ws_connect(base + greedy.id)
                             for _ in range(LINES_PER_PHONE)]
                    try:
                        async with http.ws_connect(base + greedy.id):
                            raise AssertionError("a line past the phone's share was opened")
                    except aiohttp.WSServerHandshakeError as exc:
                        assert exc.status == 429
                    async with http.ws_connect(base + other.id) as live:
                        await other.send("idea", text="Heard", category="job")
                        message = await asyncio.wait_for(live.receive(), 5)
                        assert json.loads(message.data) == {"changed": True}
                    await lines[0].close()
                    await asyncio.sleep(0.2)
                    again = await http.ws_connect(base + greedy.id)
                    await again.close()
                    for line in lines[1:]:
                        await line.close()
            finally:
                await serving.close()

    run(scenario)
