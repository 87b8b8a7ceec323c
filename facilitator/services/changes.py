"""What a service call changed: every view refreshes from this, never from storage directly.

Every `Changed` is made by the service that made the change, and handed back to its caller (the
UI pushes it to the views as it came): a view is never told less, or other, than what was
committed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Generic, TypeVar

T = TypeVar("T")


class ChangeKind(StrEnum):
    """What kind of thing changed; `block_id` says which worksheet, when it is one."""

    CELLS = "cells"                # table cells (no row came or went); ids: row keys
    ROWS = "rows"                  # table rows added, removed or moved (and maybe cells)
    IDEAS = "ideas"                # brainstorm cards
    VOTES = "votes"                # a brainstorm's dots per person
    GRID = "grid"                  # cards placed on or taken off the impact x ease board
    ACTIONS = "actions"            # rows of an actions worksheet (proposals too)
    THEMES = "themes"              # key themes
    NOTE = "note"                  # the notes box of a text block
    AGENDA = "agenda"              # the meeting's progress: clocks, minutes, done, current item
    PARTICIPANTS = "participants"  # who takes part
    SUBGROUPS = "subgroups"        # who is in which subgroup for an agenda item; ids: items
    MEETINGS = "meetings"          # a meeting added or removed, or its date, time and place
    LANGUAGE = "language"          # the language the workshop's template text is shown in


@dataclass(frozen=True)
class Changed:
    what: ChangeKind
    block_id: str = ""
    ids: tuple[int | str, ...] = ()
    saved_at: datetime = field(default_factory=datetime.now)


@dataclass(frozen=True, kw_only=True)
class Removed(Changed, Generic[T]):
    """A removal, with what was removed and the meeting it was in: what undo restores."""

    item: T
    meeting_id: int = 0
