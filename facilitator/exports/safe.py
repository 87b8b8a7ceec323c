"""Spreadsheet safety: user text that a spreadsheet would run as a formula is kept as text.

A cell typed in the room as "=HYPERLINK(...)" or "+1 555 0100" must open as the words people
typed, never as a formula (CSV/formula injection).
"""

from __future__ import annotations

import re

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_FIRST = frozenset(FORMULA_STARTS)


def looks_like_formula(text: str) -> bool:
    return bool(text) and text[0] in _FIRST


def csv_text(text: str) -> str:
    """For CSV: a leading apostrophe makes spreadsheets show the rest as text."""
    return "'" + text if text and text[0] in _FIRST else text


# Characters an XML file (XLSX) or a calendar file cannot hold: C0 controls other than tab,
# line feed and carriage return, lone surrogates and the two non-characters. They arrive by paste
# (PowerPoint's soft line break is U+000B) and must never block an export.
_UNWRITABLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_LINE_BREAKS = {"\x0b": "\n", "\x0c": "\n"}  # soft line break, page break: a new line


def _swap(match: re.Match[str]) -> str:
    char = match.group(0)
    if char in _LINE_BREAKS:
        return _LINE_BREAKS[char]
    return "\ufffd" if "\ud800" <= char <= "\udfff" else ""


def writable(text: str) -> str:
    """`text` without the characters XML and iCalendar refuse (see _UNWRITABLE): vertical tab
    and form feed become line breaks, a lone surrogate a replacement mark, the rest go."""
    return _UNWRITABLE.sub(_swap, text) if _UNWRITABLE.search(text) else text
