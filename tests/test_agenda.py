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
    started,
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
    assert remaining_s(plans) == 15 * 60 + 30 * 60
    assert projected_end(now, plans) == datetime(2026, 12, 3, 16, 45)


def test_before_the_meeting_the_projection_starts_at_the_planned_start() -> None:
    plans = [ItemPlan(5), ItemPlan(115)]
    start = datetime(2026, 12, 3, 15, 30)
    preparing = datetime(2026, 12, 3, 12, 0)
    assert projected_end(preparing, plans, start) == datetime(2026, 12, 3, 17, 30)
    late = datetime(2026, 12, 3, 15, 40)  # not started yet, ten minutes late
    assert projected_end(late, plans, start) == datetime(2026, 12, 3, 17, 40)
    under_way = [ItemPlan(5, 60), ItemPlan(115)]  # once time is used, now is what counts
    assert projected_end(preparing, under_way, start) == datetime(2026, 12, 3, 13, 59)


def test_before_the_start_the_projected_end_is_the_planned_end_whatever_is_shown() -> None:
    """The seen defect: looking ahead ticked items done and the projection became 'now'."""
    plans = [ItemPlan(5), ItemPlan(15), ItemPlan(20), ItemPlan(5), ItemPlan(40), ItemPlan(20),
             ItemPlan(15)]
    start = datetime(2026, 12, 3, 15, 30)
    at = datetime(2026, 12, 3, 4, 35)
    assert projected_end(at, plans, start) == datetime(2026, 12, 3, 17, 30)
    assert format_offset(behind_s(plans)) == "on time"
    assert not started(plans)


def test_an_item_ticked_before_the_start_is_skipped_not_started() -> None:
    plans = [ItemPlan(5, done=True), ItemPlan(15, done=True), ItemPlan(100)]
    start = datetime(2026, 12, 3, 15, 30)
    assert not started(plans)
    assert projected_end(datetime(2026, 12, 3, 12, 0), plans, start) == \
        datetime(2026, 12, 3, 17, 10)
    assert format_offset(behind_s(plans)) == "20 min ahead"


def test_overtime_makes_the_meeting_run_behind() -> None:
    plans = [ItemPlan(10, 13 * 60), ItemPlan(20)]    # 3 minutes over on the first item
    assert remaining_s(plans) == 20 * 60             # nothing left of the current item
    assert behind_s(plans) == 3 * 60
    assert format_offset(behind_s(plans)) == "3 min behind"


def test_finishing_early_runs_ahead_and_only_a_tick_skips_an_item() -> None:
    plans = [ItemPlan(10, 4 * 60, done=True), ItemPlan(5), ItemPlan(20)]
    assert format_offset(behind_s(plans)) == "6 min ahead"     # item 2 is still to come
    ticked = [ItemPlan(10, 4 * 60, done=True), ItemPlan(5, done=True), ItemPlan(20)]
    assert format_offset(behind_s(ticked)) == "11 min ahead"
    assert format_offset(0) == "on time"


def test_an_item_left_half_run_still_needs_what_is_left_of_it() -> None:
    plans = [ItemPlan(10, 4 * 60), ItemPlan(20, 60)]        # went back to item 1 from item 2
    now = datetime(2026, 12, 3, 16, 0)
    assert projected_end(now, plans) == datetime(2026, 12, 3, 16, 25)


def test_rebalance_spreads_what_is_left_so_the_meeting_ends_on_time() -> None:
    plans = [ItemPlan(10, 15 * 60), ItemPlan(20), ItemPlan(30)]    # 5 minutes over
    proposal = rebalance(plans, budget_to_finish_on_plan(plans))
    assert proposal.minutes == {1: 18, 2: 27}
    assert proposal.changes(plans) == {1: 18, 2: 27}
    assert proposal.total_s == 45 * 60


def test_rebalance_keeps_what_is_left_of_items_under_way_and_a_minute_each() -> None:
    plans = [ItemPlan(10, 2 * 60), ItemPlan(10), ItemPlan(5, done=True), ItemPlan(10)]
    proposal = rebalance(plans, budget_s=10 * 60)   # 8 left on the item under way: 2 to share
    assert proposal.minutes == {1: 1, 3: 1}
    assert proposal.kept_s == 8 * 60
    all_run = [ItemPlan(10, 60, done=True), ItemPlan(10, 120)]
    assert rebalance(all_run, budget_s=600).minutes == {}   # nothing waiting


def test_rebalance_can_give_time_back() -> None:
    plans = [ItemPlan(10, 5 * 60, done=True), ItemPlan(10), ItemPlan(10)]
    proposal = rebalance(plans, budget_to_finish_on_plan(plans))   # 25 min for 20 planned
    assert sorted(proposal.minutes.values()) == [12, 13]
    assert proposal.total_s == 25 * 60


def test_rebalance_never_proposes_more_than_the_time_left() -> None:
    """The seen defect offered 'item 7: 1 -> 103 min' with 19 minutes left."""
    plans = [ItemPlan(5), ItemPlan(15), ItemPlan(20), ItemPlan(5), ItemPlan(40), ItemPlan(20),
             ItemPlan(1)]
    for budget in (0, 6 * 60, 7 * 60, 19 * 60, 19 * 60 + 59, 103 * 60, 240 * 60):
        proposal = rebalance(plans, budget)
        assert proposal.total_s <= budget
        assert all(m <= budget / 60 for m in proposal.minutes.values())
        if proposal.short_s:        # fewer minutes than items: nothing fits, say by how much
            assert proposal.minutes == {} and budget < 7 * 60
        else:
            assert set(proposal.minutes) == set(range(7)) and min(proposal.minutes.values()) >= 1
    nineteen = rebalance(plans, 19 * 60)
    assert nineteen.minutes[6] == 1 and sum(nineteen.minutes.values()) == 19
    assert rebalance(plans, 6 * 60).short_s == 60


def test_rebalance_before_the_start_shares_the_whole_agenda() -> None:
    plans = [ItemPlan(10), ItemPlan(20), ItemPlan(30)]           # nothing run, nothing done
    assert rebalance(plans, 30 * 60).minutes == {0: 5, 1: 10, 2: 15}
    assert rebalance(plans, 60 * 60).changes(plans) == {}


def test_offset_against_the_original_schedule_after_a_rebalance() -> None:
    plans = [ItemPlan(10, 15 * 60), ItemPlan(18), ItemPlan(27)]   # rebalanced from 20 and 30
    assert behind_s(plans) == 5 * 60                               # vs the new plan's total
    assert behind_s(plans, planned_total=60 * 60) == 0             # vs the schedule
    assert budget_to_finish_on_plan(plans, planned_total=60 * 60) == 45 * 60
