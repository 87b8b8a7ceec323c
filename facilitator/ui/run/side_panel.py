"""The right-hand column for the facilitator's eyes only: guiding questions, facilitator notes,
and who is in which subgroup for the current item."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from facilitator.domain.snapshot import Participant
from facilitator.domain.template import AgendaItem

translate = QCoreApplication.translate


def groups_text(people: list[Participant], groups: dict[int, str]) -> list[tuple[str, str]]:
    """[(group name, 'Ana, Ben'), ...] in first-seen group order."""
    names: dict[str, list[str]] = {}
    for person in people:
        group = groups.get(person.id)
        if group:
            names.setdefault(group, []).append(person.name)
    return [(group, ", ".join(members)) for group, members in names.items()]


def _heading(text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("sectionHeading")
    label.setAccessibleName(text)
    return label


class SidePanel(QWidget):
    def __init__(self) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(_heading(translate("Run", "Guiding questions")))
        self.questions = QLabel()
        self.questions.setWordWrap(True)
        self.questions.setAccessibleName(translate("Run", "Guiding questions"))
        layout.addWidget(self.questions)
        layout.addWidget(_heading(translate("Run", "Facilitator notes (not shown on the "
                                            "projector)")))
        self.notes = QTextBrowser()
        self.notes.setObjectName("facilitatorNotes")
        self.notes.setAccessibleName(translate("Run", "Facilitator notes"))
        self.notes.setAccessibleDescription(translate("Run", "For the facilitator only: never on "
                                                      "the projector"))
        layout.addWidget(self.notes, 1)
        layout.addWidget(_heading(translate("Run", "Subgroups")))
        self.groups = QLabel()
        self.groups.setWordWrap(True)
        self.groups.setAccessibleName(translate("Run", "Subgroups"))
        layout.addWidget(self.groups)
        self.assign = QPushButton(translate("Run", "Assign subgroups…"))
        self.assign.setAccessibleName(translate("Run", "Assign participants to subgroups"))
        self.assign.setToolTip(translate("Run", "Put participants in subgroups for this item, "
                                         "shown on the projector (Ctrl+G)"))
        layout.addWidget(self.assign)

    def show_item(self, item: AgendaItem) -> None:
        self.questions.setText("\n".join(f"• {q}" for q in item.questions) or "—")
        self.notes.setPlainText(item.notes or translate("Run", "No notes for this item."))

    def show_groups(self, people: list[Participant], groups: dict[int, str]) -> None:
        lines = [f"{group}: {members}" for group, members in groups_text(people, groups)]
        self.groups.setText("\n".join(lines) or translate("Run", "The whole room works together."))
