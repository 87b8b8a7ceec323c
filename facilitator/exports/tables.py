"""The workshop as typed tables (header + rows): what CSV, XLSX and Markdown lay out.

Values keep their type (date, number, bool, text) so a spreadsheet gets real dates and numbers;
each writer turns them into its own cells.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from facilitator.domain.actions import (
    block_items,
    by_deadline,
    card_labels,
    deadline_date,
    history_text,
    is_overdue,
    origin_text,
    owner_name,
)
from facilitator.domain.cells import cell_text
from facilitator.domain.grid import quadrant_name, quadrant_of
from facilitator.domain.language import ENGLISH, Words
from facilitator.domain.snapshot import Action, WorkshopSnapshot
from facilitator.domain.template import (
    AnyBlock,
    ColumnType,
    GridBlock,
    IdeasBlock,
    TableBlock,
    ThemesBlock,
)

Value = str | int | float | bool | date | None


@dataclass(frozen=True)
class Sheet:
    title: str
    headers: tuple[str, ...]
    rows: list[tuple[Value, ...]]
    block_id: str = ""
    overdue_column: int | None = None  # rows whose value there is True print as overdue


def _date_or_text(text: str) -> Value:
    return deadline_date(text) or text


def action_headers(words: Words = ENGLISH) -> tuple[str, ...]:
    """The action list's columns, in `words`' language."""
    t = words.t
    return (t("Action"), t("Owner"), t("Deadline"), t("Status"), t("Overdue"), t("Category"),
            t("Notes"), t("Created"), t("Came from"), t("Worksheet"), t("Status by meeting"))


def action_rows(snapshot: WorkshopSnapshot, today: date,
                actions: list[Action] | None = None,
                words: Words = ENGLISH) -> list[tuple[Value, ...]]:
    names = {p.id: p.name for p in snapshot.participants}
    labels = card_labels(snapshot)
    titles = {b.id: b.title for b in snapshot.template.blocks()}
    items = block_items(snapshot.template)
    rows = []
    for a in by_deadline(snapshot.actions if actions is None else actions):
        rows.append((a.text, owner_name(a, names), _date_or_text(a.deadline), words.term(a.status),
                     is_overdue(a, today), words.term(a.category), a.notes,
                     _date_or_text(a.created),
                     origin_text(a, snapshot.template, labels, items=items, words=words),
                     titles.get(a.block_id, a.block_id), history_text(a, words)))
    return rows


def actions_sheet(snapshot: WorkshopSnapshot, today: date, words: Words = ENGLISH) -> Sheet:
    return Sheet(words.t("Actions"), action_headers(words),
                 action_rows(snapshot, today, words=words), overdue_column=4)


_TICKS = ("✓", "✔", "☒", "x", "yes", "true")  # how a template writes a pre-ticked box


def _fixed(text: str, kind: ColumnType) -> Value:
    """A template's fixed cell (example text, a pre-ticked box) as the PDFs print it."""
    if kind is ColumnType.CHECKBOX:
        return text.strip().lower() in _TICKS
    return text


def _typed(value: object, kind: ColumnType) -> Value:
    if kind is ColumnType.DATE and isinstance(value, str) and value:
        return deadline_date(value) or value
    if kind is ColumnType.NUMBER and isinstance(value, int | float) and not isinstance(value, bool):
        return value
    if kind is ColumnType.CHECKBOX:
        return bool(value)
    return cell_text(value)  # type: ignore[arg-type]


def block_sheet(snapshot: WorkshopSnapshot, block: AnyBlock,
                words: Words = ENGLISH) -> Sheet | None:
    """One worksheet as a table across all meetings (a "Meeting" column when there are many)."""
    many = len(snapshot.meetings) > 1
    t, term = words.t, words.term
    lead: tuple[str, ...] = (t("Meeting"),) if many else ()
    names = {p.id: p.name for p in snapshot.participants}
    rows: list[tuple[Value, ...]] = []
    if isinstance(block, TableBlock):
        per = block.per_participant
        headers = (*lead, *((t("Participant"),) if per else ()), block.row_header or t("Row"),
                   *(c.label for c in block.columns))
        template_rows = {row.id: row for row in block.rows} if block.fixed else {}
        for m in snapshot.meetings:
            for r in m.tables.get(block.id, []):
                if not block.fixed and not any(v not in ("", None, False, []) for v in
                                               r.cells.values()):
                    continue
                who = (names.get(r.participant_id or -1, ""),) if per else ()
                fixed = template_rows[r.key].values if r.key in template_rows else {}
                # A template's row keeps its label in the template's words (term): in the
                # export's language; a row the room added reads as typed.
                rows.append(((m.number,) if many else ()) + who + (term(r.label),) + tuple(
                    _fixed(fixed[c.id], c.type) if c.id in fixed
                    else _term(_typed(r.cells.get(c.id), c.type), c.type, term)
                    for c in block.columns))
    elif isinstance(block, IdeasBlock):
        categories = {o.id: o.label for o in block.categories}
        lanes = {o.id: o.label for o in block.lanes}
        headers = (*lead, t("Category"), t("Lane"), t("Idea"), t("Author"), t("Votes"),
                   t("Explore further"))
        for m in snapshot.meetings:
            for i in m.ideas.get(block.id, []):
                rows.append(((m.number,) if many else ()) + (
                    categories.get(i.category, i.category), lanes.get(i.lane, i.lane), i.text,
                    names.get(i.author_id or -1, ""), i.votes, i.explore))
    elif isinstance(block, GridBlock):
        headers = (*lead, t("Card"), t("Category"), t("Quadrant"), t("Ease (0-1)"),
                   t("Impact (0-1)"))
        # A card's category is stored as its key ("job"); people read the legend's label.
        legend = {o.id: o.label for o in block.categories}
        for m in snapshot.meetings:
            for p in m.placements.get(block.id, []):
                rows.append(((m.number,) if many else ()) + (
                    term(p.label), legend.get(p.category, p.category),
                    quadrant_name(block.quadrants, quadrant_of(p.x, p.y)),
                    round(p.x, 3), round(p.y, 3)))
    elif isinstance(block, ThemesBlock):
        headers = (*lead, t("Theme"), t("Explanation"))
        for m in snapshot.meetings:
            for t in m.themes.get(block.id, []):
                rows.append(((m.number,) if many else ()) + (t.headline, t.body))
    else:
        return None
    return Sheet(block.title, headers, rows, block.id)


def _term(value: Value, kind: ColumnType, term: object) -> Value:
    """A choice the room picked, in the export's language (the template's words)."""
    if kind is ColumnType.CHOICE and isinstance(value, str) and callable(term):
        return term(value)
    return value


def participant_sheet(snapshot: WorkshopSnapshot, words: Words = ENGLISH) -> Sheet:
    t = words.t
    return Sheet(t("Participants"), (t("Name"), t("Role"), t("Organization")),
                 [(p.name, p.role, p.organisation) for p in snapshot.participants])


def meetings_sheet(snapshot: WorkshopSnapshot, words: Words = ENGLISH) -> Sheet:
    t = words.t
    return Sheet(t("Meetings"), (t("Meeting"), t("Date"), t("Time"), t("Location")),
                 [(m.number, deadline_date(m.date) or m.date, m.time, m.location)
                  for m in snapshot.meetings])

