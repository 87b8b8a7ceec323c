"""One writer per workshop file: an OS lock on a small companion file that says who holds it."""

from __future__ import annotations

import getpass
import json
import os
import socket
import sys
from datetime import datetime
from pathlib import Path
from typing import IO

from facilitator.storage.errors import InUse, Unwritable


def lock_path(path: Path) -> Path:
    return path.with_name(f".~lock.{path.name}#")


def _try_lock(handle: IO[str]) -> bool:
    if sys.platform == "win32":
        import msvcrt

        try:
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


def describe_holder(path: Path) -> str:
    try:
        info = json.loads(lock_path(path).read_text(encoding="utf-8"))
        return f"{info['user']} on {info['host']} (process {info['pid']}, since {info['since']})"
    except (OSError, ValueError, KeyError):
        return "another Facilitator window"


class FileLock:
    """Held while a workshop is open for writing; released on close or when the process dies."""

    def __init__(self, path: Path) -> None:
        self.path = lock_path(path)
        self._handle: IO[str] | None = None
        try:
            handle = self.path.open("a+", encoding="utf-8")
        except OSError as exc:
            raise Unwritable(f"{path}: the folder is not writable ({exc.strerror}); "
                             "copy the workshop somewhere you can write, or open it read-only") \
                from None
        if not _try_lock(handle):
            handle.close()
            raise InUse(f"{path}: is already open for editing by {describe_holder(path)}; "
                        "close it there first, or open it read-only")
        handle.seek(0)
        handle.truncate()
        handle.write(json.dumps({"pid": os.getpid(), "host": socket.gethostname(),
                                 "user": getpass.getuser(),
                                 "since": datetime.now().strftime("%Y-%m-%d %H:%M")}))
        handle.flush()
        self._handle = handle

    def release(self) -> None:
        if self._handle is None:
            return
        try:
            self.path.unlink(missing_ok=True)
        finally:
            self._handle.close()  # closing drops the OS lock
            self._handle = None
