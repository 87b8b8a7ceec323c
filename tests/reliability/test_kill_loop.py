"""Kill the app at random moments while it saves edits: every edit it reported done is still
there, the file always opens for editing again, and SQLite finds nothing wrong.

FACILITATOR_KILLS sets how many kills (default 200, the per-run figure; 1000 for a release run:
`FACILITATOR_KILLS=1000 .venv/bin/pytest tests/reliability/test_kill_loop.py`), and
FACILITATOR_KILL_SEED the seed (default 14), so a failing run can be replayed exactly.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

from tests.helpers import ROOT

KILLS = int(os.environ.get("FACILITATOR_KILLS", "200"))
SEED = int(os.environ.get("FACILITATOR_KILL_SEED", "14"))

# One process pays the imports once and forks an editor per kill. The editor opens the file for
# editing and makes service edits in a loop (cells, new idea cards, timers), writing each edit's
# number to a pipe once the service call has returned (= committed, "acknowledged"). The parent
# kills it with SIGKILL at a seeded random moment (a quarter of them while it is still opening),
# reopens the file for editing as the app would, and checks every acknowledged edit.
DRIVER = textwrap.dedent("""
    import json, os, random, signal, sqlite3, sys, time
    from pathlib import Path
    from facilitator.services import ideas, tables, timers
    from facilitator.services.workshop import open_workshop

    path, kills, seed = Path(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
    rng = random.Random(seed)
    KEYS = ("organization", "leaders", "job")

    def edit(ws, n):
        kind = n % 4
        if kind == 3:
            ideas.add_idea(ws, "brainstorm", f"idea {n}", "organization", "could")
        elif kind == 2:
            timers.save_timer(ws, n % 5, float(n), running=False)
        else:
            tables.set_cell(ws, "aspirations", KEYS[n % 3], "now", f"edit {n}")

    def editor(first, pipe):
        ws = open_workshop(path)
        n = first
        while True:
            edit(ws, n)
            os.write(pipe, f"{n}\\n".encode())
            n += 1

    acked, cells, timer_of, idea_texts = [], {}, {}, set()
    stats = {"kills": 0, "acknowledged": 0, "lost": 0, "refused": 0, "unhealthy": 0,
             "recovered": 0, "killed_while_opening": 0, "problems": []}
    next_n = 0
    for k in range(kills):
        read, write = os.pipe()
        os.set_blocking(read, False)
        pid = os.fork()
        if pid == 0:
            os.close(read)
            try:
                editor(next_n, write)
            except BaseException as exc:
                sys.stderr.write(f"editor: {exc}\\n")
            os._exit(1)
        os.close(write)
        buffer, exited = b"", False
        if rng.random() < 0.25:   # a kill while the editor is still opening the file
            time.sleep(rng.uniform(0, 0.03))
        else:                     # a kill in the middle of editing
            deadline = time.monotonic() + 10
            while b"\\n" not in buffer and time.monotonic() < deadline and not exited:
                try:
                    buffer += os.read(read, 65536)
                except BlockingIOError:
                    time.sleep(0.0005)
                exited = os.waitpid(pid, os.WNOHANG)[0] != 0
            time.sleep(rng.uniform(0, 0.02))
        if exited:                # the editor could not even open the file
            stats["refused"] += 1
            stats["problems"].append(f"kill {k}: the editor could not open the file")
        else:
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
            stats["kills"] += 1
        os.set_blocking(read, True)
        while chunk := os.read(read, 65536):
            buffer += chunk
        os.close(read)
        done = [int(x) for x in buffer.decode().split()]
        if not done:
            stats["killed_while_opening"] += 1
        for n in done:
            stats["acknowledged"] += 1
            if n % 4 == 3:
                idea_texts.add(f"idea {n}")
            elif n % 4 == 2:
                timer_of[n % 5] = n
            else:
                cells[KEYS[n % 3]] = n
        next_n = (max(done) + 1 if done else next_n) + 1000  # never reuse an edit number
        try:
            ws = open_workshop(path)
        except Exception as exc:
            stats["refused"] += 1
            stats["problems"].append(f"kill {k}: refused: {exc}")
            continue
        try:
            stats["recovered"] += ws.db.recovered
            rows = {r.key: r.cells.get("now") for r in tables.read_table(ws, "aspirations")}
            for key, n in cells.items():   # the last acknowledged edit, or a later one
                if int(str(rows[key]).split()[1]) < n:
                    stats["lost"] += 1
                    stats["problems"].append(f"kill {k}: cell {key} has {rows[key]}, not {n}")
            texts = {i.text for i in ideas.read_ideas(ws, "brainstorm")}
            missing = idea_texts - texts
            stats["lost"] += len(missing)
            if missing:
                stats["problems"].append(f"kill {k}: ideas missing: {sorted(missing)[:3]}")
            problem = ws.db.integrity_problem()
            if problem:
                stats["unhealthy"] += 1
                stats["problems"].append(f"kill {k}: {problem}")
        finally:
            ws.close()
    connection = sqlite3.connect(path)
    for item, n in timer_of.items():
        elapsed = connection.execute("SELECT elapsed_s FROM timer WHERE item = ?",
                                     (item,)).fetchone()
        if elapsed is None or elapsed[0] < n:
            stats["lost"] += 1
            stats["problems"].append(f"timer {item}: {elapsed}, not {n}")
    connection.close()
    print(json.dumps(stats))
""")


def test_kills_during_edits_lose_nothing_acknowledged(workshop_path: Path) -> None:
    result = subprocess.run([sys.executable, "-c", DRIVER, str(workshop_path), str(KILLS),
                             str(SEED)], capture_output=True, text=True, cwd=ROOT,
                            timeout=60 + KILLS)
    assert result.returncode == 0, result.stderr[-3000:]
    stats = json.loads(result.stdout.splitlines()[-1])
    print(stats)  # the figures in docs/reliability.md come from this line (pytest -s)
    assert stats["kills"] == KILLS
    assert stats["problems"] == []
    assert (stats["lost"], stats["refused"], stats["unhealthy"]) == (0, 0, 0)
    # The kills really landed in all three places: while opening, mid-edit, mid-commit.
    assert stats["killed_while_opening"] > 0
    assert stats["acknowledged"] >= KILLS // 2
    assert stats["recovered"] > 0
