"""Menu entries for actions across meetings: File > Export…, and in the Meeting menu Meeting
details…, Participants…, New meeting…, Copy invitation and Save calendar invite (.ics)….

`install(window)` adds them to a main window that offers `menu(title)`, `workshop`, `hub`,
`page`, `undo_stack`, `statusBar()` and `show_error(message)`. The work is done by plain
functions (`export_to`, `start_new_meeting`, `copy_invitation`, `save_invite_to`) that tests
call directly; the menu entries only ask for a file name or a date first.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QWidget,
)

from facilitator.domain.meeting import MeetingFacts
from facilitator.exports.export import ACTIONS_ONLY, DESCRIPTIONS, FORMATS, ExportError, export
from facilitator.services.errors import ServiceError
from facilitator.ui.kit.translator import LANGUAGES, system_language
from facilitator.ui.shell.meeting_details import FactsDialog

translate = QCoreApplication.translate
LANGUAGE_SETTING = "export/language"  # remembered apart from the app's own language
Window = Any  # facilitator.ui.shell.main_window.MainWindow (not imported: it imports the world)
# exports.export.DESCRIPTIONS (no Qt there), collected here for translation
FORMAT_WORDS = (QT_TRANSLATE_NOOP("Meeting", "Excel workbook (*.xlsx)"),
                QT_TRANSLATE_NOOP("Meeting", "Action list, CSV (*.csv)"),
                QT_TRANSLATE_NOOP("Meeting", "Action deadlines, calendar (*.ics)"),
                QT_TRANSLATE_NOOP("Meeting", "Session summary, Markdown (*.md)"),
                QT_TRANSLATE_NOOP("Meeting", "All data, JSON (*.json)"))


def _status(window: Window, text: str) -> None:
    window.statusBar().showMessage(text, 8000)


def _need_workshop(window: Window) -> bool:
    if window.workshop is None:
        window.show_error(translate("Meeting", "Open a workshop first."))
        return False
    return True


def _safe_name(text: str) -> str:
    cleaned = "".join(c if c.isalnum() or c in " -_" else " " for c in text)
    return " ".join(cleaned.split())[:80] or "workshop"


# The work -------------------------------------------------------------------------------------
def export_to(window: Window, fmt: str, path: Path, *, what: str | None = None,
              anonymise: bool = False, language: str = "en") -> bool:
    from facilitator.services.outputs import refuse_unsafe_output
    from facilitator.services.snapshot import read_snapshot

    if not _need_workshop(window):
        return False
    try:
        refuse_unsafe_output(Path(path), window.workshop.path)
        export(read_snapshot(window.workshop), fmt, path, what=what, anonymise=anonymise,
               language=language)
    except (ExportError, ServiceError) as exc:
        window.show_error(translate("Meeting", "Could not export: {error}").format(error=exc))
        return False
    except OSError as exc:
        window.show_error(translate("Meeting", "Could not write {path}: {error}").format(
            path=path, error=exc.strerror or exc))
        return False
    _status(window, translate("Meeting", "Exported to {path}").format(path=path))
    return True


def start_new_meeting(window: Window, *, date: str = "", time: str = "",
                      location: str | None = None) -> bool:
    """Add the next meeting (open actions carried over) and show it from its first item, as
    one undo step: Edit > Undo goes back to the meeting before, the file stays open and the
    steps made before stay undoable."""
    from facilitator.ui.shell.meeting_commands import NewMeeting

    if not _need_workshop(window):
        return False
    if window.page is None or window.undo_stack is None:
        window.show_error(translate("Meeting", "Could not start a new meeting: the workshop is "
                                    "not shown."))
        return False
    window.page.commit_edits()  # a field being typed in is saved in the meeting it belongs to
    command = NewMeeting(window.workshop, window.hub, window.page.meeting, date=date,
                         time=time, location=location)
    window.undo_stack.push(command)
    if command.failed:
        return False
    _status(window, translate("Meeting", "New meeting started: open actions from earlier "
                              "meetings are carried over (Edit > Undo goes back to the meeting "
                              "before)"))
    return True


def _need_editable(window: Window) -> bool:
    if not _need_workshop(window):
        return False
    if window.workshop.readonly or getattr(window, "page", None) is None:
        window.show_error(translate("Meeting", "This workshop is open read-only: its details "
                                    "cannot be changed."))
        return False
    return True


def shown_meeting_facts(window: Window) -> tuple[int, int, MeetingFacts]:
    """(id, number, facts) of the meeting the window shows."""
    from facilitator.services.meetings import read_meetings

    meeting_id = window.page.runner.meeting_id
    info = next(m for m in read_meetings(window.workshop) if m.id == meeting_id)
    return info.id, info.number, MeetingFacts(info.date, info.time, info.location)


def change_meeting_details(window: Window, facts: MeetingFacts) -> bool:
    """Store the shown meeting's date, time and place as one undoable step."""
    from facilitator.ui.shell.meeting_commands import SetMeetingDetails

    if not _need_editable(window):
        return False
    meeting_id, number, old = shown_meeting_facts(window)
    if facts == old:
        return False
    command = SetMeetingDetails(window.workshop, window.hub, meeting_id, facts, old)
    window.undo_stack.push(command)
    if command.failed:
        return False
    _status(window, translate("Meeting", "Meeting {number} details saved (Edit > Undo puts the "
                              "old ones back)").format(number=number))
    return True


