"""The dot-vote tally as a table: one row per card, its votes typed in a column.

The paper round trip for dot voting: the facilitator reads each card's dots off the wall and
types the numbers down the Votes column (Enter moves down). Rows keep the capture order while
typing, so nothing jumps; the board itself sorts cards by votes.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from facilitator.domain.snapshot import Idea
from facilitator.domain.template import IdeasBlock
from facilitator.ui.worksheets.ideas.commands import UpdateIdea
from facilitator.ui.worksheets.kit.context import BlockContext

AnyIndex = QModelIndex | QPersistentModelIndex
COL_CARD, COL_WHERE, COL_VOTES = range(3)
HEADERS = (QT_TRANSLATE_NOOP("Ideas", "Card"), QT_TRANSLATE_NOOP("Ideas", "Where"),
           QT_TRANSLATE_NOOP("Ideas", "Votes"))
translate = QCoreApplication.translate


class TallyModel(QAbstractTableModel):
    def __init__(self, ctx: BlockContext, block: IdeasBlock) -> None:
        super().__init__()
        self.ctx, self.block = ctx, block
        self.ideas: list[Idea] = []
        self._categories = {c.id: c.label for c in block.categories}
        self._lanes = {lane.id: lane.label for lane in block.lanes}

    def set_ideas(self, ideas: list[Idea]) -> None:
        """The rows for `ideas`. Cards added at the end (the room's, one after another) are
        rows inserted, and cards taken from the end rows removed: the rows above, the one
        being typed in and the scroll position stay as they are (a reset would close the
        editor under the facilitator's typing)."""
        ordered = sorted(ideas, key=lambda i: (i.position, i.id))
        before = self.ideas
        old, new = [i.id for i in before], [i.id for i in ordered]
        shared = min(len(old), len(new))
        if old[:shared] != new[:shared]:
            self.beginResetModel()
            self.ideas = ordered
            self.endResetModel()
            return
        if len(new) > len(old):
            self.beginInsertRows(QModelIndex(), len(old), len(new) - 1)
            self.ideas = ordered
            self.endInsertRows()
        elif len(new) < len(old):
            self.beginRemoveRows(QModelIndex(), len(new), len(old) - 1)
            self.ideas = ordered
            self.endRemoveRows()
        changed = [n for n in range(shared) if before[n] != ordered[n]]
        self.ideas = ordered
        if changed:
            self.dataChanged.emit(self.index(changed[0], 0), self.index(changed[-1], 2))

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.ideas)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def where(self, idea: Idea) -> str:
        category = self._categories.get(idea.category, idea.category)
        lane = self._lanes.get(idea.lane, "")
        return f"{category} / {lane}" if lane else category

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        idea = self.ideas[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if index.column() == COL_CARD:
                return idea.text
            if index.column() == COL_WHERE:
                return self.where(idea)
            return str(idea.votes) if role == Qt.ItemDataRole.EditRole else idea.votes
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == COL_VOTES:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return translate("Ideas", HEADERS[section]) if orientation == Qt.Orientation.Horizontal \
            else str(section + 1)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.isValid() and index.column() == COL_VOTES and not self.ctx.readonly:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not (self.flags(index) &
                                                    Qt.ItemFlag.ItemIsEditable):
            return False
        text = str(value).strip()
        if not text.isdigit():
            self.ctx.hub.failed.emit(translate("Ideas", "Votes: '{text}' is not a whole number "
                                               "(0 or more)").format(text=text))
            return False
        idea = self.ideas[index.row()]
        votes = int(text)
        if votes == idea.votes:
            return False
        self.ctx.undo.push(UpdateIdea(self.ctx.ws, self.ctx.hub, idea.id, {"votes": votes},
                                      {"votes": idea.votes}, translate("Ideas", "Record votes")))
        return True
