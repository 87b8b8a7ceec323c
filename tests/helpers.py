"""Helpers that let tests read like a facilitator's actions."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

from facilitator.services.templates import find_template
from facilitator.services.workshop import NewParticipant, create_workshop

ROOT = Path(__file__).resolve().parent.parent


def make_workshop(folder: Path, template_id: str = "attract-retain", name: str = "w.workshop",
                  **kwargs: Any) -> Path:
    """Create a workshop file and close it; returns its path."""
    kwargs.setdefault("participants", [NewParticipant("Ana Núñez", "School counselor(s)"),
                                       NewParticipant("Ben Cho", "Social worker(s)")])
    path = folder / name
    create_workshop(path, find_template(template_id), **kwargs).close()
    return path


def run_cli(*args: str, stdin: str | None = None, env: dict[str, str] | None = None,
            cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    """Run `python -m facilitator ARGS` as a user would, in a separate process."""
    return subprocess.run([sys.executable, "-m", "facilitator", *args], capture_output=True,
                          text=True, input=stdin, env=env, cwd=cwd or ROOT, timeout=120)


def dump(path: Path) -> dict[str, Any]:
    """The workshop as `facilitator dump` prints it."""
    result = run_cli("dump", str(path))
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)
