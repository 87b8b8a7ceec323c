"""Room load benchmark: 40 phones on 127.0.0.1, each adding 10 ideas, 3 dots and 10 ratings.

The room runs as a user would run it (`facilitator room FILE --listen 127.0.0.1:0`, its own
process, every submission a durable commit); the phones are aiohttp clients in this process,
each sending its 23 submissions one after another with seeded random pauses, spread over
--seconds. One submission in ten is sent twice under the same id (a retry after a lost
acknowledgement). Afterwards the file is read back: nothing lost, nothing applied twice.

Each phone also behaves as the page does: it keeps the live line open and reads the room's
state after each acknowledgement and each "changed" it hears.

The floor is a trivial aiohttp handler that echoes the JSON it gets, in its own process,
under the same phones and pauses, in the same run.

    .venv/bin/python bench/room.py [--phones 40] [--seconds 30] [--seed 7]

Budgets: p95 from submit to acknowledged under 100 ms; 0 lost; 0 duplicated.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import secrets
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

import aiohttp

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

BUDGET_MS = 100.0
IDEAS, DOTS, RATINGS = 10, 3, 10

ECHO = r"""
import sys
from aiohttp import web

async def echo(request):
    return web.json_response({"ok": True, **(await request.json())})

app = web.Application()
app.router.add_post("/code/submit", echo)

async def started(_app):
    print("Join: http://127.0.0.1:%d/code/" % runner.addresses[0][1], flush=True)

runner = None
async def main():
    global runner
    import asyncio
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    await web.TCPSite(runner, "127.0.0.1", 0).start()
    await started(app)
    await asyncio.Event().wait()

