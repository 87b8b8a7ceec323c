"""The app in Spanish: chosen at start from the setting, or switched with View > Language while
a workshop stays open (same file, same undo history); and the UI catalogue's coverage."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot

from facilitator.services.demo import create_demo
from facilitator.ui.kit import translator
from tests.ui_runner_helpers import open_window

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "i18n" / "facilitator_es.ts"
UI = ROOT / "facilitator" / "ui"


@pytest.fixture(autouse=True)
def english_again() -> Iterator[None]:
    yield
    translator.install("en")  # the next test starts in English, as the suite expects


@pytest.fixture
def demo(tmp_path: Path) -> Path:
    path = tmp_path / "d.workshop"
    create_demo(path).close()
    return path


def menu_titles(window) -> list[str]:  # type: ignore[no-untyped-def]
    return [a.text() for a in window.menuBar().actions()]


def language_action(window, code: str) -> QAction:  # type: ignore[no-untyped-def]
    menu = window.findChild(QMenu, "languageMenu")
    assert menu is not None, "View > Language is missing"
    return next(a for a in menu.actions() if a.data() == code)


def test_switch_to_spanish_and_back_while_the_workshop_stays_open(qtbot: QtBot,
                                                                   demo: Path) -> None:
    window = open_window(qtbot, demo)
    workshop, page = window.workshop, window.page
    window.go_to_item(2)
    assert menu_titles(window)[:3] == ["&File", "&Edit", "&View"]

    language_action(window, "es").trigger()
    assert menu_titles(window)[:3] == ["&Archivo", "&Editar", "&Ver"]
    assert "&Reunión" in menu_titles(window)
    texts = [a.text() for a in window.menu("File").actions()]
    assert "&Nuevo taller…" in texts and "&Documentos impresos…" in texts
    assert window.actions_by_name["next"].iconText() == "Siguiente"   # the toolbar too
    assert window.findChild(QMenu, "languageMenu").title() == "&Idioma"
    # The session is untouched: same open file, same page, same item.
    assert window.workshop is workshop and window.page is page
    assert window.page.runner.current == 2
    assert window.settings.value("ui/language") == "es"

    # A dialog opened now speaks Spanish from the start.
    from facilitator.ui.shell.handouts_dialog import HandoutsDialog
    dialog = HandoutsDialog(window)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Documentos impresos"
    assert dialog.generate_button.text() == "&Escribir documentos"

    language_action(window, "en").trigger()
    assert menu_titles(window)[:3] == ["&File", "&Edit", "&View"]
    assert window.actions_by_name["next"].iconText() == "Next"
    assert window.workshop is workshop


def test_the_app_starts_in_spanish_when_the_setting_says_so(qtbot: QtBot, demo: Path) -> None:
    translator.install("es")   # what app.run does when ui/language is "es"
    window = open_window(qtbot, demo)
    assert menu_titles(window)[:3] == ["&Archivo", "&Editar", "&Ver"]
    assert window.actions_by_name["toggle"].text() in ("&Iniciar el temporizador",
                                                       "&Pausar el temporizador")


def test_without_a_compiled_catalogue_the_ts_is_read(monkeypatch: pytest.MonkeyPatch,
                                                      tmp_path: Path) -> None:
    real = translator.catalogue_path

    def no_qm(language: str, suffix: str) -> Path:
        return tmp_path / "missing.qm" if suffix == "qm" else real(language, suffix)

    monkeypatch.setattr(translator, "catalogue_path", no_qm)
    translator.install("es")
    from PySide6.QtCore import QCoreApplication
    assert QCoreApplication.translate("Menu", "&File") == "&Archivo"


# Coverage of the UI catalogue -------------------------------------------------------------------
def ts_messages() -> list[tuple[str, str, bool]]:
    root = ET.parse(TS).getroot()
    out = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            done = translation is not None and bool(translation.text) and \
                translation.get("type") not in ("unfinished", "obsolete", "vanished")
            out.append((name, message.findtext("source") or "", done))
    return out


VISIBLE_CALLS = ("setText", "setWindowTitle", "setToolTip", "setStatusTip", "setTitle",
                 "setAccessibleName", "setAccessibleDescription", "setPlaceholderText",
                 "addMenu", "addAction", "addItem", "addRow", "QLabel", "QPushButton",
                 "QCheckBox", "QGroupBox", "QAction", "QRadioButton", "showMessage",
                 "show_error", "addButton", "QToolButton")


def unwrapped_ui_strings() -> dict[str, int]:
    """Literal English text handed straight to a visible Qt text (not through translate), per
    module: the UI strings still to wrap."""
    found: dict[str, int] = {}
    for path in sorted(UI.rglob("*.py")):
        count = 0
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = node.func.attr if isinstance(node.func, ast.Attribute) else \
                getattr(node.func, "id", "")
            if name not in VISIBLE_CALLS:
                continue
            for arg in node.args[:2]:
                text = arg.value if isinstance(arg, ast.Constant) else None
                if isinstance(arg, ast.JoinedStr):
                    text = "".join(v.value for v in arg.values if isinstance(v, ast.Constant))
                if isinstance(text, str) and re.search(r"[A-Za-z]{2}", text):
                    count += 1
                    break
        found[str(path.relative_to(UI))] = count
    return found


def test_every_ui_string_in_the_catalogue_has_spanish() -> None:
    messages = ts_messages()
    missing = [f"{context}: {source!r}" for context, source, done in messages if not done]
    unwrapped = unwrapped_ui_strings()
    wrapped_modules = sorted(m for m, n in unwrapped.items() if n == 0 and "translate" in
                             (UI / m).read_text(encoding="utf-8"))
    left = sum(unwrapped.values())
    print(f"\nSpanish coverage, UI: {len(messages) - len(missing)} / {len(messages)} wrapped "
          f"strings translated; about {left} literal UI strings not wrapped yet, in "
          f"{sum(1 for n in unwrapped.values() if n)} modules")
    print("  wrapped modules: " + ", ".join(wrapped_modules))
    print("  still to wrap: " + ", ".join(f"{m} ({n})" for m, n in sorted(unwrapped.items())
                                          if n))
    assert len(messages) > 100
    assert not missing, "UI strings with no Spanish in facilitator_es.ts: " + "; ".join(missing)


def test_the_catalogue_holds_every_wrapped_string(tmp_path: Path) -> None:
    """A string wrapped in the code but not collected into the .ts (run ./dev i18n) fails."""
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    fresh = tmp_path / "fresh.ts"
    fresh.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
                     '<TS version="2.1" language="es"></TS>\n', encoding="utf-8")
    sources = sorted(str(p) for p in UI.rglob("*.py"))
    subprocess.run([str(lupdate), "-silent", *sources, "-ts", str(fresh)], check=True,
                   capture_output=True, timeout=120)
    wanted = {(c.findtext("name"), m.findtext("source"))
              for c in ET.parse(fresh).getroot().iter("context") for m in c.iter("message")}
    have = {(context, source) for context, source, _ in ts_messages()}
    assert wanted, "lupdate found nothing"
    assert not wanted - have, f"not in facilitator_es.ts (run ./dev i18n): {wanted - have}"
