"""Save as: a complete copy, made while the workshop is open, and the window moves to it."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from facilitator.services import tables
from facilitator.services.workshop import open_workshop, save_copy
from facilitator.storage.errors import Unwritable
from tests.helpers import dump
from tests.ui_runner_helpers import open_window


def test_save_copy_holds_everything_and_leaves_the_original(workshop_path: Path,
                                                           tmp_path: Path) -> None:
    with open_workshop(workshop_path) as ws:
        tables.set_cell(ws, "aspirations", "job", "want", "Our jobs will be varied")
        copy = save_copy(ws, tmp_path / "copy.workshop")
        with pytest.raises(Unwritable, match="is the workshop itself"):
            save_copy(ws, workshop_path)
        tables.set_cell(ws, "aspirations", "job", "want", "changed after the copy")
    copied = dump(copy)["meetings"][0]["tables"]["aspirations"]
    assert {r["key"]: r["cells"] for r in copied}["job"]["want"] == "Our jobs will be varied"


def test_file_save_as_switches_the_window_to_the_copy(qtbot: QtBot, workshop_path: Path,
                                                      tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    window = open_window(qtbot, workshop_path)
    target = tmp_path / "spring session"  # no extension typed: .workshop is added
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(target), "")))
    window.actions_by_name["save_as"].trigger()
    assert window.workshop is not None
    assert window.workshop.path == tmp_path / "spring session.workshop"
    assert "spring session" in window.windowTitle() or window.workshop.title in \
        window.windowTitle()
    open_workshop(workshop_path).close()  # the original was released
    window.close_workshop()
