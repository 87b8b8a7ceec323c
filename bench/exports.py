"""Export cost: a demo workshop with 500 actions exported as XLSX and CSV, against floors that
write the same cells with the same libraries and no care (no types, styles, safety or sorting).

Both floors run in this process right after ours, so they measure this machine now.
Budgets: XLSX within 2x a plain openpyxl write of the same cells; CSV within 4x a bare
csv.writer of the actions' stored fields (ours also sorts by deadline, names where each action
came from, computes overdue and neutralises formulas).
"""

from __future__ import annotations

import csv
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from openpyxl import Workbook

from facilitator.domain.snapshot import WorkshopSnapshot
from facilitator.exports.export import export
from facilitator.exports.tables import (
    actions_sheet,
    block_sheet,
    meetings_sheet,
    participant_sheet,
)
from facilitator.services.actions import add_action
from facilitator.services.demo import create_demo
from facilitator.services.snapshot import read_snapshot

ACTIONS = 500
RUNS = 7
CSV_REPEATS = 20
BUDGETS = {"xlsx": 2.0, "csv": 4.0}


def sheets_for_floor(snapshot: WorkshopSnapshot, today: date) -> list[tuple[str, list[list[str]]]]:
    """The workbook's cells as plain strings (header first): what the floors write."""
    found = [actions_sheet(snapshot, today), meetings_sheet(snapshot),
             participant_sheet(snapshot)]
    found += [s for s in (block_sheet(snapshot, b) for b in snapshot.template.blocks()) if s]
    return [(f"S{i}", [list(s.headers)] + [["" if v is None else str(v) for v in row]
                                           for row in s.rows])
            for i, s in enumerate(found)]


def repeat(call: Callable[[], object], times: int = CSV_REPEATS) -> None:
    """A CSV takes milliseconds: time a batch, so that timer noise does not decide the ratio."""
    for _ in range(times):
        call()


def best_pair(ours: Callable[[], object], floor: Callable[[], object]) -> tuple[float, float]:
    """Best of RUNS for each, run alternately so that a busy moment hits both alike."""
    times: tuple[list[float], list[float]] = ([], [])
    for _ in range(RUNS):
        for call, bucket in ((ours, times[0]), (floor, times[1])):
            start = time.perf_counter()
            call()
            bucket.append(time.perf_counter() - start)
    return min(times[0]), min(times[1])


def main() -> None:
    folder = Path(tempfile.mkdtemp())
    with create_demo(folder / "d.workshop") as ws:
        block = "propose"
        for n in range(ACTIONS):
            add_action(ws, block, f"Action {n}: do the thing ñ", owner=f"Owner {n % 7}",
                       deadline=f"2026-{n % 12 + 1:02d}-{n % 28 + 1:02d}",
                       category="Do it now!" if n % 2 else "Do it next",
                       notes="=SUM(A1)" if n % 50 == 0 else "")
        snap = read_snapshot(ws)
    today = date(2026, 6, 1)
    raw = sheets_for_floor(snap, today)

    def plain_xlsx() -> None:
        book = Workbook()
        for index, (title, rows) in enumerate(raw):
            sheet = book.active if index == 0 else book.create_sheet()
            assert sheet is not None
            sheet.title = title
            for row in rows:
                sheet.append(row)
        book.save(folder / "floor.xlsx")

    def plain_csv() -> None:  # the same actions' fields, as they are, in stored order
        with open(folder / "floor.csv", "w", encoding="utf-8-sig", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow(raw[0][1][0])
            writer.writerows([a.text, a.owner, a.deadline, a.status, "", a.category, a.notes,
                              a.created, a.source, a.block_id, str(a.history)]
                             for a in snap.actions)

    figures = {
        "xlsx": best_pair(lambda: export(snap, "xlsx", folder / "o.xlsx", today=today),
                          plain_xlsx),
        "csv": best_pair(lambda: repeat(lambda: export(snap, "csv", folder / "o.csv",
                                                       today=today)),
                         lambda: repeat(plain_csv)),
    }
    cells = sum(len(rows) * (len(rows[0]) if rows else 0) for _, rows in raw)
    print(f"{ACTIONS} actions, {len(raw)} sheets, {cells} cells; best of {RUNS} runs")
    for name, (ours, floor) in figures.items():
        per = CSV_REPEATS if name == "csv" else 1
        print(f"{name}: ours {ours * 1000 / per:.1f} ms, floor {floor * 1000 / per:.1f} ms"
              " per export")
    for name, (ours, floor) in figures.items():
        ratio = ours / floor
        verdict = "ok" if ratio <= BUDGETS[name] else "over"
        print(f"bench: export_{name} ratio={ratio:.2f} budget={BUDGETS[name]} {verdict}")


if __name__ == "__main__":
    main()
