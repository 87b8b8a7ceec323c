"""Start the app: paint the window first, then load services, icons and the workshop behind it.

`run(path, exit_after_load=True)` quits once the window is painted and the workshop loaded and
prints how long each took (benchmarks and packaging smoke tests); it exits 1 with one line on
stderr when the workshop cannot be opened, or when loading waits longer than LOAD_TIMEOUT_S.
"""

from __future__ import annotations

import gc
import sys
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

FALLBACK_LOAD_MS = 300  # load anyway if no paint event ever comes (e.g. a minimised start)
LOAD_TIMEOUT_S = 30.0   # --exit-after-load gives up after this (a hang, a modal question)


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


def settle_heap() -> None:
    """Once start-up is over: collect its garbage, then freeze what is left so later
    collections never walk those objects again (a full pass drops from ~20 ms to nothing),
    and turn the collector back on. Keeps pauses short while the room drags cards and types."""
    gc.collect()
    gc.freeze()
    gc.enable()


def _close_on_terminate(window: QWidget) -> None:
    """A logout, a shutdown or `kill` sends SIGTERM (Ctrl+C in a terminal, SIGINT): close the
    window as its close button would, so running timers are stored paused and the file is
    released, instead of dying like a crash. Python runs the handler at its next bytecode,
    which the runner's tick provides within 100 ms."""
    import signal

    def close(_signum: int, _frame: object) -> None:
        QTimer.singleShot(0, window.close)

    for name in ("SIGTERM", "SIGINT"):
        if hasattr(signal, name):
            signal.signal(getattr(signal, name), close)


def _install_language() -> None:
    """Spanish from the setting (View > Language) or the system; English needs nothing loaded,
    so an English start-up imports no translation code at all."""
    from PySide6.QtCore import QLocale, QSettings

    wanted = str(QSettings().value("ui/language", "system") or "system")
    if wanted == "system":
        wanted = "es" if QLocale.system().language() == QLocale.Language.Spanish else "en"
    if wanted == "es":
        from facilitator.ui.kit.translator import install

        install("es")


def run(path: Path | None, *, exit_after_load: bool = False, check_ui: bool = False) -> int:
    """Show the facilitator window (with `path` open, if given) and run until it closes.
    With `exit_after_load`, quit once loaded and exit 1 if `path` could not be opened; with
    `check_ui` as well, list the menus and build every worksheet (ui_check) before quitting."""
    began = time.perf_counter()
    # Start-up makes some 60,000 tracked objects that live as long as the app (Qt wrappers,
    # SQLAlchemy, the template); the collector would keep re-walking them on the way (a full
    # pass took ~20 ms here), so it stays off until settle_heap().
    gc.disable()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setOrganizationName("Facilitator")
    app.setApplicationName("Facilitator")
    _install_language()
    from facilitator.ui.shell.main_window import MainWindow

    window = MainWindow()
    failed: list[bool] = []

    def after_paint() -> None:
        if exit_after_load:
            _say(f"first paint after {time.perf_counter() - began:.3f} s")
        try:
            window.finish_startup(path)
        except Exception as exc:  # never a window that neither opens nor says why
            window.show_error(QCoreApplication.translate("MainWindow", "Could not start: {error}")
                              .format(error=f"{type(exc).__name__}: {exc}"))
        finally:
            QTimer.singleShot(0, settle_heap)   # after the icons and extensions load
        if exit_after_load:
            ws = window.workshop
            broken = path is not None and (ws is None or window.page is None)
            _say(f"{'failed to load' if broken else 'ready'} after "
                 f"{time.perf_counter() - began:.3f} s" + (f" ({ws.title})" if ws else ""))
            if check_ui and not broken:
                from facilitator.ui.shell.ui_check import check_ui as describe

                window.load_extras()             # the feature menus, as one event later
                lines, ok = describe(window)
                for line in lines:
                    _say(line)
                broken = not ok
            failed.append(broken)
            QTimer.singleShot(0, window.close)   # after the icons and template list load
            QTimer.singleShot(0, app.quit)

    def give_up() -> None:
        """--exit-after-load must end: a load that waits (a modal question, a stuck file) gives
        up with one line. A Qt timer, not a thread: it also fires inside a modal dialog's loop,
        and app.exit() ends that loop too."""
        if failed:
            return
        what = path.name if path is not None else "the window"
        sys.stderr.write(f"facilitator: {what} did not finish loading within "
                         f"{LOAD_TIMEOUT_S:g} s\n")
        sys.stderr.flush()
        failed.append(True)
        app.exit(1)

    FirstPaint(window, after_paint)
    _close_on_terminate(window)
    if exit_after_load:
        QTimer.singleShot(int(LOAD_TIMEOUT_S * 1000), give_up)
    window.show()
    code = app.exec()
    if exit_after_load:  # the collector must be back on, or cycles would pile up all session
        _say(f"garbage collector {'on' if gc.isenabled() else 'still off'} after start-up")
    return 1 if failed and failed[0] else code
