"""The impact x ease board stays readable: no card covers another on either screen, however
crowded, and the template's examples look like examples and go away in one click."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontInfo
from PySide6.QtWidgets import QApplication, QGraphicsScene, QLabel
from pytestqt.qtbot import QtBot

from facilitator.domain.grid_layout import Box, Marker, clustered, overlapping_pairs, spread
from facilitator.domain.snapshot import Placement, example_card, idea_card
from facilitator.domain.template import GridBlock
from facilitator.services.card_moves import example_places, set_places
from facilitator.services.demo import create_demo
from facilitator.services.grid import examples_shown
from facilitator.services.ideas import add_idea
from facilitator.services.workshop import open_workshop
from facilitator.ui.shell.main_window import MainWindow
from facilitator.ui.worksheets.grid.card import CARD_H, CARD_W, CardItem, CardLook, to_fraction
from facilitator.ui.worksheets.grid.legend import GridLegend
from facilitator.ui.worksheets.grid.overlaps import overlapping_cards
from facilitator.ui.worksheets.grid.widget import GridWidget
from tests.helpers import make_workshop
from tests.projector_measure import board_text_px
from tests.ui_runner_helpers import open_window

GRID = "prioritize"
SIZES = ((1280, 720), (1920, 1080))


def demo_file(folder: Path, extra_cards: int = 0) -> Path:
    """The demo workshop; with `extra_cards`, that many more brainstormed ideas on the board,
    a third of them piled on one spot (as "Enter in the tray" or a hurried room leaves them)."""
    path = folder / "demo.workshop"
    with create_demo(path) as ws:
        rnd = random.Random(16)
        places = []
        for n in range(extra_cards):
            changed = add_idea(ws, "brainstorm", f"Initiative {n + 1}: {rnd.choice(WORDS)}",
                               rnd.choice(("organization", "leaders", "job")), "could",
                               explore=True)
            ref = idea_card(int(changed.ids[0]))
            x, y = (0.62, 0.7) if n % 3 == 0 else (round(rnd.random(), 3), round(rnd.random(), 3))
            places.append((ref, Placement(ref, "", "", x, y)))
        if places:
            set_places(ws, GRID, places)
    return path


WORDS = ("monthly wellness check-ins for every counselor", "shared calendar",
         "mentoring for new social workers", "a quiet room", "fewer duties",
         "paid time for supervision toward licensure", "recognition at board meetings")


def go_to_grid(window: MainWindow) -> None:
    window.go_to_item(next(i for i, item in enumerate(window.workshop.template.agenda)
                           if any(b.id == GRID for b in item.blocks)))


def boards(window: MainWindow) -> dict[str, GridWidget]:
    """The grid on the facilitator's screen and on the projector."""
    go_to_grid(window)
    laptop = window.block_widget(GRID)
    presenter = window.presenter
    assert presenter is not None and isinstance(laptop, GridWidget)
    projected = presenter.findChild(GridWidget)
    assert isinstance(projected, GridWidget)
    return {"laptop": laptop, "projector": projected}


@pytest.mark.parametrize("extra", [0, 60], ids=["demo", "demo+60"])
def test_no_two_cards_overlap_on_either_screen(qtbot: QtBot, tmp_path: Path, extra: int) -> None:
    window = open_window(qtbot, demo_file(tmp_path, extra))
    qtbot.keyClick(window, Qt.Key.Key_F5)
    shown = boards(window)
    cards = len(shown["laptop"].scene.cards)
    assert cards == 14 + extra
    for width, height in SIZES:
        window.resize(width, height)
        assert window.presenter is not None
        window.presenter.showNormal()
        window.presenter.resize(width, height)
        qtbot.wait(10)
        for screen, board in shown.items():
            assert len(board.scene.cards) == cards
            assert overlapping_cards(board) == 0, (screen, width, height)
            assert overlapping_cards(window if screen == "laptop" else window.presenter) == 0
            if screen == "projector":   # every text reads from the back of the room
                _every_text_reads(board, height)
    window.stop_presenting()


