"""Undoable corrections of the meeting's facts: its date, time and place, and who takes part.
Each step (do, undo, redo) is one service call, one transaction."""

from __future__ import annotations

from facilitator.domain.meeting import MeetingFacts
from facilitator.services import people
from facilitator.services.changes import Changed
from facilitator.services.people import PeopleEdit
from facilitator.services.workshop import Workshop
from facilitator.ui.kit.hub import ChangeHub
from facilitator.ui.kit.service_command import ServiceCommand


class SetMeetingDetails(ServiceCommand):
    def __init__(self, ws: Workshop, hub: ChangeHub, meeting_id: int, new: MeetingFacts,
                 old: MeetingFacts) -> None:
        super().__init__("Change meeting details", hub)
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
