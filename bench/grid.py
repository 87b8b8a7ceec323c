"""Frame time of dragging a card on a full impact x ease board, against a bare QGraphicsView.

200 cards on the board; a scripted drag of 100 mouse-move steps. A frame is the time to
deliver one move event and repaint the viewport. The floor, measured in the same run, is a
bare QGraphicsView showing 200 plain rectangles, dragged the same way.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/grid.py
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QPoint, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QUndoStack
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QGraphicsItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsView,
)

from facilitator.domain.snapshot import Placement
from facilitator.domain.template import GridBlock
from facilitator.services.card_moves import set_places
from facilitator.services.templates import find_template
from facilitator.services.workshop import create_workshop
from facilitator.ui.kit.hub import ChangeHub
from facilitator.ui.worksheets.grid.card import CARD_H, CARD_W, to_scene
from facilitator.ui.worksheets.grid.widget import GridWidget
from facilitator.ui.worksheets.kit.context import BlockContext

CARDS = 200
STEPS = 100
SIZE = (1280, 800)
BUDGET_RATIO = 2.0
BUDGET_MS = 16.0
WORDS = ("Set", "goals", "for", "direct", "contact", "time", "and", "review", "them", "often")


def _places(categories: list[str]) -> list[tuple[str, Placement | None]]:
    """200 cards spread over the board (deterministic), with two-line labels."""
    out: list[tuple[str, Placement | None]] = []
    for i in range(CARDS):
        x, y = (i * 37 % 97) / 96, (i * 53 % 89) / 88
        label = f"{i + 1}. " + " ".join(WORDS[(i + k) % len(WORDS)] for k in range(6))
        out.append((f"bench:{i}", Placement(f"bench:{i}", label,
                                            categories[i % len(categories)], x, y)))
    return out


def _drag(view: QGraphicsView, start: QPoint, steps: int) -> tuple[list[float], float]:
    """Press at `start`, move `steps` times along a zig-zag, release: ms per move+repaint,
    and ms for the release (for the grid block: the commit and the refresh after it)."""
    viewport = view.viewport()
    app = QApplication.instance()
    assert app is not None
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    frames: list[float] = []
    for i in range(1, steps + 1):
        # a zig-zag across a third of the board and back
        offset = QPoint(round(300 * (i / steps)), round(120 * ((i % 20) / 20 - 0.5)))
        t0 = time.perf_counter()
        QTest.mouseMove(viewport, start + offset)
        viewport.repaint()
        app.processEvents()
        frames.append((time.perf_counter() - t0) * 1000)
    t0 = time.perf_counter()
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                       start + QPoint(300, 0))
    viewport.repaint()
    return frames, (time.perf_counter() - t0) * 1000


def _bare_view(places: list[tuple[str, Placement | None]], scene_rect: QRectF,
               size: QSize) -> QGraphicsView:
    scene = QGraphicsScene()
    scene.setSceneRect(scene_rect)
    for _, place in places:
        assert place is not None
        item = QGraphicsRectItem(-CARD_W / 2, -CARD_H / 2, CARD_W, CARD_H)
        item.setBrush(QColor("#DDEEFF"))
        item.setFlags(QGraphicsItem.GraphicsItemFlag.ItemIsMovable
                      | QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        item.setPos(to_scene(place.x, place.y))
        scene.addItem(item)
    view = QGraphicsView(scene)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.resize(size)               # the same size as the grid block's board: same pixels
    view.show()
    view.fitInView(scene_rect, Qt.AspectRatioMode.KeepAspectRatio)
    view._scene = scene  # type: ignore[attr-defined]  # keep it alive with the view
    return view


def _summary(name: str, frames: list[float]) -> tuple[float, float]:
    ordered = sorted(frames)
    median = statistics.median(ordered)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    print(f"{name:<34} median {median:6.2f} ms   p95 {p95:6.2f} ms   max {ordered[-1]:6.2f} ms")
    return median, p95


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.workshop"
        ws = create_workshop(path, find_template("attract-retain"))
        block = ws.template.block("prioritize")
        assert isinstance(block, GridBlock)
        places = _places([c.id for c in block.categories])
        set_places(ws, block.id, places)
        ctx = BlockContext(ws, QUndoStack(), ChangeHub(), ws.meeting_id())
        widget = GridWidget(ctx, block)
        widget.resize(*SIZE)
        widget.show()
        app.processEvents()
        assert len(widget.scene.cards) == CARDS, "not every card is on the board"
        bare = _bare_view(places, widget.scene.sceneRect(), widget.view.size())
        app.processEvents()

        def start_of(view: QGraphicsView, ref_index: int) -> QPoint:
            place = places[ref_index][1]
            assert place is not None
            if view is widget.view:   # where the board draws it (no card covers another)
                return view.mapFromScene(widget.scene.cards[places[ref_index][0]].pos())
            return view.mapFromScene(to_scene(place.x, place.y))

        # Warm-up (fonts, caches), then the measured drags, alternating to share any noise.
        _drag(widget.view, start_of(widget.view, 0), 20)
        _drag(bare, start_of(bare, 0), 20)
        ours: list[float] = []
        floor: list[float] = []
        commits: list[float] = []
        for round_ in range(3):
            index = 10 + round_
            before = ctx.undo.count()
            frames, commit = _drag(widget.view, start_of(widget.view, index), STEPS)
            ours += frames
            commits.append(commit)
            assert ctx.undo.count() == before + 1, "the drag was not committed as one step"
            floor += _drag(bare, start_of(bare, index), STEPS)[0]
        board = widget.view.size()
        print(f"board: {CARDS} cards, drag of {STEPS} steps x 3, block {SIZE[0]}x{SIZE[1]}, "
              f"board view {board.width()}x{board.height()} (bare view the same), "
              f"platform {app.platformName()}")
        _, ours_p95 = _summary("grid block (ours)", ours)
        _, floor_p95 = _summary("bare QGraphicsView, 200 rects", floor)
        print(f"release (durable commit + refresh of 200 cards): "
              f"{statistics.median(commits):.1f} ms median (not a frame: once per drag)")
        ctx.undo.clear()
        widget.close()
        bare.close()
        widget.deleteLater()
        bare.deleteLater()
        app.processEvents()
        ws.close()
    ratio = ours_p95 / max(floor_p95, 1e-6)
    print(f"bench: grid-frame-p95 ratio={ratio:.2f} budget={BUDGET_RATIO:g} "
          f"{'ok' if ratio <= BUDGET_RATIO else 'over'}")
    ms_ratio = ours_p95 / BUDGET_MS
    print(f"grid frame p95: {ours_p95:.2f} ms (budget {BUDGET_MS:g} ms)")
    print(f"bench: grid-frame-p95-ms ratio={ms_ratio:.2f} budget=1 "
          f"{'ok' if ms_ratio <= 1 else 'over'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
