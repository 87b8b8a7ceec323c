"""After a crash, reopening says what was kept: a process with the workshop open for editing is
killed (SIGKILL, as the OS kills a frozen app) mid-session; the window that reopens the file
shows a banner, not a modal, with the time of the last saved edit and where each timer resumes.
A clean close says nothing."""

from __future__ import annotations

import os
import re
import select
import signal
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.helpers import ROOT, make_workshop
from tests.ui_runner_helpers import open_window

EDITOR = r"""
import sys, time
from datetime import datetime
from pathlib import Path
from facilitator.services.tables import CellEdit, set_cells
from facilitator.services.timers import save_timer, set_current_item
from facilitator.services.workshop import open_workshop

ws = open_workshop(Path(sys.argv[1]))
running = sys.argv[2] == "running"
save_timer(ws, 0, 300.0, running=False)                  # item 1: 5:00 of 5 min, not done
set_current_item(ws, 2)
save_timer(ws, 2, 252.0, running=running)                # item 3: 4:12 of 20 min
time.sleep(1.1)                                           # the last edit is a second later
set_cells(ws, "aspirations", [CellEdit("leaders", "want", "Trusted, visible leaders")])
print(datetime.now().isoformat(), flush=True)            # the edit is committed
time.sleep(60)                                            # still editing when it is killed
"""

ITEM_3 = "Set a district aspiration to become a…"   # the title, cut at a word


def _killed_while_editing(path: Path, timer: str) -> datetime:
    child = subprocess.Popen([sys.executable, "-c", EDITOR, str(path), timer],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                             cwd=ROOT)
    assert child.stdout is not None
    line = child.stdout.readline()
    os.kill(child.pid, signal.SIGKILL)
    child.wait(timeout=10)
    assert line, child.stderr.read() if child.stderr else ""
    return datetime.fromisoformat(line.strip())


def _shown_time(text: str) -> datetime:
    found = re.search(r"Everything saved up to (\d?\d:\d\d:\d\d [AP]M) is kept", text)
    assert found, text
    return datetime.combine(datetime.now().date(),
                            datetime.strptime(found.group(1), "%I:%M:%S %p").time())


@pytest.mark.parametrize("timer", ["running", "paused"])
def test_reopening_after_a_kill_says_what_was_kept(qtbot: QtBot, tmp_path: Path,
                                                   timer: str) -> None:
    path = make_workshop(tmp_path)
    committed = _killed_while_editing(path, timer)
    window = open_window(qtbot, path)
    banner = window.notice
    assert banner.isVisible()
    text = banner.text.text()
    assert text.startswith("Reopened after an unexpected stop. Everything saved up to ")
    assert abs((_shown_time(text) - committed).total_seconds()) <= 1.5
    assert text.endswith(f"item 3 '{ITEM_3}' resumes at 4:12 of 20 min; "
                         "item 1 'Set meeting intentions and introductions' resumes at 5:00 "
                         "of 5 min.")
    assert window.page.runner.current == 2 and not window.page.runner.running
    assert window.timer_text() == "15:48"                      # it does resume there
    assert QApplication.activeModalWidget() is None          # the room is not stopped
    assert window.presenter is None or not window.presenter.isAncestorOf(banner)

    window.close()                                    # a clean close: the next open is quiet
    again = open_window(qtbot, path)
    assert not again.notice.isVisible() and again.notice.text.text() == ""
    assert again.timer_text() == "15:48"


def test_a_clean_close_reopens_without_a_notice(qtbot: QtBot, tmp_path: Path) -> None:
    path = make_workshop(tmp_path)
    window = open_window(qtbot, path)
    window.page.runner.toggle()                       # the timer runs when the window closes
    window.close()
    again = open_window(qtbot, path)
    assert not again.notice.isVisible()


def test_the_notice_can_be_dismissed_and_goes_with_the_workshop(qtbot: QtBot,
                                                                tmp_path: Path) -> None:
    path = make_workshop(tmp_path)
    _killed_while_editing(path, "running")
    window = open_window(qtbot, path)
    assert window.notice.isVisible()
    qtbot.mouseClick(window.notice.dismiss, Qt.MouseButton.LeftButton)
    assert not window.notice.isVisible()
    window.close()
    _killed_while_editing(path, "running")
    window = open_window(qtbot, path)
    assert window.notice.isVisible()
    window.close_workshop()
    assert not window.notice.isVisible()


APP_WITH_TIMER = r"""
import sys
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from facilitator.ui import app

qt = QApplication(sys.argv[:1])   # before the timer below; app.run uses this one

def start_the_clock():
    from PySide6.QtWidgets import QApplication
    for widget in QApplication.topLevelWidgets():
        page = getattr(widget, "page", None)
        if page is not None and widget.isVisible():
            page.runner.toggle()                      # the timer runs, as in a session
            print("running", flush=True)
            return
    QTimer.singleShot(100, start_the_clock)

QTimer.singleShot(100, start_the_clock)
sys.exit(app.run(Path(sys.argv[1])))
"""


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT])
def test_a_terminate_signal_closes_like_the_close_button(qtbot: QtBot, tmp_path: Path,
                                                         sig: signal.Signals) -> None:
    """A logout or `kill` (SIGTERM), or Ctrl+C in a terminal: the window closes as it would by
    its close button, so the timer is stored paused, the file released, and the next open is
    quiet."""
    path = make_workshop(tmp_path)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    child = subprocess.Popen([sys.executable, "-c", APP_WITH_TIMER, str(path)], cwd=ROOT,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    assert child.stdout is not None
    ready, _, _ = select.select([child.stdout], [], [], 60)
    if not ready:
        child.kill()
    assert ready and child.stdout.readline().strip() == "running", child.communicate()[1]
    child.send_signal(sig)
    assert child.wait(timeout=20) == 0
    assert not (tmp_path / f".~lock.{path.name}#").exists()
    window = open_window(qtbot, path)
    assert window.page is not None and not window.page.runner.running
    assert window.page.runner.elapsed(0) > 0            # the time it ran was stored
    notice = window._notice
    assert notice is None or not notice.isVisible()
    window.close()
