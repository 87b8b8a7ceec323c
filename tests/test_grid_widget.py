"""The grid block as a facilitator uses it: real widgets, real mouse and keys, real files."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QKeyEvent, QUndoStack
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from shiboken6 import isValid

from facilitator.domain.grid import BIG_STEP, SMALL_STEP
from facilitator.domain.snapshot import example_card, idea_card, row_card
from facilitator.domain.template import GridBlock
from facilitator.services.actions import read_actions
from facilitator.services.card_moves import example_places, set_places
from facilitator.services.changes import Changed, ChangeKind
from facilitator.services.grid import read_placements
from facilitator.services.ideas import add_idea
from facilitator.services.tables import set_cell
from facilitator.services.workshop import Workshop, open_workshop
from facilitator.ui.kit.hub import ChangeHub
from facilitator.ui.worksheets.grid.card import CARD_W, CardItem, to_fraction
from facilitator.ui.worksheets.grid.widget import GridWidget
from facilitator.ui.worksheets.kit.context import BlockContext
from facilitator.ui.worksheets.registry import create_block_widget
from tests.helpers import make_workshop

GRID = "prioritize"


@dataclass
class Board:
    """A grid block on screen over a real workshop file, with its undo stack and hub."""

    widget: GridWidget
    ws: Workshop
    undo: QUndoStack
    hub: ChangeHub
    path: Path
    failures: list[str] = field(default_factory=list)

    @property
    def viewport(self) -> QWidget:
        return self.widget.view.viewport()

    def item(self, ref: str) -> CardItem:
        return self.widget.scene.cards[ref]

    def on_screen(self, ref: str) -> tuple[float, float]:
        """The place the card on screen stands for (it may be drawn beside it, see drawn)."""
        return self.item(ref).place

    def drawn(self, ref: str) -> tuple[float, float]:
        """Where the card is drawn: its place, or the free spot nearest to it."""
        return to_fraction(self.item(ref).pos())

    def point(self, ref: str) -> QPoint:
        return self.widget.view.mapFromScene(self.item(ref).pos())

    def stored(self, ref: str) -> tuple[float, float] | None:
        """The card's place as another reader of the file sees it (None: in the tray)."""
        with open_workshop(self.path, readonly=True) as other:
            found = {p.card: (p.x, p.y) for p in read_placements(other, GRID)}
        return found.get(ref)

    def drag(self, qtbot: QtBot, start: QPoint, end: QPoint, steps: int = 8) -> None:
        qtbot.mousePress(self.viewport, Qt.MouseButton.LeftButton, pos=start)
        for i in range(1, steps + 1):
            qtbot.mouseMove(self.viewport, start + (end - start) * (i / steps))
        qtbot.mouseRelease(self.viewport, Qt.MouseButton.LeftButton, pos=end)


def _open_board(qtbot: QtBot, path: Path, *, readonly: bool = False,
                file_readonly: bool = False, zoom: float = 1.0) -> Iterator[Board]:
    ws = open_workshop(path, readonly=file_readonly)
    undo, hub = QUndoStack(), ChangeHub()
    ctx = BlockContext(ws, undo, hub, ws.meeting_id(), readonly=readonly, zoom=zoom)
    block = ws.template.block(GRID)
    assert isinstance(block, GridBlock)
    widget = create_block_widget(ctx, block)
    assert isinstance(widget, GridWidget)
    widget.resize(1200, 760)        # closed below (not by qtbot: a test may destroy it)
    widget.show()
    qtbot.waitExposed(widget)
    board = Board(widget, ws, undo, hub, path)
    hub.failed.connect(board.failures.append)
    yield board
    undo.clear()
    if isValid(widget):              # a test may have destroyed it, as leaving an item does
        widget.close()
        widget.deleteLater()
    ws.close()


