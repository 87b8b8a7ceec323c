"""The dot-vote results as the room sees them: every card with votes, most votes first.

Shown on the projector above the brainstorm board; it re-sorts as each vote is recorded (the
board refreshes from the hub), so the room watches the ranking form. Ties keep the order the
room said the ideas in.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from facilitator.domain.snapshot import Idea

MAX_DOTS = 12   # beyond this, the number says it (a row of 30 dots reads as noise)


def ranked(ideas: list[Idea]) -> list[Idea]:
    """Cards with votes, most first; ties in the order they were said."""
    return sorted((i for i in ideas if i.votes > 0), key=lambda i: (-i.votes, i.position, i.id))


class VoteResults(QWidget):
    def __init__(self, zoom: float, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.zoom = zoom
        self.setAccessibleName(QCoreApplication.translate("Ideas", "Dot-vote results, most votes "
                                                          "first"))
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 8)
        self.title = QLabel(QCoreApplication.translate("Ideas", "Votes so far"))
        self.title.setStyleSheet(f"font-weight:bold; font-size:{round(15 * zoom)}px")
        outer.addWidget(self.title)
        self.rows = QGridLayout()
        self.rows.setHorizontalSpacing(round(10 * zoom))
        self.rows.setColumnStretch(2, 1)
        outer.addLayout(self.rows)
        self._shown: list[tuple[str, int]] = []

    def set_ideas(self, ideas: list[Idea]) -> None:
        order = [(i.text, i.votes) for i in ranked(ideas)]
        self.setVisible(bool(order))
        if order == self._shown:
            return
        self._shown = order
        while self.rows.count():
            item = self.rows.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        size = f"font-size:{round(13 * self.zoom)}px"
        for row, (text, votes) in enumerate(order):
            count = QLabel(str(votes))
            count.setStyleSheet(f"{size}; font-weight:bold")
            count.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            dots = QLabel("●" * min(votes, MAX_DOTS) + ("…" if votes > MAX_DOTS else ""))
            dots.setStyleSheet(f"{size}; color:#0072B2")
            label = QLabel(html.escape(text))
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setWordWrap(True)
            label.setStyleSheet(size)
            label.setAccessibleName((QCoreApplication.translate("Ideas", "{card}: {count} vote")
                                     if votes == 1 else QCoreApplication.translate(
                                         "Ideas", "{card}: {count} votes")).format(
                                             card=text, count=votes))
            self.rows.addWidget(count, row, 0)
            self.rows.addWidget(dots, row, 1)
            self.rows.addWidget(label, row, 2)

    def ranking(self) -> list[tuple[str, int]]:
        """What the room reads, top to bottom: (card, votes)."""
        return list(self._shown)
