"""The projector window goes to the second screen. Qt's offscreen platform takes a two-screen
layout from a file; the platform is chosen once per process, so this runs in a subprocess."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.helpers import ROOT, make_workshop

SCREENS = {"screens": [
    {"name": "laptop", "x": 0, "y": 0, "width": 1600, "height": 900,
     "logicalDpiX": 96, "logicalDpiY": 96, "dpr": 1},
    {"name": "projector", "x": 1600, "y": 0, "width": 1920, "height": 1080,
     "logicalDpiX": 96, "logicalDpiY": 96, "dpr": 1},
]}

SCRIPT = r"""
import json, sys
from pathlib import Path
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication
app = QApplication([])
app.setOrganizationName("FacilitatorTests")
from facilitator.ui.shell.main_window import MainWindow
window = MainWindow()
window.move(100, 100)
window.show()
window.finish_startup(Path(sys.argv[1]))
out = {"screens": [s.name() for s in app.screens()], "main": window.screen().name()}
window.actions_by_name["present"].trigger()
for _ in range(5):
    QCoreApplication.processEvents()
p = window.presenter
out["f5"] = {"screen": p.screen().name(), "x": p.geometry().x(), "width": p.width(),
             "fullscreen": p.isFullScreen()}
window.stop_presenting()
QCoreApplication.processEvents()
laptop = app.screens()[0]
window.present(laptop)                  # View > Present on... > Screen 1
QCoreApplication.processEvents()
out["chosen"] = {"screen": window.presenter.screen().name(),
                 "x": window.presenter.geometry().x()}
menu = window.findChild(type(window.menu("View")), "menu:present-on")
menu.aboutToShow.emit()
out["menu"] = [a.text() for a in menu.actions()]
window.close()
print(json.dumps(out))
"""


def test_presenter_goes_full_screen_on_the_projector(tmp_path: Path) -> None:
    path = make_workshop(tmp_path)
    layout = tmp_path / "screens.json"
    layout.write_text(json.dumps(SCREENS))
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={layout}"}
    result = subprocess.run([sys.executable, "-c", SCRIPT, str(path)], capture_output=True,
                            text=True, env=env, cwd=ROOT, timeout=120)
    assert result.returncode == 0, result.stderr
    out = json.loads(result.stdout.strip().splitlines()[-1])
    assert out["screens"] == ["laptop", "projector"]
    assert out["main"] == "laptop"
    assert out["f5"] == {"screen": "projector", "x": 1600, "width": 1920, "fullscreen": True}
    assert out["chosen"] == {"screen": "laptop", "x": 0}
    assert out["menu"] == ["Screen 1: laptop (1600×900)", "Screen 2: projector (1920×1080)"]
