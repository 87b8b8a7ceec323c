"""Action rules: open or closed, overdue, carried over between meetings, sorted and filtered.

Plain functions over `Action` snapshots. "Today" is always an argument, so overdue rules are
tested with any date and the UI decides which day it is.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from datetime import date
from functools import lru_cache

from facilitator.domain.language import ENGLISH, Words
from facilitator.domain.snapshot import Action, WorkshopSnapshot, idea_card
from facilitator.domain.template import Template
from facilitator.domain.written_dates import month_day_year

# Statuses that end an action: it is no longer reviewed at the next meeting nor overdue.
# Matched by meaning, not position, because templates name their own statuses
# ("blocked or behind" / "blocked or behind schedule").
CLOSED_WORDS = ("completed", "complete", "done", "abandoned", "cancelled", "canceled", "dropped")

OPEN = "open"            # filter value: every status that is not closed
CLOSED = "closed"        # filter value: completed or abandoned

_US_DATE = re.compile(r"^\s*(\d{1,2})[-/](\d{1,2})[-/](\d{4})\s*$")
_ISO_DATE = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*$")


def is_closed(status: str) -> bool:
    return status.strip().lower() in CLOSED_WORDS


def is_open(action: Action) -> bool:
    return not is_closed(action.status)


@lru_cache(maxsize=4096)  # sorting, overdue and exports ask for the same few texts repeatedly
def deadline_date(text: str) -> date | None:
    """A deadline as a real date, or None for free text ("Start of next school year").

    Accepts ISO (2026-06-15) and the US forms the seeds use (6-15-2022, 6/15/2022)."""
    match = _ISO_DATE.match(text)
    if match:
        year, month, day = (int(g) for g in match.groups())
    else:
        match = _US_DATE.match(text)
        if not match:
            return None
        month, day, year = (int(g) for g in match.groups())
    try:
        return date(year, month, day)
    except ValueError:
        return None


def deadline_text(text: str) -> str:
    """A deadline as people read it: a date spelled out ("June 15, 2026", however it was
    typed), free text as written."""
    due = deadline_date(text)
    return month_day_year(due) if due is not None else text.strip()


def is_overdue(action: Action, today: date) -> bool:
    """Open, with a real deadline that has passed (the deadline day itself is not overdue)."""
    due = deadline_date(action.deadline)
    return due is not None and due < today and is_open(action)


def by_deadline(actions: Iterable[Action]) -> list[Action]:
    """Dated deadlines first (soonest first), then free-text deadlines, then none; ties keep
    the table's order."""
    def key(action: Action) -> tuple[int, date, str, int, int]:
        due = deadline_date(action.deadline)
        if due is not None:
            return (0, due, "", action.position, action.id)
        if action.deadline.strip():
            return (1, date.min, action.deadline.strip().lower(), action.position, action.id)
        return (2, date.min, "", action.position, action.id)

    return sorted(actions, key=key)


UNASSIGNED = "Unassigned"  # how a list of owners names actions nobody owns yet


def participant_names(snapshot: WorkshopSnapshot) -> dict[int, str]:
    """Participant id -> current name: what `owner_name` needs to show a renamed owner."""
    return {p.id: p.name for p in snapshot.participants if p.name.strip()}


def owner_name(action: Action, names: dict[int, str]) -> str:
    """Who owns it: the participant's current name when linked (so a renamed participant shows
    the new name, and an empty owner text still shows who it is), else the free text."""
    if action.owner_id is not None and action.owner_id in names:
        return names[action.owner_id]
    return action.owner.strip()


def overdue_count(actions: Iterable[Action], today: date) -> int:
    return sum(1 for a in actions if is_overdue(a, today))


def by_owner(actions: Iterable[Action], names: dict[int, str]
             ) -> list[tuple[str, list[Action]]]:
    """Actions grouped by owner as shown (name order, case-insensitive, UNASSIGNED last), each
    group sorted by deadline like every other action list."""
    groups: dict[str, tuple[str, list[Action]]] = {}
    for action in actions:
        name = owner_name(action, names)
        groups.setdefault(name.casefold(), (name, []))[1].append(action)
    ordered = sorted(groups.items(), key=lambda kv: (kv[0] == "", kv[0]))
    return [(name or UNASSIGNED, by_deadline(items)) for _, (name, items) in ordered]


def matches_status(action: Action, wanted: str | None) -> bool:
    if not wanted:
        return True
    if wanted == OPEN:
        return is_open(action)
    if wanted == CLOSED:
        return not is_open(action)
    return action.status == wanted


