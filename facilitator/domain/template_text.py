"""A template's wording in another language: which strings are text, and how to swap them.

A translation is a plain table from a template's own (English) sentence to its translation,
the way gettext keys a catalogue by the source text. Keyed by the text rather than by block and
field ids because a workshop file keeps the template snapshot it was made from: if a sentence
has changed since, its old wording simply finds no translation and prints as it is, instead of
a newer translation that may no longer say the same thing. Ids, block references, category
keys, flags and the source citation are never text and never change.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import fields, is_dataclass, replace
from enum import Enum
from typing import Any

import yaml

from facilitator.domain.template import GridExample, Option, Template
from facilitator.domain.template_yaml import (
    MAX_BYTES,
    MAX_NODES,
    TemplateLoader,
    _line_map,
    _TooBig,
)

# Fields that hold keys, references or facts about the source, never wording to translate:
# `source`/`sources` cite a publication by its own title; `roles` are the participant roles a
# workshop suggests, which become what the room's file stores as each person's role (data, as
# typed, like a name).
_NOT_TEXT = {"id", "kind", "audience", "raw", "source", "sources", "flags", "roles"}
_NOT_TEXT_OF: dict[type, set[str]] = {GridExample: {"category"}, Option: {"id"}}
# Facilitator-facing wording (the guide and the facilitator's screen): the agenda's notes, the
# grid's note on its examples, the template's one-line summary and facilitator-only worksheets.
_FACILITATOR = {"notes", "examples_note", "summary"}


def _text_fields(obj: Any) -> Iterator[str]:
    skip = _NOT_TEXT | _NOT_TEXT_OF.get(type(obj), set())
    for f in fields(obj):
        if f.name not in skip:
            yield f.name


def _map_value(value: Any, swap: Callable[[str], str], name: str) -> Any:
    if isinstance(value, Enum):  # a column type or block kind: a keyword, not wording
        return value
    if isinstance(value, str):
        return swap(value)
    if is_dataclass(value) and not isinstance(value, type):
        return _map_obj(value, swap)
    if isinstance(value, dict):  # keys are ids (columns, flags); the values are wording
        return {k: swap(v) if isinstance(v, str) else v for k, v in value.items()}
    if isinstance(value, tuple):
        if name == "labels":  # (action field, heading) pairs
            return tuple((key, swap(text)) for key, text in value)
        return tuple(_map_value(v, swap, name) for v in value)
    return value


def _map_obj(obj: Any, swap: Callable[[str], str]) -> Any:
    changes = {name: _map_value(getattr(obj, name), swap, name) for name in _text_fields(obj)}
    return replace(obj, **changes)


def translate_template(template: Template, table: dict[str, str]) -> Template:
    """The template with every sentence that `table` translates swapped for its translation;
    anything untranslated stays as written."""
    if not table:
        return template

    def swap(text: str) -> str:
        return table.get(text.strip(), text) if text.strip() else text

    return _map_obj(template, swap)


def _strings(value: Any, name: str, out: list[str], everything: bool = False) -> None:
    """The wording in `value`; facilitator-only fields only with `everything`."""
    if isinstance(value, Enum):
        return
    if isinstance(value, str):
        if any(ch.isalpha() for ch in value):  # "3", "✓" and "6-15-2022" read the same
            out.append(value.strip())
    elif is_dataclass(value) and not isinstance(value, type):
        skip = set() if everything else _FACILITATOR
        for field_name in _text_fields(value):
            if field_name not in skip:
                _strings(getattr(value, field_name), field_name, out, everything)
    elif isinstance(value, dict):
        for v in value.values():
            _strings(v, name, out, everything)
    elif isinstance(value, tuple):
        if name == "labels":
            out.extend(text.strip() for _, text in value if text.strip())
        else:
            for v in value:
                _strings(v, name, out, everything)


def participant_strings(template: Template) -> list[str]:
    """Every sentence a participant can read (title, purpose, intention, the invitation, what
    one meeting of a series is called, agenda titles, questions, subgroups and every
    participant worksheet's wording), once each, in template order. Facilitator notes and
    facilitator-only worksheets are not included."""
    out: list[str] = []
    for value in (template.title, template.purpose, template.intention,
                  template.invitation.subject, template.invitation.body, template.meeting_name):
        _strings(value, "", out)
    for item in template.agenda:
        _strings(item.title, "title", out)
        _strings(item.questions, "questions", out)
        _strings(item.subgroups, "subgroups", out)
        for block in item.blocks:
            if block.for_participants:
                _strings(block, "", out)
    return list(dict.fromkeys(out))


def facilitator_strings(template: Template) -> list[str]:
    """Every sentence only the facilitator reads: the template's summary, each item's notes,
    the grid's note on its examples and the wording of facilitator-only worksheets; once
    each, leaving out what participants also read."""
    out: list[str] = []
    _strings(template.summary, "summary", out)
    for item in template.agenda:
        _strings(item.notes, "notes", out)
        for block in item.blocks:
            if block.for_participants:
                _strings(getattr(block, "examples_note", ""), "examples_note", out)
            else:
                _strings(block, "", out, everything=True)
    seen = set(participant_strings(template))
    return [text for text in dict.fromkeys(out) if text not in seen]


def text_strings(template: Template) -> list[str]:
    """Every string `translate_template` would swap (all wording, for anyone), once each: what
    a check compares the two lists above with, so a new field cannot be forgotten by both."""
    out: list[str] = []
    _strings(template, "", out, everything=True)
    return list(dict.fromkeys(out))



class TranslationError(ValueError):
    """A translation file that cannot be used, in one line naming the file."""


def parse_translation(text: str, file: str, template_id: str = "") -> dict[str, str]:
    """A translation file's table, read with the templates' safe, bounded loader.

    The file is `format: 1`, `template: ID`, `language: CODE` and `text:` a list of
    `{en: ..., es: ...}` pairs (any language code for the second key)."""
    if len(text) > MAX_BYTES:
        raise TranslationError(f"{file} is larger than {MAX_BYTES // 1_000_000} MB")
    loader = TemplateLoader(text)
    try:
        node = loader.get_single_node()
        if node is not None:
            _line_map(node, (), {}, [MAX_NODES])  # bounded before it is built: no alias bombs
        data: Any = loader.construct_document(node) if node is not None else None
    except (yaml.YAMLError, _TooBig, RecursionError, ValueError) as exc:
        raise TranslationError(f"{file} cannot be read: {' '.join(str(exc).split())[:160]}"
                               ) from None
    finally:
        loader.dispose()
    if not isinstance(data, dict) or not isinstance(data.get("text"), list):
        raise TranslationError(f"{file} has no 'text:' list of translations")
    if template_id and data.get("template") != template_id:
        raise TranslationError(f"{file} translates '{data.get('template')}', "
                               f"not '{template_id}'")
    language = str(data.get("language", ""))
    table: dict[str, str] = {}
    for entry in data["text"]:
        if not isinstance(entry, dict):
            continue
        source, target = entry.get("en"), entry.get(language)
        if isinstance(source, str) and isinstance(target, str) and target.strip():
            table[source.strip()] = target.strip()
    return table
