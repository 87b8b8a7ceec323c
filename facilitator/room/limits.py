"""What one room accepts: small requests, short texts, a bounded number of phones and pace."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Limits:
    body_bytes: int = 8 * 1024        # a submission is a few hundred bytes of JSON
    text_chars: int = 500             # an idea card holds a sentence or two
    sheet_chars: int = 2000           # one answer of a participant's worksheet: a paragraph
    phones: int = 80                  # a staff room, with room for a reload on a new browser
    per_minute: int = 60              # new submissions per phone per minute (a retry is free)
    receipts_per_phone: int = 2000    # acknowledged ids kept to refuse a replay


DEFAULT = Limits()
