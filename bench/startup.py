"""Start-up benchmark: how fast the facilitator window paints, and how fast it is ready.

Compares `facilitator open FILE --exit-after-load` with a bare PySide6 script that shows one
QMainWindow, same interpreter, same Qt platform, alternating runs. Each time is measured by this
process, from spawning the child until the child prints a line (first paint, ready), so
interpreter start-up counts for both.

    .venv/bin/python bench/startup.py [--runs 11]

Budgets: first paint within 1.5x the bare window; ready (workshop loaded, editable) within 4x.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIRST_PAINT_BUDGET = 1.5
READY_BUDGET = 4.0

BARE = r"""
import sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

class Watch(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            print("first paint", flush=True)
            QTimer.singleShot(0, app.quit)
            obj.removeEventFilter(self)
        return False

app = QApplication(sys.argv[:1])
window = QMainWindow()
window.setWindowTitle("bare")
watch = Watch()
window.installEventFilter(watch)
window.resize(1200, 800)
window.show()
app.exec()
"""


# For context only (not budgeted): the same bare window that also imports SQLAlchemy after its
# first paint, i.e. how much of the ready budget the storage library alone takes here.
BARE_WITH_SQLALCHEMY = BARE.replace(
    "QTimer.singleShot(0, app.quit)",
    "QTimer.singleShot(0, lambda: (__import__('sqlalchemy'), print('sqlalchemy', flush=True),"
    " app.quit()))")


def timed_lines(command: list[str], env: dict[str, str], markers: tuple[str, ...]
                ) -> dict[str, float]:
    """Seconds from spawn until each marker's line appears on the child's stdout."""
    began = time.perf_counter()
    child = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                             text=True, env=env, cwd=ROOT)
    seen: dict[str, float] = {}
    assert child.stdout is not None
    for line in child.stdout:
        for marker in markers:
            if line.startswith(marker) and marker not in seen:
                seen[marker] = time.perf_counter() - began
    child.wait(timeout=60)
    missing = [m for m in markers if m not in seen]
    if missing:
        raise SystemExit(f"bench: {command[:3]} never printed {missing}")
    return seen


def make_demo(folder: Path, env: dict[str, str]) -> Path:
    path = folder / "bench.workshop"
    subprocess.run([sys.executable, "-m", "facilitator", "demo", str(path), "--no-open"],
                   check=True, env=env, cwd=ROOT, capture_output=True)
    return path


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=11, help="timed runs of each (default 11)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="facilitator-bench-") as scratch:
        folder = Path(scratch)
        env = {**os.environ, "XDG_CONFIG_HOME": str(folder / "config"),
               "XDG_DATA_HOME": str(folder / "data"),
               "FACILITATOR_TEMPLATES": str(folder / "templates")}
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
        demo = make_demo(folder, env)
        bare_cmd = [sys.executable, "-c", BARE]
        ours_cmd = [sys.executable, "-m", "facilitator", "open", str(demo), "--exit-after-load"]
        bare, paint, ready, with_sa = [], [], [], []
        for run in range(args.runs + 1):           # run 0 warms the disk cache: not counted
            b = timed_lines(bare_cmd, env, ("first paint",))
            o = timed_lines(ours_cmd, env, ("first paint", "ready"))
            sa = timed_lines([sys.executable, "-c", BARE_WITH_SQLALCHEMY], env, ("sqlalchemy",))
            if run:
                with_sa.append(sa["sqlalchemy"])
                bare.append(b["first paint"])
                paint.append(o["first paint"])
                ready.append(o["ready"])
    bare_m, paint_m, ready_m = (statistics.median(x) for x in (bare, paint, ready))
    print(f"platform: {env['QT_QPA_PLATFORM']}, python {sys.version.split()[0]}, "
          f"{args.runs} runs each (medians)")
    print(f"bare QMainWindow first paint (floor): {bare_m:.3f} s  "
          f"[{min(bare):.3f}-{max(bare):.3f}]")
    sa_m = statistics.median(with_sa)
    print(f"  (context) bare + import sqlalchemy: {sa_m:.3f} s  = {sa_m / bare_m:.2f}x the bare "
          "window, before any of our code")
    print(f"facilitator first paint:              {paint_m:.3f} s  "
          f"[{min(paint):.3f}-{max(paint):.3f}]")
    print(f"facilitator ready (demo loaded):      {ready_m:.3f} s  "
          f"[{min(ready):.3f}-{max(ready):.3f}]")
    for name, value, budget in (("startup-first-paint", paint_m, FIRST_PAINT_BUDGET),
                                ("startup-ready", ready_m, READY_BUDGET)):
        ratio = value / bare_m
        print(f"bench: {name} ratio={ratio:.2f} budget={budget:g} "
              f"{'ok' if ratio <= budget else 'over'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
