"""The `ideas` worksheet: a brainstorm board of cards by category and lane, with dot voting.

Keyboard first: type in a lane's "Add a card" box and press Enter, and the box is ready for the
next card. On a card: F2 edits, Space marks "consider exploring further", + / - add or take a
vote, Alt+arrows move it to the next lane or category, Delete removes it. The tally table
below the board takes the room's dot counts by typing (Enter moves down).

Votes are held to the budget (services/vote_rules.py): with "Votes from" set to a person, + and
- give and take back that person's dots, and a vote over their dots is refused in one line;
counts typed or added for "the wall" are held to the room's total. On the projector, the
results sit above the board, most votes first, re-sorted as each vote comes in.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QAction, QIcon, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from facilitator.domain.snapshot import Idea, Participant
from facilitator.domain.template import IdeasBlock, Option
from facilitator.services import ideas, people, votes
from facilitator.services.changes import Changed, ChangeKind
from facilitator.services.errors import ServiceError
from facilitator.ui.kit.save_error_bar import clear_if_still
from facilitator.ui.kit.submit_line import SubmitLineEdit
from facilitator.ui.kit.typing_guard import escape_to
from facilitator.ui.worksheets.ideas.commands import (
    AddIdea,
    CastVote,
    RemoveIdea,
    SetVotesPerPerson,
    UpdateIdea,
)
from facilitator.ui.worksheets.ideas.results import VoteResults
from facilitator.ui.worksheets.ideas.tally_model import COL_VOTES, TallyModel
from facilitator.ui.worksheets.kit.context import BlockContext
from facilitator.ui.worksheets.kit.editors import CellDelegate
from facilitator.ui.worksheets.kit.worksheet_style import apply_style, heading, note
from facilitator.ui.worksheets.kit.worksheet_view import WorksheetView

IdeaRole = Qt.ItemDataRole.UserRole + 10
ANONYMOUS = QT_TRANSLATE_NOOP("Ideas", "a participant")   # translated where shown
THE_WALL = QT_TRANSLATE_NOOP("Ideas", "the wall (counted)")
translate = QCoreApplication.translate
NO_LANE = Option("", "")


def card_order(idea: Idea) -> tuple[int, int, int]:
    """Most votes first; ties keep the order the room said them in."""
    return (-idea.votes, idea.position, idea.id)


class CardDelegate(QStyledItemDelegate):
    """Shows votes and author beside the card text; editing sees only the text."""

    def __init__(self, board: IdeasBoard) -> None:
        super().__init__(board)
        self.board = board

    def initStyleOption(self, option: QStyleOptionViewItem,
                        index: QModelIndex | QPersistentModelIndex) -> None:
        super().initStyleOption(option, index)
        idea: Idea | None = index.data(IdeaRole)
        if idea is not None:
            option.text = self.board.card_label(idea)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter saves the card at once (Qt would do it on a later turn of the event loop)."""
        if isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress and \
                event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and \
                isinstance(watched, QWidget):
            self.commitData.emit(watched)
            self.closeEditor.emit(watched, QAbstractItemDelegate.EndEditHint.NoHint)
            return True
        return super().eventFilter(watched, event)


class LaneList(QListWidget):
    """The cards of one category in one lane."""

    def __init__(self, board: IdeasBoard, category: Option, lane: Option) -> None:
        super().__init__()
        self.board, self.category, self.lane = board, category, lane
        self.setWordWrap(True)
        self.setItemDelegate(CardDelegate(board))
        self.setSpacing(2)
        self.setLayoutMode(QListWidget.LayoutMode.Batched)
        self.setBatchSize(40)
        name = f"{category.label} / {lane.label}" if lane.label else category.label
        self.setAccessibleName(translate("Ideas", "Cards: {place}").format(place=name))
        self.setAccessibleDescription(translate(
            "Ideas", "F2 edits the card; + or - adds or takes a vote; Space: consider exploring "
            "further; Alt+arrows move it to another lane or category; Delete removes it"))
        self.setMinimumHeight(90)
        if board.ctx.readonly:
            self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        else:
            self.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                 | QAbstractItemView.EditTrigger.EditKeyPressed)
            self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            self.customContextMenuRequested.connect(lambda pos: board.card_menu(self, pos))
        self.itemChanged.connect(lambda item: board.item_changed(item))
        self.currentItemChanged.connect(lambda *_: setattr(board, "last_lane", self))

    def current_idea(self) -> Idea | None:
        item = self.currentItem()
        return item.data(IdeaRole) if item is not None else None

    def keyPressEvent(self, event: QKeyEvent) -> None:
        idea = self.current_idea()
        if idea is None or self.board.ctx.readonly or self.state() == \
                QAbstractItemView.State.EditingState:
            super().keyPressEvent(event)
            return
        # Alt+arrows, as rows and themes move; Ctrl+arrows belong to the agenda and timer.
        key, alt = event.key(), event.modifiers() & Qt.KeyboardModifier.AltModifier
        if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.board.remove(idea)
        elif key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.board.add_vote(idea, 1)
        elif key in (Qt.Key.Key_Minus, Qt.Key.Key_Underscore):
            self.board.add_vote(idea, -1)
        elif alt and key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            self.board.step(idea, lanes=-1 if key == Qt.Key.Key_Left else 1)
        elif alt and key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.board.step(idea, categories=-1 if key == Qt.Key.Key_Up else 1)
        else:
            super().keyPressEvent(event)


