"""Participant packet: cover, agenda with clock times, reference text and every worksheet
blank with room to write. Optionally one per participant, with their name on the cover."""

from __future__ import annotations

from reportlab.lib.units import inch
from reportlab.platypus import Spacer

from facilitator.domain.language import Words
from facilitator.domain.snapshot import Participant, WorkshopSnapshot
from facilitator.handouts.blocks import blank_block
from facilitator.handouts.common import facts_table, furniture, item_heading, questions, title_block
from facilitator.handouts.context import Ctx, orientation_of
from facilitator.handouts.facts import schedule
from facilitator.handouts.flowables import WritingLines, callout
from facilitator.handouts.page import PORTRAIT, render
from facilitator.handouts.rtl import TextParagraph as Paragraph
from facilitator.handouts.style import esc
from facilitator.handouts.tables import simple_table

QUESTION_LINES = 14   # ruled lines under an item that has questions and no worksheet


def packet_pdf(snapshot: WorkshopSnapshot, paper: str,
               participant: Participant | None = None, words: Words | None = None,
               vocabulary: dict[str, str] | None = None) -> bytes:
    ctx = Ctx.new(snapshot, paper, words=words, vocabulary=vocabulary)
    st = ctx.st
    t = ctx.t
    template = snapshot.template
    ctx.add(Spacer(1, 0.6 * inch))
    title_block(ctx, t("Participant packet"))
    if template.purpose:
        ctx.add(Paragraph(esc(template.purpose), st.cover_sub))
    ctx.add(Spacer(1, 10), facts_table(ctx, participant), Spacer(1, 18))
    if template.intention:
        ctx.add(callout([Paragraph(esc(t("Meeting intention")), st.h3),
                         Paragraph(esc(template.intention), st.callout)], ctx.width))
        ctx.add(Spacer(1, 14))
    slots = schedule(snapshot, words=ctx.words)
    ctx.subheading(esc(t("Agenda")), st.h2)
    clock = bool(ctx.meeting.time)
    rows = [[f"{s.start}–{s.end}" if clock else t("{count} min", count=s.minutes), s.item.title,
             f"{s.minutes}"] for s in slots]
    ctx.add(simple_table([t("Time") if clock else t("Length"), t("Item"), t("Minutes")], rows,
                         [1.15 * inch, ctx.width - 1.95 * inch, 0.8 * inch], st,
                         center_cols=(2,)))
    for slot in slots:
        item = slot.item
        blocks = [b for b in item.blocks if b.for_participants]  # never the facilitator's own
        if not blocks and not item.questions:
            continue  # a break has nothing to print
        ctx.story.new_page(orientation_of(blocks[0]) if blocks else PORTRAIT)
        ctx.add(*item_heading(ctx, slot, clock=clock))
        ctx.add(*questions(ctx, item.questions))
        if item.questions:
            ctx.add(Spacer(1, 8))
        if item.questions and not blocks:
            # Questions alone would leave a page with two lines on it: give room to answer.
            ctx.add(WritingLines(QUESTION_LINES, label=t("Your notes on these questions")))
        for block in blocks:
            blank_block(ctx, block)
    name = t("Participant packet") + (f" · {participant.name}" if participant else "")
    return render(ctx.story, furniture(ctx, name, cover=True))
