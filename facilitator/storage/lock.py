"""One writer per workshop file: an OS lock on a small companion file that says who holds it.

The lock is the OS lock (flock on POSIX, msvcrt.locking on Windows), held for the whole session
and dropped by the OS when the process dies. The companion file is removed on release, so a
process may lock a file that was just unlinked by the previous holder while a third made a new
one: after locking, we check that the name still points at the file we locked, else retry.
"""

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
    # Beside the file a symbolic link points at: opening through a link must meet the lock
    # of the file itself, or two windows would edit one file.
    path = Path(path).resolve()
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


def _still_named(handle: IO[str], path: Path) -> bool:
    """True if `path` is still the very file `handle` locked (not unlinked or replaced)."""
    if sys.platform == "win32":  # an open file cannot be unlinked there: no such race
        return True
    try:
        named = os.stat(path)
    except FileNotFoundError:
        return False
    mine = os.fstat(handle.fileno())
    return (named.st_dev, named.st_ino) == (mine.st_dev, mine.st_ino)


def is_held(path: Path) -> bool:
    """True while some process (this one included) holds `path` open for editing."""
    marker = lock_path(path)
    if not marker.exists():
        return False
    try:
        handle = marker.open("r", encoding="utf-8")
    except OSError:
        return True  # cannot look: assume it is held rather than write over it
    try:
        return not _try_lock(handle)  # a lock taken here goes when the handle closes
    finally:
        handle.close()


def _since(stamp: str) -> str:
    """The lock's start as en-US readers write it; stored as YYYY-MM-DD HH:MM."""
    from facilitator.domain.invitation import friendly_moment  # only when someone holds it

    try:
        return friendly_moment(datetime.strptime(stamp, "%Y-%m-%d %H:%M"))
    except ValueError:
        return stamp


def describe_holder(path: Path) -> str:
    try:
        info = json.loads(lock_path(path).read_text(encoding="utf-8"))
        return f"{info['user']} on {info['host']} (process {info['pid']}, since " \
            f"{_since(str(info['since']))})"
    except (OSError, ValueError, KeyError):
        return "another Facilitator window"


class FileLock:
    """Held while a workshop is open for writing; released on close or when the process dies."""

    def __init__(self, path: Path) -> None:
        self.path = lock_path(path)
        self._handle: IO[str] | None = None
        for _attempt in range(50):
            try:
                handle = self.path.open("a+", encoding="utf-8")
            except OSError as exc:
                raise Unwritable(f"{path}: the folder is not writable ({exc.strerror}); "
                                 "copy the workshop somewhere you can write, or open it "
                                 "read-only") from None
            if not _try_lock(handle):
                handle.close()
                raise InUse(f"{path}: is already open for editing by {describe_holder(path)}; "
                            "close it there first, or open it read-only")
            if _still_named(handle, self.path):
                break
            handle.close()  # we won a lock on a file its holder had just removed: try again
        else:
            raise InUse(f"{path}: is being opened and closed by another program; try again")
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
            if sys.platform != "win32":  # unlink while still locked: see _still_named
                self.path.unlink(missing_ok=True)
        except OSError:
            pass  # a lock file left behind is harmless: the OS lock is what counts
        finally:
            self._handle.close()  # closing drops the OS lock
            self._handle = None
