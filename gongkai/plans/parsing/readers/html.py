"""HTML reader: article paragraphs and real tables (rowspan/colspan), skipping site chrome.

Pages often wrap the whole article in layout tables (an outer table holding a metadata table and a
cell full of paragraphs). A table whose cells hold block content or the article's text is walked
through as if it were a plain container; only data tables (cells of short text) become tables.
"""

from __future__ import annotations

import re
from html import escape

import lxml.html
from lxml import etree

from ..model import Block, Cell
from .front_matter import split_front_matter
from .text import decode_text

_SKIP_TAGS = {
    "script", "style", "nav", "header", "footer", "noscript", "template", "head", "button",
    "select", "iframe", "object", "svg",
}  # fmt: skip
_SKIP_CLASS = re.compile(r"nav|crumb|footer|header|menu|pager|share|tools|sidebar", re.I)
_BLOCK_TAGS = {
    "p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "section",
    "article", "blockquote", "pre", "dd", "dt", "dl", "center", "form", "body", "html",
    "caption", "tr", "td", "th", "main", "aside", "figure", "figcaption", "address", "hr",
}  # fmt: skip
# Block content that marks a cell as a page region rather than a value: paragraphs, containers,
# headings and lists (a cell of a data table rarely holds more than a few short paragraphs).
_CONTENT_TAGS = {
    "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "section", "article",
    "blockquote", "pre", "dl", "center",
}  # fmt: skip
_CHARSET = re.compile(rb"charset\s*=\s*[\"']?([A-Za-z0-9_\-]+)", re.I)
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>", re.I)
_SPACE = re.compile(r"[\r\n\t]")
_PARSER = lxml.html.HTMLParser(huge_tree=True)
LONG_TEXT = 500  # characters: a cell holding this much text among little else is the article
MANY_BLOCKS = 4  # block children with text: a cell this full of paragraphs is a page region
DOMINANT = 0.8  # share of a table's text in one cell that makes that cell the page's content
# Labels of the key-value table a government site puts above an article (索引号：… 发文机关：…).
_META_LABEL = re.compile(
    r"^(?:信息)?索引号|^(?:发文|发布)(?:机关|机构|单位)|^(?:成文|发布|印发|生成)(?:日期|时间)"
    r"|^(?:发文字号|文号)(?:[：:]|$)|^主题(?:分类|词)|^(?:组配|体裁|服务对象)分类|^有效性"
)
_KEY = re.compile(r"^[^：:，,。；;]{1,12}[：:]$")
_BARE_KEY = re.compile(r"^[\u4e00-\u9fff]{2,8}$")


class _TableBuilder:
    def __init__(self) -> None:
        self.rows: list[list[tuple[str, int, int]]] = []

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


def _tag(el: etree._Element) -> str | None:
    """The element's lower-case tag; None for comments and processing instructions."""
    return el.tag.lower() if isinstance(el.tag, str) else None


def _skipped(el: etree._Element, tag: str | None) -> bool:
    if tag is None or tag in _SKIP_TAGS:
        return True
    marks = (el.get("class") or "") + " " + (el.get("id") or "")
    return bool(_SKIP_CLASS.search(marks))


def _rows(table: etree._Element) -> list[list[etree._Element]]:
    """The table's own rows of cells (not those of tables nested in its cells)."""
    rows: list[list[etree._Element]] = []
    for child in table:
        tag = _tag(child)
        if tag in ("thead", "tbody", "tfoot") and not _skipped(child, tag):
            trs = [tr for tr in child if _tag(tr) == "tr"]
        elif tag == "tr":
            trs = [child]
        else:
            continue
        for tr in trs:
            if not _skipped(tr, "tr"):
                rows.append([td for td in tr if _tag(td) in ("td", "th")])
    return rows


def _visible_text(el: etree._Element) -> str:
    """The element's text without skipped parts, whitespace removed (for measuring only)."""
    out: list[str] = [el.text or ""]
    for child in el:
        if not _skipped(child, _tag(child)):
            out.append(_visible_text(child))
        out.append(child.tail or "")
    return _squeeze("".join(out))


def _block_children(cell: etree._Element) -> int:
    """Block-level elements with text directly under the cell (through wrapping inline spans)."""
    count = 0
    for child in cell.iter():
        tag = _tag(child)
        if child is cell or tag not in _CONTENT_TAGS:
            continue
        parent = child.getparent()
        while parent is not None and parent is not cell and _tag(parent) not in _CONTENT_TAGS:
            parent = parent.getparent()
        if parent is cell and _visible_text(child):
            count += 1
    return count


def _nested_table(cell: etree._Element) -> bool:
    return any(not _skipped(t, "table") for t in cell.iter("table") if t is not cell)


def is_layout(table: etree._Element, rows: list[list[etree._Element]] | None = None) -> bool:
    """Whether a table lays out a page region rather than holding data.

    Layout: a cell holds a nested table (unless the table is a grid of values with a small table
    in one cell), or one cell holds the region's content (block content or long text) while the
    table has no second filled column, or, in a table that is no grid, holds most of the table's
    text in many paragraphs (beside a menu cell). A grid has two rows of several values.
    """
    rows = _rows(table) if rows is None else rows
    rows = [[c for c in row if not _skipped(c, _tag(c))] for row in rows]
    cells = [c for row in rows for c in row]
    if not cells:
        return False
    texts = [_visible_text(c) for c in cells]
    total = sum(len(t) for t in texts) or 1
    lengths = iter(len(t) for t in texts)
    filled = [sum(1 for _ in row if next(lengths)) for row in rows]
    one_column = all(n <= 1 for n in filled)
    grid = sum(1 for n in filled if n >= 2) >= 2  # two rows of several values: a data grid
    nested = sum(len(t) for c, t in zip(cells, texts, strict=True) if _nested_table(c))
    if nested and (not grid or nested / total >= 0.5):
        return True
    for cell, text in zip(cells, texts, strict=True):
        blocks = _block_children(cell)
        if one_column and (blocks or len(text) >= LONG_TEXT):
            return True
        if (
            not grid
            and len(text) >= LONG_TEXT
            and len(text) / total >= DOMINANT
            and blocks >= MANY_BLOCKS
        ):
            return True
    return False


