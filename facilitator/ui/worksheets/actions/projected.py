"""The `actions` worksheet on the projector: the action in full, then who, by when and where it
stands, beside it when there is room and under it when there is not. An overdue action says so
in words ("Overdue"), in red.

`project_list` also draws the "since last time" review of carried actions.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QWidget

from facilitator.domain.actions import (
    by_deadline,
    is_overdue,
    owner_name,
    status_at,
)
from facilitator.domain.snapshot import Action
from facilitator.domain.template import ActionsBlock
from facilitator.services import actions, people
from facilitator.ui.kit.local_dates import deadline_words
from facilitator.ui.worksheets.kit.context import BlockContext
from facilitator.ui.worksheets.kit.projected_parts import (
    Columns,
    Record,
    block_anchor,
    heading,
    paragraph,
    records,
)
from facilitator.ui.worksheets.kit.projection import MUTED, Focus, Layout, Unit
from facilitator.ui.worksheets.kit.stored_words import StoredWords

OVERDUE = QT_TRANSLATE_NOOP("Projector", "Overdue")
translate = QCoreApplication.translate


def action_anchor(action_id: int) -> str:
    return f"action:{action_id}"


def project_list(ctx: BlockContext, block: ActionsBlock, found: Sequence[Action], *,
                 title: str = "", review: int | None = None,
                 today: date | None = None) -> Layout:
    """`found` as the room reads it. With `review` (a meeting number): the actions carried into
    that meeting, soonest deadline first, each with the status recorded at it."""
    names = {p.id: p.name for p in people.read_participants(ctx.ws)}
    words = StoredWords(ctx.ws, block)
    today = today or date.today()
    if review is not None:
        found = [replace(a, status=status_at(a, review) or a.status) for a in by_deadline(found)]
    with_category = bool(block.categories) or any(a.category for a in found)
    fields = [block.label("owner", translate("Projector", "Owner")),
              block.label("deadline", translate("Projector", "Deadline")),
              block.label("status", translate("Projector", "Status"))]
    if with_category:
        fields.append(block.label("category", translate("Projector", "Category")))
    columns = Columns(block.label("text", translate("Projector", "Action")), tuple(fields))
    rows = []
    for action in found:
        values = [owner_name(action, names), deadline_words(action.deadline),
                  words.shown("status", action.status)]
        if with_category:
            values.append(words.shown("category", action.category))
        rows.append(Record(action.text, tuple(values), anchor=action_anchor(action.id),
                           flag=translate("Projector", OVERDUE) if is_overdue(action, today)
                           else ""))

    late = sum(1 for r in rows if r.flag)
    summary = ""
    if review is not None:   # the review says how much there is to go through
        summary = ((translate("Projector", "{count} action carried over from earlier meetings")
                    if len(rows) == 1 else
                    translate("Projector", "{count} actions carried over from earlier meetings"))
                   .format(count=len(rows))
                   + (translate("Projector", " · {count} overdue").format(count=late)
                      if late else ""))

    def layout(px: int, width: float) -> list[Unit]:
        units = [heading(title or block.title, px, width, anchors=(block_anchor(block.id),))]
        if summary:
            units.append(paragraph(summary, px, width, primary=False, color=MUTED))
        if rows:
            units += records(columns, rows, px, width)
        else:
            units.append(paragraph(translate("Projector", "No actions yet."), px, width,
                                   primary=False, color=MUTED))
        return units

    return layout


def project(ctx: BlockContext, block: ActionsBlock, focus: Focus | None = None) -> Layout:
    return project_list(ctx, block, actions.read_actions(ctx.ws, block.id))


def focus(widget: QWidget) -> Focus | None:
    """The action the facilitator is on in the laptop's list."""
    from facilitator.ui.worksheets.actions.model import ActionIdRole

    view = getattr(widget, "view", None)
    block = getattr(widget, "block", None)
    if view is None or block is None:
        return None
    current = view.currentIndex()
    action_id = current.data(ActionIdRole) if current.isValid() else None
    return Focus(block.id, action_anchor(action_id) if action_id is not None else "")
