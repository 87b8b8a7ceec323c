"""View > Language: System / English / Español, switched while the workshop stays open.

The choice is remembered (setting ui/language); "System" follows the computer's language at
the next start. Switching installs the translators and retranslates the open windows' texts in
place (ui.kit.translator.retranslate): no window is rebuilt, nothing is closed or reopened.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QAction, QActionGroup

from facilitator.ui.kit import translator

Window = Any  # facilitator.ui.shell.main_window.MainWindow

CHOICES = ((translator.SYSTEM, QT_TRANSLATE_NOOP("Language", "System language")),
           ("en", "English"), ("es", "Español"))  # a language is named in itself


def switch(window: Window, choice: str) -> None:
    """Use `choice` ("system", "en" or "es") now and from the next start on."""
    window.settings.setValue(translator.SETTING, choice)
    old = translator.current
    new = translator.system_language() if choice == translator.SYSTEM else choice
    if new == old:
        return
    translator.install(new)
    translator.retranslate(old, new)


def install(window: Window) -> QAction:
    """Add View > Language; returns the submenu's action."""
    menu = window.menu("View").addMenu(
        QCoreApplication.translate("Language", "&Language"))
    menu.setObjectName("languageMenu")
    group = QActionGroup(menu)
    chosen = str(window.settings.value(translator.SETTING, translator.SYSTEM))
    for code, label in CHOICES:
        action = QAction(QCoreApplication.translate("Language", label), menu)
        action.setCheckable(True)
        action.setChecked(code == chosen)
        action.setData(code)
        action.triggered.connect(lambda _checked=False, c=code: switch(window, c))
        group.addAction(action)
        menu.addAction(action)
    return menu.menuAction()
