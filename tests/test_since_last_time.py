"""A check-in series: the first item of the next meeting reviews what is still open."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from facilitator.services import actions
from facilitator.services.meetings import new_meeting
from facilitator.services.workshop import open_workshop
from tests.helpers import make_workshop
from tests.ui_runner_helpers import open_window


def test_next_meeting_opens_on_a_review_of_open_actions(qtbot: QtBot, tmp_path: Path) -> None:
    path = make_workshop(tmp_path, "check-in")
    with open_workshop(path) as ws:
        tracker = next(b.id for b in ws.template.blocks() if b.kind.value == "actions")
        actions.add_action(ws, tracker, "Take social workers off lunch duty", owner="Ben Cho")
        done = actions.add_action(ws, tracker, "Share the new referral form").ids[0]
        actions.update_action(ws, int(done), status="completed")
        new_meeting(ws, date="2026-12-10")
    window = open_window(qtbot, path)
    window.go_to_item(0)
    review = window.findChild(object, "since-last-time-review")
    assert review is not None, "the first item should start with the review"
    texts = " ".join(w.text() for w in review.findChildren(object) if hasattr(w, "text")
                     and isinstance(w.text(), str))
    assert "Since last time" in texts and "1 action carried over" in texts
    # The item has no worksheet of its own, but the review is one: no "nothing here" message.
    assert window.findChild(object, "since-last-time-review").isVisibleTo(window)
    assert not [w for w in window.page.item_view.findChildren(QLabel)
                if w.text() == "No worksheet for this item."]
    window.go_to_item(1)
    assert window.findChild(object, "since-last-time-review") is None
    window.close_workshop()


def test_first_meeting_has_no_review(qtbot: QtBot, tmp_path: Path) -> None:
    window = open_window(qtbot, make_workshop(tmp_path, "check-in"))
    window.go_to_item(0)
    assert window.findChild(object, "since-last-time-review") is None
    assert [w for w in window.page.item_view.findChildren(QLabel)
            if w.text() == "No worksheet for this item."]
    window.close_workshop()
