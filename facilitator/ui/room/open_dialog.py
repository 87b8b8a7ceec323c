"""Room > Open the room…: where phones connect (one network interface) and what they may do now
(for the current agenda item's brainstorm, grid and per-participant worksheet), named or
anonymous, and whether ideas wait for the facilitator's approval."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from facilitator.domain.template import AgendaItem, GridBlock, IdeasBlock, TableBlock
from facilitator.room.session import Activities
from facilitator.room.sheet import check_sheet
from facilitator.services.errors import ServiceError
from facilitator.ui.room.addresses import Interface, default_interface

translate = QCoreApplication.translate


def _fillable(block: TableBlock) -> bool:
    try:
        check_sheet(block)
    except ServiceError:
        return False
    return True


class OpenRoomDialog(QDialog):
    def __init__(self, item: AgendaItem, choices: list[Interface], *, dots_per_person: int,
                 has_participants: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("openRoomDialog")
        self.setWindowTitle(translate("Room", "Open the room"))
        self.choices = choices
        self.ideas = next((b for b in item.blocks if isinstance(b, IdeasBlock)), None)
        self.grid = next((b for b in item.blocks if isinstance(b, GridBlock)), None)
        self.sheet = next((b for b in item.blocks if isinstance(b, TableBlock) and _fillable(b)),
                          None)
        layout = QVBoxLayout(self)
        intro = QLabel(translate(
            "Room", "Phones on the chosen network join with the QR code shown on the "
                    "projector; the address holds a code made for this session only."))
        intro.setWordWrap(True)
        layout.addWidget(intro)

        form = QFormLayout()
        self.interface = QComboBox()
        self.interface.setObjectName("roomInterface")
        self.interface.setAccessibleName(translate("Room", "Network to listen on"))
        for choice in choices:
            label = translate("Room", "{name}: {address}").format(name=choice.name,
                                                                    address=choice.address)
            if choice.loopback:
                label = translate("Room", "{name}: {address} (this computer only)").format(
                    name=choice.name, address=choice.address)
            self.interface.addItem(label, choice.address)
        self.interface.setCurrentIndex(choices.index(default_interface(choices)))
        form.addRow(translate("Room", "Listen on:"), self.interface)
        # A laptop's own hotspot has a name phones must pick first: the facilitator types it
        # (no probing of the system), and the projector shows it above the code.
        self.network = QLineEdit()
        self.network.setObjectName("roomNetworkName")
        self.network.setMaxLength(64)
        self.network.setPlaceholderText(translate("Room", "optional, e.g. the laptop's hotspot"))
        self.network.setAccessibleName(translate("Room", "Wi-Fi name to show on the projector"))
        form.addRow(translate("Room", "Wi-Fi name:"), self.network)
        layout.addLayout(form)

        self.allow_ideas = self._check(
            translate("Room", "Add ideas to “{title}”"), self.ideas, True)
        self.allow_dots = self._check(
            translate("Room", "Vote with dots on “{title}”"), self.ideas, dots_per_person > 0)
        if self.ideas is not None and dots_per_person <= 0:
            self.allow_dots.setEnabled(False)
            self.allow_dots.setToolTip(translate(
                "Room", "Dot voting is off on this brainstorm: set the dots per person first."))
        self.allow_ratings = self._check(
            translate("Room", "Rate impact and ease on “{title}”"), self.grid, True)
        # A per-participant worksheet (the check-in's reflection): each phone picks whose copy
        # it fills from the meeting's list, so it is named whatever "Named" says.
        self.allow_sheet = self._check(
            translate("Room", "Fill in their own copy of “{title}”"), self.sheet,
            has_participants)
        if self.sheet is not None and not has_participants:
            self.allow_sheet.setEnabled(False)
            self.allow_sheet.setToolTip(translate(
                "Room", "Add participants (Meeting > Participants…): each phone picks its name."))
        self.nothing = QLabel(translate(
            "Room", "This agenda item has no brainstorm or grid for phones: go to one first."))
        self.nothing.setWordWrap(True)
        self.nothing.setVisible(self.ideas is None and self.grid is None and self.sheet is None)
        allowed = QLabel(translate("Room", "Phones may:"))
        layout.addWidget(allowed)
        for box in (self.allow_ideas, self.allow_dots, self.allow_ratings, self.allow_sheet):
            layout.addWidget(box)
        layout.addWidget(self.nothing)

        # Ticked (the default), a phone's idea waits in a queue on this laptop and reaches the
        # board and the projector only once approved.
        self.screened = QCheckBox(translate(
            "Room", "Check ideas before the room sees them (they wait for your approval)"))
        self.screened.setChecked(True)
        layout.addWidget(self.screened)

        # Unticked, contributions are anonymous: no author is stored at all.
        self.named = QCheckBox(translate(
            "Room", "Named: each phone picks a name from the participants"))
        self.named.setEnabled(has_participants)
        if not has_participants:
            self.named.setToolTip(translate(
                "Room", "Add participants (Meeting > Participants…) to name contributions."))
        layout.addWidget(self.named)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.open_button = self.buttons.addButton(translate("Room", "Open the room"),
                                                  QDialogButtonBox.ButtonRole.AcceptRole)
        self.open_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        for box in (self.allow_ideas, self.allow_dots, self.allow_ratings, self.allow_sheet):
            box.toggled.connect(self._update)
        self._update()
        self.interface.setFocus(Qt.FocusReason.OtherFocusReason)

    def _check(self, text: str, block: IdeasBlock | GridBlock | TableBlock | None,
               on: bool) -> QCheckBox:
        box = QCheckBox(text.format(title=block.title if block is not None else ""))
        box.setChecked(block is not None and on)
        box.setEnabled(block is not None)
        box.setVisible(block is not None)
        return box

    def _update(self) -> None:
        self.open_button.setEnabled(any(b.isChecked() for b in (
            self.allow_ideas, self.allow_dots, self.allow_ratings, self.allow_sheet)))
        self.screened.setEnabled(self.allow_ideas.isChecked())

    def host(self) -> str:
        return str(self.interface.currentData())

    def network_name(self) -> str:
        return " ".join(self.network.text().split())

    def activities(self) -> Activities:
        ideas = self.ideas.id if self.ideas is not None else ""
        return Activities(ideas=ideas if self.allow_ideas.isChecked() else "",
                          dots=ideas if self.allow_dots.isChecked() else "",
                          ratings=self.grid.id if self.grid is not None and
                          self.allow_ratings.isChecked() else "",
                          named=self.named.isChecked(), screened=self.screened.isChecked(),
                          sheet=self.sheet.id if self.sheet is not None and
                          self.allow_sheet.isChecked() else "")
