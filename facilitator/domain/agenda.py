"""Agenda arithmetic: start times, projected end, ahead/behind and rebalancing what remains.

Pure functions over `ItemPlan`s (planned minutes, elapsed seconds, done). An item is finished
only when its done flag says so (it was run and left, or ticked by hand): which item the
facilitator is looking at says nothing about the others, so looking ahead before the start, or
going back, never counts an item as finished or skipped. The caller passes live elapsed times.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta


@dataclass(frozen=True)
class ItemPlan:
    minutes: int
    elapsed_s: float = 0.0
    done: bool = False

    @property
    def planned_s(self) -> float:
        return self.minutes * 60.0

    @property
    def ran(self) -> bool:
        """Its timer has run (some time was used on it)."""
        return self.elapsed_s > 0


def meeting_start(day: str, time: str, today: date) -> datetime | None:
    """The scheduled start ('2026-12-03', '15:30'); no time means no schedule. No date: today."""
    if not time:
        return None
    hours, minutes = (int(part) for part in time.split(":"))
    when = date.fromisoformat(day) if day else today
    return datetime(when.year, when.month, when.day, hours, minutes)


def start_times(start: datetime | None, minutes: Sequence[int]) -> list[datetime | None]:
    """The planned start of each item from the meeting start (None when there is no start)."""
    if start is None:
        return [None] * len(minutes)
    out: list[datetime | None] = []
    at = start
    for m in minutes:
        out.append(at)
        at += timedelta(minutes=m)
    return out


def total_planned_s(plans: Sequence[ItemPlan]) -> float:
    return sum(p.planned_s for p in plans)


def used_s(plans: Sequence[ItemPlan]) -> float:
    return sum(p.elapsed_s for p in plans)


def _left(plan: ItemPlan) -> float:
    return 0.0 if plan.done else max(0.0, plan.planned_s - plan.elapsed_s)


def remaining_s(plans: Sequence[ItemPlan]) -> float:
    """Time still needed: what is left of every item not done, wherever it is in the agenda."""
    return sum(_left(p) for p in plans)


def started(plans: Sequence[ItemPlan]) -> bool:
    """Some item's timer has run. (Ticking an item done before the start skips it; it does not
    start the meeting.)"""
    return any(p.ran for p in plans)


def projected_end(now: datetime, plans: Sequence[ItemPlan],
                  planned_start: datetime | None = None) -> datetime:
    """When the meeting will end at this pace: now plus what is left. Before it starts it
    cannot begin before its planned start (a facilitator preparing at noon for a 15:30
    session sees the planned end, 17:30, not 14:00)."""
    begin = now if started(plans) or planned_start is None else max(now, planned_start)
    return begin + timedelta(seconds=remaining_s(plans))


def behind_s(plans: Sequence[ItemPlan], planned_total: float | None = None) -> float:
    """How far behind plan the meeting runs (negative: ahead): time used plus time still needed,
    minus the planned total (the original schedule's, if given, so that a rebalance that
    absorbs an overrun brings the meeting back on time). Items ticked done early or without
    running count as time saved; overtime and added minutes as time lost."""
    total = total_planned_s(plans) if planned_total is None else planned_total
    return used_s(plans) + remaining_s(plans) - total


def budget_to_finish_on_plan(plans: Sequence[ItemPlan],
                             planned_total: float | None = None) -> float:
    """Seconds left if the meeting is to last exactly its planned total."""
    total = total_planned_s(plans) if planned_total is None else planned_total
    return max(0.0, total - used_s(plans))


@dataclass(frozen=True)
class Proposal:
    """A rebalance: new minutes for the items still waiting, within the time left.

    Items under way (their timer ran, not done) keep what is left of them (`kept_s`); items
    done get nothing; the waiting items (never run, not done) share the rest of the budget.
    `short_s` > 0 means the budget cannot give each waiting item even one minute: then
    `minutes` is empty, as no proposal fits."""
    minutes: dict[int, int]
    kept_s: float
    budget_s: float
    short_s: float = 0.0

    @property
    def total_s(self) -> float:
        """Time the rest of the meeting takes with the new minutes (never above the budget)."""
        return self.kept_s + 60.0 * sum(self.minutes.values())

    def changes(self, plans: Sequence[ItemPlan]) -> dict[int, int]:
        return {i: m for i, m in self.minutes.items() if m != plans[i].minutes}


def waiting(plans: Sequence[ItemPlan]) -> list[int]:
    """Items that are neither done nor under way: the ones a rebalance may change."""
    return [i for i, p in enumerate(plans) if not p.done and not p.ran]


def rebalance(plans: Sequence[ItemPlan], budget_s: float) -> Proposal:
    """Share `budget_s`, less what is left of the items under way, among the waiting items in
    proportion to their planned minutes, one minute at least each, in whole minutes that
    never add up to more than the budget."""
    items = waiting(plans)
    kept = sum(_left(p) for p in plans if p.ran)
    budget = max(0.0, budget_s)
    available = int(max(0.0, budget - kept) // 60)
    if not items:
        return Proposal({}, kept, budget)
    if available < len(items):
        return Proposal({}, kept, budget, short_s=kept + 60.0 * len(items) - budget)
    weights = [max(1, plans[i].minutes) for i in items]
    total_weight = sum(weights)
    # Largest-remainder rounding keeps the sum exact while following the old proportions.
    extra = available - len(items)                  # minutes beyond each item's minimum 1
    raw = [extra * w / total_weight for w in weights]
    base = [int(r) for r in raw]
    short = extra - sum(base)
    by_fraction = sorted(range(len(items)), key=lambda k: (raw[k] - base[k], weights[k]),
                         reverse=True)
    for k in by_fraction[:short]:
        base[k] += 1
    return Proposal({i: 1 + b for i, b in zip(items, base, strict=True)}, kept, budget)


def format_offset(seconds: float) -> str:
    """'on time', '3 min behind', '2 min ahead' (whole minutes, rounded)."""
    minutes = round(seconds / 60)
    if minutes == 0:
        return "on time"
    return f"{abs(minutes)} min {'behind' if minutes > 0 else 'ahead'}"
