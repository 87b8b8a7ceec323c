"""`facilitator room FILE --listen HOST:PORT`: the join address first, served until SIGTERM or
Ctrl+C, then a clean exit; never all interfaces."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from facilitator.services.ideas import read_ideas
from facilitator.services.workshop import open_workshop
from tests.helpers import ROOT, make_workshop, run_cli


def _start(path: Path, *extra: str) -> tuple[subprocess.Popen[str], str]:
    room = subprocess.Popen(
        [sys.executable, "-m", "facilitator", "room", str(path), "--listen", "127.0.0.1:0",
         *extra], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT,
        env={**os.environ, "PYTHONUNBUFFERED": "1"})
    assert room.stdout is not None
    first = room.stdout.readline()
    assert first.startswith("Join: http://127.0.0.1:"), first + room.stderr.read()
    return room, first.split()[1]


@pytest.mark.parametrize("stop", [signal.SIGTERM, signal.SIGINT])
def test_the_room_prints_its_address_first_and_stops_cleanly(tmp_path: Path, stop: int) -> None:
    path = make_workshop(tmp_path)
    room, address = _start(path, "--ideas", "brainstorm")
    try:
        code = address.rstrip("/").rsplit("/", 1)[1]
        assert len(code) >= 16
        body = json.dumps({"phone": "c" * 32, "id": "cli-00001", "kind": "idea",
                           "text": "From the CLI", "category": "job"}).encode()
        request = urllib.request.Request(address + "submit", body,
                                         {"Content-Type": "application/json"})
        with urllib.request.urlopen(request, timeout=10) as answer:
            assert json.load(answer)["ok"] is True
        with pytest.raises(urllib.error.HTTPError) as refused:
            urllib.request.urlopen(address.replace(code, "x" * len(code)), timeout=10)
        assert refused.value.code == 404
    finally:
        room.send_signal(stop)
        out, err = room.communicate(timeout=30)
    assert room.returncode == 0, err
    assert "Room closed: 1 phones joined, 1 added ideas" in out
    with open_workshop(path, readonly=True) as ws:
        assert [i.text for i in read_ideas(ws, "brainstorm")] == ["From the CLI"]
    # The room let go of the file: the app (or another room) can open it for editing.
    open_workshop(path).close()


def test_the_room_never_listens_on_every_interface(tmp_path: Path) -> None:
    path = make_workshop(tmp_path)
    for listen in ("0.0.0.0:8080", "[::]:8080", "*:8080"):
        result = run_cli("room", str(path), "--listen", listen)
        assert result.returncode == 1 and "not all of them" in result.stderr, listen
        assert result.stderr.count("\n") == 1
    for listen in ("127.0.0.1", ":8080", "127.0.0.1:99999"):
        result = run_cli("room", str(path), "--listen", listen)
        assert result.returncode == 1 and "HOST:PORT" in result.stderr, listen
    result = run_cli("room", str(path), "--listen", "127.0.0.1:0", "--ratings", "brainstorm")
    assert result.returncode == 1 and "not a grid block" in result.stderr


WATCH = r"""
import runpy, socket, sys
def hook(event, args):
    if event == "socket.__new__" and len(args) > 1 and args[1] in (socket.AF_INET,
                                                                   socket.AF_INET6):
        sys.stderr.write(f"SOCKET {event}\n")
    elif event in ("socket.connect", "socket.bind", "socket.getaddrinfo",
                   "socket.gethostbyname", "socket.sendto"):
        sys.stderr.write(f"SOCKET {event} {args!r}\n")
sys.addaudithook(hook)
sys.argv = ["facilitator", *sys.argv[1:]]
runpy.run_module("facilitator", run_name="__main__")
"""


def test_the_room_binds_only_the_address_given_and_connects_nowhere(tmp_path: Path) -> None:
    path = make_workshop(tmp_path)
    room = subprocess.Popen(
        [sys.executable, "-c", WATCH, "room", str(path), "--listen", "127.0.0.1:0",
         "--ideas", "brainstorm"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        cwd=ROOT, env={**os.environ, "PYTHONUNBUFFERED": "1"})
    assert room.stdout is not None
    address = room.stdout.readline().split()[1]
    with urllib.request.urlopen(address, timeout=10) as page:
        assert page.status == 200
    room.send_signal(signal.SIGTERM)
    _out, err = room.communicate(timeout=30)
    assert room.returncode == 0, err
    events = [line.split(" ", 2)[1:] for line in err.splitlines() if line.startswith("SOCKET ")]
    kinds = {e[0] for e in events}
    assert "socket.bind" in kinds and kinds <= {"socket.__new__", "socket.bind",
                                                "socket.getaddrinfo"}, events  # no connect
    for event in events:
        if event[0] != "socket.__new__":
            assert "'127.0.0.1', 0" in event[1], event  # the address asked for, no other
