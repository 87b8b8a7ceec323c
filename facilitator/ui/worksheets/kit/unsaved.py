"""Values typed into a worksheet's cells that the file did not take (a full disk).

A model keeps showing them, so that nothing typed disappears from the screen, until Retry saves
them (then the file holds the same) or the facilitator dismisses them (then the cell shows what
the file holds). A later edit of the same cell makes an older failed one stale: Retry never
brings an older value back over a newer one.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import Any

from PySide6.QtGui import QUndoStack
from shiboken6 import isValid

from facilitator.ui.kit.service_command import ServiceCommand

Cell = Hashable


class UnsavedValues:
    def __init__(self, owner: object, repaint: Callable[[Cell], None]) -> None:
        self._owner, self._repaint = owner, repaint
        self.values: dict[Cell, Any] = {}
        self._attempts: dict[Cell, int] = {}

    def shown(self, cell: Cell, stored: Any) -> Any:
        return self.values.get(cell, stored)

    def __contains__(self, cell: Cell) -> bool:
        return cell in self.values

    def push(self, stack: QUndoStack, command: ServiceCommand, cell: Cell, typed: Any) -> bool:
        """Push the edit of `cell`; False if it failed. A value the file did not take stays."""
        attempt = self._attempts[cell] = self._attempts.get(cell, 0) + 1
        command.settle = lambda: self.forget(cell)
        command.stale = lambda: self._attempts.get(cell) != attempt
        stack.push(command)
        if command.not_saved:
            self.values[cell] = typed
            self._repaint(cell)
        elif not command.failed:
            self.forget(cell)
        return not command.failed

    def forget(self, cell: Cell) -> None:
        """Saved since, or given up: show what the file holds."""
        if isValid(self._owner) and self.values.pop(cell, None) is not None:
            self._repaint(cell)

    def typed_back(self, cell: Cell) -> None:
        """The facilitator typed back what the file holds: nothing waits for this cell any more."""
        self._attempts[cell] = self._attempts.get(cell, 0) + 1
        self.forget(cell)
