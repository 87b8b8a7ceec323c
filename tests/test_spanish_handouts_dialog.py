"""File > Handouts… prints a Spanish packet while the app's window stays in English, and
remembers the choice."""

from __future__ import annotations

from pathlib import Path

import pypdf
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from facilitator.services.demo import create_demo
from facilitator.ui.shell import handouts_dialog
from facilitator.ui.shell.handouts_dialog import HandoutsDialog
from tests.ui_runner_helpers import open_window


def test_choose_espanol_and_the_packet_prints_in_spanish(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "d.workshop"
    create_demo(path).close()
    window = open_window(qtbot, path)
    handouts_dialog.install(window).trigger()
    dialog = window.findChild(HandoutsDialog)
    assert dialog is not None
    qtbot.waitExposed(dialog)
    for kind, box in dialog.kind_boxes.items():
        box.setChecked(kind == "packet")
    assert dialog.language.accessibleName() == "Language of the handouts"
    dialog.language.setFocus()
    qtbot.keyClicks(dialog.language, "Esp")  # typing a name picks it, as in any combo box
    assert dialog.language.currentData() == "es"
    dialog.folder.setText(str(tmp_path / "out"))
    qtbot.mouseClick(dialog.generate_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.is_busy() and bool(dialog.written), timeout=30000)

    [written] = dialog.written
    assert written.name == "attract-and-retain-demo-focus-group-packet-es.pdf"
    first = pypdf.PdfReader(written).pages[0].extract_text()
    assert "CUADERNILLO DEL PARTICIPANTE" in first and "Página 1 de" in first
    assert window.menu("File").title() == "&File"  # the app itself stays in English
    dialog.close()
    again = HandoutsDialog(window)
    qtbot.addWidget(again)
    assert again.language.currentData() == "es"
