"""The `facilitator` command, run as a user runs it: output, exit codes, one-line errors."""

from __future__ import annotations

import json
import os
import re
import stat
from pathlib import Path

import pytest

from tests.helpers import dump, run_cli


def assert_one_line_error(result, *words: str) -> None:  # type: ignore[no-untyped-def]
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    for word in words:
        assert word in lines[0]


def test_templates_lists_ids_minutes_and_sources() -> None:
    result = run_cli("templates")
    assert result.returncode == 0
    assert "attract-retain" in result.stdout and "120 min" in result.stdout
    listed = json.loads(run_cli("templates", "--json").stdout)
    entry = next(e for e in listed if e["id"] == "attract-retain")
    assert entry["minutes"] == 120 and entry["source"].startswith("Chiefs for Change")


def test_new_info_check_and_dump(tmp_path: Path) -> None:
    path = tmp_path / "focus.workshop"
    result = run_cli("new", "attract-retain", str(path), "--title", "Spring focus group",
                     "--date", "2026-12-03", "--time", "15:30", "--location", "Room 12",
                     "--participant", "Inés García:School counselor(s):Lincoln High")
    assert result.returncode == 0, result.stderr
    info = json.loads(run_cli("info", str(path), "--json").stdout)
    assert info["title"] == "Spring focus group"
    assert info["meetings"] == [{"number": 1, "date": "2026-12-03", "time": "15:30",
                                 "location": "Room 12"}]
    assert info["participants"][0]["name"] == "Inés García"
    assert info["blocks"]["aspirations"]["rows"] == 3
    text = run_cli("info", str(path)).stdout
    assert "Spring focus group" in text and "aspirations" in text
    # The meeting in en-US wording, as the window and the handouts say it (not ISO).
    assert "meeting 1:    Thursday, December 3, 2026, 3:30 PM, Room 12" in text
    assert "2026-12-03" not in text and "15:30" not in text
    check = run_cli("check", str(path))
    assert check.returncode == 0 and "healthy" in check.stdout
    data = dump(path)
    assert data["format"] == "facilitator-workshop" and data["version"] == 1
    assert data["template"]["id"] == "attract-retain"


def test_dump_load_dump_gives_the_same_content(tmp_path: Path) -> None:
    demo = tmp_path / "demo.workshop"
    assert run_cli("demo", str(demo), "--no-open").returncode == 0
    from facilitator.services.votes import set_votes_per_person
    from facilitator.services.workshop import open_workshop

    with open_workshop(demo) as ws:
        set_votes_per_person(ws, "brainstorm", 5)
    first = run_cli("dump", str(demo)).stdout
    (tmp_path / "demo.json").write_text(first, encoding="utf-8")
    copy = tmp_path / "copy.workshop"
    result = run_cli("load", str(tmp_path / "demo.json"), str(copy))
    assert result.returncode == 0, result.stderr
    assert json.loads(run_cli("dump", str(copy)).stdout) == json.loads(first)
    assert json.loads(first)["meetings"][0]["settings"] == {"brainstorm": {"votes_per_person": 5}}
    via_stdin = tmp_path / "stdin.workshop"
    assert run_cli("load", "-", str(via_stdin), stdin=first).returncode == 0


def test_demo_fills_every_worksheet_with_the_sources_examples(tmp_path: Path) -> None:
    demo = tmp_path / "demo.workshop"
    run_cli("demo", str(demo), "--no-open")
    data = dump(demo)
    meeting = data["meetings"][0]
    cards = {c["card"] for c in meeting["grid"]["prioritize"]}
    assert {f"example:{n}" for n in range(11)} <= cards   # the illustrative prioritization
    assert any(c.startswith("idea:") for c in cards)       # and the room's own ideas
    assert any(r["cells"].get("explore") for r in meeting["tables"]["initiatives-job"])
    assert all(r["cells"].get("now") and r["cells"].get("want")
               for r in meeting["tables"]["aspirations"])
    assert len(meeting["ideas"]["brainstorm"]) >= 6 and len(meeting["themes"]["key-themes"]) >= 3
    example = next(a for a in data["actions"] if a["source"] == "example")
    assert example["owner"] == "Principal of each school"
    assert example["deadline"] == "Start of next school year"
    dated = [a for a in data["actions"] if re.fullmatch(r"\d{4}-\d{2}-\d{2}", a["deadline"])]
    assert len(dated) >= 4 and any(a["owner_id"] and not a["owner"] for a in dated)
    calendar = tmp_path / "demo.ics"
    result = run_cli("export", str(demo), "--format", "ics", "--out", str(calendar))
    assert result.returncode == 0 and calendar.read_bytes().count(b"BEGIN:VEVENT") == len(dated)


