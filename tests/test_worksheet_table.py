"""Table worksheets, edited with keys and clicks; the file always matches the screen."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QComboBox, QLineEdit
from pytestqt.qtbot import QtBot

from tests.helpers import dump
from tests.worksheet_support import PRESENTER_ZOOM, Harness, focused, make_harness, press, type_text

ENTER = Qt.Key.Key_Return
TAB = Qt.Key.Key_Tab


@pytest.fixture
def h(qtbot: QtBot, tmp_path: Path) -> Iterator[Harness]:
    harness = make_harness(qtbot, tmp_path, "attract-retain")
    yield harness
    harness.close()


@pytest.fixture
def kinds(qtbot: QtBot, tmp_path: Path) -> Iterator[Harness]:
    harness = make_harness(qtbot, tmp_path)
    yield harness
    harness.close()


def rows_of(h: Harness, block_id: str) -> list[dict]:
    return h.meeting()["tables"][block_id]


def cells(h: Harness, block_id: str, participant: int | None = None) -> dict[str, dict]:
    return {r["key"]: r["cells"] for r in rows_of(h, block_id) if r["participant"] == participant}


def test_whole_aspirations_table_is_typed_with_keys_only(h: Harness, qtbot: QtBot) -> None:
    table = h.widget("aspirations")
    h.focus(table.view)
    # The cursor starts on the first cell to fill in; Tab goes right, then on to the next row
    # (skipping the row labels), as in a spreadsheet.
    for text in ["Siloed", "One team", "Distant", "Trusted", "Overloaded", "Sustainable"]:
        type_text(qtbot, text)
        press(qtbot, TAB)
    assert [table.cell_text(r, "now") for r in range(3)] == ["Siloed", "Distant", "Overloaded"]
    assert [table.cell_text(r, "want") for r in range(3)] == ["One team", "Trusted",
                                                               "Sustainable"]
    saved = dump(h.path)["meetings"][0]["tables"]["aspirations"]  # `facilitator dump`
    assert {r["key"]: r["cells"] for r in saved} == {
        "organization": {"now": "Siloed", "want": "One team"},
        "leaders": {"now": "Distant", "want": "Trusted"},
        "job": {"now": "Overloaded", "want": "Sustainable"}}
    assert h.undo.count() == 6  # one undo step per finished cell, not per keystroke


def test_enter_commits_and_moves_down_and_shift_enter_breaks_the_line(h: Harness,
                                                                       qtbot: QtBot) -> None:
    table = h.widget("aspirations")
    h.focus(table.view)
    type_text(qtbot, "First line")
    press(qtbot, ENTER, Qt.KeyboardModifier.ShiftModifier)
    type_text(qtbot, "second line")
    press(qtbot, ENTER)
    type_text(qtbot, "Leaders")
    press(qtbot, ENTER)
    assert table.view.currentIndex().row() == 2
    assert cells(h, "aspirations")["organization"]["now"] == "First line\nsecond line"
    assert cells(h, "aspirations")["leaders"]["now"] == "Leaders"


def test_escape_cancels_and_nothing_is_saved(h: Harness, qtbot: QtBot) -> None:
    table = h.widget("aspirations")
    h.focus(table.view)
    type_text(qtbot, "Oops")
    press(qtbot, Qt.Key.Key_Escape)
    assert table.cell_text(0, "now") == ""
    assert h.undo.count() == 0
    assert rows_of(h, "aspirations")[0]["cells"] == {}


def test_undo_and_redo_restore_screen_and_file(h: Harness, qtbot: QtBot) -> None:
    table = h.widget("aspirations")
    h.focus(table.view)
    type_text(qtbot, "Siloed")
    press(qtbot, ENTER)
    h.undo.undo()
    assert table.cell_text(0, "now") == ""
    assert cells(h, "aspirations")["organization"].get("now", "") == ""
    h.undo.redo()
    assert table.cell_text(0, "now") == "Siloed"
    assert cells(h, "aspirations")["organization"]["now"] == "Siloed"


def test_checklist_ticks_by_space_and_click(h: Harness, qtbot: QtBot) -> None:
    table = h.widget("initiatives-organization")
    view = table.view
    view.setFocus()
    does, explore = table.column_of("does"), table.column_of("explore")
    assert view.currentIndex().column() == does  # the group and label columns are skipped
    press(qtbot, Qt.Key.Key_Space)  # tick "The district does this" for the first action
    press(qtbot, TAB)
    press(qtbot, TAB)  # the next row's first tick box
    press(qtbot, TAB)
    press(qtbot, Qt.Key.Key_Space)
    rect = view.visualRect(table.model.index(2, explore))
    box = view.style().subElementRect(view.style().SubElement.SE_ItemViewItemCheckIndicator,
                                      _option_for(view, 2, explore), view)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                     pos=box.center() if box.isValid() else rect.center())
    assert [table.cell_text(r, "does") for r in range(3)] == ["✓", "", ""]
    assert [table.cell_text(r, "explore") for r in range(3)] == ["", "✓", "✓"]
    saved = cells(h, "initiatives-organization")
    assert saved["i1-1"] == {"does": True}
    assert saved["i1-2"] == {"explore": True}
    assert saved["i1-3"] == {"explore": True}
    h.undo.undo()
    assert table.cell_text(2, "explore") == ""
    assert "i1-3" not in cells(h, "initiatives-organization") or \
        cells(h, "initiatives-organization")["i1-3"] == {"explore": False}


def _option_for(view, row: int, col: int):  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QStyleOptionViewItem

    option = QStyleOptionViewItem()
    view.initViewItemOption(option)
    index = view.model().index(row, col)
    option.rect = view.visualRect(index)
    option.features |= QStyleOptionViewItem.ViewItemFeature.HasCheckIndicator
    view.itemDelegate().initStyleOption(option, index)
    return option


def test_paste_ten_by_four_into_open_table_is_one_undo_step(kinds: Harness,
                                                             qtbot: QtBot) -> None:
    table = kinds.widget("grid4")
    lines = [f"name {i}\tnote {i}\t{i * 1.5}\t{'yes' if i % 2 else ''}" for i in range(10)]
    QGuiApplication.clipboard().setText("\n".join(lines) + "\n")
    kinds.focus(table.view)
    qtbot.keyClick(table.view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert table.model.rowCount() == 10
    assert kinds.undo.count() == 1
    saved = rows_of(kinds, "grid4")
    assert [r["cells"] for r in saved] == [
        {"a": f"name {i}", "b": f"note {i}", "c": int(i * 1.5) if (i * 1.5).is_integer()
         else i * 1.5, "d": bool(i % 2)} for i in range(10)]
    assert table.cell_text(9, "a") == "name 9" and table.cell_text(3, "d") == "✓"
    kinds.undo.undo()
    assert table.model.rowCount() == 0
    assert rows_of(kinds, "grid4") == []
    kinds.undo.redo()
    assert table.model.rowCount() == 10 and len(rows_of(kinds, "grid4")) == 10
    assert table.cell_text(4, "b") == "note 4"


def test_copy_gives_tab_separated_text_a_spreadsheet_reads(kinds: Harness,
                                                           qtbot: QtBot) -> None:
    table = kinds.widget("grid4")
    table.view.paste_clipboard("a1\tb1\t3\tx\na2\t\"two\nlines\"\t4\t\n")
    table.view.selectAll()
    qtbot.keyClick(table.view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QGuiApplication.clipboard().text() == "a1\tb1\t3\tYes\na2\t\"two\nlines\"\t4\t\n"


def test_paste_into_fixed_table_keeps_its_rows_and_reports_the_rest(h: Harness) -> None:
    table = h.widget("aspirations")
    table.view.move_to(1, table.column_of("now"))
    table.view.paste_clipboard("a\tb\nc\td\ne\tf\n")
    assert [table.cell_text(r, "want") for r in range(3)] == ["", "b", "d"]
    assert table.model.rowCount() == 3
    assert h.failures and "did not fit" in h.failures[-1]
    assert h.undo.count() == 1


def test_delete_clears_the_selection_in_one_step(h: Harness, qtbot: QtBot) -> None:
    table = h.widget("aspirations")
    table.view.move_to(0, table.column_of("now"))
    table.view.paste_clipboard("a\tb\nc\td\n")
    table.view.selectAll()
    qtbot.keyClick(table.view, Qt.Key.Key_Delete)
    assert [table.cell_text(r, "now") for r in range(3)] == ["", "", ""]
    assert all(c.get("now", "") == "" for c in cells(h, "aspirations").values())
    h.undo.undo()
    assert table.cell_text(1, "want") == "d"
    assert cells(h, "aspirations")["leaders"]["want"] == "d"


def test_typed_editors_for_every_column_type(kinds: Harness, qtbot: QtBot) -> None:
    table = kinds.widget("plan")
    view = table.view
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)  # add a row
    assert table.model.rowCount() == 1
    type_text(qtbot, "Book room")
    press(qtbot, TAB)
    type_text(qtbot, "Big room")
    press(qtbot, TAB)
    combo = focused()
    assert isinstance(combo, QComboBox)  # a drop-down of the choices
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, TAB)
    person = focused()
    assert isinstance(person, QComboBox) and person.findText("Ben Cho") >= 0
    type_text(qtbot, "Ben Cho")
    press(qtbot, TAB)
    type_text(qtbot, "3/14/2026")  # a US date is understood
    press(qtbot, TAB)
    type_text(qtbot, "2.5")
    press(qtbot, TAB)
    press(qtbot, Qt.Key.Key_Space)  # Done
    press(qtbot, TAB)
    press(qtbot, Qt.Key.Key_F2)  # the tags list: Space ticks, Down moves
    press(qtbot, Qt.Key.Key_Space)
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Space)
    press(qtbot, ENTER)
    saved = rows_of(kinds, "plan")[0]["cells"]
    assert saved == {"step": "Book room", "detail": "Big room", "status": "No",
                     "who": "Ben Cho", "start": "2026-03-14", "hours": 2.5, "done": True,
                     "tags": ["Staff", "Families"]}
    assert table.cell_text(0, "tags") == "Staff, Families"


def test_a_value_that_does_not_fit_is_refused_with_a_message(kinds: Harness,
                                                             qtbot: QtBot) -> None:
    table = kinds.widget("plan")
    table.add_row()
    table.view.move_to(0, table.column_of("hours"))
    kinds.focus(table.view)
    type_text(qtbot, "lots")
    press(qtbot, ENTER)
    assert kinds.failures and "'lots' is not a number" in kinds.failures[-1]
    assert rows_of(kinds, "plan")[0]["cells"] == {}
    assert kinds.undo.count() == 1  # only the added row


def test_date_cell_has_a_calendar(kinds: Harness, qtbot: QtBot) -> None:
    from facilitator.ui.worksheets.kit.editors import DateEditor

    table = kinds.widget("plan")
    table.add_row()
    table.view.move_to(0, table.column_of("start"))
    kinds.focus(table.view)
    press(qtbot, Qt.Key.Key_F2)
    editor = focused().parent()
    assert isinstance(editor, DateEditor)
    from PySide6.QtCore import QDate

    editor.calendar.clicked.emit(QDate(2026, 5, 4))  # what a click on the 4th sends
    press(qtbot, ENTER)
    assert rows_of(kinds, "plan")[0]["cells"] == {"start": "2026-05-04"}
    # Shown spelled out, as the handouts print it; edited as stored.
    assert table.cell_text(0, "start") == "May 4, 2026"
    table.view.move_to(0, table.column_of("start"))
    press(qtbot, Qt.Key.Key_F2)
    line = focused()
    assert isinstance(line, QLineEdit) and line.text() == "2026-05-04"
    press(qtbot, Qt.Key.Key_Escape)
    assert rows_of(kinds, "plan")[0]["cells"] == {"start": "2026-05-04"}


def test_open_rows_add_remove_and_reorder_with_undo(kinds: Harness, qtbot: QtBot) -> None:
    table = kinds.widget("grid4")
    table.view.paste_clipboard("one\ntwo\nthree\n")
    table.view.move_to(2, 0)
    kinds.focus(table.view)
    qtbot.keyClick(table.view, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert [table.cell_text(r, "a") for r in range(3)] == ["one", "three", "two"]
    assert [r["cells"]["a"] for r in rows_of(kinds, "grid4")] == ["one", "three", "two"]
    table.view.move_to(0, 0)
    qtbot.keyClick(table.view, Qt.Key.Key_Delete, Qt.KeyboardModifier.ControlModifier)
    assert [table.cell_text(r, "a") for r in range(2)] == ["three", "two"]
    assert [r["cells"]["a"] for r in rows_of(kinds, "grid4")] == ["three", "two"]
    kinds.undo.undo()
    kinds.undo.undo()
    assert [table.cell_text(r, "a") for r in range(3)] == ["one", "two", "three"]
    assert [r["cells"]["a"] for r in rows_of(kinds, "grid4")] == ["one", "two", "three"]


def test_tab_past_the_last_cell_of_an_open_table_adds_a_row(kinds: Harness,
                                                            qtbot: QtBot) -> None:
    table = kinds.widget("grid4")
    kinds.focus(table.view)
    qtbot.keyClick(table.view, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    for text in ["a", "b", "1"]:
        type_text(qtbot, text)
        press(qtbot, TAB)
    press(qtbot, Qt.Key.Key_Space)
    press(qtbot, TAB)
    type_text(qtbot, "next")
    press(qtbot, ENTER)
    assert [r["cells"] for r in rows_of(kinds, "grid4")] == [
        {"a": "a", "b": "b", "c": 1, "d": True}, {"a": "next"}]


def test_fixed_values_are_read_only_and_hints_show(kinds: Harness, h: Harness) -> None:
    table = kinds.widget("fixedvals")
    target = table.column_of("target")
    assert table.cell_text(0, "target") == "20 a week"
    assert not table.model.flags(table.model.index(0, target)) & Qt.ItemFlag.ItemIsEditable
    assert table.model.flags(table.model.index(1, target)) & Qt.ItemFlag.ItemIsEditable
    aspirations = h.widget("aspirations")
    from facilitator.ui.worksheets.kit.roles import HintRole

    hint = aspirations.model.index(1, aspirations.column_of("want")).data(HintRole)
    assert hint == "Our leaders will be ..."
    assert aspirations.model.headerData(0, Qt.Orientation.Horizontal) == "Attributes"
    assert aspirations.model.index(2, 0).data() == "Great job"


def test_per_participant_copies_switch_by_name(kinds: Harness, qtbot: QtBot) -> None:
    table = kinds.widget("mine")
    assert table.picker is not None
    assert [table.picker.itemText(i) for i in range(table.picker.count())] == ["Ana Núñez",
                                                                              "Ben Cho"]
    kinds.focus(table.view)
    type_text(qtbot, "Time to plan")
    press(qtbot, ENTER)
    table.picker.setCurrentIndex(1)
    assert table.cell_text(0, "answer") == ""
    kinds.focus(table.view)
    table.view.move_to(0, table.column_of("answer"))
    type_text(qtbot, "A quiet room")
    press(qtbot, ENTER)
    ana, ben = (p["id"] for p in kinds.saved()["participants"])
    assert cells(kinds, "mine", ana) == {"support": {"answer": "Time to plan"},
                                         "barriers": {}}
    assert cells(kinds, "mine", ben)["support"] == {"answer": "A quiet room"}
    table.picker.setCurrentIndex(0)
    assert table.cell_text(0, "answer") == "Time to plan"
    kinds.undo.undo()  # Ben's answer, although Ana's copy is on screen
    assert cells(kinds, "mine", ben)["support"].get("answer", "") == ""
    assert table.cell_text(0, "answer") == "Time to plan"


def test_presenter_copy_is_read_only_large_and_follows_edits(h: Harness, qtbot: QtBot) -> None:
    table = h.widget("aspirations")
    shown = h.widget("aspirations", readonly=True, zoom=PRESENTER_ZOOM)
    assert shown.font().pointSizeF() > table.font().pointSizeF() * 1.4
    assert not shown.model.flags(shown.model.index(0, 1)) & Qt.ItemFlag.ItemIsEditable
    h.focus(table.view)
    type_text(qtbot, "Siloed")
    press(qtbot, ENTER)
    assert shown.cell_text(0, "now") == "Siloed"
    h.undo.undo()
    assert shown.cell_text(0, "now") == ""


def test_zoom_scales_the_worksheet_text(h: Harness) -> None:
    normal = h.widget("aspirations")
    zoomed = h.widget("aspirations", zoom=1.5)
    assert zoomed.font().pointSizeF() == pytest.approx(normal.font().pointSizeF() * 1.5)


def test_typing_into_an_empty_open_table_starts_its_first_row(kinds: Harness,
                                                             qtbot: QtBot) -> None:
    table = kinds.widget("grid4")
    kinds.focus(table.view)
    type_text(qtbot, "First")
    press(qtbot, ENTER)
    assert [r["cells"] for r in rows_of(kinds, "grid4")] == [{"a": "First"}]
    assert table.cell_text(0, "a") == "First"
