"""Key-themes summary, in the shape of a published focus-group write-up: a short account of
who met and why, then each theme as a bold headline with a paragraph that explains it."""

from __future__ import annotations

from reportlab.lib.units import inch
from reportlab.platypus import Spacer

from facilitator.domain.language import Words
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
    words = ctx.words
    count = len(snapshot.participants)
    who = words.plural(count, "{count} participant", "{count} participants") if count \
        else ctx.t("the group")
    met = ctx.t("{who} met at {place} for “{title}”.", who=who, place=meeting.location,
                title=snapshot.title) if meeting.location else \
        ctx.t("{who} met for “{title}”.", who=who, title=snapshot.title)
    if meeting.date:
        met = ctx.t("On {date}, {rest}", date=when_text(meeting, words), rest=met)
    else:
        met = met[0].upper() + met[1:]
    return met + " " + ctx.t("Highlights from the discussion are included below.")


def themes_pdf(snapshot: WorkshopSnapshot, paper: str, words: Words | None = None,
               vocabulary: dict[str, str] | None = None) -> bytes:
    ctx = Ctx.new(snapshot, paper, words=words, vocabulary=vocabulary)
    st = ctx.st
    t = ctx.t
    ctx.add(Paragraph(esc(t("Summary of Key Themes")), st.cover_title),
            Paragraph(esc(snapshot.title), st.cover_sub), Spacer(1, 0.15 * inch),
            Paragraph(esc(_intro(ctx)), st.lead))
    if snapshot.template.purpose.strip():
        ctx.add(Paragraph(f"<b>{esc(t('Purpose of the session:'))}</b> "
                          + esc(snapshot.template.purpose),
                          st.body))
    ctx.add(Spacer(1, 0.1 * inch))
    ctx.subheading(esc(t("DISCUSSION THEMES")), st.h2)
    themes = all_themes(ctx)
    if not themes:
        ctx.add(Paragraph(esc(t("No key themes have been recorded for this meeting yet.")),
                          st.muted))
    for theme in themes:
        ctx.add(*theme_flowables(ctx, theme.headline, theme.body))
    if snapshot.participants:
        names = ", ".join(p.name for p in snapshot.participants)
        ctx.add(Spacer(1, 0.2 * inch), Paragraph(esc(t("Participants: {names}.", names=names)),
                                                    st.muted))
    return render(ctx.story, furniture(ctx, t("Key themes")))
