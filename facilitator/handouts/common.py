"""Pieces several documents share: the title block, meeting facts and item headings."""

from __future__ import annotations

from reportlab.lib.units import inch
from reportlab.platypus import CondPageBreak, Flowable, Table

from facilitator.domain.language import Words
from facilitator.domain.snapshot import Meeting, Participant
from facilitator.domain.template import AnyBlock
from facilitator.handouts.context import KEEP_HEADING, Ctx
from facilitator.handouts.facts import Slot, schedule
from facilitator.handouts.page import PageFurniture
from facilitator.handouts.rtl import TextParagraph as Paragraph
from facilitator.handouts.style import RULE, esc, table_style


def when_text(meeting: Meeting, words: Words) -> str:
    return words.long_date(meeting.date) if meeting.date else words.t("Date to be announced")


def furniture(ctx: Ctx, document: str, *, cover: bool = False) -> PageFurniture:
    meeting = ctx.snapshot.meeting
    bits = [when_text(meeting, ctx.words) if meeting.date else "", meeting.location]
    return PageFurniture(ctx.snapshot.title, document, " · ".join(b for b in bits if b), cover,
                         page_label=ctx.t("Page {page} of {total}"))


def title_block(ctx: Ctx, kicker: str, *, big: bool = True) -> None:
    st = ctx.st
    ctx.add(Paragraph(esc(kicker.upper()), st.cover_kicker),
            Paragraph(esc(ctx.snapshot.title), st.cover_title if big else st.h1))


def facts_table(ctx: Ctx, participant: Participant | None = None) -> Flowable:
    """When / Time / Where (and who the packet is for) as a quiet two-column list."""
    st = ctx.st
    meeting = ctx.meeting
    slots = schedule(ctx.snapshot, meeting, ctx.words)
    t = ctx.t
    rows: list[tuple[str, str]] = [(t("Date"), when_text(meeting, ctx.words))]
    minutes = t("{count} minutes", count=sum(s.minutes for s in slots))
    if meeting.time and slots:
        rows.append((t("Time"), f"{slots[0].start} – {slots[-1].end} ({minutes})"))
    else:
        rows.append((t("Length"), minutes))
    if meeting.location:
        rows.append((t("Location"), meeting.location))
    if len(ctx.snapshot.meetings) > 1:
        rows.append((t("Meeting"), t("Number {number} of {count}", number=meeting.number,
                                     count=len(ctx.snapshot.meetings))))
    prepared = t("Prepared for")
    if participant is not None:
        who = participant.name + (f", {participant.role}" if participant.role else "")
        rows.append((prepared, who))
    data = [[Paragraph(esc(k), st.kicker),
             Paragraph(f"<b>{esc(v)}</b>" if k == prepared else esc(v), st.lead)]
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
    bits = [ctx.t("ITEM {number}", number=slot.number)]
    if clock:
        bits.append(f"{slot.start}–{slot.end}")
    bits.append(ctx.t("{count} MIN", count=slot.minutes))
    return [CondPageBreak(ctx.room_for(first) + 1.1 * inch), Paragraph(" · ".join(bits), st.kicker),
            Paragraph(esc(slot.item.title), st.h1)]


def questions(ctx: Ctx, items: tuple[str, ...]) -> list[Flowable]:
    if not items:
        return []
    st = ctx.st
    return [CondPageBreak(KEEP_HEADING), Paragraph(esc(ctx.t("Guiding questions")), st.h3),
            *(Paragraph(esc(q), st.question, bulletText=f"{n}.")
              for n, q in enumerate(items, start=1))]
