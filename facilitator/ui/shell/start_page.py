"""The page shown when no workshop is open: start a new one from a template, open a file,
reopen a recent one, or try the demo. Light to build: the template list is filled after the
window's first paint (load_templates)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from facilitator.domain.meeting import check_date, check_time
from facilitator.domain.template import Template
from facilitator.ui.shell.meeting_details import DateField, TimeRow, problem_text

translate = QCoreApplication.translate


@dataclass(frozen=True)
class NewWorkshopForm:
    template_id: str
    title: str
    date: str
    time: str
    location: str
    participants: list[tuple[str, str, str]] = field(default_factory=list)  # name, role, org
    language: str = "en"   # the template's text on screen and in handouts: "en" or "es"


def parse_participants(text: str) -> list[tuple[str, str, str]]:
    """One person per line: 'Name, role, organisation' (role and organisation optional)."""
    people = []
    for line in text.splitlines():
        parts = [p.strip() for p in line.split(",", 2)]
        if parts and parts[0]:
            parts += [""] * (3 - len(parts))
            people.append((parts[0], parts[1], parts[2]))
    return people


def _named(widget: QWidget, name: str) -> QWidget:
    widget.setAccessibleName(name)
    return widget


class StartPage(QWidget):
    create_requested = Signal(object)   # NewWorkshopForm
    open_requested = Signal()           # ask for a file
    recent_requested = Signal(str)      # a path from the recent list
    demo_requested = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("startPage")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(40, 24, 40, 24)
        heading = QLabel(translate("StartPage", "Facilitator"))
        heading.setStyleSheet("font-size: 26pt; font-weight: 700;")
        heading.setAccessibleName(translate("StartPage", "Facilitator"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(translate("StartPage", "Status"))
        outer.addWidget(heading)
        outer.addWidget(self.message)
        columns = QHBoxLayout()
        outer.addLayout(columns, 1)

        new_box = QGroupBox(translate("StartPage", "New workshop"))
        form = QFormLayout(new_box)
        form.setFormAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.template = QComboBox()
        # The workshop's language: its template's text on the laptop, the projector and the
        # handouts. Each language named in itself; the app's language first chosen.
        from facilitator.ui.kit import translator

        self.language = QComboBox()
        for code, name in translator.LANGUAGES:
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(translator.current)))
        self.language.setToolTip(translate(
            "StartPage", "The language of the template's text (agenda, questions, worksheets) "
            "on both screens and in the handouts"))
        self._templates: list[tuple[Template, bool]] = []   # (template, the user's own)
        self.language.currentIndexChanged.connect(lambda _i: self._retitle_templates())
        self.title = QLineEdit()
        self.title.setPlaceholderText(translate("StartPage", "(the template's title)"))
        # Typed text kept as typed (a QDateEdit changed typed dates: see ui.shell.meeting_details).
        self.date = DateField(QDate.currentDate().toString("yyyy-MM-dd"),
                              translate("StartPage", "Date"))
        self.time = QLineEdit("15:30")
        self.time.setPlaceholderText(translate("StartPage", "HH:MM (24-hour)"))
        self.location = QLineEdit()
        self.participants = QPlainTextEdit()
        self.participants.setPlaceholderText(
            translate("StartPage", "One per line: Name, role, school"))
        self.participants.setMaximumHeight(180)
        self.participants.setTabChangesFocus(True)  # Tab goes on to Create (no keyboard trap)
        # Alt+letter reaches each field (the menus keep F, E, V and M).
        for label, widget in ((QT_TRANSLATE_NOOP("StartPage", "&Template"), self.template),
                              (QT_TRANSLATE_NOOP("StartPage", "Lan&guage"), self.language),
                              (QT_TRANSLATE_NOOP("StartPage", "T&itle"), self.title),
                              (QT_TRANSLATE_NOOP("StartPage", "&Date"), self.date),
                              (QT_TRANSLATE_NOOP("StartPage", "&Start time"), self.time),
                              (QT_TRANSLATE_NOOP("StartPage", "&Location"), self.location),
                              (QT_TRANSLATE_NOOP("StartPage", "&Participants"),
                               self.participants)):
            label = translate("StartPage", label)
            named = _named(widget, label.replace("&", ""))
            form.addRow(label, TimeRow(self.time) if widget is self.time else named)
            if widget is self.template:
                # A facilitator's own template that does not load says why, right here.
                self.template_problems = QLabel()
                self.template_problems.setWordWrap(True)
                self.template_problems.setTextInteractionFlags(
                    Qt.TextInteractionFlag.TextSelectableByMouse)
                self.template_problems.setAccessibleName(
                    translate("StartPage", "Templates that could not be loaded"))
                self.template_problems.setStyleSheet("color: #a4000f;")
                self.template_problems.hide()
                form.addRow("", self.template_problems)
        self.create_button = QPushButton(translate("StartPage", "&Create workshop…"))
        self.create_button.setAccessibleName(translate("StartPage", "Create workshop"))
        self.create_button.setEnabled(False)
        self.create_button.clicked.connect(self._create)
        form.addRow(self.create_button)
        left = QVBoxLayout()
        left.addWidget(new_box)
        left.addStretch(1)  # the form keeps its natural height
        columns.addLayout(left, 3)

        right = QVBoxLayout()
        self.open_button = QPushButton(translate("StartPage", "&Open a workshop file…"))
        self.open_button.setAccessibleName(translate("StartPage", "Open a workshop file"))
        self.open_button.clicked.connect(self.open_requested)
        self.demo_button = QPushButton(translate("StartPage", "Open the demo wor&kshop"))
        self.demo_button.setAccessibleName(translate("StartPage", "Open the demo workshop"))
        self.demo_button.clicked.connect(self.demo_requested)
        recent_label = QLabel(translate("StartPage", "&Recent workshops"))
        recent_label.setAccessibleName(translate("StartPage", "Recent workshops"))
        self.recent = QListWidget()
        self.recent.setAccessibleName(translate("StartPage", "Recent workshops"))
        self.recent.itemActivated.connect(
            lambda item: self.recent_requested.emit(item.data(Qt.ItemDataRole.UserRole)))
        recent_label.setBuddy(self.recent)
        for widget in (self.open_button, self.demo_button, recent_label):
            right.addWidget(widget)
        right.addWidget(self.recent, 1)
        columns.addLayout(right, 2)

    @property
    def templates_loaded(self) -> bool:
        return self.template.count() > 0

    def load_templates(self) -> None:
        from facilitator.services.templates import catalogue

        self.template.clear()
        self._templates = []
        problems = []
        for entry in catalogue():
            if entry.template is not None:
                t = entry.template
                self._templates.append((t, entry.user))
                self.template.addItem(self._template_label(t, entry.user), entry.id)
            else:
                shown = entry.errors[:3]
                more = len(entry.errors) - len(shown)
                problems.append(translate("StartPage", "{file} could not be loaded:").format(
                    file=entry.path.name) + "\n  " + "\n  ".join(shown)
                    + ("\n  " + translate("StartPage", "(and {count} more)").format(count=more)
                       if more else ""))
        self.template_problems.setText("\n".join(problems))
        self.template_problems.setVisible(bool(problems))
        index = self.template.findData("attract-retain")
        if index >= 0:
            self.template.setCurrentIndex(index)
        self.create_button.setEnabled(self.template.count() > 0)

    def _template_label(self, template: Template, user: bool) -> str:
        """'Title (120 min)', the title in the language chosen for the new workshop."""
        title = template.title
        language = str(self.language.currentData() or "en")
        if language != "en":
            from facilitator.domain.localize import template_translation

            title = template_translation(template.id, language).get(title.strip(), title)
        mine = translate("StartPage", " — your template") if user else ""
        return translate("StartPage", "{title} ({minutes} min)").format(
            title=title, minutes=template.total_minutes) + mine

    def _retitle_templates(self) -> None:
        for index, (template, user) in enumerate(self._templates):
            if index < self.template.count():
                self.template.setItemText(index, self._template_label(template, user))

    def set_recent(self, paths: list[str]) -> None:
        self.recent.clear()
        for path in paths:
            item = QListWidgetItem(f"{Path(path).stem}  —  {path}")
            item.setData(Qt.ItemDataRole.UserRole, path)
            self.recent.addItem(item)

    def form(self) -> NewWorkshopForm:
        return NewWorkshopForm(self.template.currentData() or "", self.title.text().strip(),
                               self.date.text(), self.time.text().strip(),
                               self.location.text().strip(),
                               parse_participants(self.participants.toPlainText()),
                               str(self.language.currentData() or "en"))

    def _create(self) -> None:
        form = self.form()
        for value, check, field_widget in ((form.date, check_date, self.date.line),
                                           (form.time, check_time, self.time)):
            try:
                check(value)
            except ValueError as exc:  # say so here, before asking where to save
                self.message.setText(problem_text(str(exc), value))
                field_widget.setFocus()
                field_widget.selectAll()
                return
        self.create_requested.emit(form)
