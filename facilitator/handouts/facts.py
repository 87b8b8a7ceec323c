"""Facts the handouts derive from a snapshot: clock times and card labels. (Action rules, such
as open, overdue and owners, live in domain.actions: every handout, export and view shares them.)"""

from __future__ import annotations

import re
from dataclasses import dataclass

from facilitator.domain.language import ENGLISH, Words
from facilitator.domain.snapshot import Meeting, WorkshopSnapshot
from facilitator.domain.template import AgendaItem, GridBlock, TableBlock


@dataclass(frozen=True)
class Slot:
    number: int          # 1-based
    item: AgendaItem
    minutes: int
    start: str           # "3:30 PM", or "+0:05" (offset) when the meeting has no start time
    end: str


def _clock(minutes: int, words: Words) -> str:
    """A time of day as the document's readers write it: '3:30 PM', '15:30'."""
    minutes %= 24 * 60
    return words.time(f"{minutes // 60:02d}:{minutes % 60:02d}")


def schedule(snapshot: WorkshopSnapshot, meeting: Meeting | None = None,
             words: Words = ENGLISH) -> list[Slot]:
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
            start, end = _clock(base + elapsed, words), _clock(base + elapsed + minutes, words)
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
