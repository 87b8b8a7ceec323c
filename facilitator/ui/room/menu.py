"""The Room menu: Open the room…, Close the room, and Show the join code on the projector.

Open is enabled with a workshop open and no room; Close only while a room is open. Closing the
workshop, opening another or quitting closes the room first (MainWindow.workshop_closing), so
no phone reaches a workshop that is no longer on screen. The join code follows the projector:
shown on it whenever presenting while it is switched on (Ctrl+Shift+J from anywhere, J on the
projector: keys no text box uses, so typing is never taken).
"""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QDockWidget, QWidget
from shiboken6 import isValid

if TYPE_CHECKING:
    from facilitator.ui.room.join_card import JoinCard
    from facilitator.ui.room.panel import RoomPanel
    from facilitator.ui.room.running import RunningRoom

# The menu is installed once the window is ready; what it opens (the dialog, asyncio, the
# server, the room's services) is imported when the facilitator first opens a room.
Window = Any  # facilitator.ui.shell.main_window.MainWindow (the shell sits above this room)
translate = QCoreApplication.translate
SHOW_CODE_KEYS = ("Ctrl+Shift+J",)
NETWORK_SETTING = "room/network"   # the Wi-Fi name typed last time, offered again
TEXTS = {"open": QT_TRANSLATE_NOOP("Room", "&Open the room…"),
         "change": QT_TRANSLATE_NOOP("Room", "&What phones may do…"),
         "close": QT_TRANSLATE_NOOP("Room", "&Close the room"),
         "code": QT_TRANSLATE_NOOP("Room", "&Show the join code on the projector")}


