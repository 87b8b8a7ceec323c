"""Handout speed: the demo workshop's participant packet and session summary, and 30
per-participant packets, against a bare reportlab document of the same page count (plain
paragraphs in the same embedded font, so font subsetting costs the same) built in the same run.

Budgets: a packet in under 1 s (the first one in a fresh process, reportlab import and font
loading included, which is what a user waits for), and a packet within 4x the bare document's
time per page.
"""

from __future__ import annotations

import io
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from facilitator.handouts.build import render_document, write_handouts
from facilitator.services.demo import create_demo
from facilitator.services.people import add_participant
from facilitator.services.snapshot import read_snapshot

PACKET_BUDGET_S = 1.0
PER_PAGE_BUDGET = 4.0
PARTICIPANTS = 30
REPEATS = 5


def pages_of(data: bytes) -> int:
    from pypdf import PdfReader
    return len(PdfReader(io.BytesIO(data)).pages)


def timed(fn, repeats: int = REPEATS) -> tuple[float, bytes]:  # type: ignore[no-untyped-def]
    """Median seconds over `repeats` runs, and the last result."""
    times, result = [], b""
    for _ in range(repeats):
        start = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times), result


def bare_document(paragraphs: int) -> bytes:
    from reportlab.lib.pagesizes import LETTER
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    from facilitator.handouts.fonts import register_fonts

    style = ParagraphStyle("bare", fontName=register_fonts(), fontSize=9.5, leading=13.5,
                           spaceAfter=6)
    text = ("A plain paragraph of ordinary text that wraps over a few lines, the way a "
            "worksheet's instructions do, with nothing else on the page around it. ") * 3
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=LETTER).build(
        [Paragraph(text, style) for _ in range(paragraphs)])
    return buffer.getvalue()


def bare_with_pages(target: int) -> tuple[float, int]:
    """Seconds for a bare document with `target` pages (paragraph count found by search)."""
    per_page = max(1, pages_of(bare_document(40)))
    count = round(40 * target / per_page)
    for _ in range(8):
        pages = pages_of(bare_document(count))
        if pages == target:
            break
        count = max(1, round(count * target / pages) + (1 if pages < target else -1))
    seconds, data = timed(lambda: bare_document(count))
    return seconds, pages_of(data)


def main() -> int:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "demo.workshop"
        with create_demo(path) as ws:
            snapshot = read_snapshot(ws)
            cold_start = time.perf_counter()
            cold_packet = render_document(snapshot, "packet", "letter")
            cold = time.perf_counter() - cold_start
            for n in range(len(snapshot.participants) + 1, PARTICIPANTS + 1):
                add_participant(ws, f"Participante Número {n}", "School counselor(s)")
            crowd = read_snapshot(ws)

        packet_s, packet = timed(lambda: render_document(snapshot, "packet", "letter"))
        summary_s, summary = timed(lambda: render_document(snapshot, "summary", "letter"))
        packet_pages, summary_pages = pages_of(packet), pages_of(summary)
        assert pages_of(cold_packet) == packet_pages

        start = time.perf_counter()
        written = write_handouts(crowd, ["packet"], Path(folder) / "out", per_participant=True)
        crowd_s = time.perf_counter() - start
        crowd_pages = sum(pages_of(p.read_bytes()) for p in written)

    bare_s, bare_pages = bare_with_pages(packet_pages)
    ours_per_page = packet_s / packet_pages
    bare_per_page = bare_s / bare_pages

    print(f"packet, first in process: {cold:.3f} s ({packet_pages} pages, reportlab import and "
          "font loading included)")
    print(f"packet:   {packet_s:.3f} s median of {REPEATS}, {packet_pages} pages, "
          f"{packet_pages / packet_s:.0f} pages/s")
    print(f"summary:  {summary_s:.3f} s median of {REPEATS}, {summary_pages} pages, "
          f"{summary_pages / summary_s:.0f} pages/s")
    print(f"{len(written)} per-participant packets written to disk: {crowd_s:.3f} s, "
          f"{crowd_pages} pages, {crowd_pages / crowd_s:.0f} pages/s "
          f"({crowd_s / len(written):.3f} s each)")
    print(f"floor, bare reportlab document: {bare_s:.3f} s, {bare_pages} pages, "
          f"{bare_pages / bare_s:.0f} pages/s")
    print(f"per page: ours {ours_per_page * 1000:.1f} ms, bare {bare_per_page * 1000:.1f} ms")

    worst = max(cold, packet_s)
    ratio = worst / PACKET_BUDGET_S
    print(f"bench: handouts-packet-seconds ratio={ratio:.2f} budget=1 "
          f"{'ok' if ratio <= 1 else 'over'}")
    per_page = ours_per_page / bare_per_page
    print(f"bench: handouts-per-page ratio={per_page:.2f} budget={PER_PAGE_BUDGET:g} "
          f"{'ok' if per_page <= PER_PAGE_BUDGET else 'over'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
