"""Text recognition (OCR) of images and scanned PDFs with Tesseract, and masking by word boxes.

Tesseract (Debian ``tesseract-ocr`` with ``tesseract-ocr-chi-sim``) reads the image; scanned PDF
pages are first rendered with ``pdftoppm`` (``poppler-utils``). Both run as programs with a time
limit per page. The recognised text keeps each word's box, so a finding in the text can be
blacked out in the picture it was read from.
"""

from __future__ import annotations

import csv
import io
import os
import shutil
import subprocess  # noqa: S404 - fixed programs, arguments never come from users
import tempfile
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from django.utils.translation import gettext as _

from gongkai.core.errors import DomainError

from .findings import Finding, PrivacyError

IMAGE_SUFFIXES: tuple[str, ...] = (".png", ".jpg", ".jpeg", ".tif", ".tiff", ".gif")
LANGUAGES = "chi_sim"
#: Resolution scanned PDF pages are rendered at, for recognition and again for masking.
PDF_DPI = 300
#: Longer scans are refused: the reviewer checks them by eye.
MAX_PAGES = 100
#: Seconds one page may take, in Tesseract or in pdftoppm.
PAGE_TIMEOUT = 120
#: Fewer letters, digits or characters than this on all pages count as "no text found".
MIN_CHARACTERS = 4


class OcrError(PrivacyError, DomainError):
    """Recognition could not run (program missing, time limit, unreadable file)."""


@dataclass(frozen=True)
class Word:
    """One recognised word: its offsets in the text and its box on its page (pixels)."""

    page: int
    start: int
    end: int
    left: int
    top: int
    width: int
    height: int


@dataclass
class Recognised:
    """The text read from a file, pages separated by form feeds, with the word boxes.

    ``scanned`` lists the pages (from 1) of a PDF whose text was recognised, when others have a
    text layer of their own (a mixed PDF); empty when every page was recognised.
    """

    text: str = ""
    words: list[Word] = field(default_factory=list)
    pages: int = 0
    scanned: list[int] = field(default_factory=list)

    @property
    def has_text(self) -> bool:
        """Whether anything worth scanning was read (MIN_CHARACTERS letters or more)."""
        return sum(char.isalnum() for char in self.text) >= MIN_CHARACTERS

    def boxes(self) -> list[list[int]]:
        """The word boxes as JSON-ready rows, for storing beside the text."""
        return [[w.page, w.start, w.end, w.left, w.top, w.width, w.height] for w in self.words]

    @classmethod
    def from_stored(
        cls, text: str, boxes: list[list[int]], pages: int = 0, scanned: list[int] | None = None
    ) -> Recognised:
        """Rebuild what boxes() stored."""
        words = [Word(*row) for row in boxes]
        pages = pages or max((w.page for w in words), default=0)
        return cls(text=text, words=words, pages=pages, scanned=list(scanned or []))


def _program(name: str, package: str) -> str:
    path = shutil.which(name)
    if not path:
        raise OcrError(
            _(
                "Text recognition is not available on this server: the program %(program)s is "
                "not installed (Debian package %(package)s). Ask the system administrator to "
                "install it; meanwhile check the file by eye."
            )
            % {"program": name, "package": package},
            code="ocr_unavailable",
        )
    return path


def _run(args: list[str], *, timeout: int) -> subprocess.CompletedProcess:
    env = {**os.environ, "OMP_THREAD_LIMIT": "1"}  # one core per page: the worker shares the box
    try:
        return subprocess.run(  # noqa: S603 - fixed program, file names made here
            args, capture_output=True, timeout=timeout, check=True, env=env
        )
    except subprocess.TimeoutExpired as exc:
        raise OcrError(
            _("Text recognition took longer than %(seconds)s seconds and was stopped.")
            % {"seconds": timeout},
            code="ocr_timeout",
        ) from exc
    except subprocess.CalledProcessError as exc:
        raise OcrError(
            _("The file could not be read for text recognition; it may be damaged."),
            code="ocr_failed",
        ) from exc


def _is_wide(char: str) -> bool:
    return unicodedata.east_asian_width(char) in ("W", "F")


_FULL_WIDTH = str.maketrans(",:;!?()", "，：；！？（）")


def _punctuation(words: list[str]) -> list[str]:
    """Tesseract reads a Chinese colon or comma as its ASCII look-alike; next to Chinese text,
    print it as the page does (full width), so "申请人：" reads as written."""
    fixed = list(words)
    for i, word in enumerate(words):
        beside = (words[i - 1][-1] if i else "") + (words[i + 1][0] if i + 1 < len(words) else "")
        if not word.strip(",:;!?()") and any(_is_wide(c) for c in beside):
            fixed[i] = word.translate(_FULL_WIDTH)
    return fixed


