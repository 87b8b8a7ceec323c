"""Backups in the window: the timer that keeps them (at open, then every 10 minutes of
editing; the work runs in a background thread, see services.backups) and File > Restore…, a
small dialog that lists the open workshop's backups and puts one back."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from facilitator.services import backups

translate = QCoreApplication.translate

if TYPE_CHECKING:
    from facilitator.ui.shell.main_window import MainWindow

AT_OPEN_DELAY_MS = 2000    # the backup "at open" waits until the window has settled
CHECK_EVERY_MS = 60_000    # how often to ask whether the 10 minutes are up


def watch_backups(window: MainWindow) -> None:
    """Call when a workshop is shown: starts its backups (none for a read-only one)."""
    timer = window.findChild(QTimer, "backupTimer")
    if timer is None:
        timer = QTimer(window)
        timer.setObjectName("backupTimer")
        timer.setInterval(CHECK_EVERY_MS)
        timer.timeout.connect(lambda: back_up_if_due(window))
        timer.start()
    QTimer.singleShot(AT_OPEN_DELAY_MS, window, lambda: back_up_if_due(window))


def back_up_if_due(window: MainWindow) -> bool:
    """Start a background backup of the open workshop if one is due; True if one began."""
    ws = window.workshop
    keeper = backups.keeper_for(ws) if ws is not None else None
    if keeper is None:
        return False
    if keeper.error:  # the last one failed: say so once, in the status bar
        window.show_error(translate("Backups", "Backup not made: {error}").format(
            error=keeper.error))
        keeper.error = ""
    return keeper.due() and keeper.start()


class RestoreDialog(QDialog):
    def __init__(self, workshop: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("Backups", "Restore from a backup"))
        layout = QVBoxLayout(self)
        self.found = backups.list_backups(workshop)
        intro = QLabel(
            translate("Backups", "Backups of {workshop}, newest first. Restoring replaces the "
                      "workshop with the backup you pick; the current file is kept as a backup "
                      "too.").format(workshop=workshop.name)
            if self.found else translate("Backups", "There are no backups of {workshop} yet: "
                                         "one is made when a workshop opens, then every 10 "
                                         "minutes while it is edited.").format(
                                             workshop=workshop.name))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.list = QListWidget()
        self.list.setAccessibleName(translate("Backups", "Backups"))
        for backup in self.found:
            item = QListWidgetItem(backup.label)
            item.setData(Qt.ItemDataRole.UserRole, str(backup.path))
            self.list.addItem(item)
        if self.found:
            self.list.setCurrentRow(0)
        layout.addWidget(self.list)
        where = QLabel(translate("Backups", "Folder: {folder}").format(
            folder=backups.folder_for(workshop)))
        where.setWordWrap(True)
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(where)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.restore_button.setText(translate("Backups", "Restore"))
        self.restore_button.setEnabled(bool(self.found))
        for button in buttons.buttons():
            button.setAccessibleName(button.text().replace("&", ""))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())
        layout.addWidget(buttons)

    def chosen(self) -> Path | None:
        item = self.list.currentItem()
        return Path(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None


def ask_restore(window: MainWindow) -> None:
    ws = window.workshop
    if ws is None:
        return
    dialog = RestoreDialog(ws.path, window)
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.chosen() is None:
        return
    restore_into(window, dialog.chosen())  # type: ignore[arg-type]


def restore_into(window: MainWindow, backup: Path) -> bool:
    """Close the workshop, put `backup` in its place, and reopen it (the old file reopens if
    the restore is refused)."""
    from facilitator.services.errors import ServiceError
    from facilitator.services.run_state import WorkshopFileError

    ws = window.workshop
    if ws is None:
        return False
    path = ws.path
    window.close_workshop(show_start=False)
    try:
        kept = backups.restore(path, backup)
    except (ServiceError, WorkshopFileError, OSError) as exc:
        window.open_path(path)
        window.show_error(translate("Backups", "Could not restore {workshop}: {error}").format(
            workshop=path.name, error=exc))
        return False
    window.open_path(path)
    window.statusBar().showMessage(translate(
        "Backups", "Restored {workshop} from its backup; the file it replaced is kept as "
        "{kept}").format(workshop=path.name, kept=kept.name), 15000)
    return True


def install(window: MainWindow) -> QAction:
    action = QAction(translate("Backups", "&Restore from a backup…"), window)
    action.setObjectName("action:restore")
    action.triggered.connect(lambda _checked=False: ask_restore(window))
    menu = window.menu("File")
    quit_action = window.actions_by_name.get("quit")
    menu.insertAction(quit_action, action) if quit_action is not None else menu.addAction(action)
    menu.aboutToShow.connect(lambda: action.setEnabled(window.workshop is not None))
    return action
