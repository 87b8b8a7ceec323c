"""Card moves in flight, shared between the boards showing one workshop.

A drag is committed once, on release; meanwhile the projector's board follows the card through
this channel (no file access), so that the room sees the card travel, not jump. A card picked
on the laptop is told here too: the projector's key turns to its page.
"""

from __future__ import annotations

from weakref import WeakKeyDictionary

from PySide6.QtCore import QObject, Signal

from facilitator.services.workshop import Workshop


class LiveMoves(QObject):
    moving = Signal(str, int, str, float, float)   # grid block id, meeting id, card ref, x, y
    selected = Signal(str, int, str)               # grid block id, meeting id, card ref


_CHANNELS: WeakKeyDictionary[Workshop, LiveMoves] = WeakKeyDictionary()


def live_channel(ws: Workshop) -> LiveMoves:
    """The channel of this open workshop (one per Workshop handle)."""
    channel = _CHANNELS.get(ws)
    if channel is None:
        channel = _CHANNELS[ws] = LiveMoves()
    return channel
