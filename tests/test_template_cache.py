"""Templates are parsed once per process and read again as soon as their file changes."""

from __future__ import annotations

import os
from collections import Counter
from pathlib import Path

import pytest

from facilitator.domain.template import Template
from facilitator.resources import resource_path
from facilitator.services import templates as templates_service
from facilitator.services.templates import catalogue, find_template

OWN = """\
id: own
title: {title}
source: my-notes.txt
invitation: {{subject: "{{title}}", body: "Join us at {{time}}."}}
agenda:
  - title: Welcome
    minutes: 5
"""

BAD = "id: bad\ntitle: [unclosed\n"
LONG_AGO = 1_600_000_000  # a file last saved well before this test: its signature is settled


def write(path: Path, text: str, mtime: int | None = LONG_AGO) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    if mtime is not None:
        os.utime(path, (mtime, mtime))
    return path


@pytest.fixture
def parses(monkeypatch: pytest.MonkeyPatch) -> Counter[str]:
    """A fresh cache, and how many times each template file (by name) was parsed."""
    counts: Counter[str] = Counter()
    real = templates_service.load_template_file

    def counting(path: Path) -> Template:
        counts[path.name] += 1
        return real(path)

    monkeypatch.setattr(templates_service, "_parsed", {})
    monkeypatch.setattr(templates_service, "load_template_file", counting)
    return counts


def test_lookups_and_listings_parse_each_template_file_once(tmp_path: Path,
                                                            parses: Counter[str]) -> None:
    folder = tmp_path / "templates"
    write(folder / "own.yaml", OWN.format(title="My session"))
    write(folder / "bad.yaml", BAD)
    assert find_template("attract-retain", folder).id == "attract-retain"
    assert find_template("own", folder).title == "My session"
    assert find_template("check-in", folder).id == "check-in"
    listed = {entry.id: entry for entry in catalogue(folder)}
    assert listed["bad"].broken and listed["own"].template is not None
    shipped = {path.name for path in resource_path("workshops").glob("*.yaml")}
    assert len(shipped) >= 9
    assert parses == Counter({name: 1 for name in shipped | {"own.yaml", "bad.yaml"}})


def test_a_template_edited_in_a_text_editor_is_read_again(tmp_path: Path,
                                                          parses: Counter[str]) -> None:
    folder = tmp_path / "templates"
    own = write(folder / "own.yaml", OWN.format(title="First title"))
    assert find_template("own", folder).title == "First title"
    # Saved again with the same length: only the modification time tells it changed.
    write(own, OWN.format(title="Other title"), mtime=LONG_AGO + 60)
    assert find_template("own", folder).title == "Other title"
    write(own, OWN.format(title="A longer title"), mtime=LONG_AGO + 60)
    assert find_template("own", folder).title == "A longer title"
    assert find_template("own", folder).title == "A longer title"
    assert parses["own.yaml"] == 3


def test_a_file_saved_a_moment_ago_is_not_trusted_to_the_cache_yet(tmp_path: Path,
                                                                   parses: Counter[str]) -> None:
    # On a drive whose clock ticks every 2 s a second save could keep the same signature.
    folder = tmp_path / "templates"
    own = write(folder / "own.yaml", OWN.format(title="Just saved"), mtime=None)
    assert find_template("own", folder).title == "Just saved"
    assert find_template("own", folder).title == "Just saved"
    assert parses["own.yaml"] == 2
    os.utime(own, (LONG_AGO, LONG_AGO))
    for _ in range(3):
        assert find_template("own", folder).title == "Just saved"
    assert parses["own.yaml"] == 3


def test_a_bad_user_template_keeps_its_error_and_harms_no_other(tmp_path: Path,
                                                                parses: Counter[str]) -> None:
    folder = tmp_path / "templates"
    bad = write(folder / "bad.yaml", BAD)
    write(folder / "own.yaml", OWN.format(title="Still fine"))
    for _ in range(3):
        entries = {entry.path.name: entry for entry in catalogue(folder)}
        assert entries["bad.yaml"].broken
        assert entries["bad.yaml"].errors[0].startswith("bad.yaml:3: YAML syntax error")
        assert entries["own.yaml"].template is not None
        assert entries["own.yaml"].template.title == "Still fine"
        assert find_template("attract-retain", folder).id == "attract-retain"
    assert parses["bad.yaml"] == 1
    write(bad, OWN.format(title="Fixed").replace("id: own", "id: bad"), mtime=LONG_AGO + 60)
    assert find_template("bad", folder).title == "Fixed"


def test_a_removed_user_template_leaves_the_list(tmp_path: Path, parses: Counter[str]) -> None:
    folder = tmp_path / "templates"
    own = write(folder / "own.yaml", OWN.format(title="Going away"))
    assert "own" in {entry.id for entry in catalogue(folder)}
    own.unlink()
    assert "own" not in {entry.id for entry in catalogue(folder)}
    with pytest.raises(LookupError, match="no template 'own'"):
        find_template("own", folder)
