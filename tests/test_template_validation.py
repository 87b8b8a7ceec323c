"""A facilitator's own template: good ones load, each mistake gets a line-numbered message."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from facilitator.domain.template import ActionsBlock, BlockKind, ColumnType
from facilitator.domain.template_parse import TemplateError, parse_template
from facilitator.domain.template_yaml import load_template_file, load_template_text
from facilitator.resources import resource_path

GOOD = """\
id: tiny
title: Tiny session
source: my-notes.txt
roles: [Counselor, Principal]
invitation:
  subject: "{title} on {date}"
  body: "Join us at {time} in {location}."
agenda:
  - title: Welcome
    minutes: 5
    notes: Say hello.
    questions: ["Why are we here?"]
    blocks:
      - id: intro
        kind: text
        title: Intro
        body: Hello.
  - title: Work
    minutes: 30
    blocks:
      - id: plan
        kind: table
        title: Plan
        columns:
          - {id: task, label: Task}
          - {id: status, label: Status, type: choice, choices: [Yes, No, Unsure]}
        open_rows: true
"""


def messages(text: str) -> list[str]:
    with pytest.raises(TemplateError) as caught:
        load_template_text(text, "mine.yaml")
    return [str(p) for p in caught.value.problems]


def test_a_good_template_loads_into_domain_objects() -> None:
    template = load_template_text(GOOD, "mine.yaml")
    assert template.total_minutes == 35
    assert [b.kind for b in template.blocks()] == [BlockKind.TEXT, BlockKind.TABLE]
    plan = template.block("plan")
    assert plan.columns[1].type is ColumnType.CHOICE  # type: ignore[union-attr]
    assert plan.columns[1].choices == ("Yes", "No", "Unsure")  # type: ignore[union-attr]


def test_minutes_that_are_not_positive_name_file_line_and_field() -> None:
    bad = GOOD.replace("minutes: 30", "minutes: 0")
    assert messages(bad) == ["mine.yaml:19: agenda[1].minutes: must be a positive integer"]


def test_unknown_block_kind_lists_the_known_ones() -> None:
    bad = GOOD.replace("kind: table", "kind: tabel")
    (problem,) = messages(bad)
    assert problem.startswith("mine.yaml:22: agenda[1].blocks[0].kind: unknown block kind 'tabel'")
    assert "text, table, ideas, grid, actions, themes" in problem


def test_every_problem_is_reported_not_just_the_first() -> None:
    bad = (GOOD.replace("minutes: 5", "minutes: five")
               .replace("type: choice, choices: [Yes, No, Unsure]", "type: choice")
               .replace("{location}", "{place}"))
    found = messages(bad)
    assert len(found) == 3
    assert any("agenda[0].minutes: must be a positive integer" in m for m in found)
    assert any("columns[1].choices: a choice column needs a list of choices" in m for m in found)
    assert any("invitation.body: unknown placeholder {place}" in m for m in found)


def test_missing_required_field_and_misspelt_field() -> None:
    bad = GOOD.replace("title: Tiny session\n", "").replace("    notes: Say", "    note: Say")
    found = messages(bad)
    assert "mine.yaml:1: title: is required" in found
    assert "mine.yaml:10: agenda[0].note: is not a known field (check the spelling)" in found


def test_duplicate_block_ids_and_bad_column_type() -> None:
    bad = GOOD.replace("id: plan", "id: intro").replace("type: choice,", "type: colour,")
    found = messages(bad)
    assert any("agenda[1].blocks[0].id: block id 'intro' is used twice" in m for m in found)
    assert any("unknown column type 'colour'" in m for m in found)


def test_yaml_syntax_error_has_a_line_and_no_traceback() -> None:
    (problem,) = messages(GOOD + "  - title: [unclosed\n")
    assert problem.startswith("mine.yaml:")
    assert "YAML syntax error" in problem


def test_non_utf8_file_is_named_with_its_line(tmp_path: Path) -> None:
    path = tmp_path / "latin.yaml"
    path.write_bytes(GOOD.replace("Say hello.", "Señor").encode("latin-1"))
    with pytest.raises(TemplateError) as caught:
        load_template_file(path)
    assert str(caught.value) == "latin.yaml:11: is not UTF-8 text; save it as UTF-8"


def test_yaml_tags_are_refused_by_the_safe_loader() -> None:
    (problem,) = messages(GOOD.replace("Hello.", "!!python/object/apply:os.system [echo hi]"))
    assert "YAML" in problem


def test_grid_sources_must_name_blocks_of_the_template() -> None:
    bad = GOOD + """\
      - id: board
        kind: grid
        title: Board
        sources: [plan, nowhere]
"""
    assert messages(bad) == [
        "mine.yaml:31: agenda[1].blocks[1].sources[1]: 'nowhere' names no block of this template"]


def test_shipped_attract_retain_template_is_valid() -> None:
    template = load_template_file(resource_path("workshops", "attract-retain.yaml"))
    assert template.id == "attract-retain"
    assert template.total_minutes == 120


ACTIONS = GOOD + """\
      - id: todo
        kind: actions
        title: Next steps
        labels:
          text: Task
          owner: "Who is responsible?"
"""


def test_actions_labels_rename_columns_and_survive_the_snapshot() -> None:
    template = load_template_text(ACTIONS, "mine.yaml")
    todo = template.block("todo")
    assert isinstance(todo, ActionsBlock)
    assert todo.labels == (("text", "Task"), ("owner", "Who is responsible?"))
    assert todo.label("text", "Action") == "Task"
    assert todo.label("deadline", "Deadline") == "Deadline"  # no label: the standard heading
    # A workshop file keeps the template as plain data (to_dict) and parses it back.
    again = parse_template(json.loads(json.dumps(template.to_dict())), "snapshot")
    assert again.block("todo") == todo
    assert again == template


def test_actions_label_with_an_unknown_key_lists_the_known_ones() -> None:
    assert messages(ACTIONS.replace("text: Task", "task: Task")) == [
        "mine.yaml:32: agenda[1].blocks[1].labels.task: is not a column of an action list "
        "(one of: text, owner, deadline, status, category, notes, created)"]


def test_actions_labels_must_be_non_empty_text() -> None:
    assert messages(ACTIONS.replace('"Who is responsible?"', "[Ana, Ben]")) == [
        "mine.yaml:33: agenda[1].blocks[1].labels.owner: must be text"]
    assert messages(ACTIONS.replace('"Who is responsible?"', '" "')) == [
        "mine.yaml:33: agenda[1].blocks[1].labels.owner: must not be empty"]
    assert messages(ACTIONS.replace(' "Who is responsible?"', "")) == [
        "mine.yaml:33: agenda[1].blocks[1].labels.owner: must not be empty"]
    assert messages(ACTIONS.replace("labels:\n", "labels: [Task]\n").replace(
        "          text: Task\n          owner: \"Who is responsible?\"\n", "")) == [
        "mine.yaml:31: agenda[1].blocks[1].labels: must be a mapping of fields"]
