"""A meeting's date, time and location: the fields (shared with New meeting…) and the
Meeting > Details… dialog.

Dates and times are typed text, kept exactly as typed once they are valid. (A QDateEdit edits
one section at a time: a typed "2027-02-28" came out as 2026-02-28 or 2027-11-02 depending on
where the cursor was, and a QTimeEdit with all its text selected kept the old hour.) A wrong
date or time is named under the fields and the dialog stays open. Beside each field, the date or
time reads back the way the handouts and the invitation print it ("Thursday, December 3, 2026",
"3:30 PM").
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCalendarWidget,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)

from facilitator.domain.language import Words
from facilitator.domain.meeting import MeetingFacts, check_date, check_time
from facilitator.ui.kit import translator

translate = QCoreApplication.translate


def friendly_date(iso: str) -> str:
    """'Thursday, December 3, 2026' / 'jueves, 3 de diciembre de 2026', in the app's language
    (as a handout in that language prints it)."""
    return Words(translator.current).long_date(iso)


def friendly_time(hhmm: str) -> str:
    """'3:30 PM' / '15:30', in the app's language."""
    return Words(translator.current).time(hhmm)


def problem_text(error: str, typed: str) -> str:
    """domain.meeting's message for a wrong date or time, as a sentence in the app's language."""
    typed = typed.strip()
    if error.startswith("time"):
        return translate("Meeting", "The time '{typed}' must be written HH:MM (24-hour), e.g. "
                         "15:30.").format(typed=typed)
    if "does not exist" in error:
        return translate("Meeting", "The date '{typed}' does not exist on the calendar.").format(
            typed=typed)
    return translate("Meeting", "The date '{typed}' must be written YYYY-MM-DD, e.g. "
                     "2026-12-03.").format(typed=typed)


class ReadBack(QLabel):
    """A typed date or time spelled out as the handouts print it; empty while the text is
    not a valid one (the form names the problem when it is saved)."""

    def __init__(self, line: QLineEdit, check: Callable[[str], str],
                 spell: Callable[[str], str], name: str) -> None:
        super().__init__()
        self.setAccessibleName(name)
        self.setStyleSheet("color: #5f6b76")
        self._line, self._check, self._spell = line, check, spell
        line.textChanged.connect(self._update)
        self._update()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:   # spelled out in the new language
            self._update()
        super().changeEvent(event)

    def _update(self) -> None:
        try:
            value = self._check(self._line.text())
        except ValueError:
            value = ""
        self.setText(self._spell(value) if value else "")


class TimeRow(QWidget):
    """A start-time field (typed HH:MM) with "3:30 PM" beside it."""

    def __init__(self, line: QLineEdit) -> None:
        super().__init__()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(line, 1)
        self.read_back = ReadBack(line, check_time, friendly_time,
                                  translate("Meeting", "Start time as printed"))
        layout.addWidget(self.read_back, 1)
        self.setFocusProxy(line)


class DateField(QWidget):
    """Type a date as YYYY-MM-DD, or pick it from a calendar (the button, or Alt+Down)."""

    def __init__(self, text: str = "", name: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        name = name or translate("Meeting", "Meeting date")
        self.line = QLineEdit(text)
        self.line.setPlaceholderText(translate("Meeting", "YYYY-MM-DD"))
        self.line.setAccessibleName(name)
        self.button = QToolButton()
        self.button.setText("▾")
        self.button.setAccessibleName(translate("Meeting", "Pick the date from a calendar"))
        self.button.setToolTip(translate("Meeting", "Pick the date from a calendar (Alt+Down)"))
        self.calendar = QCalendarWidget()
        self.calendar.setAccessibleName(translate("Meeting", "Calendar"))
        self.menu = QMenu(self.button)
        holder = QWidgetAction(self.menu)
        holder.setDefaultWidget(self.calendar)
        self.menu.addAction(holder)
        self.menu.aboutToShow.connect(self._show_typed_date)
        self.button.setMenu(self.menu)
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.calendar.clicked.connect(self._picked)
        self.calendar.activated.connect(self._picked)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.line, 1)
        layout.addWidget(self.button)
        self.read_back = ReadBack(self.line, check_date, friendly_date,
                                  translate("Meeting", "{field} as printed").format(field=name))
        layout.addWidget(self.read_back, 1)
        self.setFocusProxy(self.line)
        self.line.installEventFilter(self)

    def text(self) -> str:
        return self.line.text().strip()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched is self.line and isinstance(event, QKeyEvent)
                and event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Down
                and event.modifiers() & Qt.KeyboardModifier.AltModifier):
            self.button.showMenu()
            return True
        return False

    def _show_typed_date(self) -> None:
        typed = QDate.fromString(self.text(), "yyyy-MM-dd")
        self.calendar.setSelectedDate(typed if typed.isValid() else QDate.currentDate())

    def _picked(self, day: QDate) -> None:
        self.line.setText(day.toString("yyyy-MM-dd"))
        self.menu.hide()
        self.line.setFocus()


