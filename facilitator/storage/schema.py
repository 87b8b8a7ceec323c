"""The workshop file's tables (SQLAlchemy 2, typed).

Classes are `*Row` so that "model" stays free for Qt models.

Everything a meeting captures is keyed by meeting and by the template's block id; the template
itself is kept as a JSON snapshot so later template changes never break an existing file.
"""



from sqlalchemy import JSON, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

# "FACI" in ASCII: lets `file(1)`, and our own guards, recognise a workshop file.
APPLICATION_ID = 0x46414349
SCHEMA_VERSION = 1


class Base(DeclarativeBase):
    type_annotation_map = {dict: JSON, list: JSON}


class WorkshopRow(Base):
    __tablename__ = "workshop"
    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(Text)
    template_id: Mapped[str] = mapped_column(String(100))
    template: Mapped[dict] = mapped_column(JSON)
    created_at: Mapped[str] = mapped_column(String(40))
    app_version: Mapped[str] = mapped_column(String(40))


class ParticipantRow(Base):
    __tablename__ = "participant"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(Text)
    role: Mapped[str] = mapped_column(Text, default="")
    organisation: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[int] = mapped_column(default=0)


class MeetingRow(Base):
    __tablename__ = "meeting"
    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[int] = mapped_column(unique=True)
    date: Mapped[str] = mapped_column(String(10), default="")
    time: Mapped[str] = mapped_column(String(5), default="")
    location: Mapped[str] = mapped_column(Text, default="")
    current_item: Mapped[int] = mapped_column(default=0)


class TableRowRow(Base):
    """One row of a table block: a fixed row (key from the template) or an open row."""

    __tablename__ = "table_row"
    __table_args__ = (UniqueConstraint("meeting_id", "block_id", "participant_id", "row_key"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"))
    block_id: Mapped[str] = mapped_column(String(100))
    participant_id: Mapped[int | None] = mapped_column(
        ForeignKey("participant.id", ondelete="CASCADE"))
    row_key: Mapped[str] = mapped_column(String(100))
    position: Mapped[int] = mapped_column(default=0)


class CellRow(Base):
    __tablename__ = "cell"
    __table_args__ = (UniqueConstraint("row_id", "column_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    row_id: Mapped[int] = mapped_column(ForeignKey("table_row.id", ondelete="CASCADE"))
    column_id: Mapped[str] = mapped_column(String(100))
    value: Mapped[str] = mapped_column(Text)  # JSON text: str, bool, number or list


class BlockNoteRow(Base):
    __tablename__ = "block_note"
    __table_args__ = (UniqueConstraint("meeting_id", "block_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"))
    block_id: Mapped[str] = mapped_column(String(100))
    text: Mapped[str] = mapped_column(Text, default="")


class BlockSettingRow(Base):
    """A per-meeting setting of a block (e.g. dots per person for a vote), as JSON."""

    __tablename__ = "block_setting"
    __table_args__ = (UniqueConstraint("meeting_id", "block_id", "key"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"))
    block_id: Mapped[str] = mapped_column(String(100))
    key: Mapped[str] = mapped_column(String(100))
    value: Mapped[str] = mapped_column(Text)


class IdeaRow(Base):
    __tablename__ = "idea"
    __table_args__ = (Index("ix_idea_block", "meeting_id", "block_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"))
    block_id: Mapped[str] = mapped_column(String(100))
    category: Mapped[str] = mapped_column(String(100), default="")
    lane: Mapped[str] = mapped_column(String(100), default="")
    text: Mapped[str] = mapped_column(Text, default="")
    author_id: Mapped[int | None] = mapped_column(
        ForeignKey("participant.id", ondelete="SET NULL"))
    position: Mapped[int] = mapped_column(default=0)
    votes: Mapped[int] = mapped_column(default=0)
    explore: Mapped[bool] = mapped_column(default=False)


class PlacementRow(Base):
    """A card on a grid block; `card` names what it shows (see domain.snapshot.card_ref)."""

    __tablename__ = "placement"
    __table_args__ = (UniqueConstraint("meeting_id", "block_id", "card"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"))
    block_id: Mapped[str] = mapped_column(String(100))
    card: Mapped[str] = mapped_column(String(200))
    label: Mapped[str] = mapped_column(Text, default="")
    category: Mapped[str] = mapped_column(String(100), default="")
    x: Mapped[float] = mapped_column(default=0.5)
    y: Mapped[float] = mapped_column(default=0.5)


class ActionRow(Base):
    __tablename__ = "action"
    __table_args__ = (Index("ix_action_block", "block_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    block_id: Mapped[str] = mapped_column(String(100))
    meeting_id: Mapped[int | None] = mapped_column(ForeignKey("meeting.id", ondelete="SET NULL"))
    created: Mapped[str] = mapped_column(String(10), default="")
    text: Mapped[str] = mapped_column(Text, default="")
    owner: Mapped[str] = mapped_column(Text, default="")
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("participant.id", ondelete="SET NULL"))
    deadline: Mapped[str] = mapped_column(String(40), default="")
    status: Mapped[str] = mapped_column(String(40), default="not started")
    category: Mapped[str] = mapped_column(String(100), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    source: Mapped[str] = mapped_column(String(200), default="")
    position: Mapped[int] = mapped_column(default=0)


class ActionStatusRow(Base):
    """An action's status as recorded at a meeting (its history across a series)."""

    __tablename__ = "action_status"
    __table_args__ = (UniqueConstraint("action_id", "meeting_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    action_id: Mapped[int] = mapped_column(ForeignKey("action.id", ondelete="CASCADE"))
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"))
    status: Mapped[str] = mapped_column(String(40))


class ThemeRow(Base):
    __tablename__ = "theme"
    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"))
    block_id: Mapped[str] = mapped_column(String(100))
    headline: Mapped[str] = mapped_column(Text, default="")
    body: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[int] = mapped_column(default=0)


class TimerRow(Base):
    """Per meeting and agenda item: stored elapsed time, so a restart resumes where it was."""

    __tablename__ = "timer"
    __table_args__ = (UniqueConstraint("meeting_id", "item"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"))
    item: Mapped[int] = mapped_column()
    minutes: Mapped[int | None] = mapped_column(default=None)  # planned, when changed from template
    elapsed_s: Mapped[float] = mapped_column(default=0.0)
    running: Mapped[bool] = mapped_column(default=False)
    done: Mapped[bool] = mapped_column(default=False)


class SubgroupRow(Base):
    __tablename__ = "subgroup"
    __table_args__ = (UniqueConstraint("meeting_id", "item", "participant_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"))
    item: Mapped[int] = mapped_column()
    participant_id: Mapped[int] = mapped_column(ForeignKey("participant.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(Text)
