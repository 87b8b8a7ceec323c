"""What every document builder shares: the snapshot, the meeting, styles and the story."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.platypus import CondPageBreak, Flowable

from facilitator.domain.actions import participant_names
from facilitator.domain.snapshot import Meeting, WorkshopSnapshot
from facilitator.domain.template import AnyBlock, GridBlock, TableBlock
from facilitator.handouts.page import LANDSCAPE, PORTRAIT, Story
from facilitator.handouts.rtl import TextParagraph as Paragraph
from facilitator.handouts.style import Styles, esc, make_styles
from facilitator.handouts.tables import is_wide

KEEP_BLOCK = 2.5 * inch   # a block title needs this much room below it: its first rows too
KEEP_HEADING = 1.2 * inch


def orientation_of(block: AnyBlock) -> str:
    return LANDSCAPE if isinstance(block, TableBlock) and is_wide(block) else PORTRAIT


@dataclass
class Ctx:
    snapshot: WorkshopSnapshot
    story: Story
    st: Styles
    meeting: Meeting
    today: date = field(default_factory=date.today)  # what "overdue" is measured against
    names: dict[int, str] = field(default_factory=dict)  # participant id -> current name

    @classmethod
    def new(cls, snapshot: WorkshopSnapshot, paper: str, today: date | None = None) -> Ctx:
        return cls(snapshot, Story(paper), make_styles(), snapshot.meeting,
                   today or date.today(), participant_names(snapshot))

    @property
    def width(self) -> float:
        return self.story.width

    def add(self, *items: Flowable) -> None:
        self.story.add(*items)

    def orient_for(self, block: AnyBlock) -> None:
        """Wide worksheets get landscape pages; everything else goes back to portrait."""
        wanted = orientation_of(block)
        if wanted != self.story.orientation:
            self.story.new_page(wanted)

    def board_height(self) -> float:
        return min(self.width * 0.72, self.story.height * 0.62)

    def room_for(self, block: AnyBlock | None) -> float:
        """Space a block's title needs below it to start the block on the same page."""
        if isinstance(block, GridBlock):
            return self.board_height() + 1.1 * inch
        return KEEP_BLOCK

    def subheading(self, markup: str, style: ParagraphStyle | None = None) -> None:
        """A heading (trusted markup) that never sits alone at the foot of a page."""
        self.add(CondPageBreak(KEEP_HEADING), Paragraph(markup, style or self.st.h3))

    def heading(self, block: AnyBlock, *, instructions: bool = True,
                room: float = KEEP_BLOCK) -> None:
        # Room for the title and the first rows (or a whole figure), else start on the next
        # page. (Not keepWithNext: reportlab then leaves a blank page before a table taller
        # than a page.)
        self.add(CondPageBreak(room), Paragraph(esc(block.title), self.st.h2))
        if instructions and block.instructions:
            self.add(Paragraph(esc(block.instructions), self.st.instructions))
