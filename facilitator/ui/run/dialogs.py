"""The runner's two dialogs: confirm a rebalance, and assign participants to subgroups."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from facilitator.domain.agenda import Proposal
from facilitator.domain.snapshot import Participant
from facilitator.domain.template import AgendaItem
from facilitator.domain.timer import format_clock
from facilitator.ui.run.runner import RunController

NO_GROUP = "(whole room)"


class RebalanceDialog(QDialog):
    """Every item's minutes before and after, shown before anything changes. The facilitator
    may give the rest of the meeting less time than is left, never more (to run longer, add
    minutes to an item with +1 min)."""

    COLUMNS = ("Agenda item", "Before", "After")

    def __init__(self, runner: RunController, agenda: tuple[AgendaItem, ...],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Rebalance the remaining time")
        self.runner, self.agenda = runner, agenda
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.budget = QSpinBox()
        self.left_min = int(runner.rebalance_budget_s() // 60)  # whole minutes, rounded down
        self.budget.setRange(0, self.left_min)
        self.budget.setSuffix(" min")
        self.budget.setAccessibleName("Minutes left for the rest of the meeting")
        self.budget.setValue(self.left_min)
        form.addRow("Time left for the rest of the meeting:", self.budget)
        layout.addLayout(form)
        self.table = QTableWidget(len(agenda), len(self.COLUMNS))
        self.table.setObjectName("rebalanceTable")
        self.table.setAccessibleName("Planned minutes of each item, before and after")
        self.table.setHorizontalHeaderLabels(list(self.COLUMNS))
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setTabKeyNavigation(False)  # read-only: Tab goes on to the buttons
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in (1, 2):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.table)
        self.preview = QLabel()
        self.preview.setWordWrap(True)
        self.preview.setAccessibleName("Rebalance summary")
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
        self.resize(560, 420)
        self.budget.valueChanged.connect(self._update)
        self._update()

    def full_proposal(self) -> Proposal:
        return self.runner.rebalance_proposal(self.budget.value() * 60.0)

    def proposal(self) -> dict[int, int]:
        """The items whose minutes change."""
        return self.full_proposal().changes(self.runner.plans())

    def row(self, index: int) -> tuple[str, str, str]:
        return tuple(self.table.item(index, col).text()  # type: ignore[return-value]
                     for col in range(len(self.COLUMNS)))

    def _update(self) -> None:
        plans = self.runner.plans()
        proposal = self.full_proposal()
        new = proposal.changes(plans)
        for index, (item, plan) in enumerate(zip(self.agenda, plans, strict=True)):
            before = f"{plan.minutes} min"
            if plan.done:
                after = "done"
            elif plan.ran:
                left = max(0.0, plan.planned_s - plan.elapsed_s)
                after = f"{before} (under way, {format_clock(left)} left)"
            elif index in proposal.minutes:
                after = f"{proposal.minutes[index]} min"
            else:
                after = before
            for col, text in enumerate((f"{index + 1}. {item.title}", before, after)):
                cell = QTableWidgetItem(text)
                if col == 2 and index in new:
                    font = cell.font()
                    font.setBold(True)
                    cell.setFont(font)
                self.table.setItem(index, col, cell)
        minutes = self.budget.value()
        if proposal.short_s > 0:
            self.preview.setText(
                f"{minutes} min is not enough: each item still to come needs at least a "
                f"minute ({round(proposal.short_s / 60)} min more). Tick items done to skip "
                "them, or give more time.")
        elif not new:
            self.preview.setText("The remaining items already fit: nothing to change.")
        else:
            self.preview.setText(
                f"The rest of the meeting takes {round(proposal.total_s / 60)} min of the "
                f"{minutes} min given ({self.left_min} min left on the plan).")
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
