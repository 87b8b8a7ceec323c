"""The screening queue on the laptop: ideas sent from phones that wait for the facilitator
before they reach the board and the projector (room mode, services.screening).

Shown in the side column while the current item has a brainstorm with ideas waiting: "Waiting
for approval (3)", Approve all, and each idea with Approve and Decline. Keyboard: Tab reaches
every button; on a waiting idea's button, A approves it and D (or Delete) declines it, keys that
only ever act here (no text is typed in the queue), so they never take typing from a field.
Each decision is an undo step. The queue follows the hub: a phone's idea, an approval or an
undo updates it at once, row by row, so the focus stays on the idea it was on.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeyEvent, QUndoStack
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from facilitator.domain.snapshot import Idea
from facilitator.domain.template import AgendaItem, IdeasBlock
from facilitator.services import screening
from facilitator.services.changes import Changed, ChangeKind
from facilitator.services.errors import ServiceError
from facilitator.services.workshop import Workshop
from facilitator.ui.kit.hub import ChangeHub
from facilitator.ui.run.screening_commands import DeclineIdea, approve_all, approve_one

translate = QCoreApplication.translate
ROW = "waiting:{}"   # object name of an idea's row


class WaitingRow(QFrame):
    def __init__(self, block: IdeasBlock, idea: Idea, *, show_board: bool) -> None:
        super().__init__()
        self.block_id, self.idea_id, self.text = block.id, idea.id, idea.text
        self.setObjectName(ROW.format(idea.id))
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        category = next((c.label for c in block.categories if c.id == idea.category), "")
        where = f"{block.title} · {category}" if show_board else category
        label = QLabel(idea.text)
        label.setTextFormat(Qt.TextFormat.PlainText)   # a phone's text is data, never markup
        label.setWordWrap(True)
        label.setAccessibleName(idea.text)
        label.setAccessibleDescription(where)
        layout.addWidget(label)
        if where:
            place = QLabel(where)
            place.setTextFormat(Qt.TextFormat.PlainText)
            place.setObjectName("waitingPlace")
            place.setStyleSheet("font-style: italic;")   # colour alone would be too faint
            layout.addWidget(place)
        buttons = QHBoxLayout()
        self.approve = QPushButton(translate("Screening", "Approve"))
        self.approve.setAccessibleName(translate("Screening", "Approve: %1").replace(
            "%1", idea.text))
        self.approve.setToolTip(translate("Screening", "Show it on the board and the "
                                          "projector (A)"))
        self.decline = QPushButton(translate("Screening", "Decline"))
        self.decline.setAccessibleName(translate("Screening", "Decline: %1").replace(
            "%1", idea.text))
        self.decline.setToolTip(translate("Screening", "Delete it: the room never sees it "
                                          "(D; Undo brings it back)"))
        buttons.addWidget(self.approve)
        buttons.addWidget(self.decline)
        layout.addLayout(buttons)


class ScreeningQueue(QFrame):
    def __init__(self, ws: Workshop, hub: ChangeHub, undo: QUndoStack) -> None:
        super().__init__()
        self.setObjectName("screeningQueue")
        self.ws, self.hub, self.undo = ws, hub, undo
        self.boards: list[IdeasBlock] = []
        self.meeting_id = 0
        self.rows: dict[int, WaitingRow] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        self.heading = QLabel()
        self.heading.setObjectName("sectionHeading")
        layout.addWidget(self.heading)
        self.approve_all = QPushButton(translate("Screening", "Approve all"))
        self.approve_all.setAccessibleName(translate("Screening", "Approve all waiting ideas"))
        self.approve_all.setToolTip(translate("Screening", "Show every waiting idea on the "
                                              "board and the projector"))
        self.approve_all.clicked.connect(self._approve_all)
        layout.addWidget(self.approve_all)
        self.list = QWidget()
        self.list.setObjectName("waitingIdeas")
        self.list_layout = QVBoxLayout(self.list)
        self.list_layout.setContentsMargins(0, 0, 0, 0)
        self.list_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setMaximumHeight(280)
        scroll.setWidget(self.list)
        scroll.setAccessibleName(translate("Screening", "Ideas waiting for approval"))
        self.scroll = scroll
        layout.addWidget(scroll)
        self.setVisible(False)
        hub.changed.connect(self._on_changed)

    # What it shows ----------------------------------------------------------------------------
    def show_item(self, item: AgendaItem, meeting_id: int) -> None:
        self.boards = [b for b in item.blocks if isinstance(b, IdeasBlock)]
        self.meeting_id = meeting_id
        for row in list(self.rows.values()):
            self._drop(row)
        self.refresh()

    def waiting(self) -> list[tuple[IdeasBlock, Idea]]:
        out = []
        for block in self.boards:
            try:
                found = screening.pending_ideas(self.ws, block.id, meeting=self.meeting_id)
            except ServiceError as exc:
                self.hub.failed.emit(str(exc))
                found = []
            out.extend((block, idea) for idea in found)
        return out

    def refresh(self) -> None:
        """Rows for the ideas waiting now: gone ones removed, new ones added at the end, the
        others (and the focus on them) left as they are."""
        waiting = self.waiting()
        ids = {idea.id for _block, idea in waiting}
        focused = self._focused_row()
        next_focus: WaitingRow | None = None
        if focused is not None and focused.idea_id not in ids:
            order = list(self.rows)
            at = order.index(focused.idea_id)
            after = [i for i in order[at + 1:] + order[:at][::-1] if i in ids]
            next_focus = self.rows[after[0]] if after else None
        for idea_id in [i for i in self.rows if i not in ids]:
            self._drop(self.rows.pop(idea_id))
        show_board = len(self.boards) > 1
        for block, idea in waiting:
            if idea.id not in self.rows:
                row = WaitingRow(block, idea, show_board=show_board)
                row.approve.clicked.connect(lambda _=False, r=row: self.approve(r))
                row.decline.clicked.connect(lambda _=False, r=row: self.decline(r))
                self.list_layout.insertWidget(self.list_layout.count() - 1, row)
                self.rows[idea.id] = row
        count = len(self.rows)
        text = translate("Screening", "Waiting for approval (%1)").replace("%1", str(count))
        self.heading.setText(text)
        self.heading.setAccessibleName(text)
        self.setAccessibleName(text)
        was_visible = self.isVisible()
        self.setVisible(count > 0)
        if focused is not None and focused.idea_id not in ids:
            if next_focus is not None:
                next_focus.approve.setFocus(Qt.FocusReason.OtherFocusReason)
            elif was_visible and count == 0:
                self.focusNextPrevChild(True)

    def _drop(self, row: WaitingRow) -> None:
        row.hide()
        row.setParent(None)
        row.deleteLater()

    def _focused_row(self) -> WaitingRow | None:
        for row in self.rows.values():
            if row.approve.hasFocus() or row.decline.hasFocus():
                return row
        return None

    def _on_changed(self, changed: Changed) -> None:
        if changed.what == ChangeKind.IDEAS and \
                any(b.id == changed.block_id for b in self.boards):
            self.refresh()

    # Decisions ---------------------------------------------------------------------------------
    def approve(self, row: WaitingRow) -> None:
        self.undo.push(approve_one(self.ws, self.hub, row.block_id, row.idea_id))

    def decline(self, row: WaitingRow) -> None:
        self.undo.push(DeclineIdea(self.ws, self.hub, row.idea_id))

    def _approve_all(self) -> None:
        boards = sorted({row.block_id for row in self.rows.values()})
        if boards:
            self.undo.push(approve_all(self.ws, self.hub, boards, self.meeting_id))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        row = self._focused_row()
        plain = event.modifiers() in (Qt.KeyboardModifier.NoModifier,
                                      Qt.KeyboardModifier.KeypadModifier)
        if row is not None and plain and event.key() == Qt.Key.Key_A:
            self.approve(row)
        elif row is not None and plain and event.key() in (Qt.Key.Key_D, Qt.Key.Key_Delete):
            self.decline(row)
        else:
            super().keyPressEvent(event)
