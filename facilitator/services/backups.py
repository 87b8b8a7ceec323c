"""Rotating backups of each workshop, and restoring one.

Where: a per-user folder (no admin rights, never beside the workshop, which may sit on a USB
stick): `$XDG_DATA_HOME/facilitator/backups/` (default `~/.local/share/...`) on Linux,
`%APPDATA%\\Facilitator\\backups\\` on Windows, `~/Library/Application Support/Facilitator/
backups/` on macOS, or `$FACILITATOR_BACKUPS`. One subfolder per workshop,
`<name>-<hash of its full path>`, holds its last 10 backups (`YYYYMMDD-HHMMSS-ffffff.workshop`)
and the last 10 files a restore replaced (`before-restore-...workshop`).

When: when the app opens a workshop, then every 10 minutes while it is being edited (only if
something was saved since the last one). Each is made with SQLite's backup API in a background
thread and checked (integrity, references, and it opens as a workshop) before it counts. The
edit path never waits for a backup: the thread reads with its own connection, for milliseconds.
"""

from __future__ import annotations

import hashlib
import os
import re
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from facilitator.domain.invitation import friendly_moment
from facilitator.services.errors import ServiceError
from facilitator.services.litter import remove_stale_temps
from facilitator.storage.copies import change_counter, copy_verified, problem_with, replace_with
from facilitator.storage.errors import WorkshopFileError

if TYPE_CHECKING:
    from facilitator.services.workshop import Workshop

KEEP = 10
INTERVAL_S = 600.0
STAMP = "%Y%m%d-%H%M%S-%f"
_NAME = re.compile(r"^(before-restore-)?(\d{8}-\d{6}-\d{6})\.workshop$")


def backups_root() -> Path:
    override = os.environ.get("FACILITATOR_BACKUPS")
    if override:
        return Path(override)
    if sys.platform == "win32":
        base = Path(os.environ.get("APPDATA", Path.home() / "AppData" / "Roaming"))
        return base / "Facilitator" / "backups"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Application Support" / "Facilitator" / "backups"
    base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return base / "facilitator" / "backups"


def folder_for(workshop: Path) -> Path:
    """The backups folder of one workshop file (keyed by its full path: two files with the same
    name in different folders keep separate backups)."""
    full = Path(workshop).resolve()
    key = hashlib.sha256(str(full).encode("utf-8", "surrogatepass")).hexdigest()[:12]
    stem = re.sub(r"[^\w.-]+", "_", full.stem)[:60] or "workshop"
    return backups_root() / f"{stem}-{key}"


@dataclass(frozen=True)
class Backup:
    path: Path
    taken_at: datetime
    size: int
    replaced: bool = False  # a file that a restore replaced, rather than a timed backup

    @property
    def label(self) -> str:
        kind = "  (replaced by a restore)" if self.replaced else ""
        # en-US wording, as everywhere else the app shows a date and a time.
        return f"{friendly_moment(self.taken_at, seconds=True)}  {_size(self.size)}{kind}"


def _size(size: int) -> str:
    return f"{size / 1024:.0f} kB" if size < 1024 * 1024 else f"{size / 1024 / 1024:.1f} MB"


def list_backups(workshop: Path) -> list[Backup]:
    """The workshop's backups, newest first."""
    folder = folder_for(workshop)
    found = []
    for entry in folder.glob("*.workshop") if folder.is_dir() else ():
        match = _NAME.match(entry.name)
        if match is None or not entry.is_file():  # a folder or a pipe is no backup
            continue
        try:
            size = entry.stat().st_size
            taken_at = datetime.strptime(match.group(2), STAMP)
        except (OSError, ValueError):  # gone, or a stray name with no such date (month 13)
            continue
        found.append(Backup(entry, taken_at, size, bool(match.group(1))))
    return sorted(found, key=lambda b: b.taken_at, reverse=True)


def _prune(workshop: Path) -> None:
    for replaced in (False, True):
        for old in [b for b in list_backups(workshop) if b.replaced == replaced][KEEP:]:
            old.path.unlink(missing_ok=True)


def _made_folder(workshop: Path) -> Path:
    """The workshop's backups folder, made if missing; one line if it cannot be."""
    folder = folder_for(workshop)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ServiceError(f"{folder}: cannot make the backups folder "
                           f"({exc.strerror or exc})") from None
    return folder


def back_up(workshop: Path) -> Backup:
    """Make one verified backup of the workshop file now; keeps the last 10."""
    workshop = Path(workshop)
    folder = _made_folder(workshop)
    remove_stale_temps(folder)
    target = folder / f"{datetime.now().strftime(STAMP)}.workshop"
    copy_verified(workshop, target)
    _check_opens(target)
    _prune(workshop)
    return Backup(target, datetime.strptime(target.stem, STAMP), target.stat().st_size)


