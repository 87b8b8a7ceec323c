"""The facilitator window's menus, toolbar and shortcuts, in one place.

The meeting's keys work from anywhere, the projector window included (application shortcuts),
and none of them is a key a text field, a cell or a card would use: Ctrl+Space (or F9) starts
and pauses the timer, Ctrl+PgDown / Ctrl+PgUp change the item, Ctrl+B blanks the projector,
Shift+F5 stops presenting, Ctrl+Shift+PgDown / Ctrl+Shift+PgUp page the projector's worksheet,
Ctrl+Shift+F freezes the projector. Shorter keys work where nothing is being typed: bare Space
from the agenda or the projector (ui.kit.typing_guard hands every typed key to a widget that
takes typing first), Ctrl+Right / Ctrl+Left except in a text box (where they move by word), and
B, ".", F, Esc, PgDown and PgUp on the projector window itself (ui.run.presenter).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QMenu, QToolBar

from facilitator.ui.kit.icons import icon
from facilitator.ui.kit.icons import loaded as icons_loaded

if TYPE_CHECKING:
    from facilitator.ui.shell.main_window import MainWindow

APP = Qt.ShortcutContext.ApplicationShortcut
translate = QCoreApplication.translate

# name: (menu, text, shortcuts, icon name, application-wide); texts are translated where used
SPECS: dict[str, tuple[str, str, tuple[str, ...], str, bool]] = {
    "new": ("File", QT_TRANSLATE_NOOP("Window", "&New workshop…"), ("Ctrl+N",), "new", False),
    "open": ("File", QT_TRANSLATE_NOOP("Window", "&Open…"), ("Ctrl+O",), "open", False),
    "demo": ("File", QT_TRANSLATE_NOOP("Window", "Open the &demo workshop"), (), "demo", False),
    "save_as": ("File", QT_TRANSLATE_NOOP("Window", "Save &as…"), ("Ctrl+Shift+S",), "", False),
    "close": ("File", QT_TRANSLATE_NOOP("Window", "&Close workshop"), ("Ctrl+W",), "home",
              False),
    "quit": ("File", QT_TRANSLATE_NOOP("Window", "&Quit"), ("Ctrl+Q",), "", False),
    "toggle": ("Meeting", QT_TRANSLATE_NOOP("Window", "&Start / pause timer"),
               ("Ctrl+Space", "F9", "Space"), "start", True),
    "previous": ("Meeting", QT_TRANSLATE_NOOP("Window", "&Previous item"),
                 ("Ctrl+PgUp", "Ctrl+Left"), "previous", True),
    "next": ("Meeting", QT_TRANSLATE_NOOP("Window", "&Next item"),
             ("Ctrl+PgDown", "Ctrl+Right"), "next", True),
    "plus": ("Meeting", QT_TRANSLATE_NOOP("Window", "+1 &minute"), ("Ctrl+Up",), "plus-minute",
             True),
    "minus": ("Meeting", QT_TRANSLATE_NOOP("Window", "−1 m&inute"), ("Ctrl+Down",),
              "minus-minute", True),
    "rebalance": ("Meeting", QT_TRANSLATE_NOOP("Window", "&Rebalance remaining time…"),
                  ("Ctrl+R",), "rebalance", False),
    "subgroups": ("Meeting", QT_TRANSLATE_NOOP("Window", "Assign sub&groups…"), ("Ctrl+G",),
                  "subgroups", False),
    "present": ("View", QT_TRANSLATE_NOOP("Window", "&Present on the projector"), ("F5",),
                "present", True),
    "stop": ("View", QT_TRANSLATE_NOOP("Window", "&Stop presenting"), ("Shift+F5",), "", True),
    "blank": ("View", QT_TRANSLATE_NOOP("Window", "&Blank the projector"), ("Ctrl+B",), "blank",
              True),
    "freeze": ("View", QT_TRANSLATE_NOOP("Window", "&Freeze the projector"), ("Ctrl+Shift+F",),
               "", True),
    "page_next": ("View", QT_TRANSLATE_NOOP("Window", "Next page on the projector"),
                  ("Ctrl+Shift+PgDown",), "", True),
    "page_previous": ("View", QT_TRANSLATE_NOOP("Window", "Previous page on the projector"),
                      ("Ctrl+Shift+PgUp",), "", True),
    "zoom_in": ("View", QT_TRANSLATE_NOOP("Window", "Zoom &in (worksheets)"),
                ("Ctrl+=", "Ctrl++"), "zoom-in", False),
    "zoom_out": ("View", QT_TRANSLATE_NOOP("Window", "Zoom &out (worksheets)"), ("Ctrl+-",),
                 "zoom-out", False),
    "zoom_reset": ("View", QT_TRANSLATE_NOOP("Window", "&Actual size (worksheets)"),
                   ("Ctrl+0",), "", False),
    "pzoom_in": ("View", QT_TRANSLATE_NOOP("Window", "Larger text on the projector"),
                 ("Ctrl+Shift+Up",), "", True),
    "pzoom_out": ("View", QT_TRANSLATE_NOOP("Window", "Smaller text on the projector"),
                  ("Ctrl+Shift+Down",), "", True),
    "beep": ("View", QT_TRANSLATE_NOOP("Window", "Beep when time is up"), (), "alert", False),
    "flash": ("View", QT_TRANSLATE_NOOP("Window", "Flash the timer when time is up"), (), "",
              False),
}
TOOLBAR = ("new", "open", None, "previous", "toggle", "next", "minus", "plus", "rebalance",
           None, "present", "blank", None, "zoom_out", "zoom_in")
SHORT = {"new": QT_TRANSLATE_NOOP("Window", "New"), "open": QT_TRANSLATE_NOOP("Window", "Open"),
         "previous": QT_TRANSLATE_NOOP("Window", "Previous"),
         "toggle": QT_TRANSLATE_NOOP("Window", "Start"),
         "next": QT_TRANSLATE_NOOP("Window", "Next"),
         "minus": QT_TRANSLATE_NOOP("Window", "−1 min"),
         "plus": QT_TRANSLATE_NOOP("Window", "+1 min"),
         "rebalance": QT_TRANSLATE_NOOP("Window", "Rebalance"),
         "present": QT_TRANSLATE_NOOP("Window", "Present"),
         "blank": QT_TRANSLATE_NOOP("Window", "Blank"),
         "zoom_out": QT_TRANSLATE_NOOP("Window", "Zoom −"),
         "zoom_in": QT_TRANSLATE_NOOP("Window", "Zoom +")}
# Where a key works only in some places, the tooltip says so (the menu shows the first key).
TIPS = {"toggle": QT_TRANSLATE_NOOP("Window", "Start or pause the timer: Ctrl+Space or F9 from "
                                              "anywhere, Space when the agenda or the projector "
                                              "has the focus"),
        "previous": QT_TRANSLATE_NOOP("Window", "Previous agenda item: Ctrl+PgUp (Ctrl+Left "
                                                "outside text boxes)"),
        "next": QT_TRANSLATE_NOOP("Window", "Next agenda item: Ctrl+PgDown (Ctrl+Right outside "
                                            "text boxes)"),
        "blank": QT_TRANSLATE_NOOP("Window", "Blank the projector, or show it again: Ctrl+B (B "
                                             "or . on the projector)"),
        "stop": QT_TRANSLATE_NOOP("Window", "Stop presenting: Shift+F5 (Esc on the projector)"),
        "freeze": QT_TRANSLATE_NOOP("Window", "Keep a still picture on the projector while you "
                                              "look elsewhere, or show it live again: "
                                              "Ctrl+Shift+F (F on the projector)"),
        "page_next": QT_TRANSLATE_NOOP("Window", "Next page of the worksheet on the projector: "
                                                 "Ctrl+Shift+PgDown (PgDown on the projector); it "
                                                 "follows what you edit again when you move to "
                                                 "another row, card or action"),
        "page_previous": QT_TRANSLATE_NOOP("Window", "Previous page on the projector: "
                                                     "Ctrl+Shift+PgUp (PgUp on the projector)")}
SEPARATE_BEFORE = ("zoom_in", "pzoom_in", "beep", "plus", "rebalance")
NEEDS_WORKSHOP = ("close", "save_as", "toggle", "previous", "next", "plus", "minus", "rebalance",
                  "subgroups", "present")


def _slots(w: MainWindow) -> dict[str, Callable[[], object]]:
    def page_call(name: str) -> Callable[[], object]:
        def call() -> None:
            if w.page is not None:
                {"toggle": w.page.runner.toggle, "previous": w.page.runner.previous,
                 "next": w.page.runner.next, "plus": lambda: w.page.runner.add_minutes(1),
                 "minus": lambda: w.page.runner.add_minutes(-1),
                 "rebalance": w.page.rebalance, "subgroups": w.page.assign_subgroups}[name]()
        return call

    return {
        "new": w.close_workshop, "open": w.choose_file, "demo": w.open_demo,
        "save_as": lambda: _save_as(w),
        "close": w.close_workshop, "quit": w.close,
        **{n: page_call(n) for n in ("toggle", "previous", "next", "plus", "minus",
                                      "rebalance", "subgroups")},
        "present": w.present, "stop": w.stop_presenting, "blank": w.toggle_blank,
        "freeze": w.toggle_freeze,
        "page_next": lambda: w.presenter is not None and w.presenter.next_page(),
        "page_previous": lambda: w.presenter is not None and w.presenter.previous_page(),
        "zoom_in": lambda: w.change_zoom(1.15), "zoom_out": lambda: w.change_zoom(1 / 1.15),
        "zoom_reset": lambda: w.change_zoom(None),
        "pzoom_in": lambda: w.change_presenter_zoom(1.15),
        "pzoom_out": lambda: w.change_presenter_zoom(1 / 1.15),
    }


def _save_as(w: MainWindow) -> None:
    from facilitator.ui.shell.save_as import save_as

    save_as(w)


def _step(w: MainWindow, *, undoing: bool) -> None:
    """Undo or Redo. A step that puts another meeting on screen (New meeting) rebuilds the
    worksheets, and so saves a field still being typed in: save it first, as its own step, so
    that no step is pushed while another is being undone or redone."""
    stack = w.undo_stack
    if stack is not None and w.page is not None:
        step = stack.command(stack.index() - 1 if undoing else stack.index())
        if getattr(step, "switches_meeting", False):
            w.page.commit_edits()
    if undoing:
        w.undo_group.undo()
    else:
        w.undo_group.redo()


def build_actions(w: MainWindow) -> dict[str, QAction]:
    actions: dict[str, QAction] = {}
    slots = _slots(w)
    for menu_name in ("File", "Edit", "View", "Meeting"):
        w.menu(menu_name)
    undo = w.undo_group.createUndoAction(w, translate("Window", "&Undo"))
    undo.setShortcut(QKeySequence.StandardKey.Undo)
    redo = w.undo_group.createRedoAction(w, translate("Window", "&Redo"))
    redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
    for action, undoing in ((undo, True), (redo, False)):
        action.triggered.disconnect()   # the group's own connection: _step replaces it
        action.triggered.connect(lambda _checked=False, u=undoing: _step(w, undoing=u))
    w.menu("Edit").addActions([undo, redo])
    w.addActions([undo, redo])  # shortcuts work whatever has the focus in the window
    actions["undo"], actions["redo"] = undo, redo
    for name, (menu, text, keys, _icon, app_wide) in SPECS.items():
        action = QAction(translate("Window", text), w)
        action.setObjectName(f"action:{name}")
        if keys:
            action.setShortcuts([QKeySequence(k) for k in keys])
        if app_wide:
            action.setShortcutContext(APP)
        if name in SHORT:  # toolbar label; the menu keeps the full text
            action.setIconText(translate("Window", SHORT[name]))
        if name in TIPS:
            action.setToolTip(translate("Window", TIPS[name]))
            action.setStatusTip(translate("Window", TIPS[name]))
        if name in slots:
            action.triggered.connect(slots[name])
        w.addAction(action)
        actions[name] = action
        if name == "present":
            present_on = w.menu("View").addMenu(translate("Window", "Present &on…"))
            present_on.setObjectName("menu:present-on")
            present_on.aboutToShow.connect(lambda m=present_on: _fill_screens(w, m))
        if name == "quit":
            recent = w.menu("File").addMenu(translate("Window", "Open &recent"))
            recent.setObjectName("menu:recent")
            w.menu("File").insertMenu(actions["close"], recent)
            w.menu("File").addSeparator()
        if name in SEPARATE_BEFORE:
            w.menu(menu).addSeparator()
        w.menu(menu).addAction(action)
    actions["blank"].setCheckable(True)  # checked while the room sees a black screen
    actions["freeze"].setCheckable(True)  # ... or a still picture
    for name in ("beep", "flash"):
        actions[name].setCheckable(True)
        actions[name].setChecked(w.settings.value(f"alert/{name}", True, type=bool))
        actions[name].toggled.connect(
            lambda _on: w.set_alerts(beep=actions["beep"].isChecked(),
                                     flash=actions["flash"].isChecked()))
    toolbar = QToolBar(translate("Window", "Main toolbar"), w)
    toolbar.setObjectName("mainToolbar")
    toolbar.setAccessibleName(translate("Window", "Main toolbar"))
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
    for name in TOOLBAR:
        if name is None:
            toolbar.addSeparator()
        else:
            toolbar.addAction(actions[name])
    w.addToolBar(toolbar)
    fill_recent_menu(w)
    return actions


def _fill_screens(w: MainWindow, menu: QMenu) -> None:
    menu.clear()
    for index, screen in enumerate(QGuiApplication.screens()):
        size = screen.geometry()
        action = menu.addAction(translate("Window", "Screen {number}: {name} ({size})").format(
            number=index + 1, name=screen.name(), size=f"{size.width()}×{size.height()}"))
        action.setEnabled(w.page is not None)
        action.triggered.connect(lambda _c=False, s=screen: w.present(s))


def fill_recent_menu(w: MainWindow) -> None:
    menu = w.findChild(QMenu, "menu:recent")
    if menu is None:
        return
    menu.clear()
    for path in w.recent_files():
        action = menu.addAction(Path(path).name)
        action.setToolTip(path)
        action.triggered.connect(lambda _c=False, p=path: w.open_path(Path(p)))
    menu.setEnabled(not menu.isEmpty())


def apply_icons(w: MainWindow) -> None:
    for name, (_menu, _text, _keys, icon_name, _app) in SPECS.items():
        if icon_name:
            w.actions_by_name[name].setIcon(icon(icon_name))
    w.actions_by_name["undo"].setIcon(icon("undo"))
    w.actions_by_name["redo"].setIcon(icon("redo"))
    if w.page is not None:
        w.page.timer_panel.set_icons()


def update_enabled(w: MainWindow) -> None:
    actions = w.actions_by_name
    for name in NEEDS_WORKSHOP:
        actions[name].setEnabled(w.page is not None)
    presenting = w.presenter is not None
    actions["stop"].setEnabled(presenting)
    actions["blank"].setEnabled(presenting)
    actions["blank"].setChecked(w.presenter is not None and w.presenter.blanked)
    actions["freeze"].setEnabled(presenting)
    actions["freeze"].setChecked(w.presenter is not None and w.presenter.frozen)
    if w.page is not None:
        runner = w.page.runner
        actions["previous"].setEnabled(runner.current > 0)
        actions["next"].setEnabled(runner.current < len(runner.timers) - 1)
        actions["toggle"].setText(translate("Window", "&Pause timer") if runner.running
                                  else translate("Window", "&Start timer"))
        actions["toggle"].setIconText(translate("Window", "Pause") if runner.running
                                      else translate("Window", "Start"))
        if icons_loaded():  # set after the first paint: qtawesome is slow to import
            actions["toggle"].setIcon(icon("pause" if runner.running else "start"))
