""""Since last time" on the projector: the actions carried into this meeting of a series, laid
out for the back of the room rather than as the laptop's editable table.

Each action is a card: its words first, full width and wrapped (never cut to "..."), and under
them who owns it, by when, and its status at this meeting. An overdue action says "Overdue" in
words on the card, besides the red edge, so the flag does not rest on colour alone. Overdue is
the domain's one rule (domain.actions.is_overdue), the one the handouts and exports use.

The slide re-reads when the hub says actions, participants or meetings changed, so a status
the facilitator updates during the review reaches the room at once.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from facilitator.domain.actions import (
    by_deadline,
    deadline_text,
    is_overdue,
    owner_name,
    status_at,
)
from facilitator.domain.snapshot import Action
from facilitator.ui.worksheets.kit.context import BlockContext
from facilitator.ui.worksheets.kit.worksheet_style import scaled_font

REFRESH_ON = ("actions", "participants", "meetings")
OVERDUE_EDGE, OVERDUE_BACK, OVERDUE_TEXT = "#b42318", "#fdecea", "#8a1c12"
PLAIN_EDGE = "#1f2937"


@dataclass(frozen=True)
class ReviewLine:
    """One carried action as the room reads it."""
    action_id: int
    text: str
    owner: str
    deadline: str
    status: str
    overdue: bool


def review_lines(carried: Sequence[Action], meeting_number: int, names: dict[int, str],
                 today: date) -> list[ReviewLine]:
    """Soonest deadline first (so what is overdue leads); the status is the one recorded at
    this meeting, and overdue is judged on that status."""
    lines = []
    for action in by_deadline(carried):
        status = status_at(action, meeting_number) or action.status
        lines.append(ReviewLine(action.id, action.text.strip(), owner_name(action, names),
                                deadline_text(action.deadline), status,
                                is_overdue(replace(action, status=status), today)))
    return lines


def _label(text: str, size: float, *, bold: bool = False, colour: str = "#000000") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)   # an action's words are data, not markup
    weight = "bold" if bold else "normal"
    # Its own rule: the projector's sheet style would otherwise set every label one size.
    label.setStyleSheet(f"font-size: {size:.1f}pt; font-weight: {weight}; color: {colour};"
                        " background: transparent;")
    return label


class SinceLastTimeSlide(QWidget):
    """The projected review. `today` is a function so that tests can pick the day."""

    def __init__(self, ctx: BlockContext, *, meeting_name: str = "Meeting",
                 today: Callable[[], date] = date.today) -> None:
        super().__init__()
        self.ctx, self.meeting_name, self.today = ctx, meeting_name, today
        self.setObjectName("since-last-time-slide")
        self.setAccessibleName("Since last time: actions carried over")
        self.lines: list[ReviewLine] = []
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(int(6 * ctx.zoom))
        self.reload()
        ctx.hub.changed.connect(self._on_changed)

    def _on_changed(self, changed: object) -> None:
        if getattr(changed, "what", None) in REFRESH_ON:
            self.reload()

    def reload(self) -> None:
        from facilitator.services.errors import NotFoundError
        from facilitator.services.meetings import meeting_number, review_actions
        from facilitator.services.people import read_participants

        ws = self.ctx.ws
        try:
            number = meeting_number(ws, self.ctx.meeting_id)
        except NotFoundError:
            # Its meeting was just removed (New meeting undone): the projector is being
            # rebuilt for the meeting before, and this slide goes with the old view.
            return
        names = {p.id: p.name for p in read_participants(ws) if p.name.strip()}
        lines = review_lines(review_actions(ws, self.ctx.meeting_id), number, names,
                             self.today())
        if lines == self.lines and self._layout.count():
            return
        self.lines = lines
        self._rebuild(number)

    def _rebuild(self, number: int) -> None:
        while self._layout.count():
            item = self._layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        base = scaled_font(self.ctx.zoom, True).pointSizeF()
        overdue = sum(1 for line in self.lines if line.overdue)
        count = len(self.lines)
        title = _label("Since last time", base * 1.5, bold=True)
        title.setObjectName("sinceLastTimeTitle")
        self._layout.addWidget(title)
        summary = (f"{count} action{'s' if count != 1 else ''} carried over from earlier "
                   f"{self.meeting_name.lower()}s")
        if overdue:
            summary += f" · {overdue} overdue"
        facts = _label(summary, base)
        facts.setObjectName("sinceLastTimeSummary")
        self._layout.addWidget(facts)
        for line in self.lines:
            self._layout.addWidget(self._card(line, base))

    def _card(self, line: ReviewLine, base: float) -> QFrame:
        card = QFrame()
        card.setObjectName(f"review-action:{line.action_id}")
        edge = OVERDUE_EDGE if line.overdue else PLAIN_EDGE
        back = OVERDUE_BACK if line.overdue else "#ffffff"
        card.setStyleSheet(f"QFrame#review-action\\:{line.action_id} {{ background: {back};"
                           f" border: none; border-left: {max(6, int(4 * self.ctx.zoom))}px"
                           f" solid {edge}; }}")
        layout = QVBoxLayout(card)
        pad = int(8 * self.ctx.zoom)
        layout.setContentsMargins(pad, pad // 2, pad, pad // 2)
        layout.setSpacing(2)
        top = QHBoxLayout()
        text = _label(line.text, base * 1.15, bold=True)
        text.setObjectName("reviewActionText")
        top.addWidget(text, 1)
        if line.overdue:
            flag = _label("Overdue", base, bold=True, colour="#ffffff")
            flag.setObjectName("overdueFlag")
            flag.setWordWrap(False)
            flag.setStyleSheet(flag.styleSheet().replace("background: transparent;",
                                                         f"background: {OVERDUE_EDGE};")
                               + f" padding: 2px {pad}px;")
            top.addWidget(flag, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(top)
        details = [line.owner or "No owner yet",
                   f"due {line.deadline}" if line.deadline else "no deadline",
                   line.status]
        detail = _label(" · ".join(details), base,
                        colour=OVERDUE_TEXT if line.overdue else "#1f2937")
        detail.setObjectName("reviewActionDetails")
        layout.addWidget(detail)
        card.setAccessibleName(f"{line.text}. {'. '.join(details)}"
                               + (". Overdue" if line.overdue else ""))
        return card

    def texts(self) -> list[str]:
        """Every text on the slide, top to bottom (what the room can read)."""
        return [label.text() for label in self.findChildren(QLabel)]
