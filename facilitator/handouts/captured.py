"""Filled-in worksheets for the session summary: what the room captured, block by block."""

from __future__ import annotations

from reportlab.lib.units import inch
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table

from facilitator.domain.actions import by_deadline, is_overdue, owner_name
from facilitator.domain.cells import cell_text
from facilitator.domain.grid import PRIORITY_ORDER, quadrant_name, quadrant_of
from facilitator.domain.snapshot import Action, TableRowData
from facilitator.domain.template import (
    ActionsBlock,
    GridBlock,
    IdeasBlock,
    TableBlock,
    TextBlock,
    ThemesBlock,
)
from facilitator.handouts.context import Ctx
from facilitator.handouts.facts import card_label
from facilitator.handouts.flowables import CheckBox
from facilitator.handouts.grid import Dot, GridBoard, category_colour
from facilitator.handouts.rtl import TextParagraph as Paragraph
from facilitator.handouts.style import esc, table_style
from facilitator.handouts.tables import simple_table, worksheet_table


def _has_content(rows: list[TableRowData]) -> bool:
    return any(cell_text(v) for r in rows for v in r.cells.values())


# Whether the meeting captured anything in a block (the summary leaves out a block without).
def text_captured(ctx: Ctx, block: TextBlock) -> bool:
    return bool(ctx.meeting.notes.get(block.id, "").strip())


def table_captured(ctx: Ctx, block: TableBlock) -> bool:
    return _has_content(ctx.meeting.tables.get(block.id, []))


def ideas_captured(ctx: Ctx, block: IdeasBlock) -> bool:
    return bool(ctx.meeting.ideas.get(block.id))


def grid_captured(ctx: Ctx, block: GridBlock) -> bool:
    return bool(ctx.meeting.placements.get(block.id))


def actions_captured(ctx: Ctx, block: ActionsBlock) -> bool:
    return any(a.block_id == block.id for a in ctx.snapshot.actions)


def themes_captured(ctx: Ctx, block: ThemesBlock) -> bool:
    return bool(ctx.meeting.themes.get(block.id))


def text_block(ctx: Ctx, block: TextBlock) -> None:
    ctx.heading(block, instructions=False)
    ctx.add(Paragraph(esc(ctx.meeting.notes.get(block.id, "").strip()), ctx.st.body))


def _empty(ctx: Ctx, text: str) -> None:
    ctx.add(Paragraph(esc(text), ctx.st.muted))


def table_block(ctx: Ctx, block: TableBlock) -> None:
    rows = ctx.meeting.tables.get(block.id, [])
    ctx.heading(block, instructions=False)
    if not block.per_participant:
        ctx.add(*worksheet_table(block, ctx.st, ctx.width, rows, words=ctx.words))
    else:
        silent = []
        for person in ctx.snapshot.participants:
            mine = [r for r in rows if r.participant_id == person.id]
            if not _has_content(mine):
                silent.append(person.name)
                continue
            who = esc(person.name) + (f" · {esc(person.role)}" if person.role else "")
            ctx.subheading(who)
            ctx.add(*worksheet_table(block, ctx.st, ctx.width, mine, words=ctx.words))
        if silent:
            _empty(ctx, ctx.t("No answers recorded from: {names}.", names=", ".join(silent)))


def ideas_block(ctx: Ctx, block: IdeasBlock) -> None:
    st = ctx.st
    ctx.heading(block, instructions=False)
    ideas = ctx.meeting.ideas.get(block.id, [])
    if not ideas:
        _empty(ctx, ctx.t("No ideas were recorded."))
        return
    lanes = {lane.id: lane.label for lane in block.lanes}
    lane_order = {lane.id: i for i, lane in enumerate(block.lanes)}
    categories = [(c.id, c.label) for c in block.categories]
    known = {c for c, _ in categories}
    if any(i.category not in known for i in ideas):
        categories.append(("", ctx.t("Other ideas")))
    show_votes = block.votes_per_person > 0 or any(i.votes for i in ideas)
    w = ctx.width
    t = ctx.t
    header = [t("Idea")] + ([t("Lane")] if lanes else []) + \
        ([t("Votes")] if show_votes else []) + [t("Explore")]
    fixed = (1.9 * inch if lanes else 0) + (0.6 * inch if show_votes else 0) + 0.7 * inch
    widths = [w - fixed] + ([1.9 * inch] if lanes else []) + \
        ([0.6 * inch] if show_votes else []) + [0.7 * inch]
    for cat_id, label in categories:
        mine = [i for i in ideas if (i.category == cat_id) or (not cat_id and i.category
                                                                not in known)]
        if not mine:
            continue
        mine.sort(key=lambda i: (lane_order.get(i.lane, 99), i.position, i.id))
        body: list[list[object]] = []
        for idea in mine:
            line: list[object] = [idea.text]
            if lanes:
                line.append(lanes.get(idea.lane, idea.lane))
            if show_votes:
                line.append(Paragraph(f"<b>{idea.votes}</b>", st.cell_center))
            line.append(CheckBox(idea.explore, 10))
            body.append(line)
        ctx.subheading(esc(label))
        ctx.add(simple_table(header, body, widths, st))
    if show_votes:
        top = sorted((i for i in ideas if i.votes), key=lambda i: -i.votes)[:5]
        if top:
            ctx.subheading(esc(ctx.t("Most votes")))
            ctx.add(*(Paragraph(f"<b>{i.votes}</b> · {esc(i.text)}", st.bullet, bulletText="•")
                      for i in top))


