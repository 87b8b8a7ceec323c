"""File > Handouts…: choose documents and paper, write the PDFs into a folder, then preview and
print them.

Preview and printing go through the system's PDF viewer (QDesktopServices.openUrl): every
school laptop has one (Edge, Preview, a Linux viewer), it already knows the printers, duplex
and trays, and the app needs no extra wheel (QtPdf would add PySide6-Pdf and a print path of
our own that would still be worse than the viewer's). On Windows "Print" hands the file to the
default PDF application's print verb directly.

`install(window)` adds the entry to a main window offering `menu(title)`, `workshop`,
`settings`, `statusBar()` and `show_error(message)`. The work (rendering) runs on a worker
thread, so the window keeps repainting while 30 packets are written; the snapshot is read on
the GUI thread first, because the workshop's database connection belongs to it.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QLocale,
    QObject,
    QThread,
    QUrl,
    Signal,
)
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
)

translate = QCoreApplication.translate
Window = Any  # facilitator.ui.shell.main_window.MainWindow (not imported: it imports the world)

# Kept here (not imported from handouts) so opening the dialog does not load reportlab.
KINDS: tuple[tuple[str, str, str], ...] = (
    ("packet", QT_TRANSLATE_NOOP("Handouts", "Participant packet"),
     QT_TRANSLATE_NOOP("Handouts", "Cover, agenda, reference text and blank worksheets")),
    ("guide", QT_TRANSLATE_NOOP("Handouts", "Facilitator guide"),
     QT_TRANSLATE_NOOP("Handouts", "Run of show with times, notes and guiding questions")),
    ("summary", QT_TRANSLATE_NOOP("Handouts", "Session summary"),
     QT_TRANSLATE_NOOP("Handouts", "Everything the room captured, with the grid as a figure")),
    ("themes", QT_TRANSLATE_NOOP("Handouts", "Key-themes summary"),
     QT_TRANSLATE_NOOP("Handouts", "Each theme as a headline and a paragraph")),
    ("actions", QT_TRANSLATE_NOOP("Handouts", "Action tracker sheet"),
     QT_TRANSLATE_NOOP("Handouts", "Open actions by owner, and a slip per owner")),
)
PAPERS = (("letter", QT_TRANSLATE_NOOP("Handouts", "Letter (8.5 × 11 in)")),
          ("a4", QT_TRANSLATE_NOOP("Handouts", "A4 (210 × 297 mm)")))
# Each language named in itself, as language pickers do (domain.language.LANGUAGES).
LANGUAGES = (("en", "English"), ("es", "Español"))


class Cancelled(Exception):
    """The user pressed Cancel while handouts were being written."""


def default_paper() -> str:
    """Letter where the locale measures in inches (US), A4 everywhere else."""
    system = QLocale.system().measurementSystem()
    return "letter" if system == QLocale.MeasurementSystem.ImperialUSSystem else "a4"


def default_language() -> str:
    """Spanish where the system speaks Spanish, else English (a packet can still print in
    Spanish while the app runs in English: the choice is remembered)."""
    return "es" if QLocale.system().language() == QLocale.Language.Spanish else "en"


def default_folder(window: Window) -> Path:
    ws = window.workshop
    path = Path(ws.path) if ws is not None else Path.home() / "workshop"
    return path.parent / f"{path.stem} handouts"


class _Worker(QObject):
    progress = Signal(int, int, str)
    finished = Signal(list, str)  # the files written, and a note on unprintable characters
    failed = Signal(str)

    def __init__(self, snapshot: Any, kinds: list[str], folder: Path, paper: str,
                 per_participant: bool, language: str = "en") -> None:
        super().__init__()
        self._args = (snapshot, kinds, folder, paper, per_participant, language)
        self.cancelled = False

    def run(self) -> None:
        from facilitator.handouts.build import HandoutError, write_handouts
        from facilitator.handouts.fonts import collect_unprintable, unprintable_note

        snapshot, kinds, folder, paper, per_participant, language = self._args

        def report(done: int, total: int, name: str) -> None:
            if self.cancelled:
                raise Cancelled
            self.progress.emit(done, total, name)

        try:
            # Entered here, on the worker thread: the collector is a context variable.
            with collect_unprintable() as unprintable:
                written = write_handouts(snapshot, kinds, folder, paper=paper,
                                         per_participant=per_participant, language=language,
                                         progress=report)
        except Cancelled:
            self.failed.emit(translate(
                "Handouts", "Stopped: the handouts already written are in the folder."))
        except HandoutError as exc:
            self.failed.emit(str(exc))
        except Exception as exc:  # a bug must not take the room's window down
            self.failed.emit(translate("Handouts", "The handouts could not be written ({error})")
                             .format(error=f"{type(exc).__name__}: {exc}"))
        else:
            self.finished.emit([str(p) for p in written], unprintable_note(unprintable))


def _refused(snapshot: Any, kinds: list[str], folder: Path, source: Path,
             per_participant: bool, language: str = "en") -> str:
    """Why these handouts may not be written into `folder` (e.g. over a workshop), or ''."""
    from facilitator.handouts.build import HandoutError, planned_files
    from facilitator.services.errors import ServiceError
    from facilitator.services.outputs import refuse_unsafe_folder_outputs, refuse_unsafe_output

    try:
        if folder.exists() and not folder.is_dir():
            refuse_unsafe_output(folder, source)
            return translate("Handouts", "{folder} is a file, not a folder; choose a folder "
                                         "for the handouts.").format(folder=folder)
        names = [name for _, _, name in planned_files(snapshot, kinds,
                                                      per_participant=per_participant,
                                                      language=language)]
        refuse_unsafe_folder_outputs(folder, names, source)
    except (HandoutError, ServiceError) as exc:
        return str(exc)
    return ""


class HandoutsDialog(QDialog):
    def __init__(self, window: Window) -> None:
        super().__init__(window)
        self.window_ = window
        self.setWindowTitle(translate("Handouts", "Handouts"))
        self.setAccessibleName(translate("Handouts", "Handouts"))
        self.written: list[Path] = []
        self._thread: QThread | None = None
        self._worker: _Worker | None = None
        settings = window.settings

        choose = QGroupBox(translate("Handouts", "Documents"))
        choose_layout = QVBoxLayout(choose)
        self.kind_boxes: dict[str, QCheckBox] = {}
        remembered = settings.value("handouts/kinds", "packet,summary")
        chosen = set(str(remembered).split(","))
        for kind, label, detail in KINDS:
            label, detail = translate("Handouts", label), translate("Handouts", detail)
            box = QCheckBox(label)
            box.setToolTip(detail)
            box.setAccessibleName(label)
            box.setAccessibleDescription(detail)
            box.setChecked(kind in chosen)
            box.toggled.connect(self._update_enabled)
            choose_layout.addWidget(box)
            self.kind_boxes[kind] = box
        self.per_participant = QCheckBox(translate(
            "Handouts", "One packet per participant, with their name on the cover"))
        self.per_participant.setAccessibleName(translate("Handouts", "One packet per participant"))
        self.per_participant.setChecked(settings.value("handouts/per_participant", "false")
                                        in (True, "true"))
        indented = QHBoxLayout()  # reads as an option of the packet above it
        indented.setContentsMargins(24, 0, 0, 0)
        indented.addWidget(self.per_participant)
        choose_layout.insertLayout(1, indented)

        self.paper = QComboBox()
        self.paper.setAccessibleName(translate("Handouts", "Paper size"))
        for paper, label in PAPERS:
            self.paper.addItem(translate("Handouts", label), paper)
        paper = str(settings.value("handouts/paper", default_paper()))
        self.paper.setCurrentIndex(max(0, self.paper.findData(paper)))

        self.language = QComboBox()
        self.language.setAccessibleName(translate("Handouts", "Language of the handouts"))
        self.language.setToolTip(translate(
            "Handouts", "Labels, dates and the template's text; what the room typed prints as "
                        "typed"))
        for code, label in LANGUAGES:
            self.language.addItem(label, code)
        language = str(settings.value("handouts/language", default_language()))
        workshop = getattr(window, "workshop", None)
        if workshop is not None and workshop.language != "en":
            language = workshop.language   # a Spanish workshop prints in Spanish by default
        self.language.setCurrentIndex(max(0, self.language.findData(language)))

        self.folder = QLineEdit(str(default_folder(window)))
        self.folder.setAccessibleName(translate("Handouts", "Folder for the handouts"))
        browse = QPushButton(translate("Handouts", "Browse…"))
        browse.setAccessibleName(translate("Handouts", "Choose the folder"))
        browse.clicked.connect(self._browse)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(browse)

        form = QFormLayout()
        form.addRow(translate("Handouts", "Paper:"), self.paper)
        form.addRow(translate("Handouts", "Language:"), self.language)
        form.addRow(translate("Handouts", "Save in:"), folder_row)

        self.progress = QProgressBar()
        self.progress.setAccessibleName(translate("Handouts", "Progress"))
        self.progress.setVisible(False)
        self.status = QLabel("")
        self.status.setWordWrap(True)
        self.status.setAccessibleName(translate("Handouts", "Status"))

        self.files = QListWidget()
        self.files.setAccessibleName(translate("Handouts", "Handouts written"))
        self.files.setVisible(False)
        self.files.itemActivated.connect(lambda _item: self.preview_selected())
        self.preview_button = QPushButton(translate("Handouts", "&Open to preview"))
        self.preview_button.setAccessibleName(
            translate("Handouts", "Open the selected handout to preview it"))
        self.preview_button.clicked.connect(self.preview_selected)
        self.print_button = QPushButton(translate("Handouts", "&Print…"))
        self.print_button.setAccessibleName(translate("Handouts", "Print the selected handout"))
        self.print_button.clicked.connect(self.print_selected)
        self.folder_button = QPushButton(translate("Handouts", "Show &folder"))
        self.folder_button.setAccessibleName(
            translate("Handouts", "Show the folder with the handouts"))
        self.folder_button.clicked.connect(self.show_folder)
        after = QHBoxLayout()
        for button in (self.preview_button, self.print_button, self.folder_button):
            button.setVisible(False)
            after.addWidget(button)
        after.addStretch(1)

        self.buttons = QDialogButtonBox()
        self.generate_button = self.buttons.addButton(translate("Handouts", "&Write handouts"),
                                                      QDialogButtonBox.ButtonRole.AcceptRole)
        self.generate_button.setAccessibleName(translate("Handouts", "Write the handouts"))
        self.generate_button.setDefault(True)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.setAccessibleName(translate("Handouts", "Close"))
        self.generate_button.clicked.connect(self.generate)
        self.close_button.clicked.connect(self._close_or_cancel)

        layout = QVBoxLayout(self)
        layout.addWidget(choose)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.files)
        layout.addLayout(after)
        layout.addWidget(self.buttons)
        # Enter writes the handouts. Qt makes the first "auto default" button after the focus
        # the default when the dialog shows (Browse…, or the hidden Open to preview), and then
        # Enter opened a folder chooser or did nothing: only the Write button is one.
        for button in (browse, self.preview_button, self.print_button, self.folder_button):
            button.setAutoDefault(False)
        self.generate_button.setDefault(True)
        self.resize(560, 0)
        self._update_enabled()

    # Choosing -----------------------------------------------------------------------------
    def chosen_kinds(self) -> list[str]:
        return [kind for kind, box in self.kind_boxes.items() if box.isChecked()]

    def _update_enabled(self) -> None:
        busy = self._thread is not None
        self.generate_button.setEnabled(bool(self.chosen_kinds()) and not busy)
        self.per_participant.setEnabled(self.kind_boxes["packet"].isChecked() and not busy)

    def _browse(self) -> None:
        name = QFileDialog.getExistingDirectory(
            self, translate("Handouts", "Save the handouts in"), self.folder.text())
        if name:
            self.folder.setText(name)

    # Writing ------------------------------------------------------------------------------
    def generate(self) -> None:
        from facilitator.services.snapshot import read_snapshot

        ws = self.window_.workshop
        kinds = self.chosen_kinds()
        if ws is None or not kinds or self._thread is not None:
            return
        text = self.folder.text().strip()
        if not text:
            self.status.setText(translate("Handouts", "Choose a folder for the handouts."))
            return
        paper = str(self.paper.currentData())
        language = str(self.language.currentData())
        settings = self.window_.settings
        settings.setValue("handouts/kinds", ",".join(kinds))
        settings.setValue("handouts/paper", paper)
        settings.setValue("handouts/language", language)
        settings.setValue("handouts/per_participant", self.per_participant.isChecked())
        snapshot = read_snapshot(ws)  # on this thread: the connection belongs to it
        folder = Path(text).expanduser()
        refused = _refused(snapshot, kinds, folder, ws.path,
                           self.per_participant.isChecked() and "packet" in kinds, language)
        if refused:
            self.status.setText(refused)
            return
        self.written = []
        self.files.clear()
        self.progress.setRange(0, 0)
        self.progress.setVisible(True)
        self.status.setText(translate("Handouts", "Writing handouts…"))
        self.close_button.setText(translate("Handouts", "Cancel"))
        self._thread = QThread(self)
        self._worker = _Worker(snapshot, kinds, folder, paper,
                               self.per_participant.isChecked() and "packet" in kinds, language)
        self._worker.moveToThread(self._thread)
        self._thread.started.connect(self._worker.run)
        self._worker.progress.connect(self._on_progress)
        self._worker.finished.connect(self._on_finished)
        self._worker.failed.connect(self._on_failed)
        self._update_enabled()
        self._thread.start()

    def is_busy(self) -> bool:
        return self._thread is not None

    def _on_progress(self, done: int, total: int, name: str) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)
        if name:
            self.status.setText(translate("Handouts", "Writing {name} ({number} of {total})…")
                                .format(name=name, number=done + 1, total=total))

    def _stop_thread(self) -> None:
        if self._thread is not None:
            self._thread.quit()
            self._thread.wait()
            self._thread.deleteLater()
        self._thread = None
        self._worker = None
        self.close_button.setText(translate("Handouts", "Close"))
        self.progress.setVisible(False)
        self._update_enabled()

    def _on_finished(self, paths: list[str], unprintable: str = "") -> None:
        self._stop_thread()
        self.written = [Path(p) for p in paths]
        for path in self.written:
            item = QListWidgetItem(path.name)
            item.setToolTip(str(path))
            self.files.addItem(item)
        self.files.setCurrentRow(0)
        self.files.setVisible(True)
        for button in (self.preview_button, self.print_button, self.folder_button):
            button.setVisible(True)
        count = len(self.written)
        folder = self.written[0].parent if self.written else ""
        done = (translate("Handouts", "1 handout written to {folder}.") if count == 1 else
                translate("Handouts", "{count} handouts written to {folder}.")
                ).format(count=count, folder=folder)
        if unprintable:  # as the CLI warns: a name printed as � must not go unnoticed
            self.status.setText(f"{done} {unprintable}.")
            self.window_.statusBar().showMessage(
                translate("Handouts", "Handouts written; {note}").format(note=unprintable),
                15000)
            return
        self.status.setText(f"{done} " + translate("Handouts",
                                                    "Open one to preview it, or print it."))
        self.window_.statusBar().showMessage(
            translate("Handouts", "Handouts written to {folder}").format(folder=folder), 8000)

    def _on_failed(self, message: str) -> None:
        self._stop_thread()
        self.status.setText(message)
        self.window_.show_error(message)

    def _close_or_cancel(self) -> None:
        if self._worker is not None:
            self._worker.cancelled = True
            self.status.setText(translate("Handouts", "Stopping…"))
            return
        self.reject()

    def done(self, result: int) -> None:  # Esc and the window's close button come here too
        if self._worker is not None:
            self._worker.cancelled = True
            self._stop_thread()
        super().done(result)

    # Preview and print --------------------------------------------------------------------
    def selected(self) -> Path | None:
        row = self.files.currentRow()
        return self.written[row] if 0 <= row < len(self.written) else None

    def preview_selected(self) -> None:
        path = self.selected()
        if path is not None and not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            self.status.setText(translate(
                "Handouts", "No PDF viewer opened {name}; open it from the folder.")
                .format(name=path.name))

    def print_selected(self) -> None:
        path = self.selected()
        if path is None:
            return
        if sys.platform == "win32":
            try:
                os.startfile(str(path), "print")  # type: ignore[attr-defined]
                self.status.setText(translate("Handouts", "Sent {name} to the default printer.")
                                    .format(name=path.name))
                return
            except OSError:
                pass  # no print verb registered: fall back to the viewer
        self.preview_selected()
        self.status.setText(translate(
            "Handouts", "{name} is open in your PDF viewer: print it from there (Ctrl+P).")
            .format(name=path.name))

    def show_folder(self) -> None:
        if self.written:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.written[0].parent)))


def open_dialog(window: Window) -> HandoutsDialog | None:
    if window.workshop is None:
        window.show_error(translate("Handouts", "Open a workshop first."))
        return None
    dialog = HandoutsDialog(window)
    dialog.setModal(True)
    dialog.open()  # window-modal, non-blocking: timers in the room keep running
    return dialog


def install(window: Window) -> QAction:
    """Add File > Handouts… (Ctrl+P) above Quit; enabled while a workshop is open."""
    menu = window.menu("File")
    action = QAction(translate("Handouts", "&Handouts…"), window)
    action.setObjectName("action:handouts")
    action.setShortcut("Ctrl+P")
    action.setStatusTip(
        translate("Handouts", "Print participant packets, the facilitator guide and summaries"))
    action.triggered.connect(lambda _checked=False: open_dialog(window))
    quit_action = next((a for a in menu.actions() if "quit" in a.text().lower()), None)
    if quit_action is not None:
        menu.insertAction(quit_action, action)
    else:
        menu.addAction(action)
    menu.aboutToShow.connect(lambda: action.setEnabled(window.workshop is not None))
    return action

