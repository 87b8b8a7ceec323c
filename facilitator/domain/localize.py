"""A document or export in another language: the labels' words, and the template's text
translated (shared by handouts and exports, which may not import each other).

The template's translations sit beside the templates, one file per language and template:
`workshops/es/attract-retain.yaml` (shipped), or the same under the user's templates folder
(their own translation wins). What the room typed is never translated; only the template's
own words (titles, questions, labels, choices, statuses) are.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path

from facilitator.domain.language import DEFAULT, Words, language_code
from facilitator.domain.snapshot import WorkshopSnapshot
from facilitator.domain.template_text import TranslationError, parse_translation, translate_template
from facilitator.domain.template_yaml import _read_bounded
from facilitator.resources import resource_path, user_templates_dir


@dataclass(frozen=True)
class Localized:
    snapshot: WorkshopSnapshot
    words: Words
    vocabulary: dict[str, str] = field(default_factory=dict)


def translation_files(template_id: str, language: str) -> list[Path]:
    """Where a template's translation may be, the user's own first."""
    name = f"{template_id}.yaml"
    return [user_templates_dir() / language / name, resource_path("workshops", language, name)]


def template_translation(template_id: str, language: str) -> dict[str, str]:
    """English sentence -> translation for one template; empty when there is none (the
    document then prints the template's own words)."""
    if language == DEFAULT:
        return {}
    for path in translation_files(template_id, language):
        if not path.is_file():
            continue
        try:
            text = _read_bounded(path).decode("utf-8-sig")
            return parse_translation(text, path.name, template_id)
        except (OSError, UnicodeDecodeError, TranslationError, Exception):
            continue  # a broken translation never stops a packet: the next one, or English
    return {}


def localize(snapshot: WorkshopSnapshot, language: str | None) -> Localized:
    """The snapshot as a document in `language` prints it."""
    words = Words(language_code(language))
    if words.language == DEFAULT:
        return Localized(snapshot, words)
    table = template_translation(snapshot.template.id, words.language)
    template = translate_template(snapshot.template, table)
    # The workshop's title is the user's, unless it is still the template's own.
    title = snapshot.title
    if title.strip() == snapshot.template.title.strip():
        title = template.title
    return Localized(replace(snapshot, template=template, title=title),
                     Words(words.language, table), table)
