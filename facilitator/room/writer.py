"""The room's one writer: whoever alone touches the workshop, committing submissions in groups.

Submissions that arrive while a commit is on its way wait together, and the next commit takes
them all (group commit, Workshop.batch): each one is still its own savepoint, refused or applied
alone, but they share one set of fsyncs, so forty phones cost what a few do. A phone hears
"acknowledged" only once its commit is on disk; if the file does not take the commit, every
submission in it is answered 503 and its receipt forgotten, so the phone's retry applies it.
Reads (a phone's state) run on the same thread, between commits.

`GroupWriter` is that logic, whatever the thread; a subclass says how work reaches the thread
that holds the workshop (`_call`). `RoomWriter` is the headless one: a thread of its own. The
window's writer (ui.room.qt_writer) hands the same work to the Qt main thread, which owns the
workshop there, and turns each applied submission into an undo step.
"""

from __future__ import annotations

import asyncio
import sys
import time
import traceback
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any, TypeVar

from facilitator.room.session import Refused, Room
from facilitator.services.errors import ServiceError

T = TypeVar("T")
Answer = dict[str, Any] | Refused


class GroupWriter:
    """The server's Writer (read, submit, close) with group commit; `_call` is the thread."""

    def __init__(self, room: Room) -> None:
        self.room = room
        self._waiting: list[tuple[Any, asyncio.Future[dict[str, Any]]]] = []
        self._draining = False
        self._task: asyncio.Future[None] | None = None
        self.commits = 0          # group commits, submissions and busy time: the closing line
        self.submissions = 0
        self.busy_s = 0.0
        self.reads = 0

    async def _call(self, work: Callable[[], T]) -> T:
        """Run `work` on the writer's thread and return what it returns (or raise what it
        raised)."""
        raise NotImplementedError

    async def read(self, work: Callable[[], T]) -> T:
        self.reads += 1
        return await self._call(work)

    async def submit(self, body: Any) -> dict[str, Any]:
        future: asyncio.Future[dict[str, Any]] = asyncio.get_running_loop().create_future()
        self._waiting.append((body, future))
        if not self._draining:
            self._draining = True
            self._task = asyncio.ensure_future(self._drain())
        return await future

    async def _drain(self) -> None:
        try:
            while self._waiting:
                group, self._waiting = self._waiting, []
                bodies = [body for body, _ in group]
                try:
                    answers: list[Answer] = await self._call(lambda b=bodies: self._write(b))
                except Refused as exc:         # the writer is gone (the room is closing)
                    answers = [exc] * len(group)
                for (_, future), answer in zip(group, answers, strict=True):
                    if future.done():       # the phone went away; its retry finds the receipt
                        continue
                    if isinstance(answer, Refused):
                        future.set_exception(answer)
                    else:
                        future.set_result(answer)
        finally:
            self._draining = False

    def _write(self, bodies: list[Any]) -> list[Answer]:
        started = time.perf_counter()
        try:
            return self._write_all(bodies)
        finally:
            self.busy_s += time.perf_counter() - started

    def _apply(self, body: Any) -> dict[str, Any]:
        """One submission, inside the group's batch (a subclass may note what undo needs)."""
        return self.room.submit(body)

    def _committed(self) -> None:
        """The group is on disk (hook: the window pushes its undo steps)."""

    def _not_committed(self, message: str) -> None:
        """The file did not take the group: nothing of it is saved (hook: say so)."""

    def _write_all(self, bodies: list[Any]) -> list[Answer]:
        answers: list[Answer] = []
        try:
            with self.room.ws.batch():
                for body in bodies:
                    try:
                        answers.append(self._apply(body))
                    except Refused as exc:
                        answers.append(exc)
        except ServiceError as exc:          # NotSaved, read-only: nothing of it is on disk
            self.room.settle(saved=False)
            self._not_committed(str(exc))
            return [a if isinstance(a, Refused) else Refused(503, str(exc)) for a in answers] \
                + [Refused(503, str(exc))] * (len(bodies) - len(answers))
        except Exception:                    # a bug: keep the room up, say so on stderr
            traceback.print_exc(file=sys.stderr)
            self.room.settle(saved=False)
            self._not_committed("unexpected error")
            return [Refused(500, "unexpected error")] * len(bodies)
        self.room.settle(saved=True)
        self.commits += 1
        self.submissions += len(bodies)
        self._committed()
        return answers

    def close(self) -> None:
        """No more work: called once the server has stopped."""


class RoomWriter(GroupWriter):
    """Headless: a thread of its own holds the workshop."""

    def __init__(self, room: Room) -> None:
        super().__init__(room)
        self._thread = ThreadPoolExecutor(max_workers=1, thread_name_prefix="room-writer")

    async def _call(self, work: Callable[[], T]) -> T:
        return await asyncio.get_running_loop().run_in_executor(self._thread, work)

    def close(self) -> None:
        self._thread.shutdown(wait=True)
