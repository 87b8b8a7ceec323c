"""Agenda arithmetic: start times, projected end, ahead/behind and rebalancing what remains.

Pure functions over `ItemPlan`s (planned minutes, elapsed seconds, done). The item being run is
`current`; items before it count as finished (whatever their done flag says), items after it as
still to come. The caller passes the current item's live elapsed time.
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


def remaining_s(plans: Sequence[ItemPlan], current: int) -> float:
    """Time still needed: what is left of the current item plus every later item not done."""
    return sum(_left(p) for p in plans[current:])


def started(plans: Sequence[ItemPlan]) -> bool:
    """Some time was used or some item finished (or skipped)."""
    return any(p.elapsed_s > 0 or p.done for p in plans)


def projected_end(now: datetime, plans: Sequence[ItemPlan], current: int,
                  planned_start: datetime | None = None) -> datetime:
    """When the meeting will end at this pace. Before it starts, the whole agenda is still
    ahead (looking at a later item is not skipping the earlier ones) and it cannot begin
    before its planned start (a facilitator preparing at noon for a 15:30 session)."""
    if started(plans):
        return now + timedelta(seconds=remaining_s(plans, current))
    begin = max(now, planned_start) if planned_start is not None else now
    return begin + timedelta(seconds=remaining_s(plans, 0))


def behind_s(plans: Sequence[ItemPlan], current: int,
             planned_total: float | None = None) -> float:
    """How far behind plan the meeting runs (negative: ahead): time used plus time still needed,
    minus the planned total (the original schedule's, if given, so that a rebalance that
    absorbs an overrun brings the meeting back on time). Skipped items count as time saved;
    overtime and added minutes as time lost."""
    total = total_planned_s(plans) if planned_total is None else planned_total
    return used_s(plans) + remaining_s(plans, current if started(plans) else 0) - total


def budget_to_finish_on_plan(plans: Sequence[ItemPlan],
                             planned_total: float | None = None) -> float:
    """Seconds left if the meeting is to last exactly its planned total."""
    total = total_planned_s(plans) if planned_total is None else planned_total
    return max(0.0, total - used_s(plans))


def rebalance(plans: Sequence[ItemPlan], current: int, budget_s: float) -> dict[int, int]:
    """New planned minutes for the items after `current` (not done) so that what is left of the
    current item plus those items fits `budget_s`. Shares follow the old plan; each item keeps
    at least one minute. Returns only items whose minutes change."""
    later = [i for i in range(current + 1, len(plans)) if not plans[i].done]
    if not later:
        return {}
    current_left = _left(plans[current]) if 0 <= current < len(plans) else 0.0
    available = max(len(later), int(max(0.0, budget_s - current_left) // 60))
    weights = [plans[i].minutes for i in later]
    total_weight = sum(weights)
    # Largest-remainder rounding keeps the sum exact while following the old proportions.
    extra = available - len(later)                  # minutes beyond each item's minimum 1
    raw = [extra * w / total_weight for w in weights]
    base = [int(r) for r in raw]
    short = extra - sum(base)
    by_fraction = sorted(range(len(later)), key=lambda k: (raw[k] - base[k], weights[k]),
                         reverse=True)
    for k in by_fraction[:short]:
        base[k] += 1
    new = {i: 1 + b for i, b in zip(later, base, strict=True)}
    return {i: m for i, m in new.items() if m != plans[i].minutes}


def format_offset(seconds: float) -> str:
    """'on time', '3 min behind', '2 min ahead' (whole minutes, rounded)."""
    minutes = round(seconds / 60)
    if minutes == 0:
        return "on time"
    return f"{abs(minutes)} min {'behind' if minutes > 0 else 'ahead'}"
