"""Paragraphs that print right-to-left scripts (Arabic, Hebrew) in reading order.

reportlab lays text out left to right. `TextParagraph` lets it break lines on the text in
logical order (widths do not depend on order), then, only when drawing, puts each line's words
into visual order: right-to-left words run from the right, their letters reversed, while Latin
words and numbers inside them keep their own order. A paragraph that starts in a
right-to-left script is also aligned right. This is the Unicode bidi algorithm at the level of
words, which is what names and short answers need; the PDF text then extracts in the order a
reader reads.

It also switches on HarfBuzz shaping for a paragraph that holds Devanagari (conjuncts and vowel
signs placed before their consonant) and sets fallback runs in bold inside bold styles.
"""

from __future__ import annotations

import re
import unicodedata
from copy import copy
from typing import Any

from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph

from facilitator.handouts import shaping
from facilitator.handouts.fonts import BOLD, BOLD_ITALIC, BOLD_OF, SHAPED_FACES, plain_runs

RTL_CLASSES = frozenset({"R", "AL"})
MIRROR = str.maketrans("()[]{}<>«»‹›", ")(][}{><»«›‹")


def strong_direction(text: str) -> str:
    """'R', 'L', or '' (no strong character: digits, punctuation, spaces)."""
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind in RTL_CLASSES:
            return "R"
        if kind == "L":
            return "L"
    return ""


def has_rtl(text: str) -> bool:
    return not text.isascii() and any(unicodedata.bidirectional(ch) in RTL_CLASSES for ch in text)


def reverse_word(text: str) -> str:
    """Letters of a right-to-left word in visual order: marks stay after their base letter,
    brackets are mirrored, and digit runs inside keep their left-to-right order."""
    clusters: list[str] = []
    for ch in text:
        if clusters and unicodedata.combining(ch):
            clusters[-1] += ch
        elif clusters and ch.isdigit() and clusters[-1][-1:].isdigit():
            clusters[-1] += ch       # 2026 stays 2026
        else:
            clusters.append(ch)
    return "".join(reversed(clusters)).translate(MIRROR)


def visual_order(words: list[str], base: str) -> list[int]:
    """Indices of `words` (one line, logical order) in left-to-right drawing order."""
    dirs = [strong_direction(w) for w in words]
    # Neutral words (numbers, dashes) take the direction around them, else the paragraph's.
    resolved: list[str] = []
    for i, d in enumerate(dirs):
        if d:
            resolved.append(d)
            continue
        before = next((x for x in reversed(dirs[:i]) if x), base)
        after = next((x for x in dirs[i + 1:] if x), base)
        resolved.append(before if before == after else base)
    groups: list[list[int]] = []
    for i, d in enumerate(resolved):
        if groups and resolved[groups[-1][0]] == d:
            groups[-1].append(i)
        else:
            groups.append([i])
    if base == "R":
        groups.reverse()
    order: list[int] = []
    for group in groups:
        order.extend(reversed(group) if resolved[group[0]] == "R" else group)
    return order


def _is_shaped(text: object) -> bool:
    return hasattr(text, "__shapeData__")   # HarfBuzz already gave these glyphs in visual order


def _visual_simple_line(line: tuple[float, list[str]], base: str) -> tuple[float, list[str]]:
    """A one-font line: its words reordered, right-to-left words reversed."""
    extra, words = line
    out = []
    for i in visual_order(list(words), base):
        word = words[i]
        rtl = not _is_shaped(word) and strong_direction(word) == "R"
        out.append(reverse_word(word) if rtl else word)
    return extra, out


def visual_pieces(pieces: list[tuple[Any, str]], base: str) -> list[tuple[Any, str]] | None:
    """(key, text) pieces of one line (a key is a font or a frag) in drawing order, with a
    single space after each word but the last. None when the line cannot be reordered."""
    words: list[list[tuple[Any, str]]] = [[]]
    for key, text in pieces:
        if _is_shaped(text):
            return None
        piece = ""
        for ch in text:
            if ch.isspace():
                if piece:
                    words[-1].append((key, piece))
                    piece = ""
                if words[-1]:
                    words.append([])
            else:
                piece += ch
        if piece:
            words[-1].append((key, piece))
    words = [w for w in words if w]
    texts = ["".join(p for _, p in w) for w in words]
    out: list[tuple[Any, str]] = []
    for n, index in enumerate(visual_order(texts, base)):
        word = words[index]
        if strong_direction(texts[index]) == "R":
            word = [(k, reverse_word(p)) for k, p in reversed(word)]
        last = n == len(words) - 1
        out.extend((k, p + (" " if i == len(word) - 1 and not last else ""))
                   for i, (k, p) in enumerate(word))
    return out


def _visual_frag_line(line: Any, base: str) -> Any:
    """A FragLine (several fonts) with its words, each possibly spanning frags, reordered."""
    pieces = []
    for frag in line.words:
        text = getattr(frag, "text", None)
        if text is None or hasattr(frag, "cbDefn"):
            return line    # images and other specials: leave the line as laid out
        pieces.append((frag, text))
    ordered = visual_pieces(pieces, base)
    if not ordered:
        return line
    new = copy(line)
    new.words = [frag.clone(text=text) for frag, text in ordered]
    return new


def _merged(runs: list[tuple[str, str]]) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    for face, text in runs:
        if out and out[-1][0] == face:
            out[-1] = (face, out[-1][1] + text)
        elif text:
            out.append((face, text))
    return out


def _drawable(face: str, text: str, size: float) -> str:
    """`text` as the canvas should draw it: shaped by HarfBuzz in a face whose script needs it
    (Devanagari conjuncts and vowel signs), as is in any other."""
    if face not in SHAPED_FACES:
        return text
    from reportlab.pdfbase.ttfonts import shapeStr

    shaped: str = shaping.remember_text(shapeStr(text, face, size), text)
    return shaped


