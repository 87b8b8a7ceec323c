"""The embedded fonts, and how user text is split into runs that each font can print.

DejaVu Sans is the face of every handout (Latin, Vietnamese, Greek, Cyrillic, the tick-box
glyphs). Scripts it lacks come from fallback faces shipped beside it in resources/fonts: Noto
Sans Arabic, Hebrew, Devanagari and Ethiopic, Droid Sans Fallback (Chinese, Japanese, Korean)
and Symbola (monochrome emoji). reportlab embeds only the glyphs a PDF uses (a subset).

`text_runs` decides, character by character, which face prints it; `markup` turns user text
into escaped paragraph markup with one <font> tag per run. A character no face has is printed
as U+FFFD and recorded (see `collect_unprintable`), never silently drawn as an empty box.
"""

from __future__ import annotations

import contextvars
import re
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cache
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import SUBSETN, TTFont, makeToUnicodeCMap

from facilitator.resources import resource_path

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
ITALIC = "DejaVuSans-Oblique"
BOLD_ITALIC = "DejaVuSans-BoldOblique"

_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf",
          ITALIC: "DejaVuSans-Oblique.ttf", BOLD_ITALIC: "DejaVuSans-BoldOblique.ttf"}

REPLACEMENT = "\ufffd"   # printed where no embedded face has the character


@dataclass(frozen=True)
class Fallback:
    """A face for scripts DejaVu lacks; `blocks` are the code point ranges it is preferred for
    even where DejaVu has a glyph (DejaVu's Arabic and Hebrew are partial and unshaped)."""
    name: str
    file: str
    bold_file: str = ""
    blocks: tuple[tuple[int, int], ...] = ()
    shaped: bool = False   # needs glyph reordering/conjuncts by HarfBuzz (Devanagari)

    @property
    def bold(self) -> str:
        return f"{self.name}-Bold" if self.bold_file else self.name


ARABIC_BLOCKS = ((0x0600, 0x06FF), (0x0750, 0x077F), (0x08A0, 0x08FF), (0xFB50, 0xFDFF),
                 (0xFE70, 0xFEFF))
HEBREW_BLOCKS = ((0x0590, 0x05FF), (0xFB1D, 0xFB4F))
DEVANAGARI_BLOCKS = ((0x0900, 0x097F), (0xA8E0, 0xA8FF))

FALLBACKS: tuple[Fallback, ...] = (
    Fallback("NotoSansArabic", "NotoSansArabic-Regular.ttf", "NotoSansArabic-Bold.ttf",
             ARABIC_BLOCKS),
    Fallback("NotoSansHebrew", "NotoSansHebrew-Regular.ttf", "NotoSansHebrew-Bold.ttf",
             HEBREW_BLOCKS),
    Fallback("NotoSansDevanagari", "NotoSansDevanagari-Regular.ttf",
             "NotoSansDevanagari-Bold.ttf", DEVANAGARI_BLOCKS, shaped=True),
    Fallback("NotoSansEthiopic", "NotoSansEthiopic-Regular.ttf", "NotoSansEthiopic-Bold.ttf"),
    Fallback("DroidSansFallback", "DroidSansFallback.ttf"),
    Fallback("Symbola", "Symbola.ttf"),
)
SHAPED_FACES = frozenset(f.name for f in FALLBACKS if f.shaped) | \
    frozenset(f.bold for f in FALLBACKS if f.shaped)
BOLD_OF = {f.name: f.bold for f in FALLBACKS}


class FontMissing(RuntimeError):
    """A shipped font is not where it should be (a broken install)."""


# Ligatures and contextual forms with letters of their own: fi, Hebrew points, joined Arabic.
PRESENTATION_FORMS = ((0xFB00, 0xFDFF), (0xFE70, 0xFEFF))


def _private(code: int) -> bool:
    return 0xE000 <= code <= 0xF8FF


def _utf16_hex(text: str) -> str:
    return text.encode("utf-16-be").hex().upper()


