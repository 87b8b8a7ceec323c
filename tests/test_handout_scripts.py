"""Names and answers in the scripts of US districts' families print legibly, in reading order,
in embedded subset fonts; a character no font has is reported, never silently boxed.

Read back as a person would: poppler's pdftotext (reading order), pdffonts (which faces are
embedded as subsets) and pdftoppm (the pixels of each glyph)."""

from __future__ import annotations

import dataclasses
import io
import subprocess
import unicodedata
from pathlib import Path

import pypdf
import pytest
from PIL import Image
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import SimpleDocTemplate, Spacer

from facilitator.domain.snapshot import WorkshopSnapshot
from facilitator.domain.template import GridBlock, Quadrants
from facilitator.handouts.build import render_document
from facilitator.handouts.fonts import (
    REGULAR,
    collect_unprintable,
    markup,
    register_fonts,
    text_runs,
    unprintable_note,
)
from facilitator.handouts.rtl import TextParagraph, draw_line, reverse_word, visual_order
from facilitator.services.actions import add_action
from facilitator.services.demo import create_demo
from facilitator.services.people import add_participant
from facilitator.services.snapshot import read_snapshot
from facilitator.services.tables import set_cell
from facilitator.services.themes import add_theme
from tests.helpers import run_cli

# One name and one answer per language; the names go on the participant list, the tracker
# (as owners) and the themes; the answers into worksheet cells.
SAMPLES: dict[str, tuple[str, str]] = {
    "spanish": ("José Núñez Peña", "Más tiempo con los niños y menos papeleo"),
    "vietnamese": ("Nguyễn Thị Hương", "Chúng tôi cần thêm người phiên dịch"),
    "arabic": ("فاطمة الزهراء", "نحتاج إلى مترجم في كل اجتماع"),
    "hebrew": ("דוד כהן", "אנחנו צריכים עוד זמן עם התלמידים"),
    "chinese": ("王小明", "我们需要更多的翻译人员"),
    "korean": ("김민준", "학부모 상담 시간이 더 필요합니다"),
    "japanese": ("田中さくら", "カウンセラーの時間がもっと必要です"),
    "hindi": ("प्रिया शर्मा", "हमें और समय चाहिए"),
    "amharic": ("አበበ በቀለ", "ተጨማሪ አስተርጓሚ ያስፈልገናል"),
    "somali": ("Cabdi Xasan Maxamed", "Waxaan u baahanahay turjumaan"),
    "haitian": ("Jean-Baptiste Pòl", "Nou bezwen plis tan ak paran yo"),
    "hmong": ("Tsheej Vaj", "Peb xav tau neeg txhais lus ntxiv"),
    "emoji": ("Ana 😀", "Gracias 🎉❤"),
}
# Every script's extracted text is exact, Devanagari included: its shaped runs carry their text
# (/ActualText), since the glyphs are in drawing order (ि before its consonant).
EXTRACTABLE = list(SAMPLES)
FACES = {"arabic": "NotoSansArabic", "hebrew": "NotoSansHebrew", "chinese": "DroidSansFallback",
         "korean": "DroidSansFallback", "japanese": "DroidSansFallback",
         "hindi": "NotoSansDevanagari", "amharic": "NotoSansEthiopic", "emoji": "Symbola"}
NOT_IN_ANY_FONT = "\U0001FAE0"   # melting face (Unicode 14): newer than every shipped face


def normal(text: str) -> str:
    """Extracted text as a reader compares it: Arabic presentation forms back to letters
    (NFKC), bidi control marks dropped, whitespace runs as one space."""
    text = unicodedata.normalize("NFKC", text)
    text = "".join(ch for ch in text if unicodedata.category(ch) != "Cf")
    return " ".join(text.split())


def pdftotext(data: bytes) -> str:
    done = subprocess.run(["pdftotext", "-enc", "UTF-8", "-", "-"], input=data,
                          capture_output=True, check=True)
    return normal(done.stdout.decode("utf-8"))


def pdffonts(data: bytes) -> list[tuple[str, bool, bool]]:
    """(font name without subset tag, embedded, subset) for every font of the PDF."""
    done = subprocess.run(["pdffonts", "-"], input=data, capture_output=True, check=True)
    fonts = []
    for line in done.stdout.decode().splitlines()[2:]:
        cells = line.split()
        name = cells[0]
        emb, sub = cells[-5], cells[-4]
        fonts.append((name.split("+", 1)[-1], emb == "yes", sub == "yes"
                      and name[6:7] == "+"))
    return fonts