def _join(words: list[str]) -> list[tuple[int, str]]:
    """Offsets of the words of one line in its text: CJK joined directly, Latin with a space."""
    placed, pos = [], 0
    for i, word in enumerate(words):
        if i and not _is_wide(words[i - 1][-1]) and not _is_wide(word[0]):
            pos += 1
        placed.append((pos, word))
        pos += len(word)
    return placed


def _parse_tsv(tsv: str, *, page_base: int = 0) -> tuple[str, list[Word]]:
    """Text and word boxes from Tesseract's TSV output (one line of text per recognised line)."""
    lines: dict[tuple[int, ...], list[dict[str, str]]] = {}
    for row in csv.DictReader(io.StringIO(tsv), delimiter="\t", quoting=csv.QUOTE_NONE):
        if row.get("level") == "5" and (row.get("text") or "").strip():
            key = tuple(int(row[k]) for k in ("page_num", "block_num", "par_num", "line_num"))
            lines.setdefault(key, []).append(row)
    text, words, page = "", [], None
    for key in sorted(lines):
        if page is not None:
            text += "\f" if key[0] != page else "\n"
        page = key[0]
        rows = lines[key]
        base, line = len(text), ""
        for (offset, token), row in zip(
            _join(_punctuation([r["text"].strip() for r in rows])), rows, strict=True
        ):
            start = base + offset
            box = (int(row[k]) for k in ("left", "top", "width", "height"))
            words.append(Word(page_base + key[0], start, start + len(token), *box))
            line = line.ljust(offset) + token
        text += line
    return text, words


def _tesseract(image: Path, *, page_base: int = 0) -> tuple[str, list[Word]]:
    tesseract = _program("tesseract", "tesseract-ocr")
    done = _run([tesseract, str(image), "stdout", "-l", LANGUAGES, "tsv"], timeout=PAGE_TIMEOUT)
    return _parse_tsv(done.stdout.decode("utf-8", "replace"), page_base=page_base)


def pdf_page_count(data: bytes) -> int:
    """Number of pages of a PDF, or OcrError if it cannot be read."""
    from pdfminer.pdfpage import PDFPage

    try:
        return sum(1 for _page in PDFPage.get_pages(io.BytesIO(data)))
    except Exception as exc:  # pdfminer raises many kinds for broken or encrypted files
        raise OcrError(
            _("The file could not be read for text recognition; it may be damaged."),
            code="ocr_failed",
        ) from exc


def render_pdf_pages(data: bytes, folder: Path, only: list[int] | None = None) -> list[Path]:
    """Render each page of a PDF (or the pages numbered in ``only``) to a grey PNG at PDF_DPI;
    refuse more than MAX_PAGES."""
    pages = len(only) if only else pdf_page_count(data)
    if pages > MAX_PAGES:
        raise OcrError(
            _("The scan has %(pages)s pages; text is recognised in scans of at most %(max)s.")
            % {"pages": pages, "max": MAX_PAGES},
            code="ocr_too_long",
        )
    pdftoppm = _program("pdftoppm", "poppler-utils")
    source = folder / "scan.pdf"
    source.write_bytes(data)
    paths = []
    for number in only or range(1, pages + 1):
        stem = folder / f"page-{number:04d}"
        _run(
            [pdftoppm, "-r", str(PDF_DPI), "-gray", "-png", "-singlefile",
             "-f", str(number), "-l", str(number), str(source), str(stem)],
            timeout=PAGE_TIMEOUT,
        )  # fmt: skip
        paths.append(stem.with_suffix(".png"))
    return paths


def recognise(data: bytes, suffix: str) -> Recognised:
    """Read the text of an image or of a scanned PDF (every page rendered, then recognised)."""
    with tempfile.TemporaryDirectory(prefix="gongkai-ocr-") as tmp:
        folder = Path(tmp)
        if suffix == ".pdf":
            images = render_pdf_pages(data, folder)
        else:
            images = [folder / f"image{suffix}"]
            images[0].write_bytes(data)
        result = Recognised(pages=len(images))
        for number, image in enumerate(images):
            # a multi-page TIFF numbers its own pages from 1; rendered PDF pages are one each
            text, words = _tesseract(image, page_base=number)
            if number and result.text:
                result.text += "\f"
            shift = len(result.text)
            result.text += text
            result.words += [
                Word(w.page, w.start + shift, w.end + shift, w.left, w.top, w.width, w.height)
                for w in words
            ]
        if suffix != ".pdf":
            result.pages = max((w.page for w in result.words), default=1)
        return result