import asyncio
asyncio.run(main())
"""


def _start(command: list[str]) -> tuple[subprocess.Popen[str], str]:
    child = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                             cwd=ROOT, env={**os.environ, "PYTHONUNBUFFERED": "1"})
    assert child.stdout is not None
    first = child.stdout.readline()
    if not first.startswith("Join: "):
        child.kill()
        raise SystemExit(f"the server did not start: {first}{child.stderr.read()}")
    return child, first.split()[1]


def _plan(rng: random.Random, ideas: list[int], cards: list[str], phone: int) -> list[dict]:
    plan: list[dict[str, Any]] = [
        {"kind": "idea", "text": f"phone {phone} idea {n}", "category": "job", "lane": "could"}
        for n in range(IDEAS)]
    plan += [{"kind": "dot", "idea": i} for i in rng.sample(ideas, DOTS)]
    plan += [{"kind": "rate", "card": c, "impact": rng.randint(1, 5), "ease": rng.randint(1, 5)}
             for c in rng.sample(cards, RATINGS)]
    rng.shuffle(plan)
    return plan


async def _load(address: str, plans: list[list[dict]], seconds: float,
                seed: int, page_like: bool = True) -> tuple[list[float], int]:
    latencies: list[float] = []
    failures = 0
    reasons: Counter[str] = Counter()
    gap = seconds / max(len(plans[0]), 1)

    async def read_state(http: aiohttp.ClientSession, me: str) -> None:
        async with http.get(f"{address}state", params={"phone": me}) as response:
            await response.read()

    reading: set[str] = set()
    tasks: set[asyncio.Future[None]] = set()

    def read_soon(http: aiohttp.ClientSession, me: str, rng: random.Random) -> None:
        """As the page does: one read of the state within 0.4 s, however many asked."""
        if me in reading:
            return
        reading.add(me)

        async def later() -> None:
            await asyncio.sleep(rng.uniform(0, 0.4))
            reading.discard(me)
            await read_state(http, me)
        task = asyncio.ensure_future(later())
        tasks.add(task)
        task.add_done_callback(tasks.discard)

    async def listen(http: aiohttp.ClientSession, me: str, rng: random.Random) -> None:
        """As the page does: a live line, and a read of the state after each 'changed'."""
        url = address.replace("http://", "ws://") + f"events?phone={me}"
        async with http.ws_connect(url) as live:
            async for message in live:
                if message.type != aiohttp.WSMsgType.TEXT:
                    break
                read_soon(http, me, rng)

    async def phone(http: aiohttp.ClientSession, plan: list[dict], index: int) -> None:
        nonlocal failures
        rng = random.Random(seed * 1000 + index)
        me = secrets.token_hex(16)
        await asyncio.sleep(rng.uniform(0, gap))
        line = None
        if page_like:
            await read_state(http, me)
            line = asyncio.ensure_future(listen(http, me, random.Random(index)))
        for n, item in enumerate(plan):
            body = {"phone": me, "id": f"phone{index:03d}-sub{n:03d}-{seed}", **item}
            for _attempt in range(2 if n % 10 == 9 else 1):  # a retry after a lost ack
                started = time.perf_counter()
                async with http.post(f"{address}submit", json=body) as response:
                    await response.read()
                    if response.status != 200:
                        failures += 1
                        reasons[f"{response.status} {(await response.text())[:90]}"] += 1
                latencies.append((time.perf_counter() - started) * 1000)
            if page_like:
                read_soon(http, me, rng)  # the page shows what it just sent
            await asyncio.sleep(rng.uniform(0.5, 1.5) * gap)
        if line is not None:
            line.cancel()
        await asyncio.gather(*list(tasks), return_exceptions=True)

    connector = aiohttp.TCPConnector(limit=0)
    async with aiohttp.ClientSession(connector=connector) as http:
        await asyncio.gather(*(phone(http, plan, i) for i, plan in enumerate(plans)))
    for reason, count in reasons.most_common(5):
        print(f"  refused {count}x: {reason}")
    return latencies, failures


def _p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20)[-1]


def _seed(ws: Any) -> list[int]:
    """The board every run starts from (this bench and room_window.py): the dots allowed, and
    RATINGS initiatives marked to explore, so that phones have cards to dot and rate."""
    from facilitator.services.ideas import add_idea, update_idea
    from facilitator.services.votes import set_votes_per_person

    set_votes_per_person(ws, "brainstorm", DOTS)
    seeded = []
    for n in range(RATINGS):
        idea = add_idea(ws, "brainstorm", f"initiative {n}", "leaders", "taking").ids[0]
        update_idea(ws, int(idea), explore=True)
        seeded.append(int(idea))
    return seeded


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--phones", type=int, default=40)
    parser.add_argument("--seconds", type=float, default=55.0)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()

    from facilitator.services.ideas import add_idea, read_ideas
    from facilitator.services.ratings import read_ratings
    from facilitator.services.templates import find_template
    from facilitator.services.workshop import create_workshop, open_workshop

    rng = random.Random(args.seed)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "room.workshop"
        with create_workshop(path, find_template("attract-retain")) as ws:
            seeded = _seed(ws)
            commits = []   # one durable commit alone, on this disk, now: what a submit costs
            for n in range(30):
                begun = time.perf_counter()
                add_idea(ws, "brainstorm", f"scratch {n}", "leaders", "taking")
                commits.append((time.perf_counter() - begun) * 1000)
            scratch = {i.id for i in read_ideas(ws, "brainstorm") if i.text.startswith("scratch")}
        cards = [f"idea:{i}" for i in seeded]
        plans = [_plan(rng, seeded, cards, p) for p in range(args.phones)]
        sent = sum(len(p) for p in plans)

        echo, echo_address = _start([sys.executable, "-c", ECHO])
        try:
            floor, floor_failures = asyncio.run(_load(echo_address, plans, args.seconds,
                                                      args.seed, page_like=False))
        finally:
            echo.send_signal(signal.SIGTERM)
            echo.communicate(timeout=30)

        room, address = _start([sys.executable, "-m", "facilitator", "room", str(path),
                                "--listen", "127.0.0.1:0", "--ideas", "brainstorm",
                                "--dots", "brainstorm", "--ratings", "prioritize"])
        started = time.perf_counter()
        try:
            ours, failures = asyncio.run(_load(address, plans, args.seconds, args.seed))
        finally:
            room.send_signal(signal.SIGTERM)
            _out, err = room.communicate(timeout=30)
        took = time.perf_counter() - started
        if room.returncode != 0:
            print(err)
        print(*[line.strip() for line in _out.splitlines() if "commits" in line])

        with open_workshop(path, readonly=True) as ws:
            ideas = read_ideas(ws, "brainstorm")
            texts = [i.text for i in ideas if i.id not in seeded and i.id not in scratch]
            dots = sum(i.votes for i in ideas)
            ratings = sum(len(by) for by in read_ratings(ws, "prioritize").values())
    expected = {f"phone {p} idea {n}" for p in range(args.phones) for n in range(IDEAS)}
    lost = len(expected - set(texts)) + (args.phones * DOTS - dots) \
        + (args.phones * RATINGS - ratings)
    duplicated = (len(texts) - len(set(texts))) + max(0, dots - args.phones * DOTS) \
        + max(0, ratings - args.phones * RATINGS)

    p95, floor_p95 = _p95(ours), _p95(floor)
    print(f"room: {args.phones} phones, {sent} submissions (+{len(ours) - sent} retries) in "
          f"{took:.1f} s; {failures} refused")
    print(f"submit->ack p50 {statistics.median(ours):.1f} ms, p95 {p95:.1f} ms, "
          f"max {max(ours):.1f} ms")
    print(f"floor (aiohttp echo): p50 {statistics.median(floor):.1f} ms, p95 {floor_p95:.1f} ms"
          f"; {floor_failures} refused")
    print(f"stored: {len(texts)} ideas, {dots} dots, {ratings} ratings; lost {lost}, "
          f"duplicated {duplicated}")
    print(f"one durable commit alone (add_idea): p50 {statistics.median(commits):.1f} ms, "
          f"p95 {_p95(commits):.1f} ms")
    print(f"room p95 over the floor's: {p95 / max(floor_p95, 1e-6):.1f}x")
    ratio = p95 / BUDGET_MS
    print(f"bench: room-submit-p95-ms ratio={ratio:.2f} budget=1 "
          f"{'ok' if ratio <= 1 else 'over'}")
    print(f"bench: room-lost ratio={lost} budget=0 {'ok' if lost == 0 else 'over'}")
    print(f"bench: room-duplicated ratio={duplicated} budget=0 "
          f"{'ok' if duplicated == 0 and failures == 0 else 'over'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
