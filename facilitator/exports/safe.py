"""Spreadsheet safety: user text that a spreadsheet would run as a formula is kept as text.

A cell typed in the room as "=HYPERLINK(...)" or "+1 555 0100" must open as the words people
typed, never as a formula (CSV/formula injection).
"""

from __future__ import annotations

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_FIRST = frozenset(FORMULA_STARTS)


def looks_like_formula(text: str) -> bool:
    return bool(text) and text[0] in _FIRST


def csv_text(text: str) -> str:
    """For CSV: a leading apostrophe makes spreadsheets show the rest as text."""
    return "'" + text if text and text[0] in _FIRST else text
