"""Validate plain template data into `Template` objects, one message per problem.

Messages name the file, the line and the field, e.g.
``attract-retain.yaml:41: agenda[3].minutes: must be a positive integer``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from facilitator.domain.template import (
    ACTION_LABEL_KEYS,
    DEFAULT_STATUSES,
    ActionExample,
    ActionsBlock,
    AgendaItem,
    AnyBlock,
    Audience,
    BlockKind,
    Column,
    ColumnType,
    GridBlock,
    GridExample,
    IdeasBlock,
    Invitation,
    Option,
    Quadrants,
    Row,
    Section,
    TableBlock,
    Template,
    TextBlock,
    ThemesBlock,
)

Path = tuple[str | int, ...]
ID_RE = re.compile(r"^[a-z0-9][a-z0-9_-]*$")
PLACEHOLDERS = ("date", "time", "location", "title", "meeting")


# Bounds that no real workshop comes near: a value past them is a typo or a damaged file, and
# would otherwise reach timers and layouts (a 10**100-minute item, 10**9 blank rows).
MAX_MINUTES = 24 * 60
MAX_COUNT = 1000
# "Check-in 3 · January 12, 2027" heads both screens: the word must fit on one line there.
MAX_MEETING_NAME = 40
# Characters that would break the label it heads: line breaks and other controls, and bidi
# embeddings/overrides/isolates, which would turn the number and date after it around.
_NOT_IN_A_NAME = re.compile("[\x00-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")

@dataclass(frozen=True)
class Problem:
    file: str
    line: int | None
    field: str
    message: str

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        if self.field:
            return f"{where}: {self.field}: {self.message}"
        return f"{where}: {self.message}"


class TemplateError(Exception):
    """A template that cannot be used; `problems` holds every problem found."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))


def field_name(path: Path) -> str:
    out = ""
    for part in path:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else part
    return out


