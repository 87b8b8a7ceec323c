"""The runner's two dialogs: confirm a rebalance, and assign participants to subgroups."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from facilitator.domain.snapshot import Participant
from facilitator.domain.template import AgendaItem
from facilitator.ui.runner import RunController

NO_GROUP = "(whole room)"


class RebalanceDialog(QDialog):
    """Shows the new minutes before anything changes; the facilitator may change the time left."""

    def __init__(self, runner: RunController, agenda: tuple[AgendaItem, ...],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Rebalance the remaining time")
        self.runner, self.agenda = runner, agenda
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.budget = QSpinBox()
        self.budget.setRange(0, 24 * 60)
        self.budget.setSuffix(" min")
        self.budget.setAccessibleName("Minutes left for the rest of the meeting")
        left = runner.rebalance_budget_s() / 60
        self.budget.setValue(round(left))
        form.addRow("Time left for the rest of the meeting:", self.budget)
        layout.addLayout(form)
        self.preview = QLabel()
        self.preview.setWordWrap(True)
        self.preview.setAccessibleName("New planned minutes")
        layout.addWidget(self.preview)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        self.apply_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.apply_button.setText("Apply new minutes")
        self.apply_button.setAccessibleName("Apply new minutes")
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName("Cancel")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.budget.valueChanged.connect(self._update)
        self._update()

    def proposal(self) -> dict[int, int]:
        return self.runner.rebalance_proposal(self.budget.value() * 60.0)

    def _update(self) -> None:
        new = self.proposal()
        if not new:
            self.preview.setText("The remaining items already fit: nothing to change.")
        else:
            self.preview.setText("\n".join(
                f"{i + 1}. {self.agenda[i].title}: {self.runner.minutes[i]} → {m} min"
                for i, m in sorted(new.items())))
        self.apply_button.setEnabled(bool(new))


class SubgroupsDialog(QDialog):
    def __init__(self, item: AgendaItem, people: list[Participant], groups: dict[int, str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(f"Subgroups: {item.title}")
        layout = QVBoxLayout(self)
        names = list(item.subgroups) or ["Group 1", "Group 2", "Group 3"]
        names += [g for g in groups.values() if g not in names]
        hint = QLabel("Pick a subgroup for each person (or type a new group name).")
        hint.setWordWrap(True)
        layout.addWidget(hint)
        form = QFormLayout()
        self.choices: dict[int, QComboBox] = {}
        for person in people:
            combo = QComboBox()
            combo.setEditable(True)
            combo.addItems([NO_GROUP, *names])
            combo.setCurrentText(groups.get(person.id, NO_GROUP))
            combo.setAccessibleName(f"Subgroup for {person.name}")
            edit = combo.lineEdit()
            if isinstance(edit, QLineEdit):
                edit.setAccessibleName(f"Subgroup name for {person.name}")
            form.addRow(person.name, combo)
            self.choices[person.id] = combo
        if not people:
            form.addRow(QLabel("This workshop has no participants yet."))
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        for button in buttons.buttons():
            button.setAccessibleName(button.text().replace("&", ""))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def groups(self) -> dict[int, str]:
        out = {}
        for person_id, combo in self.choices.items():
            text = combo.currentText().strip()
            if text and text != NO_GROUP:
                out[person_id] = text
        return out


def ask_read_only(parent: QWidget, reason: str) -> bool:
    """The file is open for editing elsewhere: offer to open it read-only instead."""
    from PySide6.QtWidgets import QMessageBox

    answer = QMessageBox.question(
        parent, "Workshop in use",
        f"{reason}.\n\nOpen it read-only? You can look at it and project it, and use "
        "File > Save as… to work on a copy; changes to this file are not saved.",
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes
