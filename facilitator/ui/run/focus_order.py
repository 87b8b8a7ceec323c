"""Tab goes through the facilitator's window as it reads, left to right: the agenda, the current
item's worksheets, then the timer's buttons and the notes. Qt's own order is the order widgets
were made in, and the worksheets are made again for every item, so they would come last."""

from __future__ import annotations

import itertools

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget


def _tab_stops(area: QWidget) -> list[QWidget]:
    """The widgets inside `area` that Tab stops at, in the current focus chain's order."""
    stops: list[QWidget] = []
    at = area.nextInFocusChain()
    while at is not area and at is not None and len(stops) < 10_000:
        if area.isAncestorOf(at) and at.focusPolicy() & Qt.FocusPolicy.TabFocus \
                and at.focusProxy() is None:
            stops.append(at)
        at = at.nextInFocusChain()
    return stops


def chain(first: QWidget, areas: list[QWidget]) -> None:
    """Put every tab stop of `areas`, area after area, right after `first`."""
    order = [first]
    for area in areas:
        if area.focusPolicy() & Qt.FocusPolicy.TabFocus:
            order.append(area)
        order += _tab_stops(area)
    for before, after in itertools.pairwise(order):
        QWidget.setTabOrder(before, after)
