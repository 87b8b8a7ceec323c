"""A room served on 127.0.0.1 for a test, and phones that talk to it as the page does."""

from __future__ import annotations

import asyncio
import secrets
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any, TypeVar

import aiohttp

from facilitator.room.limits import DEFAULT, Limits
from facilitator.room.server import Serving, serve
from facilitator.room.session import Activities, Room
from facilitator.services.workshop import Workshop, open_workshop

T = TypeVar("T")


def run(test: Callable[[], Awaitable[T]]) -> T:
    return asyncio.run(test())  # type: ignore[arg-type]


@asynccontextmanager
async def open_room(path: Path, activities: Activities, limits: Limits = DEFAULT,
                    ) -> AsyncIterator[tuple[Room, Serving, Workshop]]:
    with open_workshop(path) as ws:
        room = Room(ws, activities, limits=limits)
        serving = await serve(room, "127.0.0.1", 0)
        try:
            yield room, serving, ws
        finally:
            await serving.close()


class Phone:
    """One phone's browser: its random id, and submissions with ids made on the phone."""

    def __init__(self, http: aiohttp.ClientSession, address: str) -> None:
        self.http = http
        self.address = address
        self.id = secrets.token_hex(16)

    async def state(self) -> dict[str, Any]:
        async with self.http.get(f"{self.address}state", params={"phone": self.id}) as r:
            assert r.status == 200, await r.text()
            return await r.json()

    async def send(self, kind: str, sid: str | None = None, **fields: Any,
                   ) -> tuple[int, dict[str, Any]]:
        body = {"phone": self.id, "id": sid or secrets.token_hex(8), "kind": kind, **fields}
        async with self.http.post(f"{self.address}submit", json=body) as r:
            return r.status, await r.json()
