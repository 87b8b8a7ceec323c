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
def english_again(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
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
def ts_messages(ts: Path = TS) -> list[tuple[str, str, list[str], bool]]:
    """(context, source, translations, finished) for every message; a plural message has one
    translation per form, all of which must be there."""
    root = ET.parse(ts).getroot()
    out = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            forms = [] if translation is None else (
                [f.text or "" for f in translation.iter("numerusform")]
                if message.get("numerus") == "yes" else [translation.text or ""])
            done = translation is not None and bool(forms) and all(f.strip() for f in forms) \
                and translation.get("type") not in ("unfinished", "obsolete", "vanished")
            out.append((name, message.findtext("source") or "", forms, done))
    return out


# Qt calls that put text on screen (or in a screen reader's ear), and our own helpers that do.
TEXT_CALLS = frozenset({
    "setText", "setToolTip", "setStatusTip", "setWhatsThis", "setWindowTitle", "setTitle",
    "setAccessibleName", "setAccessibleDescription", "setPlaceholderText", "setIconText",
    "setSuffix", "setPrefix", "setSpecialValueText", "setLabelText", "setInformativeText",
    "setItemText", "setTabText", "setHeaderLabels", "setHorizontalHeaderLabels", "addItems",
    "addAction", "addMenu", "addItem", "addRow", "addTab", "addButton", "showMessage",
    "QAction", "QLabel", "QPushButton", "QCheckBox", "QRadioButton", "QGroupBox", "QToolButton",
    "QMenu", "QToolBar", "QListWidgetItem", "QTreeWidgetItem", "QTableWidgetItem",
    "information", "warning", "critical", "question", "about",
    "getOpenFileName", "getSaveFileName", "getExistingDirectory", "getText", "getItem",
    # ours: messages, projector words, undo steps
    "show_error", "_status", "emit", "paragraph", "band", "heading", "note", "_heading",
    "_label", "_placeholder", "ServiceCommand", "__init__",
})
# Where a call's text is, when not every argument is text: (positions) or "first text".
TEXT_ARGS = {"getOpenFileName": (1, 3), "getSaveFileName": (1, 3),
             "getExistingDirectory": (1,), "information": (1, 2), "warning": (1, 2),
             "critical": (1, 2), "question": (1, 2), "about": (1, 2), "_label": (1,),
             "addItem": "first text"}   # addItem(text, data) or addItem(icon, text, data)
# Literal text that is not a word of any language (the check only looks at text with letters).
NOT_WORDS = frozenset({"·", "%", "—", "…", "▾", "0:00"})


def _literal(node: ast.expr) -> str | None:
    """The words of a string written in the code (an f-string's fixed parts), or None."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(v.value for v in node.values
                       if isinstance(v, ast.Constant) and isinstance(v.value, str))
    if isinstance(node, ast.BinOp):   # "text " + value
        return "".join(t for t in (_literal(node.left), _literal(node.right)) if t) or None
    if isinstance(node, ast.IfExp):   # "a" if x else "b"
        return "".join(t for t in (_literal(node.body), _literal(node.orelse)) if t) or None
    if isinstance(node, ast.List | ast.Tuple):   # setHeaderLabels(["A", "B"])
        return "".join(t for t in map(_literal, node.elts) if t) or None
    return None


def _text_args(name: str, call: ast.Call) -> list[ast.expr]:
    args = list(call.args)
    where = TEXT_ARGS.get(name)
    if where == "first text":
        return args[1:2] if len(args) >= 3 else args[:1]
    if isinstance(where, tuple):
        return [args[i] for i in where if i < len(args)]
    return args + [k.value for k in call.keywords if k.arg in ("text", "title")]


def untranslated_ui_text(ui: Path = UI) -> list[str]:
    """Every literal with words handed straight to a visible text (not through translate)."""
    found = []
    for path in sorted(ui.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = node.func.attr if isinstance(node.func, ast.Attribute) else \
                getattr(node.func, "id", "")
            if name not in TEXT_CALLS:
                continue
            for arg in _text_args(name, node):
                text = _literal(arg)
                if text and text.strip() not in NOT_WORDS and re.search(r"[A-Za-z]{2}", text):
                    found.append(f"{path.relative_to(ui)}:{node.lineno}: {name}({text!r})")
    return found


def test_no_ui_text_skips_translation() -> None:
    """A label, button, menu entry, tooltip, accessible name, placeholder, status or error
    message, dialog text or projector word written in English in facilitator/ui must go through
    translate() / QT_TRANSLATE_NOOP, or Spanish users see it in English."""
    found = untranslated_ui_text()
    assert not found, f"{len(found)} UI texts not translatable:\n" + "\n".join(found)


PLACEHOLDER = re.compile(r"\{\w+\}|%n|%\d")


def test_every_ui_string_in_the_catalogue_has_spanish() -> None:
    messages = ts_messages()
    missing = [f"{context}: {source!r}" for context, source, _forms, done in messages if not done]
    done = len(messages) - len(missing)
    print(f"\nSpanish coverage, UI: {done} / {len(messages)} strings translated")
    assert len(messages) > 500
    assert not missing, "UI strings with no Spanish in facilitator_es.ts: " + "; ".join(missing)
    # A translation keeps every value the code puts in, and a menu entry keeps its Alt key.
    wrong = [f"{context}: {source!r} -> {form!r}" for context, source, forms, _ in messages
             for form in forms
             if set(PLACEHOLDER.findall(source)) != set(PLACEHOLDER.findall(form))
             or ("&" in source.replace("&nbsp;", "")) != ("&" in form.replace("&nbsp;", ""))]
    assert not wrong, "translations that lose a value or an accelerator: " + "; ".join(wrong)


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
    have = {(context, source) for context, source, _forms, _done in ts_messages()}
    assert wanted, "lupdate found nothing"
    assert not wanted - have, f"not in facilitator_es.ts (run ./dev i18n): {wanted - have}"


# Switching with the session in full swing -------------------------------------------------------
def _visible_texts(root) -> list[str]:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QAbstractButton, QLabel

    return [w.text() for kind in (QLabel, QAbstractButton) for w in root.findChildren(kind)
            if w.isVisibleTo(root) and w.text()]


def test_switching_language_mid_session_keeps_the_typing_and_the_clock(qtbot: QtBot,
                                                                        tmp_path: Path) -> None:
    """On the brainstorm item, the timer running, a card half typed in a lane's box: View >
    Language > Español turns the window's words Spanish (menus, worksheet controls, timer,
    agenda, the item's line) while the box keeps its text and the focus, the clock keeps
    running and the undo history stays; Enter then adds the card as typed."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication, QLineEdit

    from facilitator.services.ideas import read_ideas
    from facilitator.services.workshop import open_workshop
    from tests.helpers import make_workshop
    from tests.worksheet_support import press, type_text

    path = make_workshop(tmp_path, "attract-retain")
    window = open_window(qtbot, path)
    workshop, page = window.workshop, window.page
    item = workshop.template.item_of("brainstorm")
    window.go_to_item(item)
    window.actions_by_name["toggle"].trigger()
    assert page.runner.running
    undo_steps = window.undo_stack.count()
    board = window.block_widget("brainstorm")
    table = window.block_widget("initiatives-organization")
    box = next(iter(board.add_boxes.values()))
    box.setFocus()
    type_text(qtbot, "Mas recreo")          # an edit in progress: not committed yet
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit) and editor is box and box.text() == "Mas recreo"
    english = set(_visible_texts(page))
    assert {"Votes from:", "Assign subgroups…", "Pause", "On the projector"} & english

    language_action(window, "es").trigger()
    qtbot.waitUntil(lambda: page.agenda.headerItem().text(0) == "Inicio", timeout=2000)

    # What was typed is still being typed, in the same editor; the session is the same one.
    assert QApplication.focusWidget() is editor and editor.text() == "Mas recreo"
    assert window.workshop is workshop and window.page is page
    assert page.runner.current == item and page.runner.running
    assert window.undo_stack.count() == undo_steps
    # The words are Spanish: menus, the worksheet's own controls, the clock, the item's line.
    assert menu_titles(window)[:3] == ["&Archivo", "&Editar", "&Ver"]
    assert board.voter_label.text() == "Votos de:"
    assert {b.placeholderText() for b in board.add_boxes.values()} == \
        {"Agregar una tarjeta… (Intro)"}
    assert board.tally_model.headerData(0, Qt.Orientation.Horizontal) == "Tarjeta"
    assert table.view.accessibleDescription().startswith("Escriba para llenar")
    assert page.timer_panel.buttons["start"].text() == "Pausar"
    assert page.timer_panel.status.text().endswith("En marcha")
    assert page.meta.text().startswith(f"Punto {item + 1} de ")
    assert page.side.assign.text() == "Asignar subgrupos…"
    spanish = translator.ts_table("es")
    left = [t for t in _visible_texts(page) if spanish.get(t, t) != t]
    assert not left, f"still in English after switching: {left}"

    press(qtbot, Qt.Key.Key_Return)          # the edit goes on and is saved as typed
    with open_workshop(path, readonly=True) as ws:
        assert "Mas recreo" in [i.text for i in read_ideas(ws, "brainstorm")]

    language_action(window, "en").trigger()
    qtbot.waitUntil(lambda: page.agenda.headerItem().text(0) == "Start", timeout=2000)
    assert board.voter_label.text() == "Votes from:"
    assert page.timer_panel.buttons["start"].text() == "Pause"
    assert page.runner.running and window.page is page
