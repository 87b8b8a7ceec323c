"""Is a workshop file's content what the app itself writes? Every open goes through here, so a
damaged or tampered file is refused with one line instead of hanging or crashing a window, and
`facilitator check` adds the full integrity check and a read of everything the app reads.

The checks follow the schema (storage.schema) and the template snapshot: the structure must be
exactly the app's (no triggers, views or other tables: a trigger could delete the room's actions
on the next edit), every value must have its column's type, and every value the app parses
(JSON cells, dates, times, statuses, agenda items, block ids) must parse as the app parses it.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Iterator
from functools import lru_cache
from typing import Any

from sqlalchemy import JSON, Boolean, Column, Connection, Double, Integer, Table
from sqlalchemy.exc import SQLAlchemyError

from facilitator.domain.cells import CellError, check_cell
from facilitator.domain.meeting import check_date, check_time
from facilitator.domain.template import (
    ActionsBlock,
    GridBlock,
    IdeasBlock,
    TableBlock,
    Template,
    TextBlock,
    ThemesBlock,
)
from facilitator.domain.template_parse import TemplateError, parse_template
from facilitator.storage.errors import Damaged
from facilitator.storage.schema import metadata

# Larger than anything typed or pasted in a room (a whole report pasted in a cell is ~100 kB);
# a bigger value would freeze the window that lays it out.
MAX_TEXT = 1_000_000
# The template snapshot holds every worksheet's text: larger, but bounded the same way.
MAX_TEMPLATE = 5_000_000
MAX_ELAPSED_S = 366 * 24 * 3600.0
MAX_MINUTES = 24 * 60
MAX_VOTES = 1_000_000


class ContentProblem(Exception):
    """One thing in the file the app would not have written; str() names table and value."""


# Structure ----------------------------------------------------------------------------------
@lru_cache(maxsize=1)
def expected_structure() -> dict[tuple[str, str], Any]:
    """The structure storage.schema creates, as _structure() reads it back from SQLite.

    Derived from the metadata rather than by building a scratch database (which cost ~0.1 s on
    the way to the window); tests/reliability compares the two."""
    from sqlalchemy.dialects import sqlite

    dialect = sqlite.dialect()
    out: dict[tuple[str, str], Any] = {}
    for table in metadata.sorted_tables:
        pk = [c.name for c in table.primary_key.columns]
        columns = tuple((c.name, c.type.compile(dialect=dialect).upper(), int(not c.nullable),
                         pk.index(c.name) + 1 if c.name in pk else 0) for c in table.columns)
        keys = tuple(sorted((fk.column.table.name, fk.parent.name, fk.column.name,
                             (fk.ondelete or "NO ACTION").upper())
                            for fk in table.foreign_keys))
        out[("table", table.name)] = (columns, keys)
        for index in table.indexes:
            out[("index", str(index.name))] = (table.name, tuple(c.name for c in index.columns))
    return out


def scratch_structure() -> dict[tuple[str, str], Any]:
    """The same, read back from a scratch in-memory database made by storage.schema."""
    from sqlalchemy import create_engine

    engine = create_engine("sqlite://")
    try:
        with engine.begin() as connection:
            metadata.create_all(connection)
            return _structure(connection)
    finally:
        engine.dispose()


def _structure(connection: Connection) -> dict[tuple[str, str], Any]:
    """(type, name) -> a comparable description: columns, indexes and foreign keys of tables,
    columns of indexes, and the SQL of anything else (triggers, views). Four queries in all
    (SQLite's table-valued pragmas), as this runs on every open."""
    def execute(sql: str) -> list[Any]:
        return connection.exec_driver_sql(sql).fetchall()

    out: dict[tuple[str, str], Any] = {}
    columns: dict[str, list[Any]] = {}
    for table, name, kind, notnull, pk in execute(
            "SELECT m.name, p.name, p.type, p.\"notnull\", p.pk FROM sqlite_master AS m, "
            "pragma_table_info(m.name) AS p WHERE m.type = 'table' ORDER BY m.name, p.cid"):
        columns.setdefault(table, []).append((name, str(kind).upper(), notnull, pk))
    keys: dict[str, list[Any]] = {}
    for table, target, source, to, on_delete in execute(
            "SELECT m.name, f.\"table\", f.\"from\", f.\"to\", f.on_delete FROM sqlite_master "
            "AS m, pragma_foreign_key_list(m.name) AS f WHERE m.type = 'table'"):
        keys.setdefault(table, []).append((target, source, to, on_delete))
    indexed: dict[str, list[Any]] = {}
    for index, name in execute(
            "SELECT m.name, i.name FROM sqlite_master AS m, pragma_index_info(m.name) AS i "
            "WHERE m.type = 'index' ORDER BY m.name, i.seqno"):
        indexed.setdefault(index, []).append(name)
    for kind, name, table_name, sql in execute(
            "SELECT type, name, tbl_name, sql FROM sqlite_master"):
        if name.startswith("sqlite_") and kind in ("table", "index"):
            continue  # SQLite's own (autoindexes, sqlite_sequence, statistics)
        if kind == "table":
            out[(kind, name)] = (tuple(columns.get(name, ())),
                                 tuple(sorted(keys.get(name, ()))))
        elif kind == "index":
            out[(kind, name)] = (table_name, tuple(indexed.get(name, ())))
        else:
            out[(kind, name)] = sql
    return out


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def structure_problem(connection: Connection) -> str:
    """'' when the file's tables, columns and indexes are exactly the app's; else the first
    difference, in words (triggers, views and unknown tables are refused)."""
    if connection.dialect.name != "sqlite":
        return ""  # a server database's structure is its migrations' business
    found = _structure(connection)
    expected = expected_structure()
    for (kind, name), _ in sorted(found.items()):
        if (kind, name) not in expected:
            what = {"trigger": "a trigger", "view": "a view"}.get(kind, f"an unknown {kind}")
            return f"it holds {what} ('{name}') that Facilitator does not make"
    for (kind, name), description in sorted(expected.items()):
        if (kind, name) not in found:
            return f"its {kind} '{name}' is missing"
        if found[(kind, name)] != description:
            return f"its {kind} '{name}' does not have the expected columns"
    return ""


# Values -------------------------------------------------------------------------------------
def _raw_rows(db: Connection, table: Table) -> Iterator[dict[str, Any]]:
    """Rows as stored (no type processing: a bad JSON or boolean must not raise here). Plain
    SQL over the schema's own names: nothing to compile on the way to the window."""
    names = [c.name for c in table.columns]
    query = f"SELECT {', '.join(_quote(n) for n in names)} FROM {_quote(table.name)}"
    for row in db.exec_driver_sql(query):
        yield dict(zip(names, row, strict=True))


def _typed(table: Table, col: Column[Any], value: Any) -> Any:
    """The value as the app reads it, or ContentProblem if it does not have the column's type."""
    where = f"{table.name}.{col.name}"
    if value is None:
        if col.nullable:
            return None
        raise ContentProblem(f"{where} is empty")
    kind = col.type
    if isinstance(kind, Boolean):
        if value not in (0, 1) or isinstance(value, float):
            raise ContentProblem(f"{where} is {_show(value)}, not yes or no")
        return bool(value)
    if isinstance(kind, Integer):
        if isinstance(value, bool) or not isinstance(value, int):
            raise ContentProblem(f"{where} is {_show(value)}, not a whole number")
        return value
    if isinstance(kind, Double):
        if isinstance(value, bool) or not isinstance(value, int | float) \
                or not math.isfinite(value):
            raise ContentProblem(f"{where} is {_show(value)}, not a number")
        return float(value)
    if not isinstance(value, str):
        raise ContentProblem(f"{where} is {_show(value)}, not text")
    limit = MAX_TEMPLATE if isinstance(kind, JSON) else MAX_TEXT
    if len(value) > limit:
        raise ContentProblem(f"{where} holds {len(value):,} characters, more than Facilitator "
                             "writes")
    if isinstance(kind, JSON):
        return _json(value, where)
    return value


def _json(text: str, where: str) -> Any:
    try:
        return json.loads(text)
    except (ValueError, RecursionError):
        raise ContentProblem(f"{where} is not readable data") from None


def _show(value: Any) -> str:
    if isinstance(value, bytes):
        return "binary data"
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


def _rows(db: Connection, table: Table) -> Iterator[dict[str, Any]]:
    for raw in _raw_rows(db, table):
        yield {c.name: _typed(table, c, raw[c.name]) for c in table.columns}


def _block(template: Template, block_id: str, kinds: type | tuple[type, ...], where: str) -> Any:
    try:
        block = template.block(block_id)
    except KeyError:
        raise ContentProblem(f"{where} names a worksheet '{block_id[:40]}' that the workshop's "
                             "template does not have") from None
    if not isinstance(block, kinds):
        raise ContentProblem(f"{where} names '{block_id[:40]}', which is not that kind of "
                             "worksheet")
    return block


def _in_agenda(template: Template, item: int, where: str) -> None:
    if not 0 <= item < len(template.agenda):
        raise ContentProblem(f"{where} is agenda item {_show(item)}; the agenda has "
                             f"{len(template.agenda)}")


def template_of(db: Connection) -> tuple[str, Template]:
    """The workshop's title and template snapshot, checked; ContentProblem if unusable."""
    from facilitator.storage.schema import workshop_table

    rows = list(_rows(db, workshop_table))
    if len(rows) != 1 or rows[0]["id"] != 1:
        raise ContentProblem(f"it has {len(rows)} workshop records instead of one"
                             if len(rows) != 1 else "its workshop record is misnumbered")
    head = rows[0]
    try:
        template = parse_template(head["template"], "template snapshot")
    except TemplateError as exc:
        more = len(exc.problems) - 1
        raise ContentProblem(f"the workshop's template is damaged: {exc.problems[0]}"
                             + (f" (and {more} more problems)" if more > 0 else "")) from None
    return head["title"], template


def check_content(db: Connection, template: Template) -> None:
    """Raise ContentProblem at the first value the app would not have written."""
    from facilitator.storage import schema as s

    checks: list[tuple[Table, Callable[[dict[str, Any]], None]]] = []

    def on(table: Table) -> Callable[[Callable[[dict[str, Any]], None]],
                                     Callable[[dict[str, Any]], None]]:
        def register(check: Callable[[dict[str, Any]], None]) -> Callable[[dict[str, Any]],
                                                                         None]:
            checks.append((table, check))
            return check
        return register

    meetings: set[int] = set()
    row_blocks: dict[int, TableBlock] = {}

    @on(s.participant_table)
    def _participant(r: dict[str, Any]) -> None:
        pass  # the column types are all there is to check

    @on(s.meeting_table)
    def _meeting(r: dict[str, Any]) -> None:
        where = f"meeting {r['number']}"
        if r["number"] < 1:
            raise ContentProblem(f"a meeting is numbered {r['number']}")
        for check, key in ((check_date, "date"), (check_time, "time")):
            try:
                if check(r[key]) != r[key]:
                    raise ValueError(f"{key} '{r[key][:20]}' is not written as the app writes it")
            except ValueError as exc:
                raise ContentProblem(f"{where}: {exc}") from None
        _in_agenda(template, r["current_item"], f"{where}'s current item")
        meetings.add(r["id"])

    @on(s.row_table)
    def _row(r: dict[str, Any]) -> None:
        row_blocks[r["id"]] = _block(template, r["block_id"], TableBlock, "a table row")

    @on(s.cell_table)
    def _cell(r: dict[str, Any]) -> None:
        block = row_blocks.get(r["row_id"])
        if block is None:
            raise ContentProblem("a table cell belongs to no row")
        try:
            col = block.column(r["column_id"])
        except KeyError:
            raise ContentProblem(f"a cell of '{block.title[:40]}' is in a column "
                                 f"'{r['column_id'][:40]}' the worksheet does not have") from None
        value = _json(r["value"], f"a cell of '{block.title[:40]}'")
        try:
            check_cell(col, value)
        except CellError as exc:
            raise ContentProblem(f"a cell of '{block.title[:40]}': {exc}") from None

    @on(s.block_note_table)
    def _note(r: dict[str, Any]) -> None:
        _block(template, r["block_id"], TextBlock, "a note")

    @on(s.block_setting_table)
    def _setting(r: dict[str, Any]) -> None:
        _block(template, r["block_id"], object, "a worksheet setting")
        _json(r["value"], "a worksheet setting")

    @on(s.idea_table)
    def _idea(r: dict[str, Any]) -> None:
        _block(template, r["block_id"], IdeasBlock, "an idea")
        if not 0 <= r["votes"] <= MAX_VOTES:
            raise ContentProblem(f"an idea has {r['votes']} votes")

    @on(s.placement_table)
    def _placement(r: dict[str, Any]) -> None:
        _block(template, r["block_id"], GridBlock, "a card on a grid")
        if not (0.0 <= r["x"] <= 1.0 and 0.0 <= r["y"] <= 1.0):
            raise ContentProblem("a card on a grid is placed outside the board")

    statuses: dict[int, ActionsBlock] = {}

    @on(s.action_table)
    def _action(r: dict[str, Any]) -> None:
        block = _block(template, r["block_id"], ActionsBlock, "an action")
        if r["status"] not in block.statuses:
            raise ContentProblem(f"an action's status '{r['status'][:40]}' is not one of "
                                 f"'{block.title[:40]}'")
        try:
            if check_date(r["created"]) != r["created"]:
                raise ValueError
        except ValueError:
            raise ContentProblem(f"an action's creation date '{r['created'][:20]}' is not a "
                                 "date") from None
        statuses[r["id"]] = block

    @on(s.action_status_table)
    def _status(r: dict[str, Any]) -> None:
        block = statuses.get(r["action_id"])
        if block is not None and r["status"] not in block.statuses:
            raise ContentProblem(f"an action's recorded status '{r['status'][:40]}' is not "
                                 "one the worksheet has")

    @on(s.theme_table)
    def _theme(r: dict[str, Any]) -> None:
        _block(template, r["block_id"], ThemesBlock, "a theme")

    @on(s.timer_table)
    def _timer(r: dict[str, Any]) -> None:
        _in_agenda(template, r["item"], "a timer")
        if r["minutes"] is not None and not 1 <= r["minutes"] <= MAX_MINUTES:
            raise ContentProblem(f"a timer plans {_show(r['minutes'])} minutes")
        if not 0 <= r["elapsed_s"] <= MAX_ELAPSED_S:
            raise ContentProblem(f"a timer has run {_show(r['elapsed_s'])} seconds")

    @on(s.subgroup_table)
    def _subgroup(r: dict[str, Any]) -> None:
        _in_agenda(template, r["item"], "a subgroup")

    for table, check in checks:
        for row in _rows(db, table):
            check(row)
    if not meetings:
        raise ContentProblem("it has no meeting")


def references_problem(db: Connection) -> str:
    """'' when every reference between rows points at a row that exists (foreign keys)."""
    if db.dialect.name != "sqlite":
        return ""
    broken = db.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
    if broken:
        return f"{len(broken)} broken references (first in table '{broken[0][0]}')"
    return ""


def verified(db: Connection, label: str) -> tuple[str, Template]:
    """The title and template of a workshop whose structure and content are the app's own;
    raises Damaged with one line otherwise. Used by every open."""
    try:
        problem = structure_problem(db)
        if not problem:
            title, template = template_of(db)
            check_content(db, template)
            problem = references_problem(db)
    except ContentProblem as exc:
        problem = str(exc)
    except (SQLAlchemyError, ValueError, RecursionError, OverflowError, MemoryError) as exc:
        problem = one_line(_reason(exc))
    if problem:
        raise Damaged(one_line(f"{label}: the workshop file is damaged: {problem}", 400))
    return title, template


def _reason(exc: BaseException) -> str:
    inner = getattr(exc, "orig", None) or exc
    return str(inner) or type(inner).__name__


def one_line(text: str, limit: int = 300) -> str:
    """Any message as one line of at most `limit` characters (SQLite's can run to 38 lines)."""
    line = " ".join(str(text).split())
    return line if len(line) <= limit else line[:limit - 1] + "…"


def check_workshop(ws: Any) -> str:
    """`facilitator check` on an open workshop: '' when healthy, else the first problem.

    Beyond what every open verifies: SQLite's full integrity check, and a read of everything
    the app reads (each meeting's run state and the whole snapshot), through the same services.
    """
    from facilitator.services.run_state import read_run_state
    from facilitator.services.snapshot import read_snapshot

    try:
        problem = ws.db.integrity_problem()
        if problem:
            return one_line(problem)
        for meeting_id in ws.meeting_ids():
            read_run_state(ws, meeting=meeting_id)
        read_snapshot(ws)
    except (SQLAlchemyError, ValueError, KeyError, IndexError, TypeError, RecursionError,
            OverflowError) as exc:
        return one_line(f"it cannot be read ({_reason(exc)})")
    return ""
