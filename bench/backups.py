"""Backups stay off the edit path: 300 single-cell edits while verified backups run back to
back in the background thread (far more often than the app's one per 10 minutes), against the
same 300 edits with no backup running, same folder, same run.

    .venv/bin/python bench/backups.py

Also prints how long one verified backup takes (copy, fsync, integrity and foreign-key checks,
opening it as a workshop). Budget: edit p95 with backups running within 2x the p95 without.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from facilitator.services import backups, tables
from facilitator.services.templates import find_template
from facilitator.services.workshop import Workshop, create_workshop

EDITS = 300
BUDGET = 2.0


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def edits(ws: Workshop, keeper: backups.BackupKeeper | None) -> tuple[list[float], int]:
    keys = ("organization", "leaders", "job")
    times, made = [], 0
    for n in range(EDITS):
        if keeper is not None and not keeper.running:
            keeper.start()
            made += 1
        start = time.perf_counter()
        tables.set_cell(ws, "aspirations", keys[n % 3], "now", f"edit {n}")
        times.append(time.perf_counter() - start)
    if keeper is not None:
        keeper.wait()
    return times, made


def main() -> int:
    base = os.environ.get("BENCH_DIR")
    with tempfile.TemporaryDirectory(dir=base) as tmp:
        os.environ["FACILITATOR_BACKUPS"] = str(Path(tmp) / "backups")
        ws = create_workshop(Path(tmp) / "bench.workshop", find_template("attract-retain"))
        try:
            edits(ws, None)  # warm-up: imports, page cache
            start = time.perf_counter()
            backups.back_up(ws.path)
            one_backup = time.perf_counter() - start
            floor, _ = edits(ws, None)
            ours, made = edits(ws, backups.BackupKeeper(ws.path))
        finally:
            ws.close()
    floor_p95, our_p95 = percentile(floor, 0.95) * 1e3, percentile(ours, 0.95) * 1e3
    ratio = our_p95 / floor_p95
    print(f"one verified backup : {one_backup * 1e3:7.1f} ms")
    print(f"edits, no backup    : p50 {percentile(floor, 0.5) * 1e3:7.3f} ms   "
          f"p95 {floor_p95:7.3f} ms")
    print(f"edits, {made:3d} backups : p50 {percentile(ours, 0.5) * 1e3:7.3f} ms   "
          f"p95 {our_p95:7.3f} ms")
    print(f"bench: backups-edit-p95 ratio={ratio:.2f} budget={BUDGET:g} "
          f"{'ok' if ratio <= BUDGET else 'over'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
