"""Every icon in the app, by what it means. All qtawesome use goes through here.

qtawesome costs 0.2-0.3 s to import, so it is imported on the first `icon()` call, which the
window makes only after its first paint. If the icon fonts cannot load (a stripped-down build),
buttons keep their text and get no icon rather than failing.
"""

from __future__ import annotations

import sys
from functools import cache

from PySide6.QtGui import QIcon

NAMES: dict[str, str] = {
    "new": "fa6s.file-circle-plus",
    "open": "fa6s.folder-open",
    "demo": "fa6s.wand-magic-sparkles",
    "home": "fa6s.house",
    "start": "fa6s.play",
    "pause": "fa6s.pause",
    "next": "fa6s.forward-step",
    "previous": "fa6s.backward-step",
    "plus-minute": "fa6s.plus",
    "minus-minute": "fa6s.minus",
    "rebalance": "fa6s.scale-balanced",
    "present": "fa6s.display",
    "blank": "fa6s.eye-slash",
    "undo": "fa6s.rotate-left",
    "redo": "fa6s.rotate-right",
    "zoom-in": "fa6s.magnifying-glass-plus",
    "zoom-out": "fa6s.magnifying-glass-minus",
    "subgroups": "fa6s.users",
    "alert": "fa6s.bell",
    "done": "fa6s.check",
    "clock": "fa6s.clock",
}


def loaded() -> bool:
    """True once qtawesome is imported: code that runs before the first paint checks this
    rather than pay for the import itself."""
    return "qtawesome" in sys.modules


@cache
def _solid_font() -> object:
    """Font Awesome 6 solid, the one icon font the app uses, loaded alone: qtawesome's own
    `icon()` loads all twelve of its fonts (6 MB, which the app bundle leaves out)."""
    import qtawesome
    from qtawesome.iconic_font import IconicFont

    files = next(f for f in qtawesome._BUNDLED_FONTS if f[0] == "fa6s")
    return IconicFont(files)


@cache
def icon(name: str, color: str = "#2b3a4a") -> QIcon:
    try:
        return _solid_font().icon(NAMES[name], color=color)  # type: ignore[attr-defined]
    except Exception:  # a missing icon must never stop the facilitator's session
        return QIcon()
