"""A Spanish workshop reads Spanish on the laptop and the projector: the template's own text
(agenda, questions, worksheets, labels, choices, statuses, quadrants, notes), the services'
refusals, the series label and dates. What the file keeps stays in the template's own words;
an English workshop is shown as before."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGraphicsView,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QTreeWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from facilitator.domain.localize import template_translation
from facilitator.domain.template_text import text_strings
from facilitator.services import actions, votes
from facilitator.services.errors import ServiceError
from facilitator.services.templates import find_template
from facilitator.services.workshop import NewParticipant, create_workshop, open_workshop
from facilitator.ui.kit import translator
from tests.helpers import make_workshop
from tests.ui_runner_helpers import open_window


@pytest.fixture(autouse=True)
def english_again(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    yield
    translator.install("en")  # the next test starts in English, as the suite expects


def _model_texts(view: QAbstractItemView) -> list[str]:
    model = view.model()
    if model is None:
        return []
    out = []
    try:
        columns, rows = model.columnCount(QModelIndex()), model.rowCount(QModelIndex())
    except TypeError:   # a list model (Qt keeps its columnCount private): one column
        columns, rows = 1, model.rowCount(QModelIndex())
    for column in range(columns):
        out.append(str(model.headerData(column, Qt.Orientation.Horizontal) or ""))
    for row in range(rows):
        out.append(str(model.headerData(row, Qt.Orientation.Vertical) or ""))
        for column in range(columns):
            index = model.index(row, column, QModelIndex())
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
                         Qt.ItemDataRole.AccessibleTextRole):
                out.append(str(model.data(index, role) or ""))
    return out


def screen_texts(root: QWidget) -> list[str]:
    """Every text the widgets under `root` show or read out: labels, buttons, boxes, group
    titles, tree and table cells and headings, combo entries, and the grid's drawn words."""
    texts = [root.windowTitle(), root.accessibleName()]
    for w in root.findChildren(QWidget):
        if not w.isVisibleTo(root):
            continue
        texts += [w.accessibleName(), w.accessibleDescription(), w.toolTip()]
        if isinstance(w, QLabel | QAbstractButton):
            texts.append(w.text())
        elif isinstance(w, QLineEdit):
            texts += [w.text(), w.placeholderText()]
        elif isinstance(w, QTextEdit | QPlainTextEdit):
            texts += [w.toPlainText(), w.placeholderText()]
        elif isinstance(w, QGroupBox):
            texts.append(w.title())
        elif isinstance(w, QComboBox):
            texts += [w.itemText(i) for i in range(w.count())]
        if isinstance(w, QTreeWidget):
            items = [w.topLevelItem(i) for i in range(w.topLevelItemCount())]
            texts += [item.text(c) for item in items for c in range(w.columnCount())]
        elif isinstance(w, QAbstractItemView):
            texts += _model_texts(w)
        if isinstance(w, QGraphicsView) and w.scene() is not None:
            for item in w.scene().items():
                for getter in ("toPlainText", "text"):
                    if hasattr(item, getter):
                        texts.append(str(getattr(item, getter)()))
    return [t for t in texts if t]


def english_left(texts: list[str], sentences: list[str]) -> list[str]:
    """The template's English sentences (that have Spanish) found among `texts`: a whole text,
    or inside one when the sentence is long enough not to be a word of Spanish."""
    joined = "\n".join(texts)
    whole = {t.strip() for t in texts}
    return [s for s in sentences
            if s in whole or (len(s.split()) >= 3 and s in joined)]


def _spanish_workshop(tmp_path: Path, template_id: str = "attract-retain",
                      **kwargs: object) -> Path:
    path = tmp_path / "es.workshop"
    create_workshop(path, find_template(template_id), language="es",
                    participants=[NewParticipant("Ana Núñez", "School counselor(s)"),
                                  NewParticipant("Ben Cho", "Social worker(s)")],
                    **kwargs).close()  # type: ignore[arg-type]
    return path