class IdeasBoard(QWidget):
    def __init__(self, ctx: BlockContext, block: IdeasBlock) -> None:
        super().__init__()
        self.ctx, self.block = ctx, block
        self.participants: list[Participant] = people.read_participants(ctx.ws)
        self.ideas: list[Idea] = []
        self.lists: dict[tuple[str, str], LaneList] = {}
        self.add_boxes: dict[tuple[str, str], SubmitLineEdit] = {}
        self.lanes = list(block.lanes) or [NO_LANE]
        self._filling = False
        self.vote_buttons: list[QPushButton] = []
        self.last_lane: LaneList | None = None  # where the facilitator last picked a card

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading(block.title, ctx.zoom, ctx.readonly))
        if block.instructions:
            layout.addWidget(note(block.instructions))
        self.results = VoteResults(ctx.zoom, self)
        self.results.setVisible(False)
        if ctx.readonly:   # the room sees the ranking first (the laptop has the tally table)
            layout.addWidget(self.results)
        layout.addLayout(self._toolbar())
        layout.addLayout(self._grid())
        self.tally_model = TallyModel(ctx, block)
        self.tally = WorksheetView(self, readonly=ctx.readonly)
        self.tally.setModel(self.tally_model)
        self.tally.setItemDelegate(CellDelegate(self.tally, lambda: []))
        self.tally.setAccessibleName(translate("Ideas", "Dot-vote tally: {worksheet}").format(
            worksheet=block.title))
        self.tally.horizontalHeader().setStretchLastSection(False)
        self.tally.horizontalHeader().setSectionResizeMode(
            0, self.tally.horizontalHeader().ResizeMode.Stretch)
        self.tally_label = QLabel(translate("Ideas", "Dot-vote tally: type each card's votes, "
                                            "Enter for the next"))
        self.tally_label.setBuddy(self.tally)
        layout.addWidget(self.tally_label)
        layout.addWidget(self.tally)
        layout.addStretch(1)
        apply_style(self, ctx.zoom, ctx.readonly)
        ctx.hub.changed.connect(self._on_changed)
        self.reload()

    # --- building ------------------------------------------------------------------------
    def _toolbar(self) -> QHBoxLayout:
        row = QHBoxLayout()
        # Owned by the board (so freed with it) even on the projector, where they stay hidden.
        self.author = QComboBox(self)
        self.author.setAccessibleName(translate("Ideas", "Captured from"))
        self.author.setAccessibleDescription(translate("Ideas", "Who said the next cards added"))
        self.votes_spin = QSpinBox(self)
        self.votes_spin.setRange(0, votes.MAX_VOTES_PER_PERSON)
        self.votes_spin.setAccessibleName(translate("Ideas", "Votes per person"))
        self.votes_spin.setToolTip(translate("Ideas", "Dots each person may place (0: no dot "
                                             "voting)"))
        self.votes_spin.editingFinished.connect(self._votes_per_person_entered)
        self.voter = QComboBox(self)
        self.voter.setAccessibleName(translate("Ideas", "Votes from"))
        self.voter.setToolTip(translate("Ideas", "Whose dots + and - give and take back (each "
                                        "person has the votes per person); “the wall” for "
                                        "counts read off the wall"))
        self.voter.currentIndexChanged.connect(lambda _: self._show_summary())
        self.voter_label = QLabel(translate("Ideas", "Votes from:"), self)
        self.voter_label.setBuddy(self.voter)
        self.summary = QLabel(self)
        self._tally: votes.Tally | None = None
        if self.ctx.readonly:
            for widget in (self.author, self.votes_spin, self.voter, self.voter_label):
                widget.hide()
        else:
            author_label = QLabel(translate("Ideas", "Captured from:"))
            author_label.setBuddy(self.author)
            row.addWidget(author_label)
            row.addWidget(self.author)
            self._fill_authors()
            votes_label = QLabel(translate("Ideas", "Votes per person:"))
            votes_label.setBuddy(self.votes_spin)
            row.addWidget(votes_label)
            row.addWidget(self.votes_spin)
            row.addWidget(self.voter_label)
            row.addWidget(self.voter)
            for text, step, tip in ((translate("Ideas", "+1 vote"), 1,
                                     translate("Ideas", "Add a vote to the selected card (+)")),
                                    (translate("Ideas", "-1 vote"), -1,
                                     translate("Ideas", "Take a vote from the selected card "
                                               "(-)"))):
                button = QPushButton(text)
                button.setAccessibleName(tip)
                button.setToolTip(tip)
                button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the card keeps the focus
                button.clicked.connect(lambda _=False, n=step: self.vote_on_selected(n))
                row.addWidget(button)
                self.vote_buttons.append(button)
        row.addWidget(self.summary)
        row.addStretch(1)
        return row

    def _fill_authors(self) -> None:
        for box, nobody in ((self.author, ANONYMOUS), (self.voter, THE_WALL)):
            chosen = box.currentData()
            box.blockSignals(True)
            box.clear()
            box.addItem(translate("Ideas", nobody), None)
            for person in self.participants:
                box.addItem(person.name, person.id)
            box.setCurrentIndex(max(0, box.findData(chosen)))
            box.blockSignals(False)

    def _grid(self) -> QGridLayout:
        grid = QGridLayout()
        for col, lane in enumerate(self.lanes, start=1):
            if lane.label:
                grid.addWidget(heading(lane.label, self.ctx.zoom, self.ctx.readonly, scale=1.0),
                               0, col)
        for row, category in enumerate(self.block.categories, start=1):
            grid.addWidget(heading(category.label, self.ctx.zoom, self.ctx.readonly, scale=1.0),
                           row, 0, Qt.AlignmentFlag.AlignTop)
            for col, lane in enumerate(self.lanes, start=1):
                cell = QVBoxLayout()
                cards = LaneList(self, category, lane)
                self.lists[(category.id, lane.id)] = cards
                cell.addWidget(cards)
                if not self.ctx.readonly:
                    box = SubmitLineEdit()
                    box.setPlaceholderText(translate("Ideas", "Add a card… (Enter)"))
                    where = f"{category.label} / {lane.label}" if lane.label else category.label
                    box.setAccessibleName(translate("Ideas", "Add a card to {place}").format(
                        place=where))
                    box.setAccessibleDescription(translate("Ideas", "Enter adds the card; Esc "
                                                           "goes to the cards"))
                    box.returnPressed.connect(
                        lambda c=category.id, ln=lane.id: self.add_from_box(c, ln))
                    self.add_boxes[(category.id, lane.id)] = box
                    escape_to(box, cards)  # Esc leaves the box for its cards
                    cell.addWidget(box)
                grid.addLayout(cell, row, col)
            grid.setRowStretch(row, 1)
        for col in range(1, len(self.lanes) + 1):
            grid.setColumnStretch(col, 1)
        return grid

    # --- showing -------------------------------------------------------------------------
    def card_label(self, idea: Idea) -> str:
        parts = [idea.text]
        if idea.votes:
            dots = "●" * min(idea.votes, 10)
            parts.append(f"{dots} {idea.votes}")
        if idea.author_id is not None and not self.ctx.readonly:
            person = next((p for p in self.participants if p.id == idea.author_id), None)
            if person is not None:
                parts.append(f"({person.name})")
        return "   ".join(parts)

    def reload(self, *, rebuild: bool = False) -> None:
        """Show what the file holds. Each lane is brought up to date item by item (new cards
        inserted, changed ones updated, gone ones removed, the rest left alone): forty phones
        add a card a second to a board of hundreds, and clearing and refilling every list for
        each left the window no time to draw. `rebuild` refills them (the authors' names
        changed)."""
        try:
            self.ideas = ideas.read_ideas(self.ctx.ws, self.block.id, meeting=self.ctx.meeting_id)
            self._tally = votes.tally(self.ctx.ws, self.block.id, meeting=self.ctx.meeting_id)
            per_person = self._tally.votes_per_person
        except ServiceError as exc:
            self.ctx.hub.failed.emit(str(exc))
            return
        current = self._current_card()
        self._filling = True
        try:
            for (category, lane), cards in self.lists.items():
                if rebuild:
                    cards.clear()
                self._fill(cards, sorted((i for i in self.ideas if i.category == category and
                                          (i.lane == lane or not lane)), key=card_order))
        finally:
            self._filling = False
        self.votes_spin.blockSignals(True)
        self.votes_spin.setValue(per_person)
        self.votes_spin.blockSignals(False)
        voting = per_person > 0
        self.tally_model.set_ideas(self.ideas)
        if self.ctx.readonly:
            self.results.set_ideas(self.ideas)
        self.tally.setVisible(voting and not self.ctx.readonly)
        self.tally_label.setVisible(voting and not self.ctx.readonly)
        self._show_summary()
        for button in self.vote_buttons:
            button.setVisible(voting)
        self.voter.setVisible(voting and not self.ctx.readonly)
        self.voter_label.setVisible(voting and not self.ctx.readonly)
        if current is not None:
            self.select_card(current)

    def _fill(self, cards: LaneList, wanted: list[Idea]) -> None:
        """`cards` shows `wanted`, top to bottom, keeping the items that are already there."""
        rows = {cards.item(row).data(IdeaRole).id: cards.item(row) for row in
                range(cards.count())}
        for row, idea in enumerate(wanted):
            item = cards.item(row)
            if item is None or item.data(IdeaRole).id != idea.id:
                moved = rows.get(idea.id)
                if moved is None:
                    item = QListWidgetItem()
                    self._show_card(item, idea)
                    cards.insertItem(row, item)
                    continue
                item = cards.takeItem(cards.row(moved))
                cards.insertItem(row, item)
            if item.data(IdeaRole) != idea or item.text() != idea.text or \
                    self._ticked(item) != idea.explore:   # (a card emptied: its text back)
                self._show_card(item, idea)
        while cards.count() > len(wanted):
            cards.takeItem(cards.count() - 1)

    def _ticked(self, item: QListWidgetItem) -> bool:
        if self.ctx.readonly:
            return item.data(IdeaRole).explore
        return item.checkState() == Qt.CheckState.Checked

    def _show_card(self, item: QListWidgetItem, idea: Idea) -> None:
        item.setText(idea.text)
        item.setData(IdeaRole, idea)
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not self.ctx.readonly:
            flags |= Qt.ItemFlag.ItemIsEditable | Qt.ItemFlag.ItemIsUserCheckable
            item.setCheckState(Qt.CheckState.Checked if idea.explore else Qt.CheckState.Unchecked)
        elif idea.explore:
            item.setIcon(self.style().standardIcon(
                self.style().StandardPixmap.SP_DialogApplyButton))
        else:
            item.setIcon(QIcon())
        item.setFlags(flags)
        item.setToolTip(translate("Ideas", "Ticked: consider exploring further (goes to the "
                                  "grid)"))

    def _show_summary(self) -> None:
        """'3 votes per person · 5 of 6 votes recorded · Ana Núñez: 1 left'."""
        tally = self._tally
        if tally is None or not tally.votes_per_person:
            self.summary.setText("")
            return
        recorded = sum(i.votes for i in self.ideas)
        text = translate("Ideas", "{per_person} votes per person · {recorded} of {total} votes "
                         "recorded").format(per_person=tally.votes_per_person, recorded=recorded,
                                            total=tally.votes_per_person * len(self.participants))
        voter = self.voter.currentData()
        if voter is not None and not self.ctx.readonly:
            text += translate("Ideas", " · {voter}: {count} left").format(
                voter=self.voter.currentText(), count=tally.left(voter))
        self.summary.setText(text)

    def _current_card(self) -> int | None:
        for cards in self.lists.values():
            if cards.hasFocus():
                idea = cards.current_idea()
                return idea.id if idea else None
        return None

    def select_card(self, idea_id: int) -> None:
        for cards in self.lists.values():
            for row in range(cards.count()):
                idea = cards.item(row).data(IdeaRole)
                if idea.id == idea_id:
                    cards.setCurrentRow(row)
                    cards.setFocus()
                    return

    def _on_changed(self, changed: Changed) -> None:
        if changed.what == ChangeKind.PARTICIPANTS:
            self.participants = people.read_participants(self.ctx.ws)
            if not self.ctx.readonly:
                self._fill_authors()
            self.reload(rebuild=True)
        elif changed.block_id == self.block.id:
            self.reload()

    # --- editing -------------------------------------------------------------------------
    def add_from_box(self, category: str, lane: str) -> None:
        box = self.add_boxes[(category, lane)]
        text = box.text().strip()
        if not text:
            return
        command = AddIdea(self.ctx.ws, self.ctx.hub, self.block.id, self.ctx.meeting_id, text,
                          category, lane, self.author.currentData())
        command.settle = lambda: clear_if_still(box, text)
        self.ctx.undo.push(command)
        if command.failed:  # the box keeps the text: Retry (or Return again) adds the card
            return
        box.take_text()  # empty, with no typing history: Ctrl+Z now undoes the card
        box.setFocus()  # ready for the next card

    def item_changed(self, item: QListWidgetItem) -> None:
        if self._filling:
            return
        idea: Idea = item.data(IdeaRole)
        new: dict[str, Any] = {}
        text = item.text().strip()
        if text != idea.text:
            if not text:  # an emptied card is not a card: put the text back
                self.reload()
                return
            new["text"] = text
        explore = item.checkState() == Qt.CheckState.Checked
        if explore != idea.explore:
            new["explore"] = explore
        if new:
            self.update_card(idea, new, translate("Ideas", "Mark for exploring")
                             if "explore" in new else translate("Ideas", "Edit card"))

    def update_card(self, idea: Idea, new: dict[str, Any], text: str = "") -> None:
        old = {name: getattr(idea, name) for name in new}
        self.ctx.undo.push(UpdateIdea(self.ctx.ws, self.ctx.hub, idea.id, new, old, text))
        self.select_card(idea.id)

    def remove(self, idea: Idea) -> None:
        self.ctx.undo.push(RemoveIdea(self.ctx.ws, self.ctx.hub, self.block.id, idea.id))

    def add_vote(self, idea: Idea, step: int) -> None:
        """A dot from the person in "Votes from" (held to their dots), or from the wall."""
        voter = self.voter.currentData()
        if voter is not None:
            self.ctx.undo.push(CastVote(self.ctx.ws, self.ctx.hub, idea.id, voter, step,
                                        self.voter.currentText()))
            self.select_card(idea.id)
        elif idea.votes + step >= 0:
            self.update_card(idea, {"votes": idea.votes + step}, translate("Ideas", "Record votes"))

    def vote_on_selected(self, step: int) -> None:
        """The +1 / -1 buttons: count dots by clicking, card after card."""
        idea = self.last_lane.current_idea() if self.last_lane is not None else None
        if idea is None:
            self.ctx.hub.failed.emit(translate("Ideas", "Select a card first, then click +1 vote"))
            return
        self.add_vote(idea, step)

    def move_to(self, idea: Idea, category: str, lane: str) -> None:
        if (category, lane) != (idea.category, idea.lane):
            self.update_card(idea, {"category": category, "lane": lane},
                             translate("Ideas", "Move card"))

    def step(self, idea: Idea, *, lanes: int = 0, categories: int = 0) -> None:
        lane_ids = [lane.id for lane in self.lanes]
        category_ids = [c.id for c in self.block.categories]
        lane = lane_ids[(lane_ids.index(idea.lane) + lanes) % len(lane_ids)] \
            if idea.lane in lane_ids else lane_ids[0]
        category = category_ids[(category_ids.index(idea.category) + categories)
                                % len(category_ids)]
        self.move_to(idea, category, lane)

    def _votes_per_person_entered(self) -> None:
        old = votes.votes_per_person(self.ctx.ws, self.block.id, meeting=self.ctx.meeting_id)
        new = self.votes_spin.value()
        if new != old:
            command = SetVotesPerPerson(self.ctx.ws, self.ctx.hub, self.block.id,
                                        self.ctx.meeting_id, new, old)
            self.ctx.undo.push(command)
            if command.failed:   # refused (someone has used more): show what is stored
                self.reload()

    def card_menu(self, cards: LaneList, pos: Any) -> None:
        idea = cards.current_idea()
        if idea is None:
            return
        menu = QMenu(self)
        menu.addAction(translate("Ideas", "Edit text (F2)"),
                       lambda: cards.editItem(cards.currentItem()))
        menu.addAction(translate("Ideas", "Add a vote (+)"), lambda: self.add_vote(idea, 1))
        menu.addAction(translate("Ideas", "Take a vote away (-)"),
                       lambda: self.add_vote(idea, -1))
        explore = QAction(translate("Ideas", "Consider exploring further (Space)"), menu,
                          checkable=True)
        explore.setChecked(idea.explore)
        explore.triggered.connect(lambda on: self.update_card(idea, {"explore": on}))
        menu.addAction(explore)
        move = menu.addMenu(translate("Ideas", "Move to"))
        for category in self.block.categories:
            for lane in self.lanes:
                label = f"{category.label} / {lane.label}" if lane.label else category.label
                action = move.addAction(label, lambda c=category.id, ln=lane.id:
                                        self.move_to(idea, c, ln))
                action.setEnabled((category.id, lane.id) != (idea.category, idea.lane))
        who = menu.addMenu(translate("Ideas", "Captured from"))
        who.addAction(translate("Ideas", ANONYMOUS),
                      lambda: self.update_card(idea, {"author_id": None}))
        for person in self.participants:
            who.addAction(person.name, lambda p=person.id: self.update_card(idea, {"author_id": p}))
        menu.addSeparator()
        menu.addAction(translate("Ideas", "Delete card (Delete)"), lambda: self.remove(idea))
        menu.exec(cards.viewport().mapToGlobal(pos))

    # --- for tests and the main window ---------------------------------------------------
    def cards(self, category: str, lane: str = "") -> list[str]:
        """The card texts of one lane, top to bottom, as shown."""
        lane = lane or self.lanes[0].id
        cards = self.lists[(category, lane)]
        return [cards.item(i).data(IdeaRole).text for i in range(cards.count())]

    def tally_votes_column(self) -> int:
        return COL_VOTES


def create(ctx: BlockContext, block: IdeasBlock) -> QWidget:
    return IdeasBoard(ctx, block)
