"""The worksheet area of the projector: the current item's worksheets in their projected
layouts, sized to the screen and paged ("Page 2 of 3"), never scrolled.

It follows the facilitator: `follow(focus)` shows the page with the row, card or action being
edited on the laptop (`laptop_focus` finds it); `turn(step)` pages on its own until the
facilitator moves to something else. `facilitator slides` paints the same widget.
"""

from __future__ import annotations

import contextlib
import sys
import traceback
from dataclasses import replace
from typing import Protocol, runtime_checkable

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import QScrollArea, QWidget

from facilitator.domain.template import ActionsBlock, AgendaItem, AnyBlock
from facilitator.services.changes import Changed, ChangeKind
from facilitator.ui.worksheets.kit.context import BlockContext
from facilitator.ui.worksheets.kit.paging import Sheet, fit
from facilitator.ui.worksheets.kit.projected_parts import block_anchor, paragraph
from facilitator.ui.worksheets.kit.projection import (
    ACCENT,
    MUTED,
    Focus,
    Layout,
    Page,
    Piece,
    TypeScale,
    Unit,
    paint_page,
    piece,
    text_height,
    text_width,
)
from facilitator.ui.worksheets.registry import projection_for

MARGIN = 0.025      # of the screen's width, around the worksheet
BLOCK_GAP = 0.8     # body sizes between two worksheets of an item
translate = QCoreApplication.translate
EVERYWHERE = ("participants", "meetings")   # changes that may touch any worksheet


def _broken(block: AnyBlock, px: int, width: float) -> list[Unit]:
    return [paragraph(translate("Projector", "{worksheet}: this worksheet could not be shown "
                                "(see the log).").format(worksheet=block.title), px,
                      width, primary=False, color=MUTED)]


@runtime_checkable
class PagedEmbed(Protocol):
    """A live worksheet that pages on its own (the grid's key to its numbered cards)."""

    def page_state(self) -> tuple[int, int]: ...   # (page shown, pages)

    def turn_page(self, step: int) -> bool: ...

    def show_end(self, last: bool) -> None: ...   # its first or last page


