"""The layer arrows of DESIGN.md, kept honest by import-linter (contracts in pyproject.toml)."""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_import_contracts_hold() -> None:
    linter = shutil.which("lint-imports") or str(Path(sys.executable).parent / "lint-imports")
    result = subprocess.run([linter, "--no-cache"], capture_output=True, text=True, cwd=ROOT,
                            timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "broken" in result.stdout and "0 broken" in result.stdout


def test_cli_start_up_does_not_import_heavy_modules() -> None:
    code = ("import sys, facilitator.cli as c; c.build_parser(); "
            "print(sorted(m for m in ('reportlab', 'sqlalchemy', 'PySide6', 'alembic') "
            "if m in sys.modules))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            cwd=ROOT, timeout=60)
    assert result.stdout.strip() == "[]", result.stderr


def _modules(package: str) -> list[tuple[Path, ast.Module]]:
    return [(path, ast.parse(path.read_text(encoding="utf-8")))
            for path in sorted((ROOT / "facilitator" / package).rglob("*.py"))]


def test_change_events_are_made_by_services_only() -> None:
    """The UI pushes the Changed a service returned; it never makes one up (which could tell
    the views less, or other, than what was committed)."""
    from facilitator.services import changes

    kinds = {name for name, value in vars(changes).items()
             if isinstance(value, type) and issubclass(value, changes.Changed)}
    made = [f"{path.relative_to(ROOT)}:{node.lineno}" for path, tree in _modules("ui")
            for node in ast.walk(tree)
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
            and node.func.id in kinds | {"CellsChanged", "PeopleChanged"}]
    assert not made, made


def test_services_modules_import_no_private_names_of_each_other() -> None:
    private = [f"{path.relative_to(ROOT)}:{node.lineno} {alias.name}"
               for path, tree in _modules("services") for node in ast.walk(tree)
               if isinstance(node, ast.ImportFrom) and (node.module or "").startswith(
                   "facilitator.services.")
               for alias in node.names if alias.name.startswith("_")]
    assert not private, private