def _ask_details(window: Window) -> None:
    from facilitator.ui.shell.meeting_details import MeetingDetailsDialog

    if not _need_editable(window):
        return
    _id, number, facts = shown_meeting_facts(window)
    dialog = MeetingDetailsDialog(window, number, facts)
    if dialog.exec() == QDialog.DialogCode.Accepted and dialog.checked is not None:
        change_meeting_details(window, dialog.checked)


def _ask_participants(window: Window) -> None:
    from facilitator.services.people import participant_links, read_participants
    from facilitator.ui.shell.meeting_commands import EditParticipants
    from facilitator.ui.shell.participants_dialog import ParticipantsDialog

    if not _need_editable(window):
        return
    ws = window.workshop
    dialog = ParticipantsDialog(window, read_participants(ws),
                                lambda person_id: participant_links(ws, person_id))
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return
    edit = dialog.edit()
    if edit:
        command = EditParticipants(ws, window.hub, edit, dialog.describe(edit))
        window.undo_stack.push(command)
        if not command.failed:
            _status(window, translate("Meeting", "Participants saved (Edit > Undo puts them "
                                      "back as they were)"))


def invitation_text(window: Window, meeting: int | None = None) -> str:
    from facilitator.services.meetings import invitation

    return invitation(window.workshop, meeting).as_text()


def copy_invitation(window: Window) -> bool:
    if not _need_workshop(window):
        return False
    try:
        text = invitation_text(window)
    except ServiceError as exc:
        window.show_error(translate("Meeting", "Could not make the invitation: {error}")
                          .format(error=exc))
        return False
    QGuiApplication.clipboard().setText(text)
    _status(window, translate("Meeting", "Invitation copied: paste it into an e-mail (subject "
                              "on the first line)"))
    return True


def save_invite_to(window: Window, path: Path) -> bool:
    from facilitator.exports.atomic import write_bytes_atomically
    from facilitator.exports.calendar_ics import meeting_calendar
    from facilitator.services.meetings import invitation, meeting_by_number
    from facilitator.services.outputs import refuse_unsafe_output
    from facilitator.services.snapshot import read_snapshot

    if not _need_workshop(window):
        return False
    ws = window.workshop
    try:
        refuse_unsafe_output(Path(path), ws.path)
        filled = invitation(ws)
        data = meeting_calendar(read_snapshot(ws), meeting_by_number(ws, None).as_meeting(),
                                filled)
        write_bytes_atomically(Path(path), data)
    except (ServiceError, ValueError) as exc:
        window.show_error(translate("Meeting", "Could not save the calendar invite: {error}")
                          .format(error=exc))
        return False
    except OSError as exc:
        window.show_error(translate("Meeting", "Could not write {path}: {error}").format(
            path=path, error=exc.strerror or exc))
        return False
    _status(window, translate("Meeting", "Calendar invite saved to {path}").format(path=path))
    return True


