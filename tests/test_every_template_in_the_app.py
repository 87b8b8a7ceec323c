"""Every shipped template opens in the app and shows every worksheet: all of them on the
facilitator's window, the participants' ones on the projector."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from facilitator.services.templates import catalogue
from tests.helpers import make_workshop
from tests.ui_runner_helpers import open_window

SHIPPED = sorted(e.id for e in catalogue() if not e.user and not e.broken)
MISSING = ("not available in this build", "could not be shown")


def test_all_nine_seed_templates_ship() -> None:
    assert len(SHIPPED) == 9


@pytest.mark.parametrize("template_id", SHIPPED)
def test_template_renders_every_block(qtbot: QtBot, tmp_path: Path, template_id: str) -> None:
    window = open_window(qtbot, make_workshop(tmp_path, template_id))
    qtbot.keyClick(window, Qt.Key.Key_F5)
    presenter = window.presenter
    assert presenter is not None
    for index, item in enumerate(window.workshop.template.agenda):
        window.go_to_item(index)
        presenter.sheet.rebuild()
        for block in item.blocks:
            widget = window.findChild(QWidget, f"block:{block.id}")
            assert widget is not None, f"{block.id} missing on the facilitator window"
            assert not (isinstance(widget, QLabel)
                        and any(m in widget.text() for m in MISSING)), \
                f"{block.id} ({block.kind.value}) not rendered on the facilitator window"
            # the facilitator's own guidance is never projected; the rest always is
            assert presenter.sheet.shows_block(block.id) == block.for_participants, block.id
            assert block.id not in presenter.sheet.failed, f"{block.id} failed on the projector"
    window.close_workshop()
