"""How many pairs of cards on a drawn board cover each other: the measure behind "no two grid
cards overlap" (tests, and the projector's measured table use it)."""

from __future__ import annotations

from PySide6.QtWidgets import QGraphicsScene, QWidget

from facilitator.domain.grid_layout import Box, overlapping_pairs
from facilitator.ui.worksheets.grid.card import CardItem


def card_boxes(scene: QGraphicsScene) -> list[Box]:
    """The drawn rectangle of every visible card on the board (scene units)."""
    boxes = []
    for item in scene.items():
        if isinstance(item, CardItem) and item.isVisible():
            rect = item.mapRectToScene(item.card_rect())
            boxes.append(Box(rect.center().x(), rect.center().y(), rect.width(), rect.height()))
    return boxes


def overlapping_cards(board: QWidget | QGraphicsScene) -> int:
    """The number of pairs of cards that overlap on `board`: a grid block widget (laptop or
    projector), any widget holding one or more boards, or a board's scene."""
    if isinstance(board, QGraphicsScene):
        return overlapping_pairs(card_boxes(board))
    # Imported here: the scene module imports this package's card module, not the other way.
    from facilitator.ui.worksheets.grid.scene import BoardScene, BoardView

    views = [board] if isinstance(board, BoardView) else board.findChildren(BoardView)
    scenes = {id(v.scene()): v.scene() for v in views if isinstance(v.scene(), BoardScene)}
    return sum(overlapping_pairs(card_boxes(s)) for s in scenes.values())

