"""Handouts and the command line read like the publications behind the templates: a user never
sees the word "seed" or an internal file name, and wording follows en-US."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from facilitator.cli import main
from facilitator.handouts.build import KINDS, render_document
from facilitator.services.demo import create_demo
from facilitator.services.meetings import invitation, new_meeting
from facilitator.services.snapshot import read_snapshot
from facilitator.services.templates import catalogue
from facilitator.services.workshop import open_workshop
from tests.helpers import make_workshop, run_cli
from tests.test_never_fail import pdf_text

TEMPLATES = sorted(e.id for e in catalogue() if e.template is not None and not e.user)
INTERNAL = re.compile(r"seed|\d{3}_[0-9a-f]{16}|\.txt\b", re.IGNORECASE)
PUBLISHERS = ("Chiefs for Change", "National Charter School Resource Center",
              "Massachusetts Safe and Supportive Schools Commission")


def test_every_template_is_listed() -> None:
    assert len(TEMPLATES) == 9


@pytest.mark.parametrize("template_id", TEMPLATES)
def test_no_handout_names_a_seed_or_a_file(template_id: str, tmp_path: Path) -> None:
    path = make_workshop(tmp_path, template_id, date="2026-12-03", time="15:30",
                         location="Room 12")
    with open_workshop(path, readonly=True) as ws:
        snap = read_snapshot(ws)
    for kind in KINDS:
        text = pdf_text(render_document(snap, kind, "letter"))
        found = INTERNAL.findall(text)
        assert not found, (template_id, kind, found)
    guide = " ".join(pdf_text(render_document(snap, "guide", "letter")).split())
    assert any(p in guide for p in PUBLISHERS), "the guide cites its source's publisher"
    assert "3:30 PM" in guide and "15:30" not in guide


def test_no_command_output_names_a_seed_or_a_file(tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    def cli(*args: str) -> str:
        # In this process (the subprocess path is covered by test_cli): 30 runs stay quick.
        code = main(list(args))
        out = capsys.readouterr()
        assert code == 0, out.err
        return out.out + out.err

    outputs = [cli("templates"), cli("templates", "--json")]
    for template_id in TEMPLATES:
        path = make_workshop(tmp_path, template_id, name=f"{template_id}.workshop",
                             date="2026-12-03", time="15:30", location="Room 12")
        outputs += [cli("info", str(path)), cli("info", str(path), "--json"),
                    cli("invite", str(path))]
    for text in outputs:
        assert not INTERNAL.findall(text), INTERNAL.findall(text)
    sources = [e["source"] for e in json.loads(outputs[1])]
    assert all(any(p in s for p in PUBLISHERS) for s in sources), sources
    assert run_cli("templates").stdout == outputs[0]


def test_invitations_read_right_for_the_demo_and_a_later_check_in(tmp_path: Path) -> None:
    with create_demo(tmp_path / "demo.workshop") as ws:
        subject = invitation(ws, None).subject
    assert "focus group focus group" not in subject.lower()
    assert re.search(r"\d{1,2}:\d{2} [AP]M", invitation_text(tmp_path / "demo.workshop"))
    path = make_workshop(tmp_path, "check-in", name="c.workshop", date="2026-12-03",
                         time="15:30")
    with open_workshop(path) as ws:
        first = invitation(ws, None)
        new_meeting(ws, date="2027-01-14", time="15:30")
        later = invitation(ws, None)
        snap = read_snapshot(ws)
    assert "first meeting" in first.subject
    assert "first" not in later.subject.lower() and "first" not in later.body.lower()
    assert "meeting 2" in later.subject and "Thursday, January 14, 2027" in later.subject
    # The guide prints the same invitation as `invite` and Meeting > Copy invitation.
    guide = " ".join(pdf_text(render_document(snap, "guide", "letter")).split())
    assert " ".join(later.subject.split()) in guide


def invitation_text(path: Path) -> str:
    result = run_cli("invite", str(path))
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_packet_holds_the_participant_materials_and_the_guide_the_planning(
        tmp_path: Path) -> None:
    path = make_workshop(tmp_path, "attract-retain", date="2026-12-03", time="15:30")
    with open_workshop(path, readonly=True) as ws:
        snap = read_snapshot(ws)
    packet = " ".join(pdf_text(render_document(snap, "packet", "letter")).split())
    guide = " ".join(pdf_text(render_document(snap, "guide", "letter")).split())
    planning = ("Who should attend this focus group?",
                "Consider the district's need for different types of mental health support")
    for title in planning:   # the facilitator's planning worksheets, as in the source
        assert title not in packet and title in guide
    # The example grid the instructions refer to is printed, with every initiative numbered.
    assert "Illustrative prioritization of example initiatives" in packet
    grid = snap.template.block("prioritize")
    for example in grid.examples:   # type: ignore[union-attr]
        assert example.label in packet
