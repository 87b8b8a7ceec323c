"""Open, create and close workshops: the handle every other service takes as its first argument."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, insert, select, update
from sqlalchemy.exc import SQLAlchemyError

from facilitator import __version__
from facilitator.domain.meeting import check_date, check_time
from facilitator.domain.template import Template
from facilitator.services.changes import Changed
from facilitator.services.errors import (
    NotFoundError,
    NotSaved,
    ReadOnlyWorkshop,
    ServiceError,
    Unreadable,
    read_failure_message,
    save_failure_message,
)
from facilitator.services.litter import remove_stale_temps
from facilitator.storage.database import Database
from facilitator.storage.schema import meeting_table, participant_table, workshop_table


@dataclass(frozen=True)
class NewParticipant:
    name: str
    role: str = ""
    organisation: str = ""


class Workshop:
    """An open workshop file and its template snapshot."""

    def __init__(self, db: Database, template: Template, title: str,
                 language: str = "en") -> None:
        self.db = db
        self.template = template
        self.title = title
        # The language of the template's text on screen and in handouts by default; what the
        # services check and store is always `template`'s own (English) wording and keys.
        self.language = language
        self._shown: Template | None = None
        self._wording: dict[str, str] | None = None
        self._latest_meeting: int | None = None  # cached: every edit asks for it
        self.backups: Any = None  # services.backups.BackupKeeper, made by keeper_for()

    @property
    def shown(self) -> Template:
        """The template as the screens show it: its text in the workshop's language (same ids,
        keys and structure as `template`; a sentence with no translation stays as written)."""
        if self._shown is None:
            from facilitator.domain.template_text import translate_template

            self._shown = translate_template(self.template, self.wording)
        return self._shown

    @property
    def wording(self) -> dict[str, str]:
        """The template's English sentence -> its wording on screen ({} in English)."""
        if self._wording is None:
            from facilitator.domain.localize import template_translation

            self._wording = template_translation(self.template.id, self.language)
        return self._wording

    def term(self, value: str) -> str:
        """A stored template word (a choice, status, category, quadrant or example card, kept
        in the template's own English) as the screens show it; typed text as typed."""
        return self.wording.get(value.strip(), value) if value and self.wording else value

    @property
    def shown_title(self) -> str:
        """The workshop's title on screen: the user's as typed, or the template's own title
        (stored as written) in the workshop's language."""
        if self.title.strip() == self.template.title.strip():
            return self.shown.title
        return self.title

    @property
    def path(self) -> Path:
        return self.db.path

    @property
    def readonly(self) -> bool:
        return self.db.readonly

    @contextmanager
    def transaction(self) -> Iterator[Connection]:
        if self.readonly:
            raise ReadOnlyWorkshop(f"{self.path.name} is open read-only: changes are not saved. "
                                   "Use File > Save as… to work on a copy.")
        # The one place where a write the file did not take (a full disk, a read-only medium,
        # a drive pulled out) becomes a one-line NotSaved: every caller then handles one type.
        try:
            with self.db.transaction() as session:
                yield session
        except (SQLAlchemyError, OSError, sqlite3.Error) as exc:
            raise NotSaved(save_failure_message(exc)) from exc

    @contextmanager
    def batch(self) -> Iterator[None]:
        """Group commit (storage.Database.batch): the service calls inside are one savepoint
        each and reach the disk together when this ends; a file that does not take them raises
        NotSaved here, and none of them is saved."""
        if self.readonly:
            raise ReadOnlyWorkshop(f"{self.path.name} is open read-only: changes are not saved.")
        try:
            with self.db.batch():
                yield
        except (SQLAlchemyError, OSError, sqlite3.Error) as exc:
            raise NotSaved(save_failure_message(exc)) from exc

    @contextmanager
    def reading(self) -> Iterator[Connection]:
        try:
            with self.db.reading() as session:
                yield session
        except (SQLAlchemyError, OSError, sqlite3.Error) as exc:
            raise Unreadable(read_failure_message(exc)) from exc

    def meeting_ids(self) -> list[int]:
        with self.reading() as s:
            return list(s.scalars(select(meeting_table.c.id).order_by(meeting_table.c.number)))

    def meeting_id(self, meeting: int | None = None, session: Connection | None = None) -> int:
        """The given meeting id (checked), or the latest meeting's."""
        if session is None:
            with self.reading() as s:
                return self.meeting_id(meeting, s)
        if meeting is None:
            if self._latest_meeting is None:
                self._latest_meeting = session.scalar(
                    select(meeting_table.c.id).order_by(meeting_table.c.number.desc()))
            found = self._latest_meeting
        else:
            found = session.scalar(select(meeting_table.c.id)
                                   .where(meeting_table.c.id == meeting))
        if found is None:
            raise NotFoundError(f"meeting {meeting} does not exist in this workshop")
        return found

    def forget_meetings(self) -> None:
        """Call after adding a meeting, so that 'the latest meeting' is looked up again."""
        self._latest_meeting = None

    @property
    def recovered(self) -> bool:
        """Opening rolled back a commit that a crash or kill had cut short: the file is as it
        was after its last completed edit (it was "not closed cleanly")."""
        return self.db.recovered

    def close(self) -> None:
        if self.backups is not None:
            self.backups.wait()  # a backup in flight takes milliseconds; let it finish
        self.db.close()

    def __enter__(self) -> Workshop:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def set_language(ws: Workshop, language: str) -> Changed:
    """Show the workshop's template text in `language` from now on ("en" as written, "es"):
    one transaction; nothing the room typed or picked changes (it is kept in the template's
    own words)."""
    from facilitator.domain.language import UnknownLanguage, language_code
    from facilitator.services.changes import ChangeKind

    try:
        language = language_code(language)
    except UnknownLanguage as exc:
        raise ServiceError(str(exc)) from None
    with ws.transaction() as db:
        db.execute(update(workshop_table).where(workshop_table.c.id == 1)
                   .values(language=language))
    ws.language, ws._shown, ws._wording = language, None, None
    return Changed(ChangeKind.LANGUAGE)


