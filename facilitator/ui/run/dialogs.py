"""The runner's two dialogs: confirm a rebalance, and assign participants to subgroups."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
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

translate = QCoreApplication.translate
NO_GROUP = QT_TRANSLATE_NOOP("Run", "(whole room)")  # translated where shown


class RebalanceDialog(QDialog):
    """Every item's minutes before and after, shown before anything changes. The facilitator
    may give the rest of the meeting less time than is left, never more (to run longer, add
    minutes to an item with +1 min)."""

    COLUMNS = (QT_TRANSLATE_NOOP("Run", "Agenda item"), QT_TRANSLATE_NOOP("Run", "Before"),
               QT_TRANSLATE_NOOP("Run", "After"))

    def __init__(self, runner: RunController, agenda: tuple[AgendaItem, ...],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("Run", "Rebalance the remaining time"))
        self.runner, self.agenda = runner, agenda
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.budget = QSpinBox()
        self.left_min = int(runner.rebalance_budget_s() // 60)  # whole minutes, rounded down
        self.budget.setRange(0, self.left_min)
        self.budget.setSuffix(translate("Run", " min"))
        self.budget.setAccessibleName(translate("Run", "Minutes left for the rest of the meeting"))
        self.budget.setValue(self.left_min)
        form.addRow(translate("Run", "Time left for the rest of the meeting:"), self.budget)
        layout.addLayout(form)
        self.table = QTableWidget(len(agenda), len(self.COLUMNS))
        self.table.setObjectName("rebalanceTable")
        self.table.setAccessibleName(translate("Run", "Planned minutes of each item, before "
                                               "and after"))
        self.table.setHorizontalHeaderLabels([translate("Run", c) for c in self.COLUMNS])
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
        self.preview.setAccessibleName(translate("Run", "Rebalance summary"))
        layout.addWidget(self.preview)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        self.apply_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.apply_button.setText(translate("Run", "Apply new minutes"))
        self.apply_button.setAccessibleName(translate("Run", "Apply new minutes"))
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName(translate("Run", "Cancel"))
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
            before = translate("Run", "{minutes} min").format(minutes=plan.minutes)
            if plan.done:
                after = translate("Run", "done")
            elif plan.ran:
                left = max(0.0, plan.planned_s - plan.elapsed_s)
                after = translate("Run", "{before} (under way, {left} left)").format(
                    before=before, left=format_clock(left))
            elif index in proposal.minutes:
                after = translate("Run", "{minutes} min").format(minutes=proposal.minutes[index])
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
            self.preview.setText(translate(
                "Run", "{minutes} min is not enough: each item still to come needs at least a "
                "minute ({more} min more). Tick items done to skip them, or give more time.")
                .format(minutes=minutes, more=round(proposal.short_s / 60)))
        elif not new:
            self.preview.setText(translate(
                "Run", "The remaining items already fit: nothing to change."))
        else:
            self.preview.setText(translate(
                "Run", "The rest of the meeting takes {total} min of the {minutes} min given "
                "({left} min left on the plan).").format(
                    total=round(proposal.total_s / 60), minutes=minutes, left=self.left_min))
        self.apply_button.setEnabled(bool(new))


class SubgroupsDialog(QDialog):
    def __init__(self, item: AgendaItem, people: list[Participant], groups: dict[int, str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("Run", "Subgroups: {item}").format(item=item.title))
        layout = QVBoxLayout(self)
        names = list(item.subgroups) or [translate("Run", "Group {number}").format(number=n)
                                         for n in (1, 2, 3)]
        names += [g for g in groups.values() if g not in names]
        hint = QLabel(translate("Run", "Pick a subgroup for each person (or type a new group "
                                "name)."))
        hint.setWordWrap(True)
        layout.addWidget(hint)
        form = QFormLayout()
        self.choices: dict[int, QComboBox] = {}
        for person in people:
            combo = QComboBox()
            combo.setEditable(True)
            combo.addItems([translate("Run", NO_GROUP), *names])
            combo.setCurrentText(groups.get(person.id, translate("Run", NO_GROUP)))
            combo.setAccessibleName(translate("Run", "Subgroup for {name}").format(
                name=person.name))
            edit = combo.lineEdit()
            if isinstance(edit, QLineEdit):
                edit.setAccessibleName(translate("Run", "Subgroup name for {name}").format(
                    name=person.name))
            form.addRow(person.name, combo)
            self.choices[person.id] = combo
        if not people:
            form.addRow(QLabel(translate("Run", "This workshop has no participants yet.")))
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
            if text and text not in (NO_GROUP, translate("Run", NO_GROUP)):
                out[person_id] = text
        return out


def ask_read_only(parent: QWidget, reason: str) -> bool:
    """The file is open for editing elsewhere: offer to open it read-only instead."""
    from PySide6.QtWidgets import QMessageBox

    answer = QMessageBox.question(
        parent, translate("Run", "Workshop in use"),
        translate("Run", "{reason}.\n\nOpen it read-only? You can look at it and project it, "
                  "and use File > Save as… to work on a copy; changes to this file are not "
                  "saved.").format(reason=reason),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes
