"""Room mode over real HTTP on 127.0.0.1: what phones can do, and what the room refuses.

Each test opens a room on a scratch workshop, talks to it as the phone's page does, and then
reads the workshop through the services (what the laptop would show)."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import aiohttp

from facilitator.room.limits import Limits
from facilitator.room.session import Activities
from facilitator.services.ideas import read_ideas, update_idea
from facilitator.services.people import read_participants
from facilitator.services.ratings import read_ratings
from facilitator.services.votes import set_votes_per_person
from facilitator.services.workshop import open_workshop
from tests.helpers import make_workshop
from tests.room_helpers import Phone, open_room, run

ALL = Activities(ideas="brainstorm", dots="brainstorm", ratings="prioritize", screened=False)
IDEA = {"category": "leaders", "lane": "could"}


def _ideas(path: Path) -> list[str]:
    with open_workshop(path, readonly=True) as ws:
        return [i.text for i in read_ideas(ws, "brainstorm")]


def test_a_phone_adds_an_idea_that_the_laptop_reads(tmp_path: Path) -> None:
    path = make_workshop(tmp_path)

    async def scenario() -> None:
        async with open_room(path, ALL) as (_room, serving, ws), aiohttp.ClientSession() as http:
            phone = Phone(http, serving.address)
            state = await phone.state()
            assert [c["id"] for c in state["ideas"]["categories"]] == \
                ["organization", "leaders", "job"]
            status, answer = await phone.send("idea", text="  Mentoring for new staff ", **IDEA)
            assert status == 200 and answer["ok"]
            (idea,) = read_ideas(ws, "brainstorm")
            assert (idea.text, idea.category, idea.lane) == ("Mentoring for new staff", "leaders",
                                                            "could")
            assert idea.author_id is None  # anonymous: no author stored
            assert answer["idea"] == idea.id

    run(scenario)
    assert _ideas(path) == ["Mentoring for new staff"]  # committed to the file


def test_the_same_submission_twice_is_one_idea(tmp_path: Path) -> None:
    path = make_workshop(tmp_path)

    async def scenario() -> None:
        async with open_room(path, ALL) as (_room, serving, _ws), \
                aiohttp.ClientSession() as http:
            phone = Phone(http, serving.address)
            first = await phone.send("idea", sid="retry-0001", text="Flexible hours", **IDEA)
            again = await phone.send("idea", sid="retry-0001", text="Flexible hours", **IDEA)
            assert first[0] == again[0] == 200
            assert again[1]["idea"] == first[1]["idea"] and again[1]["again"] is True
            # A retry racing the first send (a reload while it was in flight) is still one.
            both = await asyncio.gather(*(phone.send("idea", sid="retry-0002", text="Mentors",
                                                     **IDEA) for _ in range(5)))
            assert {b[1]["idea"] for b in both} and len({b[1]["idea"] for b in both}) == 1
            # Another phone may use the same id for its own idea.
            other = Phone(http, serving.address)
            assert (await other.send("idea", sid="retry-0001", text="Mentors", **IDEA))[0] == 200

    run(scenario)
    assert sorted(_ideas(path)) == ["Flexible hours", "Mentors", "Mentors"]


def test_requests_without_the_code_get_nothing(tmp_path: Path) -> None:
    path = make_workshop(tmp_path)

    async def scenario() -> None:
        async with open_room(path, ALL) as (room, serving, _ws), aiohttp.ClientSession() as http:
            root = serving.address.removesuffix(f"{room.code}/")
            body = {"phone": "a" * 32, "id": "abcdefgh", "kind": "idea", "text": "x", **IDEA}
            for method, url in [("GET", root), ("GET", f"{root}state?phone={'a' * 32}"),
                                ("GET", f"{root}room.js"),
                                ("GET", f"{root}{room.code[:-1]}/"),
                                ("GET", f"{root}{room.code.upper()}/"),
                                ("POST", f"{root}submit"),
                                ("POST", f"{root}WRONGCODE123456/submit"),
                                ("POST", f"{root}{room.code}x/submit"),
                                ("GET", f"{root}{room.code}/../{room.code}x/state")]:
                async with http.request(method, url, json=body) as r:
                    assert r.status == 404, (method, url)
                    assert await r.read() == b"", url
            assert len(room.phones) == 0

    run(scenario)
    assert _ideas(path) == []


def test_hostile_bodies_are_refused_and_nothing_is_stored(tmp_path: Path) -> None:
    path = make_workshop(tmp_path)

    async def scenario() -> None:
        async with open_room(path, ALL) as (room, serving, _ws), aiohttp.ClientSession() as http:
            url = f"{serving.address}submit"
            good = {"phone": "b" * 32, "id": "abcdefgh", "kind": "idea", "text": "ok", **IDEA}

            async def post(data: bytes | str, content_type: str = "application/json") -> int:
                async with http.post(url, data=data, headers={"Content-Type": content_type}) as r:
                    return r.status

            assert await post(json.dumps({**good, "text": "x" * 20_000})) == 413  # oversized
            assert await post(b"{" * 4_000) == 400                               # malformed
            assert await post(b"\xff\xfe not utf-8") == 400
            assert await post(b"[1, 2]") == 400                                   # not an object
            assert await post(json.dumps(good), "text/plain") == 415
            assert await post(json.dumps({**good, "text": "y" * 501})) == 413     # too long
            assert await post(json.dumps({**good, "text": "bell\x07"})) == 400
            assert await post(json.dumps({**good, "text": "   "})) == 400
            assert await post(json.dumps({**good, "text": 5})) == 400
            assert await post(json.dumps({**good, "phone": "../etc"})) == 400
            assert await post(json.dumps({**good, "id": "x"})) == 400
            assert await post(json.dumps({**good, "kind": "drop-table"})) == 400
            assert await post(json.dumps({**good, "category": "nope"})) == 400
            assert await post(json.dumps({**good, "kind": "dot", "idea": 999})) == 409
            assert await post(json.dumps({**good, "kind": "rate", "card": "idea:1",
                                          "impact": 9, "ease": 1})) == 400
            assert room.counts()["idea"] == 0

    run(scenario)
    assert _ideas(path) == []


def test_script_in_an_idea_stays_text(tmp_path: Path) -> None:
    """Text is data: stored as typed, sent back as JSON, and the page never builds markup."""
    path = make_workshop(tmp_path)
    attack = '<script>alert("x")</script><img src=x onerror=alert(1)>'

    async def scenario() -> None:
        async with open_room(path, ALL) as (_room, serving, ws), aiohttp.ClientSession() as http:
            phone = Phone(http, serving.address)
            assert (await phone.send("idea", text=attack, **IDEA))[0] == 200
            update_idea(ws, read_ideas(ws, "brainstorm")[0].id, explore=True)
            async with http.get(f"{serving.address}state", params={"phone": phone.id}) as r:
                assert r.content_type == "application/json"
                state = await r.json()
                csp = r.headers["Content-Security-Policy"]
            assert state["ratings"]["cards"][0]["label"] == attack
            assert "script-src 'self'" in csp and "default-src 'none'" in csp
            async with http.get(serving.address) as r:
                page = await r.text()
            assert attack not in page and "<script src=\"room.js\" defer>" in page
            async with http.get(f"{serving.address}room.js") as r:
                script = await r.text()
            assert "innerHTML" not in script and "textContent" in script

    run(scenario)
    assert _ideas(path) == [attack]


def test_floods_are_held_to_the_limits(tmp_path: Path) -> None:
    path = make_workshop(tmp_path)
    limits = Limits(per_minute=12, phones=5)

    async def scenario() -> None:
        async with open_room(path, ALL, limits) as (room, serving, _ws), \
                aiohttp.ClientSession() as http:
            phone = Phone(http, serving.address)
            statuses = [(await phone.send("idea", text=f"idea {n}", **IDEA))[0]
                        for n in range(20)]
            assert statuses == [200] * 12 + [429] * 8
            phones = [Phone(http, serving.address) for _ in range(6)]
            joined = []
            for other in phones:
                async with http.get(f"{serving.address}state", params={"phone": other.id}) as r:
                    joined.append(r.status)
            assert joined == [200] * 4 + [503] * 2  # 5 phones in all, the first included
            assert len(room.phones) == 5

    run(scenario)
    assert len(_ideas(path)) == 12


def test_dots_are_held_to_each_phones_limit(tmp_path: Path) -> None:
    path = make_workshop(tmp_path)

    async def scenario() -> None:
        async with open_room(path, ALL) as (_room, serving, ws), aiohttp.ClientSession() as http:
            set_votes_per_person(ws, "brainstorm", 3)
            author, voter = Phone(http, serving.address), Phone(http, serving.address)
            ids = [(await author.send("idea", text=f"card {n}", **IDEA))[1]["idea"]
                   for n in range(2)]
            sent = [(await voter.send("dot", idea=ids[n % 2]))[0] for n in range(4)]
            assert sent == [200, 200, 200, 409]
            assert (await voter.state())["mine"]["left"] == 0
            assert (await voter.send("undot", idea=ids[1]))[0] == 200
            assert (await voter.send("undot", idea=ids[1]))[0] == 400  # none of theirs left there
            assert (await voter.send("dot", idea=ids[0]))[0] == 200
            assert [i.votes for i in read_ideas(ws, "brainstorm")] == [3, 0]
            # Another phone has its own three dots.
            assert [(await author.send("dot", idea=ids[1]))[0] for _ in range(3)] == [200] * 3
            assert [i.votes for i in read_ideas(ws, "brainstorm")] == [3, 3]

    run(scenario)


def test_ratings_are_one_per_phone_and_card(tmp_path: Path) -> None:
    path = make_workshop(tmp_path)

    async def scenario() -> None:
        async with open_room(path, ALL) as (_room, serving, ws), aiohttp.ClientSession() as http:
            phone, other = Phone(http, serving.address), Phone(http, serving.address)
            idea = (await phone.send("idea", text="Mentors", **IDEA))[1]["idea"]
            card = f"idea:{idea}"
            assert (await phone.send("rate", card=card, impact=4, ease=2))[0] == 409  # not a card
            update_idea(ws, idea, explore=True)
            state = await phone.state()
            assert [c["ref"] for c in state["ratings"]["cards"]] == [card]
            assert state["mine"]["ratings"] == {}
            assert (await phone.send("rate", card=card, impact=4, ease=2))[0] == 200
            assert (await phone.send("rate", card=card, impact=5, ease=3))[0] == 200  # changes
            assert (await other.send("rate", card=card, impact=1, ease=1))[0] == 200
            assert sorted(read_ratings(ws, "prioritize")[card].values()) == [(1, 1), (5, 3)]
            assert (await phone.state())["mine"]["ratings"] == {card: [5, 3]}
            assert (await other.state())["mine"]["ratings"] == {card: [1, 1]}

    run(scenario)


def test_closed_activities_and_named_rooms(tmp_path: Path) -> None:
    path = make_workshop(tmp_path)

    async def scenario() -> None:
        only_ideas = Activities(ideas="brainstorm", named=True, screened=False)
        async with open_room(path, only_ideas) as (room, serving, ws), \
                aiohttp.ClientSession() as http:
            phone = Phone(http, serving.address)
            state = await phone.state()
            assert state["dots"] is None and state["ratings"] is None
            assert [p["name"] for p in state["people"]] == ["Ana Núñez", "Ben Cho"]
            ana = state["people"][0]["id"]
            assert (await phone.send("idea", text="Anonymous?", **IDEA))[0] == 400
            assert (await phone.send("idea", text="Named", person=ana, **IDEA))[0] == 200
            assert (await phone.send("dot", idea=1))[0] == 403
            assert (await phone.send("rate", card="idea:1", impact=1, ease=1))[0] == 403
            assert [(i.text, i.author_id) for i in read_ideas(ws, "brainstorm")] == \
                [("Named", ana)]
            assert read_participants(ws)[0].name == "Ana Núñez"
            room.open_activities(Activities())
            assert (await phone.send("idea", text="Late", person=ana, **IDEA))[0] == 403

    run(scenario)


def test_phones_hear_when_the_room_changes(tmp_path: Path) -> None:
    path = make_workshop(tmp_path)

    async def scenario() -> None:
        async with open_room(path, ALL) as (room, serving, _ws), \
                aiohttp.ClientSession() as http:
            listener, writer = Phone(http, serving.address), Phone(http, serving.address)
            await listener.state()
            url = serving.address.replace("http://", "ws://") + f"events?phone={listener.id}"
            refused = []
            for wrong in (url.replace(room.code, "nocode"), url.replace(listener.id, "f" * 7)):
                try:
                    async with http.ws_connect(wrong):
                        pass
                except aiohttp.WSServerHandshakeError as exc:
                    refused.append(exc.status)
            assert refused == [404, 400]
            async with http.ws_connect(url) as live:
                await writer.send("idea", text="Hello", **IDEA)
                message = await asyncio.wait_for(live.receive(), 5)
                assert json.loads(message.data) == {"changed": True}
                await serving.close()  # closing the room ends every phone's line
                for _ in range(10):  # "changed" lines still on their way, then the close
                    closing = await asyncio.wait_for(live.receive(), 5)
                    if closing.type != aiohttp.WSMsgType.TEXT:
                        break
                assert closing.type in (aiohttp.WSMsgType.CLOSE, aiohttp.WSMsgType.CLOSED)

    run(scenario)


def test_the_page_speaks_the_phones_language(tmp_path: Path) -> None:
    path = make_workshop(tmp_path)

    async def scenario() -> None:
        async with open_room(path, ALL) as (_room, serving, _ws), \
                aiohttp.ClientSession() as http:
            async def lang(header: str, query: str = "") -> str:
                async with http.get(serving.address + query,
                                    headers={"Accept-Language": header}) as r:
                    assert "Set-Cookie" not in r.headers
                    text = await r.text()
                return text.split('<html lang="', 1)[1].split('"', 1)[0]

            assert await lang("es-MX,es;q=0.9,en;q=0.8") == "es"
            assert await lang("fr-FR,en;q=0.5,es;q=0.9") == "es"
            assert await lang("de, en-GB;q=0.7") == "en"
            assert await lang("es", "?lang=en") == "en"
            async with http.get(serving.address + "room.js") as r:
                script = await r.text()
            assert "Añadir idea" in script and "Add idea" in script

    run(scenario)


def test_a_submission_for_a_board_no_longer_open_is_refused(tmp_path: Path) -> None:
    """What phones may do… moved the room on while a phone's submission was on its way: the
    page says which board it showed, and the room refuses it rather than put it elsewhere."""
    path = make_workshop(tmp_path)

    async def scenario() -> None:
        async with open_room(path, ALL) as (room, serving, ws), aiohttp.ClientSession() as http:
            phone = Phone(http, serving.address)
            state = await phone.state()
            assert (state["ideas"]["block"], state["ratings"]["block"]) == \
                ("brainstorm", "prioritize")
            status, _ = await phone.send("idea", text="Shown board", block="brainstorm", **IDEA)
            assert status == 200
            for kind, fields in (("idea", {"text": "Other board", **IDEA}),
                                 ("dot", {"idea": read_ideas(ws, "brainstorm")[0].id}),
                                 ("rate", {"card": "idea:1", "impact": 3, "ease": 3}),
                                 ("sheet", {"cells": {}})):
                status, answer = await phone.send(kind, block="key-themes", **fields)
                assert status in (409, 403) and answer["ok"] is False, (kind, answer)
            room.open_activities(Activities(ideas="brainstorm", screened=False))
            status, answer = await phone.send("dot", block="brainstorm",
                                              idea=read_ideas(ws, "brainstorm")[0].id)
            assert status == 403      # voting closed meanwhile

    run(scenario)
    assert _ideas(path) == ["Shown board"]


def test_a_dot_on_a_card_deleted_since_is_the_phones_again(tmp_path: Path) -> None:
    """The facilitator deletes a card that phones put dots on: those dots come back to the
    phones (they cannot take back a dot from a card that is gone), on the page and in the room's
    count; Undo of the delete brings the card back with its dots."""
    from facilitator.services.ideas import add_idea, remove_idea, restore_idea

    path = make_workshop(tmp_path)

    async def scenario() -> None:
        async with open_room(path, ALL) as (room, serving, ws), aiohttp.ClientSession() as http:
            set_votes_per_person(ws, "brainstorm", 1)
            first = int(add_idea(ws, "brainstorm", "Off topic", "job").ids[0])
            second = int(add_idea(ws, "brainstorm", "Mentors", "job").ids[0])
            room.changed_elsewhere()
            phone = Phone(http, serving.address)
            assert (await phone.send("dot", idea=first))[0] == 200
            assert (await phone.state())["mine"]["left"] == 0
            removed = remove_idea(ws, first)            # the laptop deletes the card
            room.changed_elsewhere()
            await asyncio.sleep(0.6)                    # past the state's reading interval
            assert (await phone.state())["mine"]["left"] == 1
            status, answer = await phone.send("dot", idea=second)
            assert status == 200, answer
            restore_idea(ws, "brainstorm", removed.item, removed.meeting_id)   # Undo
            assert sorted((i.text, i.votes) for i in read_ideas(ws, "brainstorm")) == \
                [("Mentors", 1), ("Off topic", 1)]

    run(scenario)
