"""PDF reader: rebuild lines from the text layer's characters and rejoin wrapped paragraphs."""

from __future__ import annotations

import io
import re
from dataclasses import dataclass

from .. import errors
from ..errors import ParseError
from ..model import Block

PAGE_NUMBER = re.compile(
    r"^\s*(?:[—\-－–―~·•]+\s*\d{1,4}\s*[—\-－–―~·•]+|第\s*\d+\s*页(?:\s*[,，/]?\s*共\s*\d+\s*页)?"
    r"|\d+\s*/\s*\d+)\s*$"
)
_BARE_NUMBER = re.compile(r"^\s*[—\-－–―]*\s*\d{1,4}\s*[—\-－–―]*\s*$")
_TERMINAL = re.compile(r"[。；：！？:;!?]\s*$")


@dataclass
class _Line:
    text: str
    x0: float
    x1: float
    y: float
    size: float


def _chars(layout_obj, out: list) -> None:
    from pdfminer.layout import LTChar

    for obj in layout_obj:
        if isinstance(obj, LTChar):
            out.append(obj)
        elif hasattr(obj, "__iter__"):
            _chars(obj, out)


def _page_lines(chars: list) -> list[_Line]:
    """Group characters into lines by their vertical centre, then order each line by x.

    A space the text layer holds between two characters of a line is kept (one, however many
    stand there): between Chinese characters it is what a copy of the page keeps too, setting
    apart a number and its heading, the cells of a row or a page's two columns side by side.
    """
    items = []
    spaces = []
    for ch in chars:
        text = ch.get_text()
        if not text:
            continue
        size = max(ch.height, ch.size, 1.0)
        if text.isspace():
            spaces.append(((ch.y0 + ch.y1) / 2, ch.x0, ch.x1))
            continue
        items.append(((ch.y0 + ch.y1) / 2, ch.x0, ch.x1, size, text))
    items.sort(key=lambda it: (-it[0], it[1]))
    groups: list[list[tuple]] = []
    for it in items:
        if groups:
            g = groups[-1]
            ref_y = sum(x[0] for x in g) / len(g)
            ref_size = max(x[3] for x in g)
            if abs(it[0] - ref_y) < 0.45 * max(ref_size, it[3]):
                g.append(it)
                continue
        groups.append([it])
    lines = []
    for g in groups:
        g.sort(key=lambda it: it[1])
        middle = sum(x[0] for x in g) / len(g)
        band = 0.45 * max(x[3] for x in g)
        own_spaces = [sp for sp in spaces if abs(sp[0] - middle) < band]
        parts = []
        prev = None
        for it in g:
            if prev is not None and it[1] - prev[2] > 0.3 * it[3]:
                if prev[4][-1:].isascii() and prev[4][-1:].isalnum() and it[4][:1].isascii():
                    parts.append(" ")
            gap = prev is not None and it[1] - prev[2] > 0.1 * it[3]
            if gap and parts[-1] != " " and _space_between(own_spaces, prev, it):
                parts.append(" ")
            parts.append(it[4])
            prev = it
        text = "".join(parts)
        size = sorted(x[3] for x in g)[len(g) // 2]
        lines.append(_Line(text, g[0][1], g[-1][2], g[0][0], size))
    return lines


def _space_between(spaces: list[tuple[float, float, float]], left: tuple, right: tuple) -> bool:
    """Whether one of the line's space characters stands between two of its characters."""
    return any(left[2] - 0.5 <= x0 and x1 <= right[1] + 0.5 for _, x0, x1 in spaces)


def _paragraphs(pages: list[list[_Line]]) -> list[str]:
    """Rejoin lines that a PDF wrapped: a full-width line continues into an unindented one."""
    body = [ln for page in pages for ln in page]
    if not body:
        return []
    x0s = sorted(ln.x0 for ln in body)
    x1s = sorted(ln.x1 for ln in body)
    left = x0s[len(x0s) // 10]
    right = x1s[int(len(x1s) * 0.9)]
    paras: list[str] = []
    prev: _Line | None = None
    for ln in body:
        joined = False
        if prev is not None and paras:
            same_size = abs(prev.size - ln.size) <= 0.15 * max(prev.size, ln.size)
            flush_left = ln.x0 <= left + 0.6 * ln.size
            full = prev.x1 >= right - 1.5 * prev.size
            body_line = prev.x0 <= left + 2.6 * prev.size and prev.x1 >= right - 8 * prev.size
            open_end = not _TERMINAL.search(prev.text)
            if same_size and flush_left and (full or (body_line and open_end)):
                paras[-1] += ln.text
                joined = True
        if not joined:
            paras.append(ln.text)
        prev = ln
    return paras


def read_pdf(data: bytes) -> list[Block]:
    """Read a text-layer PDF; a PDF without text raises ParseError (probably a scan)."""
    try:
        from pdfminer.high_level import extract_pages
        from pdfminer.pdfparser import PDFSyntaxError

        pages = []
        for page in extract_pages(io.BytesIO(data), laparams=None):
            chars: list = []
            _chars(page, chars)
            lines = [ln for ln in _page_lines(chars) if not PAGE_NUMBER.match(ln.text)]
            while lines and _BARE_NUMBER.match(lines[-1].text):
                lines.pop()
            if lines and _BARE_NUMBER.match(lines[0].text):
                lines.pop(0)
            pages.append(lines)
    except ParseError:
        raise
    except (PDFSyntaxError, Exception) as exc:  # noqa: BLE001 - pdfminer raises many types
        raise ParseError(errors.PDF_BROKEN) from exc
    if not any(pages):
        raise ParseError(errors.PDF_NO_TEXT)
    return [Block("para", text) for text in _paragraphs(pages)]
