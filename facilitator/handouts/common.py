"""Pieces several documents share: the title block, meeting facts and item headings."""

from __future__ import annotations

from reportlab.lib.units import inch
from reportlab.platypus import CondPageBreak, Flowable, Table

from facilitator.domain.snapshot import Meeting, Participant, WorkshopSnapshot
from facilitator.domain.template import AnyBlock
from facilitator.handouts.context import KEEP_HEADING, Ctx
from facilitator.handouts.facts import Slot, schedule
from facilitator.handouts.page import PageFurniture
from facilitator.handouts.rtl import TextParagraph as Paragraph
from facilitator.handouts.style import RULE, esc, long_date, table_style


def when_text(meeting: Meeting) -> str:
    return long_date(meeting.date) if meeting.date else "Date to be announced"


def furniture(snapshot: WorkshopSnapshot, document: str, *, cover: bool = False) -> PageFurniture:
    meeting = snapshot.meeting
    bits = [when_text(meeting) if meeting.date else "", meeting.location]
    return PageFurniture(snapshot.title, document, " · ".join(b for b in bits if b), cover)


def title_block(ctx: Ctx, kicker: str, *, big: bool = True) -> None:
    st = ctx.st
    ctx.add(Paragraph(esc(kicker.upper()), st.cover_kicker),
            Paragraph(esc(ctx.snapshot.title), st.cover_title if big else st.h1))


def facts_table(ctx: Ctx, participant: Participant | None = None) -> Flowable:
    """When / Time / Where (and who the packet is for) as a quiet two-column list."""
    st = ctx.st
    meeting = ctx.meeting
    slots = schedule(ctx.snapshot, meeting)
    rows: list[tuple[str, str]] = [("Date", when_text(meeting))]
    if meeting.time and slots:
        rows.append(("Time", f"{slots[0].start} – {slots[-1].end}"
                             f" ({sum(s.minutes for s in slots)} minutes)"))
    else:
        rows.append(("Length", f"{sum(s.minutes for s in slots)} minutes"))
    if meeting.location:
        rows.append(("Location", meeting.location))
    if len(ctx.snapshot.meetings) > 1:
        rows.append(("Meeting", f"Number {meeting.number} of {len(ctx.snapshot.meetings)}"))
    if participant is not None:
        who = participant.name + (f", {participant.role}" if participant.role else "")
        rows.append(("Prepared for", who))
    data = [[Paragraph(esc(k), st.kicker),
             Paragraph(f"<b>{esc(v)}</b>" if k == "Prepared for" else esc(v), st.lead)]
            for k, v in rows]
    table = Table(data, colWidths=[1.2 * inch, ctx.width - 1.2 * inch], hAlign="LEFT")
    table.setStyle(table_style([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LINEABOVE", (0, 0), (-1, 0), 0.8, RULE),
        ("LINEBELOW", (0, -1), (-1, -1), 0.8, RULE),
    ]))
    return table


def item_heading(ctx: Ctx, slot: Slot, *, clock: bool = True,
                 first: AnyBlock | None = None) -> list[Flowable]:
    """Kicker and title of an agenda item; kept on the page with the start of `first`."""
    st = ctx.st
    bits = [f"ITEM {slot.number}"]
    if clock:
        bits.append(f"{slot.start}–{slot.end}")
    bits.append(f"{slot.minutes} MIN")
    return [CondPageBreak(ctx.room_for(first) + 1.1 * inch), Paragraph(" · ".join(bits), st.kicker),
            Paragraph(esc(slot.item.title), st.h1)]


def questions(ctx: Ctx, items: tuple[str, ...]) -> list[Flowable]:
    if not items:
        return []
    st = ctx.st
    return [CondPageBreak(KEEP_HEADING), Paragraph("Guiding questions", st.h3),
            *(Paragraph(esc(q), st.question, bulletText=f"{n}.")
              for n, q in enumerate(items, start=1))]
