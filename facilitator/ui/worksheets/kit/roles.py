"""The extra item-data roles the worksheet tables answer, shared by models and editors."""

from __future__ import annotations

from PySide6.QtCore import Qt

ColumnRole = Qt.ItemDataRole.UserRole + 1   # the template Column of a cell (None: label column)
HintRole = Qt.ItemDataRole.UserRole + 2     # placeholder text for an empty cell
RowKeyRole = Qt.ItemDataRole.UserRole + 3
