"""The facilitator's window: menus, toolbar, status bar, the start page or an open workshop,
and the projector window. Heavy modules (services, SQLAlchemy, qtawesome) are imported only
after the first paint (finish_startup), so the window appears at once."""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSettings, Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QMainWindow, QStackedWidget, QVBoxLayout, QWidget

from facilitator.ui.kit.hub import ChangeHub
from facilitator.ui.kit.local_dates import clock

translate = QCoreApplication.translate

if TYPE_CHECKING:
    # Only for annotations: each Qt class costs its enums' creation on first import, and the
    # first paint should not wait for the menus' classes.
    from PySide6.QtGui import QAction, QCloseEvent, QUndoGroup, QUndoStack
    from PySide6.QtWidgets import QMenu

    from facilitator.domain.timer import Clock
    from facilitator.services.workshop import Workshop
    from facilitator.ui.kit.notice_banner import NoticeBanner
    from facilitator.ui.kit.save_error_bar import SaveErrorBar
    from facilitator.ui.run.presenter import PresenterWindow
    from facilitator.ui.run.workshop_page import WorkshopPage
    from facilitator.ui.shell.start_page import NewWorkshopForm, StartPage

APP_NAME = "Facilitator"
MAX_RECENT = 8
ZOOM_STEP, MIN_ZOOM, MAX_ZOOM = 1.15, 0.6, 3.0
FILE_FILTER = QT_TRANSLATE_NOOP("MainWindow", "Workshops (*.workshop);;All files (*)")
# The menu bar's menus, for the translation catalogue (menu() shows each one translated).
MENU_TITLES = (QT_TRANSLATE_NOOP("Menu", "&File"), QT_TRANSLATE_NOOP("Menu", "&Edit"),
               QT_TRANSLATE_NOOP("Menu", "&View"), QT_TRANSLATE_NOOP("Menu", "&Meeting"),
               QT_TRANSLATE_NOOP("Menu", "&Actions"), QT_TRANSLATE_NOOP("Menu", "&Room"),
               QT_TRANSLATE_NOOP("Menu", "&Help"))


def _install_actions_menu(window: MainWindow) -> None:
    from facilitator.ui.shell.actions_menu import install

    install(window)


def _install_handouts(window: MainWindow) -> None:
    from facilitator.ui.shell.handouts_dialog import install

    install(window)


def _install_backups(window: MainWindow) -> None:
    from facilitator.ui.shell.backups_menu import install

    install(window)


def _install_language_menu(window: MainWindow) -> None:
    from facilitator.ui.shell.language_menu import install

    install(window)


def _install_workshop_language(window: MainWindow) -> None:
    from facilitator.ui.shell.workshop_language import install

    install(window)


def _install_room(window: MainWindow) -> None:
    from facilitator.ui.room.menu import install

    install(window)


# Features that add their own menu entries: each installer runs once the window is ready (after
# the first paint and the workshop load), so they never slow start-up. Plain import statements
# inside them, never loading by name, so that bundlers and import-linter see these modules.
EXTENSIONS: tuple[tuple[str, Callable[[MainWindow], None]], ...] = (
    ("facilitator.ui.shell.actions_menu", _install_actions_menu),
    ("facilitator.ui.shell.handouts_dialog", _install_handouts),
    ("facilitator.ui.shell.backups_menu", _install_backups),
    ("facilitator.ui.shell.language_menu", _install_language_menu),
    ("facilitator.ui.shell.workshop_language", _install_workshop_language),
    ("facilitator.ui.room.menu", _install_room),
)


