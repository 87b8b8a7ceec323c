"""The action list as CSV: UTF-8 with a byte order mark, so Excel opens accents correctly."""

from __future__ import annotations

import csv
import io
from datetime import date

from facilitator.domain.language import ENGLISH, Words
from facilitator.domain.snapshot import WorkshopSnapshot
from facilitator.exports.safe import csv_text
from facilitator.exports.tables import Value, action_headers, action_rows


def _cell(value: Value, words: Words = ENGLISH) -> str:
    if value.__class__ is str:  # most cells: the fast path
        return csv_text(value)  # type: ignore[arg-type]
    if value is None:
        return ""
    if isinstance(value, bool):
        return words.t("yes") if value else words.t("no")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, str):
        return csv_text(value)
    return str(value)


def actions_csv(snapshot: WorkshopSnapshot, today: date, words: Words = ENGLISH) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(action_headers(words))
    for row in action_rows(snapshot, today, words=words):
        writer.writerow([_cell(v, words) for v in row])
    return out.getvalue()


def write_actions_csv(snapshot: WorkshopSnapshot, path: str, today: date,
                      words: Words = ENGLISH) -> None:
    with open(path, "w", encoding="utf-8-sig", newline="") as handle:
        handle.write(actions_csv(snapshot, today, words))
