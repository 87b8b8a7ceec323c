"""Undoable steps about the meeting itself: starting the next one, correcting its date, time
and place, and who takes part. Each step (do, undo, redo) is one service call, one
transaction."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from facilitator.domain.meeting import MeetingFacts
from facilitator.services import meetings, people
from facilitator.services.changes import Changed
from facilitator.services.people import PeopleEdit
from facilitator.services.workshop import Workshop
from facilitator.ui.kit.current_meeting import CurrentMeeting
from facilitator.ui.kit.hub import ChangeHub
from facilitator.ui.kit.service_command import ServiceCommand


class NewMeeting(ServiceCommand):
    """Meeting > New meeting: the next meeting of the series (open actions carried over), put
    on screen. Undo shows the meeting before again and removes the new one, which the steps
    above it have emptied by then; one still holding what the room said stays (the service
    refuses, the step is dropped and the message says why). Redo brings the meeting back under
    the same id, so that the steps made in it redo into it."""

    switches_meeting = True   # Edit > Undo / Redo save a field being typed in first

    def __init__(self, ws: Workshop, hub: ChangeHub, shown: CurrentMeeting, *, date: str = "",
                 time: str = "", location: str | None = None) -> None:
        super().__init__(QCoreApplication.translate("Meeting", "New meeting"), hub)
        self.ws, self.shown = ws, shown
        self.facts = {"date": date, "time": time, "location": location}
        self.before = shown.id          # the meeting Undo goes back to
        self.meeting_id: int | None = None

    def _do(self) -> Changed:
        changed = meetings.new_meeting(self.ws, meeting_id=self.meeting_id, **self.facts)
        self.meeting_id = int(changed.ids[0])
        self.step_text = QCoreApplication.translate("Meeting", "New meeting {number}").format(
            number=meetings.meeting_number(self.ws, self.meeting_id))
        self.setText(self.step_text)
        self.shown.show(self.meeting_id)
        return changed

    def _undo(self) -> Changed:
        assert self.meeting_id is not None
        # Leave the meeting first: the runner stores its clock while the meeting is there.
        self.shown.show(self.before)
        try:
            return meetings.remove_meeting(self.ws, self.meeting_id)
        except Exception:
            self.shown.show(self.meeting_id)   # it stays, so it stays on screen
            raise


class SetMeetingDetails(ServiceCommand):
    def __init__(self, ws: Workshop, hub: ChangeHub, meeting_id: int, new: MeetingFacts,
                 old: MeetingFacts) -> None:
        super().__init__(QCoreApplication.translate("Meeting", "Change meeting details"), hub)
        self.ws, self.meeting_id, self.new, self.old = ws, meeting_id, new, old

    def _set(self, facts: MeetingFacts) -> Changed:
        return people.update_meeting(self.ws, self.meeting_id, date=facts.date,
                                     time=facts.time, location=facts.location)

    def _do(self) -> Changed:
        return self._set(self.new)

    def _undo(self) -> Changed:
        return self._set(self.old)


class EditParticipants(ServiceCommand):
    """Adds, renames and removals made in one visit to Meeting > Participants…; undo applies
    the inverse the service returned (same ids, places and subgroups)."""

    def __init__(self, ws: Workshop, hub: ChangeHub, edit: PeopleEdit, text: str) -> None:
        super().__init__(text, hub)
        self.ws = ws
        self._forward = edit
        self._back = PeopleEdit()

    def _do(self) -> Changed:
        changed = people.edit_participants(self.ws, self._forward)
        self._back = changed.undo
        return changed

    def _undo(self) -> Changed:
        changed = people.edit_participants(self.ws, self._back)
        self._forward = changed.undo
        return changed
