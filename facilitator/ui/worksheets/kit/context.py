"""What every worksheet widget is built with: the open workshop, the undo stack, the hub of
changes, which meeting it shows, and whether it is the presenter's read-only copy."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QUndoStack

from facilitator.services.workshop import Workshop
from facilitator.ui.kit.hub import ChangeHub


@dataclass
class BlockContext:
    ws: Workshop
    undo: QUndoStack
    hub: ChangeHub
    meeting_id: int          # for the widget's whole life: views build afresh for another
                             # meeting on screen (facilitator.ui.kit.current_meeting)
    readonly: bool = False   # True on the presenter window
    zoom: float = 1.0        # text scale for the worksheet area
