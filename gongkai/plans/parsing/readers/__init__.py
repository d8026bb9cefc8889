"""Readers: turn the bytes of a .txt, .html, .docx, .xlsx, .xls or .pdf file into paragraph
and table blocks."""

from __future__ import annotations

from pathlib import PurePath

from .. import errors
from ..errors import ParseError
from ..model import Block
from .docx import read_docx
from .html import read_html
from .pdf import read_pdf
from .text import decode_text, read_text
from .xls import read_xls
from .xlsx import read_xlsx

MAX_BYTES = 20 * 1024 * 1024

_READERS = {
    ".txt": read_text,
    ".text": read_text,
    ".md": read_text,
    ".html": read_html,
    ".htm": read_html,
    ".xhtml": read_html,
    ".docx": read_docx,
    ".xlsx": read_xlsx,
    ".xls": read_xls,
    ".pdf": read_pdf,
}


def read_blocks(data: bytes, filename: str) -> list[Block]:
    """Read a document into blocks, raising ParseError for bad or unsupported input."""
    ext = PurePath(filename or "").suffix.lower()
    reader = _READERS.get(ext)
    if reader is None:
        raise ParseError(errors.UNSUPPORTED, ext=ext or filename or "?")
    if len(data) > MAX_BYTES:
        raise ParseError(errors.TOO_LARGE)
    if not data or not data.strip():
        raise ParseError(errors.EMPTY)
    blocks = reader(data)
    if not any((b.text.strip() if b.kind == "para" else b.rows) for b in blocks):
        raise ParseError(errors.EMPTY if ext in (".txt", ".text", ".md") else errors.NO_TEXT)
    return blocks


__all__ = ["MAX_BYTES", "decode_text", "read_blocks"]