class RoomFeature(QObject):
    def __init__(self, window: Window) -> None:
        super().__init__(window)
        self.setObjectName("roomFeature")
        self.window = window
        self.running: RunningRoom | None = None
        self.dock: QDockWidget | None = None
        self.panel: RoomPanel | None = None
        self.card: JoinCard | None = None
        self.network = ""   # the Wi-Fi name the facilitator typed, shown with the code
        menu = window.menu("Room")
        menu.setObjectName("menu:room")
        self.open_action = self._action("open", menu, self.ask_and_open)
        self.change_action = self._action("change", menu, self.ask_and_change)
        self.close_action = self._action("close", menu, self.close)
        menu.addSeparator()
        self.code_action = self._action("code", menu, self._code_toggled)
        self.code_action.setCheckable(True)
        self.code_action.setChecked(True)
        self.code_action.setShortcuts([QKeySequence(k) for k in SHOW_CODE_KEYS])
        self.code_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.code_action.setToolTip(translate(
            "Room", "Show or hide the QR code on the projector: Ctrl+Shift+J (J on the "
                    "projector)"))
        window.workshop_closing.connect(self.close)
        window.presenter_opened.connect(self._on_presenter)
        window.workshop_changed.connect(self.update_enabled)
        app = QApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.close)
        self.update_enabled()

    def _action(self, name: str, menu: Any, slot: Any) -> QAction:
        action = QAction(translate("Room", TEXTS[name]), self.window)
        action.setObjectName(f"action:room-{name}")
        action.triggered.connect(lambda _checked=False: slot())
        self.window.addAction(action)
        menu.addAction(action)
        self.window.actions_by_name[f"room_{name}"] = action
        return action

    # Opening and closing ----------------------------------------------------------------------
    def ask_and_open(self) -> bool:
        w = self.window
        if w.page is None or w.workshop is None or self.running is not None:
            return False
        if w.workshop.readonly:
            w.show_error(translate("Room", "This workshop is open read-only: phones could not "
                                           "add anything. Use File > Save as… to work on a "
                                           "copy."))
            return False
        dialog = self._dialog()
        if dialog.exec() != dialog.DialogCode.Accepted:
            return False
        self.network = dialog.network_name()
        self.window.settings.setValue(NETWORK_SETTING, self.network)
        return self.open(dialog.host(), dialog.activities())

    def _dialog(self, *, listening_on: str = "") -> Any:
        """The Open the room dialog for the agenda item on screen (with `listening_on`: to
        change what phones may do in the open room, its address fixed)."""
        from facilitator.domain.template import IdeasBlock
        from facilitator.services.people import read_participants
        from facilitator.services.votes import votes_per_person
        from facilitator.ui.room.addresses import Interface, interfaces
        from facilitator.ui.room.open_dialog import OpenRoomDialog

        w = self.window
        item = w.page.item
        ideas = [b for b in item.blocks if isinstance(b, IdeasBlock)]
        dots = votes_per_person(w.workshop, ideas[0].id) if ideas else 0
        choices = [Interface(translate("Room", "listening"), listening_on)] if listening_on \
            else interfaces()
        dialog = OpenRoomDialog(item, choices, dots_per_person=dots,
                                has_participants=bool(read_participants(w.workshop)), parent=w)
        dialog.network.setText(str(w.settings.value(NETWORK_SETTING, "") or ""))
        if listening_on:
            dialog.setWindowTitle(translate("Room", "What phones may do"))
            dialog.open_button.setText(translate("Room", "Change"))
            dialog.interface.setEnabled(False)
            dialog.network.setEnabled(False)   # the code on the projector keeps its Wi-Fi
        return dialog

    def ask_and_change(self) -> bool:
        """Room > What phones may do…: other activities in the open room, same address and
        code, so phones stay joined (their pages show the new activities at once)."""
        running = self.running
        if running is None or self.window.page is None:
            return False
        dialog = self._dialog(listening_on=running.host)
        now = running.room.activities   # ticked as they are (where this item has them)
        # Screening and the worksheet too: left to the dialog's defaults, a change of dots
        # turned screening back on and closed the phones' worksheets without a word.
        for box, on in ((dialog.allow_ideas, now.ideas), (dialog.allow_dots, now.dots),
                        (dialog.allow_ratings, now.ratings), (dialog.named, now.named),
                        (dialog.allow_sheet, now.sheet), (dialog.screened, now.screened)):
            if box.isEnabled():
                box.setChecked(bool(on))
        if dialog.exec() != dialog.DialogCode.Accepted or self.running is not running:
            return False
        return self.change(dialog.activities())

    def change(self, activities: Any) -> bool:
        from facilitator.services.errors import ServiceError

        if self.running is None:
            return False
        try:
            self.running.room.open_activities(activities)   # on the writer's thread: this one
        except ServiceError as exc:
            self.window.show_error(str(exc))
            return False
        if self.card is not None and isValid(self.card):
            self.card.set_activities(activities)
        if self.panel is not None:
            self.panel.refresh()
        return True

    def open(self, host: str, activities: Any, port: int = 0) -> bool:
        w = self.window
        if w.page is None or self.running is not None:
            return False
        from facilitator.ui.room.running import RunningRoom

        w.page.commit_edits()
        try:
            self.running = RunningRoom(w.workshop, w.hub, w.undo_stack, activities, host, port)
        except Exception as exc:   # RoomError, or a bug: never take the window down
            w.show_error(translate("Room", "The room did not open: {reason}").format(
                reason=str(exc) or type(exc).__name__))
            self.running = None
            self.update_enabled()
            return False
        self._show_panel()
        if w.presenter is not None:
            self._on_presenter(w.presenter)
        w.statusBar().showMessage(translate("Room", "The room is open: {address}").format(
            address=self.running.address), 8000)
        self.update_enabled()
        return True

    def close(self) -> None:
        running, self.running = self.running, None
        if running is None:
            return
        running.close()
        self._remove_card()
        if self.panel is not None:
            self.panel.stop()
        if self.dock is not None:
            self.window.removeDockWidget(self.dock)
            self.dock.deleteLater()
            self.dock = self.panel = None
        with contextlib.suppress(RuntimeError):
            self.window.statusBar().showMessage(translate("Room", "The room is closed."), 5000)
            self.update_enabled()

    def update_enabled(self, *_args: object) -> None:
        has_page = self.window.page is not None
        self.open_action.setEnabled(has_page and self.running is None)
        self.close_action.setEnabled(self.running is not None)
        self.change_action.setEnabled(self.running is not None)
        self.code_action.setEnabled(self.running is not None)

    # On the laptop ----------------------------------------------------------------------------
    def _show_panel(self) -> None:
        from facilitator.ui.room.panel import RoomPanel

        assert self.running is not None
        w = self.window

        def roster() -> int:
            return len(w.page.runner.state.participants) if w.page is not None else 0

        def on_screen() -> set[str]:
            return {b.id for b in w.page.item.blocks} if w.page is not None else set()

        self.panel = RoomPanel(self.running.room, self.running.address, roster,
                               on_screen=on_screen)
        self.panel.close_button.clicked.connect(self.close)
        self.panel.show_code.clicked.connect(self.code_action.trigger)
        self._label_code_button()
        self.dock = QDockWidget(translate("Room", "Room"), w)
        self.dock.setObjectName("roomDock")
        self.dock.setFeatures(QDockWidget.DockWidgetFeature.NoDockWidgetFeatures)
        self.dock.setTitleBarWidget(QWidget())   # the strip says "The room is open" itself
        self.dock.setWidget(self.panel)
        w.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.dock)

    def _label_code_button(self) -> None:
        if self.panel is not None:
            self.panel.show_code.setText(
                translate("Room", "Hide the code on the projector") if
                self.code_action.isChecked() else
                translate("Room", "Show the code on the projector"))

    # On the projector -------------------------------------------------------------------------
    def _on_presenter(self, presenter: QWidget) -> None:
        if not any(a.objectName() == "roomCodeKey" for a in presenter.actions()):
            key = QAction(presenter)   # J on the projector window itself (it takes no typing)
            key.setObjectName("roomCodeKey")
            key.setShortcut(QKeySequence("J"))
            key.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            key.triggered.connect(lambda: self.code_action.isEnabled() and
                                  self.code_action.trigger())
            presenter.addAction(key)
            presenter.installEventFilter(self)   # a new size: the code keeps its share
        self._place_card()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and self.card is not None and \
                isValid(self.card) and watched is self.window.presenter:
            self.card.fit(self.window.presenter.height())
        return False

    def _code_toggled(self) -> None:
        self._label_code_button()
        self._place_card()

    def _place_card(self) -> None:
        presenter = self.window.presenter
        wanted = self.running is not None and presenter is not None and \
            self.code_action.isChecked()
        if not wanted:
            self._remove_card()
            return
        assert self.running is not None and presenter is not None
        if self.card is not None and isValid(self.card) and \
                self.card.parent() is presenter.content:
            return
        from facilitator.ui.room.join_card import JoinCard

        self._remove_card()
        self.card = JoinCard(self.running.address, self.running.room.activities,
                             presenter.content, network=self.network)
        self.card.fit(presenter.height() or 1080)
        presenter.set_cover(self.card)   # the code is the slide; the sheet comes back after

    def _remove_card(self) -> None:
        card, self.card = self.card, None
        if card is not None and isValid(card):   # else the projector closed and took it along
            presenter = self.window.presenter
            if presenter is not None and isValid(presenter):
                presenter.set_cover(None)
            card.setParent(None)
            card.deleteLater()


def install(window: Window) -> RoomFeature:
    feature = RoomFeature(window)
    window.room = feature
    return feature
