"""HarfBuzz shaping of a paragraph word that mixes faces, one face at a time.

reportlab shapes a word made of several font runs with the FIRST run's face and then looks the
resulting glyph numbers up in each run's own face. When a Devanagari run touches a run in
another face with no space between, "(प्रिया)" or "शर्मा." in a list, the other face's glyphs
come out as wrong letters or empty boxes. `shape_word` shapes each face's part on its own and
joins the parts; reportlab's paragraphs use it once `install` has run (handouts only).
"""

from __future__ import annotations

from typing import Any

from reportlab.pdfbase import ttfonts
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import paragraph

_reportlab_shape = ttfonts.shapeFragWord


def _font_of(part: tuple[Any, str]) -> str | None:
    frag = part[0]
    return None if hasattr(frag, "cbDefn") else str(frag.fontName)


def shape_word(word: Any, *args: Any, **kwargs: Any) -> Any:
    """A frag word ([width, (frag, text), ...]) shaped face by face."""
    if isinstance(word, ttfonts.ShapedFragWord):
        return word
    groups: list[list[tuple[Any, str]]] = []
    current: str | None = None
    for part in word[1:]:
        font = _font_of(part)
        if groups and (font is None or font == current):
            groups[-1].append(part)
            continue
        groups.append([part])
        current = font
    if len(groups) <= 1:
        return _reportlab_shape(word, *args, **kwargs)
    shaped: list[Any] = [0.0]
    for group in groups:
        width = sum(stringWidth(text, frag.fontName, frag.fontSize) for frag, text in group
                    if not hasattr(frag, "cbDefn"))
        piece = _reportlab_shape(word.__class__([width, *group]), force=True)
        shaped[0] += piece[0]
        shaped.extend(piece[1:])
    return ttfonts.makeShapedFragWord(word)(shaped)


def install() -> None:
    """Make reportlab's paragraphs shape mixed-face words with `shape_word` (idempotent)."""
    paragraph.shapeFragWord = shape_word  # type: ignore[attr-defined]
