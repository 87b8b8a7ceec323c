"""The session as a readable Markdown document: agenda item by item, every worksheet.

For a series, each meeting gets its own section; an action list shows the actions reviewed or
created at that meeting, with the status they had then.
"""

from __future__ import annotations

from datetime import date

from facilitator.domain.actions import by_deadline, is_overdue, owner_name, status_at
from facilitator.domain.invitation import friendly_date, friendly_time
from facilitator.domain.snapshot import Meeting, WorkshopSnapshot
from facilitator.domain.template import (
    ActionsBlock,
    AnyBlock,
    GridBlock,
    IdeasBlock,
    TableBlock,
    TextBlock,
    ThemesBlock,
)
from facilitator.exports.tables import Value, block_sheet


def _cell(value: Value) -> str:
    if value is None or value is False:
        return ""
    if value is True:
        return "yes"
    if isinstance(value, date):
        return value.isoformat()
    text = str(value).replace("\\", "\\\\").replace("|", "\\|")
    return " ".join(text.split()) if "\n" not in text else "<br>".join(text.splitlines())


def md_table(headers: tuple[str, ...] | list[str], rows: list[tuple[Value, ...]]) -> list[str]:
    lines = ["| " + " | ".join(_cell(h) for h in headers) + " |",
             "|" + "|".join("---" for _ in headers) + "|"]
    lines += ["| " + " | ".join(_cell(v) for v in row) + " |" for row in rows]
    return lines


def _when(meeting: Meeting) -> str:
    parts = [friendly_date(meeting.date) if meeting.date else "date not set"]
    if meeting.time:
        parts.append(friendly_time(meeting.time))
    if meeting.location:
        parts.append(meeting.location)
    return ", ".join(parts)


def session_markdown(snapshot: WorkshopSnapshot, today: date, what: str = "all") -> str:
    t = snapshot.template
    out = [f"# {snapshot.title}", ""]
    if what == "actions":
        out += _actions_section(snapshot, None, today)
        return "\n".join(out).rstrip() + "\n"
    out += [f"*{t.title}*", ""]
    if t.purpose:
        out += [t.purpose, ""]
    for m in snapshot.meetings:
        out.append(f"- Meeting {m.number}: {_when(m)}")
    out.append("")
    if snapshot.participants:
        out += ["## Participants", ""]
        out += [f"- {p.name}" + (f", {p.role}" if p.role else "")
                + (f" ({p.organisation})" if p.organisation else "") for p in snapshot.participants]
        out.append("")
    many = len(snapshot.meetings) > 1
    for m in snapshot.meetings:
        level = "##"
        if many:
            out += [f"## Meeting {m.number}: {_when(m)}", ""]
            level = "###"
        for index, item in enumerate(t.agenda, start=1):
            out += [f"{level} {index}. {item.title} ({item.minutes} min)", ""]
            out += [f"> {q}" for q in item.questions]
            if item.questions:
                out.append("")
            for block in item.blocks:
                out += _block(snapshot, m, block, level + "#", today)
    return "\n".join(out).rstrip() + "\n"


def _block(snap: WorkshopSnapshot, m: Meeting, block: AnyBlock, level: str,
           today: date) -> list[str]:
    out = [f"{level} {block.title}", ""]
    if block.instructions:
        out += [f"*{block.instructions.strip()}*", ""]
    if isinstance(block, TextBlock):
        if block.body:
            out += [block.body.strip(), ""]
        for section in block.sections:
            out += [f"**{section.heading}**", ""] + [f"- {p}" for p in section.points] + [""]
        note = m.notes.get(block.id, "")
        if note.strip():
            out += ["Notes from the room:", "", note.strip(), ""]
    elif isinstance(block, ActionsBlock):
        out += _actions_table(snap, m, block, today)
    elif isinstance(block, TableBlock | IdeasBlock | GridBlock | ThemesBlock):
        one = WorkshopSnapshot(snap.title, snap.template, snap.created_at, snap.participants,
                               [m], snap.actions)
        sheet = block_sheet(one, block)
        if sheet is None or not sheet.rows:
            out += ["(nothing recorded)", ""]
        elif isinstance(block, ThemesBlock):
            for headline, body in sheet.rows:
                out += [f"**{headline}**", "", str(body or ""), ""]
        else:
            out += [*md_table(sheet.headers, sheet.rows), ""]
    return out


def _actions_table(snap: WorkshopSnapshot, m: Meeting | None, block: ActionsBlock | None,
                   today: date) -> list[str]:
    names = {p.id: p.name for p in snap.participants}
    rows: list[tuple[Value, ...]] = []
    for a in by_deadline(snap.actions):
        if block is not None and a.block_id != block.id:
            continue
        status = a.status
        if m is not None:
            then = status_at(a, m.number)
            if then is None and a.meeting_number != m.number:
                continue  # not part of this meeting
            status = then or a.status
        late = is_overdue(a, today) and status == a.status
        rows.append((a.text, owner_name(a, names), a.deadline, status,
                     "**overdue**" if late else "", a.category, a.notes))
    if not rows:
        return ["(no actions yet)", ""]
    return [*md_table(("Action", "Owner", "Deadline", "Status", "", "Category", "Notes"), rows), ""]


def _actions_section(snap: WorkshopSnapshot, m: Meeting | None, today: date) -> list[str]:
    out = ["## Actions", ""]
    for block in snap.template.blocks():
        if isinstance(block, ActionsBlock):
            out += [f"### {block.title}", "", *_actions_table(snap, m, block, today)]
    return out