@pytest.fixture
def examples_path(tmp_path: Path) -> Path:
    """An attract-retain workshop with the illustrative prioritization placed."""
    path = make_workshop(tmp_path)
    with open_workshop(path) as ws:
        block = ws.template.block(GRID)
        assert isinstance(block, GridBlock)
        set_places(ws, GRID, example_places(block))
        set_cell(ws, "initiatives-leaders", "i4-1", "explore", True)
    return path


@pytest.fixture
def board(qtbot: QtBot, examples_path: Path) -> Iterator[Board]:
    yield from _open_board(qtbot, examples_path)


def test_mouse_drag_stores_the_place_in_the_file(qtbot: QtBot, board: Board) -> None:
    ref = example_card(5)                       # "Emphasize benefits" at (0.75, 0.45)
    start = board.point(ref)
    drawn_x, drawn_y = board.drawn(ref)
    end = board.widget.view.mapFromScene(board.widget.view.mapToScene(start)) + QPoint(-150, -120)
    board.drag(qtbot, start, end)
    x, y = board.on_screen(ref)
    assert x < 0.75 - 0.1 and y > 0.45 + 0.1   # moved left (harder) and up (more impact)
    assert board.stored(ref) == (x, y)
    # the card lands where the user let go of it
    expected = to_fraction(board.widget.view.mapToScene(end))
    grabbed_at = to_fraction(board.widget.view.mapToScene(start))
    assert x == pytest.approx(drawn_x + expected[0] - grabbed_at[0], abs=0.002)
    assert y == pytest.approx(drawn_y + expected[1] - grabbed_at[1], abs=0.002)
    assert board.undo.count() == 1               # the whole drag is one undo step


def test_undo_of_a_drag_puts_the_card_back_on_screen_and_in_the_file(
        qtbot: QtBot, board: Board) -> None:
    ref = example_card(0)                       # "Physical conditions" at (0.55, 0.70)
    start = board.point(ref)
    board.drag(qtbot, start, start + QPoint(200, 150))
    moved = board.on_screen(ref)
    assert moved != (0.55, 0.7)
    board.undo.undo()
    assert board.on_screen(ref) == (0.55, 0.7)
    assert board.stored(ref) == (0.55, 0.7)
    board.undo.redo()
    assert board.on_screen(ref) == moved
    assert board.stored(ref) == moved


def test_a_click_without_moving_changes_nothing(qtbot: QtBot, board: Board) -> None:
    ref = example_card(1)
    qtbot.mouseClick(board.viewport, Qt.MouseButton.LeftButton, pos=board.point(ref))
    assert board.undo.count() == 0
    assert board.item(ref).isSelected()


def test_arrow_keys_move_the_selected_card_and_shift_moves_further(
        qtbot: QtBot, board: Board) -> None:
    ref = example_card(2)                       # "Evidence/outcomes" at (0.40, 0.60)
    qtbot.mouseClick(board.viewport, Qt.MouseButton.LeftButton, pos=board.point(ref))
    view = board.widget.view
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert board.stored(ref) == pytest.approx((0.40 + SMALL_STEP, 0.60))
    qtbot.keyClick(view, Qt.Key.Key_Up, Qt.KeyboardModifier.ShiftModifier)
    assert board.stored(ref) == pytest.approx((0.40 + SMALL_STEP, 0.60 + BIG_STEP))
    qtbot.keyClick(view, Qt.Key.Key_Down)
    qtbot.keyClick(view, Qt.Key.Key_Left, Qt.KeyboardModifier.ShiftModifier)
    expected = (0.40 + SMALL_STEP - BIG_STEP, 0.60 + BIG_STEP - SMALL_STEP)
    assert board.on_screen(ref) == pytest.approx(expected)
    assert board.stored(ref) == pytest.approx(expected)
    # a run of key moves is one undo step
    assert board.undo.count() == 1
    board.undo.undo()
    assert board.stored(ref) == (0.40, 0.60)
    assert board.on_screen(ref) == (0.40, 0.60)


