"""Action tracker sheet: open actions grouped by owner, then a slip per owner to cut out and
hand over (their actions with boxes to tick and deadlines).

Owners, deadlines and "overdue" follow domain.actions, like every export and the app. A slip
is one table that may split across pages (its owner line repeats on the next page), so no
number of actions and no length of text can make the sheet fail to lay out.
"""

from __future__ import annotations

from datetime import date

from reportlab.lib.units import inch
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table

from facilitator.domain.actions import (
    UNASSIGNED,
    by_owner,
    is_open,
    is_overdue,
    overdue_count,
)
from facilitator.domain.language import Words
from facilitator.domain.snapshot import Action, WorkshopSnapshot
from facilitator.handouts.captured import action_rows, actions_block_of
from facilitator.handouts.common import furniture, when_text
from facilitator.handouts.context import Ctx
from facilitator.handouts.flowables import CheckBox, CutLine
from facilitator.handouts.page import render
from facilitator.handouts.rtl import TextParagraph as Paragraph
from facilitator.handouts.style import GRID_LINE, RULE, esc, table_style
from facilitator.handouts.tables import simple_table

OVERDUE_MARK = ' · <font color="#B42318"><b>{}</b></font>'


def _slip(ctx: Ctx, owner: str, actions: list[Action]) -> list[Flowable]:
    st = ctx.st
    width = ctx.width
    due_w, box_w = 1.6 * inch, 0.35 * inch
    mine = ctx.t("Your actions from “{title}”", title=ctx.snapshot.title)
    if ctx.meeting.date:
        mine += ", " + when_text(ctx.meeting, ctx.words)
    head = [Paragraph(esc(_owner(ctx, owner)), st.h2), Paragraph(esc(mine), st.muted)]
    rows: list[list[object]] = [[head, "", ""]]
    for action in actions:
        due = esc(ctx.deadline(action.deadline)) or esc(ctx.t("No deadline"))
        if is_overdue(action, ctx.today):
            due += OVERDUE_MARK.format(esc(ctx.t("overdue")))
        rows.append([CheckBox(False, 10), Paragraph(esc(action.text), st.cell),
                     Paragraph(due, st.cell)])
    table = Table(rows, colWidths=[box_w, width - box_w - due_w, due_w], repeatRows=1,
                  splitInRow=1, hAlign="LEFT")
    table.setStyle(table_style([("SPAN", (0, 0), (-1, 0)),
                               ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("BOX", (0, 0), (-1, -1), 0.8, RULE),
                               ("LINEBELOW", (0, 1), (-1, -2), 0.4, GRID_LINE),
                               ("LEFTPADDING", (0, 0), (-1, -1), 6),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 6),
                               ("TOPPADDING", (0, 0), (-1, -1), 5),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
    # A slip that fits on a page stays whole; a longer one starts where it is and splits
    # (kept together, it would first leave the rest of the page blank).
    _, height = table.wrap(width, ctx.story.height)
    whole = height <= ctx.story.height * 0.9
    return [KeepTogether([table]) if whole else table, Spacer(1, 8), CutLine(), Spacer(1, 8)]


def _owner(ctx: Ctx, owner: str) -> str:
    return ctx.t("Unassigned") if owner == UNASSIGNED else owner


def tracker_pdf(snapshot: WorkshopSnapshot, paper: str, today: date | None = None,
                words: Words | None = None, vocabulary: dict[str, str] | None = None) -> bytes:
    ctx = Ctx.new(snapshot, paper, today, words, vocabulary)
    st = ctx.st
    t = ctx.t
    ctx.add(Paragraph(esc(t("ACTION TRACKER")), st.cover_kicker),
            Paragraph(esc(snapshot.title), st.h1))
    open_actions = [a for a in snapshot.actions if is_open(a)]
    groups = by_owner(open_actions, ctx.names)
    overdue = overdue_count(open_actions, ctx.today)
    summary = ctx.words.plural(len(groups), "Open actions on {date}: {open}, across {count} "
                               "owner", "Open actions on {date}: {open}, across {count} owners",
                               date=ctx.words.long_date(ctx.today.isoformat()),
                               open=len(open_actions))
    summary += ctx.words.plural(overdue, "; {count} overdue.", "; {count} overdue.") \
        if overdue else "."
    ctx.add(Paragraph(esc(summary), st.lead), Spacer(1, 6))
    if not open_actions:
        ctx.add(Paragraph(esc(t("There are no open actions.")), st.muted))
    categories = any(a.category for a in open_actions)
    # One worksheet's actions print under its own headings; a mix, under the standard ones.
    block = actions_block_of(ctx, open_actions)
    for owner, actions in groups:
        count = ctx.words.plural(len(actions), "{count} open", "{count} open")
        ctx.subheading(f"{esc(_owner(ctx, owner))} <font size='9' color='#5F6B76'>· "
                       f"{esc(count)}</font>", st.h2)
        header, body, widths = action_rows(ctx, actions, categories=categories, owner=False,
                                           block=block)
        ctx.add(simple_table(header, body, widths, st, center_cols=(0,)))
    if groups:
        ctx.story.new_page()
        ctx.add(Paragraph(esc(t("Slips for each owner")), st.h1),
                Paragraph(esc(t("Cut along the dashed lines and give each owner their slip.")),
                          st.instructions), Spacer(1, 6))
        for owner, actions in groups:
            ctx.add(*_slip(ctx, owner, actions))
    return render(ctx.story, furniture(ctx, t("Action tracker")))
