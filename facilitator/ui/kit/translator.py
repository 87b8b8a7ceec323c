"""The app's language: Qt translators for our strings and Qt's own, chosen from a setting or the
system, and switched while a workshop stays open.

Our strings are wrapped with QCoreApplication.translate / QT_TRANSLATE_NOOP; their Spanish is
kept in resources/i18n/facilitator_es.ts (the source, edited with Qt Linguist or by hand) and
compiled to facilitator_es.qm by `./dev setup` (pyside6-lrelease, shipped with
PySide6-Essentials). Where no .qm was built (a wheel made straight from a clone, a platform
without lrelease), the .ts itself is read: Spanish never depends on a build step having run.

Switching language live: Qt's translators answer new translate() calls, but texts already set
on widgets stay. `retranslate` walks the open windows and swaps every text that is a known
source or translation (menus, actions, labels, buttons, titles, tooltips, accessible names)
for its form in the new language. Nothing is rebuilt, so the open workshop, its undo history,
what is being typed and the focus stay as they are. Texts built from values ("Item 2 of 5 · 10
min planned") are matched against the catalogue's sentences with placeholders and swapped with
their values kept; item views repaint (their models translate as they are asked), and a widget
that builds its texts itself redoes them on Qt's LanguageChange event.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QSettings, QTranslator
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QTreeWidget,
    QWidget,
)

from facilitator.resources import resource_path

LANGUAGES: tuple[tuple[str, str], ...] = (("en", "English"), ("es", "Español"))
SETTING = "ui/language"  # "en", "es", or missing / "system": follow the system's language
SYSTEM = "system"
MAX_TS_BYTES = 2_000_000  # our catalogue is a few dozen kB; a bigger file is not ours

_installed: list[QTranslator] = []
current = "en"  # the language Qt translates into now
_tables: dict[str, dict[str, str]] = {}
_by_context: dict[str, dict[tuple[str, str], str]] = {}
# A sentence with values is swapped only when its own words are this many letters or more
# ("Item {number} of {count}..."): a short one ("Group {number}") could be the room's own text.
PATTERN_MIN_LETTERS = 8


def system_language() -> str:
    return "es" if QLocale.system().language() == QLocale.Language.Spanish else "en"


def chosen_language(settings: QSettings) -> str:
    """The language the setting names, or the system's when it says "system" (or nothing)."""
    value = str(settings.value(SETTING, SYSTEM) or SYSTEM)
    return value if value in dict(LANGUAGES) else system_language()


def catalogue_path(language: str, suffix: str) -> Path:
    return resource_path("i18n", f"facilitator_{language}.{suffix}")


def ts_table(language: str) -> dict[str, str]:
    """Source -> translation for every finished message of our .ts (all contexts; a source
    translated differently in two contexts gets its most common translation)."""
    if language in _tables:
        return _tables[language]
    import xml.etree.ElementTree as ET  # only when Spanish is wanted: not on the start-up path

    by_context: dict[tuple[str, str], str] = {}
    path = catalogue_path(language, "ts")
    try:
        if path.stat().st_size <= MAX_TS_BYTES:
            # A .ts is our own file, shipped with the app: no entities, no DTD is read.
            root = ET.fromstring(path.read_bytes())
            for context in root.iter("context"):
                name = context.findtext("name") or ""
                for message in context.iter("message"):
                    source, translation = message.findtext("source"), message.find("translation")
                    if source and translation is not None and translation.text and \
                            translation.get("type") not in ("unfinished", "obsolete", "vanished"):
                        by_context[(name, source)] = translation.text
    except (OSError, ET.ParseError):
        by_context = {}
    votes: dict[str, Counter[str]] = {}
    for (_name, source), text in by_context.items():
        votes.setdefault(source, Counter())[text] += 1
    table = {source: counts.most_common(1)[0][0] for source, counts in votes.items()}
    _tables[language], _by_context[language] = table, by_context
    return table


class TsTranslator(QTranslator):
    """Answers from the .ts when no compiled .qm is there (same translations, read directly)."""

    def __init__(self, table: dict[str, str], parent: QObject | None = None,
                 by_context: dict[tuple[str, str], str] | None = None) -> None:
        super().__init__(parent)
        self._table = table
        self._by_context = by_context or {}

    def isEmpty(self) -> bool:
        return not self._table

    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str:
        return self._by_context.get((context, source)) or self._table.get(source, "")


