"""Meeting > Participants…: add, rename or remove the people taking part, saved as one undoable
step when the dialog closes.

Someone who owns actions, wrote cards or answered a worksheet of their own is not removed: that
would lose who said what. The dialog says so and opens their name for editing instead, which is
what a facilitator fixing a misspelt or wrong name needs.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from facilitator.domain.snapshot import Participant
from facilitator.services.people import Links, PeopleEdit, PersonRecord

COL_NAME, COL_ROLE, COL_ORGANISATION = range(3)
HEADERS = (QT_TRANSLATE_NOOP("Participants", "Name"), QT_TRANSLATE_NOOP("Participants", "Role"),
           QT_TRANSLATE_NOOP("Participants", "Organization"))   # en-US, as the handouts print it
IdRole = Qt.ItemDataRole.UserRole
translate = QCoreApplication.translate


def why_kept(links: Links, name: str) -> str:
    """'Ana owns 2 actions and wrote 1 card' (services.people.Links.reason), in the app's
    language. One and many are two sentences: English and Spanish plurals split the same way."""
    def some(n: int, one: str, many: str) -> str:
        return translate("Participants", one if n == 1 else many).format(count=n)
    parts = []
    if links.actions:
        parts.append(some(links.actions, QT_TRANSLATE_NOOP("Participants", "owns {count} action"),
                          QT_TRANSLATE_NOOP("Participants", "owns {count} actions")))
    if links.cards:
        parts.append(some(links.cards, QT_TRANSLATE_NOOP("Participants", "wrote {count} card"),
                          QT_TRANSLATE_NOOP("Participants", "wrote {count} cards")))
    if links.answers:
        parts.append(some(links.answers,
                          QT_TRANSLATE_NOOP("Participants", "has answers in {count} worksheet row"),
                          QT_TRANSLATE_NOOP("Participants",
                                            "has answers in {count} worksheet rows")))
    listed = ", ".join(parts[:-1]) + (translate("Participants", " and ") if len(parts) > 1
                                      else "") + parts[-1]
    return f"{name} {listed}"


class ParticipantsDialog(QDialog):
    def __init__(self, parent: QWidget | None, people: list[Participant],
                 links_of: Callable[[int], Links]) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("Participants", "Participants"))
        self.original = {p.id: p for p in people}
        self.links_of = links_of
        layout = QVBoxLayout(self)
        self.table = QTableWidget(0, len(HEADERS))
        self.table.setObjectName("participantsTable")
        self.table.setAccessibleName(translate("Participants", "Participants"))
        self.table.setHorizontalHeaderLabels([translate("Participants", h) for h in HEADERS])
        self.table.verticalHeader().setVisible(False)
        # Tab leaves the table for the buttons (a table wraps Tab round its cells: a trap);
        # arrows move between people, and Tab in a cell being edited goes to the next cell.
        self.table.setTabKeyNavigation(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        for person in people:
            self._append(person.id, person.name, person.role, person.organisation)
        layout.addWidget(self.table)
        row = QHBoxLayout()
        self.add_button = QPushButton(translate("Participants", "&Add participant"))
        self.add_button.setAccessibleName(translate("Participants", "Add participant"))
        self.add_button.setAutoDefault(False)
        self.remove_button = QPushButton(translate("Participants", "&Remove participant"))
        self.remove_button.setAccessibleName(translate("Participants", "Remove participant"))
        self.remove_button.setAutoDefault(False)
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(translate("Participants", "Participants message"))
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(translate("Participants", "Save participants"))
        self.ok_button.setAutoDefault(False)
        for button in buttons.buttons():
            button.setAccessibleName(button.text().replace("&", ""))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.add_button.clicked.connect(self.add_person)
        self.remove_button.clicked.connect(self.remove_selected)
        self.resize(620, 380)

    # Reading the table ---------------------------------------------------------------------
    def rows(self) -> list[tuple[int | None, str, str, str]]:
        """(id or None for someone new, name, role, organisation) as shown, in order."""
        out = []
        for r in range(self.table.rowCount()):
            cells = [self.table.item(r, c) for c in range(len(HEADERS))]
            texts = [cell.text().strip() if cell is not None else "" for cell in cells]
            person_id = cells[COL_NAME].data(IdRole) if cells[COL_NAME] is not None else None
            out.append((person_id, texts[0], texts[1], texts[2]))
        return out

    def edit(self) -> PeopleEdit:
        rows = self.rows()
        kept = {person_id for person_id, *_ in rows if person_id is not None}
        add = tuple(PersonRecord(name, role, org) for person_id, name, role, org in rows
                    if person_id is None and (name or role or org))
        change = tuple(Participant(person_id, name, role, org)
                       for person_id, name, role, org in rows
                       if person_id is not None
                       and (name, role, org) != self._fields(self.original[person_id]))
        remove = tuple(i for i in self.original if i not in kept)
        return PeopleEdit(add, change, remove)

    def describe(self, edit: PeopleEdit) -> str:
        """The Edit menu's name for the step ('Undo Rename Ana Nunez to Ana Núñez')."""
        if edit.add and not edit.change and not edit.remove and len(edit.add) == 1:
            return translate("Participants", "Add participant {name}").format(
                name=edit.add[0].name)
        if edit.remove and not edit.add and not edit.change and len(edit.remove) == 1:
            return translate("Participants", "Remove participant {name}").format(
                name=self.original[edit.remove[0]].name)
        if edit.change and not edit.add and not edit.remove and len(edit.change) == 1:
            new = edit.change[0]
            old = self.original[new.id]
            if old.name != new.name:
                return translate("Participants", "Rename {old} to {new}").format(
                    old=old.name, new=new.name)
            return translate("Participants", "Change {name}'s details").format(name=new.name)
        return translate("Participants", "Edit participants")

    # Acting --------------------------------------------------------------------------------
    def add_person(self) -> None:
        row = self._append(None, "", "", "")
        self.table.setCurrentCell(row, COL_NAME)
        self.table.editItem(self.table.item(row, COL_NAME))

    def remove_selected(self) -> None:
        row = self.table.currentRow()
        if row < 0:
            self.message.setText(translate("Participants", "Select the participant to remove "
                                           "first."))
            return
        name_item = self.table.item(row, COL_NAME)
        person_id = name_item.data(IdRole)
        name = name_item.text().strip() or translate("Participants", "This participant")
        if person_id is not None:
            links = self.links_of(person_id)
            if links.keeps_them:
                self.message.setText(translate(
                    "Participants", "{reason}, so they stay in the workshop: removing them "
                    "would lose who did that. You can correct their name, role or organization "
                    "here instead.").format(reason=why_kept(links,
                                                            self.original[person_id].name)))
                self.table.setCurrentCell(row, COL_NAME)
                self.table.editItem(name_item)
                return
        self.table.removeRow(row)
        self.message.setText(translate("Participants", "{name} will be removed when you save "
                                       "(Edit > Undo brings them back).").format(name=name))

    def accept(self) -> None:
        self.ok_button.setFocus()  # a name still being typed is committed by leaving it
        for index, (_id, name, role, org) in enumerate(self.rows()):
            if not name and (role or org or _id is not None):
                self.message.setText(translate("Participants", "Row {number} needs a name.")
                                     .format(number=index + 1))
                self.table.setCurrentCell(index, COL_NAME)
                self.table.editItem(self.table.item(index, COL_NAME))
                return
        super().accept()

    # Inside --------------------------------------------------------------------------------
    @staticmethod
    def _fields(person: Participant) -> tuple[str, str, str]:
        return (person.name.strip(), person.role.strip(), person.organisation.strip())

    def _append(self, person_id: int | None, name: str, role: str, organisation: str) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        for col, text in enumerate((name, role, organisation)):
            item = QTableWidgetItem(text)
            if col == COL_NAME:
                item.setData(IdRole, person_id)
            self.table.setItem(row, col, item)
        return row
