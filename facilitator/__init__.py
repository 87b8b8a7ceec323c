"""Facilitator: run live workshops from one local file, print clean handouts."""

__version__ = "0.1.0"
