"""Where shipped resources live, from a source checkout and from an installed wheel alike."""

from __future__ import annotations

import os
import sys
from pathlib import Path


def resources_dir() -> Path:
    """The `resources/` folder: beside the package in a checkout, inside it in a wheel."""
    here = Path(__file__).resolve().parent
    for candidate in (here / "_resources", here.parent / "resources"):
        if (candidate / "workshops").is_dir():
            return candidate
    raise FileNotFoundError("Facilitator's resources folder is missing; reinstall the app.")


def resource_path(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


def user_templates_dir() -> Path:
    """Per-user folder for a facilitator's own templates (no admin rights needed)."""
    override = os.environ.get("FACILITATOR_TEMPLATES")
    if override:
        return Path(override)
    if sys.platform == "win32":
        base = Path(os.environ.get("APPDATA", Path.home() / "AppData" / "Roaming"))
        return base / "Facilitator" / "templates"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Application Support" / "Facilitator" / "templates"
    base = Path(os.environ.get("XDG_DATA_HOME", Path.home() / ".local" / "share"))
    return base / "facilitator" / "templates"