@pytest.fixture(scope="module")
def workshop(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, WorkshopSnapshot]:
    path = tmp_path_factory.mktemp("scripts") / "families.workshop"
    with create_demo(path) as ws:
        for name, answer in SAMPLES.values():
            add_participant(ws, name, "Parent")
            add_action(ws, "propose", answer, owner=name, deadline="2026-12-15")
            add_theme(ws, "key-themes", name, answer)
        set_cell(ws, "aspirations", "organization", "now", SAMPLES["arabic"][1])
        set_cell(ws, "aspirations", "organization", "want", SAMPLES["chinese"][1])
        add_participant(ws, "Unprintable " + NOT_IN_ANY_FONT, "Parent")
        snapshot = read_snapshot(ws)
    return path, snapshot


@pytest.fixture(scope="module")
def documents(workshop: tuple[Path, WorkshopSnapshot]) -> dict[str, bytes]:
    _, snapshot = workshop
    return {kind: render_document(snapshot, kind, "letter")
            for kind in ("guide", "summary", "themes", "actions")}


@pytest.mark.parametrize("language", EXTRACTABLE)
def test_names_and_answers_extract_in_reading_order(documents: dict[str, bytes],
                                                    language: str) -> None:
    name, answer = SAMPLES[language]
    themes = pdftotext(documents["themes"])
    tracker = pdftotext(documents["actions"])
    assert normal(name) in themes and normal(answer) in themes
    assert normal(name) in tracker and normal(answer) in tracker


def _letters(text: str) -> list[str]:
    return sorted(ch for ch in text if 0x0900 <= ord(ch) <= 0x097F)


def test_devanagari_glyphs_map_back_to_their_letters(documents: dict[str, bytes]) -> None:
    """For a reader that follows the glyphs rather than /ActualText (pypdf): conjuncts, half
    forms and vowel-sign variants, glyphs with no character of their own, map back to the
    letters they were shaped from (they extracted as private-use characters, vowel signs
    missing). The letters come in drawing order there: ि before its consonant."""
    name, answer = SAMPLES["hindi"]
    for kind in ("themes", "actions"):
        reader = pypdf.PdfReader(io.BytesIO(documents[kind]))
        lines = normal(" ".join(page.extract_text() for page in reader.pages))
        assert not any(0xE000 <= ord(c) <= 0xF8FF for c in lines)   # no private-use glyphs
        for text in (name, answer):
            words = text.split()
            found = [w for w in lines.split() if _letters(w) and any(
                _letters(w) == _letters(word) for word in words)]
            assert {tuple(_letters(w)) for w in found} >= {tuple(_letters(w)) for w in words}, \
                (kind, text, found)


def test_devanagari_touching_other_faces_prints_its_letters(tmp_path: Path) -> None:
    """A name in brackets, after a colon or before a full stop: the brackets and stops come
    from another face than the letters, in the same word. Each face is shaped on its own, so
    neither comes out as empty boxes or as a wrong letter."""
    register_fonts()
    out = tmp_path / "mixed.pdf"
    style = ParagraphStyle("m", fontName=REGULAR, fontSize=12, leading=16)
    SimpleDocTemplate(str(out)).build([
        TextParagraph(markup("(प्रिया) “शर्मा” Name:प्रिया"), style),
        TextParagraph(markup("Ana द्वि") + ".", style)])
    text = pdftotext(out.read_bytes())
    assert "\ufffd" not in text and "Ή" not in text
    assert _letters(text) == _letters("प्रिया शर्मा प्रिया द्वि")
    assert "(" in text and ")" in text and "Name:" in text and text.endswith(".")


def test_right_to_left_text_is_not_left_to_right(documents: dict[str, bytes]) -> None:
    """Drawn left to right, pdftotext reads Arabic and Hebrew backwards; ours reads forwards."""
    text = pdftotext(documents["themes"])
    for language in ("arabic", "hebrew"):
        answer = normal(SAMPLES[language][1])
        assert answer in text
        assert answer[::-1] not in text


def test_every_script_is_in_an_embedded_subset_font(documents: dict[str, bytes]) -> None:
    for kind, data in documents.items():
        fonts = pdffonts(data)
        assert all(embedded and subset for _, embedded, subset in fonts), (kind, fonts)
    names = {name for name, _, _ in pdffonts(documents["themes"])}
    for language, face in FACES.items():
        assert any(n.startswith(face) for n in names), (language, names)


def _glyph_bitmap(text: str, tmp_path: Path) -> Image.Image:
    """`text` set alone on a small page and rendered to grey pixels by poppler."""
    register_fonts()
    out = tmp_path / "g.pdf"
    style = ParagraphStyle("g", fontName=REGULAR, fontSize=28, leading=34)
    SimpleDocTemplate(str(out), pagesize=(120, 80), leftMargin=10, rightMargin=10,
                      topMargin=10, bottomMargin=10, initialFontName=REGULAR).build(
        [TextParagraph(markup(text), style)])
    png = subprocess.run(["pdftoppm", "-r", "72", "-gray", "-png", str(out)],
                         capture_output=True, check=True).stdout
    return Image.open(io.BytesIO(png)).convert("L")


