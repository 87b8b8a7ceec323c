"""Session summary: everything the meeting captured, item by item (filled tables, ideas with
votes, the grid as a figure, actions with owners and deadlines, key themes)."""

from __future__ import annotations

from datetime import date

from reportlab.lib.units import inch
from reportlab.platypus import CondPageBreak, Spacer

from facilitator.domain.language import Words
from facilitator.domain.snapshot import WorkshopSnapshot
from facilitator.handouts.blocks import filled_block, has_captured
from facilitator.handouts.common import facts_table, furniture, item_heading, title_block
from facilitator.handouts.context import Ctx, orientation_of
from facilitator.handouts.facts import schedule
from facilitator.handouts.page import render
from facilitator.handouts.rtl import TextParagraph as Paragraph
from facilitator.handouts.style import TICKED, esc
from facilitator.handouts.tables import simple_table


def _attendance(ctx: Ctx) -> None:
    st = ctx.st
    people = ctx.snapshot.participants
    if not people:
        return
    t = ctx.t
    ctx.subheading(esc(t("Participants ({count})", count=len(people))), st.h2)
    w = ctx.width
    ctx.add(simple_table([t("Name"), t("Role"), t("Organization")],
                         [[p.name, p.role, p.organisation] for p in people],
                         [w * 0.3, w * 0.4, w * 0.3], st))


def _agenda_as_run(ctx: Ctx) -> None:
    timers = {t.item: t for t in ctx.meeting.timers}
    if not any(t.elapsed_s > 0 or t.done for t in timers.values()):
        return
    st = ctx.st
    rows = []
    for slot in schedule(ctx.snapshot, words=ctx.words):
        t = timers.get(slot.number - 1)
        used = f"{round(t.elapsed_s / 60)}" if t and t.elapsed_s > 0 else ""
        rows.append([slot.item.title, str(slot.minutes), used, TICKED if t and t.done else ""])
    w = ctx.width
    t = ctx.t
    ctx.subheading(esc(t("Agenda as run")), st.h2)
    ctx.add(simple_table([t("Item"), t("Planned min"), t("Used min"), t("Done")], rows,
                         [w - 2.7 * inch, 0.9 * inch, 0.9 * inch, 0.9 * inch], st,
                         center_cols=(1, 2, 3)))


def summary_pdf(snapshot: WorkshopSnapshot, paper: str, today: date | None = None,
                words: Words | None = None, vocabulary: dict[str, str] | None = None) -> bytes:
    ctx = Ctx.new(snapshot, paper, today, words, vocabulary)
    st = ctx.st
    title_block(ctx, ctx.t("Session summary"))
    ctx.add(Spacer(1, 6), facts_table(ctx), Spacer(1, 4))
    _attendance(ctx)
    _agenda_as_run(ctx)
    clock = bool(ctx.meeting.time)
    anything = False
    for slot in schedule(snapshot, words=ctx.words):
        blocks = [b for b in slot.item.blocks if has_captured(ctx, b)]
        if not blocks:
            continue  # nothing captured under this item: leave it out of the summary
        anything = True
        wanted = orientation_of(blocks[0])
        if wanted != ctx.story.orientation:
            ctx.story.new_page(wanted)
        else:
            ctx.add(CondPageBreak(2.5 * inch), Spacer(1, 12))
        ctx.add(*item_heading(ctx, slot, clock=clock, first=blocks[0]))
        for block in blocks:
            filled_block(ctx, block)
    if not anything:
        ctx.add(Paragraph(esc(ctx.t("Nothing has been captured in this meeting yet.")),
                          st.muted))
    return render(ctx.story, furniture(ctx, ctx.t("Session summary")))
