"""The services and text rules behind the worksheets: fast cell writes, pasted ranges, votes."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from facilitator.domain.cells import CellError
from facilitator.domain.template_yaml import load_template_text
from facilitator.services import tables, votes
from facilitator.services.dump import dump, load
from facilitator.services.errors import NotFoundError, ServiceError
from facilitator.services.ideas import add_idea, update_idea
from facilitator.services.people import read_participants
from facilitator.services.table_edits import NewRow, apply_range, read_rows
from facilitator.services.tables import CellEdit
from facilitator.services.tables import set_cells as write_cells
from facilitator.services.workshop import NewParticipant, Workshop, create_workshop
from facilitator.ui.worksheets.kit.cell_parse import parse_tsv, to_tsv, value_from_text
from tests.worksheet_support import TEMPLATE


@pytest.fixture
def ws(tmp_path: Path) -> Iterator[Workshop]:
    template = load_template_text(TEMPLATE, "kinds.yaml")
    workshop = create_workshop(tmp_path / "k.workshop", template,
                               participants=[NewParticipant("Ana"), NewParticipant("Ben")])
    yield workshop
    workshop.close()


def test_write_cells_stores_what_set_cells_would(ws: Workshop) -> None:
    changed = write_cells(ws, "fixedvals", [CellEdit("r2", "actual", "12"),
                                            CellEdit("r2", "target", "weekly")])
    assert changed.rows == {"r2": {"actual": 12, "target": "weekly"}}
    assert tables.read_table(ws, "fixedvals")[1].cells == {"actual": 12, "target": "weekly"}
    write_cells(ws, "fixedvals", [CellEdit("r2", "actual", 14)])
    assert read_rows(ws, "fixedvals", ["r2"]) == {"r2": {"actual": 14, "target": "weekly"}}


def test_write_cells_refuses_what_does_not_fit(ws: Workshop) -> None:
    with pytest.raises(ServiceError, match="not a number"):
        write_cells(ws, "fixedvals", [CellEdit("r1", "actual", "many")])
    with pytest.raises(NotFoundError):
        write_cells(ws, "fixedvals", [CellEdit("nope", "actual", 1)])
    with pytest.raises(NotFoundError):
        write_cells(ws, "grid4", [CellEdit("no-such-row", "a", "x")])
    assert tables.read_table(ws, "fixedvals")[0].cells == {}


def test_per_participant_copies_are_apart(ws: Workshop) -> None:
    ana, ben = (p.id for p in read_participants(ws))
    write_cells(ws, "mine", [CellEdit("support", "answer", "time")], participant=ana)
    write_cells(ws, "mine", [CellEdit("support", "answer", "space")], participant=ben)
    assert tables.read_table(ws, "mine", participant=ana)[0].cells == {"answer": "time"}
    assert tables.read_table(ws, "mine", participant=ben)[0].cells == {"answer": "space"}


def test_apply_range_adds_and_removes_rows_in_one_go(ws: Workshop) -> None:
    apply_range(ws, "grid4", [], add_rows=[NewRow("x", {"a": "one"}), NewRow("y", {"a": "two"})])
    apply_range(ws, "grid4", [CellEdit("x", "b", "B")], add_rows=[NewRow("z", {"c": 3})])
    assert [(r.key, r.cells) for r in tables.read_table(ws, "grid4")] == [
        ("x", {"a": "one", "b": "B"}), ("y", {"a": "two"}), ("z", {"c": 3})]
    apply_range(ws, "grid4", [CellEdit("z", "c", 4)], remove_keys=["x"])
    assert [(r.key, r.cells) for r in tables.read_table(ws, "grid4")] == [
        ("y", {"a": "two"}), ("z", {"c": 4})]
    with pytest.raises(ServiceError, match="fixed rows"):
        apply_range(ws, "fixedvals", [], add_rows=[NewRow("new")])
    with pytest.raises(ServiceError):  # all or nothing: the good row is not added either
        apply_range(ws, "grid4", [], add_rows=[NewRow("ok", {"a": "fine"}),
                                               NewRow("bad", {"c": "lots"})])
    assert [r.key for r in tables.read_table(ws, "grid4")] == ["y", "z"]


def test_votes_per_person_defaults_to_the_template_and_survives_dump_and_load(
        ws: Workshop, tmp_path: Path) -> None:
    assert votes.votes_per_person(ws, "votes") == 3
    votes.set_votes_per_person(ws, "votes", 5)
    add_idea(ws, "votes", "Mentors", "a", "now")
    update_idea(ws, 1, votes=4)
    assert votes.tally(ws, "votes") == votes.Tally(5, 2, 4)
    assert votes.tally(ws, "votes").available == 10
    for bad in (-1, 99, True):
        with pytest.raises(ServiceError):
            votes.set_votes_per_person(ws, "votes", bad)  # type: ignore[arg-type]
    with load(dump(ws), tmp_path / "copy.workshop") as copy:
        assert votes.votes_per_person(copy, "votes") == 5


@pytest.mark.parametrize(("column", "text", "value"), [
    ("done", "x", True), ("done", "Yes", True), ("done", "", False), ("done", "no", False),
    ("status", "unsure", "Unsure"), ("start", "3/14/2026", "2026-03-14"),
    ("start", "2026-03-14", "2026-03-14"), ("hours", "1,200", 1200), ("hours", "2.5", 2.5),
    ("tags", "families; staff", ["Staff", "Families"]), ("step", "  hello ", "hello"),
])
def test_text_from_spreadsheets_becomes_cell_values(ws: Workshop, column: str, text: str,
                                                    value: object) -> None:
    block = ws.template.block("plan")
    assert value_from_text(block.column(column), text) == value  # type: ignore[union-attr]


@pytest.mark.parametrize(("column", "text"), [("done", "maybe"), ("status", "Perhaps"),
                                              ("start", "2/30/2026"), ("tags", "Pets")])
def test_text_that_does_not_fit_is_refused(ws: Workshop, column: str, text: str) -> None:
    block = ws.template.block("plan")
    with pytest.raises(CellError):
        value_from_text(block.column(column), text)  # type: ignore[union-attr]


def test_tab_separated_text_round_trips_with_quoted_cells() -> None:
    grid = [["a", "two\nlines", 'say "hi"'], ["", "tab\there", "end"]]
    assert parse_tsv(to_tsv(grid)) == grid
    assert parse_tsv("a\tb\r\nc\td\r\n") == [["a", "b"], ["c", "d"]]
    assert parse_tsv("") == []
