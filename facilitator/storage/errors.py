"""Why a workshop file could not be opened. Each message is one line a facilitator can act on."""

from __future__ import annotations


class WorkshopFileError(Exception):
    """Base of every file-level refusal; `str(exc)` is the user-facing message."""


class NotFound(WorkshopFileError):
    pass


class NotAWorkshop(WorkshopFileError):
    pass


class Damaged(WorkshopFileError):
    pass


class TooNew(WorkshopFileError):
    pass


class InUse(WorkshopFileError):
    pass


class Unwritable(WorkshopFileError):
    pass


class ReadOnly(WorkshopFileError):
    pass


class WriteProtected(WorkshopFileError):
    """The file or its folder cannot be written (read-only file, folder or medium): the file
    can still be opened read-only."""


