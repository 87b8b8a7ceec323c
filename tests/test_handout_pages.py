"""Every page of every handout carries something: no blank page, no page but the last whose
body is under a tenth filled (a heading or one row stranded on a page of its own), no heading
left at the foot of a page, and a table that runs onto the next page repeats its header there,
at the top, and nowhere mid-page.

Measured as a reader sees it: poppler renders each page at low resolution and we count the
pixel rows of the body (inside the margins, between running header and footer) that hold ink;
pypdf reads each page's text with its font, size and height on the page.
"""

from __future__ import annotations

import io
import itertools
import re
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pypdf
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


@cache
def rendered(template_id: str) -> dict[tuple[str, str], bytes]:
    """Every kind on every paper for a fresh workshop from the template ("demo": the demo,
    every worksheet filled), rendered once for all the page checks."""
    from facilitator.services.demo import create_demo

    folder = Path(tempfile.mkdtemp(prefix="pages-"))
    path = folder / "w.workshop"
    maker = create_demo(path) if template_id == "demo" else \
        create_workshop(path, find_template(template_id))
    with maker as ws:
        snapshot = read_snapshot(ws)
    shutil.rmtree(folder, ignore_errors=True)
    return {(paper, kind): render_document(snapshot, kind, paper)
            for paper in PAPERS for kind in KINDS}


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


@pytest.mark.parametrize("template_id", [*TEMPLATES, "demo"])
def test_no_blank_or_nearly_empty_page_in_any_handout(template_id: str, tmp_path: Path) -> None:
    problems = []
    for (paper, kind), data in rendered(template_id).items():
        fills = page_fills(data, tmp_path)
        if "• •" in " ".join(pdftotext(data).split()):
            problems.append(f"{kind} on {paper}: a double bullet '• •'")
        for number, fill in enumerate(fills, start=1):
            last = number == len(fills)
            if fill == 0 or (fill < MIN_FILLED and not last):
                problems.append(f"{kind} on {paper}: page {number} of {len(fills)} is "
                                f"{fill:.0%} filled")
    assert not problems, "\n".join(problems)


# Headings at the foot of a page ---------------------------------------------------------------
HEADING_SIZE = 10.5   # h3 and up: block titles, item titles, "Guiding questions", subheadings


@dataclass(frozen=True)
class Line:
    y: float          # baseline, from the bottom of the page
    text: str
    heading: bool     # set in a bold face at a heading's size (or an item's "ITEM n" kicker)


def body_lines(data: bytes) -> list[list[Line]]:
    """Each page's lines of body text (not the running header or footer), top to bottom."""
    pages = []
    for page in pypdf.PdfReader(io.BytesIO(data)).pages:
        height = float(page.mediabox.height)
        pieces: dict[float, list[tuple[str, bool]]] = {}

        def visit(text: str, cm: list[float], tm: list[float], font: object,
                  size: float, pieces: dict[float, list[tuple[str, bool]]] = pieces,
                  height: float = height) -> None:
            if not text.strip() or font is None or tm[1] or tm[2] or cm[1] or cm[2]:
                return                       # rotated text: the grid's vertical axis
            y = round(tm[5] * cm[3] + cm[5], 1)
            if not FOOTER_H - 2 < y < height - HEADER_H + 2:
                return
            face = str(font.get("/BaseFont", ""))  # type: ignore[attr-defined]
            bold = face.endswith("-Bold")
            big = size * abs(tm[3] * cm[3] or 1) >= HEADING_SIZE - 0.01
            kicker = bool(re.match(r"ITEM \d+ ·", text.strip()))
            pieces.setdefault(y, []).append((text.strip(), (bold and big) or kicker))

        page.extract_text(visitor_text=visit)
        lines = [Line(y, " ".join(t for t, _ in parts), all(h for _, h in parts))
                 for y, parts in pieces.items()]
        pages.append(sorted(lines, key=lambda line: -line.y))
    return pages


def headings_at_a_foot(data: bytes) -> list[str]:
    """Pages whose body ends with a heading while what it heads starts the next page. (An item
    with nothing under it, a break, may end a page: the next page then starts with a heading.)"""
    pages = body_lines(data)
    found = []
    for number, (lines, after) in enumerate(itertools.pairwise(pages), start=1):
        if lines and lines[-1].heading and after and not after[0].heading:
            found.append(f"page {number}: “{lines[-1].text}”, then “{after[0].text}”")
    return found


