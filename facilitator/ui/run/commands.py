"""Undo commands of the runner: each calls one service and pushes what it changed on the hub.

A command whose call fails tells the user and marks itself obsolete, so the undo stack never
holds an edit that did not happen (see ui/kit/service_command.py). Retry of a save the file
did not take pushes a `ServiceCommand` with the same calls.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from facilitator.services.people import set_subgroups
from facilitator.services.timers import set_minutes
from facilitator.services.workshop import Workshop
from facilitator.ui.kit.hub import ChangeHub
from facilitator.ui.kit.service_command import ServiceCommand


def set_minutes_command(ws: Workshop, hub: ChangeHub, meeting_id: int, new: dict[int, int],
                        old: dict[int, int], text: str) -> ServiceCommand:
    return ServiceCommand(text, hub, lambda: set_minutes(ws, new, meeting=meeting_id),
                          lambda: set_minutes(ws, old, meeting=meeting_id))


def set_subgroups_command(ws: Workshop, hub: ChangeHub, meeting_id: int, item: int,
                          new: dict[int, str], old: dict[int, str]) -> ServiceCommand:
    return ServiceCommand(QCoreApplication.translate("Run", "Assign subgroups"), hub,
                          lambda: set_subgroups(ws, item, new, meeting=meeting_id),
                          lambda: set_subgroups(ws, item, old, meeting=meeting_id))
