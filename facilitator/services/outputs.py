"""Where an export, a calendar invite, a handout or a "Save as" may write: never over the
workshop being read, a workshop another window or process has open, or (for anything but a
workshop copy) any workshop file at all. One line says why not."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from facilitator.services.errors import ServiceError
from facilitator.storage.schema import APPLICATION_ID

_SQLITE_MAGIC = b"SQLite format 3\x00"


class OutputRefused(ServiceError):
    """The chosen output path would destroy a workshop (or cannot be a plain file)."""


def is_workshop_file(path: Path) -> bool:
    """True for a file that starts like a workshop file (SQLite, our application id)."""
    try:
        with Path(path).open("rb") as handle:
            head = handle.read(100)
    except OSError:
        return False
    return (head.startswith(_SQLITE_MAGIC) and len(head) >= 72
            and int.from_bytes(head[68:72], "big") == APPLICATION_ID)


def open_elsewhere(path: Path) -> bool:
    """True while some process (this one included) holds `path` open for editing.

    The one place that asks the storage layer's lock; keep it that way, so a change of lock
    changes only this function.
    """
    from facilitator.storage.lock import is_held

    return is_held(path)


def _same_file(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return Path(a).resolve() == Path(b).resolve()


def refuse_unsafe_output(target: Path, source: Path | None = None, *,
                         workshop_copy: bool = False) -> None:
    """Raise OutputRefused when writing `target` could destroy a workshop.

    `source` is the workshop being read. With `workshop_copy` ("Save as"), an existing workshop
    that nobody has open may be replaced (the save dialog asked first); otherwise no existing
    workshop file may be written over.
    """
    target = Path(target)
    if source is not None and (_same_file(target, source)
                               or target.resolve() == Path(source).resolve()):
        raise OutputRefused(f"{target}: is the workshop itself; choose another file name")
    try:
        mode = target.stat().st_mode
    except OSError:
        return  # nothing there to destroy; the writer reports why it cannot write, if so
    if stat.S_ISDIR(mode):
        raise OutputRefused(f"{target}: is a folder; give a file name")
    if not stat.S_ISREG(mode):
        raise OutputRefused(f"{target}: is not a regular file; choose another file name")
    if open_elsewhere(target):
        raise OutputRefused(f"{target}: is a workshop open in Facilitator; choose another "
                            "file name")
    if not workshop_copy and is_workshop_file(target):
        raise OutputRefused(f"{target}: is a workshop file; choose another file name")


def refuse_unsafe_folder_outputs(folder: Path, names: list[str],
                                 source: Path | None = None) -> None:
    """The same guard for every file a command would write into `folder`."""
    for name in names:
        refuse_unsafe_output(Path(folder) / name, source)