def test_a_spanish_workshop_shows_no_english_template_text_on_either_screen(
        qtbot: QtBot, tmp_path: Path) -> None:
    """Every agenda item of attract-retain, the app in Spanish: the laptop's page (agenda,
    title, questions, worksheets with their labels, rows, choices, categories, lanes, the
    grid's axes and quadrants, the notes) and the projector (title, questions, every page of
    the sheet) hold none of the template's English sentences; and they do show its Spanish."""
    path = _spanish_workshop(tmp_path)
    template = find_template("attract-retain")
    table = template_translation("attract-retain", "es")
    # (A sentence the Spanish itself quotes, such as a cited publication's title, may show.)
    english = [s for s in text_strings(template) if table.get(s, s) != s
               and not any(s in spanish for spanish in table.values())]
    assert len(english) > 100   # the whole template, participants' and facilitator's text
    translator.install("es")
    window = open_window(qtbot, path)
    assert window.workshop.language == "es"
    window.present()
    presenter = window.presenter
    assert presenter is not None
    seen_spanish = set()
    for index, item in enumerate(template.agenda):
        window.go_to_item(index)
        presenter.sheet.rebuild()
        laptop = screen_texts(window.page)
        projector = screen_texts(presenter) + presenter.sheet.all_texts()
        assert not english_left(laptop, english), (index, english_left(laptop, english)[:5])
        assert not english_left(projector, english), (index, english_left(projector, english)[:5])
        assert presenter.title.text() == table[item.title.strip()]
        assert window.page.title.text() == table[item.title.strip()]
        for question in item.questions:
            assert table[question.strip()] in presenter.questions.text()
        seen_spanish |= {t for t in laptop + projector if t in table.values()}
    # The grid's quadrants and axis, the brainstorm's lanes, a table's column: in Spanish.
    for word in ("¡Hágalo ahora!", "Facilidad de implementación", "Gran organización"):
        assert word in seen_spanish or any(word in t for t in seen_spanish), word
    assert window.windowTitle().startswith(table[template.title.strip()])
    window.stop_presenting()
    window.close_workshop()


def test_choices_and_statuses_show_in_spanish_and_are_stored_as_the_template_wrote_them(
        qtbot: QtBot, tmp_path: Path) -> None:
    """The check-in's tracker: its status column reads "no iniciado"; picking "en curso" in
    the sheet stores "in progress", which the handouts and the English screens read."""
    path = _spanish_workshop(tmp_path, "check-in", date="2027-01-12")
    with open_workshop(path) as ws:
        actions.add_action(ws, "tracker", "Revisar el horario")
    template = find_template("check-in")
    table = template_translation("check-in", "es")
    block = template.block("tracker")
    translator.install("es")
    window = open_window(qtbot, path)
    window.go_to_item(template.item_of("tracker"))
    sheet = window.block_widget("tracker")
    model = sheet.model
    status = model.columns.index(next(c for c in model.columns if c.key == "status"))
    index = model.index(0, status)
    assert model.data(index) == table[block.statuses[0]]          # "not started", in Spanish
    assert model.setData(index, table["in progress"])
    with open_workshop(path, readonly=True) as ws:
        assert actions.read_actions(ws, "tracker")[0].status == "in progress"
    assert model.data(model.index(0, status)) == table["in progress"]
    # The filter's statuses are Spanish too, and filter by what is stored.
    box = sheet.status_box
    spanish = [box.itemText(i) for i in range(box.count())]
    assert table["in progress"] in spanish and "in progress" not in spanish
    box.setCurrentIndex(box.findText(table["in progress"]))
    assert model.rowCount() == 1
    window.close_workshop()


def test_the_series_label_and_deadlines_follow_the_apps_language(qtbot: QtBot,
                                                                 tmp_path: Path) -> None:
    path = _spanish_workshop(tmp_path, "check-in", date="2027-01-12", time="15:30")
    with open_workshop(path) as ws:
        actions.add_action(ws, "tracker", "Revisar el horario", deadline="2027-02-03")
    table = template_translation("check-in", "es")
    meeting_name = table[find_template("check-in").meeting_name]
    translator.install("es")
    window = open_window(qtbot, path)
    assert window.page.series.text() == f"{meeting_name} 1 · 12 de enero de 2027"
    window.present()
    assert window.presenter is not None
    assert window.presenter.series.text() == f"{meeting_name} 1 · 12 de enero de 2027"
    window.go_to_item(find_template("check-in").item_of("tracker"))
    model = window.block_widget("tracker").model
    deadline = next(i for i, c in enumerate(model.columns) if c.key == "deadline")
    assert model.data(model.index(0, deadline)).startswith("3 de febrero de 2027")
    # The agenda's start times in the 24-hour style Spanish readers write ("15:30", no PM).
    starts = [window.page.agenda.topLevelItem(0).text(c)
              for c in range(window.page.agenda.columnCount())]
    assert "15:30" in starts and not any("PM" in t for t in starts)
    window.stop_presenting()
    window.close_workshop()


