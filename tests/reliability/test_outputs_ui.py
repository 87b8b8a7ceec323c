"""File > Export and Save calendar invite never write over the open workshop or another one."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from facilitator.ui.shell import actions_menu
from tests.helpers import make_workshop
from tests.ui_runner_helpers import open_window


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_export_and_invite_refuse_the_open_workshop_and_other_workshops(
        qtbot: QtBot, workshop_path: Path, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    other = make_workshop(tmp_path, "check-in", name="other.workshop")
    before = {p: _sha(p) for p in (workshop_path, other)}
    window = open_window(qtbot, workshop_path)
    made = actions_menu.install(window)
    errors: list[str] = []
    monkeypatch.setattr(window, "show_error", errors.append)
    for target in (workshop_path, other):
        assert not actions_menu.export_to(window, "csv", target)
        assert not actions_menu.save_invite_to(window, target)
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(other), "")))
    made["save_invite"].trigger()
    assert len(errors) == 5 and all("choose another file name" in e for e in errors), errors
    assert all("\n" not in e for e in errors)
    assert {p: _sha(p) for p in before} == before
    assert window.workshop is not None  # still open and working
