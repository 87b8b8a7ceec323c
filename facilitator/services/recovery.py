"""What a reopened workshop kept after the app stopped without closing it (a crash, a kill, a
power cut), said in one line on the window.

Two traces of an unclean stop, both left by the previous session and read without writing:
the editing lock's companion file, which a clean close removes (read *before* opening, which
takes the lock again), and a timer stored as running, which a clean close stores paused. The
time of the last saved edit is the file's modification time: every edit and every timer
checkpoint is one durable commit that writes the file, and nothing else does.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from facilitator.domain.invitation import clock as time_of_day
from facilitator.domain.snapshot import ItemTime
from facilitator.services.timers import read_timers, save_timer
from facilitator.services.workshop import Workshop
from facilitator.storage.lock import lock_path


@dataclass(frozen=True)
class LeftBehind:
    """Read before opening: what the previous session left."""

    lock_left: bool
    last_saved: datetime | None


def left_behind(path: Path) -> LeftBehind:
    path = Path(path)
    try:
        lock = lock_path(path).stat().st_size > 0
    except OSError:
        lock = False
    try:
        saved: datetime | None = datetime.fromtimestamp(path.stat().st_mtime)
    except OSError:
        saved = None
    return LeftBehind(lock, saved)


def _clock(seconds: float) -> str:
    whole = int(seconds)
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def _when(moment: datetime, today: date) -> str:
    clock = time_of_day(moment, seconds=True)  # as the "Saved" label writes it
    return clock if moment.date() == today else f"{moment:%Y-%m-%d} {clock}"


def recovery_note(ws: Workshop, before: LeftBehind, *, current_item: int = 0,
                  timers: Sequence[ItemTime] | None = None, today: date | None = None) -> str:
    """'' after a clean close; else one line: when the last edit was saved and where each
    started timer resumes (`timers` as just read on open, or read here). Opened for editing,
    it also stores the stopped timers as paused, so that the next clean reopen says nothing."""
    if ws.readonly:  # someone else may hold the file right now: that is no crash
        return ""
    if timers is None:
        timers = read_timers(ws)
    running = [t for t in timers if t.running]
    if not before.lock_left and not running:
        return ""
    for t in running:  # the window pauses every item on open; store it so
        save_timer(ws, t.item, t.elapsed_s, running=False)
    agenda = ws.template.agenda
    started = [t for t in timers if t.elapsed_s > 0 and not t.done]  # a new list: sorted below
    started.sort(key=lambda t: (t.item != current_item, t.item))
    parts = []
    for t in started:
        title = agenda[t.item].title
        short = title if len(title) <= 40 else title[:40].rsplit(" ", 1)[0] + "…"
        parts.append(f"item {t.item + 1} '{short}' resumes at {_clock(t.elapsed_s)} "
                     f"of {t.minutes} min")
    kept = (f"Everything saved up to {_when(before.last_saved, today or date.today())} is kept"
            if before.last_saved is not None else "Everything saved is kept")
    timers_text = "; ".join(parts) if parts else "no timer had started"
    return f"Reopened after an unexpected stop. {kept}; {timers_text}."