#: Pixels added around a blacked-out word, so no stroke shows at its edge.
MASK_MARGIN = 3


def _weight(char: str) -> int:
    return 2 if _is_wide(char) else 1


def mask_rectangles(
    recognised: Recognised, findings: list[Finding]
) -> dict[int, list[tuple[int, int, int, int]]]:
    """Boxes (left, top, right, bottom) to black out per page: the part of each recognised word
    a finding covers, shared out by character width (a CJK character counts twice a digit)."""
    text, rectangles = recognised.text, {}
    for finding in findings:
        for word in recognised.words:
            low, high = max(finding.start, word.start), min(finding.end, word.end)
            if low >= high:
                continue
            weights = [_weight(c) for c in text[word.start : word.end]]
            total = sum(weights) or 1
            before = sum(weights[: low - word.start])
            upto = sum(weights[: high - word.start])
            left = word.left + word.width * before // total
            right = word.left + -(-word.width * upto // total)
            rectangles.setdefault(word.page, []).append(
                (left - MASK_MARGIN, word.top - MASK_MARGIN,
                 right + MASK_MARGIN, word.top + word.height + MASK_MARGIN)
            )  # fmt: skip
    return rectangles


def _blacken(image, rectangles: list[tuple[int, int, int, int]]):
    from PIL import ImageDraw

    if image.mode not in ("1", "L", "RGB"):
        image = image.convert("RGB")
    draw = ImageDraw.Draw(image)
    for rectangle in rectangles:
        draw.rectangle(rectangle, fill=0)
    return image


def mask_image(data: bytes, recognised: Recognised, findings: list[Finding]) -> bytes:
    """The image (every frame of a TIFF) with the findings blacked out, in its own format.

    The boxes are those of the pixels as stored; the copy is then turned upright by its EXIF
    orientation and carries no metadata of the original (metadata.py: EXIF, XMP, IPTC)."""
    from PIL import Image, ImageSequence, UnidentifiedImageError

    from .metadata import clean_frame, image_orientation, save_clean

    rectangles = mask_rectangles(recognised, findings)
    try:
        with Image.open(io.BytesIO(data)) as image:
            kind, info = image.format, dict(image.info)
            orientation = image_orientation(image)
            frames = [
                clean_frame(_blacken(frame.copy(), rectangles.get(number, [])),
                            orientation=orientation)
                for number, frame in enumerate(ImageSequence.Iterator(image), start=1)
            ]  # fmt: skip
    except (UnidentifiedImageError, OSError) as exc:
        raise OcrError(
            _("The image could not be read; it may be damaged."), code="ocr_failed"
        ) from exc
    return save_clean(frames, kind=kind, source_info=info)


def mask_scanned_pdf(data: bytes, recognised: Recognised, findings: list[Finding]) -> bytes:
    """A new PDF of the scan's pages with the findings blacked out.

    Recognised pages are rendered as recognised and blacked out; in a mixed PDF the pages with
    a text layer (not in ``recognised.scanned``) are drawn from their text, masked.
    """
    from PIL import Image
    from reportlab.pdfgen import canvas

    from .masking import mask_text
    from .pdfrender import draw_text_page

    rectangles = mask_rectangles(recognised, findings)
    texts = mask_text(recognised.text, findings).split("\f") if recognised.scanned else []
    out = io.BytesIO()
    pdf = canvas.Canvas(out, invariant=True)
    with tempfile.TemporaryDirectory(prefix="gongkai-mask-") as tmp:
        only = recognised.scanned or None
        images = dict(zip(only or range(1, 1 + MAX_PAGES),
                          render_pdf_pages(data, Path(tmp), only), strict=False))  # fmt: skip
        for number in range(1, (len(texts) or len(images)) + 1):
            if number not in images:
                draw_text_page(pdf, texts[number - 1])
                continue
            with Image.open(images[number]) as page:
                masked = _blacken(page.copy(), rectangles.get(number, []))
            jpeg = images[number].with_suffix(".jpg")  # embedded as is: 5 times faster than PNG
            masked.save(jpeg, quality=85)
            width, height = (size * 72 / PDF_DPI for size in masked.size)
            pdf.setPageSize((width, height))
            pdf.drawImage(str(jpeg), 0, 0, width=width, height=height)
            pdf.showPage()
    pdf.save()
    return out.getvalue()


def mask_recognised(
    data: bytes, suffix: str, recognised: Recognised, findings: list[Finding]
) -> bytes:
    """Black out the findings in the picture they were recognised in (image or scanned PDF)."""
    if suffix == ".pdf":
        return mask_scanned_pdf(data, recognised, findings)
    return mask_image(data, recognised, findings)
