"""The window's room writer: what phones send is applied on the Qt main thread, which owns the
workshop, as undo steps on the window's stack.

The server's event loop runs in a thread of its own; it hands work over with a queued signal
(Qt runs it in the main thread's event loop, between paints and key presses) and hears the
answer through `loop.call_soon_threadsafe`. The group commit and the receipts are
room.writer.GroupWriter's, the same as headless: a phone hears "acknowledged" only once its
commit is on disk, and a retry is never applied twice. After the commit each submission
becomes a `PhoneStep` on the undo stack, so Ctrl+Z on the laptop takes back a phone's idea.

The views hear of phones' changes at most once per TELL_VIEWS_MS per worksheet (the last
change of each, after which they read the file, which holds them all): forty phones commit
several times a second, and a board of 400 cards redrawn on the laptop and the projector after
each commit left the window no time to draw anything else (bench/room_window.py). The first
change after a quiet moment is told at once.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Callable
from dataclasses import replace
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QElapsedTimer, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QUndoStack

from facilitator.room.session import Refused, Room
from facilitator.room.writer import GroupWriter
from facilitator.services.changes import Changed
from facilitator.services.tables import CellsChanged
from facilitator.ui.kit.hub import ChangeHub
from facilitator.ui.room.phone_steps import PhoneStep

T = TypeVar("T")
TELL_VIEWS_MS = 1000
translate = QCoreApplication.translate


class _Courier(QObject):
    """Lives in the main thread: a callable emitted from the loop's thread runs there."""

    carry = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self.carry.connect(self._run, Qt.ConnectionType.QueuedConnection)

    @staticmethod
    def _run(work: Callable[[], None]) -> None:
        work()


def _with_earlier_rows(earlier: Changed | None, change: Changed) -> Changed:
    """A participant's answers not yet told, as one change: each answer is its own
    submission and CellsChanged holds only the rows it wrote, so telling the last alone left
    the laptop's table without the answers sent just before it."""
    if not isinstance(earlier, CellsChanged) or not isinstance(change, CellsChanged) or \
            earlier.meeting_id != change.meeting_id:
        return change
    keys = tuple(dict.fromkeys((*earlier.ids, *change.ids)))
    return replace(change, ids=keys, rows={**earlier.rows, **change.rows})


class QtWriter(GroupWriter):
    def __init__(self, room: Room, hub: ChangeHub, stack: QUndoStack) -> None:
        super().__init__(room)
        self.hub, self.stack = hub, stack
        self._courier = _Courier()   # made on the main thread: its slot runs there
        self._loop: asyncio.AbstractEventLoop | None = None
        self._open: set[asyncio.Future[Any]] = set()   # calls the main thread has not answered
        self._steps: list[PhoneStep] = []
        self._sheets: list[Changed] = []   # worksheet answers: told to the views, no undo step
        self.closed = False
        self._untold: dict[str, Changed] = {}   # per worksheet, the last change not yet told
        self._told = QElapsedTimer()
        self._tell = QTimer()
        self._tell.setSingleShot(True)
        self._tell.timeout.connect(self.tell_views)

    # The loop's side --------------------------------------------------------------------------
    async def _call(self, work: Callable[[], T]) -> T:
        if self.closed:
            raise Refused(503, "the room is closing")
        loop = self._loop = asyncio.get_running_loop()
        future: asyncio.Future[T] = loop.create_future()
        self._open.add(future)
        future.add_done_callback(self._open.discard)

        def on_main_thread() -> None:
            if self.closed or future.done():
                return    # closed meanwhile: nothing is applied after the room closes
            try:
                result: Any = work()
            except BaseException as exc:  # handed to the awaiting request, which answers it
                self._answer(loop, future, exc, failed=True)
            else:
                self._answer(loop, future, result, failed=False)

        self._courier.carry.emit(on_main_thread)
        return await future

    @staticmethod
    def _answer(loop: asyncio.AbstractEventLoop, future: asyncio.Future[Any], value: Any,
                *, failed: bool) -> None:
        def settle() -> None:
            if not future.done():
                if failed:
                    future.set_exception(value)
                else:
                    future.set_result(value)

        with contextlib.suppress(RuntimeError):   # the loop closed: nobody waits any more
            loop.call_soon_threadsafe(settle)

    def shut(self) -> None:
        """On the main thread, before the server stops: every request still waiting for the
        main thread is answered 503 at once (so none holds the closing up), and nothing sent
        after this is applied."""
        self.closed = True
        self.tell_views()     # what phones sent before the close is on screen
        loop = self._loop
        for future in list(self._open):
            if loop is not None:
                self._answer(loop, future, Refused(503, "the room is closed"), failed=True)

    def close(self) -> None:
        self.closed = True

    def tell_views(self) -> None:
        """Hand the views what phones changed since they last heard (main thread)."""
        self._tell.stop()
        untold, self._untold = self._untold, {}
        self._told.restart()
        for change in untold.values():
            self.hub.changed.emit(change)

    # The main thread's side -------------------------------------------------------------------
    def _apply(self, body: Any) -> dict[str, Any]:
        room = self.room
        kind = body.get("kind") if isinstance(body, dict) else None
        meeting = room.ws.meeting_id()
        before = None
        phone_id = body.get("phone") if isinstance(body, dict) else None
        # Not a string (a list, say): room.submit refuses it; looked up here it raised a 500.
        phone = room.phones.get(phone_id) if isinstance(phone_id, str) else None
        if kind == "rate" and phone is not None and isinstance(body.get("card"), str):
            # The phone's own marks are what the file holds for it (room.session.Phone): its
            # earlier rating of this card, for undo, without reading every rating again.
            earlier = phone.ratings.get(body["card"])
            before = (earlier[0], earlier[1]) if earlier else None
        room.last_change = None
        answer = room.submit(body)
        change = room.last_change
        if change is not None and not answer.get("again"):
            if kind == "sheet":   # a participant's own copy: theirs to change, not an undo step
                self._sheets.append(change)
            else:
                self._steps.append(PhoneStep(self.hub, room, dict(body), change, meeting, before))
        return answer

    def _committed(self) -> None:
        """Each submission becomes its own undo step, pushed quiet (already committed); the
        views hear of the group's last change per worksheet, now or within TELL_VIEWS_MS."""
        steps, self._steps = self._steps, []
        for step in steps:
            step.quiet = True
            self.stack.push(step)
            self._untold[step.change.block_id] = step.change
        sheets, self._sheets = self._sheets, []
        for change in sheets:   # one per participant's copy: each view shows one of them
            key = f"{change.block_id}/{getattr(change, 'participant', '')}"
            self._untold[key] = _with_earlier_rows(self._untold.get(key), change)
        if not (steps or sheets) or self._tell.isActive():
            return
        since = self._told.elapsed() if self._told.isValid() else TELL_VIEWS_MS
        if since >= TELL_VIEWS_MS:
            self.tell_views()
        else:
            self._tell.start(TELL_VIEWS_MS - since)

    def _not_committed(self, message: str) -> None:
        self._steps = []
        self._sheets = []
        self.hub.failed.emit(translate(
            "Room", "Phones' contributions were not saved ({reason}); they will send them "
                    "again.").format(reason=message))
