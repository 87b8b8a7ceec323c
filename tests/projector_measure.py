"""What the room can read on the projector, measured on the drawn projector window.

For one agenda item at one projector size, over every page of its worksheets:
- smallest: the smallest text in pixels (the projector's own labels, the worksheet's texts,
  and the texts of a live board: its labels and its cards' text at the board's scale);
- elided: primary texts (the idea, the action, the aspiration, a table's first column) that
  are not whole on screen (cut, or outside the worksheet area); cut: any text, primary or not,
  not whole on screen;
- overlaps: pairs of grid cards that cover each other on the board;
- per page: how many list entries (table rows, actions, cards, themes) a page holds, on the
  pages that hold any; lines: the median entry's height in lines of body text; thinnest: the
  fewest entries of one list on a page that list fills alone (neither its first page, shared
  with what comes before it, nor its last). A list of short entries spread one or two to a
  screen is a list the room cannot use.

`measure_item` works on the app's real PresenterWindow (through the slides renderer) and only
on what is drawn, so that it keeps measuring whatever the grid's layout becomes.
"""

from __future__ import annotations

from dataclasses import dataclass
from statistics import median

from PySide6.QtGui import QFontInfo
from PySide6.QtWidgets import QGraphicsItem, QGraphicsView, QLabel, QWidget

from facilitator.ui.run.slides import SlideRenderer
from facilitator.ui.worksheets.kit.projection import fits, line_height


@dataclass(frozen=True)
class Measured:
    template: str
    item: int          # 1-based, as the agenda numbers it
    size: str
    smallest: int      # px; the worksheet's and the projector's own text
    board_px: int      # px; a live board's smallest text (0: no board on this item)
    elided: int
    cut: int
    overlaps: int
    pages: int
    entries: int = 0        # list entries over all pages (a row, an action, a card, a theme)
    listing: int = 0        # pages that hold list entries
    lines: float = 0.0      # the median entry's height, in lines of body text

    thinnest: int = 0       # fewest entries of a list on a page it fills alone (0: none)

    @property
    def per_page(self) -> float:
        return self.entries / self.listing if self.listing else 0.0

    def row(self) -> str:
        board = str(self.board_px) if self.board_px else "-"
        per_page = f"{self.per_page:.1f}" if self.per_page else "-"
        lines = f"{self.lines:.1f}" if self.lines else "-"
        thinnest = str(self.thinnest) if self.thinnest else "-"
        return (f"{self.template:28} {self.item:>4} {self.size:>9} {self.smallest:>8} "
                f"{board:>8} {self.elided:>6} {self.cut:>4} {self.overlaps:>8} {self.pages:>5} "
                f"{per_page:>8} {lines:>5} {thinnest:>8}")


HEADER = (f"{'template':28} {'item':>4} {'size':>9} {'smallest':>8} {'board px':>8} "
          f"{'elided':>6} {'cut':>4} {'overlaps':>8} {'pages':>5} {'per page':>8} "
          f"{'lines':>5} {'thinnest':>8}")


def _label_px(label: QLabel) -> int:
    return QFontInfo(label.font()).pixelSize()


def _card_rect(item: QGraphicsItem) -> object | None:
    """A grid card's drawn rectangle in scene units (an item with a card_rect)."""
    rect = getattr(item, "card_rect", None)
    return item.mapRectToScene(rect()) if callable(rect) else None


def grid_overlaps(board: QWidget) -> int:
    """Pairs of visible cards that cover each other (more than a hairline) on `board`."""
    count = 0
    for view in board.findChildren(QGraphicsView):
        scene = view.scene()
        if scene is None:
            continue
        rects = [r for i in scene.items() if i.isVisible() and (r := _card_rect(i)) is not None]
        for a, rect in enumerate(rects):
            for other in rects[a + 1:]:
                common = rect.intersected(other)
                if common.width() > 1 and common.height() > 1:
                    count += 1
    return count


def board_text_px(board: QWidget) -> int:
    """The smallest text on a live board: its labels, its cards' and texts' fonts, and the
    texts it paints itself (axes, quadrant names), at the scale the board is drawn at."""
    sizes = [_label_px(label) for label in board.findChildren(QLabel)
             if label.isVisibleTo(board) and label.text().strip()]
    for view in board.findChildren(QGraphicsView):
        scale = view.transform().m11()
        scene = view.scene()
        for item in scene.items() if scene is not None else []:
            if not item.isVisible():
                continue
            own = getattr(item, "text_px", None)   # a card says what its text is drawn at
            font = getattr(item, "_font", None)    # (or, before it could, its font)
            if font is None and callable(getattr(item, "font", None)):
                font = item.font()
            if callable(own):
                px = float(own())
            elif font is not None:
                px = font.pixelSize() if font.pixelSize() > 0 else font.pointSizeF() * 96 / 72
            else:
                continue
            sizes.append(round(px * scale))
        painted = getattr(scene, "painted_text_px", None)   # what a board paints itself
        sizes += [round(px * scale) for px in (painted() if callable(painted) else [])]
    return min(sizes) if sizes else 0


def measure_item(renderer: SlideRenderer, template: str, index: int) -> Measured:
    pages = renderer.show(index)
    presenter = renderer.presenter
    sheet = presenter.sheet
    boards = [w for w in sheet.embeds.values()]
    smallest = min((_label_px(label) for label in presenter.findChildren(QLabel)
                    if label.isVisibleTo(presenter) and label.text().strip()
                    and not any(b.isAncestorOf(label) for b in boards)), default=10_000)
    board_px, elided, cut, overlaps = 10_000, 0, 0, 0
    heights: list[float] = []
    listing = 0   # pages that hold list entries
    lists: dict[str, list[int]] = {}   # a list's entries on each page it is on
    for page in range(pages):
        renderer.turn_to(page)
        drawn = sheet.current()
        if drawn is not None and drawn.entries:
            listing += 1
            heights += [h / line_height(sheet.sheet.px) for _list, h in drawn.entries]
            for name in dict.fromkeys(name for name, _h in drawn.entries):
                lists.setdefault(name, []).append(sum(n == name for n, _h in drawn.entries))
        for piece in sheet.pieces():
            smallest = min(smallest, piece.px)
            outside = piece.rect.bottom() > sheet.height() + 0.5 or \
                piece.rect.right() > sheet.width() + 0.5 or piece.rect.top() < -0.5
            whole = not outside and fits(piece)
            elided += piece.primary and not whole
            cut += not whole
        for board in sheet.embeds.values():
            if board.isVisible():
                overlaps += grid_overlaps(board)
                board_px = min(board_px, board_text_px(board) or 10_000)
    width, height = renderer.size
    return Measured(template, index + 1, f"{width}x{height}", smallest,
                    0 if board_px == 10_000 else board_px, elided, cut, overlaps, pages,
                    len(heights), listing, median(heights) if heights else 0.0,
                    min((n for counts in lists.values() for n in counts[1:-1]), default=0))
