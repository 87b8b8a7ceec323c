"""Hostile requests for any open room (the window's or the headless one), sent as a stranger's
script would: plain blocking HTTP, so the caller runs it in a thread of its own.

`sweep` sends every case and returns the ones answered otherwise than expected, with what came
back, so one run shows every gap at once.
"""

from __future__ import annotations

import json
import urllib.error
import urllib.request
from typing import Any

PHONE = "b" * 32
HUGE = 2 ** 70          # past SQLite's integers
TYPES: list[Any] = [None, True, 1.5, "7", [], {}, [1], {"a": 1}]   # wrong for any field


def request(url: str, data: bytes | None = None, content_type: str = "application/json",
            method: str | None = None) -> tuple[int, bytes]:
    headers = {"Content-Type": content_type} if data is not None else {}
    req = urllib.request.Request(url, data=data, headers=headers, method=method)
    try:
        with urllib.request.urlopen(req, timeout=10) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read()


def post(address: str, body: Any) -> tuple[int, dict[str, Any]]:
    status, raw = request(address + "submit", json.dumps(body).encode())
    try:
        answer = json.loads(raw) if raw else {}
    except ValueError:
        answer = {"raw": raw[:80]}
    return status, answer


def cases(code: str, board: dict[str, Any]) -> list[tuple[str, Any, set[int]]]:
    """(what, body, statuses allowed) for submissions. `board` holds a card on the board
    ("card"), a waiting idea ("waiting"), a grid card ("grid_card")."""
    n = iter(range(10_000))

    def body(kind: str, **fields: Any) -> dict[str, Any]:
        return {"phone": PHONE, "id": f"hostile{next(n):04d}", "kind": kind, **fields}

    idea = {"text": "fine", "category": "leaders", "lane": "could"}
    out: list[tuple[str, Any, set[int]]] = []
    for wrong in TYPES:
        out += [(f"phone={wrong!r}", {**body("idea", **idea), "phone": wrong}, {400}),
                (f"id={wrong!r}", {**body("idea", **idea), "id": wrong}, {400}),
                (f"kind={wrong!r}", {**body("idea", **idea), "kind": wrong}, {400}),
                (f"idea text={wrong!r}",
                 body("idea", **{**idea, "text": 7 if isinstance(wrong, str) else wrong}),
                 {400}),
                (f"idea category={wrong!r}", body("idea", **{**idea, "category": wrong}),
                 {400}),
                (f"idea lane={wrong!r}", body("idea", **{**idea, "lane": wrong}), {400}),
                (f"dot idea={wrong!r}", body("dot", idea=wrong), {400}),
                (f"undot idea={wrong!r}", body("undot", idea=wrong), {400}),
                (f"rate card={wrong!r}", body("rate", card=wrong, impact=3, ease=3),
                 {409} if isinstance(wrong, str) else {400}),
                (f"rate impact={wrong!r}", body("rate", card=board["grid_card"], impact=wrong,
                                                ease=3), {400}),
                (f"rate ease={wrong!r}", body("rate", card=board["grid_card"], impact=3,
                                              ease=wrong), {400})]
    out += [
        ("idea text too long", body("idea", **{**idea, "text": "x" * 501}), {413}),
        ("idea text empty", body("idea", **{**idea, "text": " \n "}), {400}),
        ("idea control characters", body("idea", **{**idea, "text": "a\x00b"}), {400}),
        ("idea unknown category", body("idea", **{**idea, "category": "nope"}), {400}),
        ("idea unknown lane", body("idea", **{**idea, "lane": "nope"}), {400}),
        ("dot on no card", body("dot", idea=987654), {409}),
        ("dot on a huge id", body("dot", idea=HUGE), {400, 409}),
        ("dot on a negative id", body("dot", idea=-1), {400, 409}),
        ("dot on a waiting idea", body("dot", idea=board["waiting"]), {409}),
        ("undot with no dot", body("undot", idea=board["card"]), {400, 409}),
        ("rate no card", body("rate", card="idea:987654", impact=3, ease=3), {409}),
        ("rate a huge card", body("rate", card=f"idea:{HUGE}", impact=3, ease=3), {400, 409}),
        ("rate a waiting idea", body("rate", card=f"idea:{board['waiting']}", impact=3,
                                     ease=3), {409}),
        ("rate 0", body("rate", card=board["grid_card"], impact=0, ease=3), {400}),
        ("rate 6", body("rate", card=board["grid_card"], impact=3, ease=6), {400}),
        ("sheet when closed", body("sheet", person=1, cells={"a": {"b": "c"}}), {403}),
        ("id too short", {**body("idea", **idea), "id": "short"}, {400}),
        ("id too long", {**body("idea", **idea), "id": "x" * 65}, {400}),
        ("id with a slash", {**body("idea", **idea), "id": "../../etc"}, {400}),
        ("phone in capitals", {**body("idea", **idea), "phone": "B" * 32}, {400}),
        ("no kind", {"phone": PHONE, "id": "hostile-nokind"}, {400}),
        ("a list", [body("idea", **idea)], {400}),
        ("a string", "idea", {400}),
        ("a number", 5, {400}),
        ("null", None, {400}),
    ]
    del code
    return out


def sweep(address: str, code: str, board: dict[str, Any]) -> list[str]:
    """Every hostile request to `address` (the room's join address, ending in CODE/); the
    mismatches, empty when each was refused as it should be."""
    bad: list[str] = []
    root = address.removesuffix(f"{code}/")

    def expect(what: str, got: int, allowed: set[int]) -> None:
        if got not in allowed:
            bad.append(f"{what}: {got}, wanted {sorted(allowed)}")

    for what, body, allowed in cases(code, board):
        status, answer = post(address, body)
        expect(what, status, allowed)
        if status == 200 or answer.get("ok") is not False:
            bad.append(f"{what}: answered {answer}")
    # Without the code, or with another: nothing, whatever is asked.
    for url in (root, root + "state?phone=" + PHONE, root + code[:-1] + "/submit",
                root + code.upper() + "/state?phone=" + PHONE, root + "room.js",
                root + code + "x/state?phone=" + PHONE):
        expect(f"GET {url}", request(url)[0], {404})
    expect("POST without the code", request(root + "submit", b"{}")[0], {404})
    # Bodies the server refuses before reading them as a submission.
    good = json.dumps({"phone": PHONE, "id": "hostile-body", "kind": "idea", "text": "x",
                       "category": "leaders"}).encode()
    expect("oversized", request(address + "submit", b" " * 9000 + good)[0], {413})
    expect("very oversized", request(address + "submit", b"[" * 200_000)[0], {413})
    expect("malformed", request(address + "submit", b'{"phone": ')[0], {400})
    expect("deep", request(address + "submit", b"[" * 4000 + b"]" * 4000)[0], {400})
    expect("not UTF-8", request(address + "submit", b'{"text": "\xff"}')[0], {400})
    expect("not JSON", request(address + "submit", good, "text/plain")[0], {415})
    expect("form", request(address + "submit", b"a=1",
                           "application/x-www-form-urlencoded")[0], {415})
    expect("GET submit", request(address + "submit")[0], {405})
    expect("PUT submit", request(address + "submit", good, method="PUT")[0], {405})
    expect("state without phone", request(address + "state")[0], {400})
    expect("state bad phone", request(address + "state?phone=zz")[0], {400})
    expect("events without phone", request(address + "events")[0], {400})
    expect("unknown asset", request(address + "secret.js")[0], {404})
    expect("path escape", request(address + "..%2f..%2fetc%2fpasswd")[0], {404})
    return bad
