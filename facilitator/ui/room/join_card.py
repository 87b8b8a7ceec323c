"""On the projector: the QR code of the join address, big enough to scan from the back of the
room, the address in text beside it, and what phones may do now."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from facilitator.room.session import Activities
from facilitator.ui.room.qr import QrCode

translate = QCoreApplication.translate
QR_SHARE = 0.46   # of the projector's height: a 1080p screen gives a 496-pixel code


def invitation(activities: Activities) -> str:
    """What the room is asked to do, in one line."""
    if activities.ideas and (activities.dots or activities.ratings):
        return translate("Room", "Add your ideas and vote from your phone")
    if activities.ideas:
        return translate("Room", "Add your ideas from your phone")
    if activities.dots:
        return translate("Room", "Vote with your dots from your phone")
    if activities.sheet and not activities.ratings:
        return translate("Room", "Fill in your own worksheet from your phone")
    return translate("Room", "Rate the ideas from your phone")


class JoinCard(QFrame):
    def __init__(self, address: str, activities: Activities,
                 parent: QWidget | None = None, network: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("roomJoinCard")
        self.setAccessibleName(translate("Room", "How to join from a phone"))
        self.setStyleSheet("QFrame#roomJoinCard { background: white; border-radius: 12px; }"
                           "QLabel { color: #111; background: transparent; }")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.setSpacing(40)
        self.qr = QrCode(address)
        layout.addWidget(self.qr, 0, Qt.AlignmentFlag.AlignVCenter)
        words = QVBoxLayout()
        self.activity = QLabel(invitation(activities))
        self.activity.setObjectName("roomJoinActivity")
        self.activity.setWordWrap(True)
        self.activity.setAccessibleName(translate("Room", "What phones may do"))
        self.how = QLabel(translate("Room", "Scan the code with your phone's camera, or open:"))
        self.how.setObjectName("roomJoinHow")
        self.how.setWordWrap(True)
        self.address = QLabel(address)
        self.address.setObjectName("roomJoinAddress")
        self.address.setTextFormat(Qt.TextFormat.PlainText)
        self.address.setWordWrap(True)
        self.address.setAccessibleName(translate("Room", "Join address"))
        self.network = QLabel(translate("Room", "Wi-Fi: {name}").format(name=network))
        self.network.setObjectName("roomJoinNetwork")
        self.network.setTextFormat(Qt.TextFormat.PlainText)   # typed by the facilitator: data
        self.network.setWordWrap(True)
        self.network.setVisible(bool(network))
        words.addStretch(1)
        for label in (self.activity, self.network, self.how, self.address):
            words.addWidget(label)
        words.addStretch(1)
        layout.addLayout(words, 1)
        self.fit(1080)

    def set_activities(self, activities: Activities) -> None:
        self.activity.setText(invitation(activities))

    def fit(self, screen_height: int) -> None:
        """Sizes for a projector this tall: the code a fixed share of it, the words after."""
        side = max(160, int(screen_height * QR_SHARE))
        self.qr.setFixedSize(side, side)
        big, mid = max(18, screen_height // 18), max(14, screen_height // 30)
        self.activity.setStyleSheet(f"font-size: {big}px; font-weight: 700;")
        self.how.setStyleSheet(f"font-size: {mid}px;")
        self.network.setStyleSheet(f"font-size: {mid}px; font-weight: 700;")
        # The address is typed by whoever cannot scan: large, and in a face that tells l from 1.
        self.address.setStyleSheet(f"font-size: {mid}px; font-family: monospace; "
                                   "font-weight: 600;")
