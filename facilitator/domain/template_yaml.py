"""Read template YAML safely, remembering the line of every field for error messages."""

from __future__ import annotations

import re
from pathlib import Path as FsPath
from typing import Any

import yaml

from facilitator.domain.template import Template
from facilitator.domain.template_parse import Path, Problem, TemplateError, parse_template


class TemplateLoader(yaml.SafeLoader):
    """The safe loader, except that only true/false are booleans.

    YAML 1.1 reads Yes, No, On and Off as booleans, which would turn a facilitator's
    `choices: [Yes, No, Unsure]` into nonsense; here they stay text.
    """


TemplateLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:bool"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
TemplateLoader.add_implicit_resolver(
    "tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"),
    list("tTfF"))


def _line_map(node: yaml.Node, path: Path, lines: dict[Path, int]) -> None:
    lines[path] = node.start_mark.line + 1
    if isinstance(node, yaml.MappingNode):
        for key_node, value_node in node.value:
            if isinstance(key_node, yaml.ScalarNode):
                key_path = path + (key_node.value,)
                _line_map(value_node, key_path, lines)
                lines[key_path] = key_node.start_mark.line + 1
    elif isinstance(node, yaml.SequenceNode):
        for index, child in enumerate(node.value):
            _line_map(child, path + (index,), lines)


def load_template_text(text: str, file: str) -> Template:
    """Parse YAML text with the safe loader and validate it (raises TemplateError)."""
    try:
        data: Any = yaml.load(text, Loader=TemplateLoader)
        node = yaml.compose(text, Loader=TemplateLoader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else None
        problem = Problem(file, line, "", f"YAML syntax error: {exc.problem}")
        raise TemplateError([problem]) from None
    except yaml.YAMLError as exc:
        raise TemplateError([Problem(file, None, "", f"YAML error: {exc}")]) from None
    lines: dict[Path, int] = {}
    if node is not None:
        _line_map(node, (), lines)
    return parse_template(data, file, lines)


def load_template_file(path: FsPath) -> Template:
    """Read a template file; every failure is a TemplateError with a one-line message."""
    name = path.name
    try:
        raw = path.read_bytes()
    except IsADirectoryError:
        raise TemplateError([Problem(name, None, "", "is a folder, not a template file")]) from None
    except OSError as exc:
        raise TemplateError([Problem(name, None, "", f"cannot be read ({exc.strerror})")]) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise TemplateError([Problem(name, line, "", "is not UTF-8 text; save it as UTF-8")]) \
            from None
    return load_template_text(text, name)