class _Checker:
    def __init__(self, file: str, lines: Mapping[Path, int]) -> None:
        self.file = file
        self.lines = lines
        self.problems: list[Problem] = []

    def line(self, path: Path) -> int | None:
        for cut in range(len(path), -1, -1):
            found = self.lines.get(path[:cut])
            if found is not None:
                return found
        return None

    def fail(self, path: Path, message: str) -> None:
        self.problems.append(Problem(self.file, self.line(path), field_name(path), message))

    # Scalars -------------------------------------------------------------------------------
    def text(self, data: Mapping[str, Any], key: str, path: Path, *, required: bool = False,
             default: str = "") -> str:
        if key not in data or data[key] is None:
            if required:
                self.fail(path + (key,), "is required")
            return default
        value = data[key]
        if isinstance(value, bool) or not isinstance(value, str | int | float):
            self.fail(path + (key,), "must be text")
            return default
        value = str(value)
        if required and not value.strip():
            self.fail(path + (key,), "must not be empty")
        return value

    def ident(self, data: Mapping[str, Any], key: str, path: Path) -> str:
        value = self.text(data, key, path, required=True)
        if value and not ID_RE.match(value):
            self.fail(path + (key,), "must be lower-case letters, digits, '-' or '_'")
        return value

    def flag(self, data: Mapping[str, Any], key: str, path: Path, default: bool = False) -> bool:
        value = data.get(key, default)
        if not isinstance(value, bool):
            self.fail(path + (key,), "must be true or false")
            return default
        return value

    def count(self, data: Mapping[str, Any], key: str, path: Path, *, positive: bool,
              default: int = 0, required: bool = False, maximum: int = MAX_COUNT) -> int:
        if key not in data:
            if required:
                self.fail(path + (key,), "is required")
            return default
        value = data[key]
        ok = isinstance(value, int) and not isinstance(value, bool)
        if not ok or value < (1 if positive else 0):
            self.fail(path + (key,), "must be a positive integer" if positive
                      else "must be a whole number, 0 or more")
            return default
        if value > maximum:
            self.fail(path + (key,), f"must be at most {maximum}")
            return default
        return value

    def fraction(self, data: Mapping[str, Any], key: str, path: Path) -> float:
        value = data.get(key)
        if isinstance(value, bool) or not isinstance(value, int | float) or not 0 <= value <= 1:
            self.fail(path + (key,), "must be a number from 0 to 1")
            return 0.5
        return float(value)

    # Containers ----------------------------------------------------------------------------
    def mapping(self, value: Any, path: Path) -> Mapping[str, Any] | None:
        if not isinstance(value, Mapping):
            self.fail(path, "must be a mapping of fields")
            return None
        return value

    def items(self, data: Mapping[str, Any], key: str, path: Path, *,
              required: bool = False) -> list[Any]:
        value = data.get(key)
        if value is None:
            if required:
                self.fail(path + (key,), "is required")
            return []
        if not isinstance(value, list):
            self.fail(path + (key,), "must be a list")
            return []
        if required and not value:
            self.fail(path + (key,), "must not be empty")
        return value

    def texts(self, data: Mapping[str, Any], key: str, path: Path, *,
              required: bool = False) -> tuple[str, ...]:
        out: list[str] = []
        for index, value in enumerate(self.items(data, key, path, required=required)):
            if isinstance(value, bool) or not isinstance(value, str | int | float):
                self.fail(path + (key, index), "must be text")
            else:
                out.append(str(value))
        return tuple(out)

    def text_map(self, data: Mapping[str, Any], key: str, path: Path,
                 allowed: set[str] | None = None) -> dict[str, str]:
        value = data.get(key)
        if value is None:
            return {}
        checked = self.mapping(value, path + (key,))
        if checked is None:
            return {}
        out: dict[str, str] = {}
        for name, text in checked.items():
            if allowed is not None and str(name) not in allowed:
                self.fail(path + (key, str(name)), "names no column of this table")
            elif isinstance(text, bool) or not isinstance(text, str | int | float):
                self.fail(path + (key, str(name)), "must be text")
            else:
                out[str(name)] = str(text)
        return out

    def options(self, data: Mapping[str, Any], key: str, path: Path, *,
                required: bool = False) -> tuple[Option, ...]:
        out: list[Option] = []
        for index, raw in enumerate(self.items(data, key, path, required=required)):
            here = path + (key, index)
            entry = self.mapping(raw, here)
            if entry is not None:
                out.append(Option(self.ident(entry, "id", here),
                                  self.text(entry, "label", here, required=True)))
        self.unique([o.id for o in out], path + (key,), "id")
        return tuple(out)

    def unique(self, ids: list[str], path: Path, what: str) -> None:
        seen: set[str] = set()
        for index, value in enumerate(ids):
            if value and value in seen:
                self.fail(path + (index,), f"duplicate {what} '{value}'")
            seen.add(value)

    def unknown(self, data: Mapping[str, Any], allowed: set[str], path: Path) -> None:
        for key in data:
            if key not in allowed:
                self.fail(path + (str(key),), "is not a known field (check the spelling)")


_COMMON = {"id", "kind", "title", "instructions", "audience"}


def _column(c: _Checker, raw: Any, path: Path) -> Column | None:
    data = c.mapping(raw, path)
    if data is None:
        return None
    c.unknown(data, {"id", "label", "type", "choices", "group", "hint"}, path)
    type_name = c.text(data, "type", path, default="text")
    try:
        column_type = ColumnType(type_name)
    except ValueError:
        c.fail(path + ("type",), f"unknown column type '{type_name}' (one of: "
               + ", ".join(t.value for t in ColumnType) + ")")
        column_type = ColumnType.TEXT
    choices = c.texts(data, "choices", path)
    if column_type in (ColumnType.CHOICE, ColumnType.MULTICHOICE) and not choices:
        c.fail(path + ("choices",), f"a {column_type.value} column needs a list of choices")
    return Column(c.ident(data, "id", path), c.text(data, "label", path, required=True),
                  column_type, choices, c.text(data, "group", path), c.text(data, "hint", path))