def _difference(a: Image.Image, b: Image.Image) -> int:
    return sum(1 for p, q in zip(a.tobytes(), b.tobytes(), strict=True) if abs(p - q) > 96)


@pytest.mark.parametrize("language", sorted(FACES))
def test_each_script_draws_distinct_glyphs_not_boxes(language: str, tmp_path: Path) -> None:
    """Empty boxes (.notdef) all look alike; real letters differ from one another."""
    letters = [ch for ch in dict.fromkeys(SAMPLES[language][1] + SAMPLES[language][0])
               if unicodedata.category(ch)[0] in "LS"][:3]
    images = [_glyph_bitmap(ch, tmp_path) for ch in letters]
    for image in images:
        assert sum(1 for p in image.tobytes() if p < 128) > 12   # ink on the page
    for i, a in enumerate(images):
        for b in images[i + 1:]:
            assert _difference(a, b) > 8, (language, letters)


def test_a_character_no_font_has_is_reported_and_printed_as_a_replacement(
        workshop: tuple[Path, WorkshopSnapshot], tmp_path: Path) -> None:
    path, snapshot = workshop
    with collect_unprintable() as missing:
        data = render_document(snapshot, "guide", "letter")
    assert missing == {NOT_IN_ANY_FONT}
    assert "Unprintable \ufffd" in pdftotext(data)
    result = run_cli("handouts", str(path), "--kind", "guide", "--out", str(tmp_path / "out"))
    assert result.returncode == 0, result.stderr
    assert "1 character could not be printed" in result.stderr
    assert "U+1FAE0" in result.stderr


def test_no_warning_when_everything_prints(tmp_path: Path) -> None:
    path = tmp_path / "d.workshop"
    with create_demo(path) as ws:
        add_participant(ws, SAMPLES["korean"][0], "Parent")
    result = run_cli("handouts", str(path), "--kind", "guide", "--out", str(tmp_path / "out"))
    assert result.returncode == 0 and "could not be printed" not in result.stderr


# The pieces, one by one -----------------------------------------------------------------------
def test_runs_switch_font_per_script_and_keep_spaces_in_the_run() -> None:
    runs = text_runs("Ana 王小明 y فاطمة الزهراء.")
    assert runs == [(REGULAR, "Ana "), ("DroidSansFallback", "王小明 "), (REGULAR, "y "),
                    ("NotoSansArabic", "فاطمة الزهراء.")]


def test_markup_escapes_user_text_inside_font_runs() -> None:
    text = markup("<b>王</b> & فاطمة")
    assert "&lt;b&gt;" in text and "&amp;" in text and "<b>" not in text
    assert '<font name="DroidSansFallback">王</font>' in text


def test_markup_drops_control_characters_and_composes_accents() -> None:
    assert markup("a\x00b\x0bc") == "ab<br/>c"
    assert markup("Nguye\u0302\u0303n") == "Nguyễn"


def test_unprintable_note_names_the_code_points() -> None:
    assert unprintable_note(set()) == ""
    note = unprintable_note({"\U0001FAE0", "\U000E0001"})
    assert note.startswith("2 characters could not be printed") and "U+1FAE0" in note


def test_visual_order_of_words() -> None:
    # Right-to-left paragraph: words run from the right; a number stays with its neighbours.
    assert visual_order(["אחד", "שתיים", "3", "ארבע"], "R") == [3, 2, 1, 0]
    # Left-to-right paragraph with a Hebrew phrase inside: only the phrase is reversed.
    assert visual_order(["Hello", "אחד", "שתיים", "world"], "L") == [0, 2, 1, 3]
    assert visual_order(["Hola", "(Ana)", "مرحبا", "بكم"], "R") == [3, 2, 0, 1]


def test_reverse_word_keeps_marks_numbers_and_mirrors_brackets() -> None:
    assert reverse_word("(אב)") == "(בא)"
    assert reverse_word("ב2026") == "2026ב"
    assert reverse_word("אָב") == "באָ"   # the vowel mark stays on its letter


def test_bold_text_in_another_script_uses_that_scripts_bold_face() -> None:
    register_fonts()
    plain = ParagraphStyle("p", fontName=REGULAR)
    inside_b = TextParagraph("<b>" + markup("Ana فاطمة") + "</b>", plain)
    assert [f.fontName for f in inside_b.frags] == ["DejaVuSans-Bold", "NotoSansArabic-Bold"]
    bold_style = TextParagraph(markup("प्रिया"), ParagraphStyle("b", fontName="DejaVuSans-Bold"))
    assert [f.fontName for f in bold_style.frags] == ["NotoSansDevanagari-Bold"]


