"""The template catalogue: shipped templates plus the user's own folder; broken ones listed.

Parsing a template is slow (pure-Python YAML, about 50 ms a file), so each file is parsed once
per process and the result (or its problems) kept until the file changes on disk.
"""

from __future__ import annotations

import os
import time
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


# What a file looked like when it was parsed: a change to any of these means "read it again".
# mtime and size are what a text editor's save changes; the inode changes when an editor saves by
# replacing the file, and ctime when only the permissions change (fixing "cannot be read").
_Signature = tuple[int, int, int, int]
_Parsed = tuple[Template | None, tuple[Problem, ...]]

# A file modified this recently may be modified again within the same mtime tick (2 s on FAT
# drives) without its signature changing, so its result is not kept yet.
_RACY_NS = 2_000_000_000

# One entry per file, replaced when the file changes; emptied past _MAX_FILES so files that come
# and go (test folders, renamed drafts) cannot grow it without bound. No lock: each access is a
# single dict get or set, atomic in CPython; two threads listing at once may both parse a file.
_MAX_FILES = 500
_parsed: dict[tuple[Path, Path], tuple[_Signature, _Parsed]] = {}


def _signature(path: Path) -> tuple[tuple[Path, Path], _Signature, bool] | None:
    """The cache key of a file, its signature, and whether its result may be kept."""
    try:
        resolved = path.resolve()
        info = os.stat(resolved)
    except (OSError, RuntimeError):  # gone, unreadable, or a symlink loop: parse (and fail) anew
        return None
    signature = (info.st_mtime_ns, info.st_size, info.st_ino, info.st_ctime_ns)
    settled = time.time_ns() - info.st_mtime_ns > _RACY_NS
    # Keyed by the name too: problems name the file as listed, not its symlink's target.
    return (path.absolute(), resolved), signature, settled


def _parse(path: Path) -> _Parsed:
    try:
        return load_template_file(path), ()
    except TemplateError as exc:
        return None, tuple(exc.problems)


def _load(path: Path) -> _Parsed:
    """The parsed template or its problems, from the cache while the file is unchanged."""
    seen = _signature(path)
    if seen is None:
        return _parse(path)
    key, signature, settled = seen
    cached = _parsed.get(key)
    if cached is not None and cached[0] == signature:
        return cached[1]
    result = _parse(path)
    if settled:
        if len(_parsed) >= _MAX_FILES:
            _parsed.clear()
        _parsed[key] = (signature, result)
    return result


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
            template, problems = _load(path)
            entries.append(CatalogueEntry(path, template, problems, user))
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
