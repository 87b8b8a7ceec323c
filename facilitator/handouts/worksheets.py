"""Blank worksheets for the participant packet: every block kind, with room to write.

Never prints facilitator notes: only titles, instructions, reference text and blank forms.
"""

from __future__ import annotations

from reportlab.lib.units import inch
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Spacer

from facilitator.domain.template import (
    ActionsBlock,
    GridBlock,
    IdeasBlock,
    TableBlock,
    TextBlock,
    ThemesBlock,
)
from facilitator.handouts.context import Ctx
from facilitator.handouts.flowables import WritingLines, boxed, callout
from facilitator.handouts.grid import Dot, GridBoard, category_colour
from facilitator.handouts.rtl import TextParagraph as Paragraph
from facilitator.handouts.style import BOX, esc
from facilitator.handouts.tables import ROW_TEXT, simple_table, worksheet_table

CALLOUT_MAX = 450   # short reference text (reminders, intentions) prints as a callout box


SMALL_TABLE_ROWS = 3   # a table this short moves to the next page whole, with its title


def table_block(ctx: Ctx, block: TableBlock) -> None:
    parts = worksheet_table(block, ctx.st, ctx.width)
    if block.open_rows or len(block.rows) > SMALL_TABLE_ROWS:
        ctx.heading(block)
        ctx.add(*parts)
        return
    # Two rows split over two pages (header repeated for one row) read as two tables.
    head: list[Flowable] = [Paragraph(esc(block.title), ctx.st.h2)]
    if block.instructions:
        head.append(Paragraph(esc(block.instructions), ctx.st.instructions))
    ctx.add(KeepTogether([*head, *parts]))


def _body(ctx: Ctx, text: str) -> list[Flowable]:
    return [Paragraph(esc(p.strip()), ctx.st.body) for p in text.split("\n\n") if p.strip()]


def _point(ctx: Ctx, point: str) -> Paragraph:
    term, sep, rest = point.partition(":")
    if sep and 0 < len(term) <= 60 and rest.strip():
        return Paragraph(f"<b>{esc(term)}:</b> {esc(rest.strip())}", ctx.st.bullet,
                         bulletText="•")
    return Paragraph(esc(point), ctx.st.bullet, bulletText="•")


def text_block(ctx: Ctx, block: TextBlock) -> None:
    st = ctx.st
    if not block.sections and len(block.body) <= CALLOUT_MAX and not block.notes_field:
        inner: list[Flowable] = [Paragraph(esc(block.title), st.h3)]
        if block.instructions:
            inner.append(Paragraph(esc(block.instructions), st.instructions))
        inner += [Paragraph(esc(p.strip()), st.callout) for p in block.body.split("\n\n")
                  if p.strip()]
        ctx.add(callout(inner, ctx.width))
        return
    ctx.heading(block)
    ctx.add(*_body(ctx, block.body))
    for section in block.sections:
        ctx.subheading(esc(section.heading))
        ctx.add(*(_point(ctx, p) for p in section.points))
    if block.notes_field:
        ctx.add(Spacer(1, 4), WritingLines(7, label=ctx.t("Notes")))


def _lanes(ctx: Ctx, block: IdeasBlock) -> list[str]:
    return [lane.label for lane in block.lanes] or [ctx.t("Ideas")]


def ideas_block(ctx: Ctx, block: IdeasBlock) -> None:
    ctx.heading(block)
    lanes = _lanes(ctx, block)
    widths = [ctx.width / len(lanes)] * len(lanes)
    for category in block.categories or ():
        # Five rows to write in: short enough to keep whole, with their heading.
        ctx.add(KeepTogether([
            Paragraph(esc(category.label), ctx.st.h3),
            simple_table(lanes, [[""] * len(lanes) for _ in range(5)], widths, ctx.st,
                         row_height=ROW_TEXT)]))
    if not block.categories:
        ctx.add(simple_table(lanes, [[""] * len(lanes) for _ in range(10)], widths, ctx.st,
                             row_height=ROW_TEXT))
    if block.votes_per_person > 0:
        tally_sheet(ctx, block)


def tally_sheet(ctx: Ctx, block: IdeasBlock) -> None:
    """Dot voting on paper: write each idea once, then one tally mark per dot."""
    st = ctx.st
    ctx.story.new_page()
    ctx.add(Paragraph(esc(ctx.t("Dot-vote tally: {title}", title=block.title)), st.h2))
    ctx.add(Paragraph(esc(ctx.words.plural(
        block.votes_per_person,
        "Each person has {count} dot. Write each idea once, make a tally mark (|) beside it "
        "for every dot it receives, then add up the total.",
        "Each person has {count} dots. Write each idea once, make a tally mark (|) beside it "
        "for every dot it receives, then add up the total.")), st.instructions))
    w = ctx.width
    widths = [0.45 * inch, w * 0.5, w - 0.45 * inch - w * 0.5 - 0.8 * inch, 0.8 * inch]
    rows = [[str(n), "", "", ""] for n in range(1, 16)]
    ctx.add(simple_table(["#", ctx.t("Idea"), ctx.t("Tally"), ctx.t("Total")], rows, widths, st,
                         row_height=ROW_TEXT, center_cols=(0, 3)))