def install(language: str, app: QCoreApplication | None = None) -> str:
    """Make `language` the one Qt translates into (removing the previous); returns it."""
    global current
    app = app or QCoreApplication.instance()
    assert app is not None
    current = language
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    if language == "en":
        return language
    ours = QTranslator(app)
    if not ours.load(str(catalogue_path(language, "qm"))):
        ours = TsTranslator(ts_table(language), app, _by_context.get(language))
    qt_own = QTranslator(app)  # Qt's standard buttons and dialogs (OK, Cancel, Close...)
    if qt_own.load(f"qtbase_{language}",
                   QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_own)
        _installed.append(qt_own)
    app.installTranslator(ours)
    _installed.append(ours)
    return language


def _swap_table(old: str, new: str) -> dict[str, str]:
    """Text in `old` -> the same text in `new`, for every string of our catalogue."""
    spanish = ts_table("es")
    if old == new:
        return {}
    if old == "en":
        return dict(spanish) if new == "es" else {}
    back = {translated: source for source, translated in spanish.items()}
    return back if new == "en" else {}


Pattern = tuple[str, "re.Pattern[str]", str, tuple[str, ...]]


def _patterns(table: dict[str, str]) -> list[Pattern]:
    """(longest fixed part, regex, translation, placeholder names) for every sentence with
    values: "Item {number} of {count}" matches "Item 2 of 5" and gives "Punto 2 de 5"."""
    out = []
    for source, target in table.items():
        parts = re.split(r"\{(\w+)\}", source)
        fixed, names = parts[0::2], tuple(parts[1::2])
        if not names or len(set(names)) != len(names) or \
                sum(c.isalpha() for c in "".join(fixed)) < PATTERN_MIN_LETTERS:
            continue
        regex = "".join(re.escape(text) + (f"(?P<{name}>.+?)" if i < len(names) else "")
                        for i, (text, name) in enumerate(zip(fixed, (*names, ""), strict=True)))
        out.append((max(fixed, key=len), re.compile(regex + r"\Z", re.DOTALL), target, names))
    return out


def _swap_formatted(text: str, patterns: list[Pattern]) -> str | None:
    for key, regex, target, names in patterns:
        if key in text:
            match = regex.match(text)
            if match is not None:
                try:
                    return target.format(**{name: match[name] for name in names})
                except (KeyError, IndexError, ValueError):
                    return None
    return None


def _walk(roots: Iterable[QObject]) -> Iterable[QObject]:
    for root in roots:
        yield root
        yield from root.findChildren(QObject)


def retranslate(old: str, new: str, roots: Iterable[QObject] | None = None) -> int:
    """Swap every known text of the open windows from `old` to `new`; returns how many."""
    table = _swap_table(old, new)
    if not table:
        return 0
    roots = list(roots) if roots is not None else list(QApplication.topLevelWidgets())
    changed = 0
    patterns = _patterns(table)

    def swap(getter, setter) -> None:  # type: ignore[no-untyped-def]
        nonlocal changed
        text = getter()
        if not text:
            return
        new = table.get(text) or _swap_formatted(text, patterns)
        if new is not None and new != text:
            setter(new)
            changed += 1

    for obj in _walk(roots):
        if isinstance(obj, QAction):
            swap(obj.text, obj.setText)
            swap(obj.toolTip, obj.setToolTip)
            swap(obj.iconText, obj.setIconText)
        if isinstance(obj, QMenu):
            swap(obj.title, obj.setTitle)
        if isinstance(obj, QWidget):
            swap(obj.windowTitle, obj.setWindowTitle)
            swap(obj.toolTip, obj.setToolTip)
            swap(obj.accessibleName, obj.setAccessibleName)
            swap(obj.accessibleDescription, obj.setAccessibleDescription)
        if isinstance(obj, QLabel | QAbstractButton):
            swap(obj.text, obj.setText)
        if isinstance(obj, QGroupBox):
            swap(obj.title, obj.setTitle)
        if isinstance(obj, QLineEdit):
            swap(obj.placeholderText, obj.setPlaceholderText)
        if isinstance(obj, QComboBox):
            for index in range(obj.count()):
                swap(lambda i=index, box=obj: box.itemText(i),
                     lambda text, i=index, box=obj: box.setItemText(i, text))
        if isinstance(obj, QTreeWidget):   # the agenda's column headings
            header = obj.headerItem()
            for column in range(header.columnCount()):
                swap(lambda c=column, h=header: h.text(c),
                     lambda text, c=column, h=header: h.setText(c, text))
        if isinstance(obj, QAbstractItemView):   # models translate as they are asked: repaint
            obj.viewport().update()
    return changed