def _table(c: _Checker, data: Mapping[str, Any], path: Path, head: dict[str, Any]) -> TableBlock:
    c.unknown(data, _COMMON | {"columns", "rows", "row_header", "open_rows", "min_rows",
                               "per_participant", "row_flags"}, path)
    columns = [col for i, raw in enumerate(c.items(data, "columns", path, required=True))
               if (col := _column(c, raw, path + ("columns", i))) is not None]
    c.unique([col.id for col in columns], path + ("columns",), "column id")
    column_ids = {col.id for col in columns}
    row_flags = c.text_map(data, "row_flags", path)
    rows: list[Row] = []
    for i, raw in enumerate(c.items(data, "rows", path)):
        here = path + ("rows", i)
        entry = c.mapping(raw, here)
        if entry is None:
            continue
        c.unknown(entry, {"id", "label", "group", "hints", "values", "flags"}, here)
        flags = c.texts(entry, "flags", here)
        for j, flag in enumerate(flags):
            if flag not in row_flags:
                c.fail(here + ("flags", j), f"flag '{flag}' is not declared in row_flags")
        rows.append(Row(c.ident(entry, "id", here), c.text(entry, "label", here),
                        c.text(entry, "group", here),
                        c.text_map(entry, "hints", here, column_ids),
                        c.text_map(entry, "values", here, column_ids), flags))
    c.unique([r.id for r in rows], path + ("rows",), "row id")
    open_rows = c.flag(data, "open_rows", path)
    if not open_rows and not rows:
        c.fail(path + ("rows",), "a table needs fixed rows, or open_rows: true")
    return TableBlock(**head, columns=tuple(columns), rows=tuple(rows),
                      row_header=c.text(data, "row_header", path), open_rows=open_rows,
                      min_rows=c.count(data, "min_rows", path, positive=False),
                      per_participant=c.flag(data, "per_participant", path),
                      row_flags=row_flags)


def _text(c: _Checker, data: Mapping[str, Any], path: Path, head: dict[str, Any]) -> TextBlock:
    c.unknown(data, _COMMON | {"body", "sections", "notes_field"}, path)
    sections: list[Section] = []
    for i, raw in enumerate(c.items(data, "sections", path)):
        here = path + ("sections", i)
        entry = c.mapping(raw, here)
        if entry is not None:
            c.unknown(entry, {"heading", "points"}, here)
            sections.append(Section(c.text(entry, "heading", here, required=True),
                                    c.texts(entry, "points", here)))
    body = c.text(data, "body", path)
    if not body and not sections:
        c.fail(path + ("body",), "a text block needs a body or sections")
    return TextBlock(**head, body=body, sections=tuple(sections),
                     notes_field=c.flag(data, "notes_field", path))


def _ideas(c: _Checker, data: Mapping[str, Any], path: Path, head: dict[str, Any]) -> IdeasBlock:
    c.unknown(data, _COMMON | {"categories", "lanes", "votes_per_person"}, path)
    return IdeasBlock(**head, categories=c.options(data, "categories", path, required=True),
                      lanes=c.options(data, "lanes", path),
                      votes_per_person=c.count(data, "votes_per_person", path, positive=False))


def _grid(c: _Checker, data: Mapping[str, Any], path: Path, head: dict[str, Any]) -> GridBlock:
    c.unknown(data, _COMMON | {"x_label", "y_label", "quadrants", "sources", "categories",
                               "examples", "examples_note"}, path)
    quadrants = Quadrants()
    raw_q = data.get("quadrants")
    if raw_q is not None:
        q = c.mapping(raw_q, path + ("quadrants",))
        if q is not None:
            names = {"high_impact_easy", "high_impact_hard", "low_impact_easy", "low_impact_hard"}
            c.unknown(q, names, path + ("quadrants",))
            quadrants = Quadrants(**{k: c.text(q, k, path + ("quadrants",),
                                               default=getattr(quadrants, k)) for k in names})
    categories = c.options(data, "categories", path)
    category_ids = {o.id for o in categories}
    examples: list[GridExample] = []
    for i, raw in enumerate(c.items(data, "examples", path)):
        here = path + ("examples", i)
        entry = c.mapping(raw, here)
        if entry is None:
            continue
        c.unknown(entry, {"label", "category", "x", "y"}, here)
        category = c.text(entry, "category", here)
        if category and category not in category_ids:
            c.fail(here + ("category",), f"'{category}' is not one of the grid's categories")
        examples.append(GridExample(c.text(entry, "label", here, required=True), category,
                                    c.fraction(entry, "x", here), c.fraction(entry, "y", here)))
    x_label = c.text(data, "x_label", path, default="Ease of implementation")
    return GridBlock(**head, x_label=x_label,
                     y_label=c.text(data, "y_label", path, default="Impact"), quadrants=quadrants,
                     sources=c.texts(data, "sources", path), categories=categories,
                     examples=tuple(examples), examples_note=c.text(data, "examples_note", path))


