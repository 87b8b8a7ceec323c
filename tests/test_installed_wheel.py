"""The app as a user installs it: build the wheel from pyproject.toml, install it into a fresh
venv that cannot see this checkout, then open the demo offscreen and check that every menu and
every worksheet kind is built (`open --exit-after-load --check-ui`).

The fresh venv gets the wheel through pip; its dependencies come from the dev venv's
site-packages through a .pth file (no download, no copy), which adds only that folder: the
checkout is not on the path, and the dev venv's editable-install hook is not run from there.
"""

from __future__ import annotations

import os
import shutil
import site
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

from tests.helpers import ROOT

KINDS = ("actions", "grid", "ideas", "table", "text", "themes")


def _run(command: list[str], *, env: dict[str, str], cwd: Path,
         timeout: float = 120) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, capture_output=True, text=True, env=env, cwd=cwd,
                          timeout=timeout)


def _source_copy(target: Path) -> Path:
    """What a release build sees: the tracked project files, no build/ or egg-info leftovers."""
    skip = shutil.ignore_patterns("__pycache__", "*.pyc", "*.egg-info", "build", "dist")
    for name in ("facilitator", "resources"):
        shutil.copytree(ROOT / name, target / name, ignore=skip)
    for name in ("pyproject.toml", "setup.py", "README.md"):
        shutil.copy2(ROOT / name, target / name)
    return target


def _ui_lines(stdout: str) -> list[str]:
    return [line for line in stdout.splitlines() if line.startswith(("menu ", "worksheet ",
                                                                     "feature "))]


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    tmp = tmp_path_factory.mktemp("wheel")
    source = _source_copy(tmp / "src")
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME")}
    built = _run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w",
                  str(tmp / "dist"), str(source)], env=env, cwd=tmp, timeout=300)
    assert built.returncode == 0, built.stderr
    wheel = next((tmp / "dist").glob("facilitator-*.whl"))
    venv = tmp / "venv"
    made = _run([sys.executable, "-m", "venv", "--without-pip", str(venv)], env=env, cwd=tmp)
    assert made.returncode == 0, made.stderr
    python = venv / "bin" / "python"
    added = _run([sys.executable, "-m", "pip", "--python", str(python), "install", "-q",
                  "--no-deps", "--no-index", str(wheel)], env=env, cwd=tmp, timeout=300)
    assert added.returncode == 0, added.stderr
    purelib = Path(_run([str(python), "-c", "import sysconfig; print(sysconfig.get_path("
                         "'purelib'))"], env=env, cwd=tmp).stdout.strip())
    dev_site = sysconfig.get_path("purelib")
    assert dev_site in site.getsitepackages()
    (purelib / "dev-dependencies.pth").write_text(dev_site + "\n", encoding="utf-8")
    return {"tmp": tmp, "wheel": wheel, "bin": venv / "bin", "python": python}


def _app_env(tmp: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME")}
    env.update(QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp / "config"),
               XDG_DATA_HOME=str(tmp / "data"), FACILITATOR_TEMPLATES=str(tmp / "templates"))
    return env


def test_the_wheel_holds_every_package_of_the_checkout(installed: dict[str, Path]) -> None:
    names = zipfile.ZipFile(installed["wheel"]).namelist()
    packages = sorted(str(p.parent.relative_to(ROOT)) for p in
                      (ROOT / "facilitator").rglob("__init__.py") if "__pycache__" not in p.parts)
    assert "facilitator/ui/worksheets/grid" in packages and "facilitator/ui/shell" in packages
    missing = [p for p in packages if f"{p}/__init__.py" not in names]
    assert missing == []
    modules = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "facilitator").rglob("*.py")
                     if "__pycache__" not in p.parts)
    assert [m for m in modules if m not in names] == []
    templates = sorted(p.name for p in (ROOT / "resources" / "workshops").glob("*.yaml"))
    assert templates and all(f"facilitator/_resources/workshops/{t}" in names for t in templates)


def test_installed_app_opens_the_demo_with_every_menu_and_worksheet(
        installed: dict[str, Path]) -> None:
    tmp, app = installed["tmp"], installed["bin"] / "facilitator"
    run_dir = tmp / "elsewhere"              # not the checkout: only the wheel is importable
    run_dir.mkdir(exist_ok=True)
    env = _app_env(tmp)
    where = _run([str(installed["python"]), "-c",
                  "import facilitator; print(facilitator.__file__)"], env=env, cwd=run_dir)
    assert where.stdout.strip().startswith(str(tmp / "venv")), where.stdout + where.stderr

    demo = tmp / "demo.workshop"
    made = _run([str(app), "demo", str(demo), "--no-open"], env=env, cwd=run_dir)
    assert made.returncode == 0, made.stderr
    opened = _run([str(app), "open", str(demo), "--exit-after-load", "--check-ui"],
                  env=env, cwd=run_dir)
    assert opened.returncode == 0, opened.stdout + opened.stderr
    assert "ready after" in opened.stdout
    lines = _ui_lines(opened.stdout)
    menus = {line.split(":")[0].removeprefix("menu "): line for line in lines
             if line.startswith("menu ")}
    assert list(menus) == ["File", "Edit", "View", "Meeting", "Room"]
    assert "Handouts…" in menus["File"] and "Export…" in menus["File"]  # feature modules
    assert "Copy invitation" in menus["Meeting"] and "New meeting…" in menus["Meeting"]
    assert "Present on the projector" in menus["View"]
    assert "Open the room…" in menus["Room"]   # room mode: its server and page ship too
    for kind in KINDS:
        assert any(line.startswith(f"worksheet {kind}: ") and line.endswith(" built")
                   for line in lines), (kind, lines)
    assert not [line for line in lines if "FAILED" in line]

    # The same report from the checkout: the installed app builds all that the source does.
    source = _run([sys.executable, "-m", "facilitator", "open", str(demo), "--exit-after-load",
                   "--check-ui"], env=env, cwd=ROOT)
    assert source.returncode == 0, source.stderr
    assert _ui_lines(source.stdout) == lines


def test_installed_app_says_in_one_line_when_a_file_cannot_load(
        installed: dict[str, Path]) -> None:
    tmp, app = installed["tmp"], installed["bin"] / "facilitator"
    bogus = tmp / "notes.workshop"
    bogus.write_text("not a workshop")
    failed = _run([str(app), "open", str(bogus), "--exit-after-load", "--check-ui"],
                  env=_app_env(tmp), cwd=tmp, timeout=60)
    assert failed.returncode == 1
    said = [line for line in failed.stderr.splitlines() if line.startswith("facilitator:")]
    assert len(said) == 1 and "notes.workshop" in said[0]
    assert "Traceback" not in failed.stderr
