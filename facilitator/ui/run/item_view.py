"""The worksheets of one agenda item, built through the block registry, in a scroll area.

Used twice: editable in the facilitator window, read-only (ctx.readonly) on the projector.
A block kind whose module is missing from this build shows a clear label instead of failing.
"""

from __future__ import annotations

import sys
import traceback

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

from facilitator.domain.template import AgendaItem, AnyBlock
from facilitator.ui.worksheets.kit.context import BlockContext
from facilitator.ui.worksheets.registry import create_block_widget

translate = QCoreApplication.translate


def _placeholder(block: AnyBlock, text: str) -> QLabel:
    label = QLabel(f"{block.title}\n{text}")
    label.setWordWrap(True)
    label.setObjectName(f"block:{block.id}")
    label.setAccessibleName(f"{block.title}: {text}")
    label.setStyleSheet("border: 1px dashed #888; padding: 12px; color: #444;")
    return label


def build_block(ctx: BlockContext, block: AnyBlock) -> QWidget:
    try:
        return create_block_widget(ctx, block)
    except ImportError:
        return _placeholder(block, translate(
            "Run", "This worksheet type is not available in this build."))
    except Exception:  # one broken worksheet must not take the session down with it
        traceback.print_exc(file=sys.stderr)
        return _placeholder(block, translate(
            "Run", "This worksheet could not be shown (see the log)."))


def _since_last_time(ctx: BlockContext) -> QWidget | None:
    """A series' first item reviews every action still open from earlier meetings."""
    from facilitator.services.meetings import review_actions

    carried = review_actions(ctx.ws, ctx.meeting_id)
    if not carried:  # a first meeting: no need to load the actions worksheet to show nothing
        return None
    try:
        from facilitator.ui.worksheets.actions.widget import create_review
    except ImportError:
        return None
    return create_review(ctx, carried)


class ItemView(QScrollArea):
    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setAccessibleName(name)
        self.setAccessibleDescription(translate("Run", "Page Up and Page Down scroll; Tab goes "
                                                "into the worksheets"))
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.blocks: dict[str, QWidget] = {}
        self.review: QWidget | None = None   # "since last time", on a series' first item

    def show_item(self, ctx: BlockContext, item: AgendaItem, *, body_name: str = "") -> None:
        old = self.takeWidget()
        if old is not None:
            old.deleteLater()
        body = QWidget()
        if body_name:
            body.setObjectName(body_name)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(16, 8, 16, 16)
        self.blocks = {}
        review = _since_last_time(ctx) if item is ctx.ws.shown.agenda[0] else None
        self.review = review
        if review is not None:
            layout.addWidget(review)
        shown = [b for b in item.blocks if b.for_participants or not ctx.readonly]
        for block in shown:
            widget = build_block(ctx, block)
            self.blocks[block.id] = widget
            layout.addWidget(widget)
        if not shown and review is None:
            empty = QLabel(translate("Run", "No worksheet for this item."))
            empty.setAccessibleName(translate("Run", "No worksheet for this item"))
            empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
            layout.addWidget(empty)
        layout.addStretch(1)
        self.setWidget(body)

    def block_widget(self, block_id: str) -> QWidget | None:
        body = self.widget()
        if body is None:
            return None
        found = body.findChild(QWidget, f"block:{block_id}")
        return found if isinstance(found, QWidget) else None
