"""Which meeting of the series the window shows: state that the views follow.

A view built for one meeting (the runner's timers, the worksheets, the projector's copy) keeps
that meeting's id for its whole life and is built afresh when `changed` says another meeting
is on screen; undo steps keep the id of the meeting they were made in. So New meeting (and its
Undo) rebinds the views without reopening the file, and the undo history stays.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class CurrentMeeting(QObject):
    changed = Signal(int)   # the id of the meeting now on screen

    def __init__(self, meeting_id: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._id = meeting_id

    @property
    def id(self) -> int:
        return self._id

    def show(self, meeting_id: int) -> None:
        """Put `meeting_id` on screen; the views follow at once (before this returns)."""
        if meeting_id != self._id:
            self._id = meeting_id
            self.changed.emit(meeting_id)
