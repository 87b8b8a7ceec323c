"""Check a whole dump before `load` writes anything: every field's type, every date and time,
every reference (worksheets, columns, rows, participants, meetings, statuses). The first problem
is one line that names the field, e.g. `meetings[0].date: '31/02/2026' is not a date`."""

from __future__ import annotations

import math
from typing import Any

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
from facilitator.services.check import MAX_ELAPSED_S, MAX_MINUTES, MAX_TEXT, MAX_VOTES

# SQLite keeps integers in 64 bits; ids and positions beyond that cannot be stored.
MAX_INT = 2**63 - 1


class DumpProblem(ValueError):
    """str() is `field.path: what is wrong`."""


def _where(path: tuple[str | int, ...]) -> str:
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else part)
    return out or "the dump"


def _fail(path: tuple[str | int, ...], message: str) -> DumpProblem:
    return DumpProblem(f"{_where(path)}: {message}")


def _show(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


class _Fields:
    """One JSON object of the dump, read field by field with the path for messages."""

    def __init__(self, data: Any, path: tuple[str | int, ...]) -> None:
        if not isinstance(data, dict):
            raise _fail(path, f"must be an object, not {_show(data)}")
        self.data, self.path = data, path

    def at(self, key: str) -> tuple[str | int, ...]:
        return self.path + (key,)

    def get(self, key: str, *, optional: bool = False, default: Any = None) -> Any:
        if key not in self.data:
            if optional:
                return default
            raise _fail(self.at(key), "is missing")
        return self.data[key]

    def text(self, key: str, *, optional: bool = False) -> str:
        value = self.get(key, optional=optional, default="")
        return _text(value, self.at(key))

    def integer(self, key: str, *, low: int = -MAX_INT, high: int = MAX_INT,
                nullable: bool = False, optional: bool = False) -> int | None:
        value = self.get(key, optional=optional)
        if value is None and (nullable or optional):
            return None
        return _integer(value, self.at(key), low, high)

    def flag(self, key: str, *, optional: bool = False) -> bool:
        value = self.get(key, optional=optional, default=False)
        if not isinstance(value, bool):
            raise _fail(self.at(key), f"must be true or false, not {_show(value)}")
        return value

    def number(self, key: str, low: float, high: float) -> float:
        value = self.get(key)
        if isinstance(value, bool) or not isinstance(value, int | float) \
                or not math.isfinite(value) or not low <= value <= high:
            raise _fail(self.at(key), f"must be a number from {low:g} to {high:g}, not "
                        f"{_show(value)}")
        return float(value)

    def items(self, key: str, *, optional: bool = False) -> list[tuple[tuple[str | int, ...],
                                                                      Any]]:
        return _list(self.get(key, optional=optional, default=[]), self.at(key))

    def mapping(self, key: str, *, optional: bool = False) -> list[tuple[str, Any]]:
        value = self.get(key, optional=optional, default={})
        if not isinstance(value, dict):
            raise _fail(self.at(key), f"must be an object, not {_show(value)}")
        return list(value.items())


def _list(value: Any, path: tuple[str | int, ...]) -> list[tuple[tuple[str | int, ...], Any]]:
    if not isinstance(value, list):
        raise _fail(path, f"must be a list, not {_show(value)}")
    return [(path + (i,), v) for i, v in enumerate(value)]


def _text(value: Any, path: tuple[str | int, ...]) -> str:
    if not isinstance(value, str):
        raise _fail(path, f"must be text, not {_show(value)}")
    if len(value) > MAX_TEXT:
        raise _fail(path, f"holds {len(value):,} characters, more than Facilitator stores")
    return value


def _integer(value: Any, path: tuple[str | int, ...], low: int, high: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise _fail(path, f"must be a whole number from {low} to {high}, not {_show(value)}")
    return value


def _block(template: Template, block_id: str, kind: type, path: tuple[str | int, ...]) -> Any:
    try:
        block = template.block(block_id)
    except KeyError:
        raise _fail(path, f"the template has no worksheet '{block_id[:40]}'") from None
    if not isinstance(block, kind):
        raise _fail(path, f"'{block_id[:40]}' is not that kind of worksheet")
    return block


def _unique(seen: set[Any], value: Any, path: tuple[str | int, ...], what: str) -> None:
    if value in seen:
        raise _fail(path, f"{what} {_show(value)} is used twice")
    seen.add(value)


def check_dump(data: dict[str, Any], template: Template) -> None:
    """Raise DumpProblem at the first field `load` could not store as the app stores it."""
    top = _Fields(data, ())
    head = _Fields(top.get("workshop"), ("workshop",))
    head.text("title")
    head.text("created_at")
    if head.text("language", optional=True) not in (None, "", "en", "es"):
        raise _fail(head.at("language"), "must be 'en' or 'es'")
    people: set[int] = set()
    for path, raw in top.items("participants"):
        p = _Fields(raw, path)
        _unique(people, p.integer("id", low=1), p.at("id"), "participant id")
        p.text("name")
        p.text("role")
        p.text("organisation")
    numbers: set[int] = set()
    ids: dict[str, set[Any]] = {"idea": set(), "theme": set()}
    meetings = top.items("meetings")
    if not meetings:
        raise _fail(("meetings",), "must hold at least one meeting")
    for path, raw in meetings:
        m = _Fields(raw, path)
        number = m.integer("number", low=1)
        _unique(numbers, number, m.at("number"), "meeting number")
        for key, check in (("date", check_date), ("time", check_time)):
            value = m.text(key)
            try:
                if check(value) != value:
                    raise ValueError(f"'{value}' is not written as YYYY-MM-DD / HH:MM")
            except ValueError as exc:
                raise _fail(m.at(key), str(exc)) from None
        m.text("location")
        m.integer("current_item", low=0, high=len(template.agenda) - 1)
        _check_meeting(m, template, people, ids)
    actions: set[int] = set()
    for path, raw in top.items("actions"):
        a = _Fields(raw, path)
        _unique(actions, a.integer("id", low=1), a.at("id"), "action id")
        block = _block(template, a.text("block_id"), ActionsBlock, a.at("block_id"))
        for key in ("text", "owner", "deadline", "category", "notes", "source"):
            a.text(key)
        status = a.text("status")
        if status not in block.statuses:
            raise _fail(a.at("status"), f"'{status[:40]}' is not one of: "
                        + ", ".join(block.statuses))
        created = a.text("created")
        try:
            if check_date(created) != created:
                raise ValueError
        except ValueError:
            raise _fail(a.at("created"), f"'{created[:20]}' is not a date (YYYY-MM-DD)") \
                from None
        owner = a.integer("owner_id", low=1, nullable=True)
        if owner is not None and owner not in people:
            raise _fail(a.at("owner_id"), f"participant {owner} is not in the dump")
        number = a.integer("meeting_number", low=0, nullable=True)
        if number and number not in numbers:
            raise _fail(a.at("meeting_number"), f"meeting {number} is not in the dump")
        a.integer("position")
        seen: set[int] = set()
        for hpath, entry in a.items("history"):
            if not isinstance(entry, list) or len(entry) != 2:
                raise _fail(hpath, "must be [meeting number, status]")
            at = _integer(entry[0], hpath + (0,), 1, MAX_INT)
            if at not in numbers:
                raise _fail(hpath + (0,), f"meeting {at} is not in the dump")
            _unique(seen, at, hpath + (0,), "meeting")
            if _text(entry[1], hpath + (1,)) not in block.statuses:
                raise _fail(hpath + (1,), f"'{entry[1][:40]}' is not one of the statuses")


def _check_meeting(m: _Fields, template: Template, people: set[int],
                   ids: dict[str, set[Any]]) -> None:
    for block_id, rows in m.mapping("tables"):
        path = m.at("tables") + (block_id,)
        block = _block(template, block_id, TableBlock, path)
        keys: set[tuple[Any, str]] = set()
        fixed = [r.id for r in block.rows]
        for rpath, raw in _list(rows, path):
            r = _Fields(raw, rpath)
            key = r.text("key")
            who = r.integer("participant", low=1, nullable=True)
            if who is not None and who not in people:
                raise _fail(r.at("participant"), f"participant {who} is not in the dump")
            if block.fixed and key not in fixed:
                raise _fail(r.at("key"), f"'{key[:40]}' is not a row of '{block.title[:40]}'")
            _unique(keys, (who, key), r.at("key"), "row")
            for column_id, value in r.mapping("cells"):
                cpath = r.at("cells") + (column_id,)
                try:
                    column = block.column(column_id)
                except KeyError:
                    raise _fail(cpath, f"'{block.title[:40]}' has no such column") from None
                if isinstance(value, str):
                    _text(value, cpath)
                try:
                    check_cell(column, value)
                except CellError as exc:
                    raise _fail(cpath, str(exc)) from None
    for block_id, text in m.mapping("notes"):
        _block(template, block_id, TextBlock, m.at("notes") + (block_id,))
        _text(text, m.at("notes") + (block_id,))
    for block_id, ideas in m.mapping("ideas"):
        path = m.at("ideas") + (block_id,)
        _block(template, block_id, IdeasBlock, path)
        for ipath, raw in _list(ideas, path):
            i = _Fields(raw, ipath)
            _unique(ids["idea"], i.integer("id", low=1), i.at("id"), "idea id")
            for key in ("category", "lane", "text"):
                i.text(key)
            author = i.integer("author_id", low=1, nullable=True)
            if author is not None and author not in people:
                raise _fail(i.at("author_id"), f"participant {author} is not in the dump")
            i.integer("votes", low=0, high=MAX_VOTES)
            i.flag("explore")
            i.integer("position")
            i.flag("pending", optional=True)  # only on an idea waiting for approval
    for block_id, cards in m.mapping("grid"):
        path = m.at("grid") + (block_id,)
        _block(template, block_id, GridBlock, path)
        seen: set[str] = set()
        for cpath, raw in _list(cards, path):
            c = _Fields(raw, cpath)
            _unique(seen, c.text("card"), c.at("card"), "card")
            c.text("label")
            c.text("category")
            c.number("x", 0.0, 1.0)
            c.number("y", 0.0, 1.0)
    for block_id, themes in m.mapping("themes"):
        path = m.at("themes") + (block_id,)
        _block(template, block_id, ThemesBlock, path)
        for tpath, raw in _list(themes, path):
            t = _Fields(raw, tpath)
            _unique(ids["theme"], t.integer("id", low=1), t.at("id"), "theme id")
            t.text("headline")
            t.text("body")
            t.integer("position")
    items: set[int] = set()
    last = len(template.agenda) - 1
    for path, raw in m.items("timers"):
        t = _Fields(raw, path)
        _unique(items, t.integer("item", low=0, high=last), t.at("item"), "agenda item")
        t.integer("minutes", low=1, high=MAX_MINUTES)
        t.number("elapsed_s", 0.0, MAX_ELAPSED_S)
        t.flag("running")
        t.flag("done")
    groups: set[tuple[int, int]] = set()
    for path, raw in m.items("subgroups"):
        g = _Fields(raw, path)
        item = g.integer("item", low=0, high=last)
        who = g.integer("participant", low=1)
        if who not in people:
            raise _fail(g.at("participant"), f"participant {who} is not in the dump")
        _unique(groups, (item, who), g.at("participant"), "subgroup member")
        g.text("group")
    for block_id, values in m.mapping("settings", optional=True):
        path = m.at("settings") + (block_id,)
        try:
            template.block(block_id)
        except KeyError:
            raise _fail(path, f"the template has no worksheet '{block_id[:40]}'") from None
        if not isinstance(values, dict):
            raise _fail(path, "must be an object")
