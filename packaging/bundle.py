"""`./dev bundle`: build the one-folder app bundle, check its size, then smoke-test it.

    .venv/bin/python packaging/bundle.py [--clean] [--no-smoke-test] [--out DIR]

1. PyInstaller builds dist/facilitator/ from packaging/facilitator.spec (its cache in
   build/bundle/ makes a rebuild quicker; --clean starts afresh).
2. On Linux the desktop integration (desktop entry, icons, the .workshop file type, AppStream
   metadata and install.sh) goes into the bundle beside the executable.
3. The unpacked size is printed; on Linux the build fails above LIMIT_MB.
4. packaging/smoke-test.sh runs the bundle offscreen; the build fails if it fails.

Exits 1 with one line on stderr at the first failure. Runs on Windows and macOS too (the CI
workflow), where the size is printed but not held to the Linux budget.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DIST = ROOT / "dist"
WORK = ROOT / "build" / "bundle"
BUNDLE = DIST / "facilitator"
LIMIT_MB = 150  # unpacked, in MB of 1,000,000 bytes, as a file manager shows it
LINUX = sys.platform.startswith("linux")
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


class BundleError(Exception):
    pass


def build(clean: bool) -> float:
    began = time.perf_counter()
    WORK.mkdir(parents=True, exist_ok=True)
    log = WORK / "pyinstaller.log"
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--distpath", str(DIST),
               "--workpath", str(WORK), *(["--clean"] if clean else []),
               str(ROOT / "packaging" / "facilitator.spec")]
    with log.open("w", encoding="utf-8") as out:
        done = subprocess.run(command, cwd=ROOT, stdout=out, stderr=subprocess.STDOUT,
                              check=False)
    if done.returncode != 0:
        tail = log.read_text(encoding="utf-8", errors="replace").splitlines()[-15:]
        sys.stderr.write("\n".join(tail) + "\n")
        raise BundleError(f"PyInstaller failed (exit {done.returncode}); full log in {log}")
    return time.perf_counter() - began


def add_desktop_integration(bundle: Path) -> None:
    """What a Linux desktop needs to list the app and open .workshop files with it, laid out
    as under /usr/share, plus the script that installs it all for the user."""
    linux, icons = ROOT / "packaging" / "linux", ROOT / "packaging" / "icons"
    share = bundle / "share"
    if share.exists():
        shutil.rmtree(share)
    places = {
        linux / "facilitator.desktop": share / "applications" / "facilitator.desktop",
        linux / "io.github.facilitator.facilitator.metainfo.xml":
            share / "metainfo" / "io.github.facilitator.facilitator.metainfo.xml",
        linux / "facilitator-mime.xml": share / "mime" / "packages" / "facilitator.xml",
        icons / "facilitator.svg": share / "icons" / "hicolor" / "scalable" / "apps"
                                   / "facilitator.svg",
        **{icons / f"facilitator-{n}.png": share / "icons" / "hicolor" / f"{n}x{n}" / "apps"
           / "facilitator.png" for n in ICON_SIZES},
    }
    for source, target in places.items():
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(source, target)
    shutil.copy2(linux / "install.sh", bundle / "install.sh")


def unpacked_bytes(folder: Path) -> tuple[int, int]:
    """Bytes and files as unpacked: symbolic links (PyInstaller links Qt's libraries) count
    as nothing, as they take no room."""
    total = files = 0
    for dirpath, _dirs, names in os.walk(folder):
        for name in names:
            path = Path(dirpath, name)
            if not path.is_symlink():
                total += path.stat().st_size
                files += 1
    return total, files


def executable() -> Path:
    """The executable that runs the CLI: the console one on Windows, the one inside the .app
    on macOS (what a user starts), the bundle's own on Linux."""
    if sys.platform == "win32":
        return BUNDLE / "facilitator-cli.exe"
    if sys.platform == "darwin":
        return DIST / "Facilitator.app" / "Contents" / "MacOS" / "facilitator"
    return BUNDLE / "facilitator"


def smoke_test() -> float:
    began = time.perf_counter()
    done = subprocess.run(["bash", str(ROOT / "packaging" / "smoke-test.sh"), "--bundle",
                           str(executable())], cwd=ROOT, check=False)
    if done.returncode != 0:
        raise BundleError("the smoke test failed on the bundle (see above)")
    return time.perf_counter() - began


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="./dev bundle", description=__doc__.splitlines()[0])
    parser.add_argument("--clean", action="store_true", help="rebuild without PyInstaller's cache")
    parser.add_argument("--no-smoke-test", action="store_true",
                        help="only build and measure (the smoke test takes ~30 s)")
    parser.add_argument("--out", type=Path, help="build in DIR/dist and DIR/build instead of "
                        "the checkout (the test suite builds in a temporary folder)")
    args = parser.parse_args(argv)
    if args.out is not None:
        global DIST, WORK, BUNDLE
        DIST, WORK = args.out.resolve() / "dist", args.out.resolve() / "build"
        BUNDLE = DIST / "facilitator"
    try:
        seconds = build(args.clean)
        if LINUX:
            add_desktop_integration(BUNDLE)
        size, files = unpacked_bytes(BUNDLE)
        mb = size / 1e6
        print(f"bundle: {BUNDLE}/ built in {seconds:.0f} s: {mb:.1f} MB "
              f"unpacked in {files} files" + (f" (limit {LIMIT_MB} MB)" if LINUX else ""))
        if LINUX and mb > LIMIT_MB:
            raise BundleError(f"the bundle is {mb:.1f} MB, over the {LIMIT_MB} MB limit; see "
                              "packaging/README.md for what it leaves out")
        if not args.no_smoke_test:
            print(f"bundle: smoke test passed in {smoke_test():.0f} s")
    except BundleError as exc:
        sys.stderr.write(f"bundle: {exc}\n")
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
