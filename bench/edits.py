"""Cell edits through the table model, and opening a 500-row worksheet, against floors.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python bench/edits.py

1. 300 cell edits the way a keystroke commits them (TableModel.setData -> undo command ->
   services.tables.set_cells -> durable commit -> hub -> model re-read), against 300 bare sqlite3
   commits with the same pragmas (journal_mode=DELETE, synchronous=FULL) in the same folder.
   Budget: our p95 within 3x the bare p95.
2. Build and show a table worksheet with 500 rows, against a bare QTableView over a 500-row
   QStandardItemModel. Budget: under 200 ms (printed as a multiple of the floor too).
"""

from __future__ import annotations

import os
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel, QUndoStack
from PySide6.QtWidgets import QApplication, QTableView

from facilitator.domain.template_yaml import load_template_text
from facilitator.services.table_edits import NewRow, apply_range
from facilitator.services.workshop import NewParticipant, create_workshop
from facilitator.ui.kit.hub import ChangeHub
from facilitator.ui.worksheets.kit.context import BlockContext
from facilitator.ui.worksheets.registry import create_block_widget

EDITS = 300
ROWS = 500
EDIT_BUDGET = 3.0
OPEN_BUDGET_MS = 200.0

TEMPLATE = """\
format: 1
id: bench
title: Bench
source: bench/edits.py
invitation: {subject: s, body: b}
agenda:
  - title: Plan
    minutes: 10
    blocks:
      - id: plan
        kind: table
        title: Project plan
        open_rows: true
        columns:
          - {id: step, label: Step}
          - {id: detail, label: Detail, type: longtext}
          - {id: hours, label: Hours, type: number}
          - {id: done, label: Done, type: checkbox}
"""


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


class BareSqlite:
    """The floor: one durable sqlite3 commit of one cell, with the app's pragmas."""

    def __init__(self, folder: Path) -> None:
        self.connection = sqlite3.connect(folder / "bare.sqlite", isolation_level=None)
        self.connection.execute("PRAGMA journal_mode=DELETE")
        self.connection.execute("PRAGMA synchronous=FULL")
        self.connection.execute("CREATE TABLE cell (row INTEGER, col TEXT, value TEXT, "
                                "UNIQUE(row, col))")

    def commit(self, n: int) -> float:
        start = time.perf_counter()
        self.connection.execute("BEGIN")
        self.connection.execute("INSERT OR REPLACE INTO cell VALUES (?, ?, ?)",
                                (n % 20, "now", f"value {n}"))
        self.connection.execute("COMMIT")
        return time.perf_counter() - start


def edits_against_floor(folder: Path) -> tuple[list[float], list[float]]:
    """Interleaved, so that both sides see the same disk (fsync times drift on shared disks)."""
    path = folder / "edits.workshop"
    template = load_template_text(TEMPLATE, "bench.yaml")
    ws = create_workshop(path, template, participants=[NewParticipant("Ana")])
    bare = BareSqlite(folder)
    try:
        apply_range(ws, "plan", [], add_rows=[NewRow(f"r{i}") for i in range(20)])
        ctx = BlockContext(ws, QUndoStack(), ChangeHub(), ws.meeting_id())
        widget = create_block_widget(ctx, template.block("plan"))
        widget.show()
        model = widget.model  # type: ignore[attr-defined]
        ours, floor = [], []
        for n in range(EDITS):
            floor.append(bare.commit(n))
            index = model.index(n % 20, n % 2)
            start = time.perf_counter()
            assert model.setData(index, f"value {n}", Qt.ItemDataRole.EditRole)
            ours.append(time.perf_counter() - start)
        assert ctx.undo.count() == EDITS
        ctx.undo.clear()  # drop the Python commands while Python is still running
        widget.close()
        widget.deleteLater()
        QApplication.processEvents()
        return ours, floor
    finally:
        bare.connection.close()
        ws.close()


def floor_open(texts: list[list[str]]) -> float:
    start = time.perf_counter()
    model = QStandardItemModel(len(texts), 4)
    for r, line in enumerate(texts):
        for c, text in enumerate(line):
            model.setItem(r, c, QStandardItem(text))
    view = QTableView()
    view.setWordWrap(True)
    view.setModel(model)
    view.resize(1200, 800)
    view.show()
    QApplication.processEvents()
    elapsed = time.perf_counter() - start
    view.close()
    return elapsed


def worksheet_open(folder: Path, texts: list[list[str]]) -> float:
    path = folder / "open.workshop"
    template = load_template_text(TEMPLATE, "bench.yaml")
    ws = create_workshop(path, template, participants=[NewParticipant("Ana")])
    try:
        apply_range(ws, "plan", [], add_rows=[
            NewRow(f"r{i}", {"step": t[0], "detail": t[1], "hours": float(i), "done": i % 2 == 0})
            for i, t in enumerate(texts)])
        ctx = BlockContext(ws, QUndoStack(), ChangeHub(), ws.meeting_id())
        start = time.perf_counter()
        widget = create_block_widget(ctx, template.block("plan"))
        widget.resize(1200, 800)
        widget.show()
        QApplication.processEvents()
        elapsed = time.perf_counter() - start
        assert widget.model.rowCount() == ROWS  # type: ignore[attr-defined]
        widget.close()
        widget.deleteLater()
        QApplication.processEvents()
        return elapsed
    finally:
        ws.close()


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    assert app is not None
    with tempfile.TemporaryDirectory(prefix="facilitator-bench-") as tmp:
        folder = Path(tmp)
        ours, bare = edits_against_floor(folder)
        texts = [[f"Step {i}", f"Details of step {i}, long enough to wrap " * 2, str(i), ""]
                 for i in range(ROWS)]
        floor_open(texts)  # warm up fonts and styles once, for both sides
        floors = [floor_open(texts) for _ in range(3)]
        opens = []
        for attempt in range(3):
            (folder / f"open{attempt}").mkdir()
            opens.append(worksheet_open(folder / f"open{attempt}", texts))
    ms = 1000.0
    b50, b95 = percentile(bare, 50) * ms, percentile(bare, 95) * ms
    o50, o95 = percentile(ours, 50) * ms, percentile(ours, 95) * ms
    print(f"bare sqlite3 commit  (n={EDITS}): p50 {b50:7.2f} ms  p95 {b95:7.2f} ms")
    print(f"table model setData  (n={EDITS}): p50 {o50:7.2f} ms  p95 {o95:7.2f} ms  "
          f"(mean {statistics.mean(ours) * ms:.2f} ms)")
    ratio = o95 / b95
    print(f"bench: edits-p95 ratio={ratio:.2f} budget={EDIT_BUDGET:g} "
          f"{'ok' if ratio <= EDIT_BUDGET else 'over'}")
    floor_ms, open_ms = min(floors) * ms, min(opens) * ms
    print(f"open {ROWS}-row worksheet: {open_ms:.1f} ms (budget {OPEN_BUDGET_MS:.0f} ms); "
          f"floor (bare QTableView over QStandardItemModel): {floor_ms:.1f} ms")
    open_ratio = open_ms / floor_ms
    budget = OPEN_BUDGET_MS / floor_ms
    print(f"bench: table-open-500 ratio={open_ratio:.2f} budget={budget:.2f} "
          f"{'ok' if open_ms <= OPEN_BUDGET_MS else 'over'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
