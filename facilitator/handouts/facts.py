"""Facts the handouts derive from a snapshot: clock times, card labels, open actions."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from facilitator.domain.snapshot import Action, Meeting, WorkshopSnapshot
from facilitator.domain.template import AgendaItem, GridBlock, TableBlock

CLOSED_WORDS = ("complet", "abandon", "done", "cancel", "closed")


@dataclass(frozen=True)
class Slot:
    number: int          # 1-based
    item: AgendaItem
    minutes: int
    start: str           # "15:30", or "+0:05" (offset) when the meeting has no start time
    end: str


def _clock(minutes: int) -> str:
    minutes %= 24 * 60
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def schedule(snapshot: WorkshopSnapshot, meeting: Meeting | None = None) -> list[Slot]:
    """Each agenda item with its planned minutes (as adjusted in this meeting) and times."""
    meeting = meeting or snapshot.meeting
    planned = {t.item: t.minutes for t in meeting.timers}
    match = re.fullmatch(r"(\d{1,2}):(\d{2})", meeting.time.strip())
    base = int(match[1]) * 60 + int(match[2]) if match else None
    slots, elapsed = [], 0
    for index, item in enumerate(snapshot.template.agenda):
        minutes = planned.get(index, item.minutes)
        if base is None:
            start = f"+{elapsed // 60}:{elapsed % 60:02d}"
            end = f"+{(elapsed + minutes) // 60}:{(elapsed + minutes) % 60:02d}"
        else:
            start, end = _clock(base + elapsed), _clock(base + elapsed + minutes)
        slots.append(Slot(index + 1, item, minutes, start, end))
        elapsed += minutes
    return slots


def card_label(snapshot: WorkshopSnapshot, meeting: Meeting, grid: GridBlock, card: str,
               stored: str) -> str:
    """What a card on the grid says: its stored label, else the idea or row it stands for."""
    if stored:
        return stored
    kind, _, rest = card.partition(":")
    if kind == "idea":
        for ideas in meeting.ideas.values():
            for idea in ideas:
                if str(idea.id) == rest:
                    return idea.text
    elif kind == "row":
        block_id, _, key = rest.partition(":")
        try:
            block = snapshot.template.block(block_id)
        except KeyError:
            return card
        if isinstance(block, TableBlock):
            for row in block.rows:
                if row.id == key:
                    return row.label
    elif kind == "example" and rest.isdigit() and int(rest) < len(grid.examples):
        return grid.examples[int(rest)].label
    return card


def is_open(action: Action) -> bool:
    status = action.status.lower()
    return not any(word in status for word in CLOSED_WORDS)


def is_overdue(action: Action, today: date | None = None) -> bool:
    try:
        deadline = date.fromisoformat(action.deadline.strip())
    except ValueError:
        return False
    return is_open(action) and deadline < (today or date.today())


def deadline_key(action: Action) -> tuple[int, str, int]:
    """Dated deadlines first (soonest first), then free-text ones, then none."""
    text = action.deadline.strip()
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        return (0, text, action.position)
    return (1 if text else 2, text.lower(), action.position)


def by_owner(actions: list[Action]) -> list[tuple[str, list[Action]]]:
    """Actions grouped by owner (name order, 'Unassigned' last), soonest deadline first."""
    groups: dict[str, list[Action]] = {}
    for action in actions:
        groups.setdefault(action.owner.strip(), []).append(action)
    ordered = sorted(groups.items(), key=lambda kv: (kv[0] == "", kv[0].casefold()))
    return [(owner or "Unassigned", sorted(items, key=deadline_key)) for owner, items in ordered]
