"""HarfBuzz-shaped text that prints right and reads right.

Printing: reportlab shapes a word made of several font runs with the FIRST run's face and then
looks the resulting glyph numbers up in each run's own face. When a Devanagari run touches a run
in another face with no space between, "(प्रिया)" or "शर्मा." in a list, the other face's
glyphs come out as wrong letters or empty boxes. `shape_word` shapes each face's part on its
own and joins the parts; reportlab's paragraphs use it once `install` has run (handouts only).

Reading: shaped glyphs are in drawing order (a vowel sign drawn before its consonant, a repha
after the letter it sits on), so a PDF reader that follows the glyphs reads the letters out of
order. Each shaped run remembers the text it was shaped from (`ActualShapedStr`), and the
handouts' canvas wraps it in a marked-content span with /ActualText, which poppler, pdf.js
and Acrobat copy and search instead of the glyphs.
"""

from __future__ import annotations

import inspect
from typing import Any

import reportlab
from reportlab.pdfbase import ttfonts
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.textobject import PDFTextObject
from reportlab.platypus import paragraph

from facilitator.handouts.build import HandoutError

NEEDS = "reportlab 4.4.1 or later with uharfbuzz"   # shapeFragWord(..., force=) came in 4.4.1


def _check_reportlab() -> None:
    """One clear line instead of an ImportError or a TypeError halfway through a handout, on an
    install whose reportlab is older than the one this module patches (or lacks HarfBuzz)."""
    shape = getattr(ttfonts, "shapeFragWord", None)
    parts = ("ShapedStr", "ShapedFragWord", "makeShapedFragWord")
    if (shape is None or "force" not in inspect.signature(shape).parameters
            or not all(hasattr(ttfonts, name) for name in parts)):
        raise HandoutError(f"Handouts need {NEEDS} (this computer has reportlab "
                           f"{getattr(reportlab, 'Version', '?')}); reinstall Facilitator.")


_check_reportlab()
ShapedStr = ttfonts.ShapedStr
_reportlab_shape = ttfonts.shapeFragWord


def _actual(text: object) -> str:
    return str(getattr(text, "actual_text", text))


class ActualShapedStr(ShapedStr):
    """Shaped glyphs (as reportlab's ShapedStr) that keep the text they print, in reading
    order, through the joins that laying out a line makes."""

    actual_text: str

    def __new__(cls, glyphs: str, shapeData: Any = None, actual: str = "") -> ActualShapedStr:
        self = super().__new__(cls, glyphs, shapeData=shapeData)
        self.actual_text = actual
        return self

    def __add__(self, other: object) -> ActualShapedStr:
        joined = super().__add__(other)
        return ActualShapedStr(joined, joined.__shapeData__, self.actual_text + _actual(other))

    def __radd__(self, other: object) -> ActualShapedStr:
        joined = super().__radd__(other)
        return ActualShapedStr(joined, joined.__shapeData__, _actual(other) + self.actual_text)


def remember_text(shaped: Any, text: str) -> Any:
    """`shaped` (reportlab's shaping of `text`) keeping `text`; other values pass through."""
    if isinstance(shaped, ShapedStr) and not isinstance(shaped, ActualShapedStr):
        return ActualShapedStr(shaped, shaped.__shapeData__, text)
    return shaped


def _with_texts(shaped: Any, text: str) -> Any:
    """A shaped frag word whose every part remembers its slice of `text` (its clusters)."""
    if not isinstance(shaped, ttfonts.ShapedFragWord):
        return shaped
    parts = shaped[1:]
    starts = []
    for _, glyphs in parts:
        data = getattr(glyphs, "__shapeData__", None) or []
        clusters = [d.cluster for d in data if d.cluster >= 0]
        starts.append(min(clusters) if clusters else None)
    out = [shaped[0]]
    for n, (frag, glyphs) in enumerate(parts):
        start = starts[n]
        later = [s for s in starts[n + 1:] if s is not None]
        if start is None:
            out.append((frag, glyphs))
            continue
        out.append((frag, remember_text(glyphs, text[start:later[0] if later else len(text)])))
    return shaped.__class__(out)


def _font_of(part: tuple[Any, str]) -> str | None:
    frag = part[0]
    return None if hasattr(frag, "cbDefn") else str(frag.fontName)


def _text_of(parts: list[tuple[Any, str]]) -> str:
    return "".join(text for frag, text in parts if not hasattr(frag, "cbDefn"))


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
        return _with_texts(_reportlab_shape(word, *args, **kwargs), _text_of(word[1:]))
    shaped: list[Any] = [0.0]
    for group in groups:
        width = sum(stringWidth(text, frag.fontName, frag.fontSize) for frag, text in group
                    if not hasattr(frag, "cbDefn"))
        piece = _with_texts(_reportlab_shape(word.__class__([width, *group]), force=True),
                            _text_of(group))
        shaped[0] += piece[0]
        shaped.extend(piece[1:])
    return ttfonts.makeShapedFragWord(word)(shaped)


def install() -> None:
    """Make reportlab's paragraphs shape mixed-face words with `shape_word` (idempotent)."""
    paragraph.shapeFragWord = shape_word  # type: ignore[attr-defined]


def _utf16(text: str) -> str:
    return "FEFF" + text.encode("utf-16-be").hex().upper()


class ActualTextObject(PDFTextObject):
    """A text object that marks shaped runs with the text they print (/ActualText)."""

    def _formatText(self, text: Any) -> str:
        code: str = super()._formatText(text)
        actual = getattr(text, "actual_text", None)
        if not actual or not isinstance(text, ShapedStr):
            return code
        return f"/Span <</ActualText <{_utf16(actual)}>>> BDC {code} EMC"
