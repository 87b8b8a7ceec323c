"""Action rules with no file and no Qt: open/closed, overdue on a given day, sort, filter."""

from __future__ import annotations

from datetime import date

from facilitator.domain.actions import (
    CLOSED,
    OPEN,
    by_deadline,
    deadline_date,
    filter_actions,
    is_overdue,
    origin_text,
    owners,
    since_last_time,
    status_at,
    to_carry_over,
)
from facilitator.domain.snapshot import Action
from facilitator.services.templates import find_template


def action(id_: int, deadline: str = "", status: str = "not started", owner: str = "",
           **kw: object) -> Action:
    return Action(id_, kw.pop("block_id", "tracker"), f"action {id_}", owner=owner,  # type: ignore[arg-type]
                  deadline=deadline, status=status, position=id_, **kw)  # type: ignore[arg-type]


def test_deadline_reads_iso_and_the_seeds_us_dates_and_keeps_free_text_as_text() -> None:
    assert deadline_date("2026-06-15") == date(2026, 6, 15)
    assert deadline_date("6-15-2022") == date(2022, 6, 15)     # the check-in seed's form
    assert deadline_date("6/15/2022") == date(2022, 6, 15)
    assert deadline_date("Start of next school year") is None
    assert deadline_date("2026-02-30") is None                  # not a real day
    assert deadline_date("") is None


def test_overdue_depends_on_the_injected_today_and_only_for_open_actions() -> None:
    due = action(1, "2026-03-10")
    assert not is_overdue(due, date(2026, 3, 9))
    assert not is_overdue(due, date(2026, 3, 10))   # due today is not late yet
    assert is_overdue(due, date(2026, 3, 11))
    assert not is_overdue(action(2, "2026-03-10", "completed"), date(2026, 4, 1))
    assert not is_overdue(action(3, "2026-03-10", "abandoned"), date(2026, 4, 1))
    assert is_overdue(action(4, "3-10-2026", "blocked or behind schedule"), date(2026, 4, 1))
    assert not is_overdue(action(5, "Start of next school year"), date(2099, 1, 1))


def test_sort_by_deadline_puts_dates_first_then_free_text_then_undated() -> None:
    items = [action(1, ""), action(2, "Start of next school year"), action(3, "2027-01-02"),
             action(4, "6-15-2026"), action(5, "Beginning of next semester")]
    assert [a.id for a in by_deadline(items)] == [4, 3, 5, 2, 1]


def test_filter_by_owner_and_status() -> None:
    items = [action(1, owner="José Álvarez"), action(2, owner="josé álvarez", status="completed"),
             action(3, owner_id=7), action(4, owner="Priya", status="in progress")]
    names = {7: "Priya"}
    assert [a.id for a in filter_actions(items, owner="JOSÉ ÁLVAREZ")] == [1, 2]
    assert [a.id for a in filter_actions(items, owner="Priya", names=names)] == [3, 4]
    assert [a.id for a in filter_actions(items, status=OPEN)] == [1, 3, 4]
    assert [a.id for a in filter_actions(items, status=CLOSED)] == [2]
    assert [a.id for a in filter_actions(items, status="in progress")] == [4]
    assert owners(items, names) == ["José Álvarez", "Priya"]


def test_carry_over_takes_open_actions_of_carry_over_blocks_only() -> None:
    items = [action(1), action(2, status="completed"), action(3, status="abandoned"),
             action(4, status="in progress"), action(5, block_id="other")]
    assert [a.id for a in to_carry_over(items, ["tracker"])] == [1, 4]


def test_since_last_time_lists_actions_reviewed_at_a_meeting_from_earlier_ones() -> None:
    old = action(1, meeting_number=1, history=((1, "not started"), (2, "in progress")))
    new = action(2, meeting_number=2, history=((2, "not started"),))
    done = action(3, meeting_number=1, history=((1, "completed"),))
    assert [a.id for a in since_last_time([old, new, done], 2)] == [1]
    assert status_at(old, 2) == "in progress" and status_at(done, 2) is None


def test_origin_names_meeting_item_and_card() -> None:
    template = find_template("attract-retain")
    a = action(1, block_id="propose", meeting_number=1, source="example:3")
    text = origin_text(a, template, {"example:3": "Staff input"})
    assert text.startswith("meeting 1, item 7: ")
    assert text.endswith("card “Staff input”")
