"""Group commit for the room's writer: many phones' submissions share one durable commit, each
still applied or refused alone, and none acknowledged before its commit is on disk."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import aiohttp
import pytest

from facilitator.services.errors import NotSaved, ServiceError
from facilitator.services.ideas import add_idea, read_ideas, update_idea
from facilitator.services.workshop import open_workshop
from tests.helpers import make_workshop
from tests.room_helpers import Phone, open_room, run
from tests.test_room_requests import ALL, IDEA


def _on_disk(path: Path) -> list[str]:
    with open_workshop(path, readonly=True) as ws:
        return [i.text for i in read_ideas(ws, "brainstorm")]


def test_a_batch_reaches_the_disk_at_its_end_and_each_edit_fails_alone(tmp_path: Path) -> None:
    path = make_workshop(tmp_path)
    with open_workshop(path) as ws:
        with ws.batch():
            first = add_idea(ws, "brainstorm", "first", "job", "could").ids[0]
            with pytest.raises(ServiceError):  # refused inside its savepoint
                update_idea(ws, int(first), text="changed", category="no such category")
            add_idea(ws, "brainstorm", "second", "job", "could")
            # The batch reads what it wrote; the file does not have it yet.
            assert [i.text for i in read_ideas(ws, "brainstorm")] == ["first", "second"]
            assert _on_disk(path) == []
        assert _on_disk(path) == ["first", "second"]
        with pytest.raises(RuntimeError), ws.batch():
            add_idea(ws, "brainstorm", "lost with its batch", "job", "could")
            raise RuntimeError("the batch fails as a whole")
    assert _on_disk(path) == ["first", "second"]


def test_a_commit_the_file_refuses_is_retried_and_applied_once(tmp_path: Path) -> None:
    path = make_workshop(tmp_path)

    async def scenario() -> None:
        async with open_room(path, ALL) as (room, serving, ws), aiohttp.ClientSession() as http:
            real_batch = ws.batch

            @contextmanager
            def full_disk() -> Iterator[None]:
                with real_batch():
                    yield
                    raise NotSaved("Not saved: the disk is full. Free some space, then try "
                                   "again.")

            phone = Phone(http, serving.address)
            ws.batch = full_disk  # type: ignore[method-assign]
            status, answer = await phone.send("idea", sid="full-disk-1", text="Kept", **IDEA)
            assert status == 503 and "disk is full" in answer["error"]
            assert _on_disk(path) == [] and room.counts()["idea"] == 0
            ws.batch = real_batch  # type: ignore[method-assign]
            status, answer = await phone.send("idea", sid="full-disk-1", text="Kept", **IDEA)
            assert status == 200 and "again" not in answer
            again = await phone.send("idea", sid="full-disk-1", text="Kept", **IDEA)
            assert again[0] == 200 and again[1]["again"] is True
            assert room.counts()["idea"] == 1

    run(scenario)
    assert _on_disk(path) == ["Kept"]
