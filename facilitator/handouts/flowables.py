"""Small drawn pieces: check boxes, ruled writing space, a cut line, a tinted callout."""

from __future__ import annotations

from reportlab.lib.units import inch
from reportlab.platypus import Flowable, Table

from facilitator.handouts.fonts import REGULAR
from facilitator.handouts.rtl import TextParagraph as Paragraph
from facilitator.handouts.style import ACCENT, ACCENT_LIGHT, FAINT, INK, MUTED, RULE, table_style


class CheckBox(Flowable):
    """A square box, ticked or not; centred in its table cell."""

    def __init__(self, checked: bool = False, size: float = 11) -> None:
        super().__init__()
        self.checked = checked
        self.size = size

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self._avail = available_width
        return available_width, self.size

    def draw(self) -> None:
        c = self.canv
        x = max(0.0, (self._avail - self.size) / 2)
        c.saveState()
        c.setStrokeColor(INK)
        c.setLineWidth(0.8)
        c.rect(x, 0, self.size, self.size, stroke=1, fill=0)
        if self.checked:
            c.setLineWidth(1.6)
            c.setStrokeColor(ACCENT)
            s = self.size
            path = c.beginPath()
            path.moveTo(x + s * 0.2, s * 0.5)
            path.lineTo(x + s * 0.42, s * 0.22)
            path.lineTo(x + s * 0.82, s * 0.8)
            c.drawPath(path, stroke=1, fill=0)
        c.restoreState()


class WritingLines(Flowable):
    """Ruled lines to write on, optionally boxed and labelled (notes, themes)."""

    def __init__(self, lines: int, *, label: str = "", spacing: float = 0.32 * inch,
                 boxed: bool = True) -> None:
        super().__init__()
        self.lines = max(1, lines)
        self.label = label
        self.spacing = spacing
        self.boxed = boxed

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        self.height = self.spacing * self.lines + (16 if self.label else 6)
        return self.width, self.height

    def draw(self) -> None:
        c = self.canv
        c.saveState()
        pad = 8 if self.boxed else 0
        if self.boxed:
            c.setStrokeColor(RULE)
            c.setLineWidth(0.8)
            c.roundRect(0, 0, self.width, self.height, 4, stroke=1, fill=0)
        top = self.height
        if self.label:
            c.setFont(REGULAR, 7.5)
            c.setFillColor(MUTED)
            c.drawString(pad, top - 11, self.label)
            top -= 12
        c.setStrokeColor(FAINT)
        c.setLineWidth(0.4)
        for i in range(1, self.lines + 1):
            y = top - i * self.spacing + (2 if self.boxed else 0)
            if y > 2:
                c.line(pad, y, self.width - pad, y)
        c.restoreState()


class CutLine(Flowable):
    """A dashed 'cut here' line across the frame, with scissors."""

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        return available_width, 14

    def draw(self) -> None:
        c = self.canv
        c.saveState()
        c.setStrokeColor(FAINT)
        c.setDash(4, 3)
        c.setLineWidth(0.7)
        c.line(14, 7, self.width, 7)
        c.setFont(REGULAR, 10)
        c.setFillColor(FAINT)
        c.drawString(0, 3, "\u2702")
        c.restoreState()


def callout(flowables: list[Flowable], width: float) -> Table:
    """Reference text in a tinted box with an accent bar on the left."""
    table = Table([[flowables]], colWidths=[width])
    table.setStyle(table_style([
        ("BACKGROUND", (0, 0), (-1, -1), ACCENT_LIGHT),
        ("LINEBEFORE", (0, 0), (0, -1), 3, ACCENT),
        ("LEFTPADDING", (0, 0), (-1, -1), 12),
        ("RIGHTPADDING", (0, 0), (-1, -1), 10),
        ("TOPPADDING", (0, 0), (-1, -1), 8),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
    ]))
    return table


def boxed(flowables: list[Flowable | Paragraph], width: float) -> Table:
    """A plain ruled box around some content (e.g. a theme to fill in)."""
    table = Table([[flowables]], colWidths=[width])
    table.setStyle(table_style([
        ("BOX", (0, 0), (-1, -1), 0.8, RULE),
        ("LEFTPADDING", (0, 0), (-1, -1), 10),
        ("RIGHTPADDING", (0, 0), (-1, -1), 10),
        ("TOPPADDING", (0, 0), (-1, -1), 8),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
    ]))
    return table
