"""The workshop file's tables (SQLAlchemy 2 Core).

Core tables rather than ORM classes: the services read rows into domain dataclasses and write
with single statements, so the ORM's unit of work and identity map were never used, while its
import (0.06-0.1 s) sat on the path to an editable window and its flush on every commit. Each
table is `NAME_table`, so "model" stays free for Qt models and names never clash with the
service modules (`actions`, `themes`, ...).

Everything a meeting captures is keyed by meeting and by the template's block id; the template
itself is kept as a JSON snapshot so later template changes never break an existing file.
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Double,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    text,
)

# "FACI" in ASCII: lets `file(1)`, and our own guards, recognise a workshop file.
APPLICATION_ID = 0x46414349
SCHEMA_VERSION = 3

metadata = MetaData()


def _id() -> Column[int]:
    return Column("id", Integer, primary_key=True)


def _text(name: str, length: int | None = None, *, default: str | None = "") -> Column[str]:
    kind = Text if length is None else String(length)
    return Column(name, kind, nullable=False, default=default)


def _int(name: str, *, default: int | None = None, **kw: object) -> Column[int]:
    return Column(name, Integer, nullable=False, default=default, **kw)  # type: ignore[arg-type]


def _meeting_fk(*, nullable: bool = False, ondelete: str = "CASCADE") -> Column[int]:
    return Column("meeting_id", Integer, ForeignKey("meeting.id", ondelete=ondelete),
                  nullable=nullable)


def _block_id() -> Column[str]:
    return _text("block_id", 100, default=None)


workshop_table = Table(
    "workshop", metadata,
    _id(),
    _text("title", default=None),
    _text("template_id", 100, default=None),
    Column("template", JSON, nullable=False),
    _text("created_at", 40, default=None),
    _text("app_version", 40, default=None),
    # The language the template's own text is shown in (laptop, projector, slides, handouts by
    # default): "en" (the template as written) or "es" (its es/ID.yaml). Chosen at File > New.
    Column("language", String(10), nullable=False, default="en", server_default=text("'en'")),
)

participant_table = Table(
    "participant", metadata,
    _id(),
    _text("name", default=None),
    _text("role"),
    _text("organisation"),
    _int("position", default=0),
)

meeting_table = Table(
    "meeting", metadata,
    _id(),
    _int("number", unique=True),
    _text("date", 10),
    _text("time", 5),
    _text("location"),
    _int("current_item", default=0),
)

# One row of a table block: a fixed row (key from the template) or an open row.
row_table = Table(
    "table_row", metadata,
    _id(),
    _meeting_fk(),
    _block_id(),
    Column("participant_id", Integer, ForeignKey("participant.id", ondelete="CASCADE")),
    _text("row_key", 100, default=None),
    _int("position", default=0),
    UniqueConstraint("meeting_id", "block_id", "participant_id", "row_key"),
)

cell_table = Table(
    "cell", metadata,
    _id(),
    Column("row_id", Integer, ForeignKey("table_row.id", ondelete="CASCADE"), nullable=False),
    _text("column_id", 100, default=None),
    _text("value", default=None),  # JSON text: str, bool, number or list
    UniqueConstraint("row_id", "column_id"),
)

block_note_table = Table(
    "block_note", metadata,
    _id(),
    _meeting_fk(),
    _block_id(),
    _text("text"),
    UniqueConstraint("meeting_id", "block_id"),
)

# A per-meeting setting of a block (e.g. dots per person for a vote), as JSON text.
block_setting_table = Table(
    "block_setting", metadata,
    _id(),
    _meeting_fk(),
    _block_id(),
    _text("key", 100, default=None),
    _text("value", default=None),
    UniqueConstraint("meeting_id", "block_id", "key"),
)

idea_table = Table(
    "idea", metadata,
    _id(),
    _meeting_fk(),
    _block_id(),
    _text("category", 100),
    _text("lane", 100),
    _text("text"),
    Column("author_id", Integer, ForeignKey("participant.id", ondelete="SET NULL")),
    _int("position", default=0),
    _int("votes", default=0),
    Column("explore", Boolean, nullable=False, default=False),
    Index("ix_idea_block", "meeting_id", "block_id"),
    # Sent from a phone while the room is screened: kept in the file at once (never lost), but
    # only on the facilitator's laptop until approved. Last, as version 2 appended it.
    Column("pending", Boolean, nullable=False, default=False, server_default=text("0")),
)

# A card on a grid block; `card` names what it shows (see domain.snapshot.card_ref).
placement_table = Table(
    "placement", metadata,
    _id(),
    _meeting_fk(),
    _block_id(),
    _text("card", 200, default=None),
    _text("label"),
    _text("category", 100),
    Column("x", Double, nullable=False, default=0.5),
    Column("y", Double, nullable=False, default=0.5),
    UniqueConstraint("meeting_id", "block_id", "card"),
)

action_table = Table(
    "action", metadata,
    _id(),
    _block_id(),
    _meeting_fk(nullable=True, ondelete="SET NULL"),
    _text("created", 10),
    _text("text"),
    _text("owner"),
    Column("owner_id", Integer, ForeignKey("participant.id", ondelete="SET NULL")),
    _text("deadline", 40),
    _text("status", 40, default="not started"),
    _text("category", 100),
    _text("notes"),
    _text("source", 200),
    _int("position", default=0),
    Index("ix_action_block", "block_id"),
)

# An action's status as recorded at a meeting (its history across a series).
action_status_table = Table(
    "action_status", metadata,
    _id(),
    Column("action_id", Integer, ForeignKey("action.id", ondelete="CASCADE"), nullable=False),
    _meeting_fk(),
    _text("status", 40, default=None),
    UniqueConstraint("action_id", "meeting_id"),
)

theme_table = Table(
    "theme", metadata,
    _id(),
    _meeting_fk(),
    _block_id(),
    _text("headline"),
    _text("body"),
    _int("position", default=0),
)

# Per meeting and agenda item: stored elapsed time, so a restart resumes where it was.
timer_table = Table(
    "timer", metadata,
    _id(),
    _meeting_fk(),
    _int("item"),
    Column("minutes", Integer),  # planned, when changed from the template
    Column("elapsed_s", Double, nullable=False, default=0.0),
    Column("running", Boolean, nullable=False, default=False),
    Column("done", Boolean, nullable=False, default=False),
    UniqueConstraint("meeting_id", "item"),
)

subgroup_table = Table(
    "subgroup", metadata,
    _id(),
    _meeting_fk(),
    _int("item"),
    Column("participant_id", Integer, ForeignKey("participant.id", ondelete="CASCADE"),
           nullable=False),
    _text("name", default=None),
    UniqueConstraint("meeting_id", "item", "participant_id"),
)
