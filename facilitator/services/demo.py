"""The demo workshop: the attract-retain focus group as a room might have filled it in, so a
newcomer sees what every worksheet, handout and export is for.

Built on the template's own examples (the example initiatives marked for exploration, the
illustrative prioritization, the example proposal); everything the room "said" (aspirations,
brainstormed ideas, proposals with owners and dated deadlines, key themes) is our own wording,
modelled on the kinds of answers the source's examples suggest. The people are fictional.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from facilitator.domain.snapshot import example_card, idea_card
from facilitator.domain.template import ActionsBlock, GridBlock, IdeasBlock, TableBlock
from facilitator.resources import user_templates_dir
from facilitator.services.actions import add_action
from facilitator.services.grid import place_card
from facilitator.services.ideas import add_idea
from facilitator.services.snapshot import read_snapshot
from facilitator.services.tables import CellEdit, set_cells
from facilitator.services.templates import find_template
from facilitator.services.themes import add_theme
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
# ... and the ones the district already does.
DEMO_DOES_GROUPS = ("3.", "6.", "10.")

ASPIRATIONS = {
    "organization": (
        "Counselors share offices or work from the library; referral paperwork differs from "
        "school to school.",
        "Every school has a private room for counseling, and one referral process runs across "
        "the district."),
    "leaders": (
        "Staff learn about decisions on student wellbeing after they are made.",
        "Mental health staff sit on the teams that decide on student wellbeing, and their "
        "input is asked for before changes."),
    "job": (
        "Lunch and bus duty take hours a week; there is no career path beyond the first role.",
        "Staff spend most of their week with students, and can grow into lead and "
        "supervisor roles."),
}

# (category, lane, text, author index, votes)
IDEAS = (
    ("organization", "taking", "Quarterly wellness days for student support staff", 0, 3),
    ("organization", "could", "A shared referral form and tracker for every school", 3, 6),
    ("organization", "could", "A quiet counseling room in every building", 2, 5),
    ("leaders", "taking", "Counselor seat on the district wellbeing committee", 1, 2),
    ("leaders", "could", "Principals meet their mental health staff monthly", 4, 4),
    ("job", "taking", "Paid supervision hours toward licensure", 5, 3),
    ("job", "could", "Take counselors off lunch and bus duty", 2, 7),
    ("job", "could", "A lead-counselor step on the salary scale", 6, 4),
)
# Brainstormed ideas the room also placed on the impact x ease grid: index -> (ease, impact).
PLACED_IDEAS = {1: (0.70, 0.80), 6: (0.80, 0.90), 7: (0.25, 0.65)}

# (text, owner index or free-text owner, days from the meeting, category, status, notes)
PROPOSALS: tuple[tuple[str, int | str, int, str, str, str], ...] = (
    ("Take counselors and social workers off lunch and bus duty", "Principal of each school",
     21, "Do it now!", "not started", "Start with the two middle schools."),
    ("Adopt one referral form and tracker for every school", 0, 45, "Do it now!",
     "in progress", "Draft from the Roosevelt High form."),
    ("Set aside a private counseling room in each building", 1, 60, "Do it now!",
     "not started", ""),
    ("Invite mental health staff to the monthly principals' meeting", 4, 14, "Do it now!",
     "not started", ""),
    ("Offer paid supervision hours toward licensure", "HR director", 120, "Do it next",
     "not started", "Check the collective bargaining agreement first."),
    ("Propose a lead-counselor step on the salary scale", 0, 150, "Do it next",
     "not started", "Needs budget approval."),
)

THEMES = (
    ("Time with students comes first",
     "Staff said duties that anyone could do (lunch, buses, testing) take the hours they "
     "need for counseling. Freeing that time was the most popular idea in the room."),
    ("A place to work",
     "Several counselors have no private room. A quiet room in each building would make "
     "confidential conversations possible and show that the work is valued."),
    ("Being asked before decisions",
     "Staff want a voice in decisions about student wellbeing. A seat on the committee and "
     "monthly meetings with principals were seen as quick, low-cost steps."),
    ("A path to grow",
     "Without supervision hours or a lead role, experienced staff leave for private "
     "practice. Supervision and a career step would help keep them."),
)


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
    people = [p.id for p in read_snapshot(ws).participants]
    roster = template.block("roster")
    if isinstance(roster, TableBlock):
        edits = [CellEdit(row.id, "names", person.name)
                 for row, person in zip(roster.rows, DEMO_PEOPLE, strict=False)]
        set_cells(ws, roster.id, edits)
    aspirations = template.block("aspirations")
    if isinstance(aspirations, TableBlock):
        set_cells(ws, aspirations.id, [CellEdit(row, column, text)
                                       for row, (now, want) in ASPIRATIONS.items()
                                       for column, text in (("now", now), ("want", want))])
    for block in template.blocks():
        if isinstance(block, TableBlock) and block.id.startswith("initiatives-"):
            picks = [CellEdit(row.id, "explore", True) for row in block.rows
                     if row.group.startswith(DEMO_EXPLORE_GROUPS)]
            picks += [CellEdit(row.id, "does", True) for row in block.rows
                      if row.group.startswith(DEMO_DOES_GROUPS)]
            if picks:
                set_cells(ws, block.id, picks)
    ideas: list[tuple[int, str, str]] = []   # (id, text, category)
    brainstorm = template.block("brainstorm")
    if isinstance(brainstorm, IdeasBlock):
        for category, lane, text, author, votes in IDEAS:
            changed = add_idea(ws, brainstorm.id, text, category, lane,
                               author_id=people[author], votes=votes)
            ideas.append((int(changed.ids[0]), text, category))
    grid = template.block("prioritize")
    if isinstance(grid, GridBlock):
        for index, example in enumerate(grid.examples):
            place_card(ws, grid.id, example_card(index), example.x, example.y,
                       label=example.label, category=example.category)
        for index, (x, y) in PLACED_IDEAS.items():
            if index < len(ideas):
                idea_id, text, category = ideas[index]
                place_card(ws, grid.id, idea_card(idea_id), x, y, label=text,
                           category=category)
    propose = template.block("propose")
    if isinstance(propose, ActionsBlock):
        _proposals(ws, propose, people)
    if any(b.id == "key-themes" for b in template.blocks()):
        for headline, body in THEMES:
            add_theme(ws, "key-themes", headline, body)


def _proposals(ws: Workshop, propose: ActionsBlock, people: list[int]) -> None:
    if propose.example is not None:
        example = propose.example
        add_action(ws, propose.id, example.text, owner=example.owner, deadline=example.deadline,
                   category=propose.categories[0] if propose.categories else "",
                   source="example")
    today = date.today()
    for text, owner, days, category, status, notes in PROPOSALS:
        who: dict[str, object] = ({"owner_id": people[owner]} if isinstance(owner, int)
                                  else {"owner": owner})
        add_action(ws, propose.id, text, deadline=(today + timedelta(days=days)).isoformat(),
                   category=category if category in propose.categories else "",
                   status=status if status in propose.statuses else propose.statuses[0],
                   notes=notes, **who)


__all__ = ["WorkshopFileError", "create_demo", "default_demo_path"]
