"""`facilitator slides`: the projector's view of each agenda item as images (and one PDF), so a
facilitator can check a projector size beforehand and send the slides afterwards.

Headless (Qt's offscreen platform), on a read-only open of the file (nothing is written), with
the very widgets the projector shows: a PresenterWindow at the asked size, one image per page of
each item's worksheets.
"""

from __future__ import annotations

import os
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

SIZE = re.compile(r"^(\d{3,5})[xX](\d{3,5})$")


class SlidesError(ValueError):
    """A wrong argument, said in one line."""


def parse_size(text: str) -> tuple[int, int]:
    found = SIZE.match(text.strip())
    if not found:
        raise SlidesError(f"--size {text!r}: give width x height in pixels, e.g. 1280x720")
    width, height = int(found[1]), int(found[2])
    if not (320 <= width <= 7680 and 240 <= height <= 4320):
        raise SlidesError(f"--size {text}: from 320x240 up to 7680x4320")
    return width, height


@dataclass(frozen=True)
class Slide:
    item: int       # agenda index (0-based)
    page: int       # page of that item's worksheets (0-based)
    pages: int
    path: Path


def _app() -> object:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication(["facilitator-slides"])


def _slug(text: str) -> str:
    # "Establecer los propósitos" -> "establecer-los-propositos": accents dropped, not the letter
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    words = re.sub(r"[^a-z0-9]+", "-", plain.lower()).strip("-")
    return words[:40].rstrip("-") or "item"


class SlideRenderer:
    """A read-only projector for one meeting of an open workshop, `width` x `height`."""

    def __init__(self, ws: object, width: int, height: int, meeting: int | None = None) -> None:
        _app()
        from PySide6.QtCore import Qt
        from PySide6.QtGui import QUndoStack

        from facilitator.services.meetings import meeting_by_number
        from facilitator.ui.kit.hub import ChangeHub
        from facilitator.ui.run.presenter import PresenterWindow
        from facilitator.ui.run.workshop_page import WorkshopPage

        self.ws = ws
        meeting_id = meeting_by_number(ws, meeting).id  # type: ignore[arg-type]
        self.page = WorkshopPage(ws, ChangeHub(), QUndoStack(), meeting=meeting_id)  # type: ignore[arg-type]
        self.presenter = PresenterWindow(self.page)
        self.presenter.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        self.presenter.resize(width, height)
        self.presenter.show()
        self.size = (width, height)
        self._at = 0   # the slide shown of the current item (its pages, and pages within them)

    def show(self, item: int) -> int:
        """Show agenda item `item`; returns how many pages its worksheets take (at least 1)."""
        from PySide6.QtWidgets import QApplication

        self.page.runner.go_to(item)   # read-only: nothing is stored
        if self.presenter.page.runner.current != item:
            raise SlidesError(f"item {item + 1} does not exist")
        QApplication.processEvents()
        sheet = self.presenter.sheet
        sheet.rebuild()   # laid out for this size now, not on a later turn
        # Counted by turning, as PgDown does: a worksheet that pages itself (the grid's key to
        # its cards) adds its pages to the sheet's.
        count = 1
        while sheet.turn(1):
            count += 1
        while sheet.turn(-1):
            pass
        self._at = 0
        return count

    def turn_to(self, page: int) -> None:
        sheet = self.presenter.sheet
        while self._at < page and sheet.turn(1):
            self._at += 1

    def grab(self) -> object:
        return self.presenter.grab().toImage()

    def close(self) -> None:
        self.presenter.close()
        self.presenter.deleteLater()
        self.page.shutdown()
        self.page.deleteLater()


def render_slides(path: Path, out: Path, *, size: str, meeting: int | None = None,
                  item: int | None = None, pdf: bool = False) -> list[Path]:
    """Write one PNG per page of each agenda item (or of item `item`, 1-based) into `out`,
    and with `pdf` one PDF deck of them; returns the files written."""
    from facilitator.services.workshop import open_workshop

    width, height = parse_size(size)
    out = Path(out)
    with open_workshop(Path(path), readonly=True) as ws:
        agenda = ws.shown.agenda
        if item is not None and not 1 <= item <= len(agenda):
            raise SlidesError(f"--item {item}: this workshop's agenda has items 1 to "
                              f"{len(agenda)}")
        out.mkdir(parents=True, exist_ok=True)
        _app()
        from facilitator.ui.kit import translator

        # The slides speak the workshop's language throughout: its template's text, and the
        # projector's own words ("Page 2 of 3") too.
        before = translator.current
        if ws.language != before:
            translator.install(ws.language)
        renderer = SlideRenderer(ws, width, height, meeting)
        try:
            slides = list(_render(renderer, agenda, out, item))
        finally:
            renderer.close()
            if translator.current != before:
                translator.install(before)
    written = [s.path for s in slides]
    if pdf:
        deck = out / f"{_slug(Path(path).stem)}-slides.pdf"
        write_pdf(written, deck, width, height)
        written.append(deck)
    return written


def _render(renderer: SlideRenderer, agenda: tuple, out: Path,
            only: int | None) -> Iterator[Slide]:
    for index, entry in enumerate(agenda):
        if only is not None and index != only - 1:
            continue
        pages = renderer.show(index)
        for page in range(pages):
            renderer.turn_to(page)
            suffix = f"-p{page + 1:02d}" if pages > 1 else ""   # sorts in page order
            target = out / f"{index + 1:02d}-{_slug(entry.title)}{suffix}.png"
            image = renderer.grab()
            if not image.save(str(target), "PNG"):  # type: ignore[attr-defined]
                raise OSError(f"could not write {target}")
            yield Slide(index, page, pages, target)


def write_pdf(images: list[Path], target: Path, width: int, height: int) -> None:
    """One page per image, each page the projector's shape (1 px = 1 pt)."""
    _app()
    from PySide6.QtCore import QMarginsF, QRectF, QSizeF
    from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter, QPdfWriter

    writer = QPdfWriter(str(target))
    writer.setResolution(72)
    writer.setPageLayout(QPageLayout(QPageSize(QSizeF(width, height), QPageSize.Unit.Point),
                                     QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0)))
    writer.setTitle(target.stem)
    writer.setCreator("Facilitator")
    painter = QPainter(writer)
    try:
        for number, image_path in enumerate(images):
            if number:
                writer.newPage()
            painter.drawImage(QRectF(0, 0, width, height), QImage(str(image_path)))
    finally:
        painter.end()
