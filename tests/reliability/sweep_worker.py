"""Run `facilitator check` and the window's opening reads on many files in one process.

Reads one file path per line on stdin; prints one JSON line per file on stdout. The parent
(tests/reliability/sweep.py) watches the time of each file and kills this process if one hangs.
Qt is not imported: the window's open goes through the same services (open_workshop, then the
run state and the snapshot of every worksheet), which is where damaged content must be refused.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import sys
import time
from pathlib import Path


def _check(path: Path) -> dict[str, object]:
    from facilitator.cli import main

    out, err = io.StringIO(), io.StringIO()
    began = time.perf_counter()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(["check", str(path)])
    return {"check_rc": code, "check_out": out.getvalue(), "check_err": err.getvalue(),
            "check_s": time.perf_counter() - began}


def _open(path: Path) -> dict[str, object]:
    from facilitator.services.errors import ServiceError
    from facilitator.services.run_state import read_run_state
    from facilitator.services.snapshot import read_snapshot
    from facilitator.services.workshop import open_workshop
    from facilitator.storage.errors import WorkshopFileError

    began = time.perf_counter()
    try:
        with open_workshop(path) as ws:  # for editing, as the window opens it
            read_run_state(ws)
            read_snapshot(ws)
        result = "ok"
    except (WorkshopFileError, ServiceError) as exc:
        result = "refused: " + str(exc)
    except Exception as exc:  # what the sweep is looking for
        result = f"crash: {type(exc).__name__}: {str(exc)[:200]}"
    return {"open": result, "open_s": time.perf_counter() - began}


def _sha(path: Path) -> str:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return ""


def main() -> None:
    for line in sys.stdin:
        path = Path(line.strip())
        record: dict[str, object] = {"file": str(path)}
        record.update(_check(path))
        record["sha_after_check"] = _sha(path)
        record.update(_open(path))
        record["sha_after_open"] = _sha(path)
        sys.stdout.write(json.dumps(record) + "\n")
        sys.stdout.flush()


if __name__ == "__main__":
    main()
