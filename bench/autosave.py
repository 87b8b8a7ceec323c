"""Autosave cost: 300 single-cell edits through the services vs 300 bare sqlite3 commits.

Both write to a file in the same folder with the same pragmas (rollback journal,
synchronous=FULL), in the same run, so the floor is this machine's durable commit right now.
Budget: our p95 within 3x the bare commit's p95.
"""

from __future__ import annotations

import os
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from facilitator.services import tables
from facilitator.services.templates import find_template
from facilitator.services.workshop import create_workshop

EDITS = 300
BUDGET = 3.0


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def bare_commits(folder: Path) -> list[float]:
    connection = sqlite3.connect(folder / "bare.db", isolation_level=None)
    for pragma in ("PRAGMA journal_mode=DELETE", "PRAGMA synchronous=FULL",
                   "PRAGMA foreign_keys=ON"):
        connection.execute(pragma)
    connection.execute("CREATE TABLE cell (id INTEGER PRIMARY KEY, row TEXT, col TEXT, v TEXT,"
                       " UNIQUE(row, col))")
    times = []
    for n in range(EDITS):
        start = time.perf_counter()
        connection.execute("BEGIN IMMEDIATE")
        connection.execute("INSERT INTO cell (row, col, v) VALUES (?, 'now', ?) "
                           "ON CONFLICT(row, col) DO UPDATE SET v = excluded.v",
                           (("a", "b", "c")[n % 3], f"edit {n}"))
        connection.execute("COMMIT")
        times.append(time.perf_counter() - start)
    connection.close()
    return times


def service_edits(folder: Path) -> list[float]:
    ws = create_workshop(folder / "bench.workshop", find_template("attract-retain"))
    keys = ("organization", "leaders", "job")
    times = []
    try:
        for n in range(EDITS):
            start = time.perf_counter()
            tables.set_cell(ws, "aspirations", keys[n % 3], "now", f"edit {n}")
            times.append(time.perf_counter() - start)
    finally:
        ws.close()
    return times


def main() -> int:
    base = os.environ.get("BENCH_DIR")  # e.g. a USB stick or network drive to measure there
    with tempfile.TemporaryDirectory(dir=base) as tmp:
        folder = Path(tmp)
        warm = folder / "warm-up"  # imports, page cache
        warm.mkdir()
        service_edits(warm)
        bare = bare_commits(folder)
        ours = service_edits_in(folder)
    bare_p50, bare_p95 = percentile(bare, 0.5) * 1e3, percentile(bare, 0.95) * 1e3
    our_p50, our_p95 = percentile(ours, 0.5) * 1e3, percentile(ours, 0.95) * 1e3
    ratio = our_p95 / bare_p95
    print(f"{EDITS} edits, folder on {base or tempfile.gettempdir()}")
    print(f"bare sqlite3 commit : p50 {bare_p50:7.3f} ms   p95 {bare_p95:7.3f} ms")
    print(f"services.set_cell   : p50 {our_p50:7.3f} ms   p95 {our_p95:7.3f} ms"
          f"   (mean {statistics.fmean(ours) * 1e3:.3f} ms)")
    print(f"bench: autosave-p95 ratio={ratio:.2f} budget={BUDGET:g} "
          f"{'ok' if ratio <= BUDGET else 'over'}")
    return 0


def service_edits_in(folder: Path) -> list[float]:
    target = folder / "measured"
    target.mkdir()
    return service_edits(target)


if __name__ == "__main__":
    raise SystemExit(main())
