"""Every page of every handout carries something: no blank page, and no page but the last
whose body is under a tenth filled (a heading or one row stranded on a page of its own).

Measured as a reader sees it: poppler renders each page at low resolution and we count the
pixel rows of the body (inside the margins, between running header and footer) that hold ink.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from PIL import Image

from facilitator.handouts.build import KINDS, PAPERS, render_document
from facilitator.handouts.page import FOOTER_H, HEADER_H
from facilitator.handouts.style import MARGIN
from facilitator.services.snapshot import read_snapshot
from facilitator.services.templates import catalogue, find_template
from facilitator.services.workshop import create_workshop

DPI = 24
MIN_FILLED = 0.10
TEMPLATES = sorted(entry.template.id for entry in catalogue() if not entry.user)


def body_fill(png: Path) -> float:
    """Share of the body's pixel rows that hold any ink."""
    image = Image.open(png).convert("L")
    width, height = image.size
    scale = DPI / 72
    body = image.crop((int(MARGIN * scale), int(HEADER_H * scale) + 1,
                       width - int(MARGIN * scale), height - int(FOOTER_H * scale) - 1))
    pixels = body.tobytes()
    w, h = body.size
    inked = sum(1 for row in range(h) if min(pixels[row * w:(row + 1) * w]) < 200)
    return inked / h


def page_fills(data: bytes, folder: Path) -> list[float]:
    source = folder / "doc.pdf"
    source.write_bytes(data)
    for old in folder.glob("page-*.png"):
        old.unlink()
    subprocess.run(["pdftoppm", "-r", str(DPI), "-gray", "-png", str(source),
                    str(folder / "page")], check=True)
    return [body_fill(png) for png in sorted(folder.glob("page-*.png"))]


def pdftotext(data: bytes) -> str:
    done = subprocess.run(["pdftotext", "-enc", "UTF-8", "-", "-"], input=data,
                          capture_output=True, check=True)
    return done.stdout.decode("utf-8")


def test_a_column_heading_word_is_never_broken_in_the_middle(tmp_path: Path) -> None:
    """The staff-roles comparison has eleven columns; 'Para-professional' must stay whole
    (the heading's type shrinks instead)."""
    path = tmp_path / "w.workshop"
    with create_workshop(path, find_template("staff-roles")) as ws:
        snapshot = read_snapshot(ws)
    for paper in PAPERS:
        lines = [line.strip() for line in pdftotext(render_document(snapshot, "packet",
                                                                      paper)).splitlines()]
        assert "Para-professional" in lines            # the eleven-column heading, whole
        assert "Para-professio" not in lines


def test_the_measure_tells_a_blank_page_and_a_stranded_line_from_a_full_one(
        tmp_path: Path) -> None:
    from reportlab.platypus import PageBreak, Paragraph, Spacer

    from facilitator.handouts.page import PageFurniture, Story, render
    from facilitator.handouts.style import make_styles

    st = make_styles()
    story = Story("letter")
    story.add(*(Paragraph(f"Line {n}", st.body) for n in range(25)))
    story.add(PageBreak(), Spacer(1, 1), PageBreak(), Paragraph("Alone", st.body), PageBreak(),
              Paragraph("Last", st.body))
    fills = page_fills(render(story, PageFurniture("T", "D", "")), tmp_path)
    assert len(fills) == 4
    assert fills[0] > 0.25          # a page of text
    assert fills[1] == 0.0          # blank
    assert 0 < fills[2] < MIN_FILLED  # one stranded line


@pytest.mark.parametrize("template_id", TEMPLATES)
def test_no_blank_or_nearly_empty_page_in_any_handout(template_id: str, tmp_path: Path) -> None:
    path = tmp_path / "w.workshop"
    with create_workshop(path, find_template(template_id)) as ws:
        snapshot = read_snapshot(ws)
    problems = []
    for paper in PAPERS:
        for kind in KINDS:
            data = render_document(snapshot, kind, paper)
            fills = page_fills(data, tmp_path)
            if "• •" in " ".join(pdftotext(data).split()):
                problems.append(f"{kind} on {paper}: a double bullet '• •'")
            for number, fill in enumerate(fills, start=1):
                last = number == len(fills)
                if fill == 0 or (fill < MIN_FILLED and not last):
                    problems.append(f"{kind} on {paper}: page {number} of {len(fills)} is "
                                    f"{fill:.0%} filled")
    assert not problems, "\n".join(problems)
