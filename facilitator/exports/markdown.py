"""The session as a readable Markdown document: agenda item by item, every worksheet.

For a series, each meeting gets its own section; an action list shows the actions reviewed or
created at that meeting, with the status they had then.
"""

from __future__ import annotations

import re
from datetime import date

from facilitator.domain.actions import (
    by_deadline,
    deadline_date,
    is_overdue,
    owner_name,
    participant_names,
    status_at,
)
from facilitator.domain.language import ENGLISH, Words
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
from facilitator.exports.safe import writable
from facilitator.exports.tables import Value, block_sheet


class Markup(str):
    """Markdown this module writes itself (e.g. **overdue**): the only text never escaped."""


_INLINE = re.compile(r"([\\`*_\[\]|~])")
_BLOCK_START = re.compile(r"^(\s*)(\d+(?=[.)])|)([#>+=.)-])")


def md_text(text: str) -> str:
    """User (and template) text as literal Markdown: `<script>`, `<b>` and `[x](url)` stay
    words on the page in any renderer (CommonMark, pandoc, python-markdown)."""
    text = writable(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    text = _INLINE.sub(r"\\\1", text)
    return "\n".join(_BLOCK_START.sub(_block_start, line) for line in text.split("\n"))


def _block_start(match: re.Match[str]) -> str:
    # A line starting like a heading, quote, list or rule ("# ", "> ", "- ", "1. ") stays text.
    return match.group(1) + (match.group(2) or "") + "\\" + match.group(3)


def _cell(value: Value, words: Words = ENGLISH) -> str:
    if value is None or value is False:
        return ""
    if value is True:
        return words.t("yes")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Markup):
        return str(value)
    lines = [" ".join(line.split()) for line in str(value).splitlines()]
    return "<br>".join(md_text(line) for line in lines if line) if lines else ""


def md_table(headers: tuple[str, ...] | list[str], rows: list[tuple[Value, ...]],
             words: Words = ENGLISH) -> list[str]:
    lines = ["| " + " | ".join(_cell(h, words) for h in headers) + " |",
             "|" + "|".join("---" for _ in headers) + "|"]
    lines += ["| " + " | ".join(_cell(v, words) for v in row) + " |" for row in rows]
    return lines


def _when(meeting: Meeting, words: Words) -> str:
    parts = [words.long_date(meeting.date) if meeting.date else words.t("date not set")]
    if meeting.time:
        parts.append(words.time(meeting.time))
    if meeting.location:
        parts.append(meeting.location)
    return md_text(", ".join(parts))


def session_markdown(snapshot: WorkshopSnapshot, today: date, what: str = "all",
                     words: Words = ENGLISH) -> str:
    t = snapshot.template
    out = [f"# {md_text(snapshot.title)}", ""]
    if what == "actions":
        out += _actions_section(snapshot, None, today, words)
        return "\n".join(out).rstrip() + "\n"
    out += [f"*{md_text(t.title)}*", ""]
    if t.purpose:
        out += [md_text(t.purpose), ""]
    for m in snapshot.meetings:
        out.append("- " + words.t("Meeting {number}: {when}", number=m.number,
                                  when=_when(m, words)))
    out.append("")
    if snapshot.participants:
        out += ["## " + md_text(words.t("Participants")), ""]
        out += ["- " + md_text(p.name + (f", {p.role}" if p.role else "")
                               + (f" ({p.organisation})" if p.organisation else ""))
                for p in snapshot.participants]
        out.append("")
    many = len(snapshot.meetings) > 1
    for m in snapshot.meetings:
        level = "##"
        if many:
            out += ["## " + words.t("Meeting {number}: {when}", number=m.number,
                              when=_when(m, words)), ""]
            level = "###"
        for index, item in enumerate(t.agenda, start=1):
            minutes = md_text(words.t("{count} min", count=item.minutes))
            out += [f"{level} {index}. {md_text(item.title)} ({minutes})", ""]
            out += [f"> {md_text(q)}" for q in item.questions]
            if item.questions:
                out.append("")
            for block in item.blocks:
                out += _block(snapshot, m, block, level + "#", today, words)
    return "\n".join(out).rstrip() + "\n"


def _block(snap: WorkshopSnapshot, m: Meeting, block: AnyBlock, level: str,
           today: date, words: Words = ENGLISH) -> list[str]:
    out = [f"{level} {md_text(block.title)}", ""]
    if block.instructions:
        out += [f"*{md_text(block.instructions.strip())}*", ""]
    if isinstance(block, TextBlock):
        if block.body:
            out += [md_text(block.body.strip()), ""]
        for section in block.sections:
            out += [f"**{md_text(section.heading)}**", ""]
            out += [f"- {md_text(p)}" for p in section.points] + [""]
        note = m.notes.get(block.id, "")
        if note.strip():
            out += [md_text(words.t("Notes from the room:")), "", md_text(note.strip()), ""]
    elif isinstance(block, ActionsBlock):
        out += _actions_table(snap, m, block, today, words)
    elif isinstance(block, TableBlock | IdeasBlock | GridBlock | ThemesBlock):
        one = WorkshopSnapshot(snap.title, snap.template, snap.created_at, snap.participants,
                               [m], snap.actions)
        sheet = block_sheet(one, block, words)
        if sheet is None or not sheet.rows:
            out += [md_text(words.t("(nothing recorded)")), ""]
        elif isinstance(block, ThemesBlock):
            for headline, body in sheet.rows:
                out += [f"**{md_text(str(headline or ''))}**", "", md_text(str(body or "")), ""]
        else:
            out += [*md_table(sheet.headers, sheet.rows, words), ""]
    return out


def _actions_table(snap: WorkshopSnapshot, m: Meeting | None, block: ActionsBlock | None,
                   today: date, words: Words = ENGLISH) -> list[str]:
    names = participant_names(snap)
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
        due = deadline_date(a.deadline)
        deadline = words.date(due) if due is not None else a.deadline.strip()
        overdue = Markup(f"**{md_text(words.t('overdue'))}**")
        rows.append((a.text, owner_name(a, names), deadline, words.term(status),
                     overdue if late else "", words.term(a.category), a.notes))
    if not rows:
        return [md_text(words.t("(no actions yet)")), ""]
    t = words.t
    return [*md_table((t("Action"), t("Owner"), t("Deadline"), t("Status"), "", t("Category"),
                       t("Notes")), rows, words), ""]


def _actions_section(snap: WorkshopSnapshot, m: Meeting | None, today: date,
                     words: Words = ENGLISH) -> list[str]:
    out = ["## " + md_text(words.t("Actions")), ""]
    for block in snap.template.blocks():
        if isinstance(block, ActionsBlock):
            out += [f"### {md_text(block.title)}", "",
                    *_actions_table(snap, m, block, today, words)]
    return out
