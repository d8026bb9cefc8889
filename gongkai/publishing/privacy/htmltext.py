"""scan_html / mask_html: scan the text content of an HTML body and mask inside text nodes."""

from __future__ import annotations

import html
import re
from typing import Any

from .findings import Finding
from .layout import TextLayout, apply_edits
from .masking import check_findings
from .scanner import scan_text

_TOKEN = re.compile(
    r"<!--.*?(?:-->|$)|<![^>]*>|<\?[^>]*>|</?[A-Za-z][^\s/>]*(?:\"[^\"]*\"|'[^']*'|[^'\">])*>",
    re.S,
)
_TAG_NAME = re.compile(r"</?([A-Za-z][A-Za-z0-9]*)")
_ENTITY = re.compile(r"&(?:#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);?")
_BLOCK = frozenset(
    "p div br li ul ol dl dt dd h1 h2 h3 h4 h5 h6 table thead tbody tfoot tr caption section "
    "article header footer aside nav blockquote pre hr figure figcaption address form".split()
)
_CELL = frozenset({"td", "th"})
_RAW_TEXT = frozenset({"script", "style", "template"})
_WHITESPACE = str.maketrans("\t\r\n\f", "    ")


class _Walker:
    """Builds the text layout of an HTML fragment; refs are (kind, source start, source end)."""

    def __init__(self) -> None:
        self.layout = TextLayout()
        self.last = "\n"
        self.table_depth = 0
        self.cell_depth = 0

    def sep(self, char: str) -> None:
        if char == "\n" and self.cell_depth:
            char = " "
        if char == "\n" and self.last == "\n":
            return
        if char == "\t" and self.last == "\n":
            return
        self.layout.add(char)
        self.last = char

    def tag(self, token: str) -> None:
        m = _TAG_NAME.match(token)
        if not m:
            return
        name, closing = m.group(1).lower(), token.startswith("</")
        if name in _CELL:
            self.cell_depth = max(0, self.cell_depth - 1) if closing else self.cell_depth + 1
            if not closing:
                self.sep("\t")
        elif name == "table":
            self.table_depth = max(0, self.table_depth - 1) if closing else self.table_depth + 1
            self.sep("\n")
        elif name in _BLOCK:
            self.sep("\n")

    def text(self, source: str, offset: int) -> None:
        if self.table_depth and not self.cell_depth and not source.strip():
            return
        pos = 0
        for m in [*_ENTITY.finditer(source), None]:
            end = m.start() if m else len(source)
            if end > pos:
                self.layout.add(source[pos:end].translate(_WHITESPACE), ("lit", offset + pos))
            if m:
                decoded = html.unescape(m.group())
                kind = "ent" if decoded != m.group() else "lit"
                ref = (kind, offset + m.start(), offset + m.end())
                self.layout.add(decoded.translate(_WHITESPACE), ref)
                pos = m.end()
        if self.layout.pieces:
            self.last = self.layout.pieces[-1][0][-1:]


def _walk(markup: str) -> tuple[_Walker, list[tuple[int, int]]]:
    """Walk the markup; also return the source spans of tags (for attribute masking)."""
    walker = _Walker()
    tags: list[tuple[int, int]] = []
    pos = 0
    while pos < len(markup):
        m = _TOKEN.search(markup, pos)
        end = m.start() if m else len(markup)
        if end > pos:
            walker.text(markup[pos:end], pos)
        if not m:
            break
        tags.append((m.start(), m.end()))
        walker.tag(m.group())
        pos = m.end()
        name = _TAG_NAME.match(m.group())
        if name and name.group(1).lower() in _RAW_TEXT and not m.group().startswith("</"):
            close = re.compile(rf"</{name.group(1)}\s*>", re.I).search(markup, pos)
            pos = close.start() if close else len(markup)
    return walker, tags


def html_text(markup: str) -> str:
    """The text content that scan_html's offsets refer to: entities decoded, whitespace
    characters as spaces, a newline per block element, a tab between table cells."""
    return _walk(markup)[0].layout.text


def scan_html(markup: str) -> list[Finding]:
    """scan_text over html_text(markup)."""
    return scan_text(html_text(markup))


def mask_html(markup: str, findings: list[Finding]) -> str:
    """Apply the given findings (offsets into html_text) inside the text nodes only.

    Tags are left intact, except that an applied finding's text inside an attribute value
    (href="mailto:…", href="tel:…") is replaced by its masked form too.
    """
    walker, tags = _walk(markup)
    layout = walker.layout
    applied = check_findings(layout.text, findings)
    source_edits: list[tuple[int, int, str]] = []
    for index, edits in layout.edits(applied).items():
        ref: Any = layout.pieces[index][1]  # ("lit"|"ent", source start[, source end])
        if ref[0] == "lit":
            for a, b, rep in edits:
                source_edits.append((ref[1] + a, ref[1] + b, html.escape(rep, quote=False)))
        elif "".join(r for _, _, r in edits) != layout.pieces[index][0]:
            rep = "".join(r for _, _, r in edits)
            source_edits.append((ref[1], ref[2], html.escape(rep, quote=False)))
    for start, end in tags:
        tag = markup[start:end]
        new = tag
        for f in applied:
            new = new.replace(f.text, f.masked) if len(f.text) > 4 else new
        if new != tag:
            source_edits.append((start, end, new))
    return apply_edits(markup, source_edits)