def test_a_vote_over_the_limit_is_refused_in_spanish(qtbot: QtBot, tmp_path: Path) -> None:
    path = _spanish_workshop(tmp_path)
    with open_workshop(path) as ws:
        from facilitator.services import ideas

        ideas.add_idea(ws, "brainstorm", "Más recreo", "job", "could")
        votes.set_votes_per_person(ws, "brainstorm", 1)
    translator.install("es")
    window = open_window(qtbot, path)
    window.go_to_item(find_template("attract-retain").item_of("brainstorm"))
    board = window.block_widget("brainstorm")
    with open_workshop(path, readonly=True) as ws:
        idea = ideas.read_ideas(ws, "brainstorm")[0].id
    ana = window.page.runner.state.participants[0].id
    from facilitator.ui.worksheets.ideas.commands import CastVote

    for _ in range(2):   # the second dot is over Ana's one vote
        window.undo_stack.push(CastVote(window.workshop, board.ctx.hub, idea, ana, 1, "Ana"))
    message = window.statusBar().currentMessage()
    assert message == ("Ana Núñez ya usó todos sus votos (1 voto): retire uno antes de volver "
                       "a votar."), message
    window.close_workshop()


def test_file_refusals_and_cell_checks_read_spanish() -> None:
    """The one-liners of storage and domain, as the UI shows them in Spanish; a message it
    does not know stays as it came."""
    from facilitator.ui.kit.service_words import shown_message

    translator.install("es")
    assert shown_message("/tmp/a.workshop: is already open for editing by another Facilitator "
                         "window; close it there first, or open it read-only") == (
        "/tmp/a.workshop: ya está abierto para editar en otra ventana de Facilitator; "
        "ciérrelo allí primero o ábralo en modo de solo lectura")
    assert shown_message("Not saved: the disk is full. Free some space, then try again.") == \
        "No guardado: el disco está lleno. Libere espacio y vuelva a intentarlo."
    assert shown_message("Fecha: '2026-13-01' is not a real date") == \
        "Fecha: «2026-13-01» no es una fecha que exista"
    assert shown_message("Something nobody wrote a pattern for") == \
        "Something nobody wrote a pattern for"
    translator.install("en")
    assert shown_message("Not saved: the disk is full. Free some space, then try again.") == \
        "Not saved: the disk is full. Free some space, then try again."


def test_an_english_workshop_is_shown_as_written(qtbot: QtBot, tmp_path: Path) -> None:
    """Made as before (no language given): English, even with the app in Spanish; its
    template text is the template's own, as before."""
    path = make_workshop(tmp_path, "attract-retain")
    template = find_template("attract-retain")
    translator.install("es")
    window = open_window(qtbot, path)
    assert window.workshop.language == "en" and window.workshop.shown == window.workshop.template
    for index, item in enumerate(template.agenda[:3]):
        window.go_to_item(index)
        assert window.page.title.text() == item.title
    window.close_workshop()


def test_a_file_from_schema_2_opens_as_english_after_its_upgrade(tmp_path: Path) -> None:
    from tests.reliability.support import make_version_2

    path = make_workshop(tmp_path, "attract-retain")
    make_version_2(path)
    with open_workshop(path) as ws:
        assert ws.language == "en" and ws.db.upgraded_from is not None
    connection = sqlite3.connect(path)
    try:
        assert connection.execute("SELECT language FROM workshop").fetchone()[0] == "en"
    finally:
        connection.close()


def test_the_handouts_of_a_spanish_workshop_are_spanish_by_default(tmp_path: Path) -> None:
    from tests.helpers import run_cli

    path = _spanish_workshop(tmp_path)
    out = tmp_path / "out"
    result = run_cli("handouts", str(path), "--kind", "packet", "--out", str(out))
    assert result.returncode == 0, result.stderr
    from pypdf import PdfReader

    pdf = next(out.glob("*.pdf"))
    text = "".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert "Gran organización" in text and "Great organization" not in text


