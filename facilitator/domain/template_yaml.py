"""Read template YAML safely, remembering the line of every field for error messages."""

from __future__ import annotations

import os
import re
import stat
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


# Bounds on what a template file may make the loader do. The shipped templates are at most
# 33 kB, ~2,000 nodes and 12 levels deep; these are far beyond any real template, and keep a
# broken or hostile file (a billion-laughs alias bomb, a 50 MB file, 10,000 nested lists) from
# hanging or crashing the template list for everyone.
MAX_BYTES = 1_000_000
MAX_NODES = 200_000       # counted with aliases expanded, as the checks below would walk them
MAX_DEPTH = 64


class _TooBig(Exception):
    pass


def _line_map(node: yaml.Node, path: Path, lines: dict[Path, int], budget: list[int]) -> None:
    budget[0] -= 1
    if budget[0] < 0:
        raise _TooBig(f"is too large once its aliases are expanded (more than {MAX_NODES:,} "
                      "values)")
    if len(path) > MAX_DEPTH:
        raise _TooBig(f"is nested more than {MAX_DEPTH} levels deep")
    lines[path] = node.start_mark.line + 1
    if isinstance(node, yaml.MappingNode):
        for key_node, value_node in node.value:
            if isinstance(key_node, yaml.ScalarNode):
                key_path = path + (key_node.value,)
                _line_map(value_node, key_path, lines, budget)
                lines[key_path] = key_node.start_mark.line + 1
            else:
                raise _TooBig("has a key that is not plain text")
    elif isinstance(node, yaml.SequenceNode):
        for index, child in enumerate(node.value):
            _line_map(child, path + (index,), lines, budget)


def _fail(file: str, line: int | None, message: str) -> TemplateError:
    return TemplateError([Problem(file, line, "", message)])


def load_template_text(text: str, file: str) -> Template:
    """Parse YAML text with the safe loader and validate it (raises TemplateError)."""
    if len(text) > MAX_BYTES:
        raise _fail(file, None, f"is larger than {MAX_BYTES // 1_000_000} MB; a template is "
                    "a few dozen kB")
    loader: TemplateLoader | None = None
    try:
        loader = TemplateLoader(text)  # reads the first characters: may refuse them already
        node = loader.get_single_node()
        lines: dict[Path, int] = {}
        if node is not None:
            # Bounded before anything walks the data: sizes, depth and aliases.
            _line_map(node, (), lines, [MAX_NODES])
        data: Any = loader.construct_document(node) if node is not None else None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else None
        raise _fail(file, line, f"YAML syntax error: {exc.problem}") from None
    except yaml.YAMLError as exc:
        raise _fail(file, None, "YAML error: " + " ".join(str(exc).split())[:200]) from None
    except _TooBig as exc:
        raise _fail(file, None, str(exc)) from None
    except RecursionError:
        raise _fail(file, None, f"is nested more than {MAX_DEPTH} levels deep") from None
    except ValueError as exc:  # e.g. an integer of more than 4,300 digits
        raise _fail(file, None, "has a value that cannot be read ("
                    + " ".join(str(exc).split())[:120] + ")") from None
    finally:
        if loader is not None:
            loader.dispose()
    return parse_template(data, file, lines)


def _read_bounded(path: FsPath) -> bytes:
    """At most MAX_BYTES + 1 bytes of a regular file; never blocks on a FIFO or a device."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    fd = os.open(path, flags)
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise IsADirectoryError
        if not stat.S_ISREG(info.st_mode):
            raise _TooBig("is not a regular file")
        if info.st_size > MAX_BYTES:
            raise _TooBig(f"is larger than {MAX_BYTES // 1_000_000} MB; a template is a few "
                          "dozen kB")
        with os.fdopen(fd, "rb", closefd=False) as handle:
            return handle.read(MAX_BYTES + 1)
    finally:
        os.close(fd)


def load_template_file(path: FsPath) -> Template:
    """Read a template file; every failure is a TemplateError with a one-line message."""
    name = path.name
    try:
        raw = _read_bounded(path)
    except IsADirectoryError:
        raise _fail(name, None, "is a folder, not a template file") from None
    except _TooBig as exc:
        raise _fail(name, None, str(exc)) from None
    except OSError as exc:
        raise _fail(name, None, f"cannot be read ({exc.strerror or exc})") from None
    if len(raw) > MAX_BYTES:
        raise _fail(name, None, f"is larger than {MAX_BYTES // 1_000_000} MB; a template is "
                    "a few dozen kB")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise _fail(name, line, "is not UTF-8 text; save it as UTF-8") from None
    return load_template_text(text, name)
