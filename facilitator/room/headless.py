"""`facilitator room FILE --listen HOST:PORT`: the room without the window.

Screening is off here unless asked for (--screening): without the window there is no queue to
approve from while the room is open (the room holds the file), so a screened idea would reach
no board until the file is next opened in the app, where it waits in the queue.

The event loop's thread opens the workshop and is its one writer. The first line printed is
the join address with the session's code (what the QR code would hold); the room serves until
Ctrl+C or SIGTERM, then closes every phone's connection and the file.
"""

from __future__ import annotations

import asyncio
import contextlib
import signal
from collections.abc import Callable
from pathlib import Path

from facilitator.domain.template import GridBlock, IdeasBlock
from facilitator.room.session import Activities, Room
from facilitator.services.errors import ServiceError
from facilitator.services.run_state import read_run_state
from facilitator.services.workshop import Workshop, open_workshop


def current_activities(ws: Workshop, named: bool = False,
                       screened: bool = False) -> Activities:
    """With nothing chosen: the current agenda item's brainstorm (ideas, and dots when it has a
    vote) and its grid (ratings)."""
    item = ws.template.agenda[read_run_state(ws).current_item]
    ideas = next((b for b in item.blocks if isinstance(b, IdeasBlock)), None)
    grid = next((b for b in item.blocks if isinstance(b, GridBlock)), None)
    return Activities(ideas=ideas.id if ideas else "",
                      dots=ideas.id if ideas and ideas.votes_per_person else "",
                      ratings=grid.id if grid else "", named=named, screened=screened)


def describe(room: Room) -> list[str]:
    a = room.activities
    lines = [f"{what}: {block}" for what, block in
             (("ideas", a.ideas), ("dots", a.dots), ("ratings", a.ratings),
              ("worksheet, one copy per participant", a.sheet)) if block]
    if a.ideas:
        lines.append("ideas named" if a.named else "ideas anonymous: no author is stored")
        lines.append("screened: ideas wait for approval in the app" if a.screened
                     else "not screened: ideas go straight to the board")
    return lines


def run_room(path: Path, host: str, port: int, *, ideas: str = "", dots: str = "",
             ratings: str = "", named: bool = False, screened: bool = False, sheet: str = "",
             out: Callable[[str], None] = print) -> int:
    from facilitator.room.server import check_host

    try:
        host = check_host(host)
    except ValueError as exc:
        raise ServiceError(str(exc)) from None
    with open_workshop(path) as ws:
        chosen = Activities(ideas=ideas, dots=dots, ratings=ratings, named=named,
                            screened=screened, sheet=sheet)
        if not (ideas or dots or ratings or sheet):
            chosen = current_activities(ws, named, screened)
        if not (chosen.ideas or chosen.dots or chosen.ratings or chosen.sheet):
            raise ServiceError("nothing to open: the current agenda item has no brainstorm or "
                               "grid; name one with --ideas, --dots, --ratings or --sheet")
        room = Room(ws, chosen)
        return asyncio.run(_serve_until_stopped(room, host, port, out))


async def _serve_until_stopped(room: Room, host: str, port: int,
                               out: Callable[[str], None]) -> int:
    from facilitator.room.server import serve
    from facilitator.room.writer import RoomWriter

    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        # Windows has no signal handlers on its loop: Ctrl+C arrives as KeyboardInterrupt.
        with contextlib.suppress(NotImplementedError, RuntimeError):
            loop.add_signal_handler(sig, stop.set)
    try:
        serving = await serve(room, host, port)
    except OSError as exc:
        raise ServiceError(f"cannot listen on {host}:{port} ({exc.strerror or exc})") from None
    out(f"Join: {serving.address}")
    for line in describe(room):
        out(f"  {line}")
    out("  Ctrl+C closes the room")
    try:
        await stop.wait()
    finally:
        await serving.close()
    counts = room.counts()
    out(f"Room closed: {counts['joined']} phones joined, {counts['idea']} added ideas, "
        f"{counts['dot']} voted, {counts['rate']} rated, {counts['sheet']} filled a worksheet")
    writer = serving.writer
    if isinstance(writer, RoomWriter) and writer.commits:
        out(f"  {writer.submissions} submissions in {writer.commits} commits, writer busy "
            f"{writer.busy_s:.1f} s; {writer.reads} reads")
    return 0
