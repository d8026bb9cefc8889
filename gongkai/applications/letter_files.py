"""Lay out a reply or procedural letter as an official document (GB/T 9704-2012), .docx and PDF."""

import io
import subprocess
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from xml.sax.saxutils import escape

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Mm, Pt
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfbase.ttfonts import TTFError, TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

from .letter_text import chinese_date
from .models import ProceduralLetter, ReplyLetter

Letter = ReplyLetter | ProceduralLetter

#: GB/T 9704-2012 5.2.1: margins of the A4 page (top 37, bottom 35, left 28, right 26 mm).
MARGINS_MM = {"top": 37, "bottom": 35, "left": 28, "right": 26}
TITLE_PT = 22  # 二号 (小标宋体)
BODY_PT = 16  # 三号 (仿宋体)
LINE_PT = 28.9  # 22 lines a page on the 225 mm type area
DOCX_TITLE_FONT = "方正小标宋简体"
DOCX_BODY_FONT = "仿宋_GB2312"
#: GB/T 9704-2012 sets the body in 仿宋. A FangSong-family font installed on the server
#: (仿宋_GB2312, 方正仿宋, SimFang …: none may be redistributed, so Debian has none for simplified;
#: its fonts-cwtex-fs lacks about a third of GB 2312's characters) is used when fontconfig
#: lists one that covers the letters' characters. Otherwise the closest font Debian ships, the
#: Song (Ming) typeface AR PL UMing CN (fonts-arphic-uming, installed by ensure-system.sh), then
#: WenQuanYi Zen Hei, then reportlab's built-in STSong-Light.
FANGSONG_NAMES = ("fangsong", "仿宋", "fang song", "simfang", "stfangsong")
FALLBACK_FONTS = (
    ("AR PL UMing CN", Path("/usr/share/fonts/truetype/arphic/uming.ttc"), 0),
    ("WenQuanYi Zen Hei", Path("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"), 0),
)
#: Characters every letter font must have (simplified forms a traditional-only font lacks).
COVERAGE_SAMPLE = (
    "补正告知书征求意见书延期答复收费通知门这为关于请该单发开长东们说过对话时号应编写达"
)


@dataclass(frozen=True)
class FontFile:
    """One face fontconfig lists: its family names, file and index in a collection."""

    families: str
    path: Path
    index: int = 0

    @property
    def is_fangsong(self) -> bool:
        return any(name in self.families.lower() for name in FANGSONG_NAMES)


def installed_fonts() -> list[FontFile]:
    """Return the Chinese faces fontconfig knows of (empty if fc-list is missing)."""
    try:
        out = subprocess.run(  # noqa: S603 (fixed arguments)
            ["fc-list", "-f", "%{family}|%{file}|%{index}\\n", ":lang=zh-cn"],  # noqa: S607
            capture_output=True,
            text=True,
            timeout=20,
            check=False,
        ).stdout
    except (OSError, subprocess.SubprocessError):
        return []
    fonts = []
    for line in out.splitlines():
        families, _sep, rest = line.partition("|")
        path, _sep, index = rest.partition("|")
        if path:
            fonts.append(FontFile(families, Path(path), int(index or 0)))
    return fonts


def _register(name: str, font: FontFile) -> bool:
    """Register ``font`` as ``name`` if reportlab can embed it and it covers the sample."""
    try:
        ttf = TTFont(name, str(font.path), subfontIndex=font.index)
    except (TTFError, OSError, ValueError):  # e.g. CFF outlines, which reportlab cannot embed
        return False
    glyphs = ttf.face.charToGlyph
    if any(ord(c) not in glyphs for c in COVERAGE_SAMPLE):
        return False
    pdfmetrics.registerFont(ttf)
    return True


def choose_pdf_font(fonts: list[FontFile]) -> tuple[str, str]:
    """Register the best font for letters among ``fonts``; return (registered name, family).

    A FangSong-family face first (GB/T 9704-2012 7.3.5: 正文用3号仿宋体字), then the fallbacks.
    """
    candidates = [f for f in fonts if f.is_fangsong]
    candidates += [FontFile(family, path, index) for family, path, index in FALLBACK_FONTS]
    for n, font in enumerate(candidates):
        if font.path.exists() and _register(f"LetterBody{n}", font):
            return f"LetterBody{n}", font.families.split(",")[0]
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    return "STSong-Light", "STSong-Light"


