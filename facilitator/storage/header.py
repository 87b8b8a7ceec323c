"""Identify a workshop file from its first 100 bytes, without opening (or touching) it in SQLite."""

from __future__ import annotations

import struct
from dataclasses import dataclass
from pathlib import Path

from facilitator.storage.errors import Damaged, NotAWorkshop, NotFound
from facilitator.storage.schema import APPLICATION_ID

SQLITE_MAGIC = b"SQLite format 3\x00"


@dataclass(frozen=True)
class Header:
    application_id: int
    user_version: int


def read_header(path: Path) -> Header:
    if not path.exists():
        raise NotFound(f"{path}: no such file")
    if path.is_dir():
        raise NotAWorkshop(f"{path}: is a folder, not a workshop file")
    if not path.is_file():  # a FIFO or a device would block the read below, or never end
        raise NotAWorkshop(f"{path}: is not a regular file, not a workshop file")
    try:
        with path.open("rb") as handle:
            head = handle.read(100)
    except PermissionError:
        raise NotFound(f"{path}: you do not have permission to read this file") from None
    if len(head) == 0:
        raise NotAWorkshop(f"{path}: is empty, not a workshop file")
    if not head.startswith(SQLITE_MAGIC):
        raise NotAWorkshop(f"{path}: is not a Facilitator workshop file")
    if len(head) < 100:
        raise Damaged(f"{path}: the workshop file is damaged (it is cut short)")
    if head[18] == 2 or head[19] == 2:
        # Switched to WAL by another program: opening it would create -wal/-shm files beside
        # it (unsafe on USB sticks and network drives), and switching it back changes it.
        raise Damaged(f"{path}: was switched to WAL journal mode by another program; "
                      "Facilitator opens only files in its own journal mode")
    user_version, = struct.unpack(">I", head[60:64])
    application_id, = struct.unpack(">I", head[68:72])
    if application_id != APPLICATION_ID:
        raise NotAWorkshop(f"{path}: is a database, but not a Facilitator workshop file")
    return Header(application_id, user_version)