class MeetingFactsForm(QWidget):
    """Date, start time and location, with the message for a wrong date or time under them."""

    def __init__(self, facts: MeetingFacts, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.date_field = DateField(facts.date)
        self.time_edit = QLineEdit(facts.time)
        self.time_edit.setPlaceholderText(translate("Meeting", "HH:MM (24-hour)"))
        self.time_edit.setAccessibleName(translate("Meeting", "Start time"))
        self.location_edit = QLineEdit(facts.location)
        self.location_edit.setAccessibleName(translate("Meeting", "Location"))
        self.message = QLabel()
        self.message.setObjectName("formMessage")
        self.message.setWordWrap(True)
        self.message.setAccessibleName(translate("Meeting", "Problem with the meeting details"))
        self.message.setStyleSheet("color: #b91c1c")
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        date_label = QLabel(translate("Meeting", "&Date:"))
        date_label.setBuddy(self.date_field.line)
        form.addRow(date_label, self.date_field)
        time_label = QLabel(translate("Meeting", "&Time:"))
        time_label.setBuddy(self.time_edit)
        form.addRow(time_label, TimeRow(self.time_edit))
        form.addRow(translate("Meeting", "&Location:"), self.location_edit)
        form.addRow(self.message)

    def facts(self) -> MeetingFacts:
        return MeetingFacts(self.date_field.text(), self.time_edit.text().strip(),
                            self.location_edit.text().strip())

    def check(self) -> MeetingFacts | None:
        """The facts as they will be stored, or None after naming what is wrong."""
        typed = self.facts()
        for value, checker, field in ((typed.date, check_date, self.date_field.line),
                                      (typed.time, check_time, self.time_edit)):
            try:
                checker(value)
            except ValueError as exc:
                self.message.setText(problem_text(str(exc), value))
                field.setFocus()
                field.selectAll()
                return None
        self.message.setText("")
        return MeetingFacts(typed.date, check_time(typed.time), typed.location)


class FactsDialog(QDialog):
    """A dialog around the form that only closes with valid facts."""

    def __init__(self, parent: QWidget | None, title: str, facts: MeetingFacts,
                 ok_text: str, intro: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        if intro:
            label = QLabel(intro)
            label.setWordWrap(True)
            layout.addWidget(label)
        self.form = MeetingFactsForm(facts)
        layout.addWidget(self.form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(ok_text)
        for button in buttons.buttons():
            button.setAccessibleName(button.text().replace("&", ""))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.checked: MeetingFacts | None = None

    def accept(self) -> None:
        self.checked = self.form.check()
        if self.checked is not None:
            super().accept()


class MeetingDetailsDialog(FactsDialog):
    def __init__(self, parent: QWidget | None, number: int, facts: MeetingFacts) -> None:
        super().__init__(parent, translate("Meeting", "Meeting {number} details").format(
                             number=number), facts, translate("Meeting", "Save details"),
                         translate("Meeting", "Correct the date, start time or place of this "
                                   "meeting. Edit > Undo puts the old details back."))
