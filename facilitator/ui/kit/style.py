"""Colours and type for a room: high contrast, readable from the back, colour-blind-safe tones
(the warning and overtime colours also differ in brightness, and overtime adds a '+' sign)."""

from __future__ import annotations

import re

from facilitator.domain.timer import Tone
from facilitator.ui.kit.theme import HIGH_CONTRAST_TONES, high_contrast

TONE_COLOURS: dict[Tone, str] = {
    Tone.NORMAL: "#1b5e20",     # deep green
    Tone.WARNING: "#b45309",    # amber
    Tone.OVERTIME: "#b91c1c",   # red
}

# On the projector's dark background the same meanings, lighter.
PRESENTER_TONE_COLOURS: dict[Tone, str] = {
    Tone.NORMAL: "#ffffff",
    Tone.WARNING: "#fbbf24",
    Tone.OVERTIME: "#f87171",
}

FLASH_BACKGROUND = "#fde047"

MAIN_STYLE = """
QLabel#itemTitle { font-size: 20pt; font-weight: 600; }
QLabel#seriesLabel { font-size: 12pt; font-weight: 600; color: #1e3a8a; }
QLabel#timerDisplay { font-size: 40pt; font-weight: 700; }
QLabel#sectionHeading { font-weight: 600; margin-top: 8px; }
QLabel#blockTitle { font-size: 14pt; font-weight: 600; }
QLabel#sessionFacts { color: #333; }
QFrame#sidePanel, QFrame#agendaPanel { background: #f6f7f9; }
"""

PRESENTER_STYLE = """
QWidget#presenter { background: #0b1220; color: #ffffff; }
QWidget#presenter QLabel { color: #ffffff; }
QLabel#presenterTitle { font-size: 34pt; font-weight: 700; }
QLabel#presenterTimer { font-size: 72pt; font-weight: 800; }
QLabel#presenterQuestions, QLabel#presenterGroups { font-size: 22pt; }
QWidget#presenter QLabel#presenterSeries { font-size: 20pt; color: #cbd5e1; }
QWidget#presenter QLabel#presenterPaused { font-size: 30pt; font-weight: 800; color: #000000;
    background: #fbbf24; padding: 4px 18px; border-radius: 6px; }
QWidget#presenterBlank { background: #000000; }
QWidget#presenterSheet { background: #ffffff; }
QWidget#presenterSheet QLabel { color: #000000; }
"""


PRESENTER_MIN_PT = 18   # 24 px at 96 dpi: no text the room reads is smaller


def presenter_style(zoom: float, screen: float = 1.0) -> str:
    """The projector's style sheet with every type size scaled by the zoom setting and by the
    projector's size (`screen`: its height over 1080), never under PRESENTER_MIN_PT at 720p
    (and as much more on a larger projector as the worksheets' own floor)."""
    least = round(PRESENTER_MIN_PT * max(1.0, screen * 1080 / 720))

    def size(found: re.Match[str]) -> str:
        return f"font-size: {max(least, round(int(found[1]) * zoom * screen))}pt"

    return re.sub(r"font-size: (\d+)pt", size, PRESENTER_STYLE)


def tone_style(tone: Tone, *, presenter: bool = False, flash: bool = False) -> str:
    colours = PRESENTER_TONE_COLOURS if presenter else \
        HIGH_CONTRAST_TONES if high_contrast() else TONE_COLOURS
    back = f" background: {FLASH_BACKGROUND}; color: #000000;" if flash else ""
    return f"color: {colours[tone]};{back}"