# Text drawn straight on the canvas: the grid's quadrant names and axes, running headers ------
GRID_NAMES = {"high_impact_easy": "立即行动 Do it now", "high_impact_hard": "فورا بعد ذلك",
              "low_impact_easy": "अभी करें जल्दी", "low_impact_hard": "נשקול שוב 🎉"}
GRID_AXES = {"x_label": "実施のしやすさ", "y_label": "영향"}


def _with_grid_labels(snapshot: WorkshopSnapshot) -> WorkshopSnapshot:
    template = snapshot.template
    quadrants = Quadrants(**GRID_NAMES)
    agenda = tuple(dataclasses.replace(item, blocks=tuple(
        dataclasses.replace(b, quadrants=quadrants, **GRID_AXES) if isinstance(b, GridBlock)
        else b for b in item.blocks)) for item in template.agenda)
    return dataclasses.replace(snapshot, template=dataclasses.replace(template, agenda=agenda))


def test_grid_quadrant_names_and_axes_print_in_every_script(
        workshop: tuple[Path, WorkshopSnapshot]) -> None:
    """A template in another language names its quadrants and axes in that script: they print
    in the fallback faces (bold, as the English names are), in reading order."""
    _, snapshot = workshop
    data = render_document(_with_grid_labels(snapshot), "packet", "letter")
    reader = pypdf.PdfReader(io.BytesIO(data))
    grid_pages = [n for n, page in enumerate(reader.pages)
                  if "立即行动" in normal(page.extract_text())]
    assert grid_pages
    one_page = io.BytesIO()
    writer = pypdf.PdfWriter()
    writer.add_page(reader.pages[grid_pages[0]])
    writer.write(one_page)
    text = pdftotext(one_page.getvalue())
    for name in ("立即行动 Do it now", "فورا بعد ذلك", "अभी करें जल्दी", "נשקול שוב",
                 *GRID_AXES.values()):
        assert normal(name) in text, name
    faces = {name for name, _, _ in pdffonts(one_page.getvalue())}
    for face in ("NotoSansArabic-Bold", "NotoSansHebrew-Bold", "NotoSansDevanagari-Bold",
                 "DroidSansFallback", "Symbola"):
        assert face in faces, (face, faces)


def _canvas_bitmap(text: str, tmp_path: Path) -> Image.Image:
    """`text` drawn straight on a canvas, as the grid draws its quadrant names."""
    from reportlab.pdfgen.canvas import Canvas

    register_fonts()
    out = tmp_path / "c.pdf"
    canvas = Canvas(str(out), pagesize=(240, 80))
    draw_line(canvas, 10, 30, text, REGULAR, 28)
    canvas.save()
    png = subprocess.run(["pdftoppm", "-r", "72", "-gray", "-png", str(out)],
                         capture_output=True, check=True).stdout
    return Image.open(io.BytesIO(png)).convert("L")


def _paragraph_bitmap(text: str, tmp_path: Path) -> Image.Image:
    """`text` as a paragraph (shaped by HarfBuzz), on the same page at the same place."""
    register_fonts()
    out = tmp_path / "p.pdf"
    style = ParagraphStyle("g", fontName=REGULAR, fontSize=28, leading=34)
    SimpleDocTemplate(str(out), pagesize=(240, 80), leftMargin=10, rightMargin=10,
                      topMargin=0, bottomMargin=0, initialFontName=REGULAR).build(
        [Spacer(1, 80 - 30 - 34 + 28 * 0.2), TextParagraph(markup(text), style)])
    png = subprocess.run(["pdftoppm", "-r", "72", "-gray", "-png", str(out)],
                         capture_output=True, check=True).stdout
    return Image.open(io.BytesIO(png)).convert("L")


def _ink_columns(image: Image.Image) -> list[int]:
    width, height = image.size
    pixels = image.tobytes()
    return [x for x in range(width) if any(pixels[y * width + x] < 128 for y in range(height))]


def test_devanagari_drawn_on_the_canvas_is_shaped_like_a_paragraph(tmp_path: Path) -> None:
    """'जल्दी' has a conjunct (half ल joined to द) and a vowel sign: unshaped, the canvas
    draws a visible virama and a wider word than the shaped paragraph does."""
    word = "जल्दी"
    canvas_ink = _ink_columns(_canvas_bitmap(word, tmp_path))
    paragraph_ink = _ink_columns(_paragraph_bitmap(word, tmp_path))
    assert canvas_ink and paragraph_ink
    assert abs(len(canvas_ink) - len(paragraph_ink)) <= 2      # as many inked columns
    extent = max(canvas_ink) - min(canvas_ink)
    assert abs(extent - (max(paragraph_ink) - min(paragraph_ink))) <= 2  # as wide