def _labels(c: _Checker, data: Mapping[str, Any], path: Path) -> tuple[tuple[str, str], ...]:
    """An actions block's `labels`: {column key: heading}, each heading non-empty text."""
    raw = data.get("labels")
    if raw is None:
        return ()
    here = path + ("labels",)
    entry = c.mapping(raw, here)
    if entry is None:
        return ()
    out: list[tuple[str, str]] = []
    for key, value in entry.items():
        name = str(key)
        if name not in ACTION_LABEL_KEYS:
            c.fail(here + (name,), "is not a column of an action list (one of: "
                   + ", ".join(ACTION_LABEL_KEYS) + ")")
        elif value is None:
            c.fail(here + (name,), "must not be empty")
        elif (text := c.text(entry, key, here, required=True)).strip():
            out.append((name, text))
    return tuple(out)


def _actions(c: _Checker, data: Mapping[str, Any], path: Path,
             head: dict[str, Any]) -> ActionsBlock:
    c.unknown(data, _COMMON | {"statuses", "categories", "example", "min_rows", "carry_over",
                               "labels"}, path)
    statuses = c.texts(data, "statuses", path) or DEFAULT_STATUSES
    example = None
    if data.get("example") is not None:
        here = path + ("example",)
        entry = c.mapping(data["example"], here)
        if entry is not None:
            fields = {"text", "owner", "deadline", "category", "status", "created"}
            c.unknown(entry, fields, here)
            example = ActionExample(c.text(entry, "text", here, required=True),
                                    *(c.text(entry, k, here) for k in
                                      ("owner", "deadline", "category", "status", "created")))
    return ActionsBlock(**head, statuses=statuses, categories=c.texts(data, "categories", path),
                        example=example,
                        min_rows=c.count(data, "min_rows", path, positive=False),
                        carry_over=c.flag(data, "carry_over", path),
                        labels=_labels(c, data, path))


def _themes(c: _Checker, data: Mapping[str, Any], path: Path, head: dict[str, Any]) -> ThemesBlock:
    c.unknown(data, _COMMON | {"prompt", "min_rows"}, path)
    return ThemesBlock(**head, prompt=c.text(data, "prompt", path),
                       min_rows=c.count(data, "min_rows", path, positive=False))


_BLOCKS: dict[BlockKind, Callable[[_Checker, Mapping[str, Any], Path, dict[str, Any]], AnyBlock]]
_BLOCKS = {BlockKind.TEXT: _text, BlockKind.TABLE: _table, BlockKind.IDEAS: _ideas,
           BlockKind.GRID: _grid, BlockKind.ACTIONS: _actions, BlockKind.THEMES: _themes}


def _block(c: _Checker, raw: Any, path: Path) -> AnyBlock | None:
    data = c.mapping(raw, path)
    if data is None:
        return None
    kind_name = c.text(data, "kind", path, required=True)
    try:
        kind = BlockKind(kind_name)
    except ValueError:
        if kind_name:
            c.fail(path + ("kind",), f"unknown block kind '{kind_name}' (one of: "
                   + ", ".join(k.value for k in BlockKind) + ")")
        return None
    audience_name = c.text(data, "audience", path, default="all")
    try:
        audience = Audience(audience_name)
    except ValueError:
        c.fail(path + ("audience",), f"must be 'all' or 'facilitator', not '{audience_name}'")
        audience = Audience.ALL
    head = {"id": c.ident(data, "id", path), "kind": kind,
            "title": c.text(data, "title", path, required=True),
            "instructions": c.text(data, "instructions", path), "audience": audience}
    return _BLOCKS[kind](c, data, path, head)