class MainWindow(QMainWindow):
    # Seams for features that hold on to the open workshop (room mode): told before it closes
    # (another opens, the window closes), after one is shown or closed, and when a projector
    # window appears.
    workshop_closing = Signal()
    workshop_changed = Signal()
    presenter_opened = Signal(object)

    def __init__(self, *, clock: Clock = time.monotonic,
                 settings: QSettings | None = None) -> None:
        super().__init__()
        self.clock = clock
        self.settings = settings if settings is not None else QSettings()
        self.hub = ChangeHub(self)
        self.undo_group: QUndoGroup | None = None    # with the menus, in build_ui()
        self.workshop: Workshop | None = None
        self.undo_stack: QUndoStack | None = None
        self.page: WorkshopPage | None = None
        self.presenter: PresenterWindow | None = None
        self.save_bar: SaveErrorBar | None = None   # over the page, made with the first workshop
        self._saved_at: Any = None                   # the last commit's time, for the status
        self.zoom = float(self.settings.value("view/zoom", 1.0))
        self.presenter_zoom = float(self.settings.value("presenter/zoom", 1.0))
        self._menus: dict[str, QMenu] = {}
        self._extras_loaded = False
        self._read_only_reason = ""  # why the workshop being opened is read-only
        self.features_missing: list[str] = []   # EXTENSIONS that failed to install
        self.room: Any = None   # ui.room.menu.RoomFeature, once installed
        self.setObjectName("facilitatorWindow")
        self.setWindowTitle(APP_NAME)
        self.stack = QStackedWidget()
        self._start_page: StartPage | None = None   # built when first needed (after paint)
        self.opening = QLabel(translate("MainWindow", "Opening…"))
        self.opening.setAccessibleName(translate("MainWindow", "Opening"))
        self.opening.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack.addWidget(self.opening)
        self._notice: NoticeBanner | None = None   # made when first needed, above the stack
        central = QWidget()
        self._column = QVBoxLayout(central)
        self._column.setContentsMargins(0, 0, 0, 0)
        self._column.setSpacing(0)
        self._column.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.saved_label = QLabel()
        self.saved_label.setAccessibleName(translate("MainWindow", "Save status"))
        # The room sees black: say so here.
        self.blank_badge = QLabel(translate("MainWindow", "Projector blanked"))
        self.blank_badge.setObjectName("blankBadge")
        self.blank_badge.setAccessibleName(translate("MainWindow", "Projector blanked"))
        self.blank_badge.setStyleSheet("QLabel { background: #111; color: #fff; "
                                       "font-weight: 700; padding: 2px 10px; }")
        self.blank_badge.hide()
        self.statusBar().addPermanentWidget(self.blank_badge)
        self.statusBar().addPermanentWidget(self.saved_label)
        self.actions_by_name: dict[str, QAction] = {}
        self.hub.changed.connect(self._on_changed)
        self.hub.failed.connect(self.show_error)
        geometry = self.settings.value("window/geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            screen = self.screen().availableGeometry()
            self.resize(screen.width(), screen.height())

    def build_ui(self) -> None:
        """Menus, toolbar, shortcuts and style: right after the first paint (idempotent)."""
        if self.undo_group is not None:
            return
        from PySide6.QtGui import QUndoGroup

        from facilitator.ui.kit import typing_guard
        from facilitator.ui.kit.style import MAIN_STYLE
        from facilitator.ui.shell.window_actions import build_actions

        typing_guard.install(self, lambda: self.page.agenda if self.page else None)
        self.undo_group = QUndoGroup(self)
        self.setStyleSheet(MAIN_STYLE)
        self.actions_by_name = build_actions(self)
        from facilitator.ui.shell.view_options import install as install_view_options

        install_view_options(self)  # high contrast and large type, before anything is shown
        self._update_title()
        self._update_enabled()

    @property
    def notice(self) -> NoticeBanner:
        """The banner across the top (e.g. what a reopened file kept after a crash)."""
        if self._notice is None:
            from facilitator.ui.kit.notice_banner import NoticeBanner

            self._notice = NoticeBanner()
            self._column.insertWidget(0, self._notice)
        return self._notice

    @property
    def start_page(self) -> StartPage:
        if self._start_page is None:
            from facilitator.ui.shell.start_page import StartPage

            page = self._start_page = StartPage()
            self.stack.addWidget(page)
            page.create_requested.connect(self.create_from_form)
            page.open_requested.connect(self.choose_file)
            page.recent_requested.connect(lambda p: self.open_path(Path(p)))
            page.demo_requested.connect(self.open_demo)
            page.set_recent(self.recent_files())
        return self._start_page

    # Seams for the other features ------------------------------------------------------------
    def menu(self, title: str) -> QMenu:
        """The menu called `title` ("File", "Edit", "View", "Meeting", ...), made if missing."""
        key = title.replace("&", "")
        if key not in self._menus:
            # Keyed by the English name (the seam other features use); shown translated.
            label = f"&{key}"  # one of MENU_TITLES
            self._menus[key] = self.menuBar().addMenu(QCoreApplication.translate("Menu", label))
        return self._menus[key]

    def block_widget(self, block_id: str) -> QWidget | None:
        return self.page.item_view.block_widget(block_id) if self.page else None

    def timer_text(self) -> str:
        return self.page.timer_panel.display.text() if self.page else ""

    def go_to_item(self, index: int) -> None:
        if self.page is not None:
            self.page.runner.go_to(index)

    # Start-up --------------------------------------------------------------------------------
    def finish_startup(self, path: Path | None) -> None:
        """After the first paint: open the file; the rest (icons, the template list) follows
        in the next event-loop turn, so the workshop is editable as early as possible."""
        self.build_ui()
        if path is not None:
            self.open_path(path)
        QTimer.singleShot(0, self.load_extras)

    def load_extras(self) -> None:
        if self._extras_loaded:
            return
        self._extras_loaded = True
        from facilitator.ui.shell.window_actions import apply_icons

        apply_icons(self)
        self._install_extensions()
        if self.workshop is None:
            self._show_start_page()

    def _install_extensions(self) -> None:
        import traceback

        for name, install in EXTENSIONS:
            try:
                install(self)
            except Exception:  # a missing or broken feature must not stop the session
                self.features_missing.append(name)
                sys.stderr.write(f"facilitator: {name} is not available:\n")
                traceback.print_exc(file=sys.stderr)

    def _show_start_page(self) -> None:
        self.stack.setCurrentWidget(self.start_page)
        if self._extras_loaded and not self.start_page.templates_loaded:
            self.start_page.load_templates()  # parsing every template takes a moment
            if not self.start_page.message.text():
                self.start_page.message.setText(translate(
                    "MainWindow", "Start a new workshop, open one, or try the demo."))

    # Files -----------------------------------------------------------------------------------
    def recent_files(self) -> list[str]:
        value: Any = self.settings.value("recent", [])
        paths = [value] if isinstance(value, str) else list(value or [])
        return [p for p in paths if Path(p).exists()][:MAX_RECENT]

    def _remember(self, path: Path) -> None:
        paths = [str(path)] + [p for p in self.recent_files() if p != str(path)]
        self.settings.setValue("recent", paths[:MAX_RECENT])
        if self._start_page is not None:
            self._start_page.set_recent(paths[:MAX_RECENT])
        from facilitator.ui.shell.window_actions import fill_recent_menu

        fill_recent_menu(self)

    def choose_file(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        name, _ = QFileDialog.getOpenFileName(self, translate("MainWindow", "Open a workshop"), "",
                                              translate("MainWindow", FILE_FILTER))
        if name:
            self.open_path(Path(name))

    def open_path(self, path: Path) -> bool:
        from facilitator.services.errors import ServiceError
        from facilitator.services.recovery import left_behind
        from facilitator.services.run_state import InUse, WorkshopFileError, WriteProtected
        from facilitator.services.workshop import open_workshop
        from facilitator.ui.kit.service_words import shown_message

        if self.workshop is not None and self.workshop.path.resolve() == path.resolve():
            return True  # already open here (a second handle would find the file locked)
        before = left_behind(path)  # read before opening takes the lock again
        self.statusBar().showMessage(translate("MainWindow", "Opening {path}…").format(path=path))
        self._read_only_reason = ""
        try:
            try:
                ws = open_workshop(path)
            except InUse as exc:  # someone else edits it: look, project or copy, but not edit
                from facilitator.ui.run.dialogs import ask_read_only

                if not ask_read_only(self, shown_message(str(exc))):
                    raise
                ws = open_workshop(path, readonly=True)
                self._read_only_reason = translate("MainWindow", "open for editing elsewhere")
            except WriteProtected as exc:  # a read-only file, folder or stick: show, don't ask
                ws = open_workshop(path, readonly=True)
                self._read_only_reason = shown_message(
                    str(exc).split("because ", 1)[-1].split(";")[0])
        except (ServiceError, OSError, WorkshopFileError) as exc:
            self.show_error(translate("MainWindow", "Could not open {workshop}: {error}").format(
                workshop=path.name, error=shown_message(str(exc))))
            if self.workshop is None:
                self._show_start_page()
                self.start_page.message.setText(shown_message(str(exc)))
            return False
        try:
            self._show_workshop(ws)
        except Exception as exc:  # a bug or a broken installation: say so, release the file
            if os.environ.get("FACILITATOR_DEBUG"):
                import traceback

                traceback.print_exc()
            if self.workshop is ws:
                self.close_workshop(show_start=False)
            else:
                ws.close()
            self.show_error(translate("MainWindow", "Could not show {workshop}: {error}").format(
                workshop=path.name, error=f"{type(exc).__name__}: {exc}"))
            self._show_start_page()
            return False
        self._say_what_was_kept(before)
        return True

    def _say_what_was_kept(self, before: Any) -> None:
        from facilitator.services.errors import ServiceError
        from facilitator.services.recovery import recovery_note

        if self.workshop is None or self.page is None:
            return
        try:
            runner = self.page.runner
            note = recovery_note(self.workshop, before, current_item=runner.current,
                                 timers=runner.state.timers)
        except ServiceError as exc:
            self.show_error(str(exc))
            return
        if note or self._notice is not None:
            self.notice.say(note)

    def create_from_form(self, form: NewWorkshopForm) -> None:
        from PySide6.QtWidgets import QFileDialog

        suggested = (form.title or form.template_id or "workshop") + ".workshop"
        name, _ = QFileDialog.getSaveFileName(self, translate("MainWindow", "Save the new "
                                                              "workshop as"), suggested,
                                              translate("MainWindow", FILE_FILTER))
        if name:
            self.create_workshop_at(Path(name).with_suffix(".workshop"), form)

    def create_workshop_at(self, path: Path, form: NewWorkshopForm) -> bool:
        from facilitator.domain.template_parse import TemplateError
        from facilitator.services.errors import ServiceError
        from facilitator.services.run_state import WorkshopFileError
        from facilitator.services.templates import find_template
        from facilitator.services.workshop import NewParticipant, create_workshop

        try:
            ws = create_workshop(path, find_template(form.template_id), title=form.title or None,
                                 date=form.date, time=form.time, location=form.location,
                                 participants=[NewParticipant(*p) for p in form.participants],
                                 language=form.language)
        except (ServiceError, OSError, LookupError, TemplateError, WorkshopFileError) as exc:
            self.show_error(translate("MainWindow", "Could not create {workshop}: {error}")
                            .format(workshop=path.name, error=exc))
            return False
        self._show_workshop(ws)
        return True

    def open_demo(self) -> None:
        from facilitator.services.demo import create_demo, default_demo_path
        from facilitator.services.errors import ServiceError
        from facilitator.services.run_state import WorkshopFileError

        self.close_workshop(show_start=False)
        try:
            ws = create_demo(default_demo_path(), replace=True)
        except (ServiceError, OSError, WorkshopFileError) as exc:
            self.show_error(translate("MainWindow", "Could not make the demo workshop: {error}")
                            .format(error=exc))
            self._show_start_page()
            return
        self._show_workshop(ws)

    def _show_workshop(self, ws: Workshop) -> None:
        from PySide6.QtGui import QUndoStack

        from facilitator.ui.run.workshop_page import WorkshopPage

        self.build_ui()
        assert self.undo_group is not None
        self.close_workshop(show_start=False)
        self._add_save_bar()
        self.workshop = ws
        self.undo_stack = QUndoStack(self)
        self.undo_group.addStack(self.undo_stack)
        self.undo_group.setActiveStack(self.undo_stack)
        self.page = WorkshopPage(ws, self.hub, self.undo_stack, clock=self.clock,
                                 zoom=self.zoom)
        self.page.runner.state_changed.connect(self._update_enabled)
        if self._extras_loaded:
            self.page.timer_panel.set_icons()
        self.page.timer_panel.beep_enabled = self.actions_by_name["beep"].isChecked()
        self.page.timer_panel.flash_enabled = self.actions_by_name["flash"].isChecked()
        if ws.readonly:
            self.page.show_read_only(self._read_only_reason)
        self._read_only_reason = ""
        self.stack.addWidget(self.page)
        self.stack.setCurrentWidget(self.page)
        from facilitator.ui.kit.typing_guard import let_meeting_keys_through

        let_meeting_keys_through(self.page.agenda)  # it takes no typing: Space runs the timer
        self.page.agenda.setFocus()  # so Space and Ctrl+arrows drive the timer at once
        self._remember(ws.path)
        self._update_title()
        self._update_enabled()
        self.statusBar().showMessage(
            translate("MainWindow", "Opened {path}").format(path=ws.path), 5000)
        from facilitator.ui.shell.backups_menu import watch_backups

        watch_backups(self)
        self.workshop_changed.emit()

    def close_workshop(self, *, show_start: bool = True) -> None:
        self.workshop_closing.emit()
        self.stop_presenting()
        if self._notice is not None:
            self._notice.clear()
        if self.page is not None:
            self.page.shutdown()
        if self.save_bar is not None and self.save_bar.pending and self.undo_stack is not None:
            self.save_bar.retry()   # space may have come back: a last try before they go
        if self.page is not None:
            self.stack.removeWidget(self.page)
            self.page.deleteLater()
            self.page = None
        if self.undo_stack is not None and self.undo_group is not None:
            # Commands hold the closing workshop; drop them now rather than at interpreter
            # exit, where PySide may destroy them after Python's own objects are gone.
            self.undo_stack.clear()
            self.undo_group.removeStack(self.undo_stack)
            self.undo_stack.deleteLater()
            self.undo_stack = None
        if self.workshop is not None:
            self.workshop.close()
            self.workshop = None
        if self.save_bar is not None:
            self.save_bar.clear()
        if show_start:
            self._show_start_page()
        self._update_title()
        self._update_enabled()
        self.workshop_changed.emit()

    # Projector -------------------------------------------------------------------------------
    def present(self, screen: Any = None) -> None:
        from facilitator.ui.run.presenter import PresenterWindow, projector_screen

        if self.page is None:
            return
        opened = self.presenter is None
        if self.presenter is None:
            self.presenter = PresenterWindow(self.page, zoom=self.presenter_zoom)
            self.presenter.closed.connect(self._presenter_closed)
            self.presenter.blank_changed.connect(self._show_blank)
            self.presenter.frozen_changed.connect(self._show_blank)
        self.presenter.show_on(screen or projector_screen(self.screen()))
        if opened:
            self.presenter_opened.emit(self.presenter)
        self.page.preview.watch(self.presenter)   # the room's screen, small, on the laptop
        self._update_enabled()

    def stop_presenting(self) -> None:
        if self.presenter is not None:
            self.presenter.close()

    def _presenter_closed(self) -> None:
        self.presenter = None
        self._show_blank(False)

    def _show_blank(self, _on: bool = False) -> None:
        """The toolbar's Blank button stays pressed and a badge shows while the room sees
        black (or a frozen picture), whichever window's key did it."""
        presenter = self.presenter
        state = ("blanked" if presenter is not None and presenter.blanked else
                 "frozen" if presenter is not None and presenter.frozen else "")
        if state:
            text = translate("MainWindow", "Projector blanked") if state == "blanked" else \
                translate("MainWindow", "Projector frozen")
            self.blank_badge.setText(text)
            self.blank_badge.setAccessibleName(text)
        self.blank_badge.setVisible(bool(state))
        self._update_enabled()

    def toggle_blank(self) -> None:
        if self.presenter is not None:
            self.presenter.toggle_blank()

    def toggle_freeze(self) -> None:
        if self.presenter is not None:
            self.presenter.toggle_freeze()

    def change_presenter_zoom(self, factor: float) -> None:
        self.presenter_zoom = min(MAX_ZOOM, max(MIN_ZOOM, self.presenter_zoom * factor))
        self.settings.setValue("presenter/zoom", self.presenter_zoom)
        if self.presenter is not None:
            self.presenter.set_zoom(self.presenter_zoom)

    # View ------------------------------------------------------------------------------------
    def change_zoom(self, factor: float | None) -> None:
        """Worksheet text size: factor None resets to 100 %."""
        self.zoom = 1.0 if factor is None else min(MAX_ZOOM, max(MIN_ZOOM, self.zoom * factor))
        self.settings.setValue("view/zoom", self.zoom)
        if self.page is not None:
            self.page.set_zoom(self.zoom)
        self.statusBar().showMessage(
            translate("MainWindow", "Worksheet zoom {zoom}").format(zoom=f"{self.zoom:.0%}"), 3000)

    def set_alerts(self, *, beep: bool, flash: bool) -> None:
        self.settings.setValue("alert/beep", beep)
        self.settings.setValue("alert/flash", flash)
        if self.page is not None:
            self.page.timer_panel.beep_enabled = beep
            self.page.timer_panel.flash_enabled = flash

    # Status ----------------------------------------------------------------------------------
    def _on_changed(self, changed: Any) -> None:
        saved_at = getattr(changed, "saved_at", None)
        if saved_at is None:
            return
        self._saved_at = saved_at
        if self.save_bar is not None and self.save_bar.pending:
            return  # an edit still waits for Retry: the file is not all there is on screen
        if self.save_bar is not None:
            self.save_bar.given_up = False  # a save after a dismissed one: the file is current
        self.saved_label.setText(translate("MainWindow", "Saved {time}").format(
            time=clock(saved_at, seconds=True)))

    def _add_save_bar(self) -> None:
        """The 'Not saved … Retry' bar above the page (facilitator's window only)."""
        if self.save_bar is not None:
            return
        from facilitator.ui.kit.save_error_bar import SaveErrorBar

        self.save_bar = SaveErrorBar(self.hub, self._push_retry)
        self.save_bar.pending_changed.connect(self._on_not_saved)
        # Just above the page stack, below any notice banner.
        self._column.insertWidget(self._column.indexOf(self.stack), self.save_bar)

    def _push_retry(self, command: Any) -> None:
        if self.undo_stack is not None:
            self.undo_stack.push(command)

    def _on_not_saved(self, waiting: int) -> None:
        assert self.save_bar is not None
        if waiting:
            self.saved_label.setText(translate("MainWindow", "Not saved"))
            sys.stderr.write(f"facilitator: {self.save_bar.pending[-1].message}\n")
        elif not self.save_bar.given_up and self._saved_at is not None:  # all saved now
            self.saved_label.setText(translate("MainWindow", "Saved {time}").format(
                time=clock(self._saved_at, seconds=True)))

    def show_error(self, message: str) -> None:
        """Non-blocking: the room keeps going; the message stays until the next one. A
        service's English line is shown in the app's language (ui.kit.service_words)."""
        from facilitator.ui.kit.service_words import shown_message

        term = self.workshop.term if self.workshop is not None else None
        message = shown_message(message, term)
        self.statusBar().showMessage(message, 15000)
        sys.stderr.write(f"facilitator: {message}\n")

    def _update_title(self) -> None:
        if self.workshop is not None:
            lock = translate("MainWindow", " (read-only)") if self.workshop.readonly else ""
            self.setWindowTitle(f"{self.workshop.shown_title}{lock} — {APP_NAME}")
        else:
            self.setWindowTitle(APP_NAME)

    def _update_enabled(self) -> None:
        if self.actions_by_name:
            from facilitator.ui.shell.window_actions import update_enabled

            update_enabled(self)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.close_workshop(show_start=False)
        self.settings.sync()
        super().closeEvent(event)