def _squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


def is_metadata(rows: list[list[str]]) -> bool:
    """Whether a table's rows of cell texts are the key-value pairs describing a document.

    Every filled row alternates label and value, each label short and either ending with a colon
    or made of words only; the table names known labels (索引号, 发文机关, 成文日期): one when all
    its labels end with a colon, two otherwise.
    """
    keys: list[str] = []
    for row in rows:
        filled = [k for k in map(_squeeze, row) if k]
        for k in range(0, len(filled), 2):
            key = filled[k]
            if not (_KEY.match(key) or _BARE_KEY.match(key)):
                return False
            keys.append(key)
    known = sum(1 for key in keys if _META_LABEL.search(key))
    colons = all(_KEY.match(key) for key in keys)
    return bool(keys) and known >= (1 if colons else 2)


class _Walker:
    """Walk the DOM in document order, gathering paragraph lines and table blocks."""

    def __init__(self, flat_tables: bool = False) -> None:
        self.blocks: list[Block] = []
        self.buf: list[str] = []
        self.flat_tables = flat_tables  # inside a data cell: a nested table becomes text

    def flush(self) -> None:
        text = "".join(self.buf)
        self.buf = []
        for line in text.split("\n"):
            if line.strip():
                self.blocks.append(Block("para", line))

    def text(self, data: str | None) -> None:
        if data:
            self.buf.append(_SPACE.sub(" ", data))

    def content(self, el: etree._Element) -> None:
        """The element's own text and children (not its tail)."""
        self.text(el.text)
        for child in el:
            self.visit(child)

    def visit(self, el: etree._Element) -> None:
        tag = _tag(el)
        if _skipped(el, tag):
            pass
        elif tag == "table":
            self.table(el)
        elif tag == "br":
            self.buf.append("\n")
        elif tag in _BLOCK_TAGS:
            self.buf.append("\n")
            self.content(el)
            self.buf.append("\n")
        else:
            self.content(el)
        self.text(el.tail)

    def table(self, el: etree._Element) -> None:
        rows = _rows(el)
        if not self.flat_tables and is_layout(el, rows):
            for row in rows:
                for cell in row:
                    self.visit_cell(cell)
            return
        builder = _TableBuilder()
        for row in rows:
            builder.rows.append([])
            for cell in row:
                if _skipped(cell, _tag(cell)):
                    continue
                span = (_int(cell.get("rowspan")), _int(cell.get("colspan")))
                builder.rows[-1].append((_cell_text(cell), *span))
        grid = builder.grid()
        if not self.flat_tables and is_metadata(
            [[c.text for c in r if not c.spanned] for r in grid]
        ):  # document metadata: label and value on one line each, never a data table
            for r in grid:
                filled = [c.text for c in r if not c.spanned and _squeeze(c.text)]
                for k in range(0, len(filled), 2):
                    key, value = filled[k].strip(), " ".join(filled[k + 1 : k + 2]).strip()
                    gap = "" if key.endswith(("：", ":")) else " "
                    self.buf.extend(("\n", key + gap + value, "\n"))
            return
        if self.flat_tables:  # a table nested in a data cell: keep its text
            flat = "\n".join(" ".join(c.text for c in r if not c.spanned) for r in grid)
            self.buf.extend(("\n", flat, "\n"))
        elif grid:
            self.flush()
            self.blocks.append(Block("table", rows=grid))

    def visit_cell(self, cell: etree._Element) -> None:
        """A cell of a layout table: its content as a region of the page."""
        if not _skipped(cell, _tag(cell)):
            self.buf.append("\n")
            self.content(cell)
            self.buf.append("\n")


def _cell_text(cell: etree._Element) -> str:
    walker = _Walker(flat_tables=True)
    walker.content(cell)
    lines = "".join(walker.buf).split("\n")
    return "\n".join(x.strip() for x in lines if x.strip())


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
    text = _XML_DECLARATION.sub("", text).replace("\x00", "")
    # a repository's page opening with a front matter: its title heads the page's lines (as a
    # paragraph of the body: a page going on with <style> would put its text in the head)
    title, text = split_front_matter(text)
    if title:
        text = f"<p>{escape(title)}</p>\n{text}"
    if not text.strip():
        return []
    try:
        root = lxml.html.document_fromstring(text, parser=_PARSER)
    except (etree.ParserError, ValueError):
        return []
    walker = _Walker()
    try:
        walker.visit(root)
    except RecursionError:  # nesting too deep to walk: the page's lines without tables
        walker = _Walker()
        _walk_flat(root, walker)
    walker.flush()
    return walker.blocks


def _walk_flat(root: etree._Element, walker: _Walker) -> None:
    """Gather the page's text line by line without recursion (no tables, chrome skipped)."""
    skipping: etree._Element | None = None
    for event, el in etree.iterwalk(root, events=("start", "end")):
        tag = _tag(el)
        if skipping is None and event == "start" and _skipped(el, tag):
            skipping = el
        elif skipping is None and tag in _BLOCK_TAGS | {"br", "table"}:
            walker.buf.append("\n")
        if skipping is None and event == "start":
            walker.text(el.text)
        if event == "end":
            if el is skipping:
                skipping = None
            if skipping is None:
                walker.text(el.tail)
