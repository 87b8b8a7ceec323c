"""An open room in the window: the aiohttp server on its own asyncio loop, in a thread of its own.

Opening waits (a second at most) until the socket listens or the address is refused; closing
answers every request still waiting for the main thread, stops the server (every phone's
connection ends, the port refuses) and joins the thread. Nothing here touches the workshop: the
QtWriter hands that to the main thread.
"""

from __future__ import annotations

import asyncio
import contextlib
import threading
from concurrent.futures import TimeoutError as FutureTimeout

from PySide6.QtGui import QUndoStack

from facilitator.room.session import Activities, Room
from facilitator.services.workshop import Workshop
from facilitator.ui.kit.hub import ChangeHub
from facilitator.ui.room.qt_writer import QtWriter

START_S = 10.0    # binding a socket takes milliseconds; this only bounds a broken system
STOP_S = 5.0


class RoomError(Exception):
    """The room could not open: a one-line reason for the facilitator."""


class RunningRoom:
    def __init__(self, ws: Workshop, hub: ChangeHub, stack: QUndoStack,
                 activities: Activities, host: str, port: int = 0) -> None:
        from facilitator.room.server import check_host

        try:
            self.host = check_host(host)
        except ValueError as exc:
            raise RoomError(str(exc)) from None
        self.room = Room(ws, activities)
        self.writer = QtWriter(self.room, hub, stack)
        self.hub = hub
        self.loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._run, name="room-server", daemon=True)
        self._thread.start()
        from facilitator.room.server import serve

        started = asyncio.run_coroutine_threadsafe(
            serve(self.room, self.host, port, self.writer), self.loop)
        try:
            self.serving = started.result(START_S)
        except OSError as exc:
            self._stop_loop()
            raise RoomError(f"cannot listen on {self.host}:{port or 'a free port'} "
                            f"({exc.strerror or exc})") from None
        except (FutureTimeout, RuntimeError) as exc:
            self._stop_loop()
            raise RoomError(f"the room did not start ({exc or 'timed out'})") from None
        hub.changed.connect(self._laptop_changed)   # the laptop's edits reach the phones

    @property
    def address(self) -> str:
        return self.serving.address

    @property
    def port(self) -> int:
        return self.serving.port

    def _run(self) -> None:
        asyncio.set_event_loop(self.loop)
        self.loop.run_forever()

    def _laptop_changed(self, _changed: object) -> None:
        self.room.changed_elsewhere()

    def close(self) -> None:
        """Ends every phone's connection; returns once the port refuses."""
        if not self._thread.is_alive():
            return
        with contextlib.suppress(RuntimeError, TypeError):
            self.hub.changed.disconnect(self._laptop_changed)
        self.writer.shut()
        stopping = asyncio.run_coroutine_threadsafe(self.serving.close(), self.loop)
        # On a timeout the loop stops below all the same, and the socket closes with it.
        with contextlib.suppress(FutureTimeout, RuntimeError, OSError):
            stopping.result(STOP_S)
        self._stop_loop()

    def _stop_loop(self) -> None:
        self.loop.call_soon_threadsafe(self.loop.stop)
        self._thread.join(STOP_S)
        if not self._thread.is_alive():
            self.loop.close()
