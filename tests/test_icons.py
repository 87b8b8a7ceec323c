"""Every toolbar and button icon draws, from the one icon font the app loads (and the app
bundle ships: packaging/facilitator.spec keeps only Font Awesome 6 solid)."""

from __future__ import annotations

import re

from PySide6.QtGui import QColor
from pytestqt.qtbot import QtBot

from tests.helpers import ROOT


def test_every_icon_draws_from_the_one_font_the_bundle_ships(qtbot: QtBot) -> None:
    import qtawesome

    from facilitator.ui.kit import icons

    for name in icons.NAMES:
        image = icons.icon(name).pixmap(32, 32).toImage()
        inked = sum(1 for x in range(32) for y in range(32)
                    if QColor(image.pixel(x, y)).alpha() > 0)
        assert inked > 20, f"the {name!r} icon draws nothing"
    spec = (ROOT / "packaging" / "facilitator.spec").read_text()
    kept = re.search(r'collect_data_files\("qtawesome", includes=\["fonts/([^"*]+)\*"\]\)', spec)
    assert kept is not None, "the spec no longer says which icon font it keeps"
    solid = next(f for f in qtawesome._BUNDLED_FONTS if f[0] == "fa6s")
    assert solid[1].startswith(kept.group(1)) and solid[2].startswith(kept.group(1))
