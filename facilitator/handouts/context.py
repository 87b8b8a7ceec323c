"""What every document builder shares: the snapshot, the meeting, styles and the story."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.platypus import CondPageBreak, Flowable

from facilitator.domain.actions import deadline_date, participant_names
from facilitator.domain.language import Words
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
    words: Words = field(default_factory=Words)  # the labels' language, dates in its style
    # A template's vocabulary (statuses, choices, categories) in the document's language: what
    # the room picked is stored in the template's own words and printed in these.
    vocabulary: dict[str, str] = field(default_factory=dict)

    @classmethod
    def new(cls, snapshot: WorkshopSnapshot, paper: str, today: date | None = None,
            words: Words | None = None, vocabulary: dict[str, str] | None = None) -> Ctx:
        return cls(snapshot, Story(paper), make_styles(), snapshot.meeting,
                   today or date.today(), participant_names(snapshot), words or Words(),
                   vocabulary or {})

    def t(self, text: str, /, **values: object) -> str:
        """A label the document adds, in its language."""
        return self.words(text, **values)

    def deadline(self, text: str) -> str:
        """A deadline spelled out in the document's language ('15 de junio de 2026'), free
        text as typed."""
        due = deadline_date(text)
        return self.words.date(due) if due is not None else text.strip()

    def term(self, value: str) -> str:
        """A stored status, choice or category in the document's language (typed text, which
        matches no template term, prints as typed)."""
        return self.vocabulary.get(value.strip(), value) if value else value

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
