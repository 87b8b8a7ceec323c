"""Start the app: paint the window first, then load services, icons and the workshop behind it.

`run(path, exit_after_load=True)` quits once the window is painted and the workshop loaded and
prints how long each took (benchmarks and packaging smoke tests).
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

FALLBACK_LOAD_MS = 300  # load anyway if no paint event ever comes (e.g. a minimised start)


class FirstPaint(QObject):
    """Calls `then` once, right after the watched window's first paint."""

    def __init__(self, window: QWidget, then: object) -> None:
        super().__init__(window)
        self._then = then
        self._done = False
        window.installEventFilter(self)
        QTimer.singleShot(FALLBACK_LOAD_MS, self.fire)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self._done:
            QTimer.singleShot(0, self.fire)
        return False

    def fire(self) -> None:
        if not self._done:
            self._done = True
            self.parent().removeEventFilter(self)
            self._then()  # type: ignore[operator]


def _say(text: str) -> None:
    sys.stdout.write(text + "\n")
    sys.stdout.flush()


def run(path: Path | None, *, exit_after_load: bool = False) -> int:
    """Show the facilitator window (with `path` open, if given) and run until it closes."""
    began = time.perf_counter()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setOrganizationName("Facilitator")
    app.setApplicationName("Facilitator")
    from facilitator.ui.main_window import MainWindow

    window = MainWindow()
    failed: list[bool] = []

    def after_paint() -> None:
        if exit_after_load:
            _say(f"first paint after {time.perf_counter() - began:.3f} s")
        window.finish_startup(path)
        if exit_after_load:
            ws = window.workshop
            failed.append(path is not None and ws is None)
            _say(f"{'failed to load' if failed[0] else 'ready'} after "
                 f"{time.perf_counter() - began:.3f} s" + (f" ({ws.title})" if ws else ""))
            QTimer.singleShot(0, window.close)   # after the icons and template list load
            QTimer.singleShot(0, app.quit)

    FirstPaint(window, after_paint)
    window.show()
    code = app.exec()
    return 1 if failed and failed[0] else code