def _every_text_reads(board: GridWidget, height: int) -> None:
    """Every text of the projected grid, as drawn (labels, marker numbers, quadrant names,
    axes, the key and its footer), is at least the body floor: 24 px at 720p, 36 px at 1080p;
    and every card is on the board (a marker of its own or in a "7+2" one) and in the key."""
    floor = 24 if height == 720 else 36
    assert board_text_px(board) >= floor, (height, board_text_px(board))
    texts = [w for w in board.findChildren(QLabel) if w.isVisibleTo(board) and w.text().strip()]
    assert board.title in texts and board.axes.x_name in texts and board.axes.y_low in texts
    assert min(QFontInfo(w.font()).pixelSize() for w in texts) >= floor
    scene = board.scene
    shown = {ref for ref, item in scene.cards.items() if item.isVisible()}
    assert shown | set(scene.cluster_of) == set(scene.cards)
    assert set(scene.cluster_of.values()) <= shown
    assert sorted(e.ref for e in board.legend.entries()) == sorted(scene.cards)


def test_every_card_of_a_crowded_board_can_be_picked_by_mouse_and_by_tab(
        qtbot: QtBot, tmp_path: Path) -> None:
    window = open_window(qtbot, demo_file(tmp_path, 60))
    window.resize(1280, 720)
    board = boards_laptop(window)
    view = board.view
    for ref, item in board.scene.cards.items():
        view.ensureVisible(item)
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                         pos=view.mapFromScene(item.pos()))
        assert board.scene.selected_card() is item, ref
    assert board.ctx.undo.count() == 0           # clicks pick cards, they move none
    board.scene.clearSelection()
    view.setFocus()
    walked = set()
    for _ in range(len(board.scene.cards)):
        qtbot.keyClick(view, Qt.Key.Key_Tab)
        card = board.scene.selected_card()
        assert card is not None
        walked.add(card.ref)
    assert walked == set(board.scene.cards)


def boards_laptop(window: MainWindow) -> GridWidget:
    go_to_grid(window)
    board = window.block_widget(GRID)
    assert isinstance(board, GridWidget)
    return board


def test_a_card_drawn_away_from_its_place_still_stands_for_it(qtbot: QtBot,
                                                             tmp_path: Path) -> None:
    """Two cards on one spot: both shown whole, both keep their stored place."""
    path = make_workshop(tmp_path)
    with open_workshop(path) as ws:
        block = ws.template.block(GRID)
        assert isinstance(block, GridBlock)
        same = [(ref, Placement(p.card, p.label, p.category, 0.7, 0.7))
                for ref, p in example_places(block)[:2] if p is not None]
        set_places(ws, GRID, same)
    window = open_window(qtbot, path)
    board = boards_laptop(window)
    first, second = (board.scene.cards[example_card(i)] for i in (0, 1))
    assert first.place == second.place == (0.7, 0.7)
    assert overlapping_cards(board) == 0
    assert first.pos() != second.pos()
    # the first keeps the spot; the other is drawn beside it
    assert to_fraction(first.pos()) == (0.7, 0.7) and to_fraction(second.pos()) != (0.7, 0.7)


def test_the_overlap_measure_sees_cards_on_top_of_each_other(qtbot: QtBot) -> None:
    """The measure itself: two cards drawn at one spot are one overlapping pair."""
    scene = QGraphicsScene()
    look = CardLook("A", "#0072B2", "Great job")
    for ref in ("a", "b", "c"):
        item = CardItem(ref, look, 1.0, False)
        scene.addItem(item)
        item.setPos(100, 100 if ref != "c" else 400)
    assert overlapping_cards(scene) == 1


def test_layout_shrinks_cards_only_when_they_do_not_fit() -> None:
    roomy = spread([(200, 200), (700, 500)], CARD_W, CARD_H, 1000, 680)
    assert roomy is not None and roomy.scale == 1.0 and roomy.centres == ((200, 200), (700, 500))
    piled = spread([(500, 340)] * 60, CARD_W, CARD_H, 1000, 680)
    assert piled is not None and piled.scale < 1.0 and len(set(piled.centres)) == 60
    # not at a readable size: the board shows markers and a legend instead
    assert spread([(500, 340)] * 60, CARD_W, CARD_H, 1000, 680, smallest=0.6) is None


