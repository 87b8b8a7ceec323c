"""The projector window: item title, big timer, guiding questions, subgroups and a live,
read-only view of the current worksheet. It never shows facilitator notes.

It follows the runner's signals (100 ms tick, item and state changes) and the shared hub (the
worksheet widgets refresh themselves from it), so it trails the facilitator by one tick at most.
Nothing here takes typing, so slide-show keys work on it: B or . blanks, F freezes (the room
keeps a still picture while the facilitator looks elsewhere), Esc stops presenting, PgDown /
PgUp (what a presentation clicker sends) page the worksheet.

The worksheet is drawn for the room (ui.run.projected_sheet): sized to the screen, paged, and
on the page of whatever the facilitator is editing on the laptop (checked every tick).
"""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QGuiApplication,
    QKeySequence,
    QResizeEvent,
    QScreen,
)
from PySide6.QtWidgets import QHBoxLayout, QLabel, QStackedLayout, QVBoxLayout, QWidget

from facilitator.domain.timer import TimerState, Tone, format_clock
from facilitator.ui.kit.local_dates import series_words
from facilitator.ui.kit.style import presenter_style, tone_style
from facilitator.ui.kit.typing_guard import let_meeting_keys_through
from facilitator.ui.run.projected_sheet import ProjectedSheet, laptop_focus
from facilitator.ui.run.side_panel import groups_text
from facilitator.ui.run.workshop_page import WorkshopPage

BASE_ZOOM = 2.0   # worksheet text on the projector, before the facilitator's zoom setting
MIN_ZOOM, MAX_ZOOM = 0.5, 3.0
translate = QCoreApplication.translate


def _label(name: str, accessible: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)   # names and titles are data, not markup
    label.setAccessibleName(accessible)
    return label


