"""Participants, meetings, block notes and subgroups."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, delete, func, insert, select, update

from facilitator.domain.meeting import check_date, check_time
from facilitator.domain.snapshot import Participant
from facilitator.domain.template import TextBlock
from facilitator.services.blocks import block_of
from facilitator.services.changes import Changed, ChangeKind, Removed
from facilitator.services.errors import NotFoundError, ServiceError
from facilitator.services.workshop import Workshop
from facilitator.storage.rows import put
from facilitator.storage.schema import (
    action_table,
    block_note_table,
    idea_table,
    meeting_table,
    participant_table,
    row_table,
    subgroup_table,
)


def add_participant(ws: Workshop, name: str, role: str = "", organisation: str = "", *,
                    participant_id: int | None = None) -> Changed:
    if not name.strip():
        raise ServiceError("a participant needs a name")
    with ws.transaction() as db:
        last = db.scalar(select(func.max(participant_table.c.position)))
        values: dict[str, Any] = {"name": name.strip(), "role": role,
                                  "organisation": organisation, "position": (last or 0) + 1}
        if participant_id is not None:  # a given id (undo); otherwise the next free one
            values["id"] = participant_id
        new_id = db.execute(insert(participant_table).values(**values)).inserted_primary_key[0]
    return Changed(ChangeKind.PARTICIPANTS, "", (new_id,))


def update_participant(ws: Workshop, participant_id: int, *, name: str | None = None,
                       role: str | None = None, organisation: str | None = None) -> Changed:
    with ws.transaction() as db:
        _participant(db, participant_id)
        values: dict[str, str] = {}
        if name is not None:
            if not name.strip():
                raise ServiceError("a participant needs a name")
            values["name"] = name.strip()
        if role is not None:
            values["role"] = role
        if organisation is not None:
            values["organisation"] = organisation
        if values:
            db.execute(update(participant_table)
                       .where(participant_table.c.id == participant_id).values(**values))
    return Changed(ChangeKind.PARTICIPANTS, "", (participant_id,))


def remove_participant(ws: Workshop, participant_id: int) -> Removed[Participant]:
    """Delete a participant: their table copies and subgroup places go with them; ideas they
    wrote and actions they own stay, without the link (ON DELETE CASCADE / SET NULL)."""
    with ws.transaction() as db:
        old = _participant(db, participant_id)
        db.execute(delete(participant_table).where(participant_table.c.id == participant_id))
    return Removed(ChangeKind.PARTICIPANTS, "", (participant_id,), item=old)


def _participant(db: Connection, participant_id: int) -> Participant:
    row = db.execute(select(participant_table)
                     .where(participant_table.c.id == participant_id)).first()
    if row is None:
        raise NotFoundError(f"participant {participant_id} does not exist")
    return Participant(row.id, row.name, row.role, row.organisation)


@dataclass(frozen=True)
class Links:
    """What in the workshop names a participant: why removing them would lose something."""
    actions: int = 0      # actions they own
    cards: int = 0        # brainstorm cards they wrote
    answers: int = 0      # rows of their own copy of a worksheet
    subgroups: int = 0    # places in a subgroup (these can go, and come back on undo)

    @property
    def keeps_them(self) -> bool:
        return bool(self.actions or self.cards or self.answers)

    def reason(self, name: str) -> str:
        """'Ana owns 2 actions and wrote 1 card' (only when `keeps_them`)."""
        def some(n: int, one: str) -> str:
            return f"{n} {one}{'' if n == 1 else 's'}"
        parts = []
        if self.actions:
            parts.append(f"owns {some(self.actions, 'action')}")
        if self.cards:
            parts.append(f"wrote {some(self.cards, 'card')}")
        if self.answers:
            parts.append(f"has answers in {some(self.answers, 'worksheet row')}")
        listed = ", ".join(parts[:-1]) + (" and " if len(parts) > 1 else "") + parts[-1]
        return f"{name} {listed}"


def _links(db: Connection, participant_id: int) -> Links:
    def count(column: Any) -> int:
        return db.scalar(select(func.count()).where(column == participant_id)) or 0
    return Links(count(action_table.c.owner_id), count(idea_table.c.author_id),
                 count(row_table.c.participant_id), count(subgroup_table.c.participant_id))


def participant_links(ws: Workshop, participant_id: int) -> Links:
    with ws.reading() as db:
        _participant(db, participant_id)
        return _links(db, participant_id)


@dataclass(frozen=True)
class PersonRecord:
    """A participant as stored, with what removing them deletes (their subgroup places), so
    that undo brings them back exactly: same id, same place in the list."""
    name: str
    role: str = ""
    organisation: str = ""
    id: int | None = None          # None: a new person, given the next free id
    position: int | None = None    # None: at the end of the list
    subgroups: tuple[tuple[int, int, str], ...] = ()   # (meeting id, agenda item, group)


@dataclass(frozen=True)
class PeopleEdit:
    """One edit of the participant list (Meeting > Participants…), applied as one transaction."""
    add: tuple[PersonRecord, ...] = ()
    change: tuple[Participant, ...] = ()    # new name, role and organisation, by id
    remove: tuple[int, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.add or self.change or self.remove)


@dataclass(frozen=True)
class PeopleChanged(Changed):
    """What `edit_participants` did, and the edit that undoes it."""
    undo: PeopleEdit = field(default_factory=PeopleEdit)


def edit_participants(ws: Workshop, edit: PeopleEdit) -> PeopleChanged:
    """Add, rename and remove participants in one transaction. A participant who owns actions,
    wrote cards or has answers of their own is never removed (that would lose who said what):
    the whole edit is refused with the reason, and renaming them is the way to correct them."""
    for person in (*edit.add, *edit.change):
        if not person.name.strip():
            raise ServiceError("a participant needs a name")
    undo_add: list[PersonRecord] = []
    undo_change: list[Participant] = []
    undo_remove: list[int] = []
    with ws.transaction() as db:
        for participant_id in edit.remove:
            old = _participant(db, participant_id)
            links = _links(db, participant_id)
            if links.keeps_them:
                raise ServiceError(f"{links.reason(old.name)}, so they stay in the workshop; "
                                   "you can rename them instead")
            position = db.scalar(select(participant_table.c.position)
                                 .where(participant_table.c.id == participant_id))
            places = tuple((r.meeting_id, r.item, r.name) for r in db.execute(
                select(subgroup_table).where(subgroup_table.c.participant_id == participant_id)))
            db.execute(delete(participant_table).where(participant_table.c.id == participant_id))
            undo_add.append(PersonRecord(old.name, old.role, old.organisation, old.id,
                                         position, places))
        for person in edit.change:
            undo_change.append(_participant(db, person.id))
            db.execute(update(participant_table).where(participant_table.c.id == person.id)
                       .values(name=person.name.strip(), role=person.role.strip(),
                               organisation=person.organisation.strip()))
        for record in edit.add:
            position = record.position
            if position is None:
                position = (db.scalar(select(func.max(participant_table.c.position))) or 0) + 1
            values: dict[str, Any] = {"name": record.name.strip(), "role": record.role.strip(),
                                      "organisation": record.organisation.strip(),
                                      "position": position}
            if record.id is not None:
                values["id"] = record.id
            new_id = db.execute(insert(participant_table).values(**values)
                                ).inserted_primary_key[0]
            if record.subgroups:
                db.execute(insert(subgroup_table), [
                    {"meeting_id": meeting_id, "item": item, "participant_id": new_id,
                     "name": name} for meeting_id, item, name in record.subgroups])
            undo_remove.append(new_id)
    ids = (*edit.remove, *(p.id for p in edit.change), *undo_remove)
    return PeopleChanged(ChangeKind.PARTICIPANTS, "", tuple(ids),
                         undo=PeopleEdit(tuple(undo_add), tuple(undo_change), tuple(undo_remove)))


def read_participants(ws: Workshop) -> list[Participant]:
    with ws.reading() as db:
        rows = db.execute(select(participant_table).order_by(participant_table.c.position,
                                                             participant_table.c.id))
        return [Participant(r.id, r.name, r.role, r.organisation) for r in rows]


def update_meeting(ws: Workshop, meeting: int | None = None, *, date: str | None = None,
                   time: str | None = None, location: str | None = None) -> Changed:
    try:
        date = check_date(date) if date is not None else None
        time = check_time(time) if time is not None else None
    except ValueError as exc:
        raise ServiceError(str(exc)) from None
    values = {name: value for name, value in
              (("date", date), ("time", time), ("location", location)) if value is not None}
    with ws.transaction() as db:
        meeting_id = ws.meeting_id(meeting, db)
        if values:
            db.execute(update(meeting_table).where(meeting_table.c.id == meeting_id)
                       .values(**values))
    return Changed(ChangeKind.MEETINGS, "", (meeting_id,))


def set_note(ws: Workshop, block_id: str, text: str, *, meeting: int | None = None) -> Changed:
    """The free notes box of a text block."""
    block_of(ws, block_id, TextBlock)
    with ws.transaction() as db:
        meeting_id = ws.meeting_id(meeting, db)
        put(db, block_note_table, {"meeting_id": meeting_id, "block_id": block_id}, text=text)
    return Changed(ChangeKind.NOTE, block_id)


def set_subgroups(ws: Workshop, item: int, groups: dict[int, str], *,
                  meeting: int | None = None) -> Changed:
    """Assign participants to named subgroups for one agenda item (replaces the old split)."""
    if not 0 <= item < len(ws.template.agenda):
        raise ServiceError(f"agenda item {item + 1} does not exist")
    with ws.transaction() as db:
        meeting_id = ws.meeting_id(meeting, db)
        db.execute(delete(subgroup_table).where(subgroup_table.c.meeting_id == meeting_id,
                                                subgroup_table.c.item == item))
        rows = [{"meeting_id": meeting_id, "item": item, "participant_id": participant_id,
                 "name": name.strip()} for participant_id, name in groups.items() if name.strip()]
        if rows:  # an empty list would insert one row of defaults
            db.execute(insert(subgroup_table), rows)
    return Changed(ChangeKind.SUBGROUPS, "", (item,))
