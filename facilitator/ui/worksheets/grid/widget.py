"""The impact x ease grid block: board, tray, category filter, examples and "Propose".

Everything it shows comes from services (cards.read_board, proposals.read_proposals); every
edit is a command from ui/grid_commands.py pushed on the shared undo stack. With
`ctx.readonly` it is the read-only board for the presenter window (no tray, no buttons): the
cards are numbered markers and their text is in a legend beside the board, in priority order,
every text at the projector's body size (projected_layout.py). The legend pages (PgDown / PgUp
through the projected sheet) and turns to the card the facilitator picks or moves.

Example placements ("Start from the illustrative prioritization") are drawn as examples
(dashed, italic, tagged) and hidden or shown again with one button. Hiding is a stored,
undoable setting of the meeting rather than a view option of this window: the projector must
follow the facilitator (the room stops seeing them at the same click), reopening the file keeps
the choice, and the examples keep their places for when they are shown again.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QPoint, QPointF, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from facilitator.domain.grid import category_styles, quadrant_name, quadrant_of, style_of
from facilitator.domain.template import GridBlock
from facilitator.services.card_moves import REFUSALS, CardMove, example_places
from facilitator.services.cards import BoardCard, read_board
from facilitator.services.changes import Changed, ChangeKind
from facilitator.services.grid import examples_shown
from facilitator.services.proposals import Proposed, read_proposals, target_block
from facilitator.services.ratings import rating_spreads, room_places
from facilitator.ui.worksheets.grid.card import BOARD_H, BOARD_W, CardLook, to_fraction
from facilitator.ui.worksheets.grid.commands import (
    DropProposal,
    MoveCard,
    Propose,
    ReturnCard,
    SetPlaces,
    ShowExamples,
)
from facilitator.ui.worksheets.grid.legend import Entry, GridLegend
from facilitator.ui.worksheets.grid.live import live_channel
from facilitator.ui.worksheets.grid.projected_layout import (
    AxisLabels,
    Parts,
    arrange,
    projected_px,
    style_text,
    style_title,
)
from facilitator.ui.worksheets.grid.scene import BoardScene, BoardView
from facilitator.ui.worksheets.grid.spread import (
    SpreadLayer,
    count_text,
    spread_key,
    spread_marks,
)
from facilitator.ui.worksheets.grid.tray import CardTray, swatch
from facilitator.ui.worksheets.kit.context import BlockContext

ALL = ""   # the filter value that shows every category
BOARD_KEYS = QT_TRANSLATE_NOOP("Grid", "Tab goes from card to card; arrow keys move the selected "
                               "card, Shift+arrows by bigger steps; Delete returns it to the tray")
translate = QCoreApplication.translate


def card_scale(zoom: float) -> float:
    """Card size for a text zoom. The board already scales to its window (so it is large on
    the projector); zoom enlarges cards relative to the board, gently, so that they still fit."""
    return min(1.4, max(0.8, 1 + (zoom - 1) / 2))


class GridWidget(QWidget):
    """Legend, toolbar (filter, examples, Propose), notice bar, board and tray of one grid."""

    def __init__(self, ctx: BlockContext, block: GridBlock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.block = ctx, block
        target = target_block(ctx.ws.template, ctx.ws.template.block(block.id))  # type: ignore[arg-type]
        self.actions_id = target.id if target is not None else ""
        self.cards: dict[str, BoardCard] = {}
        self._pending_decision: tuple[int, str] | None = None   # (action id, card label)
        self._filter = ALL
        self.examples_shown = True
        self.scene = BoardScene(block, zoom=card_scale(ctx.zoom), interactive=not ctx.readonly,
                                markers=ctx.readonly, parent=self)
        self.view = BoardView(self.scene, self, screen_share=0.72 if ctx.readonly else 0.8)
        self.spreads = SpreadLayer(projector=ctx.readonly)   # the room's ratings (spread.py)
        self.scene.addItem(self.spreads)
        self.scene.addItem(self.spreads.counts)
        self.rated: set[str] = set()
        self.view.setAccessibleName(translate("Grid", "{worksheet}: {y} by {x} board").format(
            worksheet=block.title, y=block.y_label, x=block.x_label))
        self.view.setAccessibleDescription(translate("Grid", BOARD_KEYS))
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.view.setSizePolicy(policy)

        # The key to the numbered markers (always on the projector; on the laptop when the
        # board is too crowded for cards with their text).
        self.legend = GridLegend(ctx.zoom, self)
        self._key_labels()
        if ctx.readonly:
            self._build_projected()
        else:
            self._build_laptop()
        ctx.hub.changed.connect(self._hub_changed)
        ctx.hub.reshow.connect(self._reshow)
        self.live = live_channel(ctx.ws)
        if ctx.readonly:
            self.live.moving.connect(self._follow)
            self.live.selected.connect(self._follow_selection)
        else:
            self.scene.card_dragging.connect(
                lambda ref, x, y: self.live.moving.emit(block.id, ctx.meeting_id, ref, x, y))
        self.refresh()

    def _build_laptop(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.addWidget(self.chips, 3)
        row.addWidget(self.example_key, 2)
        row.addWidget(self.spread_key, 2)
        layout.addLayout(row)
        board_row = QHBoxLayout()
        board_row.addWidget(self.view, 3)
        board_row.addWidget(self.legend, 2)
        layout.addLayout(self._toolbar())
        self.notice = QLabel(self)
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet("background:#FFF4D6; border:1px solid #C9A227; padding:6px")
        self.notice.hide()
        self.notice_bar = self._notice_bar()
        layout.addLayout(self.notice_bar)
        layout.addLayout(board_row, 1)
        # The tray sits under the board, so that the board gets the full width.
        self.tray_title = QLabel(self)
        layout.addWidget(self.tray_title)
        self.tray = CardTray(self, zoom=self.ctx.zoom)
        self.tray_title.setBuddy(self.tray)
        layout.addWidget(self.tray)
        self.scene.card_moved.connect(self._card_moved)
        self.scene.card_returned.connect(self._card_returned)
        self.tray.place_requested.connect(self._place_in_middle)
        self.tray.dropped.connect(self._tray_dropped)
        self.tray.drag_moved.connect(self._tray_dragging)
        self.scene.selectionChanged.connect(self._describe_selection)

    def _build_projected(self) -> None:
        """The projector: no QLayout; `_arrange` sizes the board from the text size."""
        self.view.setFrameShape(QFrame.Shape.NoFrame)
        self.axes = AxisLabels(self.block, self)
        self.px = 0
        self.title = QLabel(self.block.title, self)
        self.title.setTextFormat(Qt.TextFormat.PlainText)   # the template's words, not markup
        self.title.setWordWrap(True)
        self._parts = Parts(self.title, self.view, self.axes, [self.chips, self.example_key,
                                                                self.spread_key], self.legend)
        self.scene.laid_out.connect(self._fill_legend)   # clusters change with the board's size

    def _arrange(self) -> None:
        if not self.ctx.readonly:
            return
        px = projected_px(self.window(), self.ctx.zoom)
        if px != self.px:
            self.px = px
            self.legend.set_text_px(px)
            style_text(self.axes.labels(), px)
            style_title(self.title, px)
            for label in self._parts.key:
                label.setStyleSheet(f"font-size:{px}px; font-weight:bold; padding:0")
        for label in [self.title, *self.axes.labels(), *self._parts.key]:
            label.ensurePolished()
        arrange(self._parts, self.width(), self.height(), px)
        self.scene.set_text_px(px)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._arrange()

    # -- paging (the projector's key) -----------------------------------------------------------
    def page_state(self) -> tuple[int, int]:
        """(page shown, pages) of the projector's key to the numbered cards."""
        return self.legend.page, max(1, len(self.legend.pages))

    def turn_page(self, step: int) -> bool:
        """PgDown / PgUp on the projector: the key's next or previous page (False at an end)."""
        return self.legend.turn(step)

    def show_end(self, last: bool) -> None:
        """The key's first page, or its last (paging back onto the board)."""
        self.legend.turn_to(len(self.legend.pages) - 1 if last else 0)

    # -- building -----------------------------------------------------------------------------
    def _font_px(self, base: float) -> str:
        return f"font-size:{round(base * self.ctx.zoom)}px"

    def _key_labels(self) -> None:
        """The categories (colour and letter) and what an example looks like."""
        # One wrapping label, so that a narrow window (or large projector text) wraps the key
        # instead of widening the board past the screen; each category also has its letter.
        styles = list(category_styles(self.block).values())
        chips = QLabel(" &nbsp;&nbsp; ".join(
            f'<span style="white-space:nowrap"><span style="color:{s.colour}">&#9632;</span>'
            f"&nbsp;<b>{html.escape(s.mark)}</b>&nbsp;{html.escape(s.label)}</span>"
            for s in styles), self)
        chips.setTextFormat(Qt.TextFormat.RichText)
        chips.setWordWrap(True)
        chips.setStyleSheet(f"{self._font_px(16)}; font-weight:bold; padding:2px 10px")
        chips.setAccessibleName(translate("Grid", "Categories: {list}").format(
            list=", ".join(f"{s.mark}: {s.label}" for s in styles)))
        self.chips = chips
        # What the dashed cards are, for the room as much as for the facilitator.
        self.example_key = QLabel(translate("Grid", "<span style='font-style:italic; border:2px "
                                            "dashed #5A5A5A; padding:0 6px'>EXAMPLE</span> from "
                                            "the template"), self)
        self.example_key.setTextFormat(Qt.TextFormat.RichText)
        self.example_key.setWordWrap(True)
        self.example_key.setStyleSheet(f"{self._font_px(16)}; padding:2px 10px")
        self.example_key.setAccessibleName(translate("Grid", "Dashed, italic cards tagged "
                                                     "EXAMPLE are the template's illustrative "
                                                     "placements"))
        self.example_key.hide()
        self.spread_key = QLabel(spread_key(), self)
        self.spread_key.setWordWrap(True)
        self.spread_key.setStyleSheet(f"{self._font_px(16)}; padding:2px 10px")
        self.spread_key.hide()

    def _toolbar(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.filter_box = QComboBox(self)
        self.filter_box.setAccessibleName(translate("Grid", "Show cards of category"))
        self.filter_box.setAccessibleDescription(translate("Grid", "Other categories fade on the "
                                                           "board and leave the tray"))
        self.filter_box.addItem(translate("Grid", "All categories"), ALL)
        for style in category_styles(self.block).values():
            self.filter_box.addItem(swatch(style.colour, mark=style.mark), style.label, style.id)
        self.filter_box.currentIndexChanged.connect(
            lambda _: self.set_filter(str(self.filter_box.currentData())))
        shown = QLabel(translate("Grid", "&Show:"), self)
        shown.setBuddy(self.filter_box)
        row.addWidget(shown)
        row.addWidget(self.filter_box)
        row.addStretch(1)
        self.examples_button = QPushButton(translate(
            "Grid", "Start from the illustrative prioritization"), self)
        self.examples_button.setAccessibleName(translate(
            "Grid", "Start from the illustrative prioritization"))
        self.examples_button.setToolTip(self.block.examples_note or translate(
            "Grid", "Place the template's example initiatives on the board"))
        self.examples_button.clicked.connect(self.place_examples)
        self.examples_button.setVisible(bool(self.block.examples))
        row.addWidget(self.examples_button)
        self.hide_examples_button = QPushButton(translate("Grid", "Hide examples"), self)
        self.hide_examples_button.setCheckable(True)
        self.hide_examples_button.setToolTip(translate(
            "Grid", "Hide the template's example cards on both screens (they keep their places; "
            "click again to show them)"))
        self.hide_examples_button.clicked.connect(
            lambda checked: self.set_examples_shown(not checked))
        self.hide_examples_button.hide()
        row.addWidget(self.hide_examples_button)
        names = translate("Grid", "“{first}” and “{second}”").format(
            first=self.block.quadrants.high_impact_easy,
            second=self.block.quadrants.high_impact_hard)
        self.propose_button = QPushButton(translate("Grid", "&Propose"), self)
        self.propose_button.setAccessibleName(translate("Grid", "Propose high-priority cards"))
        self.propose_button.setToolTip(translate("Grid", "Add every card in {quadrants} to the "
                                                 "proposals, with owner and deadline to fill in")
                                       .format(quadrants=names))
        self.propose_button.clicked.connect(self.propose)
        self.propose_button.setEnabled(bool(self.actions_id))
        row.addWidget(self.propose_button)
        # The room's ratings (room mode): accept its place for the selected card, or for all.
        self.accept_button = QPushButton(translate("Grid", "Accept the room's place"), self)
        self.accept_button.setToolTip(translate("Grid", "Move the selected card to the median "
                                                        "of the room's ratings (one undo step)"))
        self.accept_button.clicked.connect(self.accept_selected)
        self.accept_all_button = QPushButton(self)
        self.accept_all_button.setToolTip(translate(
            "Grid", "Move every rated card to the median of the room's ratings (one undo step)"))
        self.accept_all_button.clicked.connect(self.accept_all)
        for button in (self.accept_button, self.accept_all_button):
            button.hide()
            row.addWidget(button)
        return row

    def _notice_bar(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(self.notice, 1)
        self.drop_button = QPushButton(translate("Grid", "Remove from proposals"), self)
        self.keep_button = QPushButton(translate("Grid", "Keep"), self)
        self.drop_button.setAccessibleName(translate("Grid", "Remove the card's proposal"))
        self.keep_button.setAccessibleName(translate("Grid", "Keep the card's proposal"))
        self.drop_button.clicked.connect(self._drop_proposal)
        self.keep_button.clicked.connect(self._hide_notice)
        for button in (self.drop_button, self.keep_button):
            button.hide()
            row.addWidget(button)
        return row

    # -- reading ------------------------------------------------------------------------------
    def refresh(self) -> None:
        try:
            cards = read_board(self.ctx.ws, self.block.id, meeting=self.ctx.meeting_id)
            proposals = read_proposals(self.ctx.ws, self.block.id) if self.actions_id else {}
            self.examples_shown = examples_shown(self.ctx.ws, self.block.id,
                                                 meeting=self.ctx.meeting_id)
        except REFUSALS as exc:
            self.ctx.hub.failed.emit(str(exc))
            return
        examples = [c for c in cards if c.example and c.placed]
        if not self.examples_shown:
            cards = [c for c in cards if not c.example]
        self.cards = {c.ref: c for c in cards}
        term = self.ctx.ws.term   # stored in the template's words, shown in the workshop's
        self.example_key.setVisible(self.examples_shown and bool(examples))
        if not self.ctx.readonly:
            button = self.hide_examples_button
            button.setVisible(bool(examples))
            button.setChecked(not self.examples_shown)
            button.setText(translate("Grid", "Show examples ({count})").format(
                count=len(examples)) if not self.examples_shown
                else translate("Grid", "Hide examples"))
            button.setAccessibleName(translate("Grid", "Show the example cards")
                                     if not self.examples_shown
                                     else translate("Grid", "Hide the example cards"))
        placed: dict[str, tuple[float, float, CardLook]] = {}
        for card in cards:
            if card.x is not None and card.y is not None:
                style = style_of(self.block, card.category)
                proposal = proposals.get(card.ref)
                placed[card.ref] = (card.x, card.y, CardLook(   # in the workshop's language
                    term(card.label), style.colour, style.label,
                    term(proposal.category or "yes") if proposal else "", style.mark,
                    example=card.example))
        self.scene.sync(placed)
        self._show_spreads()
        self.legend.setVisible(self.scene.showing_markers)
        if self.scene.showing_markers:
            self._fill_legend()
        if not self.ctx.readonly:
            waiting = [c for c in cards if not c.placed]
            self.tray.sync([(c.ref, term(c.label), c.category,
                             style_of(self.block, c.category).colour,
                             style_of(self.block, c.category).mark) for c in waiting])
        self._apply_filter()

    def _show_spreads(self) -> None:
        try:
            found = rating_spreads(self.ctx.ws, self.block.id, meeting=self.ctx.meeting_id)
        except REFUSALS as exc:
            self.ctx.hub.failed.emit(str(exc))
            return
        self.rated = set(found) & set(self.cards)
        self.spreads.set_marks(spread_marks(found, self.cards, self.block))
        self.spread_key.setVisible(bool(self.spreads.marks))
        if not self.ctx.readonly:
            self.accept_all_button.setText(
                translate("Grid", "Accept all rated ({n})").format(n=len(self.rated)))
            self.accept_all_button.setVisible(bool(self.rated))
            self.accept_button.setVisible(bool(self.rated))
            self._enable_accept()

    def _enable_accept(self) -> None:
        item = self.scene.selected_card()
        self.accept_button.setEnabled(item is not None and item.ref in self.rated)

    def accept_selected(self) -> None:
        """The selected card goes to the room's median: one undo step."""
        item = self.scene.selected_card()
        if item is not None:
            self._accept([item.ref], translate("Grid", "Accept the room's place for “{card}”")
                         .format(card=item.look.label[:40]))

    def accept_all(self) -> None:
        """Every rated card goes to the room's median (tray cards too): one undo step."""
        self._accept(None, translate("Grid", "Accept the room's places"))

    def _accept(self, refs: list[str] | None, text: str) -> None:
        try:
            places = room_places(self.ctx.ws, self.block.id, refs, meeting=self.ctx.meeting_id)
        except REFUSALS as exc:
            self.ctx.hub.failed.emit(str(exc))
            return
        if places:
            self.ctx.undo.push(SetPlaces(self.ctx, self.block.id, text, list(places)))

    def _fill_legend(self) -> None:
        numbers = self.scene.numbers()
        entries = []
        for ref, number in sorted(numbers.items(), key=lambda pair: pair[1]):
            look = self.scene.cards[ref].look
            x, y = self.scene.cards[ref].place
            head = self.scene.cluster_of.get(ref)
            mark = self.spreads.marks.get(ref)   # the room's ratings: how many, in the key
            label = f"{look.label} ({count_text(mark.spread.count)})" if mark else look.label
            entries.append(Entry(number, label, look.colour, look.example,
                                 quadrant_name(self.block.quadrants, quadrant_of(x, y)), ref,
                                 numbers[head] if head else 0))
        self.legend.set_entries(entries)

    def _follow_selection(self, block_id: str, meeting_id: int, ref: str) -> None:
        if block_id == self.block.id and meeting_id == self.ctx.meeting_id:
            self.legend.show_card(ref)   # its own line of the key, in a cluster or not

    def _follow(self, block_id: str, meeting_id: int, ref: str, x: float, y: float) -> None:
        if block_id == self.block.id and meeting_id == self.ctx.meeting_id:
            self.scene.follow(ref, x, y)
            self.legend.show_card(ref)    # the room reads about the card being moved

    def _hub_changed(self, changed: Changed) -> None:
        if changed.block_id == self.block.id or changed.block_id in self.block.sources or \
                (self.actions_id and changed.block_id == self.actions_id):
            self.refresh()
            if self.scene.showing_markers and changed.what == ChangeKind.GRID and changed.ids:
                self.legend.show_card(str(changed.ids[-1]))

    def _reshow(self, block_id: str) -> None:
        """An edit of this board was refused: a card dragged ahead of the file goes back."""
        if block_id == self.block.id:
            self.refresh()

    def set_filter(self, category: str) -> None:
        """Show one category's cards (others fade on the board, leave the tray); "" shows all."""
        self._filter = category
        if not self.ctx.readonly and self.filter_box.currentData() != category:
            self.filter_box.setCurrentIndex(max(0, self.filter_box.findData(category)))
        self._apply_filter()

    def _apply_filter(self) -> None:
        for ref, item in self.scene.cards.items():
            card = self.cards.get(ref)
            shown = not self._filter or (card is not None and card.category == self._filter)
            item.setOpacity(1.0 if shown else 0.25)
            item.setEnabled(shown)
            if not shown:
                item.setSelected(False)
        if not self.ctx.readonly:
            self.tray.filter(self._filter)
            visible = len(self.tray.visible_refs())
            self.tray_title.setText(translate("Grid", "&Not yet placed ({count}): drag a card "
                                              "onto the board, or select it and press Enter")
                                    .format(count=visible))

    # -- edits --------------------------------------------------------------------------------
    def _card_moved(self, ref: str, old: tuple[float, float], new: tuple[float, float],
                    by_keyboard: bool) -> None:
        self._move(ref, old, new, by_keyboard)

    def _move(self, ref: str, old: tuple[float, float] | None, new: tuple[float, float],
              by_keyboard: bool = False) -> None:
        card = self.cards.get(ref)
        if card is None:
            return
        self.ctx.undo.push(MoveCard(self.ctx, self.block.id, ref, card.label, card.category,
                                    old, new, by_keyboard=by_keyboard, on_moved=self._moved))

    def _moved(self, command: MoveCard, result: CardMove) -> None:
        """The move was stored: ask about the proposal if the card left the high-impact area."""
        term = self.ctx.ws.term
        if result.needs_decision and result.proposal is not None:
            q = self.block.quadrants
            self._pending_decision = (result.proposal, command.label)
            self.notice.setText(translate(
                "Grid", "“{card}” is no longer in “{first}” or “{second}”, but it is still in "
                "the proposals as “{category}”. Remove it from the proposals?").format(
                    card=term(command.label), first=q.high_impact_easy,
                    second=q.high_impact_hard, category=term(result.old_category)))
            self._show_notice(True)
        elif result.proposal is not None and result.new_category != result.old_category:
            self.notice.setText(translate("Grid", "Proposal “{card}” is now “{category}”.")
                                .format(card=term(command.label),
                                        category=term(result.new_category)))
            self._show_notice(False)

    def _show_notice(self, ask: bool) -> None:
        self.notice.show()
        self.drop_button.setVisible(ask)
        self.keep_button.setVisible(True)
        self.keep_button.setText(translate("Grid", "Keep") if ask else translate("Grid", "OK"))

    def _hide_notice(self) -> None:
        self._pending_decision = None
        for widget in (self.notice, self.drop_button, self.keep_button):
            widget.hide()

    def _drop_proposal(self) -> None:
        if self._pending_decision is not None:
            self.ctx.undo.push(DropProposal(self.ctx, self.block.id, self._pending_decision[0]))
        self._hide_notice()

    def _card_returned(self, ref: str) -> None:
        card = self.cards.get(ref)
        if card is not None:
            self.ctx.undo.push(ReturnCard(self.ctx, self.block.id, ref, card.label))
            self.view.setFocus()

    def _place_in_middle(self, ref: str) -> None:
        """Enter in the tray: the card goes to the middle (next to any card already there),
        selected, so that the arrow keys carry on from there."""
        taken = {(c.x, c.y) for c in self.cards.values() if c.placed}
        x = y = 0.5
        while (x, y) in taken and x < 0.9:
            x, y = round(x + 0.03, 4), round(y + 0.03, 4)
        self._move(ref, None, (x, y))
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)
        self.scene.select(ref)

    def _board_point(self, global_pos: QPoint) -> QPointF | None:
        """Where on the board a global position is, or None when it is off the board."""
        local = self.view.viewport().mapFromGlobal(global_pos)
        if not self.view.viewport().rect().contains(local):
            return None
        point = self.view.mapToScene(local)
        if not (-5 <= point.x() <= BOARD_W + 5 and -5 <= point.y() <= BOARD_H + 5):
            return None   # on the axis labels, not on the board
        return point

    def _tray_dragging(self, ref: str, global_pos: QPoint) -> None:
        self.scene.show_ghost(self._board_point(global_pos))

    def _tray_dropped(self, ref: str, global_pos: QPoint) -> None:
        self.scene.show_ghost(None)
        point = self._board_point(global_pos)
        if point is None:
            return   # released off the board: the card stays in the tray
        self.scene.note_moved(ref)
        self._move(ref, None, to_fraction(point))
        self.scene.select(ref)
        self.view.setFocus(Qt.FocusReason.MouseFocusReason)

    def _describe_selection(self) -> None:
        """Say which card is selected and where, for screen readers and the status tip."""
        item = self.scene.selected_card()
        self._enable_accept()
        if item is None:
            self.view.setAccessibleDescription(translate("Grid", BOARD_KEYS))
            return
        if self.scene.showing_markers:
            self.legend.show_card(item.ref)
        self.live.selected.emit(self.block.id, self.ctx.meeting_id, item.ref)
        x, y = item.place
        where = quadrant_name(self.block.quadrants, quadrant_of(x, y))
        text = translate("Grid", "{card} ({category}): {quadrant}, {x_label} {x}%, {y_label} {y}%"
                         ).format(card=item.look.spoken, category=item.look.category_label,
                                  quadrant=where, x_label=self.block.x_label.lower(),
                                  x=round(x * 100), y_label=self.block.y_label.lower(),
                                  y=round(y * 100))
        mark = self.spreads.marks.get(item.ref)
        if mark is not None:
            s = mark.spread
            text += translate("Grid", "; the room ({n} rated): impact {i:g}, ease {e:g}").format(
                n=s.count, i=s.impact.median, e=s.ease.median)
        self.view.setAccessibleDescription(text)
        self.view.setStatusTip(text)

    def place_examples(self) -> None:
        self.ctx.undo.push(SetPlaces(self.ctx, self.block.id,
                                     translate("Grid", "Start from the illustrative "
                                               "prioritization"),
                                     example_places(self.block)))

    def set_examples_shown(self, shown: bool) -> None:
        if shown != self.examples_shown:
            self.ctx.undo.push(ShowExamples(self.ctx, self.block.id, shown))

    def propose(self) -> None:
        self.ctx.undo.push(Propose(self.ctx, self.block.id, on_done=self._proposed))

    def _proposed(self, done: Proposed) -> None:
        added, moved = len(done.added), len(done.recategorised)
        if not added and not moved:
            q = self.block.quadrants
            high = [c for c in self.cards.values()
                    if c.x is not None and c.y is not None and quadrant_of(c.x, c.y).high_impact]
            self.notice.setText(translate("Grid", "Nothing new to propose: no card is in "
                                          "“{first}” or “{second}” yet.").format(
                                              first=q.high_impact_easy, second=q.high_impact_hard)
                                if not high else
                                translate("Grid", "Every high-priority card is already in the "
                                          "proposals."))
            self._show_notice(False)
            return
        text = ((translate("Grid", "{count} proposal added") if added == 1 else
                 translate("Grid", "{count} proposals added")).format(count=added) if added
                else translate("Grid", "No new proposal"))
        if moved:
            text += translate("Grid", "; {count} moved to a new category").format(count=moved)
        self.notice.setText(text + translate("Grid", ". Fill in owners and deadlines in the "
                                             "proposals table."))
        self._show_notice(False)


def create(ctx: BlockContext, block: GridBlock) -> QWidget:
    return GridWidget(ctx, block)
