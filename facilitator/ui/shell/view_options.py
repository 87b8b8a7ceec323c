"""View > High contrast and View > Large type: remembered in the settings, applied at once to
the whole application, and the open worksheets rebuilt in the new size."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QAction

from facilitator.ui.kit import theme
from facilitator.ui.kit.style import MAIN_STYLE

if TYPE_CHECKING:
    from facilitator.ui.shell.main_window import MainWindow

OPTIONS = (("high_contrast", QT_TRANSLATE_NOOP("View", "&High contrast"), "view/high_contrast",
            QT_TRANSLATE_NOOP("View", "Black on white with strong frames, and a thick frame "
                              "around the focused control")),
           ("large_type", QT_TRANSLATE_NOOP("View", "&Large type"), "view/large_type",
            QT_TRANSLATE_NOOP("View", "Every text in the app about 40% larger")))
translate = QCoreApplication.translate


def install(window: MainWindow) -> dict[str, QAction]:
    """Add the two options to the View menu and apply the remembered ones."""
    menu = window.menu("View")
    menu.addSeparator()
    made: dict[str, QAction] = {}
    for name, text, key, tip in OPTIONS:
        action = QAction(translate("View", text), window)
        action.setObjectName(f"action:{name}")
        action.setCheckable(True)
        action.setChecked(window.settings.value(key, False, type=bool))
        action.setStatusTip(translate("View", tip))
        action.setToolTip(translate("View", tip))
        menu.addAction(action)
        window.actions_by_name[name] = action
        made[name] = action
    for name, _text, key, _tip in OPTIONS:
        made[name].toggled.connect(lambda on, k=key: _changed(window, k, on))
    apply(window)
    return made


def _changed(window: MainWindow, key: str, on: bool) -> None:
    window.settings.setValue(key, on)
    apply(window)
    if window.page is not None:   # worksheets size their fonts when built: build them again
        window.page.set_zoom(window.zoom)
    words = [translate("View", text).replace("&", "") for name, text, _k, _t in OPTIONS
             if window.actions_by_name[name].isChecked()]
    window.statusBar().showMessage(translate("View", "Display: {options}").format(
        options=", ".join(words) or translate("View", "standard")), 4000)


def apply(window: MainWindow) -> None:
    actions = window.actions_by_name
    moved = theme.apply(contrast=actions["high_contrast"].isChecked(),
                        large=actions["large_type"].isChecked())
    style = theme.window_style(MAIN_STYLE)
    # Set again after a change even if the same text: a style sheet fixes its widgets' fonts
    # when it is set, so only that brings the new type size in. Unchanged: nothing to redo.
    if moved or window.styleSheet() != style:
        window.setStyleSheet(style)
