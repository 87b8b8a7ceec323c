"""Workshops filled the way a room fills them, for measuring what the projector shows.

attract-retain gets the demo itself; every other template gets the demo's own words spread over
its worksheets (every cell of a fixed table, four rows of an open one, cards, proposals,
themes, notes). `crowd` adds what a busy session ends with: 40 proposals and 60 cards (all on
the impact x ease grid too). Seeded: the same content on every run.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from itertools import cycle
from pathlib import Path

from facilitator.domain.snapshot import idea_card
from facilitator.domain.template import (
    ActionsBlock,
    ColumnType,
    GridBlock,
    IdeasBlock,
    TableBlock,
    TextBlock,
    ThemesBlock,
)
from facilitator.services.actions import add_action
from facilitator.services.demo import (
    ASPIRATIONS,
    DEMO_PEOPLE,
    IDEAS,
    PROPOSALS,
    THEMES,
    create_demo,
)
from facilitator.services.grid import place_card
from facilitator.services.ideas import add_idea
from facilitator.services.people import read_participants, set_note
from facilitator.services.tables import CellEdit, add_row, set_cells
from facilitator.services.templates import find_template
from facilitator.services.themes import add_theme
from facilitator.services.workshop import Workshop, create_workshop, open_workshop

SENTENCES = [text for pair in ASPIRATIONS.values() for text in pair] + \
    [p[0] for p in PROPOSALS] + [body for _h, body in THEMES] + [i[2] for i in IDEAS]
WORDS = [w.strip(".,;") for s in SENTENCES for w in s.split()]


def filled_workshop(folder: Path, template_id: str, *, crowd: bool = False) -> Path:
    path = folder / f"{template_id}{'-crowd' if crowd else ''}.workshop"
    if template_id == "attract-retain":
        create_demo(path).close()
    else:
        create_workshop(path, find_template(template_id), title="Measured",
                        date=date.today().isoformat(), time="15:30",
                        participants=list(DEMO_PEOPLE)).close()
        with open_workshop(path) as ws:
            _fill(ws)
    if crowd:
        with open_workshop(path) as ws:
            _crowd(ws)
    return path


def _value(column_type: ColumnType, choices: tuple[str, ...], text: str, n: int,
           person: str) -> object:
    if column_type is ColumnType.CHECKBOX:
        return n % 2 == 0
    if column_type is ColumnType.CHOICE:
        return choices[n % len(choices)] if choices else ""
    if column_type is ColumnType.MULTICHOICE:
        return list(choices[:2])
    if column_type is ColumnType.DATE:
        return (date.today() + timedelta(days=7 * (n + 1))).isoformat()
    if column_type is ColumnType.PERSON:
        return person
    if column_type is ColumnType.NUMBER:
        return n + 1
    if column_type is ColumnType.TEXT:
        return " ".join(text.split()[:6])
    return text


def _fill(ws: Workshop) -> None:
    people = read_participants(ws)
    text = cycle(SENTENCES)
    n = 0
    for block in ws.template.blocks():
        if isinstance(block, TableBlock):
            who = people[0].id if block.per_participant else None
            if block.open_rows:
                for _ in range(4):
                    add_row(ws, block.id, participant=who)
                from facilitator.services.tables import read_table

                keys = [r.key for r in read_table(ws, block.id, participant=who)]
            else:
                keys = [r.id for r in block.rows]
            edits = []
            for key in keys:
                for column in block.columns:
                    n += 1
                    edits.append(CellEdit(key, column.id, _value(
                        column.type, column.choices, next(text), n, people[n % len(people)].name)))
            if edits:
                set_cells(ws, block.id, edits, participant=who)
        elif isinstance(block, IdeasBlock):
            places = [(c.id, lane.id) for c in block.categories for lane in block.lanes or [None]
                      if lane is not None] or [(c.id, "") for c in block.categories]
            for number, (_cat, _lane, words, author, votes) in enumerate(IDEAS):
                category, lane = places[number % len(places)]
                add_idea(ws, block.id, words, category, lane, author_id=people[author].id,
                         votes=votes)
        elif isinstance(block, ActionsBlock):
            for number, (words, _owner, days, _cat, _status, notes) in enumerate(PROPOSALS):
                add_action(ws, block.id, words, owner_id=people[number % len(people)].id,
                           deadline=(date.today() + timedelta(days=days)).isoformat(),
                           status=block.statuses[number % len(block.statuses)],
                           category=block.categories[number % len(block.categories)]
                           if block.categories else "", notes=notes)
        elif isinstance(block, ThemesBlock):
            for headline, body in THEMES:
                add_theme(ws, block.id, headline, body)
        elif isinstance(block, TextBlock) and block.notes_field:
            set_note(ws, block.id, " ".join(SENTENCES[:2]))


def _crowd(ws: Workshop) -> None:
    """40 proposals in every actions worksheet, 60 cards in every ideas worksheet, and all
    of those cards on every grid."""
    rng = random.Random(16)
    people = read_participants(ws)
    for block in ws.template.blocks():
        if isinstance(block, ActionsBlock):
            for number in range(40):
                words = " ".join(rng.sample(WORDS, rng.randint(5, 16))).capitalize()
                add_action(ws, block.id, words, owner_id=people[number % len(people)].id,
                           deadline=(date.today() + timedelta(days=rng.randint(-30, 200))
                                     ).isoformat(),
                           status=block.statuses[number % len(block.statuses)],
                           category=block.categories[number % len(block.categories)]
                           if block.categories else "")
    cards: list[tuple[int, str, str]] = []
    for block in ws.template.blocks():
        if isinstance(block, IdeasBlock):
            places = [(c.id, lane.id) for c in block.categories for lane in block.lanes] \
                or [(c.id, "") for c in block.categories]
            for number in range(60):
                words = " ".join(rng.sample(WORDS, rng.randint(3, 12))).capitalize()
                category, lane = places[number % len(places)]
                changed = add_idea(ws, block.id, words, category, lane,
                                   votes=rng.randint(0, 7))
                cards.append((int(changed.ids[0]), words, category))
    for block in ws.template.blocks():
        if isinstance(block, GridBlock):
            for idea_id, words, category in cards:
                place_card(ws, block.id, idea_card(idea_id), rng.random(), rng.random(),
                           label=words, category=category)
