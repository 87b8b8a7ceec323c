"""Where the projector's grid puts its parts: the board as large as the room left allows, its
axes written beside it as ordinary text, and the key (categories, examples, then the numbered
cards, paged) in the column to its right.

Every text here is at the projector's body size (the sheet's floor: 24 px at 1280x720, 36 px
at 1920x1080, more with the facilitator's zoom); the board's own texts (marker numbers, quadrant
names) are sized by the scene to read at that size too. Geometry is set by hand, not by a
QLayout: the board's size follows from the text's, and the legend's pages from what is left.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QRect, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QGraphicsView, QLabel, QWidget

from facilitator.domain.template import GridBlock
from facilitator.ui.worksheets.kit.projection import ACCENT, HEADING_RATIO, TypeScale

translate = QCoreApplication.translate

BASE_ZOOM = 2.0          # the projector's worksheet zoom before the facilitator's own
LEGEND_SHARE = 0.42      # of the width, at least, for the key beside the board


def projected_px(window: QWidget, zoom: float) -> int:
    """The projector's body size for this window: the sheet's floor, scaled by the
    facilitator's "larger text" (never below the floor)."""
    size = window.size()
    floor = TypeScale(max(1, size.width()), max(1, size.height())).floor
    return round(floor * max(1.0, zoom / BASE_ZOOM))


def _label(parent: QWidget, text: str, name: str, *, bold: bool = False) -> QLabel:
    label = QLabel(text, parent)
    label.setTextFormat(Qt.TextFormat.PlainText)   # axis names are the template's data
    label.setWordWrap(True)
    label.setAccessibleName(name)
    label.setProperty("bold", bold)
    return label


class AxisLabels:
    """The two axes' names and their low and high ends, as text beside the board."""

    def __init__(self, block: GridBlock, parent: QWidget) -> None:
        self.y_high = _label(parent, translate("Grid", "▲ higher"),
                             translate("Grid", "Top of the board: higher"))
        self.y_name = _label(parent, block.y_label, translate("Grid", "Vertical axis"),
                             bold=True)
        self.y_low = _label(parent, translate("Grid", "▼ lower"),
                            translate("Grid", "Bottom of the board: lower"))
        self.x_low = _label(parent, translate("Grid", "◀ harder"),
                            translate("Grid", "Left of the board: harder"))
        self.x_name = _label(parent, block.x_label, translate("Grid", "Horizontal axis"),
                             bold=True)
        self.x_high = _label(parent, translate("Grid", "easier ▶"),
                             translate("Grid", "Right of the board: easier"))
        for label in (self.y_high, self.y_name, self.y_low):
            label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.x_low.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.x_name.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.x_high.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)

    def labels(self) -> list[QLabel]:
        return [self.y_high, self.y_name, self.y_low, self.x_low, self.x_name, self.x_high]


@dataclass
class Parts:
    title: QLabel
    view: QGraphicsView
    axes: AxisLabels
    key: list[QLabel]     # above the legend: the categories, what an example looks like
    legend: QWidget


def style_title(title: QLabel, px: int) -> None:
    title.setStyleSheet(f"font-size:{round(px * HEADING_RATIO)}px; font-weight:bold; "
                        f"color:{ACCENT}")


def style_text(labels: list[QLabel], px: int) -> None:
    for label in labels:
        weight = "bold" if label.property("bold") else "normal"
        style = f"font-size:{px}px; font-weight:{weight}"
        if label.styleSheet() != style:
            label.setStyleSheet(style)


def arrange(parts: Parts, width: int, height: int, px: int) -> None:
    """Lay the parts out in `width` x `height` at body size `px`."""
    font = QFont(parts.view.font())
    font.setPixelSize(px)
    metrics = QFontMetrics(font)
    bold = QFont(font)
    bold.setBold(True)
    bold_metrics = QFontMetrics(bold)
    gap = max(6, round(px * 0.4))
    line = metrics.lineSpacing()
    title_h = parts.title.heightForWidth(width)
    parts.title.setGeometry(0, 0, width, title_h)
    y0 = title_h + gap
    height -= y0
    axes = parts.axes
    # The left column: as wide as its longest end, or the vertical axis's name (wrapped).
    name_w = min(bold_metrics.horizontalAdvance(axes.y_name.text()), px * 7)
    left = max(metrics.horizontalAdvance(axes.y_high.text()),
               metrics.horizontalAdvance(axes.y_low.text()), name_w) + 4
    scene = parts.view.sceneRect()
    aspect = scene.width() / max(1.0, scene.height())
    ends = metrics.horizontalAdvance(axes.x_low.text()) + \
        metrics.horizontalAdvance(axes.x_high.text()) + 2 * gap
    board_w = 0
    for rows in (1, 2, 3):   # the horizontal axis on one line if the board is wide enough
        axis_h = rows * line
        board_h = max(4 * line, height - axis_h - gap)
        board_w = min(round(board_h * aspect),
                      max(8 * px, round(width * (1 - LEGEND_SHARE)) - left - gap))
        board_h = round(board_w / aspect)
        name = bold_metrics.boundingRect(QRect(0, 0, board_w if rows < 3 else board_w - ends,
                                               10_000), int(Qt.TextFlag.TextWordWrap),
                                         axes.x_name.text()).height()
        if rows == 1 and ends + bold_metrics.horizontalAdvance(axes.x_name.text()) <= board_w:
            break
        if rows == 2 and name <= line:
            break
        if rows == 3:
            axis_h = max(line, name) + line
    x0 = left + gap
    parts.view.setGeometry(x0, y0, board_w, board_h)
    axes.y_high.setGeometry(0, y0, left, line)
    axes.y_low.setGeometry(0, y0 + board_h - line, left, line)
    name_h = axes.y_name.heightForWidth(left)
    axes.y_name.setGeometry(0, y0 + max(line, (board_h - name_h) // 2), left,
                            min(name_h, max(line, board_h - 2 * line)))
    top = y0 + board_h + gap // 2
    axes.x_low.setGeometry(x0, top, board_w // 2, line)
    axes.x_high.setGeometry(x0 + board_w - board_w // 2, top, board_w // 2, line)
    if axis_h == line:
        axes.x_name.setGeometry(x0, top, board_w, line)
    else:
        axes.x_name.setGeometry(x0, top + line, board_w, axis_h - line)
    # The key's column: the categories and the example's look, then the numbered cards.
    kx = x0 + board_w + 2 * gap
    kw = max(4 * px, width - kx)
    y = y0
    for label in parts.key:
        if label.isHidden():
            continue
        tall = label.heightForWidth(kw)
        label.setGeometry(kx, y, kw, tall)
        y += tall + gap // 2
    parts.legend.setGeometry(kx, y + gap // 2, kw, max(3 * line, height + y0 - y - gap // 2))

