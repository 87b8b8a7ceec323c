"""No network at run time: every command, the window included, opens no internet socket.

Each command runs as a user would run it, in its own process, with an audit hook (PEP 578)
that records every socket made or connected. Local sockets (AF_UNIX: the display, D-Bus) are
the desktop's own plumbing; an AF_INET/AF_INET6 socket anywhere fails the test. Room mode,
once it exists, is the one place that may listen, and only when the facilitator opens it.
"""

from __future__ import annotations

import ast
import os
import socket
import subprocess
import sys
from pathlib import Path

from tests.helpers import ROOT

WATCH = r"""
import runpy, socket, sys
seen = []

def hook(event, args):
    if event == "socket.__new__" and len(args) > 1 and args[1] in (socket.AF_INET,
                                                                   socket.AF_INET6):
        seen.append(event)
    elif event in ("socket.connect", "socket.bind", "socket.getaddrinfo",
                   "socket.gethostbyname") and not (
            args and isinstance(args[-1], (str, bytes))
            and str(args[-1]).startswith(("/", "\0", "@"))):
        seen.append(f"{event} {args[-1]!r}")

sys.addaudithook(hook)
sys.argv = ["facilitator", *sys.argv[1:]]
code = 0
try:
    runpy.run_module("facilitator", run_name="__main__")
except SystemExit as exc:
    code = exc.code
finally:
    sys.stderr.write(f"\nSOCKETS: {seen}\n")
sys.exit(code)
"""


def _run(tmp_path: Path, *args: str) -> tuple[int, list[str], str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_DATA_HOME": str(tmp_path / "d"),
           "XDG_CONFIG_HOME": str(tmp_path / "c")}
    done = subprocess.run([sys.executable, "-c", WATCH, *args], capture_output=True, text=True,
                          cwd=tmp_path, env=env, timeout=180)
    line = done.stderr.rsplit("SOCKETS: ", 1)[-1].strip()
    return done.returncode, ast.literal_eval(line) if line.startswith("[") else [line], done.stderr


def test_no_command_opens_an_internet_socket(tmp_path: Path) -> None:
    assert socket.AF_INET  # the hook compares against these
    commands = [
        ("new", "attract-retain", "w.workshop", "--title", "Spring", "--date", "2026-12-03"),
        ("demo", "demo.workshop", "--no-open"),
        ("templates",), ("info", "w.workshop"), ("check", "demo.workshop"),
        ("dump", "demo.workshop"),
        ("export", "demo.workshop", "--format", "xlsx", "--out", "s.xlsx", "--what", "all"),
        ("export", "demo.workshop", "--format", "ics", "--out", "s.ics"),
        ("export", "demo.workshop", "--format", "md", "--out", "s.md", "--what", "all"),
        ("invite", "demo.workshop", "--ics", "invite.ics"),
        ("handouts", "demo.workshop", "--kind", "all", "--paper", "letter", "--out", "out"),
        ("restore", "demo.workshop", "--list"),
        ("open", "demo.workshop", "--exit-after-load"),
    ]
    for command in commands:
        code, sockets, stderr = _run(tmp_path, *command)
        assert code == 0, (command, stderr[-400:])
        assert sockets == [], (command, sockets)
    assert (tmp_path / "out").is_dir() and (tmp_path / "s.xlsx").is_file()


def test_the_watch_would_see_a_socket(tmp_path: Path) -> None:
    """The hook is not blind: a command that did open a socket would be caught."""
    probe = tmp_path / "probe.py"
    probe.write_text("import socket\nsocket.socket(socket.AF_INET, socket.SOCK_STREAM).close()\n")
    done = subprocess.run([sys.executable, "-c", WATCH.replace(
        'runpy.run_module("facilitator", run_name="__main__")',
        f'runpy.run_path({str(probe)!r})')], capture_output=True, text=True, cwd=ROOT,
        timeout=60)
    assert "SOCKETS: ['socket.__new__']" in done.stderr