def grid_block(ctx: Ctx, block: GridBlock) -> None:
    st = ctx.st
    width = ctx.width
    height = ctx.board_height()
    ctx.heading(block, instructions=False, room=ctx.room_for(block))
    placed = ctx.meeting.placements.get(block.id, [])
    # Most promising quadrant first (the proposals' order), then top to bottom, right to left.
    cards = sorted(placed, key=lambda p: (PRIORITY_ORDER.index(quadrant_of(p.x, p.y)),
                                          -p.y, -p.x))
    dots = tuple(Dot(n, p.x, p.y, category_colour(block, p.category))
                 for n, p in enumerate(cards, start=1))
    ctx.add(GridBoard(block, width, height, dots, words=ctx.words), Spacer(1, 10))
    if not cards:
        _empty(ctx, ctx.t("No cards were placed on the board."))
        return
    labels = {c.id: c.label for c in block.categories}
    body: list[list[object]] = []
    for dot, card in zip(dots, cards, strict=True):
        badge = Table([[Paragraph(f'<font color="white"><b>{dot.number}</b></font>',
                                  st.cell_center)]], colWidths=[0.3 * inch],
                      rowHeights=[0.2 * inch])
        badge.setStyle(table_style([("BACKGROUND", (0, 0), (-1, -1), dot.colour),
                                   ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                                   ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                   ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                                   ("TOPPADDING", (0, 0), (-1, -1), 0),
                                   ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))
        body.append([badge, card_label(ctx.snapshot, ctx.meeting, block, card.card,
                                       card.label),
                     labels.get(card.category, card.category),
                     quadrant_name(block.quadrants, quadrant_of(card.x, card.y))])
    w = ctx.width
    ctx.add(simple_table(["#", ctx.t("Card"), ctx.t("Category"), ctx.t("Quadrant")], body,
                         [0.45 * inch, w * 0.5, (w * 0.5 - 0.45 * inch) * 0.5,
                          (w * 0.5 - 0.45 * inch) * 0.5], st))


def actions_block_of(ctx: Ctx, actions: list[Action]) -> ActionsBlock | None:
    """The one actions block all of `actions` come from; None when they mix blocks (or there
    are none), so that a table of them keeps the standard headings."""
    ids = {a.block_id for a in actions}
    if len(ids) != 1:
        return None
    try:
        block = ctx.snapshot.template.block(ids.pop())
    except KeyError:
        return None
    return block if isinstance(block, ActionsBlock) else None


def action_rows(ctx: Ctx, actions: list[Action], *, categories: bool, owner: bool = True,
                block: ActionsBlock | None = None
                ) -> tuple[list[str], list[list[object]], list[float]]:
    """Header, rows and widths of a printed action table. With `block` (every action comes from
    it) the headings are the template's own labels; without, the standard ones."""
    st = ctx.st
    w = ctx.width

    def heading(key: str, default: str) -> str:
        default = ctx.t(default)
        return block.label(key, default) if block is not None else default

    header = ["#", heading("text", "Action")] + ([heading("owner", "Owner")] if owner else []) \
        + [heading("deadline", "Deadline"), heading("status", "Status")]
    widths = [0.35 * inch, 0.0] + ([1.35 * inch] if owner else []) + [1.15 * inch, 1.1 * inch]
    if categories:
        header.append(heading("category", "Priority"))
        widths.append(0.95 * inch)
    widths[1] = w - sum(widths)
    body: list[list[object]] = []
    for n, action in enumerate(actions, start=1):
        text = esc(action.text)
        if action.notes.strip():
            text += f'<br/><font size="7.5" color="#5F6B76">{esc(action.notes)}</font>'
        deadline = esc(ctx.deadline(action.deadline))
        if is_overdue(action, ctx.today):
            deadline += ('<br/><font size="7.5" color="#B42318"><b>'
                         f'{esc(ctx.t("Overdue"))}</b></font>')
        line: list[object] = [str(n), Paragraph(text, st.cell)]
        if owner:
            line.append(owner_name(action, ctx.names))
        line += [Paragraph(deadline, st.cell), ctx.term(action.status)]
        if categories:
            line.append(ctx.term(action.category))
        body.append(line)
    return header, body, widths


def actions_block(ctx: Ctx, block: ActionsBlock) -> None:
    ctx.heading(block, instructions=False)
    # Soonest deadline first, the same order as the tracker and every export.
    actions = by_deadline(a for a in ctx.snapshot.actions if a.block_id == block.id)
    if not actions:
        _empty(ctx, ctx.t("No actions were recorded."))
        return
    header, body, widths = action_rows(ctx, actions, categories=bool(block.categories),
                                       block=block)
    ctx.add(simple_table(header, body, widths, ctx.st, center_cols=(0,)))


def theme_flowables(ctx: Ctx, headline: str, body: str) -> list[Flowable]:
    st = ctx.st
    out: list[Flowable] = [Paragraph(f"<b>{esc(headline)}</b>", st.bullet, bulletText="•")]
    out += [Paragraph(esc(p.strip()), st.bullet) for p in body.split("\n\n") if p.strip()]
    return [KeepTogether(out), Spacer(1, 4)]


def themes_block(ctx: Ctx, block: ThemesBlock) -> None:
    ctx.heading(block, instructions=False)
    themes = sorted(ctx.meeting.themes.get(block.id, []), key=lambda t: (t.position, t.id))
    if not themes:
        _empty(ctx, ctx.t("No key themes were recorded."))
        return
    for theme in themes:
        ctx.add(*theme_flowables(ctx, theme.headline, theme.body))