def filter_actions(actions: Iterable[Action], *, owner: str | None = None,
                   status: str | None = None, names: dict[int, str] | None = None,
                   ) -> list[Action]:
    """Actions whose owner is `owner` (case-insensitive) and whose status matches `status`
    (a status, or OPEN / CLOSED); None or '' means any."""
    names = names or {}
    wanted_owner = (owner or "").strip().lower()
    return [a for a in actions
            if (not wanted_owner or owner_name(a, names).strip().lower() == wanted_owner)
            and matches_status(a, status)]


def owners(actions: Iterable[Action], names: dict[int, str] | None = None) -> list[str]:
    """The distinct owners, for an owner filter (sorted, case-insensitively)."""
    found: dict[str, str] = {}  # one entry per owner, as the filter matches case-insensitively
    for a in actions:
        name = owner_name(a, names or {}).strip()
        if name:
            found.setdefault(name.lower(), name)
    return sorted(found.values(), key=str.lower)


# Meetings ----------------------------------------------------------------------------------------
def status_at(action: Action, meeting_number: int) -> str | None:
    """The status recorded for the action at that meeting, or None if it was not reviewed."""
    return dict(action.history).get(meeting_number)


def latest_status_before(action: Action, meeting_number: int) -> str | None:
    earlier = [(n, s) for n, s in action.history if n < meeting_number]
    return max(earlier)[1] if earlier else None


def to_carry_over(actions: Iterable[Action], carry_blocks: Sequence[str]) -> list[Action]:
    """What a new meeting reviews "since last time": every action still open, in a block that
    carries over (template `carry_over: true`)."""
    return [a for a in actions if a.block_id in carry_blocks and is_open(a)]


def since_last_time(actions: Iterable[Action], meeting_number: int) -> list[Action]:
    """Actions reviewed at this meeting that were created at an earlier one (carried over)."""
    return [a for a in actions
            if a.meeting_number is not None and a.meeting_number < meeting_number
            and status_at(a, meeting_number) is not None]


def history_text(action: Action, words: Words = ENGLISH) -> str:
    """e.g. 'meeting 1: not started; meeting 2: in progress' (in `words`' language, the
    statuses in the template's words for it)."""
    return "; ".join(words.t("meeting {number}: {status}", number=n, status=words.term(s))
                     for n, s in action.history)


def block_items(template: Template) -> dict[str, int]:
    """Block id -> index of the agenda item that uses it."""
    return {b.id: i for i, item in enumerate(template.agenda) for b in item.blocks}


def origin_text(action: Action, template: Template, labels: dict[str, str] | None = None, *,
                item_titles: bool = True, items: dict[str, int] | None = None,
                words: Words = ENGLISH) -> str:
    """Where the action came from, for people: meeting, agenda item and card or idea.

    `source` holds a card reference (see domain.snapshot: idea:N, row:BLOCK:KEY, example:N),
    "example" for the template's example, or free text; `labels` maps card refs to the card's
    text when the caller knows it; `items` (from `block_items`) saves looking blocks up again
    for every action of a long list. `words` is the language of a document or export (the
    template is then already the translated one, so the item's title is too)."""
    t = words.t
    parts = []
    if action.meeting_number is not None:
        parts.append(t("meeting {number}", number=action.meeting_number))
    items = items if items is not None else block_items(template)
    if action.block_id in items:
        item = items[action.block_id]
        if item_titles:
            parts.append(t("item {number}: {title}", number=item + 1,
                           title=template.agenda[item].title))
        else:
            parts.append(t("item {number}", number=item + 1))
    source = action.source.strip()
    if source:
        label = (labels or {}).get(source, "")
        kind, _, rest = source.partition(":")
        if source == "example":
            parts.append(t("the template's example"))
        elif kind == "idea" and rest:
            parts.append(t("idea “{text}”", text=label) if label else t("idea {ref}", ref=rest))
        elif kind in ("row", "example") and rest:
            parts.append(t("card “{text}”", text=label) if label else t("card {ref}", ref=rest))
        else:
            parts.append(source)
    return ", ".join(parts)


def card_labels(snapshot: WorkshopSnapshot) -> dict[str, str]:
    """Card reference -> the text on the card (grid placements and ideas of every meeting)."""
    labels: dict[str, str] = {}
    for meeting in snapshot.meetings:
        for ideas in meeting.ideas.values():
            labels.update({idea_card(i.id): i.text for i in ideas})
        for cards in meeting.placements.values():
            labels.update({p.card: p.label for p in cards if p.label})
    return labels