@cache
def pdf_font() -> str:
    """Register and return the font the PDF is set in (chosen once per process)."""
    return choose_pdf_font(installed_fonts())[0]


def _paragraphs(letter: Letter) -> tuple[str, list[str]]:
    """Split the letter into the salutation line and the body paragraphs."""
    lines = [line.strip() for line in letter.body.splitlines() if line.strip()]
    if lines and lines[0].endswith("："):
        return lines[0], lines[1:]
    return "", lines


def _para(text: str, style: ParagraphStyle) -> Paragraph:
    """A paragraph of plain text: reportlab reads markup (<img src>, <font>, <a>) in a
    Paragraph, and the letter quotes what the applicant typed."""
    return Paragraph(escape(text), style)


def letter_pdf(letter: Letter) -> bytes:
    """Return the letter as a PDF: title, number, salutation, body, organ and date."""
    font = pdf_font()
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        topMargin=MARGINS_MM["top"] * mm,
        bottomMargin=MARGINS_MM["bottom"] * mm,
        leftMargin=MARGINS_MM["left"] * mm,
        rightMargin=MARGINS_MM["right"] * mm,
        title=f"{letter.title} {letter.number}",
        author=letter.organ_name,
    )
    title = ParagraphStyle(
        "title", fontName=font, fontSize=TITLE_PT, leading=TITLE_PT * 1.5, alignment=TA_CENTER
    )
    number = ParagraphStyle(
        "number", fontName=font, fontSize=BODY_PT, leading=LINE_PT, alignment=TA_CENTER
    )
    plain = ParagraphStyle(
        "plain", fontName=font, fontSize=BODY_PT, leading=LINE_PT, wordWrap="CJK"
    )
    body = ParagraphStyle("body", parent=plain, firstLineIndent=2 * BODY_PT, alignment=TA_JUSTIFY)
    right = ParagraphStyle("right", parent=plain, alignment=TA_RIGHT, rightIndent=4 * BODY_PT)
    salutation, paragraphs = _paragraphs(letter)
    story = [
        _para(letter.title, title),
        _para(letter.number, number),
        Spacer(1, LINE_PT / 2),
    ]
    if salutation:
        story.append(_para(salutation, plain))
    story += [_para(p, body) for p in paragraphs]
    story += [
        Spacer(1, LINE_PT * 2),
        _para(letter.organ_name, right),
        _para(chinese_date(letter.issued_on), right),
    ]
    doc.build(story)
    return buffer.getvalue()


def _font(run, name: str, size: int) -> None:
    run.font.name = name
    run.font.size = Pt(size)
    run._element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), name)


def letter_docx(letter: Letter) -> bytes:
    """Return the letter as a Word document laid out like the PDF."""
    document = Document()
    section = document.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin = Mm(MARGINS_MM["top"])
    section.bottom_margin = Mm(MARGINS_MM["bottom"])
    section.left_margin = Mm(MARGINS_MM["left"])
    section.right_margin = Mm(MARGINS_MM["right"])

    def paragraph(text: str, *, font: str, size: int, align=None, indent: bool = False):
        para = document.add_paragraph()
        fmt = para.paragraph_format
        fmt.line_spacing = Pt(LINE_PT)
        fmt.space_after = Pt(0)
        if indent:
            fmt.first_line_indent = Pt(2 * size)
        if align is not None:
            para.alignment = align
        _font(para.add_run(text), font, size)
        return para

    salutation, paragraphs = _paragraphs(letter)
    paragraph(letter.title, font=DOCX_TITLE_FONT, size=TITLE_PT, align=WD_ALIGN_PARAGRAPH.CENTER)
    paragraph(letter.number, font=DOCX_BODY_FONT, size=BODY_PT, align=WD_ALIGN_PARAGRAPH.CENTER)
    if salutation:
        paragraph(salutation, font=DOCX_BODY_FONT, size=BODY_PT)
    for text in paragraphs:
        paragraph(
            text,
            font=DOCX_BODY_FONT,
            size=BODY_PT,
            align=WD_ALIGN_PARAGRAPH.JUSTIFY,
            indent=True,
        )
    paragraph("", font=DOCX_BODY_FONT, size=BODY_PT)
    for text in (letter.organ_name, chinese_date(letter.issued_on)):
        signature = paragraph(
            text, font=DOCX_BODY_FONT, size=BODY_PT, align=WD_ALIGN_PARAGRAPH.RIGHT
        )
        signature.paragraph_format.right_indent = Pt(4 * BODY_PT)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()
