"""A worksheet's template words on screen and in the file.

The screens show a workshop's template in its language (`Workshop.shown`), but what the room
picks from the template (a table's choices, an action's status or category) is stored in the
template's own words, so that the file, the services' checks, the handouts and the exports of
either language read it the same way. This maps one to the other for one block: the shown and
the original block have the same choices in the same order (domain.template_text translates
in place), so the mapping is exact, with no guessing from the text.
"""

from __future__ import annotations

from typing import Any

from facilitator.domain.template import ActionsBlock, ColumnType, TableBlock
from facilitator.services.workshop import Workshop


class StoredWords:
    def __init__(self, ws: Workshop, block: Any) -> None:
        self.ws = ws
        self._to_stored: dict[str, dict[str, str]] = {}
        self._to_shown: dict[str, dict[str, str]] = {}
        if not ws.wording:
            return   # shown as written: nothing to map
        original = ws.template.block(block.id)
        pairs: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {}
        if isinstance(block, TableBlock) and isinstance(original, TableBlock):
            for shown, own in zip(block.columns, original.columns, strict=False):
                if shown.type in (ColumnType.CHOICE, ColumnType.MULTICHOICE):
                    pairs[shown.id] = (shown.choices, own.choices)
        elif isinstance(block, ActionsBlock) and isinstance(original, ActionsBlock):
            pairs["status"] = (block.statuses, original.statuses)
            pairs["category"] = (block.categories, original.categories)
        for key, (shown_words, own_words) in pairs.items():
            self._to_stored[key] = dict(zip(shown_words, own_words, strict=False))
            self._to_shown[key] = dict(zip(own_words, shown_words, strict=False))

    def shown(self, key: str, value: Any) -> Any:
        """A stored value of column/field `key` as the screen shows it."""
        table = self._to_shown.get(key)
        if table is None:
            return value
        if isinstance(value, list):
            return [table.get(v, self.ws.term(v)) if isinstance(v, str) else v for v in value]
        if isinstance(value, str):
            return table.get(value, self.ws.term(value))
        return value

    def stored(self, key: str, value: Any) -> Any:
        """What the screen gave (a shown choice, or one typed in the template's own words) as
        the file keeps it."""
        table = self._to_stored.get(key)
        if table is None:
            return value
        if isinstance(value, list):
            return [table.get(v, v) if isinstance(v, str) else v for v in value]
        if isinstance(value, str):
            return table.get(value, value)
        return value
