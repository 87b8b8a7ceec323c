"""A small harness for worksheet block widgets: a real workshop file, one undo stack, one hub.

Lets the worksheet tests run without the main window: build a block widget exactly as the
window does (registry.create_block_widget), type into it with real key events, and read the file
back through a second, read-only connection.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from facilitator.domain.template_yaml import load_template_file
from facilitator.services import dump as dump_service
from facilitator.services.workshop import NewParticipant, Workshop, create_workshop, open_workshop
from facilitator.ui.kit.hub import ChangeHub
from facilitator.ui.worksheets.kit.context import BlockContext
from facilitator.ui.worksheets.registry import create_block_widget

PRESENTER_ZOOM = 1.6  # what the presenter window passes (ui.presenter.BASE_ZOOM)

TEMPLATE = """\
format: 1
id: worksheet-kinds
title: Every kind of cell
source: written for the worksheet tests
invitation: {subject: "{title}", body: "Come"}
agenda:
  - title: Plan
    minutes: 10
    blocks:
      - id: plan
        kind: table
        title: Project plan
        open_rows: true
        columns:
          - {id: step, label: Step, hint: "What will happen"}
          - {id: detail, label: Detail, type: longtext}
          - {id: status, label: Status, type: choice, choices: ["Yes", "No", "Unsure"]}
          - {id: who, label: Assigned to, type: person}
          - {id: start, label: Start, type: date}
          - {id: hours, label: Hours, type: number}
          - {id: done, label: Done, type: checkbox}
          - {id: tags, label: Tags, type: multichoice, choices: [Staff, Students, Families]}
      - id: grid4
        kind: table
        title: Four columns
        open_rows: true
        columns:
          - {id: a, label: A}
          - {id: b, label: B}
          - {id: c, label: C, type: number}
          - {id: d, label: D, type: checkbox}
      - id: mine
        kind: table
        title: My reflection
        per_participant: true
        columns:
          - {id: answer, label: Answer, type: longtext}
        rows:
          - {id: support, label: "What support do you need?"}
          - {id: barriers, label: "What barriers do you face?", values: {}}
      - id: fixedvals
        kind: table
        title: With printed values
        row_header: Item
        columns:
          - {id: target, label: Target}
          - {id: actual, label: Actual, type: number}
        rows:
          - {id: r1, label: Sessions, values: {target: "20 a week"}}
          - {id: r2, label: Groups}
      - id: votes
        kind: ideas
        title: Ideas to vote on
        votes_per_person: 3
        categories:
          - {id: a, label: Attribute A}
          - {id: b, label: Attribute B}
        lanes:
          - {id: now, label: Doing now}
          - {id: could, label: Could do}
      - id: themes
        kind: themes
        title: Key themes
        prompt: What did we hear?
"""


@dataclass
class Harness:
    path: Path
    ws: Workshop
    undo: QUndoStack
    hub: ChangeHub
    qtbot: QtBot
    failures: list[str] = field(default_factory=list)
    widgets: list[QWidget] = field(default_factory=list)

    def close(self) -> None:
        """Close the widgets (which commits any open editor) before the file."""
        for widget in self.widgets:
            widget.close()
        QApplication.processEvents()
        self.ws.close()

    def ctx(self, *, readonly: bool = False, zoom: float = 1.0) -> BlockContext:
        return BlockContext(self.ws, self.undo, self.hub, self.ws.meeting_id(), readonly, zoom)

    def widget(self, block_id: str, *, readonly: bool = False, zoom: float = 1.0) -> Any:
        widget = create_block_widget(self.ctx(readonly=readonly, zoom=zoom),
                                     self.ws.template.block(block_id))
        self.qtbot.addWidget(widget)
        self.widgets.append(widget)
        widget.resize(1200, 800)
        widget.show()
        self.qtbot.waitExposed(widget)
        if not readonly:
            self.focus(widget)
        return widget

    def focus(self, widget: QWidget) -> None:
        """Make `widget`'s window the active one and give `widget` the keyboard focus."""
        window = widget.window()
        window.activateWindow()
        self.qtbot.waitUntil(window.isActiveWindow, timeout=2000)
        widget.setFocus()

    def saved(self) -> dict[str, Any]:
        """The file as a second, read-only connection sees it now (what `dump` prints)."""
        with open_workshop(self.path, readonly=True) as other:
            return dump_service.dump(other)

    def meeting(self) -> dict[str, Any]:
        return self.saved()["meetings"][-1]


def make_harness(qtbot: QtBot, tmp_path: Path, template: str = "kinds") -> Harness:
    from facilitator.services.templates import find_template

    people = [NewParticipant("Ana Núñez", "Counselor"), NewParticipant("Ben Cho", "Social worker")]
    if template == "kinds":
        source = tmp_path / "kinds.yaml"
        source.write_text(TEMPLATE, encoding="utf-8")
        loaded = load_template_file(source)
    else:
        loaded = find_template(template)
    path = tmp_path / f"{template}.workshop"
    ws = create_workshop(path, loaded, participants=people)
    harness = Harness(path, ws, QUndoStack(), ChangeHub(), qtbot)
    harness.hub.failed.connect(harness.failures.append)
    qtbot.addWidget(QWidget())  # keeps pytest-qt's widget bookkeeping simple
    return harness


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has keyboard focus"
    return widget


def type_text(qtbot: QtBot, text: str) -> None:
    """Type like a person: every key goes to whatever has focus at that moment."""
    for char in text:
        qtbot.keyClick(focused(), char)


def press(qtbot: QtBot, key: Qt.Key, modifier: Qt.KeyboardModifier =
          Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(focused(), key, modifier)
