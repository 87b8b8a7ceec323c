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


ACTION_HEADERS = ("Action", "Owner", "Deadline", "Status", "Overdue", "Category", "Notes",
                  "Created", "Came from", "Worksheet", "Status by meeting")


def _date_or_text(text: str) -> Value:
    return deadline_date(text) or text


def action_rows(snapshot: WorkshopSnapshot, today: date,
                actions: list[Action] | None = None) -> list[tuple[Value, ...]]:
    names = {p.id: p.name for p in snapshot.participants}
    labels = card_labels(snapshot)
    titles = {b.id: b.title for b in snapshot.template.blocks()}
    items = block_items(snapshot.template)
    rows = []
    for a in by_deadline(snapshot.actions if actions is None else actions):
        rows.append((a.text, owner_name(a, names), _date_or_text(a.deadline), a.status,
                     is_overdue(a, today), a.category, a.notes, _date_or_text(a.created),
                     origin_text(a, snapshot.template, labels, items=items),
                     titles.get(a.block_id, a.block_id), history_text(a)))
    return rows


def actions_sheet(snapshot: WorkshopSnapshot, today: date) -> Sheet:
    return Sheet("Actions", ACTION_HEADERS, action_rows(snapshot, today))


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


def block_sheet(snapshot: WorkshopSnapshot, block: AnyBlock) -> Sheet | None:
    """One worksheet as a table across all meetings (a "Meeting" column when there are many)."""
    many = len(snapshot.meetings) > 1
    lead: tuple[str, ...] = ("Meeting",) if many else ()
    names = {p.id: p.name for p in snapshot.participants}
    rows: list[tuple[Value, ...]] = []
    if isinstance(block, TableBlock):
        per = block.per_participant
        headers = (*lead, *(("Participant",) if per else ()), block.row_header or "Row",
                   *(c.label for c in block.columns))
        template_rows = {row.id: row for row in block.rows} if block.fixed else {}
        for m in snapshot.meetings:
            for r in m.tables.get(block.id, []):
                if not block.fixed and not any(v not in ("", None, False, []) for v in
                                               r.cells.values()):
                    continue
                who = (names.get(r.participant_id or -1, ""),) if per else ()
                fixed = template_rows[r.key].values if r.key in template_rows else {}
                rows.append(((m.number,) if many else ()) + who + (r.label,) + tuple(
                    _fixed(fixed[c.id], c.type) if c.id in fixed
                    else _typed(r.cells.get(c.id), c.type) for c in block.columns))
    elif isinstance(block, IdeasBlock):
        categories = {o.id: o.label for o in block.categories}
        lanes = {o.id: o.label for o in block.lanes}
        headers = (*lead, "Category", "Lane", "Idea", "Author", "Votes", "Explore further")
        for m in snapshot.meetings:
            for i in m.ideas.get(block.id, []):
                rows.append(((m.number,) if many else ()) + (
                    categories.get(i.category, i.category), lanes.get(i.lane, i.lane), i.text,
                    names.get(i.author_id or -1, ""), i.votes, i.explore))
    elif isinstance(block, GridBlock):
        headers = (*lead, "Card", "Category", "Quadrant", "Ease (0-1)", "Impact (0-1)")
        for m in snapshot.meetings:
            for p in m.placements.get(block.id, []):
                rows.append(((m.number,) if many else ()) + (
                    p.label, p.category, quadrant_name(block.quadrants, quadrant_of(p.x, p.y)),
                    round(p.x, 3), round(p.y, 3)))
    elif isinstance(block, ThemesBlock):
        headers = (*lead, "Theme", "Explanation")
        for m in snapshot.meetings:
            for t in m.themes.get(block.id, []):
                rows.append(((m.number,) if many else ()) + (t.headline, t.body))
    else:
        return None
    return Sheet(block.title, headers, rows, block.id)


def participant_sheet(snapshot: WorkshopSnapshot) -> Sheet:
    return Sheet("Participants", ("Name", "Role", "Organization"),
                 [(p.name, p.role, p.organisation) for p in snapshot.participants])


def meetings_sheet(snapshot: WorkshopSnapshot) -> Sheet:
    return Sheet("Meetings", ("Meeting", "Date", "Time", "Location"),
                 [(m.number, deadline_date(m.date) or m.date, m.time, m.location)
                  for m in snapshot.meetings])

