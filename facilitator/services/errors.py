"""Errors a service raises for a user's request that cannot be done; messages are user-facing."""

from __future__ import annotations


class ServiceError(Exception):
    pass


class NotFoundError(ServiceError):
    pass


class ReadOnlyWorkshop(ServiceError):
    """An edit to a workshop opened read-only (e.g. while someone else has it open)."""
