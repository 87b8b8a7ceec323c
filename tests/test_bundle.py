"""The app bundle a school laptop runs, built as `./dev bundle` builds it.

PyInstaller builds the one-folder bundle from packaging/facilitator.spec into a temporary folder;
the build fails above the size limit, and packaging/smoke-test.sh then runs the bundle offscreen:
`--version`, every template listed, the demo opened with every menu and worksheet kind, every
handout kind and export format written, names in six scripts printed. CI installs the newest
PyInstaller the bounds allow, so a release that drops a module or a Qt plugin fails here.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

from tests.helpers import ROOT

LIMIT_MB = 150


def test_the_bundle_builds_under_its_size_limit_and_passes_the_smoke_test(
        tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen",
           "XDG_CONFIG_HOME": str(tmp_path / "config"), "XDG_DATA_HOME": str(tmp_path / "data")}
    done = subprocess.run([sys.executable, str(ROOT / "packaging" / "bundle.py"), "--out",
                           str(tmp_path)], cwd=ROOT, env=env, capture_output=True, text=True,
                          timeout=1200)
    output = done.stdout + done.stderr
    print(output[-3000:])
    assert done.returncode == 0, output[-3000:]
    size = re.search(r"built in \d+ s: ([\d.]+) MB unpacked", output)
    assert size is not None, output[-3000:]
    assert float(size.group(1)) < LIMIT_MB
    assert "smoke test passed" in output
    assert (tmp_path / "dist" / "facilitator" / "facilitator").is_file()
