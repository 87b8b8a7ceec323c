"""View > High contrast and View > Large type: the whole app changes at once, the choice is
remembered for the next start, and turning them off gives the system's look back exactly."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from facilitator.domain.timer import Tone
from facilitator.ui.kit.theme import HIGH_CONTRAST_TONES, LARGE_TYPE_SCALE
from tests.ui_runner_helpers import open_window

ROLE = QPalette.ColorRole


def luminance(colour: QColor) -> float:
    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4
    return (0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF())
            + 0.0722 * channel(colour.blueF()))


def contrast(a: QColor, b: QColor) -> float:
    light, dark = sorted((luminance(a), luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def test_high_contrast_and_large_type_apply_and_are_remembered(
        qtbot: QtBot, workshop_path: Path, tmp_path: Path) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before_palette, before_size = QPalette(app.palette()), app.font().pointSizeF()
    settings = tmp_path / "settings.ini"
    window = open_window(qtbot, workshop_path, settings=settings)
    contrast_action = window.actions_by_name["high_contrast"]
    large_action = window.actions_by_name["large_type"]
    assert contrast_action in window.menu("View").actions()
    assert large_action in window.menu("View").actions()
    assert not contrast_action.isChecked() and not large_action.isChecked()
    table = window.block_widget("intention")
    assert table is not None
    small = table.font().pointSizeF()

    contrast_action.trigger()
    large_action.trigger()
    palette = app.palette()
    for fore, back in ((ROLE.Text, ROLE.Base), (ROLE.WindowText, ROLE.Window),
                       (ROLE.ButtonText, ROLE.Button), (ROLE.HighlightedText, ROLE.Highlight)):
        assert contrast(palette.color(fore), palette.color(back)) >= 7, (fore, back)
    for colour in HIGH_CONTRAST_TONES.values():   # the timer's colours on white: AAA
        assert contrast(QColor(colour), QColor("#ffffff")) >= 7, colour
    assert "border: 4px solid #0000cc" in window.styleSheet()     # where the focus is
    window.page.timer_panel.refresh()
    assert HIGH_CONTRAST_TONES[Tone.NORMAL] in window.page.timer_panel.display.styleSheet()
    assert app.font().pointSizeF() == before_size * LARGE_TYPE_SCALE
    bigger = window.block_widget("intention")   # worksheets are rebuilt in the new size
    assert bigger is not None and bigger.font().pointSizeF() >= small * 1.3
    window.close()

    again = open_window(qtbot, workshop_path, settings=settings)
    assert again.actions_by_name["high_contrast"].isChecked()
    assert again.actions_by_name["large_type"].isChecked()
    assert app.palette().color(ROLE.Window) == QColor("#ffffff")
    assert app.palette().color(ROLE.Text) == QColor("#000000")
    assert app.font().pointSizeF() == before_size * LARGE_TYPE_SCALE

    again.actions_by_name["high_contrast"].trigger()
    again.actions_by_name["large_type"].trigger()
    assert app.palette().color(ROLE.Base) == before_palette.color(ROLE.Base)
    assert app.palette().color(ROLE.Highlight) == before_palette.color(ROLE.Highlight)
    assert app.font().pointSizeF() == before_size
    assert "#0000cc" not in again.styleSheet()
