"""Write an output file whole or not at all: a full disk or a crash mid-write leaves the old
file (or nothing), never a truncated export that looks finished."""

from __future__ import annotations

import os
import secrets
from collections.abc import Callable
from pathlib import Path


def write_atomically(path: Path, write: Callable[[Path], None]) -> None:
    """Call `write(temp)` for a temporary file beside `path`, flush it to disk, then move it
    into place in one step. The temporary file is removed if anything fails."""
    path = Path(path)
    temp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.part")
    # Created like any new file (the umask applies), not 0600 as mkstemp would make it.
    os.close(os.open(temp, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o666))
    try:
        write(temp)
        with temp.open("rb+") as out:
            os.fsync(out.fileno())
        os.replace(temp, path)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise


def write_bytes_atomically(path: Path, data: bytes) -> None:
    write_atomically(path, lambda temp: temp.write_bytes(data))
