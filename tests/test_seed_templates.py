"""The shipped workshop templates carry their seed documents over faithfully.

Every expected list below was written from the seed documents themselves (table rows and
columns, answer choices, agenda minutes, roles, initiative and action wording), not from the
templates. The seeds are not read here: the project must test on its own.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from facilitator.domain.template import (
    ActionsBlock,
    BlockKind,
    ColumnType,
    GridBlock,
    IdeasBlock,
    TableBlock,
    Template,
    TextBlock,
    ThemesBlock,
)
from facilitator.domain.template_yaml import load_template_file
from facilitator.resources import resource_path

# Each shipped template and the publisher its source (the publication it was made from)
# names first, as a reader would look it up.
CFC = "Chiefs for Change, Promising Practice"
SHIPPED = {
    "attract-retain": CFC + ' "Improve districts\' ability to attract and retain',
    "check-in": CFC + ' "Strengthen support for school-based mental health staff"',
    "staff-roles": CFC + ' "Strengthen support for school-based mental health staff"',
    "communities-of-care": 'National Charter School Resource Center, "Creating Communities of Care',
    "provider-barriers": CFC + ' "Structure referral pathways',
    "provider-roles": CFC + ' "Structure referral pathways',
    "provider-data-review": CFC + ' "Structure referral pathways',
    "provider-partnership-review": CFC + ' "Structure referral pathways',
    "key-themes": 'Massachusetts Safe and Supportive Schools Commission, "Summary of Key Themes',
}

YES_NO_UNSURE = ("Yes", "No", "Unsure")


def load(template_id: str) -> Template:
    return load_template_file(resource_path("workshops", f"{template_id}.yaml"))


def table(t: Template, block_id: str) -> TableBlock:
    block = t.block(block_id)
    assert isinstance(block, TableBlock), f"{block_id} is not a table"
    return block


def labels(block: TableBlock) -> list[str]:
    return [row.label for row in block.rows]


def grouped(block: TableBlock) -> list[tuple[str, str]]:
    return [(row.group, row.label) for row in block.rows]


def column_labels(block: TableBlock) -> list[str]:
    return [column.label for column in block.columns]


def agenda(t: Template) -> list[tuple[str, int]]:
    return [(item.title, item.minutes) for item in t.agenda]


def value_lines(block: TableBlock, row_id: str, column_id: str) -> list[str]:
    row = next(r for r in block.rows if r.id == row_id)
    return [line.removeprefix("• ") for line in row.values[column_id].splitlines()]


# --------------------------------------------------------------------------------------------
# Every shipped template


def shipped_files() -> list[Path]:
    return sorted(resource_path("workshops").glob("*.yaml"))


def test_every_seed_template_is_shipped() -> None:
    assert {path.stem for path in shipped_files()} >= set(SHIPPED)


@pytest.mark.parametrize("path", shipped_files(), ids=lambda p: p.name)
def test_every_shipped_template_validates_with_unique_block_ids(path: Path) -> None:
    t = load_template_file(path)
    assert t.id == path.stem
    ids = [block.id for block in t.blocks()]
    assert len(ids) == len(set(ids)), "block ids must be unique"
    assert t.source.strip()
    for item in t.agenda:
        assert item.minutes > 0


@pytest.mark.parametrize("template_id", sorted(SHIPPED))
def test_template_cites_its_publication_and_ends_with_key_themes(template_id: str) -> None:
    t = load(template_id)
    assert t.source.startswith(SHIPPED[template_id])
    last = t.agenda[-1]
    themes = [b for b in last.blocks if b.id == "key-themes"]
    assert len(themes) == 1 and isinstance(themes[0], ThemesBlock)
    assert t.item_of("key-themes") == len(t.agenda) - 1


@pytest.mark.parametrize("template_id", sorted(SHIPPED))
def test_invitation_uses_only_known_placeholders(template_id: str) -> None:
    t = load(template_id)
    body = t.invitation.subject + t.invitation.body
    assert "{date}" in body and "{time}" in body and "{location}" in body


# --------------------------------------------------------------------------------------------
# attract-retain (seed 000)

AR_AGENDA = [
    ("Set meeting intentions and introductions", 5),
    ("Review the framework for understanding how to attract and retain mental health support "
     "staff", 15),
    ("Set a district aspiration to become a more attractive employer for mental health support "
     "staff", 20),
    ("Break", 5),
    ("Discuss potential actions to help the district attract and retain mental health support "
     "staff", 40),
    ("Prioritize proposed actions based on their estimated impact and ease of implementation",
     20),
    ("Begin to make plans to propose ideas to decision makers", 15),
]

AR_ROLES = [
    "District head of student support",
    "School head(s) of student support",
    "School counselor(s)",
    "Social worker(s)",
    "School psychologist(s)",
    "Other licensed provider(s) (e.g., LCSW)",
    "Other health provider (e.g., school nurse)",
    "Other, please specify",
]

I1 = "1. Improve the working conditions for mental health support staff"
I2 = "2. Standardize and streamline administrative systems and processes"
I3 = "3. Foster the connection of mental health support staff to the school community"
I4 = ("4. Always seek mental health and counseling staff input on important decisions about "
      "student wellbeing")
I5 = "5. Ensure all employees understand mental health/counseling staff's roles"
I6 = ("6. Provide support and coaching with adoption of evidence-based approaches to mental "
      "health services")
I7 = ("7. Free up mental health support staff time for tasks that fully utilize their education "
      "and training")
I8 = "8. Create professional development opportunities for mental health support staff"
I9 = "9. Amplify mental health support staff's impact on the district"
I10 = "10. Emphasize and (where possible) improve your district's salary and benefits packages"
I11 = "11. Consider levers to augment mental health support staff salaries"
I12 = "12. Create career advancement opportunities"

# (initiative, action, italicised in the seed = may also help external provider partnerships)
AR_INITIATIVES = {
    "initiatives-organization": [
        (I1, "Designate office space for mental health support staff to use for counseling "
             "sessions and administrative work", True),
        (I1, "Build a culture that prioritizes student mental health and treats mental health "
             "support staff as equals", True),
        (I1, "Adopt flexible telehealth models to enable work-from-home or hybrid work models "
             "for staff", True),
        (I2, "Establish processes for the entire journey, including referrals to external "
             "providers", True),
        (I2, "Centrally triage all in-need students through a single (set of) admin(s), "
             "including referral to external providers", True),
        (I2, "Standardize IT processes (e.g., via a single note-entry system across the "
             "district)", True),
        (I3, "Integrate the mental health team into the broader teacher and staff work cadence "
             "(e.g., joining morning meeting when not providing direct service to students)",
         False),
        (I3, "Integrate the mental health team into the broader teacher and staff community "
             "and celebrations (e.g., employee of the week)", False),
        (I3, "Increase opportunities for providers to interact with students (e.g., "
             "opportunities to lead universal class-based or school-wide interventions)", False),
    ],
    "initiatives-leaders": [
        (I4, "Establish a teams-based approach to designing and refreshing mental health "
             "services", True),
        (I4, "Regularly collect input from all stakeholders (e.g., teachers, families, and "
             "community leaders)", True),
        (I4, "Set up clear channels for mental health and counseling staff to provide feedback "
             "on mental health services", True),
        (I5, "Work with the district mental health and counseling staff to develop clear role "
             "descriptions", True),
        (I5, "Help teachers and administrators understand the role of mental health and "
             "counseling staff (e.g., share role descriptions and hold trainings)", True),
        (I5, "Establish guardrails to protect mental health and counseling staff's time from "
             "tasks outside their explicit role description. (See the guide to Strengthen "
             "support for school-based mental health staff for more details.)", False),
        (I6, "Regularly employ needs assessments to identify student needs and target the "
             "provision of care", True),
        (I6, "Regularly review literature on the latest evidence-based approaches to refresh "
             "interventions used in districts", False),
        (I6, "Adopt tools to monitor outcomes and adjust care when indicated", False),
    ],
    "initiatives-job": [
        (I7, "Rebalance tasks by licensure and reassign non-specialized tasks to other school "
             "staff where appropriate", False),
        (I7, "Set goals to ensure staff are able to spend time on direct contact and regularly "
             "monitor progress on goals", True),
        (I7, "Regularly meet with relevant staff to review goals for spending more time on "
             "tasks that fully utilize their education and training, including removing "
             "barriers and maintaining accountability for these goals", True),
        (I8, "Set a cadence of frequent case supervision and build structures for mentoring "
             "early-career mental health support staff", False),
        (I8, "Provide regular training on the latest evidence-based practices and improving "
             "counseling techniques", False),
        (I8, "Consider leveraging current or new partnerships with external providers to "
             "support this professional development", True),
        (I9, "Invite mental health support staff to participate in school or district student "
             "wellbeing strategy or policy setting", True),
        (I9, "Invite mental health and counseling staff to lead trainings for staff and "
             "universal interventions in classrooms", False),
        (I9, "Co-create and execute school or district-wide mental-health campaigns with "
             "mental health support staff", False),
        (I10, "Seek additional, sustainable funding sources to improve the compensation of "
              "district-employed staff", False),
        (I10, "Ensure that target staff benefits packages are in line with other district "
              "employee (e.g., teacher) benefits", False),
        (I10, "Where relevant, front-load or affix benefit accrual to job performance rather "
              "than staff tenure", False),
        (I11, "Let mental health support staff work extra hours (ideally on providing care to "
              "students) with commensurate increases in compensation", False),
        (I11, "Consider providing bonuses or pay increases for staff achieving additional "
              "levels of professional licensure", False),
        (I11, "Consider signing bonuses for high-demand mental health support positions and "
              "schools", False),
        (I12, "Create opportunities for mental health and counseling staff to enter school "
              "administration, especially overseeing student wellness", False),
        (I12, "Where beneficial, create supervisory and training roles for experienced mental "
              "health support staff", False),
        (I12, "Consider working with partners to create career pathways between private "
              "practices and school employment", False),
    ],
}

AR_FRAMEWORK = {
    "Great organization": ["Work norms and values", "Physical environment", "Purpose",
                           "Flexibility and balance", "Systems and processes",
                           "Diversity, equity, and inclusion"],
    "Great leaders": ["Management"],
    "Great job": ["Task variety", "Meaningful tasks", "Achievement", "Training and development",
                  "Job advancement", "Compensation and benefits", "Recognition"],
}

# Legend of "Illustrative prioritization of example initiatives", with the attribute of the
# initiative each label stands for.
AR_GRID_EXAMPLES = [
    ("Physical conditions", "organization"),
    ("Foster connections", "organization"),
    ("Evidence/outcomes", "leaders"),
    ("Staff input", "leaders"),
    ("Role descriptions", "leaders"),
    ("Emphasize benefits", "job"),
    ("Augment salaries", "job"),
    ("Career advancement", "job"),
    ("Top of license", "job"),
    ("Professional development", "job"),
    ("Amplify impact", "job"),
]

ATTRIBUTES = [("organization", "Great organization"), ("leaders", "Great leaders"),
              ("job", "Great job")]


def test_attract_retain_agenda_and_roles() -> None:
    t = load("attract-retain")
    assert agenda(t) == AR_AGENDA
    assert t.total_minutes == 120
    assert list(t.roles) == AR_ROLES
    subgrouped = [i for i, item in enumerate(t.agenda) if item.subgroups]
    assert subgrouped == [2, 5]
    for index in subgrouped:
        assert list(t.agenda[index].subgroups) == ["Great organization", "Great leaders",
                                                   "Great job"]
    for placeholder in ("{title}", "{date}", "{time}", "{location}"):
        assert placeholder in t.invitation.subject + t.invitation.body
    assert "two-hour" in t.invitation.body


def test_attract_retain_block_order() -> None:
    t = load("attract-retain")
    assert [[b.id for b in item.blocks] for item in t.agenda] == [
        ["bargaining-reminder", "roster", "providers", "intention"],
        ["bargaining-reminder-2", "framework"],
        ["aspirations"],
        [],
        ["initiatives-organization", "initiatives-leaders", "initiatives-job", "brainstorm"],
        ["bargaining-reminder-3", "prioritize"],
        ["propose", "key-themes"],
    ]
    for block_id in ("bargaining-reminder", "bargaining-reminder-2", "bargaining-reminder-3"):
        block = t.block(block_id)
        assert isinstance(block, TextBlock)
        assert "collective bargaining" in block.body
    assert isinstance(t.block("intention"), TextBlock)


def test_attract_retain_roster_and_providers() -> None:
    t = load("attract-retain")
    roster = table(t, "roster")
    assert roster.fixed and labels(roster) == AR_ROLES
    assert [(c.id, c.label) for c in roster.columns] == [("names", "Name of meeting attendee(s)")]

    providers = table(t, "providers")
    assert providers.row_header == "Type of provider"
    assert labels(providers) == [
        "Counselors and social workers",
        "Licensed clinicians and providers (e.g., LCSWs and school psychologists)",
    ]
    assert [(c.label, c.group) for c in providers.columns] == [
        ("Potential alternative employers for this talent", ""),
        ("What alternate employers offer to mental health support staff", ""),
        ("Benefits", "What districts offer to mental health support staff"),
        ("Common challenges", "What districts offer to mental health support staff"),
    ]
    for row in providers.rows:
        assert set(row.values) == {c.id for c in providers.columns}, "reference cells are fixed"
    first, second = (row.id for row in providers.rows)
    cols = [c.id for c in providers.columns]
    assert value_lines(providers, first, cols[0]) == [
        "Other public-sector employers (including other districts)"]
    assert value_lines(providers, first, cols[1]) == [
        "Training and mentorship",
        "Clear career paths",
        "Working at an organization with care delivery as its primary function",
        "Opportunity for telehealth and remote work",
    ]
    assert value_lines(providers, first, cols[2]) == [
        "Work-life balance and vacation time (e.g., can meet students during the school day "
        "rather than after school or on weekends)",
        "Chance for school-wide impact",
        "Deep relationships with students and families",
    ]
    assert value_lines(providers, first, cols[3]) == [
        "Mental health and counseling staff needs are often deprioritized (e.g., no fixed "
        "office, non-care admin duties)"]
    assert value_lines(providers, second, cols[0]) == ["Private practices"]
    assert value_lines(providers, second, cols[1]) == [
        "Extensive training and mentorship",
        "Flexibility and autonomy",
        "Clear career paths",
        "Working at an organization built by and for providers",
    ]
    assert value_lines(providers, second, cols[2]) == [
        "Work-life balance and vacation time (e.g., can meet students during the school day "
        "rather than after school or on weekends)",
        "Competitive benefits",
        "Chance for school-wide impact",
        "Deep relationships with students and families",
    ]
    assert value_lines(providers, second, cols[3]) == [
        "Mental health and counseling staff needs are often deprioritized (e.g., no fixed "
        "office, non-care admin duties)",
        "Inflexible (e.g., no telehealth)",
    ]


def test_attract_retain_framework_has_every_aspect() -> None:
    framework = load("attract-retain").block("framework")
    assert isinstance(framework, TextBlock)
    found = {s.heading: [p.split(": ", 1)[0] for p in s.points] for s in framework.sections}
    assert found == AR_FRAMEWORK
    for section in framework.sections:
        for point in section.points:
            term, _, explanation = point.partition(": ")
            assert term and explanation, point


def test_attract_retain_aspirations() -> None:
    aspirations = table(load("attract-retain"), "aspirations")
    assert aspirations.row_header == "Attributes"
    assert [(r.id, r.label) for r in aspirations.rows] == ATTRIBUTES
    assert [(c.id, c.label, c.type) for c in aspirations.columns] == [
        ("now", "Where are we right now?", ColumnType.LONGTEXT),
        ("want", "Where do we want to be?", ColumnType.LONGTEXT),
    ]
    hints = {r.id: r.hints for r in aspirations.rows}
    assert hints["organization"]["now"] == (
        "(Consider current work norms, physical environment, purpose, sustainability, and "
        "processes)")
    assert hints["organization"]["want"] == "Our organization will be ..."
    assert hints["leaders"]["now"] == (
        "(Is leadership perceived as supportive, fair, and inspirational?)")
    assert hints["leaders"]["want"] == "Our leaders will be ..."
    assert hints["job"]["now"] == (
        "(Consider task variety, autonomy, responsibility, and opportunities for training and "
        "development. Are compensation and benefits competitive? Are there opportunities for "
        "career advancement?)")
    assert hints["job"]["want"] == "Our jobs will be ..."


@pytest.mark.parametrize("block_id", sorted(AR_INITIATIVES))
def test_attract_retain_initiatives(block_id: str) -> None:
    block = table(load("attract-retain"), block_id)
    found = [(r.group, r.label, r.flags == ("partnership",)) for r in block.rows]
    assert found == AR_INITIATIVES[block_id]
    assert block.row_flags == {
        "partnership": "May also benefit districts in developing external provider partnerships"}
    assert [(c.id, c.label, c.type) for c in block.columns] == [
        ("does", "The district does this", ColumnType.CHECKBOX),
        ("explore", "Consider exploring further", ColumnType.CHECKBOX),
    ]


def test_attract_retain_counts_12_initiatives_and_36_actions() -> None:
    t = load("attract-retain")
    rows = [r for block_id in AR_INITIATIVES for r in table(t, block_id).rows]
    assert len(rows) == 36
    groups = list(dict.fromkeys(r.group for r in rows))
    assert len(groups) == 12
    assert [g.split(".")[0] for g in groups] == [str(n) for n in range(1, 13)]
    assert all(sum(r.group == g for r in rows) == 3 for g in groups)
    assert sum(bool(r.flags) for r in rows) == 16


def test_attract_retain_brainstorm() -> None:
    brainstorm = load("attract-retain").block("brainstorm")
    assert isinstance(brainstorm, IdeasBlock)
    assert [(o.id, o.label) for o in brainstorm.categories] == ATTRIBUTES
    assert [(o.id, o.label) for o in brainstorm.lanes] == [
        ("taking", "Other actions the district is already taking"),
        ("could", "Other actions the district could take"),
    ]


def test_attract_retain_prioritization_grid() -> None:
    grid = load("attract-retain").block("prioritize")
    assert isinstance(grid, GridBlock)
    assert list(grid.sources) == ["initiatives-organization", "initiatives-leaders",
                                  "initiatives-job", "brainstorm"]
    assert [(o.id, o.label) for o in grid.categories] == ATTRIBUTES
    assert grid.quadrants.high_impact_easy == "Do it now!"
    assert grid.quadrants.high_impact_hard == "Do it next"
    assert grid.quadrants.low_impact_easy and grid.quadrants.low_impact_hard
    assert [(e.label, e.category) for e in grid.examples] == AR_GRID_EXAMPLES
    assert len(grid.examples) == 11
    for example in grid.examples:
        assert 0 <= example.x <= 1 and 0 <= example.y <= 1
    assert "approximate" in grid.examples_note.lower()
    assert "coordinates" in grid.examples_note.lower()


def test_attract_retain_propose() -> None:
    propose = load("attract-retain").block("propose")
    assert isinstance(propose, ActionsBlock)
    assert list(propose.categories) == ["Do it now!", "Do it next"]
    assert propose.example is not None
    assert propose.example.text == ("Establish expectations for percent of staff time spent in "
                                    "direct contact with those in need of support")
    assert propose.example.owner == "Principal of each school"
    assert propose.example.deadline == "Start of next school year"
    assert propose.min_rows == 8
    # The seed's "Propose ideas" table headings.
    assert dict(propose.labels) == {
        "category": "Initiative category",
        "text": "Initiative idea",
        "owner": "Proposed initiative owner",
        "deadline": "Possible deadline",
    }


# --------------------------------------------------------------------------------------------
# check-in (seed 001)

TASK_TYPES = [
    "Assessment",
    "Scheduled student mental health support",
    "Non-scheduled student mental health support",
    "Other student and family care provision tasks",
    "Teacher and school staff support and training",
    "Counseling-related administrative activities",
    "Non-counseling duties",
    "Other",
]


def test_check_in_agenda_and_questions() -> None:
    t = load("check-in")
    assert agenda(t) == [
        ("Review actions from the previous check-in", 15),
        ("Discuss barriers preventing staff members from fully utilizing their education and "
         "training", 30),
        ("Set clear plans for addressing each barrier", 15),
    ]
    assert t.total_minutes == 60
    assert [list(item.questions) for item in t.agenda] == [
        ["What progress has been made on actions identified in previous check-in(s)?",
         "What actions are behind schedule? What can be done to speed up these actions?"],
        ["What do staff need to better serve our students?",
         "What barriers are preventing staff from fully utilizing their education and training "
         "in support of students; e.g., are staff struggling to secure space to meet with "
         "students? Are staff expected to spend time on tasks that do not fully utilize their "
         "education and training?"],
        ["What can be done to meet staff needs and remove barriers?",
         "Who will be responsible for each of the actions coming out of this check-in?",
         "By what date will these actions be completed?"],
    ]
    assert "quarterly" in t.invitation.body


def test_check_in_staff_reflection() -> None:
    t = load("check-in")
    reflection = table(t, "reflection")
    assert reflection.per_participant
    assert labels(reflection) == [
        "Date:", "Name:", "Role:",
        "What support do you need, if any, to better serve students?",
        "Are there any barriers preventing you from supporting students? If so, what are those "
        "barriers?",
    ]
    allocation = table(t, "time-allocation")
    assert allocation.per_participant
    assert allocation.row_header == "Type of task (add or modify as needed)"
    assert labels(allocation) == TASK_TYPES
    assert column_labels(allocation) == [
        "For your role, what do you feel is the ideal allocation of time across different task "
        "types?",
        "How are you currently being asked to allocate your time on a day-to-day basis?",
        "What actions could be taken to move toward your ideal time allocation?",
    ]


def test_check_in_tracker_is_carried_over() -> None:
    tracker = load("check-in").block("tracker")
    assert isinstance(tracker, ActionsBlock)
    assert list(tracker.statuses) == ["not started", "in progress", "blocked or behind schedule",
                                      "abandoned", "completed"]
    assert tracker.carry_over
    assert tracker.example is not None
    assert tracker.example.created == "5-19-2022"
    assert tracker.example.text == ("Take the social workers off lunch duty so they can meet "
                                    "with students during lunch hours")
    assert tracker.example.status.lower() == "in progress"
    assert tracker.example.owner == "John Smith"
    assert tracker.example.deadline == "6-15-2022"
    # The paper tracker's headings, in the seed's order.
    assert tracker.labels == (
        ("created", "Item creation date"),
        ("text", "Action item"),
        ("status", "Progress tracker"),
        ("owner", "Who is responsible?"),
        ("deadline", "When will it be done?"),
    )


# --------------------------------------------------------------------------------------------
# staff-roles (seed 001)

SKILL_CHOICES = ["Yes", "No",
                 "Not currently, but could do so with additional training through the district"]

# (task category, task description, roles ticked: LCSW, Counselor, Admin/para, Teacher)
EXAMPLE_DISTRICT = [
    ("Assessment", "Screening", "XX--"),
    ("Assessment", "Psychological assessment", "XX--"),
    ("Assessment", "Threat assessment", "XX--"),
    ("Scheduled student mental health support", "Scheduled Tier 3 support provision", "XX--"),
    ("Scheduled student mental health support", "Scheduled Tier 2 support provision", "XX--"),
    ("Scheduled student mental health support", "Scheduled Tier 1 support provision", "XX-X"),
    ("Non-scheduled student mental health support",
     "Non-scheduled non-acute support to students (e.g., 20-minute conversation with student who "
     "drops in)", "XX-X"),
    ("Non-scheduled student mental health support", "Crisis intervention", "XX-X"),
    ("Other student and family care provision tasks",
     "Connection of students or families to external or internal resources (e.g., community "
     "resources)", "XX-X"),
    ("Other student and family care provision tasks",
     "Referral, identification, and/or provision of services for special populations such as "
     "those eligible under foster care and other services", "XX-X"),
    ("Other student and family care provision tasks",
     "Proactive family engagement (including organizing family events and individual family "
     "outreach)", "XXXX"),
    ("Other student and family care provision tasks",
     "Procurement and provision of physical goods directly to students and families (e.g., food, "
     "school supplies, clothing)", "XXXX"),
    ("Teacher and school staff support and training",
     "Formal training of teachers and school staff (development and delivery of training for "
     "teachers and school staff)", "XX--"),
    ("Teacher and school staff support and training",
     "Coaching and support of teachers and school staff (e.g., attending teacher PLCs to provide "
     "advice and support)", "XX-X"),
    ("Counseling-related administrative activities", "Program management", "XXX-"),
    ("Counseling-related administrative activities", "Community partnership engagement", "XXX-"),
    ("Counseling-related administrative activities", "Counseling-related administrative duties",
     "XXX-"),
    ("Non-counseling duties",
     "Non-counseling duties (e.g., master scheduling, data entry, other miscellaneous school "
     "initiatives)", "XXXX"),
]


def test_staff_roles_role_description_template() -> None:
    t = load("staff-roles")
    template = table(t, "role-description")
    assert template.open_rows
    roles = [c for c in template.columns if c.type == ColumnType.CHOICE]
    assert [c.label for c in roles[:7]] == [
        "Licensed clinical provider (e.g., LCSW)",
        "Other counselor or social worker",
        "School counselor",
        "Family engagement specialist",
        "Administrator",
        "Para-professional",
        "Teacher",
    ]
    assert len(roles) == 9, "7 named roles and 2 blank columns for added roles"
    for column in roles:
        assert list(column.choices) == SKILL_CHOICES
    text_columns = [c for c in template.columns if c.type != ColumnType.CHOICE]
    assert [c.label for c in text_columns] == ["Task category", "Task description"]
    assert [c.hint for c in text_columns] == ["Example: Scheduled support",
                                              "Example: Scheduled Tier 2 support provision"]


def test_staff_roles_example_district() -> None:
    example = table(load("staff-roles"), "example-roles")
    assert column_labels(example) == ["LCSW", "Counselor", "Administrator/ para-professional",
                                      "Teacher"]
    column_ids = [c.id for c in example.columns]
    found = [(r.group, r.label,
              "".join("X" if r.values.get(c) else "-" for c in column_ids)) for r in example.rows]
    assert found == EXAMPLE_DISTRICT
    assert {g for g, _, _ in found} == set(TASK_TYPES) - {"Other"}


def test_staff_roles_agenda_reassign_and_shift_plan() -> None:
    t = load("staff-roles")
    assert len(t.agenda) == 3 and t.total_minutes > 0
    for index in (0, 1):
        reminder = t.agenda[index].blocks[0]
        assert reminder.id.startswith("bargaining-reminder")
        assert isinstance(reminder, TextBlock) and "collective bargaining" in reminder.body
    assert labels(table(t, "reassign")) == [
        "Identify the most capacity-constrained staff providing dedicated mental health support.",
        "Identify the tasks that are a district or school priority for the capacity-constrained "
        "staff to focus their time on doing.",
        "Identify non-priority tasks currently performed by capacity-constrained staff that "
        "could be shifted.",
    ]
    plan = table(t, "shift-plan")
    assert [(r.label, r.values.get("example", "")) for r in plan.rows] == [
        ("What tasks will be shifted?", "Example: Proactive family engagement"),
        ("What role(s) will do the shifted tasks?", "Para-professionals"),
        ("When will responsibility for this task shift?", "Start of next school year"),
        ("How will this shift be communicated to affected employees? With parents (where "
         "relevant)?", "Employees informed in summer PD."),
        ("Will existing staff manage the shifted tasks or will hiring be required? Who is "
         "responsible for hiring?", "Hiring required. Vice principal is responsible."),
        ("Will staff be qualified to do the shifted tasks or will training be needed? Who is "
         "responsible for training?", "Training needed. School mental health lead is "
                                      "responsible."),
        ("What other steps or resources are needed to make this shift successful?", ""),
    ]
    assert len(plan.columns) == 6, "the example column and five blank columns"


def test_staff_roles_training_glossary() -> None:
    glossary = table(load("staff-roles"), "glossary")
    assert glossary.row_header == "Who is the training for?"
    assert column_labels(glossary) == ["List of trainings"]
    found = {r.label: r.values["trainings"].splitlines() for r in glossary.rows}
    assert found == {
        "Teachers": [
            "Youth Mental Health First Aid",
            "NCTSN Core Curriculum on Childhood Trauma",
            "Classroom Wise Mental Health Literacy Training",
            "School Mental Health Teachers Training Guide",
            "Applied Suicide Intervention Skills Training",
        ],
        "District health staff": [
            "Mental Health Training Intervention for Health Providers in Schools",
            "Mental Health and Trauma Training for School Nurses",
            "Nursing and Mental Health in Video",
            "Mental Health in Schools: New Roles for School Nurses",
        ],
        "General staff": [
            "Youth Mental Health First Aid",
            "NCTSN Core Curriculum on Childhood Trauma",
            "Edge Foundation In-School Coaching Training",
            "Applied Suicide Intervention Skills Training",
            "UMatter for Schools Suicide Prevention Training",
        ],
        "Students (to become peer supports)": [
            "Peer Group Connection program",
            "Active Minds Peer-Powered Mental Health Curriculum for High Schools",
            "Sources of Strength suicide prevention program",
        ],
    }


# --------------------------------------------------------------------------------------------
# communities-of-care (seed 002)


def yes_no_unsure(block: TableBlock) -> list[str]:
    choice = [c for c in block.columns if c.type == ColumnType.CHOICE]
    assert len(choice) == 1 and tuple(choice[0].choices) == YES_NO_UNSURE
    assert any(c.type == ColumnType.LONGTEXT for c in block.columns), "notes column"
    return labels(block)


def test_communities_of_care_steps() -> None:
    t = load("communities-of-care")
    assert [item.title for item in t.agenda] == [
        "Step 1: Create a care team to improve mental health and well-being",
        "Step 2: Identify school and community strengths and conduct an evidence-based needs "
        "assessment",
        "Step 3: Develop a shared vision for student mental health within your school",
        "Step 4: Provide the tools and ongoing training necessary, as well as develop community "
        "partnerships that support your vision",
        "Step 5: Create conditions that support continuous improvement",
        "Part 2: Identifying Barriers to Creating and Executing Your Community of Care",
        "Part 3: Action Steps",
    ]
    for block in t.blocks():
        if isinstance(block, TableBlock):
            assert block.per_participant, f"{block.id}: each participant plans for their school"


def test_communities_of_care_step_1() -> None:
    t = load("communities-of-care")
    assert column_labels(table(t, "care-team")) == [
        "Staff/Experts Within Your Buildings", "Community Organizations",
        "Parent and Community Members"]
    assert labels(table(t, "why-questions")) == [
        "Why does your care team exist?",
        "What do we want our school to look like/sound like?",
        "How do we want our school community to interact with one another?",
        "What do our students need to feel safe and healthy in our school?",
        "How can we find out who feels safe and who does not?",
    ]
    assert yes_no_unsure(table(t, "team-self-assessment")) == [
        "Does the current team need to be revamped to ensure that diverse perspectives are "
        "represented?",
        "Does your team need to revisit and redefine its why? Has the purpose of this group "
        "changed over time? How does the team know?",
        "Do norms and processes need to be reconsidered to produce more equitable and safe "
        "learning environments?",
        "Do roles need to be reassigned to make the care team more effective?",
        "Do norms, timelines, and processes need to be reconsidered to make your care team more "
        "effective?",
    ]


def test_communities_of_care_step_2() -> None:
    t = load("communities-of-care")
    assert list(t.agenda[1].questions) == [
        "What community activities are already occurring that support well-being and "
        "connection?",
        "What strengths do families, students, and educators bring into the school?",
    ]
    assert column_labels(table(t, "strengths")) == ["Strengths", "Assets", "Needs"]
    plan = table(t, "data-plan")
    how = plan.column("how")
    assert how.type == ColumnType.MULTICHOICE
    assert list(how.choices) == [
        "Student surveys", "Parent surveys", "Staff surveys",
        "Listening sessions with students", "Listening sessions with parents",
        "Listening sessions with community",
        "Interviews with students", "Interviews with parents", "Interviews with community",
        "Other:",
    ]
    assert how.label == "How will you collect data?"
    assert plan.column("what").label == "What data will you collect?"
    assert plan.column("analyze").label == "How will you analyze your data?"
    assert isinstance(t.block("equity-reminder"), TextBlock)
    assert len(yes_no_unsure(table(t, "needs-self-assessment"))) == 3


def test_communities_of_care_step_3() -> None:
    t = load("communities-of-care")
    goals = table(t, "smart-goals")
    assert labels(goals) == ["Goal #1:", "Goal #2:", "Goal #3:"]
    assert [(c.label, c.group) for c in goals.columns] == [
        ("Identify SMART Goals", ""),
        ("Short:", "Identify Short-, Mid-, and Long-Term Outcomes for Each Goal"),
        ("Mid:", "Identify Short-, Mid-, and Long-Term Outcomes for Each Goal"),
        ("Long:", "Identify Short-, Mid-, and Long-Term Outcomes for Each Goal"),
        ("Develop Strategies to Achieve Goals", ""),
    ]
    assert column_labels(table(t, "communication-plan")) == [
        "Goal:", "What message will you communicate?", "How will you communicate your message?",
        "Who is the audience for your message?", "What actions do you want your audience to "
                                                 "take?"]
    assert yes_no_unsure(table(t, "vision-self-assessment")) == [
        "Based on our current needs assessment and evaluation of strengths, do we need to "
        "redefine our vision for student mental health and well-being?",
        "Do we need to redefine our goals and strategies for realizing this vision?",
    ]
    assert labels(table(t, "vision-communication")) == [
        "How can we better communicate our vision with students and families?"]


def test_communities_of_care_step_4() -> None:
    t = load("communities-of-care")
    plan = table(t, "project-plan")
    assert [(c.label, c.type) for c in plan.columns] == [
        ("Goal #", ColumnType.TEXT), ("Task Name", ColumnType.TEXT),
        ("Assigned To", ColumnType.PERSON), ("Start Date", ColumnType.DATE),
        ("End Date", ColumnType.DATE), ("Desired Outcome", ColumnType.LONGTEXT)]
    assert yes_no_unsure(table(t, "staffing-partnerships")) == [
        "Do we need to hire new personnel? Or redesign the roles of current personnel?",
        "Are there partnerships that could strategically advance our vision? How can we form "
        "these partnerships?",
    ]
    assert labels(table(t, "training-needs")) == [
        "What training does our staff currently need to realize our goals for student mental "
        "health and well-being?"]
    assert len(yes_no_unsure(table(t, "systems-tools"))) == 2


def test_communities_of_care_step_5_and_parts_2_3() -> None:
    t = load("communities-of-care")
    conditions = table(t, "conditions")
    assert conditions.row_header == "Condition for Improvement"
    assert labels(conditions) == [
        "Regular data collection related to mental health and well-being",
        "Data management and analysis systems in place",
        "Regular evaluation of data",
        "Routines to support executing your vision",
        "Periodic re-evaluation and refinement of vision, goals, and strategies",
    ]
    assert conditions.column("exists").label == "Does the condition exist?"
    assert list(conditions.column("exists").choices) == ["Yes", "No"]
    assert conditions.column("implement").label == "If no, how will you implement?"
    assert len(yes_no_unsure(table(t, "improvement-self-assessment"))) == 5
    assert column_labels(table(t, "barriers")) == ["Potential Barrier",
                                                   "Strategies to Overcome Barrier"]
    steps = table(t, "action-steps")
    assert len(steps.rows) == 3
    assert column_labels(steps) == ["Action Step", "What do you need to complete this step?",
                                    "Deadline to complete"]
    assert "great idea" in table(t, "great-ideas").instructions.lower()


# --------------------------------------------------------------------------------------------
# provider-barriers (seed 003)


def test_provider_barriers_challenges_and_mitigations() -> None:
    t = load("provider-barriers")
    challenges = table(t, "challenges")
    assert len(challenges.rows) == 9
    assert [len([r for r in challenges.rows if r.group == g])
            for g in dict.fromkeys(r.group for r in challenges.rows)] == [1, 3, 2, 2, 1]
    assert labels(challenges)[1:4] == [
        "Too many staff members and partners are trying to engage families, collect consent, "
        "and gather paperwork.",
        "There is a lack of clarity on how to connect students with outside resources and who "
        "to go to with questions about supporting students who are receiving care.",
        "On occasion, there is no owner for key activities, such as helping partners understand "
        "school or district policies and procedures and facilitating two-way communication "
        "between school or district staff and partners.",
    ]
    assert labels(challenges)[-1] == (
        "It is difficult to track whether processes and practices for working with community "
        "providers are implemented at all schools throughout the school year.")

    mitigations = table(t, "mitigations")
    named = [r.label for r in mitigations.rows if r.label != "Other [please specify]"]
    assert named == [
        "Work with your district legal team and state department of education to ensure you "
        "are aware of all relevant federal, state, and local rules and regulations governing "
        "confidentiality, data privacy, and consent.",
        "In consultation with your district legal team, ensure all arrangements with community "
        "providers are set up to fully comply with all relevant requirements (e.g., including "
        "data-sharing agreements and communications processes).",
        "Work with your district legal team to ensure all teachers, staff, and relevant "
        "community providers are aware of their role requirements.",
        "Assign roles and responsibilities to school or district staff and community providers",
        "Regularly review data with community providers",
        "Establish a meeting calendar with community providers",
        "Periodically assess how effectively your district is managing its relationship with "
        "community providers",
    ]
    assert labels(mitigations).count("Other [please specify]") == 5
    assert list(dict.fromkeys(r.group for r in mitigations.rows)) == list(
        dict.fromkeys(r.group for r in challenges.rows)), "challenges and actions pair up"


def test_provider_barriers_survey_and_next_steps() -> None:
    t = load("provider-barriers")
    assert labels(table(t, "survey-questions")) == [
        "What is working well?",
        "What could be improved? How does it affect students and staff?",
        "What is working with our current roles and responsibilities?",
        "What is not working well? How does this affect students and staff?",
        "Do you have any additional suggestions?",
    ]
    participants = table(t, "survey-participants")
    assert participants.row_header == "Potential role to include"
    assert column_labels(participants) == ["Name of survey participant"]
    assert labels(participants) == [
        "School head(s) of student support", "School counselor(s)", "Social worker(s)",
        "School psychologist(s)",
        "Other licensed provider(s) (e.g., licensed clinical social workers)"]
    assert column_labels(table(t, "survey-priorities")) == [
        "What is the district already doing that needs to be formalized or scaled up to reach "
        "all schools?",
        "What new initiatives could the district consider launching?",
        "What priorities does the survey suggest the district should focus on first?",
    ]
    assert len(table(t, "survey-reflection").rows) == 2
    next_steps = t.block("next-steps")
    assert isinstance(next_steps, ActionsBlock) and next_steps.example is not None
    assert next_steps.example.text == ("Clearly assign and communicate roles and "
                                       "responsibilities to school or district staff and "
                                       "community providers")
    assert next_steps.example.owner == "Community partnership coordinator"
    assert next_steps.example.deadline == "Beginning of next semester"
    assert dict(next_steps.labels) == {"text": "Task", "owner": "Owner", "deadline": "Deadline"}


# --------------------------------------------------------------------------------------------
# provider-roles (seed 003)


def test_provider_roles_working_session() -> None:
    t = load("provider-roles")
    assert agenda(t) == [
        ("Meeting goals and introduction", 5),
        ("Identify a central coordinating role to act as a liaison between school staff, "
         "community mental health providers, students, and families", 30),
        ("Break", 5),
        ("Plan roles and responsibilities for teachers, staff, administrators, and community "
         "mental health providers", 35),
        ("Identify next steps and begin taking action", 15),
    ]
    assert t.total_minutes == 90
    team = table(t, "team")
    assert team.row_header == "Potential role"
    assert labels(team) == ["District head(s) of student support",
                            "School head(s) of student support",
                            "Other administrator(s) (e.g., principal)"]
    assert list(t.roles) == labels(team)
    mapping = table(t, "coordinator-mapping")
    assert column_labels(mapping) == [
        "List the staff who currently do the work of a resource coordinator",
        "What tasks do these staff do?",
        "For districts, does this role exist at all schools?"]
    assert list(mapping.column("coverage").choices) == [
        "All schools", "Most schools", "Some schools", "Not sure/don't know"]
    next_steps = t.block("next-steps")
    assert isinstance(next_steps, ActionsBlock)
    assert dict(next_steps.labels) == {"text": "Task", "owner": "Owner", "deadline": "Deadline"}


def test_provider_roles_responsibilities() -> None:
    block = table(load("provider-roles"), "roles-responsibilities")
    assert block.row_header == "Possible roles"
    assert labels(block) == ["Administrators and principals", "Resource coordinator",
                             "School mental health support staff", "Community providers",
                             "Teachers"]
    sample = block.columns[0].id
    assert block.columns[0].label == "Potential school-based mental health responsibilities"
    bullets = {r.label: [line for line in r.values[sample].splitlines() if line.startswith("• ")]
               for r in block.rows}
    assert {k: len(v) for k, v in bullets.items()} == {
        "Administrators and principals": 4, "Resource coordinator": 4,
        "School mental health support staff": 2, "Community providers": 4, "Teachers": 2}
    leads = {r.label: r.values[sample].splitlines()[0] for r in block.rows}
    assert leads["Administrators and principals"] == (
        "Make key operational decisions and get buy-in from all internal and external "
        "stakeholders.")
    assert leads["Resource coordinator"] == (
        "Serve as a day-to-day liaison among school leaders, staff, community providers, and "
        "the greater community.")
    assert bullets["School mental health support staff"][0] == (
        "• Perform an initial triage and, as needed, refer cases for outside care.")


# --------------------------------------------------------------------------------------------
# provider-data-review (seed 003)

MEETING_GOALS = ["Promote effective collaboration",
                 "Ensure every student who needs services gets them",
                 "Measure and improve service delivery",
                 "Understand the effectiveness of delivered services"]


def test_provider_data_review_information_sharing() -> None:
    t = load("provider-data-review")
    practices = t.block("privacy-practices")
    assert isinstance(practices, TextBlock)
    assert len([p for s in practices.sections for p in s.points]) == 5
    worksheet = table(t, "information-sharing")
    assert labels(worksheet) == [
        "Who are the partners?",
        "What information are we hoping each partner will share?",
        "Why do we want that information? What are the goals the team is hoping to achieve?",
        "When do we need the information? Is this an ongoing need? A one time need?",
        "Where is the information housed and exchanged?",
        "Which laws, if any, apply?",
        "Which options under that law would allow data sharing?",
        "Which options make sense given the purpose and other factors involved?",
        "What tools do you need in place, if any?",
    ]
    steps = [r.group.split(":")[0] for r in worksheet.rows]
    assert steps == ["Step 1"] * 5 + ["Step 2"] * 2 + ["Step 3"] * 2


def test_provider_data_review_metrics_checklist() -> None:
    metrics = table(load("provider-data-review"), "metrics")
    assert list(dict.fromkeys(r.group for r in metrics.rows)) == MEETING_GOALS
    assert metrics.columns[0].type == ColumnType.CHECKBOX
    named = [(r.group, r.label) for r in metrics.rows if r.label != "Other metric"]
    assert named == [
        (MEETING_GOALS[0], "The percentage of partner-employed providers completing "
                           "school-level training on policies and procedures."),
        (MEETING_GOALS[0], "The percentage of student-support hours provided by each partner "
                           "organization relative to the total support hours provided by all "
                           "partners."),
        (MEETING_GOALS[0], "The percentage of partner organizations returning each school "
                           "year."),
        (MEETING_GOALS[1], "The percentage of all students referred for mental health "
                           "services."),
        (MEETING_GOALS[1], "Of those students referred for services:"),
        (MEETING_GOALS[1], "Percentage of students offered the opportunity to initiate services "
                           "(regardless of parent or guardian consent)."),
        (MEETING_GOALS[1], "Percentage of students who initiated services."),
        (MEETING_GOALS[1], "Percentage of students who initiated services and are still "
                           "actively receiving them after one month."),
        (MEETING_GOALS[3], "Campus or district measures of student wellbeing (e.g., from "
                           "universal screeners or needs assessments)."),
        (MEETING_GOALS[3], "Student wellbeing service effectiveness and satisfaction survey "
                           "data from stakeholders, including:"),
        (MEETING_GOALS[3], "Families and students (when age appropriate)"),
        (MEETING_GOALS[3], "Staff or teachers"),
        (MEETING_GOALS[3], "Mental health providers"),
    ]
    blanks = [r.group for r in metrics.rows if r.label == "Other metric"]
    assert blanks == [g for g in MEETING_GOALS for _ in range(2)], "two blank rows per goal"


def test_provider_data_review_protocol() -> None:
    protocol = table(load("provider-data-review"), "review-protocol")
    assert labels(protocol) == ["Meeting goals", "Facilitator name", "Meeting date",
                                "Attendees", "Part 1: Reviewing the data",
                                "Part 2: Committing to next steps"]
    example = protocol.columns[0].id
    part_1 = next(r for r in protocol.rows if r.label.startswith("Part 1"))
    assert len(part_1.values[example].splitlines()) == 6
    part_2 = next(r for r in protocol.rows if r.label.startswith("Part 2"))
    assert len(part_2.values[example].splitlines()) == 2


def test_provider_data_review_meeting_calendar() -> None:
    t = load("provider-data-review")
    item = t.agenda[t.item_of("calendar")]
    assert len(item.questions) == 6
    calendar = table(t, "calendar")
    assert calendar.row_header == "Potential meeting"
    assert column_labels(calendar) == ["Potential frequency",
                                       "Should this meeting happen with schools and/or "
                                       "districts?",
                                       "Potential attendees", "Potential topic(s)",
                                       *MEETING_GOALS]
    assert list(calendar.column("where").choices) == [
        "Schools, add to existing meeting", "Schools, create new meeting",
        "Districts, add to existing meeting", "Districts, create new meeting"]
    goal_ids = [c.id for c in calendar.columns[4:]]
    found = [(r.label, r.values.get("frequency", ""),
              "".join("X" if r.values.get(g) else "-" for g in goal_ids)) for r in calendar.rows]
    assert found == [
        ("MOU renegotiation", "Renegotiate MOUs every 1-2 years; 2 or more meetings per MOU "
                              "renegotiation (frequency depends on length of MOU)", "X---"),
        ("Kick-off meeting and goal-setting session", "Beginning of each semester", "X-X-"),
        ("Annual community provider training", "Beginning of each school year", "XXX-"),
        ("New community training", "Beginning of each semester", "XXX-"),
        ("Operational update", "Every 1-2 months", "X-X-"),
        ("Student progress update", "Every 2-4 weeks", "-X-X"),
        ("Other:", "", "----"),
    ]
    assert column_labels(table(t, "communication-today")) == [
        "What meetings or communication channels are working well?",
        "How can the district improve communication with community mental health providers?"]


# --------------------------------------------------------------------------------------------
# provider-partnership-review (seed 003)


def test_provider_partnership_review_rubric() -> None:
    t = load("provider-partnership-review")
    rubric = table(t, "rubric")
    assert rubric.per_participant
    assert list(rubric.column("rating").choices) == ["Never", "Rarely", "Sometimes", "Often",
                                                     "Almost always", "Always"]
    groups = list(dict.fromkeys(r.group for r in rubric.rows))
    assert [g.split("... ", 1)[1] for g in groups] == [
        "effectively manage and communicate with community providers?",
        "provide high-quality, integrated care to students?",
        "ensure the privacy of sensitive student and family data?",
    ]
    counts = [len([r for r in rubric.rows if r.group == g and "add your own" not in r.label])
              for g in groups]
    assert counts == [6, 3, 3]
    assert [len([r for r in rubric.rows if r.group == g and "add your own" in r.label])
            for g in groups] == [1, 1, 1]
    assert labels(rubric)[5] == ("Clarify roles and responsibilities for school staff and "
                                 "community mental health providers.")
    assert labels(rubric)[9] == ("Assign responsibility for scheduling appointments to a "
                                 "school-based coordinator.")


def test_provider_partnership_review_assessors_reflection_revisit() -> None:
    t = load("provider-partnership-review")
    assert column_labels(table(t, "assessors")) == ["Potential role to complete assessment",
                                                    "Name of staff member"]
    assert list(t.agenda[0].questions) == [
        "What has worked in the district in the past that you would like to continue?",
        "What practices are most important to the district's student wellbeing goals?",
        "What challenges are most affecting the quality and quantity of wellbeing services "
        "delivered to students?",
    ]
    assert labels(table(t, "reflection")) == [
        "What practices struck you as important to prioritize?",
        "What can your district do to move toward high-priority practices?",
        "Who will be responsible for moving toward these practices?",
        "How will district or school leadership support them?",
    ]
    revisit = table(t, "revisit")
    assert [(c.label, c.type) for c in revisit.columns] == [
        ("When will your district repeat this assessment?", ColumnType.DATE),
        ("When your district repeats the assessment, how will you know if you have made "
         "progress on your high-priority practices?", ColumnType.LONGTEXT),
    ]


# --------------------------------------------------------------------------------------------
# key-themes (seed 004)


def test_key_themes_summary() -> None:
    t = load("key-themes")
    themes = t.block("key-themes")
    assert isinstance(themes, ThemesBlock)
    assert "headline" in themes.prompt.lower() and "paragraph" in themes.prompt.lower()
    assert themes.min_rows > 0
    discussion = t.block("discussion")
    assert isinstance(discussion, IdeasBlock)
    assert len(discussion.categories) == 3, "what resonated, what to add, highest priority"
    assert t.block("summary-details").kind == BlockKind.TABLE
