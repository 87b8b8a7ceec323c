"""File > Handouts… in the real facilitator window (installed the way the lead wires it:
handouts_dialog.install(window)): choose, write, preview, print."""

from __future__ import annotations

from pathlib import Path

import pypdf
import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QAccessible, QDesktopServices
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from facilitator.services.demo import create_demo
from facilitator.ui.shell import handouts_dialog
from facilitator.ui.shell.handouts_dialog import HandoutsDialog
from tests.ui_runner_helpers import open_window


@pytest.fixture
def demo(tmp_path: Path) -> Path:
    path = tmp_path / "d.workshop"
    create_demo(path).close()
    return path


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """What was handed to the system's PDF viewer (nothing really opens in a test)."""
    urls: list[str] = []

    def fake_open(url: QUrl) -> bool:
        urls.append(url.toLocalFile())
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(fake_open))
    return urls


def _open_dialog(qtbot: QtBot, window: QWidget) -> HandoutsDialog:
    action = handouts_dialog.install(window)
    assert action.shortcut().toString() == "Ctrl+P"
    action.trigger()
    dialog = window.findChild(HandoutsDialog)
    assert dialog is not None
    qtbot.waitExposed(dialog)
    return dialog


def test_entry_sits_in_the_file_menu_above_quit(qtbot: QtBot, demo: Path) -> None:
    window = open_window(qtbot, demo)
    handouts_dialog.install(window)
    texts = [a.text() for a in window.menu("File").actions()]
    assert "&Handouts…" in texts
    if "&Quit" in texts:
        assert texts.index("&Handouts…") < texts.index("&Quit")


def test_write_a4_summary_and_per_participant_packets_then_preview_and_print(
        qtbot: QtBot, demo: Path, tmp_path: Path, opened: list[str]) -> None:
    window = open_window(qtbot, demo)
    dialog = _open_dialog(qtbot, window)
    out = tmp_path / "prints"
    for kind, box in dialog.kind_boxes.items():
        box.setChecked(kind in ("packet", "summary"))
    qtbot.mouseClick(dialog.per_participant, Qt.MouseButton.LeftButton)
    assert dialog.per_participant.isChecked()
    dialog.paper.setCurrentIndex(dialog.paper.findData("a4"))
    dialog.folder.setText(str(out))
    qtbot.mouseClick(dialog.generate_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.is_busy() and bool(dialog.written), timeout=30000)

    assert len(dialog.written) == 7 + 1  # one packet per participant, and the summary
    assert dialog.files.count() == 8 and dialog.files.isVisible()
    names = [dialog.files.item(i).text() for i in range(dialog.files.count())]
    assert "attract-and-retain-demo-focus-group-packet-jose-alvarez.pdf" in names
    for path in dialog.written:
        assert path.parent == out
        first = pypdf.PdfReader(path).pages[0]
        assert round(float(first.mediabox.width)) == 595  # A4
    cover = pypdf.PdfReader(out / "attract-and-retain-demo-focus-group-packet-jose-alvarez.pdf")
    assert "José Álvarez" in cover.pages[0].extract_text()
    assert "8 handouts written" in dialog.status.text()
    assert "could not be printed" not in dialog.status.text()  # every name here has a font

    dialog.files.setCurrentRow(names.index("attract-and-retain-demo-focus-group-summary.pdf"))
    qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    assert opened == [str(out / "attract-and-retain-demo-focus-group-summary.pdf")]
    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)  # Linux: via the viewer
    assert len(opened) == 2 and "print it from there" in dialog.status.text()


