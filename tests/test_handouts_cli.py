"""`facilitator handouts` as a user runs it: files written and listed, clear one-line errors."""

from __future__ import annotations

import io
from pathlib import Path

import pypdf

from facilitator.services.demo import create_demo
from tests.helpers import make_workshop, run_cli

KIND_FILES = {"packet": "packet", "guide": "facilitator-guide", "summary": "summary",
              "themes": "key-themes", "actions": "action-tracker"}


def _demo(tmp_path: Path) -> Path:
    path = tmp_path / "d.workshop"
    create_demo(path).close()
    return path


def test_all_handouts_on_a4_are_written_and_listed(tmp_path: Path) -> None:
    out = tmp_path / "prints"
    result = run_cli("handouts", str(_demo(tmp_path)), "--kind", "all", "--paper", "a4",
                     "--out", str(out))
    assert result.returncode == 0, result.stderr
    listed = [Path(line) for line in result.stdout.splitlines()]
    assert len(listed) == 5
    for kind, suffix in KIND_FILES.items():
        path = out / f"attract-and-retain-demo-focus-group-{suffix}.pdf"
        assert path in listed, kind
        reader = pypdf.PdfReader(io.BytesIO(path.read_bytes()))
        first = reader.pages[0]
        assert (round(float(first.mediabox.width)), round(float(first.mediabox.height))) == \
            (595, 842)
    assert not list(out.glob(".handout-*"))  # no temporary files left behind


def test_per_participant_packets_one_per_person(tmp_path: Path) -> None:
    path = make_workshop(tmp_path)  # Ana Núñez and Ben Cho
    out = tmp_path / "packets"
    result = run_cli("handouts", str(path), "--kind", "packet", "--per-participant",
                     "--out", str(out))
    assert result.returncode == 0, result.stderr
    names = sorted(Path(line).name for line in result.stdout.splitlines())
    assert names == ["attract-and-retain-mental-health-support-staff-packet-ana-nunez.pdf",
                     "attract-and-retain-mental-health-support-staff-packet-ben-cho.pdf"]
    cover = pypdf.PdfReader(out / names[0]).pages[0].extract_text()
    assert "Ana Núñez" in cover


def test_errors_are_one_line_and_exit_non_zero(tmp_path: Path) -> None:
    missing = run_cli("handouts", str(tmp_path / "nope.workshop"), "--out", str(tmp_path))
    assert missing.returncode != 0
    assert missing.stderr.count("\n") == 1 and "nope.workshop" in missing.stderr

    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    bad_out = run_cli("handouts", str(_demo(tmp_path)), "--out", str(blocker / "sub"))
    assert bad_out.returncode != 0
    assert bad_out.stderr.startswith("facilitator: cannot create the folder")
    assert bad_out.stderr.count("\n") == 1

    nobody = make_workshop(tmp_path, name="empty.workshop", participants=[])
    alone = run_cli("handouts", str(nobody), "--kind", "packet", "--per-participant",
                    "--out", str(tmp_path / "x"))
    assert alone.returncode != 0 and "no participants" in alone.stderr
    assert "Traceback" not in alone.stderr + bad_out.stderr + missing.stderr


def test_the_workshop_file_is_opened_read_only(tmp_path: Path) -> None:
    path = _demo(tmp_path)
    before = path.read_bytes()
    result = run_cli("handouts", str(path), "--kind", "summary", "--out", str(tmp_path / "o"))
    assert result.returncode == 0, result.stderr
    assert path.read_bytes() == before