class ProjectedSheet(QWidget):
    page_changed = Signal(int, int)   # page index, page count

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(name)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, True)
        self.ctx: BlockContext | None = None
        self.item: AgendaItem | None = None
        self.zoom = 1.0
        self.screen_size: QSize | None = None   # the projector's size (default: the window's)
        self.sheet: Sheet | None = None
        self.page = 0
        self.focus: Focus | None = None
        self.by_hand = False   # paged by hand: stay on this page until the facilitator moves
        self._stale = False    # changed while hidden (blanked, frozen): rebuild when shown
        self.embeds: dict[str, QWidget] = {}
        self._review: list = []
        self.failed: set[str] = set()   # blocks whose layout failed (shown as a one-line note)
        self._hub = None
        self._rebuild = QTimer(self, singleShot=True, interval=0)
        self._rebuild.timeout.connect(self.rebuild)

    # What to show ------------------------------------------------------------------------------
    @property
    def blocks(self) -> list[AnyBlock]:
        return [b for b in self.item.blocks if b.for_participants] if self.item else []

    @property
    def has_content(self) -> bool:
        return bool(self.blocks or self._review)

    @property
    def questions(self) -> tuple[str, ...]:
        """The item's guiding questions, shown at the top of its first page: above the sheet,
        six of them took half the screen on every page and left the worksheet a strip."""
        return tuple(self.item.questions) if self.item is not None and self.has_content else ()

    def show_item(self, ctx: BlockContext, item: AgendaItem, *, first: bool = False,
                  zoom: float = 1.0) -> None:
        """Show `item`; `first` (the meeting's first item) adds the actions carried over from
        earlier meetings ("Since last time")."""
        if self._hub is not None and self._hub is not ctx.hub:
            self._disconnect()
        if self._hub is None:
            ctx.hub.changed.connect(self._on_changed)
            self._hub = ctx.hub
        self.ctx, self.item, self.zoom = ctx, item, zoom
        self.page, self.focus, self.by_hand = 0, None, False
        for widget in self.embeds.values():
            widget.hide()   # now: deleteLater waits for the event loop
            widget.deleteLater()
        self.embeds = {}
        self._review = []
        self.failed = set()
        if first:
            from facilitator.services.meetings import review_actions

            self._review = review_actions(ctx.ws, ctx.meeting_id)
        self.rebuild()

    def set_zoom(self, zoom: float) -> None:
        self.zoom = zoom
        self.rebuild()

    def _disconnect(self) -> None:
        with contextlib.suppress(RuntimeError, TypeError):
            self._hub.changed.disconnect(self._on_changed)  # type: ignore[union-attr]
        self._hub = None

    def _on_changed(self, changed: Changed) -> None:
        """Redraw for a change to what is shown (not for the timer's saves, say)."""
        if self.ctx is None or self.item is None:
            return
        shown = {b.id for b in self.blocks}
        review = bool(self._review) and changed.what == ChangeKind.ACTIONS
        if changed.block_id not in shown and changed.what not in EVERYWHERE and not review:
            return
        if self._review and (review or changed.what in EVERYWHERE):
            from facilitator.services.meetings import review_actions

            self._review = review_actions(self.ctx.ws, self.ctx.meeting_id)
        if self.isVisible():
            self._rebuild.start()
        else:
            self._stale = True

    # Layout --------------------------------------------------------------------------------
    def scale(self) -> TypeScale:
        size = self.screen_size or self.window().size()
        return TypeScale(max(1, size.width()), max(1, size.height()), self.zoom)

    def margin(self) -> float:
        return self.scale().width * MARGIN

    def _layouts(self) -> list[Layout]:
        """Each worksheet's layout, its data read once for all the sizes tried."""
        assert self.ctx is not None
        layouts = [self._questions_layout()] if self.questions else []
        layouts += self._review_layouts()
        for block in self.blocks:
            try:
                layouts.append(projection_for(block.kind).project(self.ctx, block, self.focus))
            except Exception:  # one broken worksheet must not take the projector down
                if block.id not in self.failed:
                    traceback.print_exc(file=sys.stderr)
                self.failed.add(block.id)
                layouts.append(lambda px, width, b=block: _broken(b, px, width))
        return layouts

    def _questions_layout(self) -> Layout:
        questions = self.questions

        def layout(px: int, width: float) -> list[Unit]:
            units = [paragraph(f"• {q}", px, width, primary=False, color=ACCENT)
                     for q in questions]
            units[-1].keep_with_next = True   # not alone at the foot of a page
            return units

        return layout

    def _review_layouts(self) -> list[Layout]:
        from facilitator.services.meetings import carry_over_blocks, meeting_number
        from facilitator.ui.worksheets.actions.projected import project_list

        assert self.ctx is not None
        if not self._review:
            return []
        number = meeting_number(self.ctx.ws, self.ctx.meeting_id)
        layouts = []
        for block_id in carry_over_blocks(self.ctx.ws):
            block = self.ctx.ws.shown.block(block_id)
            carried = [a for a in self._review if a.block_id == block_id]
            if isinstance(block, ActionsBlock) and carried:
                layouts.append(project_list(self.ctx, block, carried, review=number,
                                            title=translate("Projector", "Since last time: "
                                                            "{worksheet}").format(
                                                                worksheet=block.title)))
        return layouts

    def rebuild(self) -> None:
        if self.ctx is None or self.item is None:
            return
        scale = self.scale()
        margin = self.margin()
        width = max(50.0, self.width() - 2 * margin)
        height = max(50.0, self.height() - 2 * margin)
        try:
            layouts = self._layouts()
            built: dict[tuple[int, float], list[Unit]] = {}

            def units(px: int, room: float) -> list[Unit]:
                """The units at one size, laid out once: paging with room for the footer
                pages the same units again (pages never change a unit)."""
                if (px, room) not in built:
                    built[(px, room)] = laid_out(px, room)
                return built[(px, room)]

            def laid_out(px: int, room: float) -> list[Unit]:
                out: list[Unit] = []
                said: set[str] = set()   # instructions the item's worksheets share: said once
                for layout in layouts:
                    if out:
                        out.append(Unit(px * BLOCK_GAP))
                    try:
                        made = layout(px, room)
                    except Exception:   # as above: a note instead of the worksheet
                        traceback.print_exc(file=sys.stderr)
                        continue
                    out += [u for u in made if not u.once or u.once not in said]
                    said.update(u.once for u in made if u.once)
                return out

            sheet = fit(units, scale, width, height)
            if len(sheet.pages) > 1:   # room for "Page 2 of 3" under the worksheet
                footer = piece(translate("Projector", "Page {page} of {count}").format(
                    page=99, count=99), scale.floor, 0, 0, width).rect.height()
                # The footer sits in the bottom margin: the page stops a quarter margin above.
                sheet = fit(units, scale, width, height - footer + margin / 4)
        except Exception:  # the workshop was closed under a sheet about to be deleted
            traceback.print_exc(file=sys.stderr)
            return
        self.sheet, self._stale = sheet, False
        anchor = "" if self.by_hand else self._anchor()
        at = sheet.page_of(anchor) if anchor else None
        self.page = at if at is not None else min(self.page, len(sheet.pages) - 1)
        self._show_page()

    def _anchor(self) -> str:
        if self.focus is None:
            return ""
        return self.focus.anchor or block_anchor(self.focus.block_id)

    # Pages ---------------------------------------------------------------------------------
    @property
    def page_count(self) -> int:
        return len(self.sheet.pages) if self.sheet else 0

    def current(self) -> Page | None:
        return self.sheet.pages[self.page] if self.sheet and self.sheet.pages else None

    def turn(self, step: int) -> bool:
        """Page on (or back) on its own; False at either end. A worksheet on the page that
        pages itself (the grid's key to its numbered cards) turns its own pages first."""
        inner = self._paged_embed()
        if inner is not None and inner.turn_page(step):
            self.by_hand = True
            self._described()
            return True
        if self.sheet is None or not 0 <= self.page + step < self.page_count:
            return False
        self.page += step
        self.by_hand = True
        self._show_page()
        inner = self._paged_embed()
        if inner is not None:   # onto it: its first page, or back onto it: its last, as a deck
            inner.show_end(step < 0)
        return True

    def _paged_embed(self) -> PagedEmbed | None:
        page = self.current()
        for _rect, key, _make in page.embeds if page else []:
            widget = self.embeds.get(key)
            if isinstance(widget, PagedEmbed) and widget.page_state()[1] > 1:
                return widget
        return None

    def follow(self, focus: Focus | None) -> None:
        """Show the page with what the facilitator is on (and, for a worksheet with a copy per
        participant, the copy they picked)."""
        if focus is None or self.sheet is None or focus == self.focus:
            return
        before = self.focus
        self.focus, self.by_hand = focus, False
        shown = before.participant if before is not None else None
        if focus.participant is not None and focus.participant != shown:
            self.rebuild()   # another participant's copy: a new layout
            return
        at = self.sheet.page_of(self._anchor())
        if at is not None and at != self.page:
            self.page = at
            self._show_page()

    def _show_page(self) -> None:
        page = self.current()
        margin = self.margin()
        shown = set()
        for rect, key, make in page.embeds if page else []:
            widget = self.embeds.get(key)
            if widget is None:
                widget = self.embeds[key] = make()
                widget.setParent(self)
            widget.setGeometry(rect.translated(margin, margin).toRect())
            widget.show()
            shown.add(key)
        for key, widget in self.embeds.items():
            if key not in shown:
                widget.hide()
        self._described()
        self.update()

    def _described(self) -> None:
        self.setAccessibleDescription(self.page_label() + "\n" + "\n".join(self.texts()))
        self.page_changed.emit(self.page, self.page_count)

    def page_label(self) -> str:
        count = self.page_count
        return translate("Projector", "Page {page} of {count}").format(
            page=self.page + 1, count=count) if count > 1 else ""

    def shows_block(self, block_id: str) -> bool:
        return self.sheet is not None and self.sheet.page_of(block_anchor(block_id)) is not None

    def all_texts(self) -> list[str]:
        """Every text of every page (what the room will have seen once paged through)."""
        return [p.text for page in (self.sheet.pages if self.sheet else []) for p in page.pieces]

    def texts(self) -> list[str]:
        page = self.current()
        return [p.text for p in page.pieces] if page else []

    def pieces(self) -> list[Piece]:
        """What the room reads on this page, in the sheet's coordinates (for measuring)."""
        page = self.current()
        shift = self.margin()
        shown = [replace(p, rect=p.rect.translated(shift, shift))
                 for p in (page.pieces if page else [])]
        footer = self.footer()
        return [*shown, footer] if footer is not None else shown

    def footer(self) -> Piece | None:
        """'Page 2 of 3', right-aligned under the worksheet."""
        label = self.page_label()
        if not label:
            return None
        px, margin = self.scale().floor, self.margin()
        width = text_width(label, px, True) + 4
        height = text_height(label, px, width, True)
        return Piece(QRectF(self.width() - margin - width, self.height() - margin / 2 - height,
                            width, height), label, px, bold=True, color=MUTED)

    # Qt ------------------------------------------------------------------------------------
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._rebuild.start()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self._rebuild.start()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("#ffffff"))
        page = self.current()
        if page is not None:
            paint_page(painter, page, QPointF(self.margin(), self.margin()))
        footer = self.footer()
        if footer is not None:
            paint_page(painter, Page([footer]), QPointF(0, 0))
        painter.end()


def laptop_focus(view: QScrollArea, blocks: dict[str, QWidget]) -> Focus | None:
    """Where the facilitator is in the laptop's worksheets: the block (and row, card, action)
    that has the keyboard focus; else the block at the top of what the laptop shows."""
    body = view.widget()
    if body is None or not blocks:
        return None
    widget = view.window().focusWidget()   # the laptop's, even while the projector is active
    if widget is not None and body.isAncestorOf(widget):
        while widget is not None and widget is not body:
            name = widget.objectName()
            if name.startswith("block:"):
                block = getattr(widget, "block", None)
                if block is not None:
                    return projection_for(block.kind).focus(widget)
                return Focus(name[len("block:"):])
            widget = widget.parentWidget()
    top = view.verticalScrollBar().value()
    for block_id, block_widget in blocks.items():
        if block_widget.geometry().bottom() > top + 8:
            return Focus(block_id)
    return None
