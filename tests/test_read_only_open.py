"""A workshop someone else is editing opens read-only: look, project, copy; never a crash."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QTableView
from pytestqt.qtbot import QtBot

from facilitator.ui.run import dialogs
from tests.helpers import ROOT, dump
from tests.ui_runner_helpers import FakeClock, open_window

HOLDER = textwrap.dedent("""
    import sys, time
    from facilitator.services.workshop import open_workshop
    ws = open_workshop(sys.argv[1])
    print("holding", flush=True)
    sys.stdin.readline()
""")


@pytest.fixture
def held(workshop_path: Path):  # type: ignore[no-untyped-def]
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(workshop_path)],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
                              cwd=ROOT)
    assert holder.stdout is not None and holder.stdout.readline().strip() == "holding"
    yield workshop_path
    holder.communicate("\n", timeout=30)


def test_file_in_use_opens_read_only_after_asking(qtbot: QtBot, held: Path, tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[str] = []
    monkeypatch.setattr(dialogs, "ask_read_only",
                        lambda parent, reason: asked.append(reason) or True)
    clock = FakeClock()
    window = open_window(qtbot, held, clock)
    assert asked and "already open for editing by" in asked[0]
    assert window.workshop is not None and window.workshop.readonly
    assert "(read-only)" in window.windowTitle()
    failures: list[str] = []
    window.hub.failed.connect(failures.append)
    qtbot.keyClick(window, Qt.Key.Key_Space)          # the room's clock still runs
    clock.advance(90)
    assert window.page.runner.running
    window.go_to_item(2)
    view = window.block_widget("aspirations").findChild(QTableView)
    model = view.model()
    cell = next(model.index(r, c) for r in range(model.rowCount())
                for c in range(model.columnCount())
                if model.flags(model.index(r, c)) & Qt.ItemFlag.ItemIsEditable)
    model.setData(cell, "Trusted leaders", Qt.ItemDataRole.EditRole)
    assert failures and "read-only" in failures[-1]
    assert model.data(cell, Qt.ItemDataRole.DisplayRole) in ("", None)  # screen = file
    target = tmp_path / "my copy.workshop"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(target), "")))
    window.actions_by_name["save_as"].trigger()
    assert window.workshop.path == target and not window.workshop.readonly
    window.close_workshop()
    assert dump(target)["template"]["id"] == "attract-retain"


def test_declining_read_only_keeps_the_start_page(qtbot: QtBot, held: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(dialogs, "ask_read_only", lambda parent, reason: False)
    window = open_window(qtbot, held)
    assert window.workshop is None
    assert "already open for editing" in window.start_page.message.text()
