"""The agenda runner: which item is current, its timer, and the meeting's plan.

Time comes from an injectable monotonic clock; a 100 ms Qt tick only asks "what time is it
now" and never counts. Elapsed time is stored through services.timers on every start, pause and
item change, and every CHECKPOINT_S seconds while running, so a crash loses little. On open,
every item is paused at its stored elapsed time.

The runner follows the meeting on screen (`CurrentMeeting`): when another meeting is shown it
pauses and stores the running clock of the one it leaves, reads the new one's plan and says so
with `item_changed` and `state_changed`, so every view builds afresh for it.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import date, datetime, timedelta

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtGui import QUndoStack

from facilitator.domain.agenda import (
    ItemPlan,
    Proposal,
    behind_s,
    budget_to_finish_on_plan,
    meeting_start,
    projected_end,
    rebalance,
    start_times,
)
from facilitator.domain.timer import Clock, ItemTimer, planned_minutes_after
from facilitator.services.changes import Changed, ChangeKind
from facilitator.services.run_state import RunState, read_run_state
from facilitator.services.timers import read_timers, save_timer, set_current_item, set_done
from facilitator.services.workshop import Workshop
from facilitator.ui.kit.current_meeting import CurrentMeeting
from facilitator.ui.kit.hub import ChangeHub
from facilitator.ui.kit.service_command import save_now
from facilitator.ui.run.commands import set_minutes_command, set_subgroups_command

CHECKPOINT_S = 20.0
TICK_MS = 100


class RunController(QObject):
    tick = Signal()            # the clock moved: redraw remaining time, projected end
    state_changed = Signal()   # started, paused, minutes, done or subgroups changed
    item_changed = Signal(int)  # another item is current, or the same one of another meeting
    alert = Signal()           # the current item's countdown just reached zero

    def __init__(self, ws: Workshop, hub: ChangeHub, undo: QUndoStack,
                 meeting: CurrentMeeting, *, clock: Clock = time.monotonic,
                 wall: Callable[[], datetime] = datetime.now,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ws, self.hub, self.undo, self.meeting = ws, hub, undo, meeting
        self._clock = clock
        self.wall = wall  # wall-clock time (the projected end); tests set a fixed one
        self._load(read_run_state(ws, meeting=meeting.id))
        self._last = clock()
        self._last_checkpoint = self._last
        self._save_attempts: dict[object, int] = {}   # per kind of save, for Retry
        self._ticker = QTimer(self)
        self._ticker.setInterval(TICK_MS)
        self._ticker.timeout.connect(self._on_tick)
        self._ticker.start()
        hub.changed.connect(self._on_hub)
        meeting.changed.connect(self._follow_meeting)

    def _load(self, state: RunState) -> None:
        """Every item paused at its stored elapsed time. `meeting_id` is the meeting whose plan
        this is: it changes only here, together with the plan."""
        self.state = state
        self.meeting_id = state.meeting_id
        self.current = state.current_item
        self.minutes = [t.minutes for t in state.timers]
        self.done = [t.done for t in state.timers]
        self.timers = [ItemTimer(t.minutes * 60.0, t.elapsed_s) for t in state.timers]

    # Reading ---------------------------------------------------------------------------------
    def now(self) -> float:
        return self._clock()

    @property
    def timer(self) -> ItemTimer:
        return self.timers[self.current]

    @property
    def running(self) -> bool:
        return self.timer.running

    def elapsed(self, item: int) -> float:
        return self.timers[item].elapsed(self.now())

    def plans(self) -> list[ItemPlan]:
        now = self.now()
        return [ItemPlan(m, t.elapsed(now), d)
                for m, t, d in zip(self.minutes, self.timers, self.done, strict=True)]

    def start_times(self) -> list[datetime | None]:
        start = meeting_start(self.state.date, self.state.time, date.today())
        return start_times(start, self.minutes)

    def planned_end(self) -> datetime | None:
        """The scheduled end: start time plus the template's total (what the invitation said)."""
        start = meeting_start(self.state.date, self.state.time, date.today())
        return start + timedelta(minutes=self.ws.template.total_minutes) if start else None

    def projected_end(self) -> datetime:
        start = meeting_start(self.state.date, self.state.time, date.today())
        return projected_end(self.wall(), self.plans(), start)

    def behind_s(self) -> float:
        return behind_s(self.plans(), self.ws.template.total_minutes * 60.0)

    def rebalance_budget_s(self) -> float:
        """Time left for the rest of the meeting so that it ends on plan: the planned end if the
        meeting started on schedule and that end is still ahead, else the planned total."""
        start = meeting_start(self.state.date, self.state.time, date.today())
        now = self.wall()
        planned_end = self.planned_end()
        if start is not None and planned_end is not None and start <= now < planned_end:
            return (planned_end - now).total_seconds()
        return budget_to_finish_on_plan(self.plans(), self.ws.template.total_minutes * 60.0)

    def rebalance_proposal(self, budget_s: float | None = None) -> Proposal:
        budget = self.rebalance_budget_s() if budget_s is None else budget_s
        return rebalance(self.plans(), budget)

    def subgroups(self, item: int) -> dict[int, str]:
        return dict(self.state.subgroups.get(item, {}))

    # Acting ----------------------------------------------------------------------------------
    def toggle(self) -> None:
        now = self.now()
        self.timer.toggle(now)
        self._last = now
        self._save(self.current, running=self.timer.running)
        self._last_checkpoint = now
        self.state_changed.emit()

    def go_to(self, index: int, *, mark_done: bool = False) -> None:
        if index == self.current or not 0 <= index < len(self.timers):
            return
        keep_running = self.running
        now = self.now()
        if keep_running:  # a paused clock has nothing new to store: looking writes no time
            self.timer.pause(now)
            self._save(self.current, running=False)
        # Moving on from an item that was run finishes it; looking ahead (its clock never
        # ran) leaves it waiting, so the projection and the summary still count it.
        if mark_done and self.timer.elapsed_s > 0 and not self.done[self.current]:
            item = self.current  # bound now: a later Retry marks this item, not the current one
            self.set_done(item, True)
        self.current = index
        meeting = self.meeting_id  # bound now, like the item: Retry stores into this meeting
        self._call(lambda: set_current_item(self.ws, index, meeting=meeting),
                   kind=("current", meeting))
        if keep_running:  # the meeting flows on: the next item's clock takes over
            self.timer.start(now)
            self._save(index, running=True)
        self._last = self._last_checkpoint = now
        self.item_changed.emit(index)
        self.state_changed.emit()

    def next(self) -> None:
        """Next item: the one just run is done (one only looked at is not)."""
        self.go_to(self.current + 1, mark_done=True)

    def previous(self) -> None:
        self.go_to(self.current - 1)

    def add_minutes(self, delta: int) -> None:
        old = self.minutes[self.current]
        new = planned_minutes_after(old, delta)
        if new != old:
            label = QCoreApplication.translate("Run", "+1 minute") if delta > 0 else \
                QCoreApplication.translate("Run", "−1 minute")
            self.apply_minutes({self.current: new}, label)

    def apply_minutes(self, new: dict[int, int], text: str) -> None:
        old = {i: self.minutes[i] for i in new}
        self.undo.push(set_minutes_command(self.ws, self.hub, self.meeting_id, new, old, text))

    def set_done(self, item: int, done: bool) -> None:
        meeting = self.meeting_id
        self._call(lambda: set_done(self.ws, item, done, meeting=meeting),
                   kind=("done", meeting, item))

    def assign_subgroups(self, item: int, groups: dict[int, str]) -> None:
        old = self.subgroups(item)
        if groups != old:
            self.undo.push(set_subgroups_command(self.ws, self.hub, self.meeting_id, item,
                                                 groups, old))

    def checkpoint(self) -> None:
        if self.running:
            self._save(self.current, running=True)
        self._last_checkpoint = self.now()

    def shutdown(self) -> None:
        """Pause and store the running item (closing the window or the workshop)."""
        self._ticker.stop()
        self.hub.changed.disconnect(self._on_hub)
        self.meeting.changed.disconnect(self._follow_meeting)
        if self.running:
            self.timer.pause(self.now())
            self._save(self.current, running=False)

    # Inside ----------------------------------------------------------------------------------
    def _save(self, item: int, *, running: bool) -> None:
        elapsed = self.timers[item].elapsed(self.now())
        meeting = self.meeting_id
        self._call(lambda: save_timer(self.ws, item, elapsed, running=running,
                                      meeting=meeting), kind=("timer", meeting, item))

    def _call(self, service: Callable[[], Changed], *, kind: object = None) -> None:
        """Save now (no undo step); a failure is told as any edit's, a save the file did not
        take goes to the Not saved bar with a Retry while the clock runs on. Saves of the same
        `kind` (say the same item's clock) supersede each other: Retry never stores an older
        value over a newer one saved since."""
        if self.ws.readonly:  # the clock still runs for the room; nothing can be stored
            return
        attempt = self._save_attempts[kind] = self._save_attempts.get(kind, 0) + 1
        save_now(self.hub, service, retry=lambda: self._call(service, kind=kind),
                 stale=lambda: kind is not None and self._save_attempts.get(kind) != attempt)

    def _on_tick(self) -> None:
        now = self.now()
        if self.running and self.timer.crossed_zero(self._last, now):
            self.alert.emit()
        self._last = now
        if self.running and now - self._last_checkpoint >= CHECKPOINT_S:
            self.checkpoint()
        self.tick.emit()

    def _follow_meeting(self, meeting_id: int) -> None:
        """Another meeting is on screen: leave this one paused, as a restart would find it."""
        if meeting_id == self.meeting_id:
            return
        if self.running:
            self.timer.pause(self.now())
            self._save(self.current, running=False)
        self._load(read_run_state(self.ws, meeting=meeting_id))
        self._last = self._last_checkpoint = self.now()
        self.item_changed.emit(self.current)
        self.state_changed.emit()

    def _on_hub(self, changed: Changed) -> None:
        if changed.what == ChangeKind.AGENDA:
            stored = read_timers(self.ws, meeting=self.meeting_id)
            self.minutes = [t.minutes for t in stored]
            self.done = [t.done for t in stored]
            for timer, t in zip(self.timers, stored, strict=True):
                timer.planned_s = t.minutes * 60.0
            self.state_changed.emit()
        elif changed.what in (ChangeKind.SUBGROUPS, ChangeKind.PARTICIPANTS,
                              ChangeKind.MEETINGS):
            self.state = read_run_state(self.ws, meeting=self.meeting_id)
            self.state_changed.emit()