class PresenterWindow(QWidget):
    closed = Signal()
    blank_changed = Signal(bool)   # the facilitator's window shows that the room sees black
    frozen_changed = Signal(bool)  # ... or a still picture

    def __init__(self, page: WorkshopPage, *, zoom: float = 1.0) -> None:
        super().__init__(None, Qt.WindowType.Window)
        self.page, self.runner, self.zoom = page, page.runner, zoom
        self.setObjectName("presenter")
        self.setWindowTitle(translate("Projector", "{workshop} — projector").format(
            workshop=page.ws.shown_title))
        self.setAccessibleName(translate("Projector", "Projector view"))
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self._screen = 1.0   # the projector's height over 1080: titles and timer follow it
        self.setStyleSheet(presenter_style(zoom))
        self._stack = QStackedLayout(self)
        self._blanked = self._frozen = False
        self._cover: QWidget | None = None

        content = QWidget()
        self.content = content
        content.setAccessibleName(translate("Projector", "Projector content"))
        layout = QVBoxLayout(content)
        layout.setContentsMargins(40, 24, 40, 24)
        top = QHBoxLayout()
        heading = QVBoxLayout()
        self.series = _label("presenterSeries", translate("Projector", "Meeting of the series"))
        self.title = _label("presenterTitle", translate("Projector", "Agenda item"))
        heading.addWidget(self.series)
        heading.addWidget(self.title)
        clock = QVBoxLayout()
        self.timer = _label("presenterTimer", translate("Projector", "Time remaining"))
        self.timer.setWordWrap(False)
        self.timer.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        # In words, not by colour alone: the room knows the clock is stopped on purpose.
        self.paused = _label("presenterPaused", translate("Projector", "Timer paused"))
        self.paused.setText(translate("Projector", "Paused"))
        self.paused.setWordWrap(False)
        self.paused.hide()
        clock.addWidget(self.timer, 0, Qt.AlignmentFlag.AlignRight)
        clock.addWidget(self.paused, 0, Qt.AlignmentFlag.AlignRight)
        top.addLayout(heading, 1)
        top.addLayout(clock)
        layout.addLayout(top)
        self.questions = _label("presenterQuestions", translate("Projector", "Guiding questions"))
        self.groups = _label("presenterGroups", translate("Projector", "Subgroups"))
        layout.addWidget(self.questions)
        layout.addWidget(self.groups)
        self.sheet = ProjectedSheet(translate("Projector", "Worksheet (read-only)"))
        self.sheet.setObjectName("presenterSheet")
        layout.addWidget(self.sheet, 1)
        self._stack.addWidget(content)

        self.blank = QWidget()
        self.blank.setObjectName("presenterBlank")
        self.blank.setAccessibleName(translate("Projector", "Blank screen"))
        self.blank.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self._stack.addWidget(self.blank)

        self.still = QLabel()   # frozen: a picture of the content as it was
        self.still.setObjectName("presenterStill")
        self.still.setAccessibleName(translate("Projector", "Frozen projector picture"))
        self.still.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._stack.addWidget(self.still)

        let_meeting_keys_through(self)  # bare Space runs the timer when this window has focus
        for keys, slot in ((("B", "."), self.toggle_blank), (("F",), self.toggle_freeze),
                           (("Esc",), lambda: self.close()),
                           (("PgDown",), self.next_page), (("PgUp",), self.previous_page)):
            action = QAction(self)
            action.setShortcuts([QKeySequence(k) for k in keys])
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)  # this window only
            action.triggered.connect(slot)
            self.addAction(action)

        self.runner.tick.connect(self.update_timer)
        self.runner.state_changed.connect(self.update_state)
        self.runner.item_changed.connect(self._on_item)
        self.show_item()

    # What the room sees ------------------------------------------------------------------------
    def show_item(self) -> None:
        item = self.page.item
        self.title.setText(item.title)
        self.questions.setText("\n".join(f"• {q}" for q in item.questions))
        ctx = self.page.context(readonly=True, zoom=BASE_ZOOM * self.zoom)
        self.sheet.show_item(ctx, item, first=item is self.page.ws.shown.agenda[0],
                             zoom=self.zoom)
        self.update_state()

    def _on_item(self, _index: int) -> None:
        self.show_item()

    def update_state(self) -> None:
        state = self.runner.state
        series = series_words(self.page.ws.shown, state.number, state.date)
        self.series.setText(series)
        self.series.setVisible(bool(series))
        people = state.participants
        lines = [f"{group}: {members}"
                 for group, members in groups_text(people, self.runner.subgroups(
                     self.runner.current))]
        self.groups.setText("\n".join(lines))
        self._show_body()
        self.update_timer()

    def set_cover(self, cover: QWidget | None) -> None:
        """Show `cover` (the room's join code) instead of the item's questions, groups and
        worksheet, which come back as they were when it goes (None): the code is a slide of
        its own, never squeezing the sheet into many pages under it."""
        layout = self.content.layout()
        old, self._cover = self._cover, cover
        if old is not None and old is not cover:
            layout.removeWidget(old)
        if cover is not None and layout.indexOf(cover) < 0:
            layout.insertWidget(1, cover, 1)
        self._show_body()

    def _show_body(self) -> None:
        item, covered = self.page.item, self._cover is not None
        self.sheet.setVisible(self.sheet.has_content and not covered)  # a break: just the clock
        # With worksheets, the questions open the sheet's first page (paged with it).
        self.questions.setVisible(bool(item.questions) and not self.sheet.questions
                                  and not covered)
        self.groups.setVisible(bool(self.groups.text()) and not covered)

    def update_timer(self) -> None:
        self.follow_facilitator()
        now = self.runner.now()
        timer = self.runner.timer
        text = format_clock(timer.remaining(now))
        if self.timer.text() != text:
            self.timer.setText(text)
        flash = self.page.timer_panel.flashing
        style = tone_style(timer.tone(now), presenter=True, flash=flash)
        if self.timer.styleSheet() != style:
            self.timer.setStyleSheet(style)
        # In words as well as colour: the room reads "Paused" or "Over time" under the clock.
        if timer.state() is TimerState.PAUSED:
            word = translate("Projector", "Paused")
        elif timer.tone(now) is Tone.OVERTIME:
            word = translate("Projector", "Over time")
        else:
            word = ""
        if word and self.paused.text() != word:
            self.paused.setText(word)
            self.paused.setAccessibleName(translate("Projector", "Timer: {state}").format(
                state=word.lower()))
        if self.paused.isHidden() == bool(word):
            self.paused.setVisible(bool(word))

    def follow_facilitator(self) -> None:
        """The page with what the facilitator is editing (only when that changes, so paging by
        hand holds until the facilitator moves on)."""
        view = self.page.item_view
        self.sheet.follow(laptop_focus(view, view.blocks))

    # Controls --------------------------------------------------------------------------------
    def next_page(self) -> None:
        self.sheet.turn(1)

    def previous_page(self) -> None:
        self.sheet.turn(-1)

    @property
    def blanked(self) -> bool:
        return self._blanked

    @property
    def frozen(self) -> bool:
        return self._frozen

    def toggle_blank(self) -> None:
        self.set_blank(not self.blanked)

    def set_blank(self, on: bool) -> None:
        if on != self.blanked:
            self._blanked = on
            self._show_page()
            self.blank_changed.emit(on)

    def toggle_freeze(self) -> None:
        self.set_frozen(not self.frozen)

    def set_frozen(self, on: bool) -> None:
        """The room keeps the picture it sees now; the live view goes on updating behind it and
        comes back as it is by then."""
        if on == self.frozen:
            return
        if on:
            self.still.setPixmap(self.content.grab())
        else:
            self.still.clear()
        self._frozen = on
        self._show_page()
        self.frozen_changed.emit(on)

    def _show_page(self) -> None:
        # Blank wins over frozen: Ctrl+B while frozen is black, and back to the still after.
        page = self.blank if self._blanked else self.still if self._frozen else self.content
        self._stack.setCurrentWidget(page)

    def set_zoom(self, zoom: float) -> None:
        self.zoom = min(MAX_ZOOM, max(MIN_ZOOM, zoom))
        self.setStyleSheet(presenter_style(self.zoom, self._screen))
        self.show_item()

    def resizeEvent(self, event: QResizeEvent) -> None:
        screen = round(min(2.0, max(0.6, self.height() / 1080)) * 20) / 20
        if screen != self._screen:   # a 720p projector: smaller title and timer, more sheet
            self._screen = screen
            self.setStyleSheet(presenter_style(self.zoom, screen))
        super().resizeEvent(event)

    def show_on(self, screen: QScreen | None) -> None:
        """Full screen on `screen` (the projector)."""
        if screen is not None:
            self.setScreen(screen)
            self.setGeometry(screen.geometry())
        self.showFullScreen()

    def closeEvent(self, event: QCloseEvent) -> None:
        for signal, slot in ((self.runner.tick, self.update_timer),
                             (self.runner.state_changed, self.update_state),
                             (self.runner.item_changed, self._on_item)):
            with contextlib.suppress(RuntimeError, TypeError):
                signal.disconnect(slot)
        self.closed.emit()
        super().closeEvent(event)


def projector_screen(main_screen: QScreen | None) -> QScreen | None:
    """The screen that is not the facilitator's: the projector, if there is one."""
    screens = QGuiApplication.screens()
    others = [s for s in screens if s is not main_screen]
    return others[0] if others else (main_screen or QGuiApplication.primaryScreen())
