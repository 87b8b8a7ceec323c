"""The privacy option: participant names replaced by their roles ("a school counselor").

Applied to a whole snapshot before any export writes it, so owners, idea authors, rosters and
any text that mentions a participant all read the same way: by full name (any case), or by one
part of it typed alone ("Ana will call", "ask Ruiz"), matched as a capitalised whole word so
that a participant called Will does not rewrite "we will meet". A part that several people
share becomes "a participant": a shared first name must not point at anyone either.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from facilitator.domain.language import ENGLISH, Words
from facilitator.domain.snapshot import (
    Action,
    CellValue,
    Idea,
    Meeting,
    Participant,
    Placement,
    WorkshopSnapshot,
)

_BRACKETS = re.compile(r"\s*\([^)]*\)")
_GROUP_WORDS = {"leadership", "staff", "team", "office", "administration", "board"}
_PERSON_WORDS = {"member", "head", "leader", "lead", "chair"}


def role_label(role: str, language: Words = ENGLISH) -> str:
    """'School counselor(s)' -> 'a school counselor'; '' -> 'a participant'. In Spanish the
    role stays as typed (it is the room's data) inside the Spanish wording: 'una persona
    (school counselor)'."""
    t = language.t
    text = _BRACKETS.sub("", role).split(",")[0].strip()
    if not text:
        return t("a participant")
    words = text.split()
    if not words[0].isupper():  # keep acronyms (LCSW) as written
        words[0] = words[0].lower()
    text = " ".join(words)
    if text == "other":
        return t("another participant")
    words = text.split()
    if (words[0] == "staff" or words[-1] in _GROUP_WORDS) and words[0] not in _PERSON_WORDS:
        # "School or district leadership" is not one person
        return t("someone from {group}", group=text)
    if text.startswith("other "):
        return t("another {role}", role=text.removeprefix("other "))
    return t("an {role}", role=text) if text[0] in "aeiou" else t("a {role}", role=text)


def anonymise(snapshot: WorkshopSnapshot, words: Words = ENGLISH) -> WorkshopSnapshot:
    """The snapshot with every participant's name replaced by their role, worded in `words`'
    language (the export's)."""
    labels = {p.id: role_label(p.role, words) for p in snapshot.participants}
    names = sorted(((p.name, labels[p.id]) for p in snapshot.participants if p.name.strip()),
                   key=lambda pair: -len(pair[0]))
    pattern = (re.compile("|".join(re.escape(name) for name, _ in names), re.IGNORECASE)
               if names else None)
    by_name = {name.lower(): label for name, label in names}
    by_part = _labels_by_name_part(names, words.t("a participant"))
    parts = (re.compile(r"\b(?:" + "|".join(re.escape(p) for p in sorted(by_part, key=len,
                                                                          reverse=True))
                        + r")\b") if by_part else None)

    def text(value: str) -> str:
        if pattern is None or not value:
            return value
        value = pattern.sub(lambda m: by_name[m.group(0).lower()], value)
        return parts.sub(lambda m: by_part[m.group(0)], value) if parts else value

    def cell(value: CellValue) -> CellValue:
        if isinstance(value, str):
            return text(value)
        if isinstance(value, list):
            return [text(v) for v in value]
        return value

    def meeting(m: Meeting) -> Meeting:
        return replace(
            m,
            tables={b: [replace(r, label=text(r.label),
                                cells={c: cell(v) for c, v in r.cells.items()})
                        for r in rows] for b, rows in m.tables.items()},
            notes={b: text(v) for b, v in m.notes.items()},
            ideas={b: [_idea(i, text) for i in ideas] for b, ideas in m.ideas.items()},
            placements={b: [_card(p, text) for p in cards] for b, cards in m.placements.items()},
            themes={b: [replace(t, headline=text(t.headline), body=text(t.body)) for t in ts]
                    for b, ts in m.themes.items()},
        )

    return WorkshopSnapshot(
        title=snapshot.title, template=snapshot.template, created_at=snapshot.created_at,
        participants=[Participant(p.id, labels[p.id], "", p.organisation)  # role is the name now
                      for p in snapshot.participants],
        meetings=[meeting(m) for m in snapshot.meetings],
        actions=[_action(a, text) for a in snapshot.actions],
    )


def _labels_by_name_part(names: list[tuple[str, str]], shared: str) -> dict[str, str]:
    """Each part of a name ('Ana', 'Ruiz', 'Ana-María') -> the role label of the one person
    it names, or 'a participant' when it names several people with different roles."""
    found: dict[str, set[str]] = {}
    for name, label in names:
        for part in re.findall(r"[^\W\d_][\w'’-]*", name):
            part = part.strip("'’-")
            if len(part) >= 2 and part[0].isupper():   # skip initials and particles (de, van)
                found.setdefault(part, set()).add(label)
    return {part: labels.pop() if len(labels) == 1 else shared
            for part, labels in found.items()}


def _idea(idea: Idea, text: Any) -> Idea:
    return replace(idea, text=text(idea.text))


def _card(card: Placement, text: Any) -> Placement:
    return replace(card, label=text(card.label))


def _action(action: Action, text: Any) -> Action:
    return replace(action, text=text(action.text), owner=text(action.owner),
                   notes=text(action.notes))
