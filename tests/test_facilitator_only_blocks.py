"""Guidance meant for the facilitator (seed 000's collective-bargaining reminders) stays on the
facilitator's screen and in the guide: never projected, never in a participant's packet."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from facilitator.domain.template_parse import TemplateError
from facilitator.domain.template_yaml import load_template_text
from facilitator.handouts.build import render_document
from facilitator.services.snapshot import read_snapshot
from facilitator.services.workshop import open_workshop
from tests.ui_runner_helpers import open_window


def pdf_text(data: bytes) -> str:
    return " ".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def test_audience_must_be_all_or_facilitator() -> None:
    text = """\
id: t
title: T
source: s
invitation: {subject: s, body: b}
agenda:
  - title: A
    minutes: 5
    blocks:
      - {id: a, kind: text, title: A, body: x, audience: room}
"""
    with pytest.raises(TemplateError, match="audience: must be 'all' or 'facilitator'"):
        load_template_text(text, "t.yaml")
    plain = load_template_text(text.replace(", audience: room", ""), "t.yaml")
    assert plain.block("a").for_participants


def test_reminder_is_on_the_laptop_but_not_the_projector(qtbot: QtBot,
                                                         workshop_path: Path) -> None:
    window = open_window(qtbot, workshop_path)
    qtbot.keyClick(window, Qt.Key.Key_F5)
    window.go_to_item(1)  # the framework item opens with the reminder in the seed
    assert window.block_widget("bargaining-reminder-2") is not None
    window.presenter.sheet.rebuild()
    assert not window.presenter.sheet.shows_block("bargaining-reminder-2")
    assert window.presenter.sheet.shows_block("framework")
    window.close_workshop()


def test_reminder_is_in_the_guide_but_not_the_packet(workshop_path: Path) -> None:
    with open_workshop(workshop_path, readonly=True) as ws:
        snapshot = read_snapshot(ws)
    packet = pdf_text(render_document(snapshot, "packet"))
    guide = pdf_text(render_document(snapshot, "guide"))
    assert "collective bargaining" not in packet
    assert "Sample attributes" in packet or "Great organization" in packet
    assert "collective" in guide and "bargaining" in guide