# The dialogs ----------------------------------------------------------------------------------
class ExportDialog(QDialog):
    """Which format, what to include, and the privacy option."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("Meeting", "Export"))
        self.format_box = QComboBox()
        self.format_box.setAccessibleName(translate("Meeting", "Export format"))
        for fmt in FORMATS:
            self.format_box.addItem(translate("Meeting", DESCRIPTIONS[fmt]), fmt)
        self.what_box = QComboBox()
        self.what_box.setAccessibleName(translate("Meeting", "What to export"))
        self.what_box.addItem(translate("Meeting", "The whole session"), "all")
        self.what_box.addItem(translate("Meeting", "Actions only"), "actions")
        self.anonymise_box = QCheckBox(translate("Meeting", "Replace participant names with "
                                                 "their roles"))
        self.anonymise_box.setAccessibleName(translate("Meeting", "Replace participant names "
                                                       "with their roles"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(translate("Meeting", "&Format:"), self.format_box)
        form.addRow(translate("Meeting", "&Include:"), self.what_box)
        form.addRow("", self.anonymise_box)
        # The export's own language, so a facilitator whose app runs in English can send a
        # Spanish workbook (as File > Handouts… prints a Spanish packet).
        self.language_box = QComboBox()
        self.language_box.setAccessibleName(translate("Export", "Language of the export"))
        self.language_box.setToolTip(translate(
            "Export", "Headings, labels, dates and the template's text; what the room typed "
                      "is exported as typed"))
        for code, label in LANGUAGES:  # each language named in itself
            self.language_box.addItem(label, code)
        settings = getattr(parent, "settings", None)
        remembered = settings.value(LANGUAGE_SETTING, "") if settings is not None else ""
        workshop = getattr(parent, "workshop", None)
        if workshop is not None and workshop.language != "en":
            remembered = workshop.language   # a Spanish workshop exports in Spanish by default
        index = self.language_box.findData(str(remembered or system_language()))
        self.language_box.setCurrentIndex(max(0, index))
        form.addRow(translate("Export", "&Language:"), self.language_box)
        form.addRow(buttons)
        # Tab reads the form top to bottom (the box was made after the buttons).
        QWidget.setTabOrder(self.anonymise_box, self.language_box)
        QWidget.setTabOrder(self.language_box, buttons)
        self.format_box.currentIndexChanged.connect(self._format_changed)
        self._format_changed()

    @property
    def fmt(self) -> str:
        return str(self.format_box.currentData())

    @property
    def what(self) -> str:
        return str(self.what_box.currentData())

    @property
    def language(self) -> str:
        return str(self.language_box.currentData())

    def _format_changed(self) -> None:
        only_actions = self.fmt in ACTIONS_ONLY
        if only_actions:
            self.what_box.setCurrentIndex(self.what_box.findData("actions"))
        self.what_box.setEnabled(not only_actions)


class NewMeetingDialog(FactsDialog):
    """Date (today unless changed), start time and place of the next meeting; the time and
    place default to the previous meeting's."""

    def __init__(self, parent: QWidget | None, time: str, location: str) -> None:
        today = QDate.currentDate().toString("yyyy-MM-dd")
        super().__init__(parent, translate("Meeting", "New meeting"),
                         MeetingFacts(today, time or "15:00", location),
                         translate("Meeting", "Start meeting"))

    def values(self) -> dict[str, str]:
        facts = self.checked or self.form.facts()
        return {"date": facts.date, "time": facts.time, "location": facts.location}


