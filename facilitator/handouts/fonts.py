"""The embedded Unicode font (DejaVu Sans, shipped in resources/fonts with its licence).

Registered once per process; reportlab then embeds a subset of it in every PDF, so accented
names, Spanish text and the tick-box glyphs print identically everywhere.
"""

from __future__ import annotations

from functools import cache

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from facilitator.resources import resource_path

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
ITALIC = "DejaVuSans-Oblique"
BOLD_ITALIC = "DejaVuSans-BoldOblique"

_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf",
          ITALIC: "DejaVuSans-Oblique.ttf", BOLD_ITALIC: "DejaVuSans-BoldOblique.ttf"}


class FontMissing(RuntimeError):
    """The shipped font is not where it should be (a broken install)."""


@cache
def register_fonts() -> str:
    """Register the family (idempotent) and return the regular face's name."""
    for name, filename in _FILES.items():
        path = resource_path("fonts", filename)
        if not path.is_file():
            raise FontMissing(f"the handout font {filename} is missing from {path.parent}; "
                              "reinstall the app")
        pdfmetrics.registerFont(TTFont(name, str(path)))
    # <b> and <i> inside paragraphs pick the right face of the family.
    addMapping(REGULAR, 0, 0, REGULAR)
    addMapping(REGULAR, 1, 0, BOLD)
    addMapping(REGULAR, 0, 1, ITALIC)
    addMapping(REGULAR, 1, 1, BOLD_ITALIC)
    return REGULAR
