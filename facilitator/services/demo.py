"""The demo workshop: the attract-retain focus group filled with the seed's own example content
(example initiatives marked for exploration, the illustrative prioritization, the example
proposal) and a fictional room of participants, so a newcomer sees a realistic session."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from facilitator.domain.snapshot import example_card
from facilitator.domain.template import ActionsBlock, GridBlock, TableBlock
from facilitator.resources import user_templates_dir
from facilitator.services.actions import add_action
from facilitator.services.grid import place_card
from facilitator.services.tables import CellEdit, set_cells
from facilitator.services.templates import find_template
from facilitator.services.workshop import NewParticipant, Workshop, create_workshop, open_workshop
from facilitator.storage.errors import WorkshopFileError

DEMO_TEMPLATE = "attract-retain"

# Fictional people (accents on purpose: handouts must print them).
DEMO_PEOPLE = (
    NewParticipant("Dana Whitfield", "District head of student support", "District office"),
    NewParticipant("José Álvarez", "School head(s) of student support", "Lincoln Middle School"),
    NewParticipant("Priya Raman", "School counselor(s)", "Roosevelt High School"),
    NewParticipant("Marcus Bell", "Social worker(s)", "Eastside Elementary"),
    NewParticipant("Zoë Novak", "School psychologist(s)", "District office"),
    NewParticipant("Renée Ortiz", "Other licensed provider(s) (e.g., LCSW)", "Roosevelt High"),
    NewParticipant("Sam Okafor", "Other health provider (e.g., school nurse)", "Lincoln Middle"),
)

# Initiative actions the demo room marked "consider exploring further" (row ids of the template).
DEMO_EXPLORE_GROUPS = ("1.", "5.", "7.", "8.", "12.")


def default_demo_path() -> Path:
    return user_templates_dir().parent / "Demo workshop.workshop"


def create_demo(path: Path, *, replace: bool = False) -> Workshop:
    template = find_template(DEMO_TEMPLATE)
    path = Path(path)
    if replace and path.exists():
        open_workshop(path).close()  # refuses (and keeps) a file open elsewhere or not ours
        path.unlink()
    path.parent.mkdir(parents=True, exist_ok=True)
    ws = create_workshop(path, template, title="Attract and retain: demo focus group",
                         date=date.today().isoformat(), time="15:30",
                         location="District office, Room 204", participants=DEMO_PEOPLE)
    try:
        _fill(ws)
    except BaseException:
        ws.close()
        raise
    return ws


def _fill(ws: Workshop) -> None:
    template = ws.template
    roster = template.block("roster")
    if isinstance(roster, TableBlock):
        edits = [CellEdit(row.id, "names", person.name)
                 for row, person in zip(roster.rows, DEMO_PEOPLE, strict=False)]
        set_cells(ws, roster.id, edits)
    for block in template.blocks():
        if isinstance(block, TableBlock) and block.id.startswith("initiatives-"):
            picks = [CellEdit(row.id, "explore", True) for row in block.rows
                     if row.group.startswith(DEMO_EXPLORE_GROUPS)]
            if picks:
                set_cells(ws, block.id, picks)
    grid = template.block("prioritize")
    if isinstance(grid, GridBlock):
        for index, example in enumerate(grid.examples):
            place_card(ws, grid.id, example_card(index), example.x, example.y,
                       label=example.label, category=example.category)
    propose = template.block("propose")
    if isinstance(propose, ActionsBlock) and propose.example is not None:
        example = propose.example
        add_action(ws, propose.id, example.text, owner=example.owner, deadline=example.deadline,
                   category=propose.categories[0] if propose.categories else "",
                   source="example")


__all__ = ["WorkshopFileError", "create_demo", "default_demo_path"]
