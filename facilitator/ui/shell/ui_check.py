"""`facilitator open FILE --exit-after-load --check-ui`: what this installation really built.

A packaging smoke test needs more than "the window opened": a wheel or a bundle that lost a
module still paints a window. This lists every menu of the menu bar with its entries, the
features that failed to install, and builds every worksheet of every agenda item twice (the
facilitator's editable widget and the projector's read-only one) through the same registry the
window uses. Nothing is stored: the current item does not change and no widget is edited.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMenu

from facilitator.ui.worksheets.registry import create_block_widget

if TYPE_CHECKING:
    from facilitator.ui.shell.main_window import MainWindow


def _entries(menu: QMenu) -> list[str]:
    out = []
    for action in menu.actions():
        if action.isSeparator():
            continue
        text = action.text().replace("&", "")
        out.append(f"{text} >" if action.menu() is not None else text)
    return out


def check_ui(window: MainWindow) -> tuple[list[str], bool]:
    """Lines to print, and whether everything a user needs was built."""
    lines: list[str] = []
    ok = True
    for action in window.menuBar().actions():
        menu = action.menu()
        if isinstance(menu, QMenu):
            title = action.text().replace("&", "")
            lines.append(f"menu {title}: {', '.join(_entries(menu))}")
    for name in window.features_missing:
        lines.append(f"feature {name}: FAILED")
        ok = False
    room, room_ok = _room_line()
    lines.append(room)
    ok = ok and room_ok
    page = window.page
    if page is None:
        lines.append("worksheets: FAILED (no workshop open)")
        return lines, False
    built: dict[str, int] = {}
    failed: dict[str, str] = {}
    for item in page.ws.shown.agenda:
        for block in item.blocks:
            kind = block.kind.value
            for readonly in (False, True):
                try:
                    widget = create_block_widget(page.context(readonly=readonly), block)
                except Exception as exc:  # report every kind, not only the first broken one
                    failed.setdefault(kind, f"{block.id}: {type(exc).__name__}: {exc}")
                    continue
                built[kind] = built.get(kind, 0) + 1
                widget.deleteLater()
    for kind in sorted(built.keys() | failed.keys()):
        if kind in failed:
            lines.append(f"worksheet {kind}: FAILED ({failed[kind]})")
            ok = False
        else:
            lines.append(f"worksheet {kind}: {built[kind]} built")
    return lines, ok


def _room_line() -> tuple[str, bool]:
    """Room mode's pieces are there (its server, the QR code, the interface list), without
    opening anything: a bundle that lost one would fail only when a facilitator opens a room."""
    try:
        import facilitator.room.server  # noqa: F401  (aiohttp, imported only for a room)
        from facilitator.ui.room.addresses import interfaces
        from facilitator.ui.room.qr import qr_matrix

        modules = len(qr_matrix("http://192.168.1.20:8765/abcdefghijklmnop/"))
        found = interfaces()
    except Exception as exc:  # say which piece is missing
        return f"room: FAILED ({type(exc).__name__}: {exc})", False
    return f"room: ready (QR {modules} modules, {len(found)} interfaces)", True
