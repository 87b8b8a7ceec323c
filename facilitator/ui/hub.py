"""One signal every view listens to: a service call's `Changed`, emitted after it committed."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class ChangeHub(QObject):
    changed = Signal(object)  # facilitator.services.changes.Changed
    failed = Signal(str)      # a user-facing message (e.g. a value that does not fit its column)
