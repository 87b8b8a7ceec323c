"""Colour is never the only signal: card categories carry a letter (on the board, in the tray,
in the legend and the filter), chosen from the word that tells the categories apart."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QStyleOptionGraphicsItem
from pytestqt.qtbot import QtBot

from facilitator.domain.category_marks import category_marks
from facilitator.domain.grid import category_styles
from facilitator.domain.template import GridBlock
from facilitator.services.tables import set_cell
from facilitator.services.workshop import open_workshop
from facilitator.ui.worksheets.grid.card import CardItem, CardLook
from tests.ui_runner_helpers import open_window


def test_letters_come_from_the_telling_word_and_never_repeat() -> None:
    assert category_marks(["Great organization", "Great leaders", "Great job"]) == \
        ["O", "L", "J"]
    assert category_marks(["Do it now!", "Do it next"]) == ["N", "E"]
    assert category_marks(["Same", "Same", "Same"]) == ["S", "A", "M"]
    marks = category_marks([f"Category {n}" for n in range(40)])
    assert len(set(marks[:36])) == 36                      # letters, then digits, then "?"


def render(item: CardItem) -> QImage:
    image = QImage(int(item.boundingRect().width()), int(item.boundingRect().height()),
                   QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.translate(-item.boundingRect().topLeft())
    item.paint(painter, QStyleOptionGraphicsItem())
    painter.end()
    return image.convertToFormat(QImage.Format.Format_Grayscale8)


def test_a_card_shows_its_category_letter(qtbot: QtBot) -> None:
    same_colour = "#0072B2"
    cards = [CardItem("r", CardLook("Staff input", same_colour, name, mark=mark), 1.0, False)
             for name, mark in (("Great leaders", "L"), ("Great job", "J"))]
    # Same colour, same words: only the letter differs, and it shows, even in greyscale.
    assert render(cards[0]) != render(cards[1])


def test_the_grid_shows_letters_in_legend_filter_tray_and_board(
        qtbot: QtBot, workshop_path: Path) -> None:
    with open_workshop(workshop_path) as ws:               # two ideas ticked "explore"
        set_cell(ws, "initiatives-leaders", "i4-1", "explore", True)
        set_cell(ws, "initiatives-job", "i12-2", "explore", True)
        item_index, block = next((i, b) for i, item in enumerate(ws.template.agenda)
                                 for b in item.blocks if isinstance(b, GridBlock))
    styles = category_styles(block)
    window = open_window(qtbot, workshop_path)
    window.go_to_item(item_index)
    grid = window.block_widget(block.id)
    assert grid is not None
    legend = [w for w in grid.findChildren(type(grid.tray_title))
              if w.accessibleName().startswith("Categories: ")]
    assert len(legend) == 1
    assert legend[0].accessibleName() == "Categories: " + ", ".join(
        f"{s.mark}: {s.label}" for s in styles.values())
    assert all(f"<b>{s.mark}</b>" in legend[0].text() for s in styles.values())
    grid.place_examples()                                  # cards on the board
    marks = {card.look.mark for card in grid.scene.cards.values()}
    assert marks and marks <= {s.mark for s in styles.values()} and "" not in marks
    assert grid.tray.count() == 2
    for row in range(grid.tray.count()):                   # the rest wait in the tray
        tile = grid.tray.item(row)
        assert tile.data(Qt.ItemDataRole.AccessibleDescriptionRole).startswith("Category ")
