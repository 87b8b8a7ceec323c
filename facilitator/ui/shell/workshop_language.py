"""Meeting > Workshop language: English / Español, the language of the open workshop's template
text (agenda, questions, worksheets, notes) on the laptop, the projector and the handouts.

Chosen at File > New; this changes it later (a workshop made before workshops had a language
reads English until then). It is a property of the document, apart from View > Language (the
app's own words, the user's preference): a bilingual facilitator can run the app in English
and a workshop in Spanish. One undo step; nothing the room typed or picked changes, since the
file keeps the template's own words and only the screens show them translated.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QAction, QActionGroup
from shiboken6 import isValid

from facilitator.services.changes import ChangeKind
from facilitator.services.workshop import set_language
from facilitator.ui.kit import translator
from facilitator.ui.kit.service_command import ServiceCommand

Window = Any  # facilitator.ui.shell.main_window.MainWindow
translate = QCoreApplication.translate
TITLE = QT_TRANSLATE_NOOP("Meeting", "Workshop &language")


def change_workshop_language(window: Window, language: str) -> bool:
    """Show the open workshop in `language`: one undo step. False when nothing changed."""
    ws = window.workshop
    if ws is None or window.undo_stack is None or ws.language == language:
        return False
    if ws.readonly:
        window.show_error(translate("Meeting", "This workshop is open read-only: its language "
                                    "cannot be changed."))
        return False
    old = ws.language
    window.undo_stack.push(ServiceCommand(
        translate("Meeting", "Workshop language"), window.hub,
        do=lambda: set_language(ws, language), undo=lambda: set_language(ws, old)))
    return ws.language == language


def show_again(window: Window) -> None:
    """The template's text in the workshop's (new) language on both screens: the agenda's
    titles, the current item (built again; a field being typed in is saved first), the
    projector and the window's title. The undo history, the clock and the item stay."""
    page = window.page
    if page is None or window.workshop is None:
        return
    page.agenda.retitle(window.workshop.shown.agenda)
    page.show_current()
    if window.presenter is not None:
        window.presenter.show_item()
    window._update_title()


def install(window: Window) -> QAction:
    """Add Meeting > Workshop language; returns the submenu's action."""
    menu = window.menu("Meeting").addMenu(translate("Meeting", TITLE))
    menu.setObjectName("workshopLanguageMenu")
    group = QActionGroup(menu)
    for code, name in translator.LANGUAGES:   # each language named in itself
        action = QAction(name, menu)
        action.setCheckable(True)
        action.setData(code)
        action.triggered.connect(lambda _checked=False, c=code: change_workshop_language(window,
                                                                                         c))
        group.addAction(action)
        menu.addAction(action)

    def update() -> None:
        if not isValid(menu):   # the window is closing: its menus went first
            return
        ws = window.workshop
        menu.setEnabled(ws is not None and not ws.readonly)
        for action in menu.actions():
            action.setChecked(ws is not None and action.data() == ws.language)

    def on_changed(changed: object) -> None:
        if getattr(changed, "what", None) is ChangeKind.LANGUAGE:
            show_again(window)
            update()

    menu.aboutToShow.connect(update)
    window.hub.changed.connect(on_changed)
    window.workshop_changed.connect(update)
    update()
    return menu.menuAction()