def test_tab_walks_the_cards_from_the_top(qtbot: QtBot, board: Board) -> None:
    view = board.widget.view
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    first = board.widget.scene.selected_card()
    assert first is not None and first.ref == example_card(8)   # "Top of license", y 0.90
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    second = board.widget.scene.selected_card()
    assert second is not None and second.ref == example_card(6)  # "Augment salaries", y 0.85
    qtbot.keyClick(view, Qt.Key.Key_Backtab)
    back = board.widget.scene.selected_card()
    assert back is not None and back.ref == example_card(8)


def test_delete_returns_the_card_to_the_tray_and_undo_brings_it_back(
        qtbot: QtBot, board: Board) -> None:
    ref = example_card(4)                       # "Role descriptions"
    qtbot.mouseClick(board.viewport, Qt.MouseButton.LeftButton, pos=board.point(ref))
    qtbot.keyClick(board.widget.view, Qt.Key.Key_Delete)
    assert ref not in board.widget.scene.cards
    assert ref in board.widget.tray.visible_refs()
    assert board.stored(ref) is None
    board.undo.undo()
    assert board.on_screen(ref) == (0.9, 0.65)
    assert board.stored(ref) == (0.9, 0.65)
    assert ref not in board.widget.tray.visible_refs()


def test_ticking_explore_adds_a_card_to_the_tray(qtbot: QtBot, board: Board) -> None:
    ref = row_card("initiatives-job", "i12-2")
    assert ref not in board.widget.tray.visible_refs()
    board.hub.changed.emit(set_cell(board.ws, "initiatives-job", "i12-2", "explore", True))
    assert ref in board.widget.tray.visible_refs()
    board.hub.changed.emit(add_idea(board.ws, "brainstorm", "Wellness days", "job", "could",
                                    explore=True))
    assert idea_card(1) in board.widget.tray.visible_refs()
    assert "(3)" in board.widget.tray_title.text()


