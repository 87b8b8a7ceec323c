"""The room on the network: an aiohttp application over a `session.Room`.

Every address starts with the session code; a request without it, or with another, gets an
empty 404 before anything of it is read. Submissions are POSTed as JSON (size-limited by
aiohttp before parsing) and handed to the one writer; each phone also keeps a WebSocket open
that only says "something changed" so its page fetches the state again. Every response carries
a strict Content-Security-Policy, no cookie, and no-store.
"""

from __future__ import annotations

import asyncio
import contextlib
import hmac
import json
import weakref
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol, TypeVar

from aiohttp import WSCloseCode, WSMsgType, web

from facilitator.room.page import asset, page_html
from facilitator.room.session import Refused, Room

T = TypeVar("T")


class Writer(Protocol):
    """The process's one writer (room.writer.RoomWriter headless; the Qt thread in the app)."""

    async def read(self, work: Callable[[], T]) -> T: ...
    async def submit(self, body: Any) -> dict[str, Any]: ...
    def close(self) -> None: ...


HEADERS = {
    "Content-Security-Policy": ("default-src 'none'; script-src 'self'; style-src 'self'; "
                                "connect-src 'self'; img-src 'self'; base-uri 'none'; "
                                "form-action 'none'; frame-ancestors 'none'"),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",        # the code is in the address: never pass it on
    "Cache-Control": "no-store",
    "X-Frame-Options": "DENY",
    "Cross-Origin-Resource-Policy": "same-origin",
}

ROOM: web.AppKey[Room] = web.AppKey("room", Room)
WRITER: web.AppKey[Any] = web.AppKey("writer", object)
SOCKETS: web.AppKey[Any] = web.AppKey("sockets", object)
LINES: web.AppKey[Any] = web.AppKey("lines", object)   # open live lines per phone
LINES_PER_PHONE = 4
TELL_EVERY = 0.5  # seconds


def _refusal(exc: Refused) -> web.Response:
    return web.json_response({"ok": False, "error": exc.reason}, status=exc.status)


@web.middleware
async def guard(request: web.Request, handler: Any) -> web.StreamResponse:
    """No code, no answer: anything outside /CODE/ is a bare 404, whatever it asks for."""
    room = request.app[ROOM]
    first = request.path.split("/", 2)[1] if request.path.count("/") >= 1 else ""
    if not hmac.compare_digest(first.encode(), room.code.encode()):
        return web.Response(status=404)
    try:
        return await handler(request)
    except Refused as exc:
        return _refusal(exc)


async def _headers(request: web.Request, response: web.StreamResponse) -> None:
    del request
    response.headers.update(HEADERS)
    response.headers["Server"] = "Facilitator"  # no versions for a stranger to look up


async def page(request: web.Request) -> web.Response:
    return web.Response(text=page_html(request.headers.get("Accept-Language", ""),
                                       request.query.get("lang", "")),
                        content_type="text/html", charset="utf-8")


async def to_slash(request: web.Request) -> web.Response:
    raise web.HTTPFound(f"/{request.app[ROOM].code}/")


async def static(request: web.Request) -> web.Response:
    name = request.match_info["name"]
    found = asset(name)
    if found is None:
        return web.Response(status=404)
    body, content_type = found
    return web.Response(body=body, content_type=content_type, charset="utf-8")


async def state(request: web.Request) -> web.Response:
    room, writer = request.app[ROOM], request.app[WRITER]
    phone = request.query.get("phone", "")
    try:
        cached = room.cached_state(phone)
    except RuntimeError:   # the writer's thread changed this phone's marks mid-copy: ask it
        cached = None
    body = cached if cached is not None else await writer.read(lambda: room.state(phone))
    return web.Response(body=body, content_type="application/json", charset="utf-8")


async def submit(request: web.Request) -> web.Response:
    writer = request.app[WRITER]
    if request.content_type != "application/json":
        raise Refused(415, "send JSON")
    raw = await request.read()  # aiohttp refuses a body over client_max_size with 413
    try:
        body = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise Refused(400, "malformed JSON") from None
    return web.json_response(await writer.submit(body))


