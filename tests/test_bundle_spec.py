"""The bundle leaves modules out to stay under its size budget (packaging/facilitator.spec).
A module the app imports and the spec leaves out would only fail in the bundle, on a user's
laptop, when that code first runs: this catches it in the normal test suite, in a second.
"""

from __future__ import annotations

import ast
from pathlib import Path

from tests.helpers import ROOT

SPEC = ROOT / "packaging" / "facilitator.spec"


def _excluded_modules() -> list[str]:
    tree = ast.parse(SPEC.read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(
                isinstance(t, ast.Name) and t.id == "EXCLUDED_MODULES" for t in node.targets):
            return list(ast.literal_eval(node.value))
    raise AssertionError("EXCLUDED_MODULES not found in the spec")


def _imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
            # `from PySide6 import QtSvg` imports the module PySide6.QtSvg.
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


def _left_out_but_imported(excluded: list[str], sources: list[Path]) -> list[str]:
    found = []
    for path in sources:
        where = path.relative_to(ROOT) if path.is_relative_to(ROOT) else path
        for name in sorted(_imports(path)):
            if any(name == gone or name.startswith(gone + ".") for gone in excluded):
                found.append(f"{where} imports {name}")
    return found


def test_the_bundle_leaves_out_no_module_the_app_imports() -> None:
    excluded = _excluded_modules()
    assert "ssl" in excluded and "PySide6.QtNetwork" in excluded  # the spec was read
    sources = sorted((ROOT / "facilitator").rglob("*.py")) + [
        ROOT / "packaging" / "facilitator_main.py"]
    assert _left_out_but_imported(excluded, sources) == []


def test_the_check_sees_lazy_and_from_imports(tmp_path: Path) -> None:
    """The check itself: an import inside a function, and a module imported by `from`."""
    module = tmp_path / "feature.py"
    module.write_text("def show():\n    from PySide6 import QtSvg\n    import ssl\n",
                      encoding="utf-8")
    found = _left_out_but_imported(["PySide6.QtSvg", "ssl", "tkinter"], [module])
    assert [line.split(" imports ")[1] for line in found] == ["PySide6.QtSvg", "ssl"]
