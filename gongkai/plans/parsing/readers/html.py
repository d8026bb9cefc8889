"""HTML reader: article paragraphs and real tables (rowspan/colspan), skipping site chrome."""

from __future__ import annotations

import re
from html.parser import HTMLParser

from ..model import Block, Cell
from .text import decode_text

_SKIP_TAGS = {"script", "style", "nav", "header", "footer", "noscript", "template", "head"}
_SKIP_CLASS = re.compile(r"nav|crumb|footer|header|menu|pager|share|tools|sidebar", re.I)
_BLOCK_TAGS = {
    "p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "section",
    "article", "blockquote", "pre", "dd", "dt", "dl", "center", "form", "body", "html",
}  # fmt: skip
_VOID = {"br", "img", "hr", "meta", "link", "input", "col", "wbr", "source", "area", "base"}
_CHARSET = re.compile(rb"charset\s*=\s*[\"']?([A-Za-z0-9_\-]+)", re.I)


class _TableBuilder:
    def __init__(self) -> None:
        self.rows: list[list[tuple[str, int, int]]] = []
        self.cell: list[str] | None = None
        self.span = (1, 1)

    def grid(self) -> list[list[Cell]]:
        """Expand row- and column-spans into a rectangular grid of cells."""
        occupied: dict[tuple[int, int], Cell] = {}
        for r, row in enumerate(self.rows):
            col = 0
            for text, rowspan, colspan in row:
                while (r, col) in occupied:
                    col += 1
                for dr in range(rowspan):
                    for dc in range(colspan):
                        occupied[(r + dr, col + dc)] = Cell(text, spanned=dr > 0 or dc > 0)
                col += colspan
        width = max((c for _, c in occupied), default=-1) + 1
        return [
            [occupied.get((r, c), Cell("")) for c in range(width)]
            for r in range(len(self.rows))
            if self.rows[r] or any((r, c) in occupied for c in range(width))
        ]


class _Extractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[Block] = []
        self.buf: list[str] = []
        self.skip_depth = 0
        self.stack: list[tuple[str, bool]] = []
        self.tables: list[_TableBuilder] = []

    def _flush(self) -> None:
        text = "".join(self.buf)
        self.buf = []
        for line in text.split("\n"):
            if line.strip():
                self.blocks.append(Block("para", line))

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attr = dict(attrs)
        skip = tag in _SKIP_TAGS or bool(
            _SKIP_CLASS.search((attr.get("class") or "") + " " + (attr.get("id") or ""))
        )
        if tag not in _VOID:
            self.stack.append((tag, skip))
            if skip:
                self.skip_depth += 1
        if self.skip_depth:
            return
        table = self.tables[-1] if self.tables else None
        if tag == "table":
            self._flush()
            self.tables.append(_TableBuilder())
        elif tag == "tr" and table is not None:
            table.rows.append([])
        elif tag in ("td", "th") and table is not None:
            if not table.rows:
                table.rows.append([])
            table.cell = []
            table.span = (_int(attr.get("rowspan")), _int(attr.get("colspan")))
        elif tag == "br":
            self._text("\n")
        elif tag in _BLOCK_TAGS:
            self._text("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _VOID:
            return
        while self.stack:
            open_tag, skip = self.stack.pop()
            if skip:
                self.skip_depth -= 1
            if open_tag == tag:
                break
        if self.skip_depth:
            return
        table = self.tables[-1] if self.tables else None
        if tag in ("td", "th") and table is not None and table.cell is not None:
            text = "\n".join(x.strip() for x in "".join(table.cell).split("\n") if x.strip())
            table.rows[-1].append((text, *table.span))
            table.cell = None
        elif tag == "table" and table is not None:
            self.tables.pop()
            grid = table.grid()
            if self.tables and self.tables[-1].cell is not None:  # nested table: keep its text
                self.tables[-1].cell.append(
                    "\n".join(" ".join(c.text for c in r if not c.spanned) for r in grid)
                )
            elif grid:
                self.blocks.append(Block("table", rows=grid))
        elif tag in _BLOCK_TAGS:
            self._text("\n")

    def handle_data(self, data: str) -> None:
        if not self.skip_depth:
            self._text(data.replace("\n", " ").replace("\r", " "))

    def _text(self, data: str) -> None:
        table = self.tables[-1] if self.tables else None
        if table is not None and table.cell is not None:
            table.cell.append(data)
        elif table is not None:
            return  # stray text between cells
        else:
            self.buf.append(data)
            if data == "\n":
                self._flush()


def _int(value: str | None) -> int:
    try:
        return max(1, min(int(value or 1), 500))
    except ValueError:
        return 1


def read_html(data: bytes) -> list[Block]:
    """Read an HTML page into paragraph and table blocks."""
    match = _CHARSET.search(data[:4096])
    text = None
    if match:
        try:
            text = data.decode(match.group(1).decode("ascii"))
        except (LookupError, UnicodeDecodeError):
            text = None
    if text is None:
        text = decode_text(data)
    parser = _Extractor()
    parser.feed(text)
    parser.close()
    parser._flush()
    return parser.blocks
