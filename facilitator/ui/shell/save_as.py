"""File > Save as…: copy the open workshop to a new file and carry on in the copy."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog

if TYPE_CHECKING:
    from facilitator.ui.shell.main_window import MainWindow


def save_as(window: MainWindow) -> bool:
    """Ask where, copy, then open the copy (the original stays as it was at this moment)."""
    from facilitator.services.errors import ServiceError
    from facilitator.services.run_state import WorkshopFileError
    from facilitator.services.workshop import save_copy

    ws = window.workshop
    if ws is None:
        return False
    suggested = ws.path.with_name(f"{ws.path.stem} copy{ws.path.suffix}")
    chosen, _ = QFileDialog.getSaveFileName(
        window, QCoreApplication.translate("MainWindow", "Save the workshop as"), str(suggested),
        QCoreApplication.translate("MainWindow", "Workshops (*.workshop)"))
    if not chosen:
        return False
    target = Path(chosen)
    if target.suffix != ".workshop":
        target = target.with_name(target.name + ".workshop")
    try:
        save_copy(ws, target)
    except (ServiceError, WorkshopFileError) as exc:
        window.show_error(str(exc))
        return False
    return window.open_path(target)
