"""What a desktop needs so that a double-click on a workshop file opens it in Facilitator: the
file type (shared-mime-info), the desktop entry that handles it, the AppStream metadata and icon
that software centres show, and the command line each platform starts the app with.

The bundle itself is built and smoke-tested by `./dev bundle` (minutes of build, not run here).
"""

from __future__ import annotations

import configparser
import os
import shlex
import sqlite3
import struct
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from facilitator import __version__
from tests.helpers import ROOT, make_workshop

LINUX = ROOT / "packaging" / "linux"
ICONS = ROOT / "packaging" / "icons"
MIME_NS = "{http://www.freedesktop.org/standards/shared-mime-info}"
WORKSHOP_TYPE = "application/x-facilitator-workshop"


def _desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, delimiters=("=",))
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(LINUX / "facilitator.desktop", encoding="utf-8")
    return parser["Desktop Entry"]


def _app_env(tmp: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME")}
    env.update(QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp / "config"),
               XDG_DATA_HOME=str(tmp / "data"), FACILITATOR_TEMPLATES=str(tmp / "templates"))
    return env


def _mime_types(tmp: Path, files: list[Path]) -> list[str]:
    """What Qt's implementation of shared-mime-info (the one KDE uses; GNOME's reads the same
    XML) calls each file, with only our package XML added to the system's database."""
    packages = tmp / "share" / "mime" / "packages"
    packages.mkdir(parents=True)
    (packages / "facilitator.xml").write_bytes((LINUX / "facilitator-mime.xml").read_bytes())
    script = ("import sys\nfrom PySide6.QtCore import QMimeDatabase\n"
              "db = QMimeDatabase()\n"
              "for f in sys.argv[1:]: print(db.mimeTypeForFile(f).name())\n")
    env = {**os.environ, "XDG_DATA_HOME": str(tmp / "share")}
    done = subprocess.run([sys.executable, "-c", script, *map(str, files)], capture_output=True,
                          text=True, env=env, timeout=60, check=True)
    return done.stdout.split()


def test_a_workshop_file_is_of_the_type_the_desktop_entry_opens(tmp_path: Path) -> None:
    workshop = make_workshop(tmp_path, name="focus group.workshop")
    renamed = tmp_path / "focus group (copy)"     # lost its extension: found by its content
    renamed.write_bytes(workshop.read_bytes())
    other = tmp_path / "inventory.db"             # someone else's SQLite file is not a workshop
    sqlite3.connect(other).execute("CREATE TABLE t (x)").connection.close()

    types = _mime_types(tmp_path, [workshop, renamed, other])

    assert types[:2] == [WORKSHOP_TYPE, WORKSHOP_TYPE]
    assert types[2] != WORKSHOP_TYPE
    assert _desktop_entry()["MimeType"].split(";")[:-1] == [WORKSHOP_TYPE]


def test_the_desktop_entry_command_opens_the_file_it_is_given(tmp_path: Path) -> None:
    """A double-click runs the entry's Exec line with the file for %f (the installed entry
    names the executable by its full path; here it is this checkout's app)."""
    workshop = make_workshop(tmp_path, name="Monday's focus group.workshop",
                             title="Monday focus group")
    argv = [str(workshop) if word == "%f" else word
            for word in shlex.split(_desktop_entry()["Exec"])]
    assert argv[0] == "facilitator"
    command = [sys.executable, "-m", "facilitator", *argv[1:], "--exit-after-load"]

    opened = subprocess.run(command, capture_output=True, text=True, env=_app_env(tmp_path),
                            cwd=tmp_path, timeout=120)

    assert opened.returncode == 0, opened.stdout + opened.stderr
    assert "(Monday focus group)" in opened.stdout


def test_a_workshop_file_alone_on_the_command_line_is_opened(tmp_path: Path) -> None:
    """How macOS starts the app for a file double-clicked in Finder (the bundle turns the
    open-document event into an argument): `facilitator FILE.workshop`."""
    workshop = make_workshop(tmp_path, name="check-in.workshop", title="October check-in")
    opened = subprocess.run([sys.executable, "-m", "facilitator", str(workshop),
                             "--exit-after-load"], capture_output=True, text=True,
                            env=_app_env(tmp_path), cwd=tmp_path, timeout=120)
    assert opened.returncode == 0, opened.stdout + opened.stderr
    assert "(October check-in)" in opened.stdout

    missing = subprocess.run([sys.executable, "-m", "facilitator",
                              str(tmp_path / "gone.workshop"), "--exit-after-load"],
                             capture_output=True, text=True, env=_app_env(tmp_path),
                             cwd=tmp_path, timeout=120)
    assert missing.returncode == 1
    said = [line for line in missing.stderr.splitlines() if line.startswith("facilitator:")]
    assert len(said) == 1 and "gone.workshop" in said[0]


def test_the_software_centre_entry_matches_the_app() -> None:
    """AppStream metadata: it launches our desktop entry, shows our icon, claims our file type
    and lists the version this checkout is (a release bump must add its entry)."""
    root = ET.parse(LINUX / "io.github.facilitator.facilitator.metainfo.xml").getroot()
    entry = _desktop_entry()
    assert root.findtext("id") == "io.github.facilitator.facilitator"
    assert root.findtext("launchable[@type='desktop-id']") == "facilitator.desktop"
    assert root.findtext("icon[@type='stock']") == entry["Icon"] == "facilitator"
    assert [m.text for m in root.iterfind("provides/mediatype")] == [WORKSHOP_TYPE]
    assert root.findtext("provides/binary") == "facilitator"
    versions = [r.get("version") for r in root.iterfind("releases/release")]
    assert versions[0] == __version__

    mime = ET.parse(LINUX / "facilitator-mime.xml").getroot()
    declared = mime.find(f"{MIME_NS}mime-type")
    assert declared is not None and declared.get("type") == WORKSHOP_TYPE
    assert [g.get("pattern") for g in declared.iterfind(f"{MIME_NS}glob")] == ["*.workshop"]


def test_every_icon_size_is_a_square_png_of_that_size() -> None:
    sizes = {}
    for png in sorted(ICONS.glob("facilitator-*.png")):
        head = png.read_bytes()[:24]
        assert head[:8] == b"\x89PNG\r\n\x1a\n", png.name
        width, height = struct.unpack(">II", head[16:24])
        sizes[png.name] = (width, height)
    assert sizes, "no icons rendered"
    for name, (width, height) in sizes.items():
        size = int(name.removeprefix("facilitator-").removesuffix(".png"))
        assert (width, height) == (size, size), name
    # What the hicolor theme, the Windows installer and the macOS bundle need.
    assert {16, 32, 48, 256, 512} <= {w for w, _ in sizes.values()}
    assert (ICONS / "facilitator.svg").read_text(encoding="utf-8").lstrip().startswith("<?xml")