def test_clustered_markers_hold_every_card_and_never_overlap() -> None:
    """The projector's crowded board: markers never shrink; cards with no room near their place
    share a marker ("7+2", wider), and still no two markers (nor a quadrant name) overlap."""
    rnd = random.Random(16)
    anchors = [(rnd.random() * 1000, rnd.random() * 680) for _ in range(150)] + \
        [(620.0, 200.0)] * 50                          # a third piled on one spot
    groups = [(x > 500, y > 340) for x, y in anchors]
    names = [Box(150, 30, 280, 60), Box(850, 650, 280, 60)]

    def width(marker: Marker) -> float:
        return 88.0 if len(marker.members) == 1 else 180.0

    markers = clustered(anchors, groups, 88.0, width, 1000, 680, names, gap=4.0)
    members = sorted(i for m in markers for i in m.members)
    assert members == list(range(200))                 # every card, once
    assert 10 < len(markers) < 200                     # some clustered, not all in one
    boxes = [Box(*m.centre, width(m), 88.0) for m in markers]
    assert overlapping_pairs(boxes + names) == 0
    assert all(b.cx - b.w / 2 >= 0 and b.cx + b.w / 2 <= 1000 for b in boxes)


def _examples_on(board: GridWidget) -> list[CardItem]:
    return [item for ref, item in board.scene.cards.items() if ref.startswith("example:")]


def test_examples_look_different_and_hide_in_one_click(qtbot: QtBot, tmp_path: Path) -> None:
    path = demo_file(tmp_path)                   # the room's own 3 cards + 11 examples
    window = open_window(qtbot, path)
    qtbot.keyClick(window, Qt.Key.Key_F5)
    shown = boards(window)
    laptop, projected = shown["laptop"], shown["projector"]
    own = laptop.scene.cards[idea_card(2)]       # "A shared referral form ..."
    example = laptop.scene.cards[example_card(0)]
    # what a user sees: italic text, an EXAMPLE tag and a dashed outline, and the words
    assert example.look.example and not own.look.example
    assert example._font.italic() and not own._font.italic()
    assert example.toolTip().startswith("Example: ") and not own.toolTip().startswith("Example")
    laptop.scene.select(example_card(0))
    assert laptop.view.accessibleDescription().startswith("Example: Physical conditions")
    assert laptop.example_key.isVisible() and projected.example_key.isVisible()
    assert _drawn(example) != _drawn_as_own(example)  # the painting differs, not the colour only

    # one click hides them on both screens; the room's own cards stay
    assert len(_examples_on(laptop)) == len(_examples_on(projected)) == 11
    qtbot.mouseClick(laptop.hide_examples_button, Qt.MouseButton.LeftButton)
    assert _examples_on(laptop) == [] and _examples_on(projected) == []
    assert len(laptop.scene.cards) == len(projected.scene.cards) == 3
    assert not projected.example_key.isVisible()
    assert laptop.hide_examples_button.text() == "Show examples (11)"
    with open_workshop(path, readonly=True) as other:
        assert not examples_shown(other, GRID)
    assert window.undo_stack.undoText() == "Hide examples"
    window.undo_stack.undo()                     # undo brings them back where they were
    assert len(_examples_on(laptop)) == len(_examples_on(projected)) == 11
    assert laptop.scene.cards[example_card(0)].place == (0.55, 0.7)
    window.undo_stack.redo()
    assert _examples_on(projected) == []
    window.stop_presenting()


def _drawn(item: CardItem) -> bytes:
    from PySide6.QtGui import QImage, QPainter

    image = QImage(int(item.boundingRect().width()), int(item.boundingRect().height()),
                   QImage.Format.Format_ARGB32)
    image.fill(0)
    painter = QPainter(image)
    painter.translate(-item.boundingRect().topLeft())
    item.paint(painter, None)  # type: ignore[arg-type]
    painter.end()
    return bytes(image.constBits())


def _drawn_as_own(item: CardItem) -> bytes:
    """The same card, same colour and text, drawn as a card of the group's own."""
    twin = CardItem("twin", CardLook(item.look.label, item.look.colour,
                                     item.look.category_label), 1.0, False)
    twin.set_scale(item._scale)
    return _drawn(twin)


