"""Spanish coverage: every label the handouts and exports add, and every sentence a participant
reads in a shipped template, has Spanish text; a translation never breaks a placeholder or
outlives the English it translates. Prints translated / total for each part (pytest -s)."""

from __future__ import annotations

import ast
import re
import string
from pathlib import Path

import pytest

from facilitator.domain.labels_es import ES
from facilitator.domain.localize import template_translation
from facilitator.domain.template_text import (
    facilitator_strings,
    participant_strings,
    text_strings,
    translate_template,
)
from facilitator.domain.template_yaml import load_template_file
from facilitator.handouts.build import LABELS
from facilitator.handouts.guide import KIND_NAMES
from facilitator.resources import resource_path

PACKAGE = Path(__file__).resolve().parent.parent / "facilitator"
LABEL_CODE = ("handouts", "exports", "domain")  # the code whose labels go through domain.language


def labels_in_code() -> dict[str, str]:
    """Every literal passed to `t(...)` / `words.t(...)`, and both forms given to
    `plural(...)`, in the handouts and exports code: label -> where it is used."""
    found: dict[str, str] = {}
    for folder in LABEL_CODE:
        for path in sorted((PACKAGE / folder).rglob("*.py")):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if not isinstance(node, ast.Call):
                    continue
                name = node.func.attr if isinstance(node.func, ast.Attribute) else \
                    getattr(node.func, "id", "")
                args = node.args[:1] if name == "t" else node.args[1:3] if name == "plural" \
                    else []
                for arg in args:
                    if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                        found.setdefault(arg.value, f"{path.relative_to(PACKAGE)}:{node.lineno}")
    # Names looked up through a table rather than written at the call.
    for table in (LABELS, KIND_NAMES):
        for label in table.values():
            found.setdefault(label, "a label table")
    return found


def placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_every_handout_and_export_label_has_spanish() -> None:
    labels = labels_in_code()
    missing = {label: where for label, where in labels.items() if label not in ES}
    print(f"\nSpanish coverage, handout and export labels: {len(labels) - len(missing)} / "
          f"{len(labels)}")
    assert len(labels) > 100  # the scan found the code's labels (it is not looking elsewhere)
    assert not missing, "labels with no Spanish in domain/labels_es.py: " + "; ".join(
        f"{label!r} ({where})" for label, where in missing.items())


def test_spanish_labels_keep_their_placeholders() -> None:
    wrong = []
    for english, spanish in ES.items():
        for form in spanish if isinstance(spanish, tuple) else (spanish,):
            if placeholders(form) - placeholders(english) or \
                    placeholders(english) - placeholders(form) - {"count"}:
                wrong.append(f"{english!r} -> {form!r}")
    assert not wrong, "Spanish that would fill the wrong blanks: " + "; ".join(wrong)


def test_no_spanish_label_is_left_over_from_code_that_is_gone() -> None:
    stale = sorted(set(ES) - set(labels_in_code()))
    assert not stale, f"labels_es.py translates labels no code uses any more: {stale}"


SHIPPED = sorted(resource_path("workshops").glob("*.yaml"))


AUDIENCES = {"participant": participant_strings, "facilitator": facilitator_strings}


