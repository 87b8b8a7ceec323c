"""The template catalogue: shipped templates plus the user's own folder; broken ones listed."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from facilitator.domain.template import Template
from facilitator.domain.template_parse import Problem, TemplateError
from facilitator.domain.template_yaml import load_template_file
from facilitator.resources import resource_path, user_templates_dir


@dataclass(frozen=True)
class CatalogueEntry:
    path: Path
    template: Template | None
    problems: tuple[Problem, ...] = ()
    user: bool = False

    @property
    def id(self) -> str:
        return self.template.id if self.template else self.path.stem

    @property
    def errors(self) -> tuple[str, ...]:
        return tuple(str(p) for p in self.problems)

    @property
    def broken(self) -> bool:
        return self.template is None


class UnknownTemplate(LookupError):
    def __init__(self, template_id: str, known: list[str]) -> None:
        super().__init__(f"no template '{template_id}'; available: " + ", ".join(sorted(known)))


def _scan(folder: Path, *, user: bool) -> list[CatalogueEntry]:
    if not folder.is_dir():
        return []
    entries = []
    try:
        paths = sorted(folder.glob("*.yaml")) + sorted(folder.glob("*.yml"))
    except OSError:
        return []
    for path in paths:
        try:
            entries.append(CatalogueEntry(path, load_template_file(path), user=user))
        except TemplateError as exc:
            entries.append(CatalogueEntry(path, None, tuple(exc.problems), user))
        except Exception as exc:  # one bad file is listed with its error and harms no other
            problem = Problem(path.name, None, "", f"cannot be read ({type(exc).__name__})")
            entries.append(CatalogueEntry(path, None, (problem,), user))
    return entries


def catalogue(user_folder: Path | None = None) -> list[CatalogueEntry]:
    """Every template; a user template with a shipped id replaces the shipped one."""
    shipped = _scan(resource_path("workshops"), user=False)
    own = _scan(user_folder or user_templates_dir(), user=True)
    by_id = {entry.id: entry for entry in shipped}
    for entry in own:
        by_id[entry.id] = entry
    return sorted(by_id.values(), key=lambda e: (e.broken, e.user, e.id))


def find_template(template_id: str, user_folder: Path | None = None) -> Template:
    entries = catalogue(user_folder)
    for entry in entries:
        if entry.id == template_id:
            if entry.template is None:
                raise TemplateError(list(entry.problems))
            return entry.template
    raise UnknownTemplate(template_id, [e.id for e in entries if not e.broken])

