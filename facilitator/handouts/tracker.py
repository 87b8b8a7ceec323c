"""Action tracker sheet: open actions grouped by owner, then a slip per owner to cut out and
hand over (their actions with boxes to tick and deadlines)."""

from __future__ import annotations

from datetime import date

from reportlab.lib.units import inch
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table

from facilitator.domain.snapshot import Action, WorkshopSnapshot
from facilitator.handouts.captured import action_rows, actions_block_of
from facilitator.handouts.common import furniture, when_text
from facilitator.handouts.context import Ctx
from facilitator.handouts.facts import by_owner, is_open, is_overdue
from facilitator.handouts.flowables import CheckBox, CutLine, boxed
from facilitator.handouts.page import render
from facilitator.handouts.rtl import TextParagraph as Paragraph
from facilitator.handouts.style import GRID_LINE, esc, long_date, table_style
from facilitator.handouts.tables import simple_table


def _slip(ctx: Ctx, owner: str, actions: list[Action]) -> Flowable:
    st = ctx.st
    width = ctx.width
    inner = width - 20
    rows: list[list[object]] = []
    for action in actions:
        due = esc(action.deadline) or "No deadline"
        if is_overdue(action):
            due += ' · <font color="#B42318"><b>overdue</b></font>'
        rows.append([CheckBox(False, 10), Paragraph(esc(action.text), st.cell),
                     Paragraph(due, st.cell)])
    table = Table(rows, colWidths=[0.35 * inch, inner - 0.35 * inch - 1.6 * inch, 1.6 * inch],
                  splitInRow=1)
    table.setStyle(table_style([("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LINEBELOW", (0, 0), (-1, -2), 0.4, GRID_LINE),
                               ("LEFTPADDING", (0, 0), (-1, -1), 2),
                               ("TOPPADDING", (0, 0), (-1, -1), 5),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
    head = Paragraph(f"{esc(owner)}", st.h2)
    sub = Paragraph(f"Your actions from “{esc(ctx.snapshot.title)}”"
                    + (f", {esc(when_text(ctx.meeting))}" if ctx.meeting.date else ""),
                    st.muted)
    return KeepTogether([boxed([head, sub, Spacer(1, 4), table], width), Spacer(1, 8),
                         CutLine(), Spacer(1, 8)])


def tracker_pdf(snapshot: WorkshopSnapshot, paper: str, today: date | None = None) -> bytes:
    ctx = Ctx.new(snapshot, paper)
    st = ctx.st
    today = today or date.today()
    ctx.add(Paragraph("ACTION TRACKER", st.cover_kicker),
            Paragraph(esc(snapshot.title), st.h1))
    open_actions = [a for a in snapshot.actions if is_open(a)]
    groups = by_owner(open_actions)
    overdue = sum(1 for a in open_actions if is_overdue(a, today))
    summary = (f"Open actions on {long_date(today.isoformat())}: {len(open_actions)}, "
               f"across {len(groups)} owner{'s' if len(groups) != 1 else ''}")
    summary += f"; {overdue} overdue." if overdue else "."
    ctx.add(Paragraph(esc(summary), st.lead), Spacer(1, 6))
    if not open_actions:
        ctx.add(Paragraph("There are no open actions.", st.muted))
    categories = any(a.category for a in open_actions)
    # One worksheet's actions print under its own headings; a mix, under the standard ones.
    block = actions_block_of(ctx, open_actions)
    for owner, actions in groups:
        ctx.subheading(f"{esc(owner)} <font size='9' color='#5F6B76'>· {len(actions)} open"
                       "</font>", st.h2)
        header, body, widths = action_rows(ctx, actions, categories=categories, owner=False,
                                           block=block)
        ctx.add(simple_table(header, body, widths, st, center_cols=(0,)))
    if groups:
        ctx.story.new_page()
        ctx.add(Paragraph("Slips for each owner", st.h1),
                Paragraph("Cut along the dashed lines and give each owner their slip.",
                          st.instructions), Spacer(1, 6))
        for owner, actions in groups:
            ctx.add(_slip(ctx, owner, actions))
    return render(ctx.story, furniture(snapshot, "Action tracker"))