def grid_block(ctx: Ctx, block: GridBlock) -> None:
    st = ctx.st
    width = ctx.width
    height = ctx.board_height()
    ctx.heading(block, room=ctx.room_for(block))
    parts: list[Flowable] = [GridBoard(block, width, height, words=ctx.words)]
    if block.categories:
        swatches = "&nbsp;&nbsp;&nbsp; ".join(
            f'<font color="#{category_colour(block, c.id).hexval()[2:]}">'
            f"\u25cf</font>&nbsp;{esc(c.label)}" for c in block.categories)
        parts += [Spacer(1, 6), Paragraph(esc(ctx.t("Card colors:")) + f" {swatches}", st.muted)]
    ctx.add(KeepTogether(parts))
    titles = []
    for source in block.sources:
        try:
            titles.append(ctx.snapshot.template.block(source).title)
        except KeyError:
            continue
    if titles:
        ctx.add(Spacer(1, 4), Paragraph(esc(ctx.t(
            "Cards to place: the actions marked for further exploration in {titles}.",
            titles="; ".join(f"“{t}”" for t in titles))), st.muted))
    if block.examples:
        example_grid(ctx, block)


def example_grid(ctx: Ctx, block: GridBlock) -> None:
    """The template's illustrative placement (the source's example grid), numbered, with its
    legend: the instructions refer to it, so participants must have it in front of them."""
    st = ctx.st
    dots = tuple(Dot(n, e.x, e.y, category_colour(block, e.category))
                 for n, e in enumerate(block.examples, start=1))
    labels = {c.id: c.label for c in block.categories}
    ctx.add(CondPageBreak(ctx.board_height() + 1.1 * inch), Spacer(1, 10),
            Paragraph(esc(ctx.t("Illustrative prioritization of example initiatives")), st.h3),
            Paragraph(esc(ctx.t("A starting point only: move each initiative to fit the "
                                "district's own needs and capacity.")), st.muted),
            GridBoard(block, ctx.width, ctx.board_height(), dots, words=ctx.words),
            Spacer(1, 6))
    # Two lists side by side, so that the legend stays on the page with its board.
    cells = [[str(n), e.label, labels.get(e.category, e.category)]
             for n, e in enumerate(block.examples, start=1)]
    half = (len(cells) + 1) // 2
    rows = [left + (cells[half + i] if half + i < len(cells) else ["", "", ""])
            for i, left in enumerate(cells[:half])]
    w = ctx.width / 2
    widths = [0.35 * inch, w * 0.62 - 0.35 * inch, w * 0.38] * 2
    ctx.add(simple_table(["#", ctx.t("Example initiative"), ctx.t("Category")] * 2, rows,
                         widths, st, center_cols=(0, 3)))


def actions_block(ctx: Ctx, block: ActionsBlock) -> None:
    """A blank action list to fill in by hand: a category column with tick boxes (when the
    block has categories), a creation-date column (when the template names one, as seed 001's
    paper tracker does), the action, owner, deadline, and the status when the list is
    reviewed at later meetings."""
    st = ctx.st
    t = ctx.t
    ctx.heading(block)
    example = block.example
    # (field, heading, fixed width or None for `share` of what is left, share)
    columns: list[tuple[str, str, float | None, float]] = []
    if block.categories:
        default = t("Priority") if len(block.categories) <= 3 else t("Category")
        columns.append(("category", block.label("category", default), 1.3 * inch, 0))
    if any(key == "created" for key, _ in block.labels):
        columns.append(("created", block.label("created", t("Created")), 0.95 * inch, 0))
    columns += [("text", block.label("text", t("Action")), None, 0.52),
                ("owner", block.label("owner", t("Owner")), None, 0.26),
                ("deadline", block.label("deadline", t("Deadline")), None, 0.22)]
    if block.carry_over:
        columns.append(("status", block.label("status", t("Status")), 1.1 * inch, 0))
    rest = ctx.width - sum(fixed for _, _, fixed, _ in columns if fixed is not None)
    widths = [fixed if fixed is not None else rest * share for _, _, fixed, share in columns]
    rows: list[list[object]] = []
    if example is not None:
        values = {"category": example.category, "created": example.created,
                  "text": t("Example: {text}", text=example.text), "owner": example.owner,
                  "deadline": example.deadline, "status": example.status}
        rows.append([Paragraph(esc(values[key]), st.hint) if values[key] else ""
                     for key, _, _, _ in columns])
    boxes = "<br/>".join(f"{BOX}&nbsp;{esc(c)}" for c in block.categories)

    def blank(key: str) -> object:  # a new flowable per cell: reportlab sizes each in place
        if key == "category":
            return Paragraph(boxes, st.cell)
        return Spacer(1, ROW_TEXT) if key == "text" else ""

    for _ in range(block.min_rows or 5):
        rows.append([blank(key) for key, _, _, _ in columns])
    ctx.add(simple_table([heading for _, heading, _, _ in columns], rows, widths, st))


def themes_block(ctx: Ctx, block: ThemesBlock) -> None:
    st = ctx.st
    intro: list[Flowable] = [Paragraph(esc(block.title), st.h2)]
    if block.instructions:
        intro.append(Paragraph(esc(block.instructions), st.instructions))
    if block.prompt:
        intro.append(Paragraph(esc(block.prompt), st.instructions))
    count = block.min_rows or 3
    boxes: list[Flowable] = []
    for number in range(1, count + 1):
        box = boxed([
            Paragraph(esc(ctx.t("Theme {number}: headline", number=number)), st.small),
            WritingLines(1, boxed=False, spacing=0.34 * inch),
            Spacer(1, 4),
            Paragraph(esc(ctx.t("What we heard")), st.small),
            WritingLines(3, boxed=False, spacing=0.34 * inch),
        ], ctx.width)
        boxes.append(box)
    # The heading travels with the first box, never alone at the foot of a page, and the last
    # two boxes travel together, so that no box sits alone on the last page.
    groups = [[b] for b in boxes[:-2]] + [boxes[-2:]] if count > 1 else [boxes]
    for group in groups:
        flow: list[Flowable] = []
        for box in group:
            flow += [box, Spacer(1, 8)]
        ctx.add(KeepTogether([*intro, *flow]))
        intro = []
