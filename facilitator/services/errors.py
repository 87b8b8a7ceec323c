"""Errors a service raises for a user's request that cannot be done; messages are user-facing."""

from __future__ import annotations


class ServiceError(Exception):
    pass


class NotFoundError(ServiceError):
    pass


class ReadOnlyWorkshop(ServiceError):
    """An edit to a workshop opened read-only (e.g. while someone else has it open)."""


class SaveFailed(ServiceError):
    """An edit that could not be saved (full disk, a removed stick, a lock held by another
    program): nothing of it was stored, everything saved before is safe, and it can be retried.
    The message is one line."""
