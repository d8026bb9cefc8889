"""Test images made on the spot: Chinese text rendered with a CJK font, and scans of it."""

from __future__ import annotations

import io
import shutil
import subprocess

import pytest
from PIL import Image, ImageDraw, ImageFont

from .factories import ID_NUMBER

#: A relief notice as an agency scans it: a name after its label, an ID number and a mobile.
NOTICE_LINES = (
    "城乡最低生活保障审批公示",
    "申请人：王小明",
    f"身份证号：{ID_NUMBER}",
    "联系电话：13812345678",
)


def _tesseract_ready() -> bool:
    if not shutil.which("tesseract"):
        return False
    langs = subprocess.run(["tesseract", "--list-langs"], capture_output=True, text=True)
    return "chi_sim" in langs.stdout.split()


def _font_file() -> str:
    if not shutil.which("fc-match"):
        return ""
    found = subprocess.run(
        ["fc-match", "-f", "%{file}", "WenQuanYi Zen Hei"], capture_output=True, text=True
    )
    return found.stdout if "wqy" in found.stdout.lower() else ""


needs_tesseract = pytest.mark.skipif(
    not _tesseract_ready() or not _font_file(),
    reason="Tesseract with Chinese (tesseract-ocr, tesseract-ocr-chi-sim) or the font "
    "fonts-wqy-zenhei is not installed: run scripts/ensure-system.sh",
)


def text_image(lines=NOTICE_LINES, *, kind: str = "PNG") -> bytes:
    """Black text on white, 40-pixel characters, as a clean scan of a printed page looks."""
    font = ImageFont.truetype(_font_file(), 40)
    image = Image.new("L", (1200, 80 * len(lines) + 80), 255)
    draw = ImageDraw.Draw(image)
    for number, line in enumerate(lines):
        draw.text((60, 40 + 80 * number), line, font=font, fill=0)
    out = io.BytesIO()
    image.save(out, format=kind)
    return out.getvalue()


def blank_image() -> bytes:
    """A white page: what a photo of an empty form or a failed scan gives the recogniser."""
    out = io.BytesIO()
    Image.new("L", (1200, 800), 255).save(out, format="PNG")
    return out.getvalue()


def scanned_pdf(lines=NOTICE_LINES) -> bytes:
    """A PDF holding only a picture of the text (no text layer), as a scanner makes it."""
    with Image.open(io.BytesIO(text_image(lines))) as image:
        out = io.BytesIO()
        image.save(out, format="PDF", resolution=150)
    return out.getvalue()