def _ask_export(window: Window) -> None:
    if not _need_workshop(window):
        return
    dialog = ExportDialog(window)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return
    fmt = dialog.fmt
    window.settings.setValue(LANGUAGE_SETTING, dialog.language)
    suggested = f"{_safe_name(window.workshop.title)}.{fmt}"
    name, _ = QFileDialog.getSaveFileName(
        window, translate("Meeting", "Export to"), suggested,
        translate("Meeting", DESCRIPTIONS[fmt]) + ";;" + translate("Meeting", "All files (*)"))
    if name:
        path = Path(name)
        if path.suffix.lower() != f".{fmt}":
            path = path.with_name(path.name + f".{fmt}")
        export_to(window, fmt, path, what=dialog.what, anonymise=dialog.anonymise_box.isChecked(),
                  language=dialog.language)


def _ask_new_meeting(window: Window) -> None:
    from facilitator.services.meetings import meeting_by_number

    if not _need_workshop(window):
        return
    last = meeting_by_number(window.workshop, None)
    dialog = NewMeetingDialog(window, last.time, last.location)
    if dialog.exec() == QDialog.DialogCode.Accepted:
        start_new_meeting(window, **dialog.values())


def _ask_invite_file(window: Window) -> None:
    if not _need_workshop(window):
        return
    suggested = translate("Meeting", "{workshop} invitation").format(
        workshop=_safe_name(window.workshop.title)) + ".ics"
    name, _ = QFileDialog.getSaveFileName(window, translate("Meeting", "Save calendar invite"),
                                          suggested, translate("Meeting", "Calendar (*.ics)") +
                                          ";;" + translate("Meeting", "All files (*)"))
    if name:
        save_invite_to(window, Path(name))


def _place(menu: Any, action: QAction, *, before_quit: bool, separate: bool) -> None:
    """Export goes above Quit (where people look for it); the meeting entries get a group."""
    quit_action = next((a for a in menu.actions() if a.objectName() == "action:quit"), None)
    if before_quit and quit_action is not None:
        menu.insertAction(quit_action, action)
        menu.insertSeparator(quit_action)
        return
    if separate and menu.actions():
        menu.addSeparator()
    menu.addAction(action)


def install(window: Window) -> dict[str, QAction]:
    """Add the entries to the window's File and Meeting menus; returns them by name."""
    specs = [
        ("export", "File", QT_TRANSLATE_NOOP("Meeting", "&Export…"), "Ctrl+E", _ask_export),
        ("details", "Meeting", QT_TRANSLATE_NOOP("Meeting", "Meeting &details…"), "",
         _ask_details),
        ("participants", "Meeting", QT_TRANSLATE_NOOP("Meeting", "P&articipants…"), "",
         _ask_participants),
        ("new_meeting", "Meeting", QT_TRANSLATE_NOOP("Meeting", "New &meeting…"), "Ctrl+Shift+M",
         _ask_new_meeting),
        ("copy_invitation", "Meeting", QT_TRANSLATE_NOOP("Meeting", "&Copy invitation"), "",
         copy_invitation),
        ("save_invite", "Meeting", QT_TRANSLATE_NOOP("Meeting", "Save calendar &invite (.ics)…"),
         "", _ask_invite_file),
    ]
    made: dict[str, QAction] = {}
    for name, menu_title, text, keys, slot in specs:
        menu = window.menu(menu_title)
        action = QAction(translate("Meeting", text), window)
        action.setObjectName(f"action:{name}")
        if keys:
            action.setShortcut(keys)
        action.triggered.connect(lambda _checked=False, s=slot: s(window))
        _place(menu, action, before_quit=name == "export",
               separate=name in ("details", "new_meeting"))
        made[name] = action
    def update_enabled() -> None:
        for action in made.values():
            action.setEnabled(window.workshop is not None)
        editable = window.workshop is not None and not window.workshop.readonly
        for name in ("details", "participants", "new_meeting"):
            made[name].setEnabled(editable)

    for menu_title in ("File", "Meeting"):
        window.menu(menu_title).aboutToShow.connect(update_enabled)
    return made