def save_copy(ws: Workshop, target: Path) -> Path:
    """"Save as": a complete copy of the workshop at `target` (replacing a file there that is
    not open elsewhere); the original stays as it is."""
    from facilitator.services.outputs import refuse_unsafe_output

    target = Path(target)
    if not target.parent.is_dir():
        raise ServiceError(f"{target.parent}: no such folder")
    if target.resolve() != ws.path.resolve():  # copy_to refuses the workshop itself
        refuse_unsafe_output(target, workshop_copy=True)
    ws.db.copy_to(target)
    return target


def create_workshop(path: Path, template: Template, *, title: str | None = None, date: str = "",
                    time: str = "", location: str = "",
                    participants: Sequence[NewParticipant] = (),
                    language: str = "en") -> Workshop:
    """Make a new workshop file from a template, with its first meeting; its template text
    shown in `language` ("en" as written, "es" from the template's Spanish text)."""
    from facilitator.domain.language import UnknownLanguage, language_code

    try:
        date, time = check_date(date), check_time(time)
        language = language_code(language)
    except (ValueError, UnknownLanguage) as exc:
        raise ServiceError(str(exc)) from None
    chosen_title = (title or template.title).strip() or template.title

    def populate(db: Connection) -> None:
        db.execute(insert(workshop_table).values(
            id=1, title=chosen_title, template_id=template.id, template=template.to_dict(),
            created_at=datetime.now().isoformat(timespec="seconds"), app_version=__version__,
            language=language))
        db.execute(insert(meeting_table).values(number=1, date=date, time=time,
                                                location=location))
        if participants:
            db.execute(insert(participant_table), [
                {"name": p.name, "role": p.role, "organisation": p.organisation, "position": i}
                for i, p in enumerate(participants)])

    return new_workshop_file(path, populate)


def new_workshop_file(path: Path, populate: Callable[[Connection], None]) -> Workshop:
    """A new workshop file filled by `populate` in its first transaction (a template, a dump),
    opened once it passes the same checks as every open. Hidden temporary files that an
    interrupted earlier attempt left in the folder go first."""
    remove_stale_temps(Path(path).parent)
    return _verified(Database.create(Path(path), populate))


def open_workshop(path: Path, *, readonly: bool = False) -> Workshop:
    return _verified(Database.open(Path(path), readonly=readonly))


def _verified(db: Database) -> Workshop:
    """The open workshop, once its structure and every stored value are what the app writes
    (services.check): a damaged or tampered file is refused here with one line, before any
    window or command reads it."""
    from facilitator.services.check import verified

    try:
        with db.reading() as session:
            title, template = verified(session, str(db.path))
            language = session.scalar(select(workshop_table.c.language)) or "en"
        return Workshop(db, template, title, language if language in ("en", "es") else "en")
    except BaseException:
        db.close()
        raise
