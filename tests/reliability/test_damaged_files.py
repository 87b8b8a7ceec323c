"""520 seeded mutations of real workshop files (four templates and the demo): byte flips,
truncations, zeroed and junk pages, header changes, appended junk, the WAL flag, and SQL-level
damage (bad values, dates and enums, triggers, views, extra and dropped tables and columns).

Every file gets one line from `check` within 5 s, is never changed, never leaves -wal/-shm/-journal
files, and `check` never calls a file healthy that the app cannot fully read. `check` and the
window's opening reads (through the services the window uses) run in a worker process with a
watchdog per file; `open --exit-after-load` runs as a real process on a subset."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest

from facilitator.services.demo import create_demo
from tests.helpers import ROOT, make_workshop
from tests.reliability.mutations import BENIGN, mutate
from tests.reliability.sweep import sweep

MUTATIONS = 520
WINDOW_SUBSET = 20
LIMIT_S = 5.0


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    base = tmp_path_factory.mktemp("sources")
    sources = [make_workshop(base, t, name=f"{t}.workshop")
               for t in ("attract-retain", "check-in", "key-themes", "provider-roles")]
    create_demo(base / "demo.workshop").close()
    sources += [base / "demo.workshop"] * 2  # the demo has the most content to damage
    folder = tmp_path_factory.mktemp("mutated")
    labels: dict[str, str] = {}
    before: dict[str, str] = {}
    for seed in range(MUTATIONS):
        target = folder / f"m{seed:03d}.workshop"
        labels[str(target)] = mutate(sources[seed % len(sources)], target, seed)
        before[str(target)] = _sha(target)
    began = time.perf_counter()
    results = sweep([Path(f) for f in labels], LIMIT_S)
    return {"folder": folder, "labels": labels, "before": before, "results": results,
            "seconds": time.perf_counter() - began}


def _summary(corpus: dict[str, Any]) -> str:
    results = corpus["results"].values()
    healthy = sum(1 for r in results if r.get("check_rc") == 0)
    refused = sum(1 for r in results if r.get("check_rc") == 1)
    slowest = max((r.get("check_s", 0) for r in results), default=0)
    return (f"{len(corpus['labels'])} files in {corpus['seconds']:.0f} s: {healthy} healthy, "
            f"{refused} refused, slowest check {slowest:.2f} s")


def test_check_gives_one_line_within_5_s_for_every_damaged_file(corpus: dict[str, Any]) -> None:
    bad = []
    for file, label in corpus["labels"].items():
        r = corpus["results"].get(file, {"hang": True})
        if r.get("hang"):
            bad.append(f"{label}: hang or crash of the worker")
            continue
        lines = r["check_err"].splitlines()
        if r["check_rc"] == 0:
            ok = not lines and r["check_out"].startswith("ok: ")
        else:
            ok = (r["check_rc"] == 1 and len(lines) == 1 and lines[0].startswith("facilitator: ")
                  and "unexpected error" not in lines[0])
        if not ok or r["check_s"] > LIMIT_S or r["open_s"] > LIMIT_S:
            bad.append(f"{label}: rc={r['check_rc']} {r['check_err'][:200]!r} "
                       f"({r['check_s']:.1f} s)")
    print(_summary(corpus))
    assert not bad, f"{len(bad)} of {len(corpus['labels'])}:\n" + "\n".join(bad[:20])


def test_check_never_calls_healthy_a_file_the_app_cannot_read(corpus: dict[str, Any]) -> None:
    wrong = []
    for file, label in corpus["labels"].items():
        r = corpus["results"].get(file, {})
        opened = str(r.get("open", ""))
        if opened.startswith("crash"):
            wrong.append(f"{label}: the app's reads crash: {opened}")
        elif opened.startswith("refused") and "\n" in opened:
            wrong.append(f"{label}: refused in more than one line: {opened[:200]!r}")
        if r.get("check_rc") == 0 and opened != "ok":
            wrong.append(f"{label}: check says healthy, the app says {opened[:160]}")
        if r.get("check_rc") == 0 and label.startswith("sql:") and not any(
                label[4:].startswith(b) for b in BENIGN):
            wrong.append(f"{label}: check says healthy after this change")
    assert not wrong, "\n".join(wrong[:20])


def test_no_file_is_changed_and_nothing_is_left_beside_it(corpus: dict[str, Any]) -> None:
    """`check` never changes a file; a refused file is never changed by the open either. (A
    file opened for editing may have SQLite tidy its header: that is an edit's business.)"""
    changed = []
    for file, label in corpus["labels"].items():
        r = corpus["results"].get(file, {})
        if r.get("sha_after_check") != corpus["before"][file]:
            changed.append(f"{label}: by check")
        elif str(r.get("open")).startswith("refused") and \
                r.get("sha_after_open") != corpus["before"][file]:
            changed.append(f"{label}: by a refused open")
    litter = sorted(p.name for p in corpus["folder"].iterdir()
                    if not p.name.endswith(".workshop"))
    assert not changed, changed[:20]
    assert not litter, litter[:20]


def _open_window(path: Path) -> tuple[subprocess.CompletedProcess[str] | None, float]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    began = time.perf_counter()
    try:
        done = subprocess.run([sys.executable, "-m", "facilitator", "open", str(path),
                               "--exit-after-load"], capture_output=True, text=True, cwd=ROOT,
                              env=env, timeout=30)
    except subprocess.TimeoutExpired:
        return None, time.perf_counter() - began
    return done, time.perf_counter() - began


def test_the_window_refuses_damaged_files_in_one_line(corpus: dict[str, Any]) -> None:
    """A real `open --exit-after-load` on a seeded subset: refused files (most of them) and a few
    that check calls healthy, which must open."""
    records = [corpus["results"][f] for f in sorted(corpus["results"])]
    refused = [r for r in records if r.get("check_rc") == 1][: WINDOW_SUBSET - 4]
    healthy = [r for r in records if r.get("check_rc") == 0][:4]
    chosen = [(Path(str(r["file"])), r.get("check_rc") == 0) for r in refused + healthy]
    with ThreadPoolExecutor(max_workers=2) as pool:
        runs = list(pool.map(lambda c: _open_window(c[0]), chosen))
    bad = []
    for (path, fine), (done, seconds) in zip(chosen, runs, strict=True):
        label = corpus["labels"][str(path)]
        if done is None:
            bad.append(f"{label}: no answer after {seconds:.0f} s")
            continue
        said = [line for line in done.stderr.splitlines() if line.startswith("facilitator:")]
        if "Traceback" in done.stderr:
            bad.append(f"{label}: traceback")
        elif fine and done.returncode != 0:
            bad.append(f"{label}: check says healthy but the window refused: {said}")
        elif not fine and (done.returncode == 0 or len(said) != 1):
            bad.append(f"{label}: rc={done.returncode} {said}")
        if not fine and _sha(path) != corpus["before"][str(path)]:
            bad.append(f"{label}: the window changed a file it refused")
    assert not bad, "\n".join(bad[:20])
