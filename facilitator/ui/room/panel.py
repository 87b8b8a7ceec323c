"""On the laptop: the open room's address, how many phones joined, and how many of them have
contributed ("14 of 18 have added an idea"), updated live.

The count is of phones that joined, not of the meeting's participants: an anonymous
contribution stores no author, so the laptop cannot tell which participant sent what, and a
phone is not a person (a reload in another browser is a second phone; someone without a phone
is none). Counting phones says exactly what is known; the roster's size is shown beside it, as
context, when the meeting has participants.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from facilitator.room.session import Room

translate = QCoreApplication.translate
EVERY_MS = 500


def progress_lines(room: Room, roster: int) -> list[str]:
    counts = room.counts()
    joined = counts["joined"]
    if roster:
        lines = [translate("Room", "Phones joined: {joined} ({roster} on the roster)").format(
            joined=joined, roster=roster)]
    else:
        lines = [translate("Room", "Phones joined: {joined}").format(joined=joined)]
    a = room.activities
    for on, kind, text in (
            (a.ideas, "idea", translate("Room", "{done} of {joined} have added an idea")),
            (a.dots, "dot", translate("Room", "{done} of {joined} have voted")),
            (a.ratings, "rate", translate("Room", "{done} of {joined} have rated")),
            (a.sheet, "sheet", translate("Room", "{done} of {joined} have filled a worksheet"))):
        if on:
            lines.append(text.format(done=counts[kind], joined=joined))
    return lines


def elsewhere_lines(room: Room, on_screen: set[str]) -> list[str]:
    """What phones work on that is not on screen (the facilitator moved to another item, or
    started a new meeting, which opens at its first item), and how many of their ideas wait
    for approval there: the screening queue shows the waiting ideas of the item on screen only,
    so without this line they would wait unseen."""
    from facilitator.services.errors import ServiceError
    from facilitator.services.screening import waiting_count

    a = room.activities
    lines = []
    for block_id in dict.fromkeys((a.ideas, a.dots, a.ratings, a.sheet)):
        if not block_id or block_id in on_screen:
            continue
        found = next(((number, b) for number, item in enumerate(room.ws.shown.agenda, 1)
                      for b in item.blocks if b.id == block_id), None)
        if found is None:
            continue
        number, block = found
        # Short (the strip stays one height as the facilitator moves between items): the item's
        # number and the board's title, which the room can also see on the phones.
        lines.append(translate("Room", "Phones: item {item}, “{board}” (not on screen)").format(
            item=number, board=block.title))
        if block_id == a.ideas and a.screened:
            try:
                waiting = waiting_count(room.ws, block_id)
            except ServiceError:
                waiting = 0
            if waiting:
                lines.append(translate("Room", "Ideas waiting for approval there: {n}. Go to "
                                               "that item to approve them.").format(n=waiting))
    return lines


class RoomPanel(QWidget):
    def __init__(self, room: Room, address: str, roster: Callable[[], int],
                 parent: QWidget | None = None,
                 on_screen: Callable[[], set[str]] | None = None) -> None:
        super().__init__(parent)
        self._on_screen = on_screen
        self.setObjectName("roomPanel")
        self.setAccessibleName(translate("Room", "The room"))
        self.room, self._roster = room, roster
        # One low strip under the window (where, who, what to do), so that the agenda, the
        # worksheet and the side column keep their room on a 1366x768 laptop.
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 2, 8, 2)
        where = QVBoxLayout()
        heading = QLabel(translate("Room", "The room is open"))
        heading.setStyleSheet("font-weight: 700;")
        where.addWidget(heading)
        self.address = QLabel(address)
        self.address.setObjectName("roomAddress")
        self.address.setTextFormat(Qt.TextFormat.PlainText)
        self.address.setAccessibleName(translate("Room", "Join address"))
        self.address.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse |
                                             Qt.TextInteractionFlag.TextSelectableByKeyboard)
        where.addWidget(self.address)
        layout.addLayout(where)
        layout.addSpacing(24)
        self.progress = QLabel()
        self.progress.setObjectName("roomProgress")
        self.progress.setAccessibleName(translate("Room", "Phones joined and contributions"))
        layout.addWidget(self.progress, 1)
        self.elsewhere = QLabel()
        self.elsewhere.setObjectName("roomElsewhere")
        self.elsewhere.setTextFormat(Qt.TextFormat.PlainText)   # titles are data
        self.elsewhere.setWordWrap(False)   # one line each: the strip keeps its height
        self.elsewhere.setStyleSheet("font-weight: 700;")
        self.elsewhere.setAccessibleName(translate("Room", "Not on screen"))
        self.elsewhere.setVisible(False)
        layout.addWidget(self.elsewhere, 2)
        self.show_code = QPushButton()
        self.show_code.setObjectName("roomShowCode")
        layout.addWidget(self.show_code)
        self.close_button = QPushButton(translate("Room", "Close the room"))
        self.close_button.setObjectName("roomClose")
        layout.addWidget(self.close_button)
        self._timer = QTimer(self)
        self._timer.setInterval(EVERY_MS)
        self._timer.timeout.connect(self.refresh)
        self._timer.start()
        self.refresh()

    def refresh(self) -> None:
        text = "\n".join(progress_lines(self.room, self._roster()))
        if self.progress.text() != text:
            self.progress.setText(text)
        away = "\n".join(elsewhere_lines(self.room, self._on_screen())) \
            if self._on_screen is not None else ""
        if self.elsewhere.text() != away:
            self.elsewhere.setText(away)
            self.elsewhere.setVisible(bool(away))

    def stop(self) -> None:
        self._timer.stop()