class ReadableTTFont(TTFont):
    """A TrueType face whose PDF text can be copied and searched in every script.

    reportlab's ToUnicode map writes a code point above U+FFFF as five hex digits, which
    readers take as four (an emoji then extracts as a Greek letter), and maps the glyphs that
    HarfBuzz substitutes (conjuncts, half forms, vowel-sign variants), which have no character
    of their own, to private-use code points. This face writes UTF-16 for the first, and maps
    each of the second to the characters it was shaped from (`learn`)."""

    def __init__(self, name: str, filename: str, *, shapable: bool) -> None:
        super().__init__(name, filename, shapable=shapable)
        self.shaped_texts: dict[int, str] = {}   # glyph id -> the characters it prints
        self._learned: set[str] = set()

    def learn(self, text: str) -> None:
        """Shape `text` as a paragraph will, and remember which characters each substituted
        glyph stands for (its cluster, at HarfBuzz's per-character cluster level)."""
        if text in self._learned:
            return
        self._learned.add(text)
        import uharfbuzz

        buffer = uharfbuzz.Buffer()
        buffer.cluster_level = uharfbuzz.BufferClusterLevel.CHARACTERS
        buffer.add_str(text)
        buffer.guess_segment_properties()
        uharfbuzz.shape(self.hbFont(10), buffer, {"kern": True, "liga": True, "dlig": True})
        starts = sorted({info.cluster for info in buffer.glyph_infos} | {len(text)})
        cmap = self.face.charToGlyph
        for info in buffer.glyph_infos:
            gid = info.codepoint
            if gid in self.shaped_texts or any(not _private(c) and cmap.get(c) == gid
                                               for c in self.face.glyphToChar.get(gid, ())):
                continue
            end = starts[starts.index(info.cluster) + 1]
            self.shaped_texts[gid] = text[info.cluster:end]

    def addObjects(self, doc: Any) -> None:
        state = self.state.get(doc)
        subsets = [list(subset) for subset in state.subsets] if state is not None else []
        super().addObjects(doc)
        for number, subset in enumerate(subsets):
            base = (SUBSETN(number) + b"+" + self.face.name + self.face.subfontNameX
                    ).decode("pdfdoc")
            stream = doc.idToObject.get("toUnicodeCMap:" + base)
            if stream is not None:
                stream.content = self._to_unicode(base, subset)

    def _to_unicode(self, base: str, subset: list[int]) -> str:
        lines = []
        for code, char in enumerate(subset):
            text = chr(char)
            if _private(char):   # a glyph HarfBuzz substituted
                text = self.shaped_texts.get(self.face.charToGlyph.get(char, -1), text)
            elif _in(char, PRESENTATION_FORMS):
                # Joined Arabic letters and ligatures ('ﬁ') copy as the letters they join.
                text = unicodedata.normalize("NFKC", text)
            lines.append(f"<{code:02X}> <{_utf16_hex(text)}>")
        head = makeToUnicodeCMap(base, subset).split("\n")
        cut = next(i for i, line in enumerate(head) if line.endswith("beginbfchar"))
        tail = head.index("endbfchar")
        return "\n".join(head[:cut + 1] + lines + head[tail:])


def _ttf(name: str, filename: str, *, shapable: bool = False) -> TTFont:
    path = resource_path("fonts", filename)
    if not path.is_file():
        raise FontMissing(f"the handout font {filename} is missing from {path.parent}; "
                          "reinstall the app")
    # Shaping (HarfBuzz) only where a script needs it: it is slow and changes nothing for
    # Latin text.
    return ReadableTTFont(name, str(path), shapable=shapable)


@cache
def register_fonts() -> str:
    """Register the main family (idempotent) and return the regular face's name. Fallback
    faces are registered on first use (`fallback`): parsing Droid Sans Fallback and Symbola
    costs a quarter of a second that an English-only handout need not pay."""
    # DejaVu stays "shapable" so that a paragraph set in it may shape its Devanagari runs;
    # paragraphs switch shaping on only when they hold such a run (see rtl.TextParagraph).
    for name, filename in _FILES.items():
        pdfmetrics.registerFont(_ttf(name, filename, shapable=True))
    # <b> and <i> inside paragraphs pick the right face of the family.
    addMapping(REGULAR, 0, 0, REGULAR)
    addMapping(REGULAR, 1, 0, BOLD)
    addMapping(REGULAR, 0, 1, ITALIC)
    addMapping(REGULAR, 1, 1, BOLD_ITALIC)
    return REGULAR


@cache
def fallback(name: str) -> Fallback:
    """Register one fallback face (and its bold) on first use."""
    register_fonts()
    face = next(f for f in FALLBACKS if f.name == name)
    pdfmetrics.registerFont(_ttf(face.name, face.file, shapable=face.shaped))
    if face.bold_file:
        pdfmetrics.registerFont(_ttf(face.bold, face.bold_file, shapable=face.shaped))
    # No italic faces for these scripts: italic falls back to the upright face.
    addMapping(face.name, 0, 0, face.name)
    addMapping(face.name, 1, 0, face.bold)
    addMapping(face.name, 0, 1, face.name)
    addMapping(face.name, 1, 1, face.bold)
    return face


@cache
def _charmap(name: str) -> frozenset[int]:
    if name in BOLD_OF:
        fallback(name)
    else:
        register_fonts()
    return frozenset(pdfmetrics.getFont(name).face.charToGlyph)


def _in(code: int, blocks: tuple[tuple[int, int], ...]) -> bool:
    return any(lo <= code <= hi for lo, hi in blocks)


def _ignorable(ch: str) -> bool:
    """Format characters that draw nothing (variation selectors, joiners, BOM...)."""
    code = ord(ch)
    return unicodedata.category(ch) == "Cf" or 0xFE00 <= code <= 0xFE0F or \
        0xE0100 <= code <= 0xE01EF


