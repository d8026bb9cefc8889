"""Benchmark: time to make the public copy of attachments (run by hand, not by pytest).

Blacking out a scan (every page rendered at 300 dpi, drawn, JPEG-encoded) against removing the
metadata of a 12-megapixel phone photo and of a Word file: why only scanned files are masked in
the job queue and the rest inside the publishing request.
"""

from __future__ import annotations

import io
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

import docx  # noqa: E402
from PIL import Image, ImageDraw  # noqa: E402

from gongkai.publishing.privacy.findings import Finding  # noqa: E402
from gongkai.publishing.privacy.metadata import strip_metadata  # noqa: E402
from gongkai.publishing.privacy.ocr import Recognised, Word, mask_scanned_pdf  # noqa: E402

PAGES = 5


def scan(pages: int) -> bytes:
    """An A4 scan at 150 dpi, one picture per page, as scanners save them."""
    frames = []
    for number in range(pages):
        page = Image.new("L", (1240, 1754), 255)
        ImageDraw.Draw(page).text((100, 100 + number), "page", fill=0)
        frames.append(page)
    out = io.BytesIO()
    frames[0].save(out, "PDF", resolution=150, save_all=True, append_images=frames[1:])
    return out.getvalue()


def timed(label: str, work) -> float:
    start = time.perf_counter()
    work()
    seconds = time.perf_counter() - start
    print(f"{label}: {seconds:.2f} s")
    return seconds


def main() -> None:
    data = scan(PAGES)
    recognised = Recognised(text="x" * 18, words=[Word(1, 0, 18, 100, 100, 400, 40)], pages=PAGES)
    found = [Finding(kind="id_number", text="x" * 18, start=0, end=18, masked="*")]
    total = timed(f"mask a {PAGES}-page scan", lambda: mask_scanned_pdf(data, recognised, found))
    print(f"  per page: {total / PAGES:.2f} s; 100 pages: about {100 * total / PAGES / 60:.1f} min")

    photo = io.BytesIO()
    exif = Image.Exif()
    exif[0x0112] = 6
    Image.effect_noise((4000, 3000), 60).convert("RGB").save(photo, "JPEG", exif=exif, quality=90)
    timed("strip a 12-megapixel JPEG (rotated)", lambda: strip_metadata(photo.getvalue(), ".jpg"))

    document = docx.Document()
    for number in range(2000):
        document.add_paragraph(f"第{number}段")
    document.core_properties.author = "李四"
    word = io.BytesIO()
    document.save(word)
    timed("strip a 2,000-paragraph .docx", lambda: strip_metadata(word.getvalue(), ".docx"))


if __name__ == "__main__":
    main()