def test_unknown_template_lists_the_available_ids(tmp_path: Path) -> None:
    result = run_cli("new", "no-such-template", str(tmp_path / "x.workshop"))
    assert_one_line_error(result, "no template 'no-such-template'", "attract-retain")
    assert not (tmp_path / "x.workshop").exists()


@pytest.mark.parametrize("args, words", [
    (["--date", "12/03/2026"], ["YYYY-MM-DD"]),
    (["--time", "3pm"], ["HH:MM"]),
])
def test_bad_dates_and_times_are_one_line_errors(tmp_path: Path, args: list[str],
                                                  words: list[str]) -> None:
    result = run_cli("new", "attract-retain", str(tmp_path / "x.workshop"), *args)
    assert_one_line_error(result, *words)
    assert list(tmp_path.iterdir()) == []


def test_missing_file_folder_and_non_workshop_are_clear_errors(tmp_path: Path) -> None:
    assert_one_line_error(run_cli("info", str(tmp_path / "missing.workshop")), "no such file")
    assert_one_line_error(run_cli("check", str(tmp_path)), "is a folder")
    other = tmp_path / "minutes.txt"
    other.write_text("not a workshop")
    assert_one_line_error(run_cli("dump", str(other)), "not a Facilitator workshop file")


def test_check_fails_on_a_damaged_file(tmp_path: Path) -> None:
    path = tmp_path / "w.workshop"
    run_cli("new", "attract-retain", str(path))
    data = bytearray(path.read_bytes())
    data[4096:8192] = b"\x00\xff" * 2048
    path.write_bytes(bytes(data))
    assert_one_line_error(run_cli("check", str(path)), "damaged")


def test_unwritable_folder_is_a_clear_error(tmp_path: Path) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(stat.S_IRUSR | stat.S_IXUSR)
    # root ignores folder permissions; /proc refuses new files to everyone.
    target = (Path("/proc") if os.geteuid() == 0 else folder) / "x.workshop"
    try:
        assert_one_line_error(run_cli("new", "attract-retain", str(target)), "cannot write here")
        assert not target.exists()
    finally:
        folder.chmod(stat.S_IRWXU)


def test_writing_into_a_missing_folder_is_a_clear_error(tmp_path: Path) -> None:
    result = run_cli("new", "attract-retain", str(tmp_path / "nowhere" / "x.workshop"))
    assert_one_line_error(result, "no such folder")


def test_load_refuses_files_that_are_not_dumps(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text("{not json")
    assert_one_line_error(run_cli("load", str(bad), str(tmp_path / "a.workshop")), "not a JSON")
    bad.write_text('{"format": "something-else"}')
    assert_one_line_error(run_cli("load", str(bad), str(tmp_path / "b.workshop")),
                          "not a Facilitator workshop dump")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.json"]


def test_broken_user_template_is_listed_and_others_still_load(tmp_path: Path) -> None:
    folder = tmp_path / "my-templates"
    folder.mkdir()
    (folder / "mine.yaml").write_text("id: mine\ntitle: Mine\nsource: me\n"
                                      "invitation: {subject: s, body: b}\n"
                                      "agenda:\n  - title: Only\n    minutes: -5\n")
    (folder / "latin.yaml").write_bytes("id: latin\ntitle: Señor\n".encode("latin-1"))
    good = (Path(__file__).parent.parent / "resources" / "workshops" / "attract-retain.yaml")
    (folder / "copy.yaml").write_text(good.read_text(encoding="utf-8")
                                      .replace("id: attract-retain", "id: my-focus-group", 1),
                                      encoding="utf-8")
    env = {**os.environ, "FACILITATOR_TEMPLATES": str(folder)}
    result = run_cli("templates", env=env)
    assert result.returncode == 0
    assert "mine" in result.stdout and "BROKEN" in result.stdout
    assert "mine.yaml:7: agenda[0].minutes: must be a positive integer" in result.stdout
    assert "latin.yaml" in result.stdout and "UTF-8" in result.stdout
    assert "my-focus-group" in result.stdout and "(your template)" in result.stdout
    assert "attract-retain" in result.stdout
    made = run_cli("new", "my-focus-group", str(tmp_path / "m.workshop"), env=env)
    assert made.returncode == 0, made.stderr
    broken = run_cli("new", "mine", str(tmp_path / "n.workshop"), env=env)
    assert broken.returncode != 0 and "must be a positive integer" in broken.stderr


def test_python_dash_m_and_version() -> None:
    result = run_cli("--version")
    assert result.returncode == 0 and result.stdout.startswith("facilitator ")
