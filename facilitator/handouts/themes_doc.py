"""Key-themes summary, in the shape of a published focus-group write-up: a short account of
who met and why, then each theme as a bold headline with a paragraph that explains it."""

from __future__ import annotations

from reportlab.lib.units import inch
from reportlab.platypus import Spacer

from facilitator.domain.snapshot import Theme, WorkshopSnapshot
from facilitator.domain.template import ThemesBlock
from facilitator.handouts.captured import theme_flowables
from facilitator.handouts.common import furniture, when_text
from facilitator.handouts.context import Ctx
from facilitator.handouts.page import render
from facilitator.handouts.rtl import TextParagraph as Paragraph
from facilitator.handouts.style import esc


def all_themes(ctx: Ctx) -> list[Theme]:
    themes: list[Theme] = []
    for block in ctx.snapshot.template.blocks():
        if isinstance(block, ThemesBlock):
            themes += sorted(ctx.meeting.themes.get(block.id, []),
                             key=lambda t: (t.position, t.id))
    return themes


def _intro(ctx: Ctx) -> str:
    snapshot, meeting = ctx.snapshot, ctx.meeting
    count = len(snapshot.participants)
    who = f"{count} participant{'s' if count != 1 else ''}" if count else "The group"
    when = f"On {when_text(meeting)}, " if meeting.date else ""
    where = f" at {meeting.location}" if meeting.location else ""
    if not when:
        who = who[0].upper() + who[1:]
    return (f"{when}{who} met{where} for “{snapshot.title}”. "
            "Highlights from the discussion are included below.")


def themes_pdf(snapshot: WorkshopSnapshot, paper: str) -> bytes:
    ctx = Ctx.new(snapshot, paper)
    st = ctx.st
    ctx.add(Paragraph("Summary of Key Themes", st.cover_title),
            Paragraph(esc(snapshot.title), st.cover_sub), Spacer(1, 0.15 * inch),
            Paragraph(esc(_intro(ctx)), st.lead))
    if snapshot.template.purpose.strip():
        ctx.add(Paragraph("<b>Purpose of the session:</b> " + esc(snapshot.template.purpose),
                          st.body))
    ctx.add(Spacer(1, 0.1 * inch))
    ctx.subheading("DISCUSSION THEMES", st.h2)
    themes = all_themes(ctx)
    if not themes:
        ctx.add(Paragraph("No key themes have been recorded for this meeting yet.", st.muted))
    for theme in themes:
        ctx.add(*theme_flowables(ctx, theme.headline, theme.body))
    if snapshot.participants:
        names = ", ".join(p.name for p in snapshot.participants)
        ctx.add(Spacer(1, 0.2 * inch), Paragraph(f"Participants: {esc(names)}.", st.muted))
    return render(ctx.story, furniture(snapshot, "Key themes"))
