"""Undoable action-list edits: add, remove (undo restores id, fields and status history), edit.

A status edit is recorded against the meeting on screen, so a series keeps each meeting's status.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from facilitator.domain.snapshot import Action
from facilitator.services import actions
from facilitator.services.changes import Changed
from facilitator.services.workshop import Workshop
from facilitator.ui.kit.hub import ChangeHub
from facilitator.ui.kit.service_command import ServiceCommand

translate = QCoreApplication.translate


class AddAction(ServiceCommand):
    def __init__(self, ws: Workshop, hub: ChangeHub, block_id: str, text: str, meeting: int,
                 **fields: Any) -> None:
        super().__init__(translate("Worksheet", "Add action"), hub)
        self.ws, self.block_id, self.text, self.meeting = ws, block_id, text, meeting
        self.fields = fields
        self.action_id: int | None = None  # kept, so that redo brings back the same action

    def _do(self) -> Changed:
        changed = actions.add_action(self.ws, self.block_id, self.text, meeting=self.meeting,
                                     action_id=self.action_id, **self.fields)
        self.action_id = int(changed.ids[0])
        return changed

    def _undo(self) -> Changed:
        assert self.action_id is not None
        return actions.remove_action(self.ws, self.action_id)


class RemoveAction(ServiceCommand):
    def __init__(self, ws: Workshop, hub: ChangeHub, action: Action) -> None:
        super().__init__(translate("Worksheet", "Remove action"), hub)
        self.ws, self.action = ws, action

    def _do(self) -> Changed:
        removed = actions.remove_action(self.ws, self.action.id)
        self.action = removed.item
        return removed

    def _undo(self) -> Changed:
        return actions.restore_action(self.ws, self.action)


class EditAction(ServiceCommand):
    def __init__(self, ws: Workshop, hub: ChangeHub, action_id: int, meeting: int,
                 new: dict[str, Any], old: dict[str, Any], text: str = "") -> None:
        super().__init__(text or translate("Worksheet", "Edit action"), hub)
        self.ws, self.action_id, self.meeting = ws, action_id, meeting
        self.new, self.old = new, old

    def _do(self) -> Changed:
        return actions.update_action(self.ws, self.action_id, meeting=self.meeting, **self.new)

    def _undo(self) -> Changed:
        return actions.update_action(self.ws, self.action_id, meeting=self.meeting, **self.old)
