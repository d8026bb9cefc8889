"""Gazette PDFs made on the spot, for the demo and the tests: one with a text layer, and one
that is only a picture of its pages, as a scanner makes a back issue."""

import io
import shutil
import subprocess  # noqa: S404 - a fixed program (fc-match), arguments never from users

from gongkai.publishing.privacy.files import render_pdf

#: A CJK font to draw a scanned page with (Debian fonts-wqy-zenhei).
FONT_FAMILY = "WenQuanYi Zen Hei"


def text_pdf(pages: list[list[str]]) -> bytes:
    """A PDF whose pages carry the lines as text (reportlab's built-in CJK font)."""
    return render_pdf("\f".join("\n".join(lines) for lines in pages))


def font_file() -> str:
    """The file of FONT_FAMILY, or "" when the machine lacks it."""
    program = shutil.which("fc-match")
    if not program:
        return ""
    found = subprocess.run(  # noqa: S603
        [program, "-f", "%{file}", FONT_FAMILY], capture_output=True, text=True, check=False
    )
    return found.stdout if "wqy" in found.stdout.lower() else ""


def scanned_pdf(lines: list[str]) -> bytes:
    """A one-page PDF holding only a picture of the lines (no text layer); needs font_file()."""
    from PIL import Image, ImageDraw, ImageFont

    font = ImageFont.truetype(font_file(), 40)
    image = Image.new("L", (1200, 80 * len(lines) + 80), 255)
    draw = ImageDraw.Draw(image)
    for number, line in enumerate(lines):
        draw.text((60, 40 + 80 * number), line, font=font, fill=0)
    out = io.BytesIO()
    image.save(out, format="PDF", resolution=150)
    return out.getvalue()
