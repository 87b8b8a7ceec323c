"""The headless accessibility audit: in the demo workshop (every agenda item, the projector) and
in every dialog the app opens, each control a person can use has a name and a role, and each one
that takes the focus is reached by Tab, with no keyboard trap on the way."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from pytestqt.qtbot import QtBot

from facilitator.services.demo import create_demo
from facilitator.ui.shell.main_window import MainWindow
from tests.a11y_audit import audit, describe, tab_walk
from tests.ui_runner_helpers import open_window


@pytest.fixture
def demo(qtbot: QtBot, tmp_path: Path) -> MainWindow:
    path = tmp_path / "demo.workshop"
    create_demo(path).close()
    return open_window(qtbot, path)


def check(root: QWidget, start: QWidget | None = None) -> tuple[int, int]:
    """Fail on any unnamed or role-less control, or one Tab does not reach; returns (controls,
    Tab presses for a full round)."""
    found = audit(root)
    assert found.problems() == [], found.problems()
    first = start or next(w for w in found.focusable if w is not root)
    reached, presses = tab_walk(root, first)
    missed = [describe(w) for w in found.focusable if id(w) not in reached and w is not first]
    assert missed == [], f"not reached by Tab in {presses} presses: {missed}"
    return found.controls, presses


def test_every_agenda_item_and_the_projector_pass_the_audit(qtbot: QtBot,
                                                            demo: MainWindow) -> None:
    page = demo.page
    assert page is not None
    demo.present()
    assert demo.presenter is not None
    demo.activateWindow()                 # the facilitator's keys, with the projector showing
    qtbot.waitUntil(lambda: QApplication.activeWindow() is demo, timeout=2000)
    counts = []
    for index in range(len(demo.workshop.template.agenda)):
        demo.go_to_item(index)
        counts.append(check(demo, page.agenda))
        found = audit(demo)                # and each says what it does or which keys it takes
        assert found.described == found.controls, f"item {index + 1}: " + ", ".join(
            describe(w) for w in found.undescribed)
        projector = audit(demo.presenter)
        assert projector.problems() == [], f"item {index + 1} (projector)"
    print("\naudit (controls, Tab presses per round) per item:", counts)
    assert all(controls >= 20 for controls, _ in counts)   # the worksheets were audited


def test_the_start_page_passes_the_audit(qtbot: QtBot) -> None:
    window = open_window(qtbot, None)
    controls, _presses = check(window, window.start_page.template)
    assert controls >= 8


def _in_dialog(qtbot: QtBot, window: MainWindow,
               open_it: Callable[[], object]) -> tuple[str, int]:
    """Open a dialog as the menu does (modal dialogs block: the check runs inside them), audit
    it, then close it. Returns its title and how many controls it has."""
    seen: list[tuple[str, int]] = []
    failures: list[AssertionError] = []

    def inspect() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QDialog) or QApplication.activeWindow() is not dialog:
            QTimer.singleShot(20, inspect)
            return
        try:
            seen.append((dialog.windowTitle(), check(dialog)[0]))
        except AssertionError as exc:  # reported after the dialog is closed
            failures.append(AssertionError(f"{dialog.windowTitle()}: {exc}"))
        finally:
            dialog.reject()

    QTimer.singleShot(0, inspect)
    open_it()
    qtbot.waitUntil(lambda: bool(seen or failures) and QApplication.activeModalWidget() is None,
                    timeout=5000)
    if failures:
        raise failures[0]
    return seen[0]


def test_every_dialog_passes_the_audit(qtbot: QtBot, demo: MainWindow) -> None:
    found = []
    for name in ("rebalance", "subgroups", "details", "participants", "new_meeting", "export",
                 "handouts", "restore", "room-open"):
        action = demo.findChild(QAction, f"action:{name}")
        assert action is not None, name
        action.setEnabled(True)
        found.append(_in_dialog(qtbot, demo, action.trigger))
    print("\naudit (dialog, controls):", found)
    titles = [title for title, _controls in found]
    assert titles[0] == "Rebalance the remaining time"
    assert "Handouts" in titles and "Export" in titles and "Participants" in titles
    assert "Open the room" in titles
    assert len(set(titles)) == len(titles)


def test_tab_leaves_a_full_table_and_an_open_one_past_a_blank_row(qtbot: QtBot,
                                                                   demo: MainWindow) -> None:
    """Tab at a table's last cell goes on to the next control (a fixed table, or an open one
    whose last row is blank); it adds a row only after a row with something in it."""
    demo.go_to_item(2)
    table = demo.block_widget("aspirations")
    assert table is not None
    view = table.view
    last = table.model.rowCount() - 1
    view.setFocus()
    view.move_to(last, table.model.columnCount() - 1)
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    assert not view.hasFocus()
    assert table.model.rowCount() == last + 1


def test_the_audit_catches_an_unnamed_control_and_a_keyboard_trap(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QToolButton, QVBoxLayout

    panel = QWidget()
    layout = QVBoxLayout(panel)
    icon_only = QToolButton()                       # no text, no name: a screen reader is mute
    trap = QPlainTextEdit()                         # Tab types a tab: the focus never leaves
    trap.setAccessibleName("Notes")
    after = QLineEdit()
    after.setAccessibleName("After the notes")
    for widget in (icon_only, trap, after):
        layout.addWidget(widget)
    qtbot.addWidget(panel)
    panel.show()
    panel.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is panel, timeout=2000)
    found = audit(panel)
    assert [p for p in found.problems() if p.startswith("no name: QToolButton")]
    reached, presses = tab_walk(panel, icon_only, max_presses=50)
    assert presses == 50 and id(after) not in reached
