"""Write handouts to a folder: the one entry point for the CLI and the app.

Each document is rendered in memory and then written atomically (temp file + rename), so a
failure never leaves a half-written PDF where the user expects a good one.
"""

from __future__ import annotations

import os
import re
import tempfile
import unicodedata
from collections.abc import Callable, Iterable
from datetime import date
from pathlib import Path

from facilitator.domain.language import LANGUAGES, UnknownLanguage, Words, language_code
from facilitator.domain.snapshot import Participant, WorkshopSnapshot

KINDS: tuple[str, ...] = ("packet", "guide", "summary", "themes", "actions")
LABELS: dict[str, str] = {
    "packet": "Participant packet",
    "guide": "Facilitator guide",
    "summary": "Session summary",
    "themes": "Key-themes summary",
    "actions": "Action tracker sheet",
}
PAPERS: tuple[str, ...] = ("letter", "a4")
FILE_SUFFIX = {"packet": "packet", "guide": "facilitator-guide", "summary": "summary",
               "themes": "key-themes", "actions": "action-tracker"}


class HandoutError(Exception):
    """A user-facing reason a handout could not be written."""


def slug(text: str, fallback: str = "workshop") -> str:
    """A file-name-safe ASCII version of a title or a name ('José Álvarez' -> 'jose-alvarez')."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    cleaned = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    return cleaned[:60].rstrip("-") or fallback


def document_label(kind: str, language: str = "en") -> str:
    """A kind's name ("Participant packet") in `language`."""
    return Words(language)(LABELS[kind])


def check_language(language: str | None) -> str:
    """'es' for 'es', 'es_MX' or 'ES'; a HandoutError naming the choices otherwise."""
    try:
        return language_code(language)
    except UnknownLanguage:
        raise HandoutError(f"language must be one of: {', '.join(LANGUAGES)}") from None


def render_document(snapshot: WorkshopSnapshot, kind: str, paper: str = "letter",
                    participant: Participant | None = None, today: date | None = None,
                    language: str = "en") -> bytes:
    """One document as PDF bytes (reportlab is imported here, not at app start-up), its labels
    and the template's text in `language` ('en' or 'es')."""
    if paper not in PAPERS:
        raise HandoutError(f"paper must be one of: {', '.join(PAPERS)}")
    from facilitator.domain.localize import localize
    local = localize(snapshot, check_language(language))
    snapshot, words, vocabulary = local.snapshot, local.words, local.vocabulary
    if kind == "packet":
        from facilitator.handouts.packet import packet_pdf
        return packet_pdf(snapshot, paper, participant, words, vocabulary)
    if kind == "guide":
        from facilitator.handouts.guide import guide_pdf
        return guide_pdf(snapshot, paper, words, vocabulary)
    if kind == "summary":
        from facilitator.handouts.summary import summary_pdf
        return summary_pdf(snapshot, paper, today, words, vocabulary)
    if kind == "themes":
        from facilitator.handouts.themes_doc import themes_pdf
        return themes_pdf(snapshot, paper, words, vocabulary)
    if kind == "actions":
        from facilitator.handouts.tracker import tracker_pdf
        return tracker_pdf(snapshot, paper, today, words, vocabulary)
    raise HandoutError(f"unknown handout '{kind}' (one of: {', '.join(KINDS)}, all)")


def _write(path: Path, data: bytes) -> None:
    handle, temp = tempfile.mkstemp(prefix=".handout-", suffix=".pdf", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


def planned_files(snapshot: WorkshopSnapshot, kinds: Iterable[str], *,
                  per_participant: bool = False,
                  language: str = "en") -> list[tuple[str, Participant | None, str]]:
    """(kind, participant, file name) for every document that will be written. A document in
    another language than English says so in its name ('-es'), so that printing both into one
    folder keeps both."""
    base = slug(snapshot.title)
    tail = "" if check_language(language) == "en" else f"-{check_language(language)}"
    plan: list[tuple[str, Participant | None, str]] = []
    for kind in kinds:
        if kind not in KINDS:
            raise HandoutError(f"unknown handout '{kind}' (one of: {', '.join(KINDS)}, all)")
        if kind == "packet" and per_participant:
            if not snapshot.participants:
                raise HandoutError("this workshop has no participants yet, so there are no "
                                   "per-participant packets to write; add participants or "
                                   "print one packet for everyone")
            used: set[str] = set()
            for person in snapshot.participants:
                name = slug(person.name, f"participant-{person.id}")
                if name in used:
                    name = f"{name}-{person.id}"
                used.add(name)
                plan.append((kind, person, f"{base}-packet-{name}{tail}.pdf"))
        else:
            plan.append((kind, None, f"{base}-{FILE_SUFFIX[kind]}{tail}.pdf"))
    return plan


def write_handouts(snapshot: WorkshopSnapshot, kinds: Iterable[str], out_dir: Path, *,
                   paper: str = "letter", per_participant: bool = False, language: str = "en",
                   progress: Callable[[int, int, str], None] | None = None) -> list[Path]:
    """Write the chosen documents into `out_dir` (created if needed); returns their paths.

    `progress(done, total, file_name)` is called before each document (for a progress bar).
    """
    if paper not in PAPERS:
        raise HandoutError(f"paper must be one of: {', '.join(PAPERS)}")
    language = check_language(language)
    plan = planned_files(snapshot, kinds, per_participant=per_participant, language=language)
    out_dir = Path(out_dir)
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise HandoutError(f"cannot create the folder {out_dir}: {exc.strerror}") from None
    if not out_dir.is_dir():
        raise HandoutError(f"{out_dir} is not a folder")
    written: list[Path] = []
    for index, (kind, person, name) in enumerate(plan):
        if progress is not None:
            progress(index, len(plan), name)
        path = out_dir / name
        data = render_document(snapshot, kind, paper, person, language=language)
        try:
            _write(path, data)
        except OSError as exc:
            raise HandoutError(f"cannot write {path}: {exc.strerror or exc}") from None
        written.append(path)
    if progress is not None:
        progress(len(plan), len(plan), "")
    return written
