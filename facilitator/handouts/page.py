"""Pages: Letter or A4, portrait or landscape, a running header and a 'page x of y' footer.

`Story` collects flowables and switches orientation (wide worksheets go on landscape pages)
without ever producing a blank page; `render` turns it into PDF bytes.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from typing import Any

from reportlab.lib.pagesizes import A4, LETTER, landscape
from reportlab.lib.units import inch
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Spacer,
)

from facilitator.handouts.fonts import BOLD, REGULAR, register_fonts
from facilitator.handouts.rtl import draw_line
from facilitator.handouts.shaping import ActualTextObject
from facilitator.handouts.style import ACCENT, MARGIN, MUTED, RULE

PAPERS: dict[str, tuple[float, float]] = {"letter": LETTER, "a4": A4}
PORTRAIT, LANDSCAPE = "portrait", "landscape"
HEADER_H = 0.85 * inch   # frame starts this far below the top edge
FOOTER_H = 0.8 * inch


def page_size(paper: str, orientation: str = PORTRAIT) -> tuple[float, float]:
    try:
        size = PAPERS[paper]
    except KeyError:
        raise ValueError(f"paper must be one of: {', '.join(PAPERS)}") from None
    return landscape(size) if orientation == LANDSCAPE else size


def frame_width(paper: str, orientation: str = PORTRAIT) -> float:
    return page_size(paper, orientation)[0] - 2 * MARGIN


def frame_height(paper: str, orientation: str = PORTRAIT) -> float:
    return page_size(paper, orientation)[1] - HEADER_H - FOOTER_H


@dataclass
class Story:
    """Flowables plus page-flow intent; breaks are added only where a page has content."""
    paper: str
    flowables: list[Flowable] = field(default_factory=list)
    orientation: str = PORTRAIT
    initial: str = PORTRAIT
    _fresh: bool = True   # nothing on the current page yet

    @property
    def width(self) -> float:
        return frame_width(self.paper, self.orientation)

    @property
    def height(self) -> float:
        return frame_height(self.paper, self.orientation)

    def add(self, *items: Flowable) -> None:
        if items:
            self.flowables.extend(items)
            self._fresh = False

    def new_page(self, orientation: str | None = None) -> None:
        wanted = orientation or self.orientation
        if not self.flowables:
            self.initial = self.orientation = wanted   # the first page takes it directly
            return
        if self._fresh:
            # A break is already pending: re-issue it with the wanted page template, so that
            # no blank page is ever produced.
            while self.flowables and isinstance(self.flowables[-1],
                                                (PageBreak, NextPageTemplate)):
                self.flowables.pop()
        # A gap left after the last block would spill alone onto the next page when that
        # block fills its page exactly, and the break would then leave that page blank.
        while self.flowables and isinstance(self.flowables[-1], Spacer):
            self.flowables.pop()
        if wanted != self.orientation or self._fresh:
            self.flowables.append(NextPageTemplate(wanted))
        self.orientation = wanted
        self.flowables.append(PageBreak())
        self._fresh = True


@dataclass(frozen=True)
class PageFurniture:
    title: str          # left of the header
    document: str       # right of the header, e.g. "Participant packet"
    footer_left: str    # e.g. the meeting date
    cover: bool = False  # first page has no running header
    page_label: str = "Page {page} of {total}"  # the footer, in the document's language


def _numbered_canvas(furniture: PageFurniture) -> type[Canvas]:
    class NumberedCanvas(Canvas):
        """Keeps each page until the end, so every footer can say 'page x of y'."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def beginText(self, x: float = 0, y: float = 0,
                      direction: str | None = None) -> ActualTextObject:
            # Shaped scripts copy and search in reading order (see handouts.shaping).
            return ActualTextObject(self, x, y, direction=direction)

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                width = self._pagesize[0]
                self.setFont(REGULAR, 8)
                self.setFillColor(MUTED)
                self.drawRightString(width - MARGIN, 0.45 * inch,
                                     furniture.page_label.format(page=self._pageNumber,
                                                                  total=total))
                super().showPage()
            super().save()

    return NumberedCanvas


def _draw_furniture(furniture: PageFurniture):  # type: ignore[no-untyped-def]
    def on_page(canvas: Canvas, doc: BaseDocTemplate) -> None:
        width, height = canvas._pagesize
        canvas.saveState()
        if not (furniture.cover and canvas.getPageNumber() == 1):
            canvas.setFont(REGULAR, 8)
            canvas.setFillColor(MUTED)
            _clipped(canvas, MARGIN, height - 0.5 * inch, furniture.title, width * 0.55)
            canvas.setFont(BOLD, 8)
            canvas.setFillColor(ACCENT)
            canvas.drawRightString(width - MARGIN, height - 0.5 * inch, furniture.document)
            canvas.setStrokeColor(RULE)
            canvas.setLineWidth(0.6)
            canvas.line(MARGIN, height - 0.6 * inch, width - MARGIN, height - 0.6 * inch)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.6)
        canvas.line(MARGIN, 0.62 * inch, width - MARGIN, 0.62 * inch)
        canvas.setFont(REGULAR, 8)
        canvas.setFillColor(MUTED)
        _clipped(canvas, MARGIN, 0.45 * inch, furniture.footer_left, width * 0.6)
        canvas.restoreState()

    return on_page


def _clipped(canvas: Canvas, x: float, y: float, text: str, max_width: float) -> None:
    """Draw one line of header text (any script), shortened with an ellipsis so it never
    runs over."""
    draw_line(canvas, x, y, text, canvas._fontname, canvas._fontsize, max_width=max_width)


def render(story: Story, furniture: PageFurniture, *, subject: str = "") -> bytes:
    """Lay the story out on pages and return the PDF."""
    register_fonts()
    buffer = io.BytesIO()
    doc = BaseDocTemplate(buffer, pagesize=page_size(story.paper, story.initial),
                          title=furniture.title, subject=subject or furniture.document,
                          author="Facilitator", creator="Facilitator", leftMargin=MARGIN,
                          rightMargin=MARGIN, topMargin=HEADER_H, bottomMargin=FOOTER_H,
                          initialFontName=REGULAR)  # else Helvetica is referenced, unembedded
    furniture_cb = _draw_furniture(furniture)
    templates = []
    order = (LANDSCAPE, PORTRAIT) if story.initial == LANDSCAPE else (PORTRAIT, LANDSCAPE)
    for orientation in order:
        width, height = page_size(story.paper, orientation)
        frame = Frame(MARGIN, FOOTER_H, width - 2 * MARGIN, height - HEADER_H - FOOTER_H,
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0,
                      id=orientation)
        templates.append(PageTemplate(id=orientation, frames=[frame], onPage=furniture_cb,
                                      pagesize=(width, height)))
    doc.addPageTemplates(templates)
    doc.build(list(story.flowables), canvasmaker=_numbered_canvas(furniture))
    return buffer.getvalue()
