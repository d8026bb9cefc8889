"""PDFs page by page: which pages have a text layer, and text recognition of the others.

A PDF an agency publishes is often put together from a typed notice and scanned annexes (a
signed list, a stamped form): its first pages have text, its later pages are pictures. Judging
the whole file by its first page would leave the scanned pages unread by the privacy scan, so
each page is looked at on its own and only the pages without text are recognised (ocr.py).
"""

from __future__ import annotations

import io
import tempfile
from pathlib import Path

from .findings import PrivacyError
from .ocr import MIN_CHARACTERS, Recognised, Word, _tesseract, render_pdf_pages


def pdf_page_texts(data: bytes) -> list[str]:
    """The text layer of each page of a PDF (an empty string for a page that is a picture)."""
    from pdfminer.high_level import extract_pages
    from pdfminer.layout import LTTextContainer

    try:
        return [
            "".join(box.get_text() for box in page if isinstance(box, LTTextContainer))
            for page in extract_pages(io.BytesIO(data))
        ]
    except Exception as exc:  # pdfminer raises many kinds for broken or encrypted files
        raise PrivacyError("无法读取该 PDF 文件，文件可能已损坏或已加密。") from exc


def pages_without_text(texts: list[str]) -> list[int]:
    """Numbers (from 1) of the pages with fewer than MIN_CHARACTERS letters or digits."""
    return [
        number
        for number, text in enumerate(texts, start=1)
        if sum(char.isalnum() for char in text) < MIN_CHARACTERS
    ]


def recognise_pdf(data: bytes) -> Recognised | None:
    """Read a PDF whose pages (some or all) have no text layer; None if every page has text.

    The text is the pages' own text layer where they have one and the recognised text of the
    others, pages separated by form feeds. ``scanned`` names the recognised pages when only some
    were; it is empty when the whole file is a scan. At most ocr.MAX_PAGES pages are recognised.
    """
    texts = pdf_page_texts(data)
    scanned = pages_without_text(texts)
    if not scanned:
        return None
    result = Recognised(pages=len(texts), scanned=scanned if len(scanned) < len(texts) else [])
    with tempfile.TemporaryDirectory(prefix="gongkai-ocr-") as tmp:
        images = dict(zip(scanned, render_pdf_pages(data, Path(tmp), scanned), strict=True))
        for number, own_text in enumerate(texts, start=1):
            if number > 1:
                result.text += "\f"
            if number not in images:
                result.text += own_text.replace("\f", "\n")
                continue
            text, words = _tesseract(images[number], page_base=number - 1)
            shift = len(result.text)
            result.text += text
            result.words += [
                Word(w.page, w.start + shift, w.end + shift, w.left, w.top, w.width, w.height)
                for w in words
            ]
    return result
