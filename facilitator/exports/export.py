"""One entry point for every export format, used by `facilitator export` and File > Export."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from facilitator.domain.language import LANGUAGES, UnknownLanguage, Words
from facilitator.domain.localize import localize
from facilitator.domain.snapshot import WorkshopSnapshot
from facilitator.exports.atomic import write_atomically
from facilitator.exports.privacy import anonymise as anonymised

FORMATS = ("xlsx", "csv", "ics", "md", "json")
WHAT = ("actions", "all")
# Formats that only ever hold the action list.
ACTIONS_ONLY = ("csv", "ics")
FILE_KINDS = {"csv": "a .csv file", "ics": "an .ics file"}  # as a sentence names them

DESCRIPTIONS = {
    "xlsx": "Excel workbook (*.xlsx)",
    "csv": "Action list, CSV (*.csv)",
    "ics": "Action deadlines, calendar (*.ics)",
    "md": "Session summary, Markdown (*.md)",
    "json": "All data, JSON (*.json)",
}


class ExportError(ValueError):
    """A request that cannot be exported; the message is shown to the user."""


def export(snapshot: WorkshopSnapshot, fmt: str, path: str | Path, *, what: str | None = None,
           anonymise: bool = False, today: date | None = None, language: str = "en") -> Path:
    """Write `snapshot` as `fmt` to `path`; returns the path written. `language` ('en' or
    'es') is that of the headings, labels, dates and the template's own words; JSON is data
    and keeps its English keys and the stored values."""
    fmt = fmt.lower().lstrip(".")
    if fmt not in FORMATS:
        raise ExportError(f"unknown format '{fmt}' (one of: {', '.join(FORMATS)})")
    what = what or ("actions" if fmt in ACTIONS_ONLY else "all")
    if what not in WHAT:
        raise ExportError(f"--what must be one of: {', '.join(WHAT)}")
    if what == "all" and fmt in ACTIONS_ONLY:
        raise ExportError(f"{FILE_KINDS[fmt]} holds the action list only; use xlsx, md or "
                          "json for the whole session")
    today = today or date.today()
    try:
        if anonymise:  # the roles that replace names are worded in the export's language
            snapshot = anonymised(snapshot, Words(language))
        local = localize(snapshot, language)
    except UnknownLanguage:
        raise ExportError(f"language must be one of: {', '.join(LANGUAGES)}") from None
    words = local.words
    if fmt != "json":
        snapshot = local.snapshot
    path = Path(path)
    if path.is_dir():
        raise ExportError(f"{path} is a folder; give a file name")
    if not path.parent.exists():
        raise ExportError(f"folder {path.parent} does not exist")
    write_atomically(path, lambda temp: _write(snapshot, fmt, temp, today, what, words))
    return path


def _write(snapshot: WorkshopSnapshot, fmt: str, path: Path, today: date, what: str,
           words: Words) -> None:
    if fmt == "xlsx":
        from facilitator.exports.workbook import write_workbook

        write_workbook(snapshot, path, today, what, words)
    elif fmt == "csv":
        from facilitator.exports.actions_csv import write_actions_csv

        write_actions_csv(snapshot, str(path), today, words)
    elif fmt == "ics":
        from facilitator.exports.calendar_ics import NoDatedDeadlines, actions_calendar

        try:
            data = actions_calendar(snapshot, words=words)
        except NoDatedDeadlines as exc:
            raise ExportError(str(exc)) from None
        path.write_bytes(data)
    elif fmt == "md":
        from facilitator.exports.markdown import session_markdown

        path.write_text(session_markdown(snapshot, today, what, words), encoding="utf-8")
    else:
        from facilitator.exports.json_data import snapshot_json

        path.write_text(snapshot_json(snapshot, today, what) + "\n", encoding="utf-8")
