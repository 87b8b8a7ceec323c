"""`facilitator slides` as a user runs it: one image per page of each agenda item at the asked
size, a PDF deck, the file untouched, clear one-line errors; and the images are what the app's
projector shows."""

from __future__ import annotations

import hashlib
import io
import struct
from pathlib import Path

import pypdf
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from facilitator.services.demo import create_demo
from tests.helpers import make_workshop, run_cli
from tests.ui_runner_helpers import open_window


def _png_size(path: Path) -> tuple[int, int]:
    head = path.read_bytes()[:24]
    assert head[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", head[16:24])


def _demo(tmp_path: Path) -> Path:
    path = tmp_path / "demo.workshop"
    create_demo(path).close()
    return path


def test_slides_of_every_item_and_a_pdf_deck(tmp_path: Path) -> None:
    path = _demo(tmp_path)
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    out = tmp_path / "slides"
    result = run_cli("slides", str(path), "--size", "1280x720", "--out", str(out), "--pdf")
    assert result.returncode == 0, result.stderr
    listed = [Path(line) for line in result.stdout.splitlines()]
    images = [p for p in listed if p.suffix == ".png"]
    decks = [p for p in listed if p.suffix == ".pdf"]
    assert len(decks) == 1 and all(p.exists() for p in listed)
    for number in range(1, 8):   # every agenda item has at least one slide
        assert any(p.name.startswith(f"{number:02d}-") for p in images), number
    assert any(p.name.endswith("-p02.png") for p in images)   # a long item pages
    assert {_png_size(p) for p in images} == {(1280, 720)}
    reader = pypdf.PdfReader(io.BytesIO(decks[0].read_bytes()))
    assert len(reader.pages) == len(images)
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (1280, 720)
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before   # nothing written


def test_one_item_of_one_meeting(tmp_path: Path) -> None:
    path = make_workshop(tmp_path, "check-in")
    out = tmp_path / "one"
    result = run_cli("slides", str(path), "--meeting", "1", "--item", "3", "--size", "1920x1080",
                     "--out", str(out))
    assert result.returncode == 0, result.stderr
    names = [Path(line).name for line in result.stdout.splitlines()]
    assert names and all(n.startswith("03-") for n in names)
    assert {_png_size(out / n) for n in names} == {(1920, 1080)}


def test_wrong_arguments_get_one_clear_line(tmp_path: Path) -> None:
    path = make_workshop(tmp_path, "check-in")
    cases = {("--size", "big"): "give width x height in pixels, e.g. 1280x720",
             ("--size", "1280x720", "--item", "9"): "items 1 to 3",
             ("--size", "1280x720", "--meeting", "4"): "meeting 4 does not exist"}
    for args, said in cases.items():
        result = run_cli("slides", str(path), *args, "--out", str(tmp_path / "x"))
        assert result.returncode != 0
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1 and said in lines[0], result.stderr
    not_ours = tmp_path / "notes.txt"
    not_ours.write_text("hello")
    result = run_cli("slides", str(not_ours), "--size", "1280x720", "--out", str(tmp_path / "y"))
    assert result.returncode != 0 and len(result.stderr.strip().splitlines()) == 1


def test_a_slide_is_what_the_projector_shows(qtbot: QtBot, tmp_path: Path) -> None:
    """The command and the app draw with the same code: same size, same pixels."""
    path = _demo(tmp_path)
    out = tmp_path / "slides"
    result = run_cli("slides", str(path), "--item", "3", "--size", "1280x720", "--out", str(out))
    assert result.returncode == 0, result.stderr
    first = Path(result.stdout.splitlines()[0])
    window = open_window(qtbot, path)
    window.go_to_item(2)
    qtbot.keyClick(window, Qt.Key.Key_F5)
    presenter = window.presenter
    presenter.showNormal()
    presenter.resize(1280, 720)
    qtbot.waitUntil(lambda: presenter.size().width() == 1280, timeout=2000)
    qtbot.wait(100)   # the layout settles at the new size (one more turn of the event loop)
    presenter.sheet.rebuild()
    shown = presenter.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    slide = QImage(str(first)).convertToFormat(QImage.Format.Format_RGB32)
    assert shown.size() == slide.size()
    assert shown == slide
    window.close_workshop()
