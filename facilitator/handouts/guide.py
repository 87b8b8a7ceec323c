"""Facilitator guide: run of show with start times and minutes, then per item the notes,
guiding questions, subgroups and worksheets; the invitation text at the end."""

from __future__ import annotations

from reportlab.lib.units import inch
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Spacer

from facilitator.domain.invitation import fill_invitation
from facilitator.domain.language import Words
from facilitator.domain.snapshot import WorkshopSnapshot
from facilitator.domain.template import AgendaItem
from facilitator.handouts.common import facts_table, furniture, item_heading, questions, title_block
from facilitator.handouts.context import KEEP_HEADING, Ctx
from facilitator.handouts.facts import schedule
from facilitator.handouts.flowables import callout
from facilitator.handouts.page import render
from facilitator.handouts.rtl import TextParagraph as Paragraph
from facilitator.handouts.style import esc
from facilitator.handouts.tables import simple_table

KIND_NAMES = {"text": "Reference text", "table": "Worksheet table", "ideas": "Brainstorm board",
              "grid": "Impact x ease grid", "actions": "Actions with owners and deadlines",
              "themes": "Key themes"}


def notes_flowables(ctx: Ctx, notes: str) -> list[Flowable]:
    """Facilitator notes: blank lines separate paragraphs, '- ' lines are bullets."""
    out: list[Flowable] = []
    for paragraph in notes.split("\n\n"):
        for line in paragraph.strip().splitlines():
            line = line.strip()
            if not line:
                continue
            if line.startswith(("- ", "* ", "• ")):
                out.append(Paragraph(esc(line[2:].strip()), ctx.st.bullet, bulletText="•"))
            else:
                out.append(Paragraph(esc(line), ctx.st.body))
    return out


def _worksheets(ctx: Ctx, item: AgendaItem) -> list[Flowable]:
    if not item.blocks:
        return []
    st = ctx.st
    out: list[Flowable] = [Paragraph(esc(ctx.t("Worksheets")), st.h3)]
    for block in item.blocks:
        kind = ctx.t(KIND_NAMES.get(block.kind.value, block.kind.value))
        text = f"<b>{esc(block.title)}</b> <font color='#5F6B76'>({esc(kind)})</font>"
        if block.instructions:
            text += f"<br/>{esc(block.instructions)}"
        out.append(Paragraph(text, st.bullet, bulletText="•"))
    # The list travels as one piece: a last bullet alone at the top of a page reads as lost.
    return [CondPageBreak(KEEP_HEADING), KeepTogether(out)]


def guide_pdf(snapshot: WorkshopSnapshot, paper: str, words: Words | None = None,
              vocabulary: dict[str, str] | None = None) -> bytes:
    ctx = Ctx.new(snapshot, paper, words=words, vocabulary=vocabulary)
    st = ctx.st
    t = ctx.t
    template = snapshot.template
    title_block(ctx, t("Facilitator guide"))
    if template.purpose:
        ctx.add(Paragraph(esc(template.purpose), st.cover_sub))
    if template.source.strip():
        ctx.add(Paragraph(f"<b>{esc(t('Source:'))}</b> {esc(template.source.strip())}",
                          st.muted))
    ctx.add(Spacer(1, 6), facts_table(ctx), Spacer(1, 12))
    if template.intention:
        ctx.add(callout([Paragraph(esc(t("Meeting intention (read aloud at the start)")), st.h3),
                         Paragraph(esc(template.intention), st.callout)], ctx.width))
    slots = schedule(snapshot, words=ctx.words)
    clock = bool(ctx.meeting.time)
    ctx.subheading(esc(t("Run of show")), st.h2)
    rows = [[s.start, s.end, str(s.minutes), s.item.title] for s in slots]
    w = ctx.width
    ctx.add(simple_table([t("Start") if clock else t("From"), t("End") if clock else t("To"),
                          t("Min"), t("Item")], rows,
                         [0.8 * inch, 0.8 * inch, 0.5 * inch, w - 2.1 * inch], st,
                         center_cols=(2,)))
    if snapshot.participants:
        ctx.subheading(esc(t("Participants ({count})", count=len(snapshot.participants))),
                       st.h2)
        people = [[p.name, p.role, p.organisation] for p in snapshot.participants]
        ctx.add(simple_table([t("Name"), t("Role"), t("Organization")], people,
                             [w * 0.3, w * 0.4, w * 0.3], st))
    for slot in slots:
        item = slot.item
        ctx.add(CondPageBreak(2.2 * inch), Spacer(1, 14))
        ctx.add(*item_heading(ctx, slot, clock=clock))
        if item.notes.strip():
            ctx.subheading(esc(t("Notes")))
            ctx.add(*notes_flowables(ctx, item.notes))
        ctx.add(*questions(ctx, item.questions))
        if item.subgroups:
            ctx.subheading(esc(t("Subgroups")))
            ctx.add(Paragraph(esc(" · ".join(item.subgroups)), st.body))
        ctx.add(*_worksheets(ctx, item))
    invitation = template.invitation
    if invitation.body.strip():
        # The same words as `facilitator invite` and Meeting > Copy invitation.
        filled = fill_invitation(invitation, snapshot.title, ctx.meeting, ctx.words)
        subject, body = filled.subject, filled.body
        # On a page of its own to hand to whoever sends it, unless the page has plenty of room
        # left (then a forced break would leave a page with a line or two on it).
        ctx.add(CondPageBreak(ctx.story.height * 0.55), Spacer(1, 14))
        ctx.add(Paragraph(esc(t("Invitation to send")), st.h1),
                Paragraph(f"<b>{esc(t('Subject:'))}</b> {esc(subject)}", st.body),
                Spacer(1, 6))
        ctx.add(*(Paragraph(esc(p.strip()), st.body) for p in body.split("\n\n") if p.strip()))
    return render(ctx.story, furniture(ctx, t("Facilitator guide")))