def template_coverage(path: Path) -> dict[str, tuple[int, list[str]]]:
    """Audience -> (sentences, those with no Spanish) for one shipped template."""
    template = load_template_file(path)
    table = template_translation(template.id, "es")
    found = {}
    for audience, strings in AUDIENCES.items():
        wanted = strings(template)
        found[audience] = (len(wanted), [text for text in wanted if text not in table])
    return found


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.stem)
def test_every_sentence_of_a_shipped_template_has_spanish(path: Path) -> None:
    """What participants read (packets, the projector, the invitation) and what only the
    facilitator reads (the guide's notes, facilitator-only worksheets, the summary)."""
    template = load_template_file(path)
    table = template_translation(template.id, "es")
    for audience, (total, missing) in template_coverage(path).items():
        print(f"\nSpanish coverage, template {template.id} ({audience}): "
              f"{total - len(missing)} / {total}")
        assert total, f"a template with nothing for the {audience} to read"
        assert not missing, (f"{len(missing)} {audience} sentence(s) of {path.name} have no "
                             f"Spanish in workshops/es/{path.name}, e.g. {missing[0]!r}")
    # Nothing a person reads is left out of both lists (a new field would be).
    assert set(text_strings(template)) == set(participant_strings(template)) | set(
        facilitator_strings(template))
    # A translation of wording the template no longer has is stale: the English changed,
    # so the Spanish may no longer say the same thing.
    stale = sorted(set(table) - set(text_strings(template)))
    assert not stale, f"workshops/es/{path.name} translates text the template no longer has: " \
        f"{stale[0]!r}"


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.stem)
def test_a_spanish_template_has_no_english_left_in_any_field(path: Path) -> None:
    """The translated template itself (what a Spanish document prints): every field that is
    wording reads in Spanish, the invitation, summary and subgroups included."""
    template = load_template_file(path)
    table = template_translation(template.id, "es")
    spanish = translate_template(template, table)
    same = {english for english, es in table.items() if english == es}  # "Total", "Ideas"
    left = [text for text in text_strings(spanish) if text in table and text not in same]
    assert not left, f"{path.stem}: still English after translation: {left[:3]}"
    assert spanish.invitation.body != template.invitation.body
    assert placeholders(spanish.invitation.subject) == placeholders(template.invitation.subject)
    assert placeholders(spanish.invitation.body) == placeholders(template.invitation.body)


def test_template_coverage_in_total() -> None:
    totals = {audience: [0, 0] for audience in AUDIENCES}
    for path in SHIPPED:
        for audience, (total, missing) in template_coverage(path).items():
            totals[audience][0] += total - len(missing)
            totals[audience][1] += total
    for audience, (translated, total) in totals.items():
        print(f"\nSpanish coverage, templates ({audience} text): {translated} / {total}")
        assert translated == total


def test_spanish_template_text_keeps_numbers_and_names() -> None:
    """Facts stay as in the source: every number in an English sentence is in its Spanish,
    and an invitation's blanks ({date}, {time}) are the same blanks."""
    changed = []
    for path in SHIPPED:
        template = load_template_file(path)
        for english, spanish in template_translation(template.id, "es").items():
            if sorted(re.findall(r"\d+", english)) != sorted(re.findall(r"\d+", spanish)) or \
                    placeholders(english) != placeholders(spanish):
                changed.append(f"{path.stem}: {english[:60]!r}")
    assert not changed, "numbers or blanks differ between English and Spanish: " + "; ".join(
        changed)


def test_spanish_coverage_in_one_place() -> None:
    """All of Spanish in one table (`pytest -s -k in_one_place`): the UI catalogue, the labels
    handouts and exports add, and the shipped templates' text for each audience."""
    from tests.test_spanish_ui import ts_messages, untranslated_ui_text

    messages = ts_messages()
    ui_done = sum(1 for *_, done in messages if done)
    unwrapped = len(untranslated_ui_text())
    labels = labels_in_code()
    labels_done = sum(1 for label in labels if label in ES)
    rows = [("UI (.ts finished / total)", ui_done, len(messages)),
            ("Handout and export labels", labels_done, len(labels))]
    for audience in AUDIENCES:
        done = total = 0
        for path in SHIPPED:
            count, missing = template_coverage(path)[audience]
            done, total = done + count - len(missing), total + count
        rows.append((f"Templates, {audience} text ({len(SHIPPED)} templates)", done, total))
    print("\nSpanish coverage (translated / total)")
    for name, done, total in rows:
        print(f"  {name:<45} {done:>5} / {total:<5} {100 * done / total:5.1f}%")
    print(f"  UI literal strings not wrapped for translation: {unwrapped}")
    assert all(total > 0 for _, _, total in rows)
    # The UI's own check is tests/test_spanish_ui.py; here what documents print must be whole.
    assert all(done == total for name, done, total in rows[1:]), rows