async def events(request: web.Request) -> web.StreamResponse:
    """A phone's live line: 'changed' whenever the room changes; nothing is sent up it."""
    room, sockets = request.app[ROOM], request.app[SOCKETS]
    phone = request.query.get("phone", "")
    await request.app[WRITER].read(lambda: room.phone(phone))  # joined phones only
    if len(sockets) >= 2 * room.limits.phones:
        raise Refused(503, "the room is full")
    # A few per phone (a reload opens one before the old one is gone): one phone opening
    # hundreds would fill the room's lines and leave the others without pushes.
    lines = request.app[LINES]
    if lines[phone] >= LINES_PER_PHONE:
        raise Refused(429, "too many live lines from this phone")
    lines[phone] += 1
    try:
        ws = web.WebSocketResponse(heartbeat=20.0, max_msg_size=1024)
        await ws.prepare(request)
        sockets.add(ws)
        try:
            async for message in ws:
                if message.type in (WSMsgType.ERROR, WSMsgType.CLOSE):
                    break
        finally:
            sockets.discard(ws)
    finally:
        lines[phone] -= 1
        if not lines[phone]:
            del lines[phone]
    return ws


def build_app(room: Room, writer: Writer) -> web.Application:
    app = web.Application(middlewares=[guard], client_max_size=room.limits.body_bytes)
    app[ROOM] = room
    app[WRITER] = writer
    app[SOCKETS] = weakref.WeakSet()
    app[LINES] = Counter()
    app.on_response_prepare.append(_headers)
    app.on_shutdown.append(_close_sockets)
    code = room.code
    app.router.add_get(f"/{code}", to_slash)
    app.router.add_get(f"/{code}/", page)
    app.router.add_get(f"/{code}/state", state)
    app.router.add_post(f"/{code}/submit", submit)
    app.router.add_get(f"/{code}/events", events)
    app.router.add_get(f"/{code}/{{name:[a-z]+\\.(?:js|css)}}", static)

    loop_holder: dict[str, asyncio.AbstractEventLoop] = {}

    async def remember_loop(_app: web.Application) -> None:
        loop_holder["loop"] = asyncio.get_running_loop()

    telling: dict[str, Any] = {"soon": False, "task": None}

    def tell() -> None:
        telling["soon"] = False
        telling["task"] = asyncio.ensure_future(_tell(app))

    def schedule() -> None:
        # At most one "changed" every TELL_EVERY seconds: each one makes every phone read the
        # state, and forty phones adding ideas would otherwise ask forty times per idea.
        if not telling["soon"]:
            telling["soon"] = True
            asyncio.get_running_loop().call_later(TELL_EVERY, tell)

    def announce() -> None:
        loop = loop_holder.get("loop")
        if loop is not None and not loop.is_closed():
            loop.call_soon_threadsafe(schedule)

    app.on_startup.append(remember_loop)
    room.listeners.append(announce)
    return app


async def _tell(app: web.Application) -> None:
    app[ROOM].told()
    for ws in list(app[SOCKETS]):
        if not ws.closed:
            with contextlib.suppress(ConnectionError, RuntimeError):
                await ws.send_str('{"changed":true}')


async def _close_sockets(app: web.Application) -> None:
    """Closing the room ends the session for every phone."""
    for ws in list(app[SOCKETS]):
        await ws.close(code=WSCloseCode.GOING_AWAY, message=b"room closed")


@dataclass
class Serving:
    runner: web.AppRunner
    writer: Writer
    host: str
    port: int
    code: str

    @property
    def address(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}/{self.code}/"

    async def close(self) -> None:
        """Close the room: every phone's connection ends, then the writer finishes."""
        await self.runner.cleanup()
        await asyncio.get_running_loop().run_in_executor(None, self.writer.close)


ALL_INTERFACES = {"", "0.0.0.0", "::", "*"}


def check_host(host: str) -> str:
    host = host.strip().strip("[]")
    if host in ALL_INTERFACES:
        raise ValueError("pick the address of one network interface (for example "
                         "192.168.1.20, or 127.0.0.1 on this computer only), not all of them")
    return host


async def serve(room: Room, host: str, port: int, writer: Writer | None = None) -> Serving:
    """Open the room on one interface (port 0: any free port); the first socket of the app."""
    from facilitator.room.writer import RoomWriter

    host = check_host(host)
    writer = writer or RoomWriter(room)
    runner = web.AppRunner(build_app(room, writer), access_log=None, handle_signals=False,
                           shutdown_timeout=2.0)
    await runner.setup()
    site = web.TCPSite(runner, host, port, reuse_address=True)
    try:
        await site.start()
    except BaseException:
        await runner.cleanup()
        writer.close()
        raise
    bound = port
    for sock_addr in runner.addresses:
        bound = sock_addr[1]
        break
    return Serving(runner, writer, host, bound, room.code)