def _item(c: _Checker, raw: Any, path: Path) -> AgendaItem | None:
    data = c.mapping(raw, path)
    if data is None:
        return None
    c.unknown(data, {"title", "minutes", "notes", "questions", "blocks", "subgroups"}, path)
    blocks = [b for i, raw_block in enumerate(c.items(data, "blocks", path))
              if (b := _block(c, raw_block, path + ("blocks", i))) is not None]
    return AgendaItem(c.text(data, "title", path, required=True),
                      c.count(data, "minutes", path, positive=True, required=True,
                              maximum=MAX_MINUTES),
                      c.text(data, "notes", path), c.texts(data, "questions", path),
                      tuple(blocks), c.texts(data, "subgroups", path))


def _invitation(c: _Checker, data: Mapping[str, Any], path: Path) -> Invitation:
    raw = data.get("invitation")
    if raw is None:
        c.fail(path + ("invitation",), "is required")
        return Invitation("", "")
    entry = c.mapping(raw, path + ("invitation",))
    if entry is None:
        return Invitation("", "")
    here = path + ("invitation",)
    c.unknown(entry, {"subject", "body"}, here)
    subject = c.text(entry, "subject", here, required=True)
    body = c.text(entry, "body", here, required=True)
    for key, text in (("subject", subject), ("body", body)):
        for name in re.findall(r"\{([^{}]*)\}", text):
            if name not in PLACEHOLDERS:
                c.fail(here + (key,), f"unknown placeholder {{{name}}} (use "
                       + ", ".join("{" + p + "}" for p in PLACEHOLDERS) + ")")
    return Invitation(subject, body)


TOP_FIELDS = {"format", "id", "title", "source", "summary", "purpose", "intention", "roles",
              "invitation", "agenda", "meeting_name"}


def parse_template(data: Any, file: str = "template",
                   lines: Mapping[Path, int] | None = None) -> Template:
    """Check `data` (plain YAML/JSON data) and build a Template, or raise TemplateError."""
    c = _Checker(file, lines or {})
    top = c.mapping(data, ())
    if top is None:
        raise TemplateError(c.problems)
    c.unknown(top, TOP_FIELDS, ())
    fmt = top.get("format", 1)
    if fmt != 1:
        c.fail(("format",), "this version of Facilitator reads template format 1")
    agenda = [item for i, raw in enumerate(c.items(top, "agenda", (), required=True))
              if (item := _item(c, raw, ("agenda", i))) is not None]
    template = Template(
        id=c.ident(top, "id", ()), title=c.text(top, "title", (), required=True),
        source=c.text(top, "source", (), required=True),
        purpose=c.text(top, "purpose", ()), intention=c.text(top, "intention", ()),
        roles=c.texts(top, "roles", ()), invitation=_invitation(c, top, ()),
        agenda=tuple(agenda), summary=c.text(top, "summary", ()),
        meeting_name=_meeting_name(c, top), raw=dict(top))
    _check_references(c, template)
    if c.problems:
        raise TemplateError(c.problems)
    return template


def _meeting_name(c: _Checker, top: Mapping[str, Any]) -> str:
    """What one meeting of the series is called ("Check-in"): one short line of text."""
    name = c.text(top, "meeting_name", ()).strip()
    if len(name) > MAX_MEETING_NAME or _NOT_IN_A_NAME.search(name):
        c.fail(("meeting_name",), f"must be one line of at most {MAX_MEETING_NAME} characters, "
               "e.g. Check-in")
    return name or "Meeting"


def _check_references(c: _Checker, template: Template) -> None:
    """Block ids are unique across the template, and a grid's sources name real blocks."""
    seen: dict[str, Path] = {}
    for i, item in enumerate(template.agenda):
        for j, block in enumerate(item.blocks):
            path: Path = ("agenda", i, "blocks", j, "id")
            if block.id in seen:
                c.fail(path, f"block id '{block.id}' is used twice (also at "
                       f"{field_name(seen[block.id])})")
            seen.setdefault(block.id, path)
    for i, item in enumerate(template.agenda):
        for j, block in enumerate(item.blocks):
            if isinstance(block, GridBlock):
                for k, source in enumerate(block.sources):
                    if source not in seen:
                        c.fail(("agenda", i, "blocks", j, "sources", k),
                               f"'{source}' names no block of this template")