def test_dragging_from_the_tray_places_the_card_where_it_is_dropped(
        qtbot: QtBot, board: Board) -> None:
    ref = row_card("initiatives-leaders", "i4-1")
    tray = board.widget.tray
    item = tray.item_for(ref)
    assert item is not None
    start = tray.visualItemRect(item).center()
    target_scene = board.widget.view.mapToScene(board.widget.view.rect().center())
    target = board.widget.view.mapFromScene(target_scene)
    to_tray = tray.viewport().mapFromGlobal(board.viewport.mapToGlobal(target))
    qtbot.mousePress(tray.viewport(), Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(tray.viewport(), start + QPoint(30, 0))
    qtbot.mouseMove(tray.viewport(), to_tray)
    ghost = board.widget.scene.ghost_place()      # a dashed outline shows where it will land
    assert ghost == pytest.approx(to_fraction(target_scene), abs=0.002)
    qtbot.mouseRelease(tray.viewport(), Qt.MouseButton.LeftButton, pos=to_tray)
    assert board.widget.scene.ghost_place() is None
    placed = board.stored(ref)
    assert placed is not None
    assert placed == pytest.approx(to_fraction(board.widget.view.mapToScene(target)), abs=0.002)
    assert ref in board.widget.scene.cards and ref not in tray.visible_refs()
    board.undo.undo()                            # undo of a placement: back to the tray
    assert board.stored(ref) is None and ref in tray.visible_refs()


def test_enter_in_the_tray_places_the_card_in_the_middle(qtbot: QtBot, board: Board) -> None:
    ref = row_card("initiatives-leaders", "i4-1")
    tray = board.widget.tray
    tray.setCurrentItem(tray.item_for(ref))
    qtbot.keyClick(tray, Qt.Key.Key_Return)
    assert board.stored(ref) == (0.5, 0.5)
    # the placed card is selected, so the arrow keys carry on from there
    qtbot.keyClick(board.widget.view, Qt.Key.Key_Up)
    assert board.stored(ref) == pytest.approx((0.5, 0.5 + SMALL_STEP))
    # the next one does not hide under a card left in the middle
    board.hub.changed.emit(set_cell(board.ws, "initiatives-job", "i12-2", "explore", True))
    board.undo.undo()
    other = row_card("initiatives-job", "i12-2")
    tray.setCurrentItem(tray.item_for(other))
    qtbot.keyClick(tray, Qt.Key.Key_Return)
    assert board.stored(ref) == (0.5, 0.5) and board.stored(other) == (0.53, 0.53)


def test_filter_shows_one_category_then_all(qtbot: QtBot, board: Board) -> None:
    board.hub.changed.emit(set_cell(board.ws, "initiatives-job", "i12-2", "explore", True))
    widget = board.widget
    widget.filter_box.setCurrentIndex(widget.filter_box.findData("job"))
    assert widget.tray.visible_refs() == [row_card("initiatives-job", "i12-2")]
    assert not board.item(example_card(3)).isEnabled()       # a leaders card fades out
    assert board.item(example_card(3)).opacity() < 0.5
    assert board.item(example_card(6)).isEnabled()           # a job card stays
    widget.filter_box.setCurrentIndex(0)
    assert len(widget.tray.visible_refs()) == 2
    assert board.item(example_card(3)).isEnabled()


def test_propose_button_creates_the_action_rows(qtbot: QtBot, board: Board) -> None:
    qtbot.mouseClick(board.widget.propose_button, Qt.MouseButton.LeftButton)
    with open_workshop(board.path, readonly=True) as other:
        rows = read_actions(other, "propose")
    assert len(rows) == 10
    assert {a.category for a in rows} == {"Do it now!", "Do it next"}
    assert {a.source for a in rows} == {example_card(i) for i in range(11)} - {example_card(5)}
    assert "10 proposals added" in board.widget.notice.text()
    assert board.item(example_card(3)).look.proposed == "Do it now!"    # the card shows a tick
    board.undo.undo()
    assert read_actions(board.ws, "propose") == []
    assert board.item(example_card(3)).look.proposed == ""


def test_moving_a_proposed_card_updates_its_proposal_or_asks(
        qtbot: QtBot, board: Board) -> None:
    qtbot.mouseClick(board.widget.propose_button, Qt.MouseButton.LeftButton)
    ref = example_card(3)                       # "Staff input" (0.85, 0.75): Do it now!
    start = board.point(ref)
    left = board.widget.view.mapFromScene(board.widget.view.mapToScene(start)) - QPoint(600, 0)
    board.drag(qtbot, start, left)
    assert board.on_screen(ref)[0] < 0.5
    proposal = next(a for a in read_actions(board.ws, "propose") if a.source == ref)
    assert proposal.category == "Do it next"
    assert "now “Do it next”" in board.widget.notice.text()
    # down into a low-impact quadrant: the proposal stays, and the screen asks
    here = board.point(ref)
    board.drag(qtbot, here, here + QPoint(0, 300))
    assert board.on_screen(ref)[1] < 0.5
    assert board.widget.drop_button.isVisible()
    assert "Remove it from the proposals?" in board.widget.notice.text()
    qtbot.mouseClick(board.widget.drop_button, Qt.MouseButton.LeftButton)
    assert ref not in {a.source for a in read_actions(board.ws, "propose")}
    board.undo.undo()                            # the removal is undoable too
    assert ref in {a.source for a in read_actions(board.ws, "propose")}
    board.undo.undo()                            # back up to "Do it next"
    board.undo.undo()                            # back to the first place: "Do it now!"
    proposal = next(a for a in read_actions(board.ws, "propose") if a.source == ref)
    assert proposal.category == "Do it now!"
    assert board.stored(ref) == (0.85, 0.75)


def test_start_from_the_illustrative_prioritization(qtbot: QtBot, tmp_path: Path) -> None:
    path = make_workshop(tmp_path)
    for board in _open_board(qtbot, path):
        assert board.widget.scene.cards == {}
        qtbot.mouseClick(board.widget.examples_button, Qt.MouseButton.LeftButton)
        assert len(board.widget.scene.cards) == 11
        assert board.on_screen(example_card(6)) == (0.15, 0.85)     # "Augment salaries"
        assert board.stored(example_card(6)) == (0.15, 0.85)
        board.undo.undo()
        assert board.widget.scene.cards == {}
        assert board.stored(example_card(6)) is None


def test_reopening_restores_every_cards_place(qtbot: QtBot, examples_path: Path) -> None:
    places: dict[str, tuple[float, float]] = {}
    for board in _open_board(qtbot, examples_path):
        start = board.point(example_card(7))
        board.drag(qtbot, start, start + QPoint(90, 40))
        qtbot.mouseClick(board.viewport, Qt.MouseButton.LeftButton,
                         pos=board.point(example_card(10)))
        qtbot.keyClick(board.widget.view, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
        places = {ref: board.on_screen(ref) for ref in board.widget.scene.cards}
    for board in _open_board(qtbot, examples_path):
        assert {ref: board.on_screen(ref) for ref in board.widget.scene.cards} == places
    assert places[example_card(10)] == pytest.approx((0.70, 0.45))


def test_presenter_board_is_large_and_read_only(qtbot: QtBot, examples_path: Path) -> None:
    for board in _open_board(qtbot, examples_path, readonly=True):
        assert not hasattr(board.widget, "tray")
        ref = example_card(0)
        start = board.point(ref)
        board.drag(qtbot, start, start + QPoint(100, 100))
        assert board.on_screen(ref) == (0.55, 0.7)
        assert board.undo.count() == 0 and board.stored(ref) == (0.55, 0.7)
        # the room sees a move made on the facilitator's board
        board.hub.changed.emit(Changed(ChangeKind.GRID, GRID, (ref,)))
        assert len(board.widget.scene.cards) == 11


def test_a_refused_edit_is_shown_and_the_card_stays_put(qtbot: QtBot,
                                                       examples_path: Path) -> None:
    for board in _open_board(qtbot, examples_path, file_readonly=True):
        ref = example_card(1)                   # "Foster connections" at (0.80, 0.60)
        start = board.point(ref)
        board.drag(qtbot, start, start + QPoint(-100, 0))
        assert board.failures and "read-only" in board.failures[0]
        assert board.on_screen(ref) == (0.8, 0.6)
        assert board.undo.count() == 0


def test_a_held_arrow_key_glides_and_commits_once(qtbot: QtBot, board: Board) -> None:
    ref = example_card(2)                       # "Evidence/outcomes" at (0.40, 0.60)
    qtbot.mouseClick(board.viewport, Qt.MouseButton.LeftButton, pos=board.point(ref))
    view = board.widget.view
    for _ in range(5):                          # what the keyboard sends while a key is held
        QApplication.sendEvent(view, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Left,
                                               Qt.KeyboardModifier.NoModifier, "", True))
    assert board.on_screen(ref) == pytest.approx((0.40 - 5 * SMALL_STEP, 0.60))
    assert board.stored(ref) == (0.40, 0.60)    # nothing written while the key is down
    QApplication.sendEvent(view, QKeyEvent(QEvent.Type.KeyRelease, Qt.Key.Key_Left,
                                           Qt.KeyboardModifier.NoModifier))
    assert board.stored(ref) == pytest.approx((0.40 - 5 * SMALL_STEP, 0.60))
    assert board.undo.count() == 1


def test_the_selected_card_is_described_for_screen_readers(qtbot: QtBot, board: Board) -> None:
    qtbot.mouseClick(board.viewport, Qt.MouseButton.LeftButton,
                     pos=board.point(example_card(6)))
    description = board.widget.view.accessibleDescription()
    assert description.startswith("Example: Augment salaries (Great job): Do it next")
    assert "impact 85%" in description


def test_propose_with_nothing_high_priority_says_so(qtbot: QtBot, tmp_path: Path) -> None:
    for board in _open_board(qtbot, make_workshop(tmp_path)):
        qtbot.mouseClick(board.widget.propose_button, Qt.MouseButton.LeftButton)
        assert "no card is in “Do it now!” or “Do it next” yet" in board.widget.notice.text()
        assert board.undo.count() == 0


def test_zoom_makes_cards_larger(qtbot: QtBot, tmp_path: Path) -> None:
    path = make_workshop(tmp_path)
    with open_workshop(path) as ws:
        block = ws.template.block(GRID)
        assert isinstance(block, GridBlock)
        set_places(ws, GRID, example_places(block)[:1])      # room for a full-size card
    widths = {}
    for zoom in (1.0, 1.5):
        for board in _open_board(qtbot, path, zoom=zoom):
            widths[zoom] = board.item(example_card(0)).card_rect().width()
    assert widths == {1.0: pytest.approx(CARD_W), 1.5: pytest.approx(CARD_W * 1.25)}


def test_the_projector_follows_a_drag_live(qtbot: QtBot, board: Board) -> None:
    presenter_ctx = BlockContext(board.ws, board.undo, board.hub, board.ws.meeting_id(),
                                 readonly=True)
    block = board.ws.template.block(GRID)
    assert isinstance(block, GridBlock)
    presenter = create_block_widget(presenter_ctx, block)
    assert isinstance(presenter, GridWidget)
    qtbot.addWidget(presenter)
    presenter.resize(1600, 900)
    presenter.show()
    ref = example_card(9)                       # "Professional development" (0.60, 0.80)
    start = board.point(ref)
    qtbot.mousePress(board.viewport, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(board.viewport, start + QPoint(-100, 60))
    in_flight = board.drawn(ref)
    assert to_fraction(presenter.scene.cards[ref].pos()) == in_flight   # before any commit
    assert board.stored(ref) == (0.6, 0.8)
    qtbot.mouseRelease(board.viewport, Qt.MouseButton.LeftButton, pos=start + QPoint(-100, 60))
    assert presenter.scene.cards[ref].place == board.stored(ref) == in_flight


def test_undo_still_works_after_the_board_is_gone(qtbot: QtBot, board: Board) -> None:
    """The facilitator drags, moves to another agenda item (the board is destroyed), then
    presses Undo and Redo: the file follows and nothing breaks."""
    qtbot.mouseClick(board.widget.propose_button, Qt.MouseButton.LeftButton)
    ref = example_card(3)
    start = board.point(ref)
    board.drag(qtbot, start, start + QPoint(0, 300))        # out of the high-impact area
    moved = board.stored(ref)
    assert moved is not None and moved[1] < 0.5
    board.widget.deleteLater()
    qtbot.wait(10)
    board.undo.undo()
    assert board.stored(ref) == (0.85, 0.75)
    board.undo.redo()
    assert board.stored(ref) == moved
    board.undo.undo()
    board.undo.undo()                                        # the "Propose" too
    assert read_actions(board.ws, "propose") == []


def test_an_unexpected_error_in_a_move_is_one_line_and_the_card_goes_back(
        qtbot: QtBot, board: Board, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    """As for every other edit: a bug never takes the window down; the room sees one line, the
    log gets the details, and the board shows the file (board edits used to let it escape)."""
    def broken(*_args: object, **_kwargs: object) -> None:
        raise KeyError("a bug")

    monkeypatch.setattr("facilitator.ui.worksheets.grid.commands.move_card", broken)
    ref = example_card(1)                       # "Foster connections" at (0.80, 0.60)
    start = board.point(ref)
    board.drag(qtbot, start, start + QPoint(-100, 0))
    assert board.failures == ["This change could not be saved (KeyError)."]
    assert "a bug" in capsys.readouterr().err
    assert board.on_screen(ref) == (0.8, 0.6)
    assert board.undo.count() == 0 and board.stored(ref) == (0.8, 0.6)
