"""Undoable table edits: cells (one or a pasted range), and rows of open tables."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from facilitator.services import table_edits, tables
from facilitator.services.changes import Changed
from facilitator.services.table_edits import NewRow
from facilitator.services.tables import CellEdit, RemovedRow
from facilitator.services.workshop import Workshop
from facilitator.ui.kit.hub import ChangeHub
from facilitator.ui.kit.service_command import ServiceCommand

translate = QCoreApplication.translate


@dataclass(frozen=True)
class Sheet:
    """Which copy of a table an edit goes to: block, meeting and (per-participant) person."""

    ws: Workshop
    block_id: str
    meeting: int
    participant: int | None = None

    @property
    def where(self) -> dict[str, int | None]:
        return {"meeting": self.meeting, "participant": self.participant}


class SetCells(ServiceCommand):
    """One cell, or a pasted / cleared range: one transaction, one undo step."""

    def __init__(self, sheet: Sheet, hub: ChangeHub, new: Sequence[CellEdit],
                 old: Sequence[CellEdit], text: str = "") -> None:
        super().__init__(text or translate("Worksheet", "Edit cell"), hub)
        self.sheet, self.new, self.old = sheet, list(new), list(old)

    def _do(self) -> Changed:
        return tables.set_cells(self.sheet.ws, self.sheet.block_id, self.new,
                                       **self.sheet.where)

    def _undo(self) -> Changed:
        return tables.set_cells(self.sheet.ws, self.sheet.block_id, self.old,
                                       **self.sheet.where)


class PasteRange(ServiceCommand):
    """A paste that also appends rows to an open table; undo removes them again."""

    def __init__(self, sheet: Sheet, hub: ChangeHub, new: Sequence[CellEdit],
                 old: Sequence[CellEdit], added: Sequence[NewRow]) -> None:
        super().__init__(translate("Worksheet", "Paste"), hub)
        self.sheet, self.new, self.old, self.added = sheet, list(new), list(old), list(added)

    def _do(self) -> Changed:
        return table_edits.apply_range(self.sheet.ws, self.sheet.block_id, self.new,
                                       add_rows=self.added, **self.sheet.where)

    def _undo(self) -> Changed:
        return table_edits.apply_range(self.sheet.ws, self.sheet.block_id, self.old,
                                       remove_keys=[r.key for r in self.added],
                                       **self.sheet.where)


class AddRow(ServiceCommand):
    def __init__(self, sheet: Sheet, hub: ChangeHub, position: int) -> None:
        super().__init__(translate("Worksheet", "Add row"), hub)
        self.sheet, self.position = sheet, position
        self.key: str | None = None  # kept, so that redo brings back the same row

    def _do(self) -> Changed:
        changed = tables.add_row(self.sheet.ws, self.sheet.block_id, position=self.position,
                                 row_key=self.key, **self.sheet.where)
        self.key = str(changed.ids[0])
        return changed

    def _undo(self) -> Changed:
        assert self.key is not None
        return tables.remove_row(self.sheet.ws, self.sheet.block_id, self.key,
                                 **self.sheet.where)


class RemoveRow(ServiceCommand):
    def __init__(self, sheet: Sheet, hub: ChangeHub, key: str) -> None:
        super().__init__(translate("Worksheet", "Remove row"), hub)
        self.sheet, self.key = sheet, key
        self.removed: RemovedRow | None = None

    def _do(self) -> Changed:
        removed = tables.remove_row(self.sheet.ws, self.sheet.block_id, self.key,
                                    **self.sheet.where)
        self.removed = removed.item
        return removed

    def _undo(self) -> Changed:
        assert self.removed is not None
        return tables.restore_row(self.sheet.ws, self.sheet.block_id, self.removed,
                                  **self.sheet.where)


class MoveRow(ServiceCommand):
    def __init__(self, sheet: Sheet, hub: ChangeHub, key: str, source: int, target: int) -> None:
        super().__init__(translate("Worksheet", "Move row"), hub)
        self.sheet, self.key, self.source, self.target = sheet, key, source, target

    def _do(self) -> Changed:
        return tables.move_row(self.sheet.ws, self.sheet.block_id, self.key, self.target,
                               **self.sheet.where)

    def _undo(self) -> Changed:
        return tables.move_row(self.sheet.ws, self.sheet.block_id, self.key, self.source,
                               **self.sheet.where)
