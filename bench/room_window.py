"""The facilitator's window while 40 phones submit: frame time on the Qt thread.

In the window the phones' submissions are applied on the Qt main thread (the workshop's one
writer), each a durable group commit and an undo step, and the board on screen refreshes after
each. This opens the window offscreen on a fresh attract-retain workshop at its brainstorm,
presents it (the projector's copy refreshes too), opens the room on 127.0.0.1 (Room menu's
code path, without the dialog) and drives it with bench/room.py's phones (10 ideas, 3 dots and
10 ratings each, seeded, one in ten sent twice), run in a child process so that they do not
share this process's interpreter lock.

A "frame" is one turn of a 16 ms timer that also repaints the window: the interval between two
turns is what the facilitator feels (a long one is a stutter). The floor is the same
measurement in the same run, same window and room, with no phone sending.

    .venv/bin/python bench/room_window.py [--phones 40] [--seconds 30] [--seed 7]
        [--screened] [--projector 1920x1080] [--no-projector]

By default screening is off, so every idea goes straight onto the laptop's board and the
projector (the heaviest case: a board of 400 cards redrawn as it grows); --screened keeps them
in the screening queue, as the app does by default. The projector is the offscreen screen's
size (800x600), where the room's join card leaves the worksheet a strip of a few lines and the
board pages hundreds of times; --projector 1920x1080 gives it a real projector's size.

Budget: p95 frame interval under load within 3x the idle floor's (about 50 ms: 20 frames a
second at worst one frame in twenty); 0 lost, 0 duplicated, and one undo step per submission.
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

FRAME_MS = 16
BUDGET = 3.0


def phones_only(address: str, plans_file: str, seconds: float, seed: int) -> int:
    """The child: the phones, as bench/room.py drives them; latencies as JSON on stdout."""
    from room import _load  # bench/room.py

    plans = json.loads(Path(plans_file).read_text())
    latencies, failures = asyncio.run(_load(address, plans, seconds, seed))
    print(json.dumps({"latencies": latencies, "failures": failures}), flush=True)
    return 0


def _frames(app: object, window: object, seconds: float, until: object = None,
            cpu: list[float] | None = None) -> list[float]:
    """Intervals (ms) between turns of a 16 ms timer that repaints the window, for `seconds`
    or until `until()` is true; `cpu` gets the Qt thread's own CPU time in each interval (what
    the window did, whatever else the shared machine was doing)."""
    from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer

    clock = QElapsedTimer()
    clock.start()
    marks: list[float] = []
    spent: list[float] = []
    loop = QEventLoop()

    def turn() -> None:
        marks.append(clock.nsecsElapsed() / 1e6)
        spent.append(time.thread_time() * 1000)
        window.update()   # type: ignore[attr-defined]
        if clock.elapsed() > seconds * 1000 or (until is not None and until()):  # type: ignore[operator]
            loop.quit()

    timer = QTimer()
    timer.setInterval(FRAME_MS)
    timer.timeout.connect(turn)
    timer.start()
    loop.exec()
    timer.stop()
    if cpu is not None:
        cpu += [b - a for a, b in itertools.pairwise(spent)]
    return [b - a for a, b in itertools.pairwise(marks)]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--phones", type=int, default=40)
    parser.add_argument("--seconds", type=float, default=30.0)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--no-projector", action="store_true",
                        help="the laptop's window alone (what the projector's copy costs)")
    parser.add_argument("--projector", metavar="WxH", default="",
                        help="the projector's size (default: the offscreen screen's, 800x600, "
                             "where the room's join card leaves the worksheet a strip)")
    parser.add_argument("--screened", action="store_true",
                        help="ideas wait in the screening queue (the app's default) instead of "
                             "going straight onto the board and the projector")
    parser.add_argument("--phones-only", nargs=2, metavar=("ADDRESS", "PLANS"),
                        help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.phones_only:
        return phones_only(*args.phones_only, args.seconds, args.seed)

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication
    from room import DOTS, IDEAS, RATINGS, _p95, _plan, _seed  # bench/room.py

    from facilitator.room.session import Activities
    from facilitator.services.ideas import read_ideas
    from facilitator.services.ratings import read_ratings
    from facilitator.services.templates import find_template
    from facilitator.services.workshop import create_workshop
    from facilitator.ui.shell.main_window import MainWindow

    app = QApplication(sys.argv[:1])
    rng = random.Random(args.seed)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "room.workshop"
        with create_workshop(path, find_template("attract-retain")) as ws:
            seeded = _seed(ws)
        plans = [_plan(rng, seeded, [f"idea:{i}" for i in seeded], p)
                 for p in range(args.phones)]
        plans_file = Path(folder) / "plans.json"
        plans_file.write_text(json.dumps(plans))
        sent = sum(len(p) for p in plans)

        window = MainWindow(settings=QSettings(str(Path(folder) / "s.ini"),
                                               QSettings.Format.IniFormat))
        window.resize(1600, 900)
        window.show()
        window.finish_startup(path)
        window.load_extras()
        window.go_to_item(window.workshop.template.item_of("brainstorm"))
        if not args.no_projector:
            window.present()
            if args.projector:
                width, height = (int(n) for n in args.projector.lower().split("x"))
                window.presenter.showNormal()
                window.presenter.resize(width, height)
        app.processEvents()
        assert window.room.open("127.0.0.1", Activities(
            ideas="brainstorm", dots="brainstorm", ratings="prioritize",
            screened=args.screened))
        address = window.room.running.address
        floor_cpu: list[float] = []
        floor = _frames(app, window, 5.0, cpu=floor_cpu)

        child = subprocess.Popen(
            [sys.executable, __file__, "--phones-only", address, str(plans_file), "--seconds",
             str(args.seconds), "--seed", str(args.seed)],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT)
        started = time.perf_counter()
        loaded_cpu: list[float] = []
        loaded = _frames(app, window, args.seconds * 3, until=lambda: child.poll() is not None,
                         cpu=loaded_cpu)
        took = time.perf_counter() - started
        out, err = child.communicate(timeout=60)
        if child.returncode != 0:
            print(err[-2000:])
            return 1
        result = json.loads(out.strip().splitlines()[-1])
        latencies, failures = result["latencies"], result["failures"]
        writer = window.room.running.writer
        steps = window.undo_stack.count()
        ideas = read_ideas(window.workshop, "brainstorm", pending=None)   # waiting ones too
        texts = [i.text for i in ideas if i.id not in seeded]
        dots = sum(i.votes for i in ideas)
        ratings = sum(len(by) for by in read_ratings(window.workshop, "prioritize").values())
        window.room.close()
        window.close()
    expected = {f"phone {p} idea {n}" for p in range(args.phones) for n in range(IDEAS)}
    lost = len(expected - set(texts)) + (args.phones * DOTS - dots) \
        + (args.phones * RATINGS - ratings)
    duplicated = (len(texts) - len(set(texts))) + max(0, dots - args.phones * DOTS) \
        + max(0, ratings - args.phones * RATINGS)

    p95, floor_p95 = _p95(loaded), _p95(floor)
    print(f"room in the window ({'screened' if args.screened else 'not screened'}, "
          f"{'laptop only' if args.no_projector else 'projector open'}"
          f"{' ' + args.projector if args.projector and not args.no_projector else ''}): "
          f"{args.phones} phones, {sent} submissions "
          f"(+{len(latencies) - sent} retries) in {took:.1f} s; {failures} refused")
    print(f"  {writer.submissions} submissions in {writer.commits} commits on the Qt thread, "
          f"busy {writer.busy_s:.1f} s; {writer.reads} reads; {steps} undo steps")
    print(f"  submit->ack p50 {statistics.median(latencies):.1f} ms, "
          f"p95 {_p95(latencies):.1f} ms")
    print(f"frame interval under load: p50 {statistics.median(loaded):.1f} ms, p95 {p95:.1f} "
          f"ms, max {max(loaded):.1f} ms ({len(loaded)} frames)")
    print(f"floor (same window and room, no phone): p50 {statistics.median(floor):.1f} ms, "
          f"p95 {floor_p95:.1f} ms, max {max(floor):.1f} ms")
    print(f"Qt thread's CPU per frame (robust to the shared machine): under load p50 "
          f"{statistics.median(loaded_cpu):.1f} ms, p95 {_p95(loaded_cpu):.1f} ms, max "
          f"{max(loaded_cpu):.1f} ms; floor p50 {statistics.median(floor_cpu):.1f} ms, p95 "
          f"{_p95(floor_cpu):.1f} ms")
    print(f"stored: {len(texts)} ideas, {dots} dots, {ratings} ratings; lost {lost}, "
          f"duplicated {duplicated}")
    ratio = p95 / max(floor_p95, 1e-6)
    print(f"bench: room-window-frame-p95 ratio={ratio:.2f} budget={BUDGET:g} "
          f"{'ok' if ratio <= BUDGET else 'over'}")
    intact = lost == 0 and duplicated == 0 and failures == 0 and steps == sent
    print(f"bench: room-window-intact ratio={lost + duplicated} budget=0 "
          f"{'ok' if intact else 'over'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
