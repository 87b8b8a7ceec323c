"""Content that used to break handouts and exports, timed: one owner with 200 open actions (one
of them 20,000 characters long) on the action tracker, and a 10,000-row brainstorm with every
control character and a 40,000-character cell exported as XLSX.

Floors, run in this process right after ours: the tracker against a bare reportlab document
with one plain splitting table of the same texts and deadlines (ours prints each action twice,
in the owner's list and on their slip, with styles and checkboxes); the workbook against a
plain openpyxl write of the same cells (already cleaned, since raw ones would fail). Budgets:
tracker within 4x, XLSX within 2.5x.
"""

from __future__ import annotations

import io
import re
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from openpyxl import Workbook
from reportlab.lib.pagesizes import letter
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table

from facilitator.domain.snapshot import Action, Idea, Meeting, Participant, WorkshopSnapshot
from facilitator.exports.export import export
from facilitator.handouts.build import render_document
from facilitator.services.templates import find_template

RUNS = 3
BUDGETS = {"tracker_200_actions": 4.0, "xlsx_10000_rows": 2.5}
CONTROLS = "".join(chr(c) for c in range(32))
TODAY = date(2026, 6, 1)


def snapshot() -> WorkshopSnapshot:
    long_text = " ".join(f"word{n}" for n in range(3000))        # about 20,000 characters
    actions = [Action(n, "propose", long_text if n == 100 else f"Action {n}: call the provider",
                      owner="Ana Núñez", deadline=f"{n % 12 + 1}/{n % 28 + 1}/2026",
                      position=n) for n in range(1, 201)]
    ideas = [Idea(n, ("organization", "leaders", "job")[n % 3], ("taking", "could")[n % 2],
                  f"Idea {n}{CONTROLS if n % 500 == 0 else ''} more rooms",
                  position=n) for n in range(10_000)]
    ideas.append(Idea(10_000, "job", "could", "x" * 40_000))
    meeting = Meeting(1, 1, "2026-04-20", "15:30", "Room 12", ideas={"brainstorm": ideas})
    return WorkshopSnapshot("Hostile content", find_template("attract-retain"),
                            "2026-04-01T10:00:00", [Participant(1, "Ana Núñez")], [meeting],
                            actions)


def best_pair(ours: Callable[[], object], floor: Callable[[], object]) -> tuple[float, float]:
    times: tuple[list[float], list[float]] = ([], [])
    for _ in range(RUNS):
        for call, bucket in ((ours, times[0]), (floor, times[1])):
            start = time.perf_counter()
            call()
            bucket.append(time.perf_counter() - start)
    return min(times[0]), min(times[1])


def main() -> None:
    folder = Path(tempfile.mkdtemp())
    snap = snapshot()
    styles = getSampleStyleSheet()

    def plain_tracker() -> None:
        rows = [[Paragraph(a.text, styles["Normal"]), a.deadline] for a in snap.actions]
        doc = SimpleDocTemplate(io.BytesIO(), pagesize=letter)
        doc.build([Table(rows, colWidths=[380, 100], splitInRow=1, repeatRows=0)])

    bad = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")
    cells = [(i.category, i.lane, bad.sub("", i.text)[:32_767], "", i.votes, i.explore)
             for i in snap.meeting.ideas["brainstorm"]]

    def plain_xlsx() -> None:
        book = Workbook()
        sheet = book.active
        assert sheet is not None
        for row in cells:
            sheet.append(row)
        book.save(folder / "floor.xlsx")

    figures = {
        "tracker_200_actions": best_pair(
            lambda: render_document(snap, "actions", "letter", today=TODAY), plain_tracker),
        "xlsx_10000_rows": best_pair(
            lambda: export(snap, "xlsx", folder / "o.xlsx", today=TODAY), plain_xlsx),
    }
    print(f"200 actions for one owner (one of {len(snap.actions[99].text):,} characters); "
          f"{len(cells):,} idea rows with control characters and a 40,000-character cell; "
          f"best of {RUNS} runs")
    for name, (ours, floor) in figures.items():
        print(f"{name}: ours {ours * 1000:.0f} ms, floor {floor * 1000:.0f} ms")
    for name, (ours, floor) in figures.items():
        ratio = ours / floor
        verdict = "ok" if ratio <= BUDGETS[name] else "over"
        print(f"bench: {name} ratio={ratio:.2f} budget={BUDGETS[name]} {verdict}")


if __name__ == "__main__":
    main()
