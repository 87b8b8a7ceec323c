"""A workshop template as plain data: agenda items and the worksheets (blocks) they use.

Templates are content. These frozen dataclasses are what the rest of the app reads; they are
built only by `template_parse.parse_template`, which validates every field.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

TEMPLATE_FORMAT = 1


class ColumnType(StrEnum):
    TEXT = "text"
    LONGTEXT = "longtext"
    CHOICE = "choice"
    MULTICHOICE = "multichoice"
    CHECKBOX = "checkbox"
    DATE = "date"
    PERSON = "person"
    NUMBER = "number"


class Audience(StrEnum):
    ALL = "all"                  # projected and printed for participants
    FACILITATOR = "facilitator"  # the facilitator's window and guide only


class BlockKind(StrEnum):
    TEXT = "text"
    TABLE = "table"
    IDEAS = "ideas"
    GRID = "grid"
    ACTIONS = "actions"
    THEMES = "themes"


DEFAULT_STATUSES: tuple[str, ...] = (
    "not started",
    "in progress",
    "blocked or behind",
    "abandoned",
    "completed",
)

# What an actions block's `labels` may rename: the action fields a worksheet shows as columns.
ACTION_LABEL_KEYS: tuple[str, ...] = ("text", "owner", "deadline", "status", "category", "notes",
                                      "created")


@dataclass(frozen=True)
class Option:
    id: str
    label: str


@dataclass(frozen=True)
class Column:
    id: str
    label: str
    type: ColumnType = ColumnType.TEXT
    choices: tuple[str, ...] = ()
    group: str = ""
    hint: str = ""


@dataclass(frozen=True)
class Row:
    id: str
    label: str
    group: str = ""
    hints: dict[str, str] = field(default_factory=dict)
    values: dict[str, str] = field(default_factory=dict)
    flags: tuple[str, ...] = ()


@dataclass(frozen=True)
class Section:
    heading: str
    points: tuple[str, ...] = ()


@dataclass(frozen=True)
class Block:
    id: str
    kind: BlockKind
    title: str
    instructions: str = ""
    audience: Audience = Audience.ALL

    @property
    def for_participants(self) -> bool:
        return self.audience is Audience.ALL


@dataclass(frozen=True)
class TextBlock(Block):
    body: str = ""
    sections: tuple[Section, ...] = ()
    notes_field: bool = False


@dataclass(frozen=True)
class TableBlock(Block):
    columns: tuple[Column, ...] = ()
    rows: tuple[Row, ...] = ()
    row_header: str = ""
    open_rows: bool = False
    min_rows: int = 0
    per_participant: bool = False
    row_flags: dict[str, str] = field(default_factory=dict)

    @property
    def fixed(self) -> bool:
        return not self.open_rows

    def column(self, column_id: str) -> Column:
        for column in self.columns:
            if column.id == column_id:
                return column
        raise KeyError(column_id)


@dataclass(frozen=True)
class IdeasBlock(Block):
    categories: tuple[Option, ...] = ()
    lanes: tuple[Option, ...] = ()
    votes_per_person: int = 0


@dataclass(frozen=True)
class GridExample:
    label: str
    category: str
    x: float
    y: float


@dataclass(frozen=True)
class Quadrants:
    high_impact_easy: str = "Do it now!"
    high_impact_hard: str = "Do it next"
    low_impact_easy: str = "Quick wins"
    low_impact_hard: str = "Reconsider"


@dataclass(frozen=True)
class GridBlock(Block):
    x_label: str = "Ease of implementation"
    y_label: str = "Impact"
    quadrants: Quadrants = field(default_factory=Quadrants)
    sources: tuple[str, ...] = ()
    categories: tuple[Option, ...] = ()
    examples: tuple[GridExample, ...] = ()
    examples_note: str = ""


@dataclass(frozen=True)
class ActionExample:
    text: str
    owner: str = ""
    deadline: str = ""
    category: str = ""
    status: str = ""
    created: str = ""


@dataclass(frozen=True)
class ActionsBlock(Block):
    statuses: tuple[str, ...] = DEFAULT_STATUSES
    categories: tuple[str, ...] = ()
    example: ActionExample | None = None
    min_rows: int = 0
    carry_over: bool = False
    labels: tuple[tuple[str, str], ...] = ()  # (key, heading): the seed's own column headings

    def label(self, key: str, default: str) -> str:
        """The heading of the `key` column (an ACTION_LABEL_KEYS name): the template's own
        wording where it gives one, else `default` (the app's standard heading)."""
        for name, text in self.labels:
            if name == key:
                return text
        return default


@dataclass(frozen=True)
class ThemesBlock(Block):
    prompt: str = ""
    min_rows: int = 0


AnyBlock = TextBlock | TableBlock | IdeasBlock | GridBlock | ActionsBlock | ThemesBlock


@dataclass(frozen=True)
class AgendaItem:
    title: str
    minutes: int
    notes: str = ""
    questions: tuple[str, ...] = ()
    blocks: tuple[AnyBlock, ...] = ()
    subgroups: tuple[str, ...] = ()


@dataclass(frozen=True)
class Invitation:
    subject: str
    body: str


@dataclass(frozen=True)
class Template:
    id: str
    title: str
    source: str
    purpose: str
    intention: str
    roles: tuple[str, ...]
    invitation: Invitation
    agenda: tuple[AgendaItem, ...]
    summary: str = ""
    meeting_name: str = "Meeting"  # what one meeting of a series is called: "Check-in 3"
    raw: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)

    @property
    def total_minutes(self) -> int:
        return sum(item.minutes for item in self.agenda)

    def blocks(self) -> list[AnyBlock]:
        return [block for item in self.agenda for block in item.blocks]

    def block(self, block_id: str) -> AnyBlock:
        for block in self.blocks():
            if block.id == block_id:
                return block
        raise KeyError(block_id)

    def item_of(self, block_id: str) -> int:
        for index, item in enumerate(self.agenda):
            if any(block.id == block_id for block in item.blocks):
                return index
        raise KeyError(block_id)

    def to_dict(self) -> dict[str, Any]:
        """The template as plain data, exactly as validated (stored as the file's snapshot)."""
        return self.raw
