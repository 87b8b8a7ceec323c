"""A workshop's captured content as plain data: what handouts, exports and `dump` read."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from facilitator.domain.template import Template

CellValue = str | bool | int | float | list[str] | None


@dataclass(frozen=True)
class Participant:
    id: int
    name: str
    role: str = ""
    organisation: str = ""


@dataclass(frozen=True)
class TableRowData:
    key: str
    label: str
    cells: dict[str, CellValue]
    participant_id: int | None = None
    fixed: bool = True


@dataclass(frozen=True)
class Idea:
    id: int
    category: str
    lane: str
    text: str
    author_id: int | None = None
    votes: int = 0
    explore: bool = False
    position: int = 0
    pending: bool = False  # sent from a phone, waiting for the facilitator's approval


@dataclass(frozen=True)
class Placement:
    card: str
    label: str
    category: str
    x: float
    y: float


@dataclass(frozen=True)
class Theme:
    id: int
    headline: str
    body: str = ""
    position: int = 0


@dataclass(frozen=True)
class Action:
    id: int
    block_id: str
    text: str
    owner: str = ""
    owner_id: int | None = None
    deadline: str = ""
    status: str = "not started"
    category: str = ""
    notes: str = ""
    created: str = ""
    source: str = ""
    meeting_number: int | None = None
    position: int = 0
    history: tuple[tuple[int, str], ...] = ()  # (meeting number, status) per meeting


@dataclass(frozen=True)
class ItemTime:
    item: int
    minutes: int
    elapsed_s: float = 0.0
    running: bool = False
    done: bool = False


@dataclass
class Meeting:
    id: int
    number: int
    date: str = ""
    time: str = ""
    location: str = ""
    current_item: int = 0
    tables: dict[str, list[TableRowData]] = field(default_factory=dict)
    notes: dict[str, str] = field(default_factory=dict)
    ideas: dict[str, list[Idea]] = field(default_factory=dict)
    placements: dict[str, list[Placement]] = field(default_factory=dict)
    themes: dict[str, list[Theme]] = field(default_factory=dict)
    timers: list[ItemTime] = field(default_factory=list)
    subgroups: dict[int, dict[int, str]] = field(default_factory=dict)  # item -> person -> group
    settings: dict[str, dict[str, Any]] = field(default_factory=dict)  # block -> key -> value


@dataclass
class WorkshopSnapshot:
    title: str
    template: Template
    created_at: str
    participants: list[Participant]
    meetings: list[Meeting]
    actions: list[Action]

    def participant(self, participant_id: int | None) -> Participant | None:
        return next((p for p in self.participants if p.id == participant_id), None)

    @property
    def meeting(self) -> Meeting:
        """The latest meeting (a one-off workshop has exactly one)."""
        return self.meetings[-1]


def idea_card(idea_id: int) -> str:
    return f"idea:{idea_id}"


def row_card(block_id: str, row_key: str) -> str:
    return f"row:{block_id}:{row_key}"


def example_card(index: int) -> str:
    return f"example:{index}"


def meeting_data(m: Meeting) -> dict[str, Any]:
    """One meeting as plain JSON data: the shape of `facilitator dump` (docs/file-format.md)."""
    return {
        "number": m.number, "date": m.date, "time": m.time, "location": m.location,
        "current_item": m.current_item,
        "tables": {block_id: [{"key": r.key, "label": r.label, "participant": r.participant_id,
                               "cells": r.cells} for r in rows]
                   for block_id, rows in m.tables.items()},
        "notes": m.notes,
        "ideas": {block_id: [idea_data(i) for i in ideas] for block_id, ideas in m.ideas.items()},
        "grid": {block_id: [asdict(p) for p in cards] for block_id, cards in m.placements.items()},
        "themes": {block_id: [asdict(t) for t in themes]
                   for block_id, themes in m.themes.items()},
        "timers": [asdict(t) for t in m.timers],
        "subgroups": [{"item": item, "participant": pid, "group": name}
                      for item, groups in sorted(m.subgroups.items())
                      for pid, name in sorted(groups.items())],
        "settings": m.settings,
    }


def idea_data(i: Idea) -> dict[str, Any]:
    """An idea as dump data: "pending" only on one still waiting for approval, so that dumps
    of workshops that never screened anything read as before."""
    data = asdict(i)
    if not i.pending:
        del data["pending"]
    return data


def action_data(a: Action) -> dict[str, Any]:
    return {**asdict(a), "history": [list(h) for h in a.history]}
