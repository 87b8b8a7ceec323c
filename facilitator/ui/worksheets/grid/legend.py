"""The projector's key to the numbered markers: number, then the card's whole text, wrapped.

Listed by number, which is priority order (scene.numbers), with each quadrant's name over its
cards, so the room reads the prioritization as a list. An example is told in words and style
(italic, "Example:"), not by colour alone. The text is never cut: when the list is taller than
the board, it pages (a footer says which page), and shows the page of the card the facilitator
last moved, so the room reads about the card being discussed.
"""

from __future__ import annotations

import html
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QRect, Qt
from PySide6.QtGui import QFont, QFontMetrics, QResizeEvent
from PySide6.QtWidgets import QGridLayout, QLabel, QSizePolicy, QWidget

LEGEND_TEXT_PX = 13.0   # times the text zoom, unless set (the projector's body size)
translate = QCoreApplication.translate


@dataclass(frozen=True)
class Entry:
    number: int
    label: str
    colour: str
    example: bool
    quadrant: str
    ref: str = ""
    at: int = 0          # drawn in the marker of this number ("7+2" on a crowded projector)

    @property
    def text(self) -> str:
        text = translate("Grid", "Example: {label}").format(label=self.label) if self.example \
            else self.label
        if self.at:
            text += " " + translate("Grid", "(in {number}+)").format(number=self.at)
        return text


class GridLegend(QWidget):
    def __init__(self, zoom: float, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.zoom = zoom
        self.setAccessibleName(translate("Grid", "Key to the numbered cards"))
        # As tall as the board beside it, never taller: what does not fit goes to a next page.
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Ignored)
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(8, 0, 0, 0)
        self._grid.setHorizontalSpacing(round(6 * zoom))
        self._grid.setVerticalSpacing(round(2 * zoom))
        self._grid.setColumnStretch(1, 1)
        self._entries: list[Entry] = []
        self.pages: list[list[Entry]] = []
        self.page = 0
        self._focus = ""
        self._shown: tuple[object, ...] = ()
        self._px = 0   # set by the projector: its body size

    @property
    def text_px(self) -> int:
        return self._px or round(LEGEND_TEXT_PX * self.zoom)

    def set_text_px(self, px: int) -> None:
        if px != self._px:
            self._px = px
            self._grid.setHorizontalSpacing(round(px * 0.4))
            self._grid.setVerticalSpacing(round(px * 0.15))
            self._paginate()

    def turn(self, step: int) -> bool:
        """The next (or previous) page, by hand; False at either end."""
        if not 0 <= self.page + step < len(self.pages):
            return False
        self.turn_to(self.page + step)
        return True

    def turn_to(self, page: int) -> None:
        self._focus = ""   # paged by hand: no longer held on the moved card's page
        self.page = max(0, min(page, len(self.pages) - 1))
        self._render()

    def set_entries(self, entries: list[Entry]) -> None:
        self._entries = list(entries)
        self._paginate()

    def show_card(self, ref: str) -> None:
        """Turn to the page that lists `ref` (the card the facilitator is moving)."""
        self._focus = ref
        self._paginate()

    def entries(self) -> list[Entry]:
        return list(self._entries)

    def shown(self) -> list[Entry]:
        """The entries on the page the room sees."""
        return list(self.pages[self.page]) if self.pages else []

    # -- paging -------------------------------------------------------------------------------
    def _font(self, bold: bool = False) -> QFont:
        font = QFont(self.font())
        font.setPixelSize(self.text_px)
        font.setBold(bold)
        return font

    def _paginate(self) -> None:
        metrics = QFontMetrics(self._font())
        number_w = metrics.horizontalAdvance("888") + self._grid.horizontalSpacing()
        width = max(80, self.width() - number_w - 12)
        line = metrics.lineSpacing() + self._grid.verticalSpacing()
        room = max(line * 3, self.height() - line - 4)   # the footer's line kept free
        pages: list[list[Entry]] = [[]]
        used, quadrant = 0, None
        for entry in self._entries:
            tall = metrics.boundingRect(QRect(0, 0, width, 100000),
                                        int(Qt.TextFlag.TextWordWrap), entry.text).height()
            tall += self._grid.verticalSpacing()
            header = line if entry.quadrant != quadrant or not pages[-1] else 0
            if pages[-1] and used + header + tall > room:
                pages.append([])
                used, header = 0, line
            pages[-1].append(entry)
            used += header + tall
            quadrant = entry.quadrant
        self.pages = pages if self._entries else []
        focus = next((i for i, page in enumerate(self.pages)
                      if any(e.ref == self._focus for e in page)), None)
        if focus is not None:
            self.page = focus
        self.page = min(self.page, max(0, len(self.pages) - 1))
        self._render()

    def _render(self) -> None:
        page = self.shown()
        key = (tuple(page), self.page, len(self.pages), self.text_px)
        if key == self._shown:
            return
        self._shown = key
        for row in range(self._grid.rowCount()):
            self._grid.setRowStretch(row, 0)
        while self._grid.count():
            item = self._grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()   # now: a picture taken before the next event turn is right
                widget.deleteLater()
        size = f"font-size:{self.text_px}px"
        row, quadrant = 0, None
        for entry in page:
            if entry.quadrant != quadrant:
                quadrant = entry.quadrant
                header = QLabel(html.escape(quadrant))
                header.setStyleSheet(f"{size}; font-weight:bold; color:#5A5A5A")
                self._grid.addWidget(header, row, 0, 1, 2)
                row += 1
            number = QLabel(str(entry.number))
            number.setStyleSheet(f"{size}; font-weight:bold; color:{entry.colour}")
            number.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
            text = QLabel(f"<i>{html.escape(entry.text)}</i>" if entry.example
                          else html.escape(entry.text))
            text.setTextFormat(Qt.TextFormat.RichText)
            text.setWordWrap(True)
            text.setStyleSheet(size)
            text.setAccessibleName(f"{entry.number}: {entry.text}")
            self._grid.addWidget(number, row, 0)
            self._grid.addWidget(text, row, 1)
            row += 1
        self._grid.setRowStretch(row, 1)
        if len(self.pages) > 1:
            first, last = page[0].number, page[-1].number
            footer = QLabel(translate("Grid", "Page {page} of {pages}: cards {first}–{last} of "
                                      "{count}").format(page=self.page + 1, pages=len(self.pages),
                                                        first=first, last=last,
                                                        count=len(self._entries)))
            footer.setObjectName("legendFooter")
            footer.setStyleSheet(f"{size}; color:#5A5A5A")
            self._grid.addWidget(footer, row + 1, 0, 1, 2)
        # The new page's labels placed and shown now, not on the next event turn: a slide is
        # taken at once.
        self._grid.activate()
        for index in range(self._grid.count()):
            item = self._grid.itemAt(index)
            if item is not None and item.widget() is not None:
                item.widget().show()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._paginate()
