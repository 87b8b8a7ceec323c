"""Helpers for the facilitator-window tests: a fake monotonic clock and an opened window."""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from facilitator.ui.shell.main_window import MainWindow


class FakeClock:
    """A monotonic clock the test moves by hand."""

    def __init__(self) -> None:
        self.t = 5000.0

    def __call__(self) -> float:
        return self.t

    def advance(self, seconds: float) -> None:
        self.t += seconds


def open_window(qtbot: QtBot, path: Path | None, clock: FakeClock | None = None, *,
                settings: Path | None = None) -> MainWindow:
    """A shown, active facilitator window (with `path` open). Settings live in an ini file of
    the test's own (Qt caches its default settings location once per process)."""
    if settings is None:
        settings = Path(tempfile.mkdtemp(prefix="facilitator-settings-")) / "settings.ini"
    window = MainWindow(clock=clock or FakeClock(),
                        settings=QSettings(str(settings), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    window.finish_startup(path)
    window.load_extras()          # icons and the template list, normally one event later
    return window
