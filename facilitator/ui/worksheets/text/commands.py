"""The undo step of the facilitator's notes beside a text block."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from facilitator.services.people import set_note
from facilitator.services.workshop import Workshop
from facilitator.ui.kit.hub import ChangeHub
from facilitator.ui.kit.service_command import ServiceCommand

translate = QCoreApplication.translate


def set_note_command(ws: Workshop, hub: ChangeHub, meeting_id: int, block_id: str, new: str,
                     old: str) -> ServiceCommand:
    return ServiceCommand(translate("Worksheet", "Edit notes"), hub,
                          lambda: set_note(ws, block_id, new, meeting=meeting_id),
                          lambda: set_note(ws, block_id, old, meeting=meeting_id))
