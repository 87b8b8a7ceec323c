"""Agenda arithmetic: start times, projected end, ahead/behind, rebalance."""

from __future__ import annotations

from datetime import date, datetime

from facilitator.domain.agenda import (
    ItemPlan,
    behind_s,
    budget_to_finish_on_plan,
    format_offset,
    meeting_start,
    projected_end,
    rebalance,
    remaining_s,
    start_times,
)


def test_start_times_follow_the_planned_minutes() -> None:
    start = meeting_start("2026-12-03", "15:30", date(2026, 1, 1))
    times = start_times(start, [5, 15, 20])
    assert [t.strftime("%H:%M") for t in times if t] == ["15:30", "15:35", "15:50"]
    assert meeting_start("", "09:00", date(2026, 5, 4)) == datetime(2026, 5, 4, 9, 0)
    assert start_times(meeting_start("", "", date.today()), [5, 10]) == [None, None]


def test_projected_end_adds_what_is_left_to_now() -> None:
    plans = [ItemPlan(10, 600, done=True), ItemPlan(20, 300), ItemPlan(30)]
    now = datetime(2026, 12, 3, 16, 0)
    assert remaining_s(plans, 1) == 15 * 60 + 30 * 60
    assert projected_end(now, plans, 1) == datetime(2026, 12, 3, 16, 45)


def test_before_the_meeting_the_projection_starts_at_the_planned_start() -> None:
    plans = [ItemPlan(5), ItemPlan(115)]
    start = datetime(2026, 12, 3, 15, 30)
    preparing = datetime(2026, 12, 3, 12, 0)
    assert projected_end(preparing, plans, 0, start) == datetime(2026, 12, 3, 17, 30)
    late = datetime(2026, 12, 3, 15, 40)  # not started yet, ten minutes late
    assert projected_end(late, plans, 0, start) == datetime(2026, 12, 3, 17, 40)
    under_way = [ItemPlan(5, 60), ItemPlan(115)]  # once time is used, now is what counts
    assert projected_end(preparing, under_way, 0, start) == datetime(2026, 12, 3, 13, 59)


def test_looking_ahead_before_the_start_is_not_skipping() -> None:
    plans = [ItemPlan(5), ItemPlan(15), ItemPlan(100)]
    start = datetime(2026, 12, 3, 15, 30)
    assert projected_end(datetime(2026, 12, 3, 12, 0), plans, 2, start) == \
        datetime(2026, 12, 3, 17, 30)
    assert format_offset(behind_s(plans, 2)) == "on time"
    skipped = [ItemPlan(5, done=True), ItemPlan(15, done=True), ItemPlan(100)]
    assert format_offset(behind_s(skipped, 2)) == "20 min ahead"


def test_overtime_makes_the_meeting_run_behind() -> None:
    plans = [ItemPlan(10, 13 * 60), ItemPlan(20)]    # 3 minutes over on the first item
    assert remaining_s(plans, 0) == 20 * 60          # nothing left of the current item
    assert behind_s(plans, 0) == 3 * 60
    assert format_offset(behind_s(plans, 0)) == "3 min behind"


def test_finishing_early_or_skipping_runs_ahead() -> None:
    plans = [ItemPlan(10, 4 * 60, done=True), ItemPlan(5), ItemPlan(20)]
    assert format_offset(behind_s(plans, 2)) == "11 min ahead"
    assert format_offset(0) == "on time"


def test_rebalance_spreads_what_is_left_so_the_meeting_ends_on_time() -> None:
    plans = [ItemPlan(10, 15 * 60), ItemPlan(20), ItemPlan(30)]    # 5 minutes over
    new = rebalance(plans, 0, budget_to_finish_on_plan(plans))
    assert new == {1: 18, 2: 27}
    assert sum(new.values()) == 45


def test_rebalance_keeps_the_current_items_remaining_time_and_a_minute_each() -> None:
    plans = [ItemPlan(10, 2 * 60), ItemPlan(10), ItemPlan(5, done=True), ItemPlan(10)]
    new = rebalance(plans, 0, budget_s=10 * 60)    # 8 left on the current item: 2 to share
    assert new == {1: 1, 3: 1}
    assert rebalance(plans, 3, budget_s=600) == {}  # nothing after the last item


def test_rebalance_can_give_time_back() -> None:
    plans = [ItemPlan(10, 5 * 60, done=True), ItemPlan(10), ItemPlan(10)]
    new = rebalance(plans, 1, budget_to_finish_on_plan(plans))   # 25 min for 20 planned
    assert new == {2: 15}


def test_offset_against_the_original_schedule_after_a_rebalance() -> None:
    plans = [ItemPlan(10, 15 * 60), ItemPlan(18), ItemPlan(27)]   # rebalanced from 20 and 30
    assert behind_s(plans, 0) == 5 * 60                           # vs the new plan's total
    assert behind_s(plans, 0, planned_total=60 * 60) == 0         # vs the schedule
    assert budget_to_finish_on_plan(plans, planned_total=60 * 60) == 45 * 60
