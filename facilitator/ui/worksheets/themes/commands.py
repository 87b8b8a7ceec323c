"""Undoable key-theme edits: add, change, remove and reorder."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from facilitator.domain.snapshot import Theme
from facilitator.services import themes
from facilitator.services.changes import Changed, Removed
from facilitator.services.workshop import Workshop
from facilitator.ui.kit.hub import ChangeHub
from facilitator.ui.kit.service_command import ServiceCommand

translate = QCoreApplication.translate


class AddTheme(ServiceCommand):
    def __init__(self, ws: Workshop, hub: ChangeHub, block_id: str, meeting: int,
                 headline: str = "", body: str = "") -> None:
        super().__init__(translate("Worksheet", "Add theme"), hub)
        self.ws, self.block_id, self.meeting = ws, block_id, meeting
        self.headline, self.body = headline, body
        self.theme_id: int | None = None
        self.removed: Theme | None = None

    def _do(self) -> Changed:
        if self.removed is not None:
            return themes.restore_theme(self.ws, self.block_id, self.removed, self.meeting)
        changed = themes.add_theme(self.ws, self.block_id, self.headline, self.body,
                                   meeting=self.meeting)
        self.theme_id = int(changed.ids[0])
        return changed

    def _undo(self) -> Changed:
        assert self.theme_id is not None
        removed = themes.remove_theme(self.ws, self.theme_id)
        self.removed = removed.item
        return removed


class SetTheme(ServiceCommand):
    def __init__(self, ws: Workshop, hub: ChangeHub, theme_id: int, field: str, new: str,
                 old: str) -> None:
        super().__init__(translate("Worksheet", "Edit theme"), hub)
        self.ws, self.theme_id, self.field, self.new, self.old = ws, theme_id, field, new, old

    def _do(self) -> Changed:
        return themes.set_theme(self.ws, self.theme_id, **{self.field: self.new})

    def _undo(self) -> Changed:
        return themes.set_theme(self.ws, self.theme_id, **{self.field: self.old})


class RemoveTheme(ServiceCommand):
    def __init__(self, ws: Workshop, hub: ChangeHub, block_id: str, theme_id: int) -> None:
        super().__init__(translate("Worksheet", "Remove theme"), hub)
        self.ws, self.block_id, self.theme_id = ws, block_id, theme_id
        self.removed: Removed[Theme] | None = None

    def _do(self) -> Changed:
        self.removed = themes.remove_theme(self.ws, self.theme_id)
        return self.removed

    def _undo(self) -> Changed:
        assert self.removed is not None
        return themes.restore_theme(self.ws, self.block_id, self.removed.item,
                                    self.removed.meeting_id)


class MoveTheme(ServiceCommand):
    def __init__(self, ws: Workshop, hub: ChangeHub, theme_id: int, source: int,
                 target: int) -> None:
        super().__init__(translate("Worksheet", "Move theme"), hub)
        self.ws, self.theme_id, self.source, self.target = ws, theme_id, source, target

    def _do(self) -> Changed:
        return themes.move_theme(self.ws, self.theme_id, self.target)

    def _undo(self) -> Changed:
        return themes.move_theme(self.ws, self.theme_id, self.source)