def _check_opens(copy: Path) -> None:
    """The copy must open as a workshop in this app (its template snapshot included)."""
    from facilitator.services.workshop import open_workshop

    try:
        open_workshop(copy, readonly=True).close()
    except (WorkshopFileError, ServiceError) as exc:
        copy.unlink(missing_ok=True)
        raise ServiceError(f"the backup of {copy.parent.name} did not open: {exc}") from None


def _refuse_unopenable(backup: Path) -> None:
    """A file chosen to restore from must open in this app, with every check of an open (a
    trigger, an unknown index or unreadable data pass SQLite's own checks): restoring it would
    put a file the app refuses in place of one it opens. The chosen file is left as it is."""
    from facilitator.services.workshop import open_workshop
    from facilitator.storage.errors import ReadOnly

    try:
        open_workshop(backup, readonly=True).close()
    except ReadOnly:
        pass  # made by an older version: opening the restored file upgrades it
    except (WorkshopFileError, ServiceError) as exc:
        raise ServiceError(f"cannot restore from this backup: {exc}") from None


def find_backup(workshop: Path, choice: str) -> Path:
    """A backup named on the command line: its number in `restore --list` (1 = newest), or
    a path to a backup file."""
    if choice.isascii() and choice.isdigit():  # not '²' or '٣': digits int() may refuse
        backups = list_backups(workshop)
        if not 1 <= int(choice) <= len(backups):
            raise ServiceError(f"{workshop}: there is no backup number {choice}; "
                               "see `facilitator restore FILE --list`")
        return backups[int(choice) - 1].path
    path = Path(choice)
    if not path.is_file():
        raise ServiceError(f"{choice}: no such backup")
    return path


def restore(workshop: Path, backup: Path) -> Path:
    """Replace the workshop file with `backup`. Refused while the file is open for editing
    anywhere; the file it replaces is kept first (returned: a `before-restore-` backup)."""
    workshop, backup = Path(workshop), Path(backup)
    try:
        itself = workshop.exists() and os.path.samefile(workshop, backup)
    except OSError:
        itself = False
    if itself:
        raise ServiceError(f"{backup}: is the workshop itself; choose a backup "
                           "(see `facilitator restore FILE --list`)")
    folder = _made_folder(workshop)
    _refuse_unopenable(backup)
    keep_as = folder / f"before-restore-{datetime.now().strftime(STAMP)}.workshop"
    replace_with(workshop, backup, keep_as)
    _prune(workshop)
    return keep_as


def keeper_for(ws: Workshop) -> BackupKeeper | None:
    """The open workshop's keeper (made on first use); None for a read-only workshop."""
    if ws.readonly:
        return None
    if ws.backups is None:
        ws.backups = BackupKeeper(ws.path)
    return ws.backups  # type: ignore[no-any-return]


def backup_problem(path: Path) -> str:
    return problem_with(Path(path))


class BackupKeeper:
    """Backups of one open workshop, off the edit path: `start()` runs one in a background
    thread; `due()` says whether the 10 minutes have passed and something was saved since."""

    def __init__(self, workshop: Path, *, clock: Callable[[], float] = time.monotonic) -> None:
        self.workshop = Path(workshop)
        self.clock = clock
        self.last: Backup | None = None
        self.error = ""
        self._last_at: float | None = None
        self._last_counter: int | None = None
        self._thread: threading.Thread | None = None

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def due(self) -> bool:
        if self.running:
            return False
        if self._last_at is None:
            return True  # none yet this session: the one "at open"
        return (self.clock() - self._last_at >= INTERVAL_S
                and change_counter(self.workshop) != self._last_counter)

    def start(self) -> bool:
        """Begin a backup in the background unless one is running; True if one began."""
        if self.running:
            return False
        self._last_at = self.clock()
        self._last_counter = change_counter(self.workshop)
        self._thread = threading.Thread(target=self._run, name="facilitator-backup",
                                        daemon=True)
        self._thread.start()
        return True

    def _run(self) -> None:
        try:
            self.last = back_up(self.workshop)
            self.error = ""
        except (ServiceError, WorkshopFileError, OSError) as exc:
            self.error = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        except Exception as exc:  # a bug must still reach the window as "Backup not made"
            self.error = f"{type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''}"

    def wait(self, timeout: float = 10.0) -> None:
        if self._thread is not None:
            self._thread.join(timeout)
