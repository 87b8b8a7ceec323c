"""Feed files to sweep_worker, with a watchdog per file: a file that takes longer than the
limit is recorded as a hang, the worker is killed and a new one goes on with the next file."""

from __future__ import annotations

import json
import os
import selectors
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _start() -> subprocess.Popen[str]:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    return subprocess.Popen([sys.executable, "-m", "tests.reliability.sweep_worker"],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL, text=True, cwd=ROOT, env=env)


def sweep(files: list[Path], limit_s: float) -> dict[str, dict[str, object]]:
    """One record per file (see sweep_worker); a hang is {"hang": True}."""
    results: dict[str, dict[str, object]] = {}
    pending = list(files)
    while pending:
        worker = _start()
        assert worker.stdin is not None and worker.stdout is not None
        selector = selectors.DefaultSelector()
        selector.register(worker.stdout, selectors.EVENT_READ)
        try:
            for path in pending:  # one at a time, so the watchdog times each file
                worker.stdin.write(f"{path}\n")
                worker.stdin.flush()
                # Start-up imports come on top of the first file's time.
                deadline = time.monotonic() + limit_s + (10 if not results else 0)
                line = ""
                while not line and time.monotonic() < deadline:
                    if selector.select(timeout=max(0.0, deadline - time.monotonic())):
                        line = worker.stdout.readline()
                        if not line:
                            break  # the worker died
                pending = pending[1:]
                if not line:
                    results[str(path)] = {"file": str(path), "hang": True}
                    break
                record = json.loads(line)
                results[record["file"]] = record
        finally:
            selector.close()
            worker.kill()
            worker.wait()
    return results
