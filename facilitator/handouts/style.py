"""Typography and colour for every handout, and the one way user text becomes a Paragraph.

User text is data: it always goes through `esc` (xml escape + line breaks, and a <font> tag
for each run in a script the main face lacks) before it meets reportlab's mini-markup, so
'<b>' or '&' typed in the room prints literally and Arabic, Chinese or Hindi print too.
Paragraphs are `TextParagraph`s, which also put right-to-left lines into reading order.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.platypus import TableStyle

from facilitator.domain.invitation import friendly_date
from facilitator.handouts.fonts import BOLD, ITALIC, REGULAR, markup, register_fonts
from facilitator.handouts.rtl import TextParagraph

INK = colors.HexColor("#1F2933")
MUTED = colors.HexColor("#5F6B76")
FAINT = colors.HexColor("#9AA5B1")
ACCENT = colors.HexColor("#1D5B79")
ACCENT_LIGHT = colors.HexColor("#E6EFF4")
TINT = colors.HexColor("#F3F6F8")
RULE = colors.HexColor("#B8C4CE")
GRID_LINE = colors.HexColor("#C9D2DA")
GOOD = colors.HexColor("#E3F1E6")

BOX = "\u2610"      # ☐ ballot box
TICKED = "\u2612"   # ☒ ballot box with X


def table_style(commands: list[tuple]) -> TableStyle:
    """A TableStyle whose plain-string cells use the embedded font (reportlab's default for
    them is Helvetica, which would be referenced without being embedded)."""
    return TableStyle([("FONT", (0, 0), (-1, -1), REGULAR, 8.5), *commands])


def esc(text: object) -> str:
    """User text as safe paragraph markup: escaped, with its line breaks kept, each run of
    another script in an embedded face that has it."""
    return markup(text)


@dataclass(frozen=True)
class Styles:
    cover_kicker: ParagraphStyle
    cover_title: ParagraphStyle
    cover_sub: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    h3: ParagraphStyle
    kicker: ParagraphStyle
    body: ParagraphStyle
    lead: ParagraphStyle
    small: ParagraphStyle
    muted: ParagraphStyle
    hint: ParagraphStyle
    instructions: ParagraphStyle
    bullet: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    cell_head: ParagraphStyle
    cell_center: ParagraphStyle
    cell_group: ParagraphStyle
    cell_tick: ParagraphStyle
    callout: ParagraphStyle
    question: ParagraphStyle


def _style(name: str, **kw: object) -> ParagraphStyle:
    base = {"fontName": REGULAR, "bulletFontName": REGULAR, "fontSize": 9.5,
            "leading": 13.5, "textColor": INK, "alignment": TA_LEFT}
    base.update(kw)
    return ParagraphStyle(name, **base)  # type: ignore[arg-type]


def make_styles() -> Styles:
    register_fonts()
    return Styles(
        cover_kicker=_style("cover_kicker", fontName=BOLD, fontSize=10, leading=14,
                            textColor=ACCENT, spaceAfter=10),
        cover_title=_style("cover_title", fontName=BOLD, fontSize=26, leading=32,
                           spaceAfter=14),
        cover_sub=_style("cover_sub", fontSize=12, leading=17, textColor=MUTED, spaceAfter=8),
        h1=_style("h1", fontName=BOLD, fontSize=16, leading=21, textColor=ACCENT,
                  spaceBefore=4, spaceAfter=6, keepWithNext=0),
        h2=_style("h2", fontName=BOLD, fontSize=12.5, leading=17, spaceBefore=14,
                  spaceAfter=4, keepWithNext=0),
        h3=_style("h3", fontName=BOLD, fontSize=10.5, leading=14, spaceBefore=8,
                  spaceAfter=3, keepWithNext=0),
        kicker=_style("kicker", fontName=BOLD, fontSize=8, leading=11, textColor=MUTED,
                      spaceAfter=2, keepWithNext=0),
        body=_style("body", spaceAfter=6),
        lead=_style("lead", fontSize=11, leading=16, spaceAfter=8),
        small=_style("small", fontSize=8, leading=10.5),
        muted=_style("muted", fontSize=8.5, leading=11.5, textColor=MUTED, spaceAfter=4),
        hint=_style("hint", fontName=ITALIC, fontSize=7.5, leading=10, textColor=FAINT),
        instructions=_style("instructions", fontName=ITALIC, fontSize=9, leading=12.5,
                            textColor=MUTED, spaceAfter=6, keepWithNext=0),
        bullet=_style("bullet", leftIndent=14, bulletIndent=3, spaceAfter=3),
        cell=_style("cell", fontSize=8.5, leading=11.5),
        cell_bold=_style("cell_bold", fontName=BOLD, fontSize=8.5, leading=11.5),
        cell_head=_style("cell_head", fontName=BOLD, fontSize=8, leading=10.5, textColor=INK),
        cell_center=_style("cell_center", fontSize=8.5, leading=11.5, alignment=TA_CENTER),
        cell_tick=_style("cell_tick", fontSize=8.5, leading=11.5, leftIndent=12,
                         bulletIndent=0, spaceAfter=1),
        cell_group=_style("cell_group", fontName=BOLD, fontSize=8.5, leading=11.5,
                          textColor=ACCENT),
        callout=_style("callout", fontSize=9, leading=12.5),
        question=_style("question", fontSize=10, leading=14, leftIndent=14, bulletIndent=2,
                        spaceAfter=3),
    )


def para(text: object, style: ParagraphStyle, *, markup: str = "") -> TextParagraph:
    """A paragraph of user text (escaped); `markup` is trusted markup put in front of it."""
    return TextParagraph(markup + esc(text), style)


def long_date(iso: str) -> str:
    """'2026-11-24' -> 'Tuesday, November 24, 2026'; anything else is returned as typed.
    The domain's wording, so handouts, invitations and `facilitator info` agree."""
    return friendly_date(iso)


MARGIN = 0.75 * inch
