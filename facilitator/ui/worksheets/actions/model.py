"""An action list as a Qt model: a thin adapter over `services.actions`, filtered and sorted.

It holds only what it last read. An edit pushes an `EditAction` command; the command's `Changed`
comes back on the hub and the model re-reads, so the screen shows what was committed.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from facilitator.domain.actions import (
    block_items,
    by_deadline,
    deadline_date,
    filter_actions,
    is_overdue,
    owner_name,
    owners,
    since_last_time,
)
from facilitator.domain.snapshot import Action, Participant
from facilitator.domain.template import ActionsBlock, Template
from facilitator.services import actions, people
from facilitator.ui.kit.local_dates import deadline_words
from facilitator.ui.worksheets.actions.commands import EditAction
from facilitator.ui.worksheets.kit.context import BlockContext
from facilitator.ui.worksheets.kit.stored_words import StoredWords
from facilitator.ui.worksheets.kit.unsaved import UnsavedValues

AnyIndex = QModelIndex | QPersistentModelIndex
translate = QCoreApplication.translate


def history_words(action: Action, words: StoredWords | None = None) -> str:
    """'meeting 1: not started; meeting 2: in progress' in the app's language (as
    domain.actions.history_text says it in English), statuses in the workshop's."""
    return "; ".join(translate("Actions", "meeting {number}: {status}").format(
        number=number, status=words.shown("status", status) if words else status)
        for number, status in action.history)


def origin_words(action: Action, template: Template, *, item_titles: bool = True) -> str:
    """Where the action came from (meeting, agenda item, card or idea) in the app's language,
    as domain.actions.origin_text says it in English."""
    parts = []
    if action.meeting_number is not None:
        parts.append(translate("Actions", "meeting {number}").format(number=action.meeting_number))
    items = block_items(template)
    if action.block_id in items:
        item = items[action.block_id]
        parts.append(translate("Actions", "item {number}: {title}").format(
            number=item + 1, title=template.agenda[item].title) if item_titles else
            translate("Actions", "item {number}").format(number=item + 1))
    source = action.source.strip()
    kind, _, rest = source.partition(":")
    if source == "example":
        parts.append(translate("Actions", "the template's example"))
    elif kind == "idea" and rest:
        parts.append(translate("Actions", "idea {number}").format(number=rest))
    elif kind in ("row", "example") and rest:
        parts.append(translate("Actions", "card {number}").format(number=rest))
    elif source:
        parts.append(source)
    return ", ".join(parts)
ActionIdRole = Qt.ItemDataRole.UserRole + 11
OVERDUE_TEXT = QColor("#a4000f")
OVERDUE_BACK = QColor("#fde3e3")
NO_PARENT = QModelIndex()


@dataclass(frozen=True)
class ActionColumn:
    key: str          # an Action field, or "origin"
    title: str        # the standard heading; what the user sees is `heading(block)`
    editable: bool = True

    def heading(self, block: ActionsBlock) -> str:
        """The heading shown for this column of `block`: the template's own label, if any."""
        return block.label(self.key, translate("Actions", self.title))


TEXT = ActionColumn("text", QT_TRANSLATE_NOOP("Actions", "Action"))
OWNER = ActionColumn("owner", QT_TRANSLATE_NOOP("Actions", "Owner"))
DEADLINE = ActionColumn("deadline", QT_TRANSLATE_NOOP("Actions", "Deadline"))
STATUS = ActionColumn("status", QT_TRANSLATE_NOOP("Actions", "Status"))
CATEGORY = ActionColumn("category", QT_TRANSLATE_NOOP("Actions", "Category"))
NOTES = ActionColumn("notes", QT_TRANSLATE_NOOP("Actions", "Notes"))
CREATED = ActionColumn("created", QT_TRANSLATE_NOOP("Actions", "Created"))
ORIGIN = ActionColumn("origin", QT_TRANSLATE_NOOP("Actions", "Came from"), editable=False)


def action_columns(block: ActionsBlock, readonly: bool) -> list[ActionColumn]:
    columns = [TEXT, OWNER, DEADLINE, STATUS]
    if block.categories:
        columns.append(CATEGORY)
    columns.append(NOTES)
    if not readonly:  # the projector shows what the room decides, not bookkeeping
        columns += [CREATED, ORIGIN]
    return columns


def normalised_date(text: str) -> str:
    """6/15/2026 and 6-15-2026 become 2026-06-15; free text ("Start of next school year") stays."""
    text = text.strip()
    due = deadline_date(text)
    return due.isoformat() if due is not None else text


