"""The `actions` worksheet: who does what by when, across the meetings of a series.

Built by `create(ctx, block)`; with `ctx.readonly` the same widget is the projector's large,
read-only list. Add, remove and every edit are undo commands calling services; the view re-reads
when the hub says this block (or the participants, or the meetings) changed.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtGui import QAction, QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyle,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from facilitator.domain.actions import CLOSED, OPEN, since_last_time
from facilitator.domain.snapshot import Action
from facilitator.domain.template import ActionsBlock
from facilitator.services.changes import Changed, ChangeKind
from facilitator.services.errors import ServiceError
from facilitator.services.meetings import meeting_number
from facilitator.ui.kit.save_error_bar import clear_if_still
from facilitator.ui.kit.submit_line import SubmitLineEdit
from facilitator.ui.kit.typing_guard import escape_to
from facilitator.ui.worksheets.actions.commands import AddAction, RemoveAction
from facilitator.ui.worksheets.actions.model import (
    CATEGORY,
    DEADLINE,
    OWNER,
    STATUS,
    TEXT,
    ActionIdRole,
    ActionsModel,
)
from facilitator.ui.worksheets.kit.context import BlockContext
from facilitator.ui.worksheets.kit.editors import CellKeysDelegate, DateEditor
from facilitator.ui.worksheets.kit.worksheet_style import apply_style, heading, note, scaled_font
from facilitator.ui.worksheets.kit.worksheet_view import WorksheetView

AnyIndex = QModelIndex | QPersistentModelIndex
EVERYONE = QT_TRANSLATE_NOOP("Actions", "Everyone")
translate = QCoreApplication.translate
# The action's own words get a fixed, generous width on the laptop: as a stretch column it was
# squeezed to a sliver beside the detail columns and wrapped into a tall row.
COLUMN_WIDTHS = {"text": 320, "owner": 160, "deadline": 170, "status": 130, "category": 105,
                 "notes": 200, "created": 100, "origin": 150}
# On a narrow laptop screen these shrink (down to MIN_SHARE of their width, text wrapping) so
# the room's decisions fit without scrolling sideways; notes and bookkeeping may scroll.
ESSENTIAL = ("text", "owner", "deadline", "status", "category")
MIN_SHARE = 0.6
DEADLINE_HINT = QT_TRANSLATE_NOOP("Actions", "YYYY-MM-DD, or words like “Start of next school "
                                  "year”")


class ActionsDelegate(CellKeysDelegate):
    """Status and category from the block's lists; owner from the participants or free text;
    a deadline typed (a date or words) or picked from a calendar (Alt+Down)."""

    def __init__(self, worksheet: ActionsWorksheet) -> None:
        super().__init__(worksheet.view)
        self.worksheet = worksheet

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: AnyIndex) -> QWidget | None:
        block, model = self.worksheet.block, self.worksheet.model
        column = model.columns[index.column()]
        example = block.example
        editor: QWidget
        if column is STATUS or (column is CATEGORY and block.categories):
            editor = QComboBox(parent)
            editor.addItems(list(block.statuses) if column is STATUS else ["", *block.categories])
        elif column is OWNER:
            editor = QComboBox(parent)
            editor.setEditable(True)
            editor.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
            editor.addItems(["", *(p.name for p in model.participants)])
            editor.lineEdit().setPlaceholderText(
                translate("Actions", "a participant, or e.g. {example}").format(
                    example=example.owner) if example and example.owner
                else translate("Actions", "a participant, or a name or role"))
        elif column is DEADLINE:
            editor = DateEditor(parent)
            editor.line.setPlaceholderText(translate("Actions", DEADLINE_HINT))
            editor.line.setAccessibleName(column.heading(block))
            editor.line.installEventFilter(self)
        else:
            editor = QLineEdit(parent)
            if column is TEXT and example is not None:
                editor.setPlaceholderText(example.text)
        editor.setAccessibleName(column.heading(block))
        return editor

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:
        text = str(index.data(Qt.ItemDataRole.EditRole) or "")
        if isinstance(editor, QComboBox):
            if editor.isEditable():
                editor.setEditText(text)
                editor.lineEdit().selectAll()
            else:
                editor.setCurrentIndex(max(0, editor.findText(text)))
        elif isinstance(editor, DateEditor):
            editor.set_text(text)
        elif isinstance(editor, QLineEdit):
            editor.setText(text)
            editor.selectAll()

    def setModelData(self, editor: QWidget, model: Any, index: AnyIndex) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentText(), Qt.ItemDataRole.EditRole)
        elif isinstance(editor, (DateEditor, QLineEdit)):
            model.setData(index, editor.text(), Qt.ItemDataRole.EditRole)


class ActionsWorksheet(QWidget):
    def __init__(self, ctx: BlockContext, block: ActionsBlock,
                 today: Callable[[], date] = date.today, *, review: bool = False) -> None:
        super().__init__()
        self.ctx, self.block, self.review_mode = ctx, block, review
        self.model = ActionsModel(ctx, block, today)
        if review:  # "since last time": only the actions carried into this meeting
            self.model.review_meeting = meeting_number(ctx.ws, ctx.meeting_id)
            self.model.reload()
        self.view = WorksheetView(self, readonly=ctx.readonly)
        self.view.setObjectName(f"actions:{block.id}")
        self.view.setAccessibleName(block.title)
        self.view.setModel(self.model)
        self.view.setItemDelegate(ActionsDelegate(self))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection
                                   if not ctx.readonly
                                   else QAbstractItemView.SelectionMode.NoSelection)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading(block.title, ctx.zoom, ctx.readonly))
        if block.instructions:
            layout.addWidget(note(block.instructions))
        self.review = QLabel()
        self.review.setObjectName("since-last-time")
        self.review.setWordWrap(True)
        self.review.setStyleSheet("QLabel { background: #fff4d6; padding: 6px; }")
        layout.addWidget(self.review)
        self.owner_box = QComboBox()
        self.status_box = QComboBox()
        self.sort_box = QCheckBox(translate("Actions", "Sort by deadline"))
        self.summary = QLabel()
        if not ctx.readonly:
            layout.addLayout(self._filter_row())
        layout.addWidget(self.view)
        self.example = QLabel(self._example_text())
        self.example.setObjectName("example")
        self.example.setWordWrap(True)
        self.example.setStyleSheet("QLabel { color: #555; font-style: italic; }")
        layout.addWidget(self.example)
        self.new_text = SubmitLineEdit()  # Ctrl+Z after adding undoes the action
        if not ctx.readonly and not review:
            layout.addLayout(self._add_row())
        layout.addStretch(1)

        apply_style(self, ctx.zoom, ctx.readonly)
        self.model.bold = scaled_font(ctx.zoom, ctx.readonly)
        self.model.bold.setBold(True)
        self._layout_columns()
        self.model.modelReset.connect(self._after_reset)
        self.model.layoutChanged.connect(self._after_reset)
        # Wrapped text gets taller when a column narrows: re-measure once the widths settle.
        self._remeasure = QTimer(self, singleShot=True, interval=0)
        self._remeasure.timeout.connect(self.view.resizeRowsToContents)
        self._remeasure.timeout.connect(self._fit_header)
        self.view.horizontalHeader().sectionResized.connect(lambda *_: self._remeasure.start())
        ctx.hub.changed.connect(self._on_changed)
        self._after_reset()

    # --- building ------------------------------------------------------------------------
    def _filter_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        owner_label = QLabel(translate("Actions", "&Owner:"))
        owner_label.setBuddy(self.owner_box)
        self.owner_box.setAccessibleName(translate("Actions", "Show actions of owner"))
        self.owner_box.setAccessibleDescription(translate("Actions", "Only this person's actions "
                                                          "are listed"))
        self.owner_box.currentIndexChanged.connect(self._filter)
        status_label = QLabel(translate("Actions", "S&tatus:"))
        status_label.setBuddy(self.status_box)
        self.status_box.setAccessibleName(translate("Actions", "Show actions with status"))
        self.status_box.setAccessibleDescription(translate("Actions", "Only the actions with "
                                                           "this status are listed"))
        self.status_box.addItem(translate("Actions", "All statuses"), "")
        self.status_box.addItem(translate("Actions", "Open (not completed or abandoned)"), OPEN)
        self.status_box.addItem(translate("Actions", "Closed (completed or abandoned)"), CLOSED)
        for status in self.block.statuses:   # shown in the workshop's language, kept as stored
            self.status_box.addItem(status, self.model.words.stored("status", status))
        self.status_box.currentIndexChanged.connect(self._filter)
        self.sort_box.setAccessibleName(translate("Actions", "Sort actions by deadline"))
        self.sort_box.setAccessibleDescription(translate("Actions", "Earliest deadline first; "
                                                         "undated actions last"))
        self.sort_box.toggled.connect(self._filter)
        self.summary.setObjectName("summary")
        for widget in (owner_label, self.owner_box, status_label, self.status_box,
                       self.sort_box):
            row.addWidget(widget)
        row.addStretch(1)
        row.addWidget(self.summary)
        self._fill_owners()
        return row

    def _add_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        example = self.block.example
        self.new_text.setPlaceholderText(
            translate("Actions", "New action, e.g. {example}").format(example=example.text)
            if example else translate("Actions", "New action: what will be done?"))
        self.new_text.setAccessibleName(translate("Actions", "New action in {worksheet}").format(
            worksheet=self.block.title))
        self.new_text.returnPressed.connect(self.add_action)
        escape_to(self.new_text, self.view)  # Esc leaves the box for the sheet (never trapped)
        add = QPushButton(translate("Actions", "Add action"))
        add.setAccessibleName(translate("Actions", "Add action to {worksheet}").format(
            worksheet=self.block.title))
        add.setToolTip(translate("Actions", "Add the action typed on the left (Enter)"))
        add.clicked.connect(self.add_action)
        remove = QPushButton(translate("Actions", "Remove action"))
        remove.setAccessibleName(translate("Actions", "Remove the selected action from "
                                           "{worksheet}").format(worksheet=self.block.title))
        remove.setToolTip(translate("Actions", "Remove the selected action (Ctrl+Delete); Ctrl+Z "
                                    "brings it back"))
        remove.clicked.connect(self.remove_action)
        shortcut = QAction(translate("Actions", "Remove action"), self)
        shortcut.setShortcut(QKeySequence("Ctrl+Delete"))
        shortcut.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.triggered.connect(self.remove_action)
        self.addAction(shortcut)
        self.add_button, self.remove_button = add, remove
        row.addWidget(self.new_text, 1)
        row.addWidget(add)
        row.addWidget(remove)
        return row

    def _example_text(self) -> str:
        example = self.block.example
        if example is None:
            return ""
        parts = [translate("Actions", "Example: {text}").format(text=example.text)]
        if example.owner:
            parts.append(translate("Actions", "owner: {owner}").format(owner=example.owner))
        if example.deadline:
            parts.append(translate("Actions", "deadline: {deadline}").format(
                deadline=example.deadline))
        if example.status:
            parts.append(translate("Actions", "status: {status}").format(status=example.status))
        return " — ".join(parts)

    def _layout_columns(self) -> None:
        header = self.view.horizontalHeader()
        align = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        if not self.ctx.readonly:  # fixed widths: a template's long heading wraps, not clips
            align |= Qt.TextFlag.TextWordWrap
        header.setDefaultAlignment(align)
        header.setFont(self.model.bold)  # as large as the cells: the projector's too
        if self.ctx.readonly:  # the projector's style sheet would otherwise shrink it back
            size = self.model.bold.pointSizeF()
            header.setStyleSheet(f"QHeaderView::section {{ font-size: {size:.1f}pt; }}")
        for number, column in enumerate(self.model.columns):
            # projector: the words stretch; laptop: the notes take what is left
            stretch = ("text", "notes") if self.ctx.readonly else ("notes",)
            if column.key in stretch:
                header.setSectionResizeMode(number, QHeaderView.ResizeMode.Stretch)
            elif self.ctx.readonly:  # short values; the words get the room
                header.setSectionResizeMode(number, QHeaderView.ResizeMode.ResizeToContents)
            else:
                header.setSectionResizeMode(number, QHeaderView.ResizeMode.Interactive)
        self._fit_columns()
        self._fit_header()

    def _fit_columns(self) -> None:
        """Laptop: the standard widths, or narrower when the essential columns would not fit
        in the view, so Action, Owner, Deadline and Status show without scrolling."""
        if self.ctx.readonly:
            return
        columns = self.model.columns
        widths = [COLUMN_WIDTHS.get(c.key, 150) * self.ctx.zoom for c in columns]
        essential = sum(w for c, w in zip(columns, widths, strict=True) if c.key in ESSENTIAL)
        room = self.view.viewport().width() - self.view.verticalHeader().width()
        share = min(1.0, max(MIN_SHARE, room / essential)) if essential and room > 0 else 1.0
        for number, (column, width) in enumerate(zip(columns, widths, strict=True)):
            if column.key == "notes":
                continue  # stretches into what is left
            self.view.setColumnWidth(number, int(width * (share if column.key in ESSENTIAL
                                                          else 1.0)))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self._fit_columns()

    def _fit_header(self) -> None:
        """On the laptop the columns have fixed widths: make the header tall enough for the
        headings that wrap (a template's own labels, e.g. "When will it be done?"). The
        projector sizes its columns to their headings instead."""
        if self.ctx.readonly:
            return
        header = self.view.horizontalHeader()
        metrics = header.fontMetrics()
        margin = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
        tallest = metrics.height()
        for number in range(self.model.columnCount()):
            text = str(self.model.headerData(number, Qt.Orientation.Horizontal))
            width = max(20, header.sectionSize(number) - 2 * margin - 2)
            box = metrics.boundingRect(0, 0, width, 10_000, int(Qt.TextFlag.TextWordWrap), text)
            tallest = max(tallest, box.height())
        usual = header.sizeHint().height()  # one line: keep Qt's own height
        header.setFixedHeight(max(usual, usual - metrics.height() + tallest))

    # --- refreshing ----------------------------------------------------------------------
    def _on_changed(self, changed: Changed) -> None:
        if (changed.what == ChangeKind.ACTIONS and changed.block_id == self.block.id) or \
                changed.what in (ChangeKind.PARTICIPANTS, ChangeKind.MEETINGS):
            self.refresh()

    def refresh(self) -> None:
        current = self.view.currentIndex()
        keep = (current.data(ActionIdRole), current.column()) \
            if current.isValid() else None
        self.model.reload()
        if keep is not None:
            row = self.model.row_of(int(keep[0]))
            if row >= 0:
                self.view.move_to(row, keep[1])

    def _after_reset(self) -> None:
        if not self.ctx.readonly:
            self._fill_owners()
        self.view.resizeRowsToContents()
        self.example.setVisible(bool(self.block.example) and not self.model.all
                                and not self.review_mode)
        shown, total = self.model.rowCount(), len(self.model.pool)
        overdue = self.model.overdue_count()
        text = translate("Actions", "{shown} of {total} actions").format(
            shown=shown, total=total) if shown != total else \
            (translate("Actions", "{count} action") if total == 1 else
             translate("Actions", "{count} actions")).format(count=total)
        self.summary.setText(text + (translate("Actions", " · {count} overdue").format(
            count=overdue) if overdue else ""))
        self._show_review()

    def _show_review(self) -> None:
        try:
            number = meeting_number(self.ctx.ws, self.ctx.meeting_id)
        except ServiceError:  # the meeting on screen was just removed (undo of "new meeting")
            self.review.setVisible(False)
            return
        carried = since_last_time(self.model.all, number)
        self.review.setVisible(bool(carried) and not self.review_mode)
        if carried:
            self.review.setText((translate(
                "Actions", "Since last time: {count} action still open from earlier meetings. "
                "Confirm progress and update each status.") if len(carried) == 1 else translate(
                "Actions", "Since last time: {count} actions still open from earlier meetings. "
                "Confirm progress and update each status.")).format(count=len(carried)))

    def _fill_owners(self) -> None:
        wanted = self.model.owner_filter
        self.owner_box.blockSignals(True)
        self.owner_box.clear()
        self.owner_box.addItem(translate("Actions", EVERYONE), "")
        for name in self.model.owners():
            self.owner_box.addItem(name, name)
        at = self.owner_box.findData(wanted)
        self.owner_box.setCurrentIndex(max(0, at))
        self.owner_box.blockSignals(False)

    def _filter(self) -> None:
        self.model.set_filters(owner=str(self.owner_box.currentData() or ""),
                               status=str(self.status_box.currentData() or ""),
                               sort_by_deadline=self.sort_box.isChecked())

    # --- editing -------------------------------------------------------------------------
    def add_action(self) -> None:
        text = self.new_text.text().strip()
        if not text:
            self.new_text.setFocus()
            return
        command = AddAction(self.ctx.ws, self.ctx.hub, self.block.id, text, self.ctx.meeting_id)
        command.settle = lambda: clear_if_still(self.new_text, text)
        self.ctx.undo.push(command)
        if command.failed:  # the box keeps the text until Retry adds it (or Dismiss)
            return
        self.new_text.take_text()  # empty, with no typing history to undo
        row = self.model.row_of(command.action_id or -1)
        if row >= 0:  # go straight to the owner: the next thing the room decides
            self.view.setFocus()
            self.view.move_to(row, self.model.columns.index(OWNER))

    def remove_action(self) -> None:
        current = self.view.currentIndex()
        if not current.isValid():
            return
        action = self.model.action_at(current.row())
        self.ctx.undo.push(RemoveAction(self.ctx.ws, self.ctx.hub, action))


def create(ctx: BlockContext, block: ActionsBlock) -> QWidget:
    return ActionsWorksheet(ctx, block)


def create_review(ctx: BlockContext, carried: Sequence[Action]) -> QWidget:
    """The "since last time" review for a meeting's first agenda item: the actions `carried`
    over from earlier meetings (services.meetings.review_actions), with their status editable
    for this meeting."""
    from facilitator.services.meetings import carry_over_blocks

    box = QWidget()
    box.setObjectName("since-last-time-review")
    box.setAccessibleName(translate("Actions", "Since last time: actions to review"))
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(heading(translate("Actions", "Since last time"), ctx.zoom, ctx.readonly,
                             scale=1.4))
    layout.addWidget(note((translate(
        "Actions", "{count} action carried over from earlier meetings. Confirm progress on each "
        "and update its status; look for ways to speed up anything behind schedule.")
        if len(carried) == 1 else translate(
        "Actions", "{count} actions carried over from earlier meetings. Confirm progress on each "
        "and update its status; look for ways to speed up anything behind schedule."))
        .format(count=len(carried))))
    for block_id in carry_over_blocks(ctx.ws):
        block = ctx.ws.shown.block(block_id)
        if isinstance(block, ActionsBlock) and any(a.block_id == block_id for a in carried):
            worksheet = ActionsWorksheet(ctx, block, review=True)
            worksheet.setObjectName(f"review:{block_id}")
            layout.addWidget(worksheet)
    return box
