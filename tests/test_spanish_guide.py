"""A Spanish facilitator guide is Spanish for the facilitator too: the agenda's notes, the
facilitator-only worksheets and the invitation to send (filled with Spanish dates and gaps)."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pypdf
import pytest

from facilitator.handouts.build import render_document
from facilitator.services.snapshot import read_snapshot
from facilitator.services.workshop import open_workshop
from tests.helpers import make_workshop


def guide_text(path: Path, language: str) -> str:
    with open_workshop(path, readonly=True) as ws:
        data = render_document(read_snapshot(ws), "guide", language=language)
    pages = pypdf.PdfReader(io.BytesIO(data)).pages
    return re.sub(r"\s+", " ", " ".join(page.extract_text() for page in pages))


@pytest.fixture(scope="module")
def check_in(tmp_path_factory: pytest.TempPathFactory) -> Path:
    # No location: the invitation must say the place is still to be confirmed.
    return make_workshop(tmp_path_factory.mktemp("guide"), "check-in", date="2026-12-03",
                         time="15:30")


def test_the_notes_and_the_invitation_print_in_spanish(check_in: Path) -> None:
    text = guide_text(check_in, "es")
    for spanish in ("La reflexión del personal es opcional",            # a note
                    "Invitación para enviar",
                    "reunión periódica de seguimiento (primera reunión), jueves, 3 de "
                    "diciembre de 2026",                                # the subject, filled
                    "Reunión de seguimiento (primera reunión de la serie): jueves, 3 de "
                    "diciembre de 2026, 15:30, lugar por confirmar",
                    "[Firma]"):
        assert spanish in text, spanish
    for english in ("The staff reflection is optional", "first meeting", "to be confirmed",
                    "Hi [staff name]", "[Signature]", "3:30 PM"):
        assert english not in text, english


def test_the_english_guide_is_unchanged(check_in: Path) -> None:
    text = guide_text(check_in, "en")
    assert "The staff reflection is optional" in text
    assert "(first meeting of the series): Thursday, December 3, 2026, 3:30 PM, location to be " \
           "confirmed" in text


def test_facilitator_only_worksheets_print_in_spanish(tmp_path: Path) -> None:
    text = guide_text(make_workshop(tmp_path, "attract-retain"), "es")
    assert "¿Quién debe asistir a este grupo de enfoque?" in text  # a facilitator-only table
    assert "Recordatorio: acuerdos vigentes y negociación colectiva" in text
    assert "Who should attend this focus group?" not in text
