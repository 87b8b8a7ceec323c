"""Hypothesis fuzzing (seeded, bounded): `load` of damaged dumps and the template YAML reader.

A damaged dump is either refused with one line naming what is wrong, leaving no file (and no
hidden temporary file) behind, or it makes a file that opens, checks healthy and dumps again.
Template text of any shape is either a template or a TemplateError: never another exception."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, seed, settings
from hypothesis import strategies as st

from facilitator.domain.template_parse import TemplateError
from facilitator.domain.template_yaml import load_template_text
from facilitator.services.check import check_workshop
from facilitator.services.demo import create_demo
from facilitator.services.dump import dump, load
from facilitator.services.errors import ServiceError
from facilitator.services.workshop import open_workshop
from facilitator.storage.errors import WorkshopFileError

FUZZ = settings(max_examples=150, deadline=None, derandomize=True, database=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture,
                                       HealthCheck.too_slow])

ODD_VALUES = st.one_of(
    st.none(), st.booleans(), st.integers(min_value=-2**70, max_value=2**70),
    st.floats(allow_nan=True, allow_infinity=True), st.text(max_size=12),
    st.sampled_from(["31/02/2026", "2026-02-31", "25:99", "", "exploded", "idea:99",
                     "x" * 2000]),
    st.lists(st.integers(), max_size=3), st.dictionaries(st.text(max_size=4), st.integers(),
                                                         max_size=2))


@pytest.fixture(scope="module")
def demo_dump(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    folder = tmp_path_factory.mktemp("demo")
    with create_demo(folder / "demo.workshop") as ws:
        return dump(ws)


def _paths(data: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every place in the dump (outside the template) that a mutation can hit."""
    out = [path]
    if isinstance(data, dict):
        for key, value in data.items():
            if path == () and key == "template":
                continue
            out += _paths(value, path + (key,))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            out += _paths(value, path + (index,))
    return out


@st.composite
def damaged_dumps(draw: st.DrawFn, original: dict[str, Any]) -> tuple[str, dict[str, Any]]:
    data = copy.deepcopy(original)
    places = _paths(data)[1:]
    where = draw(st.sampled_from(places))
    parent = data
    for part in where[:-1]:
        parent = parent[part]
    how = draw(st.sampled_from(["replace", "delete", "duplicate"]))
    if how == "delete" and isinstance(parent, dict):
        del parent[where[-1]]
    elif how == "duplicate" and isinstance(parent, list):
        parent.append(copy.deepcopy(parent[where[-1]]))
    else:
        parent[where[-1]] = draw(ODD_VALUES)
    return f"{how} {'.'.join(map(str, where))}", data


def test_a_damaged_dump_is_refused_in_one_line_or_makes_a_healthy_file(
        demo_dump: dict[str, Any], tmp_path: Path) -> None:
    outcomes = {"refused": 0, "loaded": 0}

    @FUZZ
    @seed(14)
    @given(damaged_dumps(demo_dump))
    def attempt(case: tuple[str, dict[str, Any]]) -> None:
        what, data = case
        target = tmp_path / "loaded.workshop"
        target.unlink(missing_ok=True)
        try:
            ws = load(json.loads(json.dumps(data)), target)
        except (ServiceError, WorkshopFileError) as exc:
            assert "\n" not in str(exc), what
            assert not target.exists(), what
            outcomes["refused"] += 1
        else:
            with ws:
                assert check_workshop(ws) == "", what
                dump(ws)
            with open_workshop(target, readonly=True) as again:
                assert check_workshop(again) == "", what
            outcomes["loaded"] += 1
        assert sorted(p.name for p in tmp_path.iterdir()
                      if p.name != "loaded.workshop") == [], what

    attempt()
    assert outcomes["refused"] > 50 and outcomes["loaded"] > 5, outcomes


TEMPLATE = Path(__file__).resolve().parents[2] / "resources" / "workshops" / "check-in.yaml"

YAML_BITS = st.sampled_from([
    "&a [1, 2]", "*a", "*b", "[" * 200, "{" * 80, "9" * 5000, "!!python/object:os.system",
    "- ", ": ", "minutes: 0", "minutes: 99999999", "kind: grid", "id: Bad Id", "\t", "\x00",
    "? [a, b]\n: c", "---\n", "...", "'unterminated", "\"\\x", "&x " + "[*x]" * 3,
    "<<: *a", "!!binary AAAA", "blocks: []", "agenda: {}", "2026-02-31"])


@st.composite
def damaged_templates(draw: st.DrawFn) -> str:
    text = TEMPLATE.read_text(encoding="utf-8")
    for _ in range(draw(st.integers(1, 3))):
        at = draw(st.integers(0, len(text)))
        cut = draw(st.integers(0, 40))
        insert = draw(st.one_of(YAML_BITS, st.text(max_size=20)))
        text = text[:at] + insert + text[at + cut:]
    return text


@FUZZ
@seed(6)
@given(damaged_templates())
def test_any_template_text_is_a_template_or_one_clear_error(text: str) -> None:
    try:
        load_template_text(text, "fuzzed.yaml")
    except TemplateError as exc:
        assert exc.problems and all(str(p).startswith("fuzzed.yaml") for p in exc.problems)
        assert all("\n" not in str(p) for p in exc.problems)


@FUZZ
@seed(66)
@given(st.recursive(st.one_of(st.none(), st.booleans(), st.integers(), st.text(max_size=8)),
                    lambda inner: st.one_of(st.lists(inner, max_size=4),
                                            st.dictionaries(st.text(max_size=6), inner,
                                                            max_size=4)),
                    max_leaves=40))
def test_any_yaml_shape_is_a_template_or_one_clear_error(data: Any) -> None:
    import yaml

    try:
        load_template_text(yaml.safe_dump(data), "shape.yaml")
    except TemplateError as exc:
        assert exc.problems
