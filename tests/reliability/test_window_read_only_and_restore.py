"""In the window: a workshop on read-only media opens read-only with a banner (no dead end),
and File > Restore… puts a backup back and reopens the workshop."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from facilitator.services import backups, tables
from facilitator.ui.run import dialogs
from facilitator.ui.shell import backups_menu
from facilitator.ui.shell.backups_menu import RestoreDialog
from tests.ui_runner_helpers import open_window


def job_cell(ws) -> object:  # type: ignore[no-untyped-def]
    return {r.key: r.cells.get("now") for r in tables.read_table(ws, "aspirations")}["job"]


@pytest.mark.parametrize("what", ["file", "folder"])
def test_read_only_media_opens_read_only_with_a_banner(qtbot: QtBot, workshop_path: Path,
                                                       what: str,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(dialogs, "ask_read_only", lambda *a: pytest.fail("asked"))
    target = workshop_path if what == "file" else workshop_path.parent
    old_mode = target.stat().st_mode
    target.chmod(stat.S_IRUSR | (stat.S_IXUSR if what == "folder" else 0))
    try:
        window = open_window(qtbot, workshop_path)
        assert window.workshop is not None and window.workshop.readonly
        banner = window.page.banner
        assert banner.isVisible()
        assert f"{what} is read-only" in banner.text() and "Save as" in banner.text()
        assert "(read-only)" in window.windowTitle()
        window.close_workshop()
    finally:
        target.chmod(old_mode)


def test_an_editable_workshop_has_no_banner(qtbot: QtBot, workshop_path: Path) -> None:
    window = open_window(qtbot, workshop_path)
    assert window.page is not None and not window.page.banner.isVisible()
    window.close_workshop()


def test_file_restore_puts_the_backup_back_and_reopens(qtbot: QtBot,
                                                       workshop_path: Path) -> None:
    window = open_window(qtbot, workshop_path)
    ws = window.workshop
    tables.set_cell(ws, "aspirations", "job", "now", "kept in the backup")
    assert backups_menu.back_up_if_due(window)        # the backup made at open
    ws.backups.wait()
    assert not backups_menu.back_up_if_due(window)    # not again within 10 minutes
    tables.set_cell(ws, "aspirations", "job", "now", "typed after the backup")

    def pick_the_backup() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, RestoreDialog)
        assert dialog.list.count() == 1 and "kB" in dialog.list.item(0).text()
        dialog.findChild(QDialogButtonBox).button(
            QDialogButtonBox.StandardButton.Ok).click()

    QTimer.singleShot(0, pick_the_backup)
    window.findChild(type(window.actions_by_name["open"]), "action:restore").trigger()
    assert window.workshop is not None and window.workshop is not ws
    assert not window.workshop.readonly
    assert job_cell(window.workshop) == "kept in the backup"
    assert "Restored" in window.statusBar().currentMessage()
    kept = [b for b in backups.list_backups(workshop_path) if b.replaced]
    assert len(kept) == 1
    window.close_workshop()
