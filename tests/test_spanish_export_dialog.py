"""File > Export… writes a Spanish workbook while the app's window stays in English, and
remembers the choice for the next export."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog
from pytestqt.qtbot import QtBot

from facilitator.services.demo import create_demo
from facilitator.ui.kit.translator import system_language
from facilitator.ui.shell import actions_menu
from facilitator.ui.shell.actions_menu import ExportDialog
from tests.ui_runner_helpers import open_window


def test_export_in_spanish_from_an_english_app(qtbot: QtBot, tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "d.workshop"
    create_demo(path).close()
    window = open_window(qtbot, path)
    made = actions_menu.install(window)
    target = tmp_path / "sesión"  # no extension typed: the format's is added
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(target), "")))
    seen: dict[str, object] = {}

    def fill_in() -> None:
        dialog = QApplication.activeModalWidget()
        try:
            assert isinstance(dialog, ExportDialog)
            seen["default"] = dialog.language
            dialog.activateWindow()
            dialog.format_box.setFocus()
            qtbot.keyClicks(dialog.format_box, "Excel")  # typing a name picks it
            qtbot.keyClick(dialog.format_box, Qt.Key.Key_Tab)  # on to "Include"
            qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)  # the privacy box
            qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)  # the language
            seen["focus"] = dialog.focusWidget().accessibleName()
            qtbot.keyClicks(dialog.language_box, "Esp")
            ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
            qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
        finally:
            if dialog is not None and dialog.isVisible():
                dialog.reject()  # never leave a modal dialog waiting on a failed test

    QTimer.singleShot(0, fill_in)
    made["export"].trigger()

    assert seen["default"] == system_language() == "en"  # the test machine speaks English
    assert seen["focus"] == "Language of the export"  # Tab reads in order
    book = openpyxl.load_workbook(tmp_path / "sesión.xlsx")
    assert book.sheetnames[:3] == ["Acciones", "Reuniones", "Participantes"]
    headers = [c.value for c in book["Acciones"][1]]
    assert headers[:4] == ["Acción", "Responsable", "Plazo", "Estado"]
    assert "Origen" in headers and "Estado por reunión" in headers
    statuses = {row[3] for row in book["Acciones"].iter_rows(min_row=2, values_only=True)}
    assert statuses <= {"sin iniciar", "en curso", "completada", "abandonada",
                        "bloqueada o atrasada"} and statuses
    assert any(name.startswith("Aspiración") for name in book.sheetnames)  # the template's
    assert window.menu("File").title() == "&File"  # the app itself stays in English

    again = ExportDialog(window)
    qtbot.addWidget(again)
    assert again.language == "es"  # remembered