@cache
def face_for(ch: str) -> str | None:
    """The face that prints `ch`, or None when no embedded face has it."""
    code = ord(ch)
    for face in FALLBACKS:
        if face.blocks and _in(code, face.blocks) and code in _charmap(face.name):
            return face.name
    if code in _charmap(REGULAR):
        return REGULAR
    for face in FALLBACKS:
        if code in _charmap(face.name):
            return face.name
    return None


# Characters that could not be printed, collected while a document is built.
_unprintable: contextvars.ContextVar[set[str] | None] = contextvars.ContextVar(
    "unprintable", default=None)


@contextmanager
def collect_unprintable() -> Iterator[set[str]]:
    """Collect, into the yielded set, every character that `text_runs` could not print."""
    found: set[str] = set()
    token = _unprintable.set(found)
    try:
        yield found
    finally:
        _unprintable.reset(token)


def unprintable_note(chars: set[str]) -> str:
    """'2 characters could not be printed: U+1F9D1, U+E000' (empty when there are none)."""
    if not chars:
        return ""
    codes = sorted(ord(c) for c in chars)
    shown = ", ".join(f"U+{c:04X}" for c in codes[:12]) + (" ..." if len(codes) > 12 else "")
    noun = "character" if len(codes) == 1 else "characters"
    return f"{len(codes)} {noun} could not be printed (no font has them; printed as �): {shown}"


_CONTROLS = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f]")   # Cc, all but the line feed


def clean_text(text: object) -> str:
    """User text as printable characters: NFC (so a decomposed 'ế' prints as one glyph),
    control characters dropped, vertical tabs and form feeds (pasted line breaks) as newlines."""
    raw = str(text).replace("\r\n", "\n").replace("\r", "\n")
    raw = raw.replace("\x0b", "\n").replace("\x0c", "\n").replace("\t", " ")
    raw = _CONTROLS.sub("", raw)
    return raw if raw.isascii() else unicodedata.normalize("NFC", raw)


def text_runs(text: str, base: str = REGULAR) -> list[tuple[str, str]]:
    """Split cleaned text into (face, text) runs, `base` where it has the glyph.

    Spaces, digits and punctuation stay in the current run when its face has them, so a
    sentence in one script is one run. Unprintable characters become U+FFFD in the base face.
    """
    if text.isascii():
        return [(base, text)] if text else []   # DejaVu has every printable ASCII character
    runs: list[tuple[str, str]] = []
    found = _unprintable.get()
    for ch in text:
        current = runs[-1][0] if runs else base
        if ch == "\n":
            face: str | None = current
        elif not unicodedata.category(ch).startswith("L") and ord(ch) in _charmap(current) \
                and not _in(ord(ch), _preferred_blocks()):
            face = current
        else:
            face = face_for(ch)
            if face == REGULAR:
                face = base
        if face is None:
            if _ignorable(ch):
                continue
            if found is not None:
                found.add(ch)
            face, ch = base, REPLACEMENT
        if runs and runs[-1][0] == face:
            runs[-1] = (face, runs[-1][1] + ch)
        else:
            runs.append((face, ch))
    return runs


@cache
def _preferred_blocks() -> tuple[tuple[int, int], ...]:
    return tuple(block for face in FALLBACKS for block in face.blocks)


def _is_arabic(text: str) -> bool:
    return any(_in(ord(ch), ARABIC_BLOCKS) for ch in text)


def reshape_arabic(text: str) -> str:
    """Arabic letters in their joined (presentation) forms: the PDF then shows connected
    script with no shaping engine, and text extraction still finds the letters (NFKC)."""
    import arabic_reshaper  # small, pure Python; only for text that holds Arabic

    return arabic_reshaper.reshape(text)


def _learn(face: str, run: str) -> None:
    """Teach a shaped face (regular and bold) which characters its substituted glyphs print."""
    if face not in SHAPED_FACES:
        return
    for name in (face, BOLD_OF.get(face, face)):
        font = pdfmetrics.getFont(name)
        if isinstance(font, ReadableTTFont):
            font.learn(run)


def markup(text: object, base: str = REGULAR) -> str:
    """User text as safe paragraph markup: escaped, line breaks kept, one <font> per run of a
    fallback face."""
    register_fonts()
    parts: list[str] = []
    for face, run in text_runs(clean_text(text), base):
        if face == "NotoSansArabic" and _is_arabic(run):
            run = reshape_arabic(run)
        _learn(face, run)
        body = escape(run).replace("\n", "<br/>")
        parts.append(body if face == base else f'<font name="{face}">{body}</font>')
    return "".join(parts)


def plain_runs(text: object, base: str = REGULAR) -> list[tuple[str, str]]:
    """(face, text) runs for drawing one line straight on a canvas (headers, grid cards)."""
    register_fonts()
    out: list[tuple[str, str]] = []
    for face, run in text_runs(clean_text(text).replace("\n", " "), base):
        _learn(face, run)
        out.append((face, reshape_arabic(run) if face == "NotoSansArabic" else run))
    return out
