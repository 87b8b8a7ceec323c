"""Key themes: typed with keys, reordered, removed, undone; the projector follows."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.helpers import dump
from tests.worksheet_support import PRESENTER_ZOOM, Harness, make_harness, press, type_text

TAB = Qt.Key.Key_Tab


@pytest.fixture
def h(qtbot: QtBot, tmp_path: Path) -> Iterator[Harness]:
    harness = make_harness(qtbot, tmp_path)
    yield harness
    harness.close()


def saved(h: Harness) -> list[tuple[str, str]]:
    return [(t["headline"], t["body"]) for t in h.meeting()["themes"]["themes"]]


def shown(widget) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return [(t.headline, t.body) for t in widget.model.themes]


def type_themes(h: Harness, qtbot: QtBot, widget, *pairs: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    h.focus(widget.view)
    qtbot.keyClick(widget.view, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    for number, (headline, body) in enumerate(pairs):
        type_text(qtbot, headline)
        press(qtbot, TAB)
        type_text(qtbot, body)
        if number < len(pairs) - 1:
            press(qtbot, TAB)  # past the last paragraph: the next theme
        else:
            press(qtbot, Qt.Key.Key_Return)


def test_themes_are_typed_with_keys_only(h: Harness, qtbot: QtBot) -> None:
    widget = h.widget("themes")
    type_themes(h, qtbot, widget, ("Time", "Staff want protected time."),
                ("Space", "Private rooms matter."))
    assert shown(widget) == [("Time", "Staff want protected time."),
                             ("Space", "Private rooms matter.")]
    themes = dump(h.path)["meetings"][0]["themes"]["themes"]  # `facilitator dump`
    assert [(t["headline"], t["body"]) for t in themes] == shown(widget)


def test_reorder_remove_and_undo_everything(h: Harness, qtbot: QtBot) -> None:
    widget = h.widget("themes")
    type_themes(h, qtbot, widget, ("A", "a"), ("B", "b"), ("C", "c"))
    widget.view.move_to(2, 0)
    h.focus(widget.view)
    press(qtbot, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert [t[0] for t in shown(widget)] == ["A", "C", "B"]
    assert [t[0] for t in saved(h)] == ["A", "C", "B"]
    widget.view.move_to(0, 0)
    press(qtbot, Qt.Key.Key_Delete, Qt.KeyboardModifier.ControlModifier)
    assert [t[0] for t in saved(h)] == ["C", "B"]
    h.undo.undo()
    assert [t[0] for t in shown(widget)] == ["A", "C", "B"]
    assert saved(h) == [("A", "a"), ("C", "c"), ("B", "b")]
    h.undo.undo()
    assert [t[0] for t in saved(h)] == ["A", "B", "C"]
    h.undo.redo()
    assert [t[0] for t in shown(widget)] == ["A", "C", "B"]
    while h.undo.canUndo():
        h.undo.undo()
    assert saved(h) == [] and shown(widget) == []


def test_edit_a_headline_in_place(h: Harness, qtbot: QtBot) -> None:
    widget = h.widget("themes")
    type_themes(h, qtbot, widget, ("Tme", "typo"))
    widget.view.move_to(0, 0)
    h.focus(widget.view)
    type_text(qtbot, "Time")
    press(qtbot, Qt.Key.Key_Return)
    assert saved(h) == [("Time", "typo")]
    h.undo.undo()
    assert saved(h) == [("Tme", "typo")] and shown(widget) == [("Tme", "typo")]


def test_projector_shows_numbered_themes_and_follows(h: Harness, qtbot: QtBot) -> None:
    widget = h.widget("themes")
    projected = h.widget("themes", readonly=True, zoom=PRESENTER_ZOOM)
    assert projected.font().pointSizeF() > widget.font().pointSizeF() * 1.4
    type_themes(h, qtbot, widget, ("Time", "Staff want protected time."))
    assert projected.projected_text() == ["1. Time", "Staff want protected time."]
    h.undo.undo()  # the paragraph
    assert projected.projected_text() == ["1. Time"]
    h.undo.undo()
    h.undo.undo()  # the headline, then the theme itself
    assert projected.projected_text() == []


@pytest.mark.parametrize("block_id", ["plan", "mine", "fixedvals", "votes", "themes"])
@pytest.mark.parametrize("readonly", [False, True])
def test_every_worksheet_control_has_a_name(h: Harness, block_id: str, readonly: bool) -> None:
    from tests.test_ui_window_access import unnamed_controls

    widget = h.widget(block_id, readonly=readonly)
    assert unnamed_controls(widget) == []