class ActionsModel(QAbstractTableModel):
    def __init__(self, ctx: BlockContext, block: ActionsBlock,
                 today: Callable[[], date] = date.today) -> None:
        super().__init__()
        self.ctx, self.block, self.today = ctx, block, today
        self.words = StoredWords(ctx.ws, block)   # statuses shown in the workshop's language
        self.columns = action_columns(block, ctx.readonly)
        self.owner_filter = ""
        self.status_filter = ""
        self.sort_by_deadline = False
        self.review_meeting: int | None = None  # only what was carried into this meeting
        self.all: list[Action] = []
        self.rows: list[Action] = []
        self.unsaved = UnsavedValues(self, self._repaint)   # typed, not taken by the file
        self.participants: list[Participant] = []
        self.bold = QFont()  # the widget sets its (zoomed) font here
        self.bold.setBold(True)
        self.reload()

    # --- reading -------------------------------------------------------------------------
    @property
    def names(self) -> dict[int, str]:
        return {p.id: p.name for p in self.participants}

    def reload(self) -> None:
        """Re-read from the file. When the same rows stay in place (a cell edit) only repaint:
        a reset would close the editor that is committing right now."""
        participants = people.read_participants(self.ctx.ws)
        found = actions.read_actions(self.ctx.ws, self.block.id)
        shown = self._shown(found, participants)
        if [a.id for a in shown] == [a.id for a in self.rows] and self.rows:
            self.participants, self.all, self.rows = participants, found, shown
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self.rows) - 1, len(self.columns) - 1))
            self.layoutChanged.emit()  # lets the widget refresh its summary and filters
            return
        self.beginResetModel()
        self.participants, self.all, self.rows = participants, found, shown
        self.endResetModel()

    def set_filters(self, *, owner: str | None = None, status: str | None = None,
                    sort_by_deadline: bool | None = None) -> None:
        self.beginResetModel()
        if owner is not None:
            self.owner_filter = owner
        if status is not None:
            self.status_filter = status
        if sort_by_deadline is not None:
            self.sort_by_deadline = sort_by_deadline
        self._apply()
        self.endResetModel()

    def _apply(self) -> None:
        self.rows = self._shown(self.all, self.participants)

    def _shown(self, found: list[Action], participants: list[Participant]) -> list[Action]:
        names = {p.id: p.name for p in participants}
        if self.review_meeting is not None:
            found = since_last_time(found, self.review_meeting)
        shown = filter_actions(found, owner=self.owner_filter, status=self.status_filter,
                               names=names)
        return by_deadline(shown) if self.sort_by_deadline else shown

    @property
    def pool(self) -> list[Action]:
        """What the filters choose from: every action, or in review only the carried ones."""
        if self.review_meeting is None:
            return self.all
        return since_last_time(self.all, self.review_meeting)

    def owners(self) -> list[str]:
        return owners(self.pool, self.names)

    def overdue_count(self) -> int:
        today = self.today()
        return sum(1 for a in self.pool if is_overdue(a, today))

    def action_at(self, row: int) -> Action:
        return self.rows[row]

    def row_of(self, action_id: int) -> int:
        return next((i for i, a in enumerate(self.rows) if a.id == action_id), -1)

    # --- Qt model ------------------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: AnyIndex = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if orientation == Qt.Orientation.Horizontal:
                return self.columns[section].heading(self.block)
            return str(section + 1)
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not self.ctx.readonly and self.columns[index.column()].editable:
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    def column_value(self, action: Action, column: ActionColumn) -> str:
        if column is OWNER:
            return owner_name(action, self.names)
        if column is ORIGIN:  # short on screen; the tooltip names the agenda item
            return origin_words(action, self.ctx.ws.shown, item_titles=False)
        if column in (STATUS, CATEGORY):
            return self.words.shown(column.key, str(getattr(action, column.key)))
        return str(getattr(action, column.key))

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        action, column = self.rows[index.row()], self.columns[index.column()]
        overdue = is_overdue(action, self.today())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            value = self.unsaved.shown((action.id, column.key),
                                       self.column_value(action, column))
            if role == Qt.ItemDataRole.DisplayRole and column is DEADLINE:
                # Spelled out as on the handouts ("April 1, 2026"); edited as stored (ISO).
                value = deadline_words(value)
                return translate("Actions", "{deadline}  (overdue)").format(
                    deadline=value) if overdue else value
            return value
        if role == ActionIdRole:
            return action.id
        if role == Qt.ItemDataRole.ForegroundRole and overdue:
            return QBrush(OVERDUE_TEXT)
        if role == Qt.ItemDataRole.BackgroundRole and overdue:
            return QBrush(OVERDUE_BACK)
        if role == Qt.ItemDataRole.FontRole and overdue and column in (TEXT, DEADLINE):
            return self.bold
        if role == Qt.ItemDataRole.ToolTipRole:
            if column is STATUS and action.history:
                return translate("Actions", "Status by meeting: {history}").format(
                    history=history_words(action, self.words))
            if column is DEADLINE and overdue:
                return translate("Actions", "Overdue: the deadline, {deadline}, has passed"
                                 ).format(deadline=deadline_words(action.deadline))
            if column is DEADLINE:
                return translate("Actions", "A date (YYYY-MM-DD) or words, e.g. “Start of next "
                                 "school year”")
            if column is ORIGIN:
                return origin_words(action, self.ctx.ws.shown)
        return None

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        action, column = self.rows[index.row()], self.columns[index.column()]
        text = str(value if value is not None else "")
        new, old = self.edit_for(action, column, text)
        if new == old:
            self.unsaved.typed_back((action.id, column.key))
            return False
        command = EditAction(self.ctx.ws, self.ctx.hub, action.id, self.ctx.meeting_id, new, old,
                             translate("Actions", "Edit {column}").format(
                                 column=translate("Actions", column.title).lower()))
        return self.unsaved.push(self.ctx.undo, command, (action.id, column.key), text)

    def _repaint(self, cell: object) -> None:
        action_id = cell[0] if isinstance(cell, tuple) else None
        row = next((n for n, a in enumerate(self.rows) if a.id == action_id), None)
        if row is not None:
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.columns) - 1))

    def edit_for(self, action: Action, column: ActionColumn,
                 text: str) -> tuple[dict[str, Any], dict[str, Any]]:
        """The service fields an edit changes, and their old values (for undo)."""
        if column is OWNER:
            text = text.strip()
            person = next((p for p in self.participants
                           if p.name.casefold() == text.casefold()), None)
            new = {"owner": person.name if person else text,
                   "owner_id": person.id if person else None}
            return new, {"owner": action.owner, "owner_id": action.owner_id}
        if column in (DEADLINE, CREATED):
            text = normalised_date(text)
        elif column in (STATUS, CATEGORY):   # kept in the template's own words
            text = self.words.stored(column.key, text.strip())
        elif column is not NOTES:
            text = text.strip()
        return {column.key: text}, {column.key: getattr(action, column.key)}