def test_a_name_no_font_can_print_is_reported_in_the_dialog_and_status_bar(
        qtbot: QtBot, tmp_path: Path) -> None:
    from facilitator.services.people import add_participant
    from facilitator.services.workshop import open_workshop

    path = tmp_path / "d.workshop"
    create_demo(path).close()
    with open_workshop(path) as ws:
        add_participant(ws, "Melting \U0001FAE0", "Parent")  # newer than every shipped face
    window = open_window(qtbot, path)
    dialog = _open_dialog(qtbot, window)
    for kind, box in dialog.kind_boxes.items():
        box.setChecked(kind == "guide")  # the guide lists the participants
    dialog.folder.setText(str(tmp_path / "out"))
    qtbot.mouseClick(dialog.generate_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.is_busy() and bool(dialog.written), timeout=30000)

    status = dialog.status.text()
    assert "1 handout written" in status
    assert "1 character could not be printed" in status and "U+1FAE0" in status
    bar = window.statusBar().currentMessage()
    assert "could not be printed" in bar and "U+1FAE0" in bar and "\n" not in bar


def test_choices_are_remembered_for_next_time(qtbot: QtBot, demo: Path, tmp_path: Path) -> None:
    window = open_window(qtbot, demo)
    dialog = _open_dialog(qtbot, window)
    for kind, box in dialog.kind_boxes.items():
        box.setChecked(kind == "actions")
    dialog.paper.setCurrentIndex(dialog.paper.findData("letter"))
    dialog.folder.setText(str(tmp_path / "a"))
    qtbot.mouseClick(dialog.generate_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(dialog.written), timeout=30000)
    dialog.close()
    again = HandoutsDialog(window)
    qtbot.addWidget(again)
    assert again.chosen_kinds() == ["actions"]
    assert again.paper.currentData() == "letter"


def test_nothing_chosen_means_nothing_to_write(qtbot: QtBot, demo: Path) -> None:
    window = open_window(qtbot, demo)
    dialog = _open_dialog(qtbot, window)
    for box in dialog.kind_boxes.values():
        box.setChecked(False)
    assert not dialog.generate_button.isEnabled()
    dialog.kind_boxes["packet"].setChecked(True)
    assert dialog.generate_button.isEnabled() and dialog.per_participant.isEnabled()
    dialog.kind_boxes["packet"].setChecked(False)
    dialog.kind_boxes["guide"].setChecked(True)
    assert not dialog.per_participant.isEnabled()


def test_a_folder_that_cannot_be_made_is_reported_not_raised(qtbot: QtBot, demo: Path,
                                                              tmp_path: Path) -> None:
    window = open_window(qtbot, demo)
    dialog = _open_dialog(qtbot, window)
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    dialog.folder.setText(str(blocker / "sub"))
    qtbot.mouseClick(dialog.generate_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.is_busy() and "cannot create" in dialog.status.text(),
                    timeout=30000)
    assert dialog.written == []
    assert "cannot create the folder" in window.statusBar().currentMessage()


def test_cancel_stops_between_documents_and_says_so(qtbot: QtBot, demo: Path,
                                                    tmp_path: Path) -> None:
    window = open_window(qtbot, demo)
    dialog = _open_dialog(qtbot, window)
    for kind, box in dialog.kind_boxes.items():
        box.setChecked(kind == "packet")
    dialog.per_participant.setChecked(True)
    dialog.folder.setText(str(tmp_path / "c"))
    qtbot.mouseClick(dialog.generate_button, Qt.MouseButton.LeftButton)
    assert dialog.close_button.text() == "Cancel" and not dialog.generate_button.isEnabled()
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=30000)
    assert dialog.isVisible()  # Cancel stopped the work, it did not close the dialog
    assert "Stopped" in dialog.status.text()
    assert len(list((tmp_path / "c").glob("*.pdf"))) < 7
    assert dialog.close_button.text() == "Close" and dialog.generate_button.isEnabled()


def test_every_control_has_an_accessible_name(qtbot: QtBot, demo: Path) -> None:
    window = open_window(qtbot, demo)
    dialog = _open_dialog(qtbot, window)
    for widget in dialog.findChildren(QWidget):
        if isinstance(widget, QAbstractButton | QComboBox | QLineEdit) and widget.isVisible():
            face = QAccessible.queryAccessibleInterface(widget)
            assert face is not None and face.text(QAccessible.Text.Name), widget