def _width(face: str, text: str, size: float) -> float:
    drawn = _drawable(face, text, size)
    data = getattr(drawn, "__shapeData__", None)
    if data is not None:
        return float(sum(d.x_advance for d in data)) * size / 1000
    return float(stringWidth(text, face, size))


def line_runs(text: object, font: str, size: float,
              max_width: float | None = None) -> tuple[list[tuple[str, str]], float]:
    """One line of user text for a canvas (headers, footers, the grid's labels): (font, text)
    runs in drawing order and their width; shortened with an ellipsis to fit `max_width`.
    Other scripts take their face's bold when `font` is bold, as they do in paragraphs."""
    bold = font in (BOLD, BOLD_ITALIC)
    runs = [(BOLD_OF.get(f, f) if bold else f, t) for f, t in plain_runs(text, font)]

    def width(rs: list[tuple[str, str]]) -> float:
        return sum(_width(f, t, size) for f, t in rs)

    if max_width is not None and width(runs) > max_width:
        chars = [(f, ch) for f, t in runs for ch in t]
        while chars and width(_merged(chars + [(font, "…")])) > max_width:
            chars.pop()
            while chars and unicodedata.combining(chars[-1][1]):
                chars.pop()   # never leave a vowel sign or accent without its letter
        while chars and chars[-1][1].isspace():
            chars.pop()
        runs = _merged([*chars, (font, "…")])
    joined = "".join(t for _, t in runs)
    if has_rtl(joined):
        runs = visual_pieces(runs, strong_direction(joined) or "L") or runs
    return runs, width(runs)


def draw_line(canvas: Any, x: float, y: float, text: object, font: str, size: float, *,
              max_width: float | None = None, align: str = "left") -> None:
    """Draw one line of user text in every script, in reading order; `align` is "left",
    "right" (x is the right end) or "center" (x is the middle)."""
    runs, total = line_runs(text, font, size, max_width)
    if align == "right":
        x -= total
    elif align == "center":
        x -= total / 2
    for face, run in runs:
        canvas.setFont(face, size)
        canvas.drawString(x, y, _drawable(face, run, size))
        x += _width(face, run, size)


def wrap_words(text: object, font: str, size: float, max_width: float,
               max_lines: int) -> list[str]:
    """User text broken at spaces into at most `max_lines` lines of `max_width`, measured in
    the faces that print each script (for text drawn on a canvas: the grid's quadrant names).
    A word longer than a line, and whatever does not fit the last line, is left to `draw_line`
    to shorten with an ellipsis."""
    lines: list[str] = []
    for word in " ".join(str(text).split()).split(" "):
        if lines and line_runs(f"{lines[-1]} {word}", font, size)[1] <= max_width:
            lines[-1] = f"{lines[-1]} {word}"
        elif len(lines) < max_lines:
            lines.append(word)
        else:
            lines[-1] = f"{lines[-1]} {word}"
    return [line for line in lines if line]


_BOLD_TAGS = re.compile(r'<(/?)(?:b|strong)\b[^>]*>|<font name="([^"]+)">')


def embolden(markup: str, bold: bool) -> str:
    """Fallback runs (`<font name=...>` from fonts.markup) inside <b>, or in a bold style, name
    their script's bold face: reportlab's font tag would otherwise reset them to regular."""
    depth = 1 if bold else 0
    out: list[str] = []
    last = 0
    for tag in _BOLD_TAGS.finditer(markup):
        face = tag.group(2)
        if face is None:
            depth += -1 if tag.group(1) else 1
        elif depth > 0 and face in BOLD_OF:
            out.append(markup[last:tag.start()])
            out.append(f'<font name="{BOLD_OF[face]}">')
            last = tag.end()
    out.append(markup[last:])
    return "".join(out)


class TextParagraph(Paragraph):
    """A Paragraph that prints every embedded script correctly (see the module doc)."""

    def __init__(self, text: str, style: Any = None, bulletText: str | None = None,
                 frags: Any = None, caseSensitive: int = 1, encoding: str = "utf8") -> None:
        if isinstance(text, str) and "<font name=" in text:
            bold = style is not None and style.fontName in (BOLD, BOLD_ITALIC)
            text = embolden(text, bold)
        super().__init__(text, style, bulletText, frags, caseSensitive, encoding)
        fonts = {getattr(f, "fontName", "") for f in self.frags or ()}
        if fonts & SHAPED_FACES and not self.style.shaping:
            shaping.install()   # words that mix a shaped face with another, face by face
            self.style = copy(self.style)
            self.style.shaping = 1
        plain = "".join(getattr(f, "text", "") or "" for f in self.frags or ())
        self._base = strong_direction(plain) or "L"
        self._rtl = has_rtl(plain)

    def split(self, availWidth: float, availHeight: float) -> list[Any]:
        parts = super().split(availWidth, availHeight)
        for part in parts:
            if isinstance(part, TextParagraph):
                part._base, part._rtl = self._base, self._rtl or part._rtl
        return parts

    def drawPara(self, debug: int = 0) -> Any:
        if not self._rtl:
            return super().drawPara(debug)
        laid, style = self.blPara, self.style
        visual = copy(laid)
        if laid.kind == 0:
            visual.lines = [_visual_simple_line(line, self._base) for line in laid.lines]
        else:
            visual.lines = [_visual_frag_line(line, self._base) for line in laid.lines]
        self.blPara = visual
        if self._base == "R" and style.alignment == TA_LEFT:
            self.style = copy(style)
            self.style.alignment = TA_RIGHT
        try:
            return super().drawPara(debug)
        finally:
            self.blPara, self.style = laid, style