def _page_fits(legend: GridLegend) -> bool:
    """Every label of the page shown lies wholly inside the legend (nothing cut off)."""
    QApplication.processEvents()                 # new labels show on the next event turn
    legend.layout().activate()
    labels = [w for w in legend.findChildren(QLabel) if w.isVisible()]
    assert len(labels) >= len(legend.shown()) * 2
    return all(w.geometry().bottom() <= legend.height() for w in labels)


def test_the_projector_numbers_the_cards_and_pages_their_whole_text(
        qtbot: QtBot, tmp_path: Path) -> None:
    window = open_window(qtbot, demo_file(tmp_path, 60))
    qtbot.keyClick(window, Qt.Key.Key_F5)
    shown = boards(window)
    presenter, projected, laptop = window.presenter, shown["projector"], shown["laptop"]
    assert presenter is not None
    presenter.showNormal()
    presenter.resize(1280, 720)
    qtbot.wait(10)
    legend = projected.legend
    numbers = projected.scene.numbers()
    assert sorted(numbers.values()) == list(range(1, 75))
    assert all(item.number == numbers[ref] for ref, item in projected.scene.cards.items())
    # priority order: the "Do it now!" cards come first
    first = next(e for e in legend.entries() if e.number == 1)
    assert first.quadrant == "Do it now!"
    assert legend.text_px >= 24
    # every card is on some page, whole, and every page fits
    assert len(legend.pages) > 1
    assert [e.number for page in legend.pages for e in page] == list(range(1, 75))
    for index in range(len(legend.pages)):
        legend.page = index
        legend._render()
        assert _page_fits(legend), index
        texts = [w.text() for w in legend.findChildren(QLabel) if w.isVisible()]
        assert any(f"Page {index + 1} of {len(legend.pages)}" in t for t in texts)
    # the room reads about the card the facilitator moves
    last = max(numbers, key=lambda ref: numbers[ref])
    laptop.scene.select(last)
    qtbot.keyClick(laptop.view, Qt.Key.Key_Up)
    assert any(e.ref == last for e in legend.shown())
    window.stop_presenting()


def test_page_keys_turn_the_projected_key_and_it_shows_the_card_picked(
        qtbot: QtBot, tmp_path: Path) -> None:
    """74 cards: the key beside the projected board takes pages. PgDown / PgUp on the
    projector (a clicker) and Ctrl+Shift+PgDown / PgUp on the laptop turn them; a card the
    facilitator picks or moves on the laptop brings its page back."""
    window = open_window(qtbot, demo_file(tmp_path, 60))
    qtbot.keyClick(window, Qt.Key.Key_F5)
    shown = boards(window)
    presenter, laptop, legend = window.presenter, shown["laptop"], shown["projector"].legend
    assert presenter is not None
    presenter.showNormal()
    presenter.resize(1280, 720)
    qtbot.wait(10)
    pages = len(legend.pages)
    assert pages > 2 and legend.page == 0
    first = legend.shown()
    qtbot.keyClick(presenter, Qt.Key.Key_PageDown)                # the clicker
    assert legend.page == 1 and legend.shown() != first
    assert _page_fits(legend)
    qtbot.keyClick(laptop.view, Qt.Key.Key_PageDown, CTRL | SHIFT)   # from the laptop
    assert legend.page == 2
    assert any(f"Page 3 of {pages}" in w.text() for w in legend.findChildren(QLabel)
               if w.isVisible())
    qtbot.keyClick(presenter, Qt.Key.Key_PageUp)
    assert legend.page == 1
    for _ in range(pages + 2):                                    # to the end, and no further
        qtbot.keyClick(presenter, Qt.Key.Key_PageDown)
    assert legend.page == pages - 1
    # the facilitator picks a card listed on the first page: the room's key turns to it
    ref = first[0].ref
    laptop.view.setFocus()
    laptop.scene.select(ref)
    assert legend.page == 0 and any(e.ref == ref for e in legend.shown())
    # ... and moves the last card: its page
    last = legend.pages[-1][-1].ref
    laptop.scene.select(last)
    qtbot.keyClick(laptop.view, Qt.Key.Key_Right)
    assert any(e.ref == last for e in legend.shown())
    window.stop_presenting()


CTRL, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier
