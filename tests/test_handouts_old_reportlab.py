"""An install whose reportlab is older than the one the handouts' shaping patch is written for
says so in one line, instead of "unexpected error (TypeError ...)" halfway through printing a
Devanagari name (reportlab 4.4.0's shapeFragWord takes no `force`) or an ImportError (before
4.3, no shaping at all). Checked by hand against the real 4.2.0 and 4.4.0 wheels (the same
line) and 4.4.1 (prints every script)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers import ROOT, run_cli

# Runs the command line with reportlab's shaping API cut back to an older release's.
OLD_REPORTLAB = r"""
import runpy, sys
from reportlab.pdfbase import ttfonts
real = ttfonts.shapeFragWord
if sys.argv[1] == "4.4.0":
    def shapeFragWord(w, features=dict(kern=True, liga=True, dlig=True)):   # no force=
        return real(w, features)
    ttfonts.shapeFragWord = shapeFragWord
else:   # 4.2: no shaping (its own modules, loaded first here, never asked for it)
    import reportlab.pdfgen.textobject, reportlab.platypus.paragraph
    del ttfonts.shapeFragWord, ttfonts.ShapedStr, ttfonts.makeShapedFragWord
sys.argv = ["facilitator", *sys.argv[2:]]
runpy.run_module("facilitator", run_name="__main__")
"""


@pytest.mark.parametrize("release", ["4.4.0", "4.2"])
def test_handouts_with_an_older_reportlab_fail_in_one_clear_line(release: str,
                                                                tmp_path: Path) -> None:
    path = tmp_path / "w.workshop"
    done = run_cli("new", "attract-retain", str(path), "--participant", "(प्रिया)")
    assert done.returncode == 0, done.stderr
    result = subprocess.run(
        [sys.executable, "-c", OLD_REPORTLAB, release, "handouts", "--kind", "all",
         "--out", str(tmp_path / "out"), str(path)],
        capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(
        "facilitator: Handouts need reportlab 4.4.1 or later"), result.stderr
    assert "reinstall Facilitator" in lines[0]