def test_meeting_workshop_language_switches_both_screens_and_undoes(qtbot: QtBot,
                                                                     tmp_path: Path) -> None:
    """An English workshop (the app in English: a bilingual facilitator) is switched to
    Spanish from Meeting > Workshop language: the agenda, the item and the projector read
    Spanish at once, the file says so, the item and the undo history stay; Ctrl+Z brings the
    English back."""
    from PySide6.QtWidgets import QMenu

    path = make_workshop(tmp_path, "attract-retain")
    template = find_template("attract-retain")
    table = template_translation("attract-retain", "es")
    window = open_window(qtbot, path)
    window.go_to_item(2)
    window.present()
    presenter = window.presenter
    assert presenter is not None and presenter.title.text() == template.agenda[2].title
    steps = window.undo_stack.count()
    menu = window.findChild(QMenu, "workshopLanguageMenu")
    assert menu is not None, "Meeting > Workshop language is missing"
    spanish = next(a for a in menu.actions() if a.data() == "es")
    spanish.trigger()
    title = table[template.agenda[2].title.strip()]
    assert window.page.title.text() == title and presenter.title.text() == title
    assert window.page.agenda.topLevelItem(2).text(1) == f"3. {title}"
    assert window.page.runner.current == 2 and window.undo_stack.count() == steps + 1
    with open_workshop(path, readonly=True) as ws:
        assert ws.language == "es"
    window.undo_stack.undo()
    assert window.page.title.text() == template.agenda[2].title
    assert presenter.title.text() == template.agenda[2].title
    with open_workshop(path, readonly=True) as ws:
        assert ws.language == "en"
    window.stop_presenting()
    window.close_workshop()


def test_file_new_offers_the_template_in_spanish_by_default_in_a_spanish_app(
        qtbot: QtBot, tmp_path: Path) -> None:
    translator.install("es")
    window = open_window(qtbot, None)
    start = window.start_page
    assert start.language.currentData() == "es"        # the app's language to begin with
    index = start.template.findData("attract-retain")
    start.template.setCurrentIndex(index)
    table = template_translation("attract-retain", "es")
    assert start.template.currentText().startswith(table["Attract and retain mental health "
                                                         "support staff"])
    assert window.create_workshop_at(tmp_path / "nuevo.workshop", start.form())
    assert window.workshop.language == "es"
    assert window.page.title.text() == table[find_template("attract-retain").agenda[0].title]
    window.close_workshop()
    # An English choice makes an English workshop, and the list reads English again.
    start = window.start_page
    start.language.setCurrentIndex(start.language.findData("en"))
    start.template.setCurrentIndex(start.template.findData("attract-retain"))
    assert start.template.currentText().startswith("Attract and retain")
    assert window.create_workshop_at(tmp_path / "english.workshop", start.form())
    assert window.workshop.language == "en"
    window.close_workshop()


def test_phones_read_a_spanish_workshops_words_and_send_the_same_ids(tmp_path: Path) -> None:
    import aiohttp

    from facilitator.room.session import Activities
    from facilitator.services import ideas
    from tests.room_helpers import Phone, open_room, run

    path = _spanish_workshop(tmp_path)
    table = template_translation("attract-retain", "es")
    brainstorm = find_template("attract-retain").block("brainstorm")

    async def scenario() -> None:
        async with open_room(path, Activities(ideas="brainstorm", screened=False)) as \
                (_room, serving, ws), aiohttp.ClientSession() as http:
            phone = Phone(http, serving.address)
            state = await phone.state()
            assert state["ideas"]["title"] == table[brainstorm.title.strip()]
            assert [c["label"] for c in state["ideas"]["categories"]] == \
                [table[c.label] for c in brainstorm.categories]
            status, _ = await phone.send("idea", text="Mentoría", category="leaders",
                                         lane="could")
            assert status == 200
            assert [(i.category, i.lane) for i in ideas.read_ideas(ws, "brainstorm")] == \
                [("leaders", "could")]

    run(scenario)


def test_dump_and_load_keep_the_workshops_language(tmp_path: Path) -> None:
    from facilitator.services.dump import dump, load

    path = _spanish_workshop(tmp_path)
    with open_workshop(path, readonly=True) as ws:
        data = dump(ws)
    assert data["workshop"]["language"] == "es"
    with load(data, tmp_path / "copy.workshop") as copy:
        assert copy.language == "es"
    del data["workshop"]["language"]            # a dump from before workshops had a language
    with load(data, tmp_path / "old.workshop") as old:
        assert old.language == "en"
    data["workshop"]["language"] = "fr"
    with pytest.raises(ServiceError, match=r"workshop\.language: must be 'en' or 'es'"):
        load(data, tmp_path / "bad.workshop")