def test_the_heading_check_finds_a_heading_left_at_a_foot() -> None:
    from reportlab.platypus import Paragraph, Spacer

    from facilitator.handouts.page import PageFurniture, Story, render
    from facilitator.handouts.style import make_styles

    st = make_styles()
    story = Story("letter")
    story.add(Spacer(1, story.height - 36), Paragraph("A block title", st.h2),
              Paragraph("Its first row", st.body))
    assert headings_at_a_foot(render(story, PageFurniture("T", "D", ""))) == [
        "page 1: “A block title”, then “Its first row”"]
    fine = Story("letter")
    fine.add(Paragraph("A block title", st.h2), Paragraph("Its first row", st.body))
    assert headings_at_a_foot(render(fine, PageFurniture("T", "D", ""))) == []


@pytest.mark.parametrize("template_id", [*TEMPLATES, "demo"])
def test_no_heading_is_left_at_the_foot_of_a_page(template_id: str) -> None:
    problems = [f"{kind} on {paper}: {where}"
                for (paper, kind), data in rendered(template_id).items()
                for where in headings_at_a_foot(data)]
    assert not problems, "\n".join(problems)


# Tables that run onto the next page -----------------------------------------------------------
@pytest.fixture(scope="module")
def crowded(tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    """The demo with 80 more participants, 60 ideas (45 of them on the grid) and 60 actions
    for one owner: the summary, tracker and guide tables each run over several pages."""
    from facilitator.domain.snapshot import idea_card
    from facilitator.services.actions import add_action
    from facilitator.services.demo import create_demo
    from facilitator.services.grid import place_card
    from facilitator.services.ideas import add_idea
    from facilitator.services.people import add_participant

    path = tmp_path_factory.mktemp("crowded") / "w.workshop"
    with create_demo(path) as ws:
        for n in range(1, 61):
            idea = add_idea(ws, "brainstorm", f"Idea number {n}", "job", "could", votes=n % 4)
            if n <= 45:
                place_card(ws, "prioritize", idea_card(int(idea.ids[0])), (n % 10) / 10,
                           (n % 7) / 7)
            add_action(ws, "propose", f"Action number {n}", owner="Dana Whitfield",
                       deadline="2026-12-15", category="Do it now!")
        for n in range(1, 81):
            add_participant(ws, f"Person number {n}", "Parent")
        snapshot = read_snapshot(ws)
    return {kind: render_document(snapshot, kind, "letter")
            for kind in ("summary", "actions", "guide")}


def page_bodies(data: bytes) -> list[str]:
    """Each page's text in drawing order, whitespace as single spaces, without the running
    header and footer."""
    reader = pypdf.PdfReader(io.BytesIO(data))
    title, document = str(reader.metadata.title), str(reader.metadata.subject)
    out = []
    for page in reader.pages:
        text = " ".join(page.extract_text().split())
        for furniture in (title, document, "Monday, November 30, 2026 · District office, "
                          "Room 204"):
            text = text.replace(furniture, "", 1)
        out.append(" ".join(re.sub(r"Page \d+ of \d+", "", text).split()))
    return out


# (document, the table's header as read, one of its rows as read)
CONTINUED_TABLES = [
    ("guide", "Name Role Organization", r"Person number \d+ Parent"),
    ("summary", "Name Role Organization", r"Person number \d+ Parent"),
    ("summary", "Idea Lane Votes Explore", r"Idea number \d+ Other actions"),
    ("summary", "# Card Category Quadrant", r"\d+ Idea number \d+ (?!Other)"),
    ("summary", "# Initiative idea Proposed initiative owner Possible deadline Status "
                "Initiative category", r"\d+ Action number \d+ Dana"),
    ("actions", "# Initiative idea Possible deadline Status Initiative category",
     r"\d+ Action number \d+ December 15, 2026 not started"),
    ("actions", "Dana Whitfield Your actions from", r"Action number \d+ December 15, 2026 "
                                                     r"(?!not started)"),
]


@pytest.mark.parametrize(("kind", "header", "row"), CONTINUED_TABLES,
                         ids=[f"{k}: {h[:24]}" for k, h, _ in CONTINUED_TABLES])
def test_a_table_continued_on_the_next_page_repeats_its_header_at_the_top(
        crowded: dict[str, bytes], kind: str, header: str, row: str) -> None:
    pages = [body for body in page_bodies(crowded[kind]) if re.search(row, body)]
    assert len(pages) >= 3, f"the table should run over several pages: {len(pages)}"
    for number, body in enumerate(pages):
        rows = [m.start() for m in re.finditer(row, body)]
        if number == 0:
            assert header in body[:rows[0]]                  # above its first row
        else:
            assert body.startswith(header), body[:160]       # at the top of the page
        assert header not in body[rows[0]:rows[-1]], body    # never between its rows
