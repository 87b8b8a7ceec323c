"""Shared test set-up: Qt runs offscreen, workshops are real files in tmp_path."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("FACILITATOR_TEMPLATES", "/nonexistent-facilitator-templates")

from tests.helpers import make_workshop


@pytest.fixture(autouse=True)
def _isolated_settings(tmp_path_factory: pytest.TempPathFactory,
                       monkeypatch: pytest.MonkeyPatch) -> None:
    """Keep user templates, QSettings and demo files out of the developer's home."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("FACILITATOR_TEMPLATES", str(home / "templates"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))


@pytest.fixture
def workshop_path(tmp_path: Path) -> Path:
    """A fresh attract-retain workshop file (closed), as `facilitator new` makes it."""
    return make_workshop(tmp_path, "attract-retain")
