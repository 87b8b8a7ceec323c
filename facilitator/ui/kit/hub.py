"""One signal every view listens to: a service call's `Changed`, emitted after it committed."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal


@dataclass(frozen=True)
class FailedSave:
    """An edit the file did not take (NotSaved): what to tell the facilitator, and how to try
    it again. An undoable edit gives `replay` (its text, do and undo), so that Retry pushes it
    back on the undo stack; other saves (timers) give `retry`. `settle` runs once the edit is
    settled, saved by Retry or given up by Dismiss: the widget that kept the typed value on
    screen then shows what the file holds. `stale` says that a later edit
    of the same thing was made since (saved or waiting too): Retry must not bring back the older
    value, and Dismiss must not undo the newer one."""

    message: str
    replay: tuple[str, Callable[[], object], Callable[[], object]] | None = None
    retry: Callable[[], None] | None = None
    settle: Callable[[], None] | None = None
    stale: Callable[[], bool] | None = None

    def is_stale(self) -> bool:
        return self.stale is not None and self.stale()


class ChangeHub(QObject):
    changed = Signal(object)  # facilitator.services.changes.Changed
    failed = Signal(str)      # a user-facing message (e.g. a value that does not fit its column)
    # A block id: an edit of it was refused, so a view that showed the edit ahead of the file
    # (a card dragged on the board) shows what the file holds again. Nothing changed: not a
    # `Changed`, which only services make.
    reshow = Signal(str)
    not_saved = Signal(object)  # FailedSave: the file did not take an edit; Retry may
