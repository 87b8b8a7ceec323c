"""Hidden temporary files that an interrupted `new`, `load`, "Save as", export or backup leaves
behind (a kill or a power cut skips the clean-up): removed at the next such operation in that
folder, once they are too old to belong to one still running (another window's backup)."""

from __future__ import annotations

import re
import time
from pathlib import Path

# The temporary names storage.database, storage.copies and exports.atomic use, with SQLite's
# journal beside.
_TEMP = re.compile(r"^\.(.+)\.[0-9a-f]{8}\.(creating|copying|part)(-journal)?$")
# Old enough that no live operation still writes it: creating a file takes well under a second,
# and SQLite touches the file on every page it writes.
STALE_AFTER_S = 120.0


def remove_stale_temps(folder: Path, *, now: float | None = None) -> list[Path]:
    """Delete our stale temporary files in `folder`; returns what was removed."""
    now = time.time() if now is None else now
    removed: list[Path] = []
    try:
        entries = list(Path(folder).iterdir())
    except OSError:
        return removed
    for path in entries:
        if not _TEMP.match(path.name):
            continue
        try:
            if not path.is_file() or now - path.stat().st_mtime < STALE_AFTER_S:
                continue
            path.unlink()
        except OSError:
            continue  # not ours to fight over: someone else's permissions or a race
        removed.append(path)
    return removed
