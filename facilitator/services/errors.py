"""Errors a service raises for a user's request that cannot be done; messages are user-facing."""

from __future__ import annotations

import errno


class ServiceError(Exception):
    pass


class NotFoundError(ServiceError):
    pass


class ReadOnlyWorkshop(ServiceError):
    """An edit to a workshop opened read-only (e.g. while someone else has it open)."""


class NotSaved(ServiceError):
    """An edit the file did not take (full disk, read-only medium, a drive pulled out): nothing of
    it was written, and the same call may succeed later. The message is one line for the room's
    facilitator: never SQL, never the value."""


class Unreadable(ServiceError):
    """The workshop file could not be read just now (a drive pulled out, an I/O error)."""


DISK_FULL = "Not saved: the disk is full. Free some space, then try again."
READ_ONLY = ("Not saved: the workshop file cannot be written (read-only). "
             "Use File > Save as… to keep a copy elsewhere.")
IO_ERROR = ("Not saved: the disk could not be written (was it removed?). "
            "Check it, then try again.")
BUSY = "Not saved: another program is using the workshop file. Close it, then try again."
DAMAGED = ("Not saved: the workshop file is damaged. "
           "Use File > Restore from a backup… to go back to a good copy.")
_REASON_MAX = 80

# SQLite's error names (sqlite3.Error.sqlite_errorname) and message texts, then OS errno codes.
_BY_NAME = (("SQLITE_FULL", DISK_FULL), ("SQLITE_READONLY", READ_ONLY), ("SQLITE_IOERR", IO_ERROR),
            ("SQLITE_BUSY", BUSY), ("SQLITE_LOCKED", BUSY), ("SQLITE_PERM", READ_ONLY),
            ("SQLITE_CANTOPEN", IO_ERROR), ("SQLITE_CORRUPT", DAMAGED), ("SQLITE_NOTADB", DAMAGED))
_BY_TEXT = (("disk is full", DISK_FULL), ("readonly database", READ_ONLY),
            ("disk i/o error", IO_ERROR), ("database is locked", BUSY),
            ("unable to open database", IO_ERROR))
_BY_ERRNO = {errno.ENOSPC: DISK_FULL, errno.EDQUOT: DISK_FULL, errno.EROFS: READ_ONLY,
             errno.EACCES: READ_ONLY, errno.EPERM: READ_ONLY, errno.EIO: IO_ERROR,
             errno.ENODEV: IO_ERROR, errno.ENXIO: IO_ERROR}


def _driver_error(exc: BaseException) -> BaseException:
    """The database driver's own exception under SQLAlchemy's wrapper (whose text holds the
    statement and its parameters: a 400 kB cell must never reach a message)."""
    inner = getattr(exc, "orig", None)
    return inner if isinstance(inner, BaseException) else exc


def save_failure_message(exc: BaseException) -> str:
    """One line saying why a write did not reach the file, and what to do."""
    inner = _driver_error(exc)
    name = str(getattr(inner, "sqlite_errorname", "") or "")
    for prefix, message in _BY_NAME:
        if name.startswith(prefix):
            return message
    if isinstance(inner, OSError) and inner.errno in _BY_ERRNO:
        return _BY_ERRNO[inner.errno]
    text = str(inner).splitlines()[0] if str(inner).strip() else type(inner).__name__
    for part, message in _BY_TEXT:
        if part in text.lower():
            return message
    if inner is exc and not isinstance(exc, OSError):  # not a driver's error: keep no details
        text = type(exc).__name__
    elif isinstance(inner, OSError):
        text = inner.strerror or type(inner).__name__
    if len(text) > _REASON_MAX:
        text = text[:_REASON_MAX - 1] + "…"
    return f"Not saved: the workshop file could not be written ({text}). Try again."


def read_failure_message(exc: BaseException) -> str:
    del exc  # whatever the driver said, the reader can only check the drive
    return "Could not read the workshop file: check that its disk is still there, then try again."
