"""PDF reader: rebuild lines from the text layer's characters, rejoin wrapped paragraphs, and
read ruled tables cell by cell.

Task-division tables (序号 | 工作任务 | 牵头单位 | 配合单位 | 完成时限) are mostly published as PDFs
with ruled tables whose cells wrap over several lines; read as lines, a line holds pieces of
several cells and no row can be rebuilt. The ruling lines tell the cells: ``pdfplumber`` (built on
the same pdfminer.six the reader used alone) finds them from the page's lines and rectangles
(its "lines" strategy: edges snapped and joined, their crossings, the cells between them, merged
cells included), which is what a hand-written finder would have to redo with its tolerances and
corner cases; the characters inside a cell are then read as the rest of the page. A table is
emitted as the Word reader emits one (a table block of cells, a merged cell copied into the
cells it covers, marked spanned); the text around it stays lines in reading order. A table
continued at the top of the next page continues the same table (a repeated header row dropped,
a numbered row broken at the page's end joined again); a box of one column (a page frame, a boxed
note) is text, not a table.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass, field

from .. import errors
from ..errors import ParseError
from ..model import Block, Cell
from ..numbering import match_bare_number, match_marker

# the dashes that set a page's number apart (- 2 -, —3—, －4－)
PAGE_DASHES = r"—\-－–―"


def page_number_between(mark: str) -> str:
    """A pattern piece: a page's number (one to four figures) between two of ``mark``, a
    character class with or without a repeat (``[…]`` one mark a side, ``[…]+`` a run)."""
    return rf"{mark}\s*\d{{1,4}}\s*{mark}"


# a page's number alone on its line: between marks (- 2 -, ·3·), 第2页(共9页), 2/9
PAGE_NUMBER = re.compile(
    rf"^\s*(?:{page_number_between(f'[{PAGE_DASHES}~·•]+')}"
    r"|第\s*\d+\s*页(?:\s*[,，/]?\s*共\s*\d+\s*页)?|\d+\s*/\s*\d+)\s*$"
)
_BARE_NUMBER = re.compile(rf"^\s*{page_number_between(f'[{PAGE_DASHES}]*')}\s*$")
_TERMINAL = re.compile(r"[。；：！？:;!?]\s*$")


@dataclass
class _Line:
    text: str
    x0: float
    x1: float
    y: float
    size: float
    top: float = 0.0  # from the page's top down, to place the line among the page's tables


@dataclass
class _Char:
    text: str
    x0: float
    x1: float
    y0: float
    y1: float
    size: float
    top: float


@dataclass
class _Table:
    """A ruled table read on one page: its rows of cells, where it stands, its column edges."""

    rows: list[list[Cell]]
    top: float
    bottom: float
    columns: list[float] = field(default_factory=list)


def _char(obj: dict) -> _Char:
    return _Char(
        obj.get("text") or "",
        obj["x0"],
        obj["x1"],
        obj["y0"],
        obj["y1"],
        max(obj.get("height") or 0.0, obj.get("size") or 0.0, 1.0),
        obj["top"],
    )


def _page_lines(chars: list[_Char]) -> list[_Line]:
    """Group characters into lines by their vertical centre, then order each line by x.

    A space the text layer holds between two characters of a line is kept (one, however many
    stand there): between Chinese characters it is what a copy of the page keeps too, setting
    apart a number and its heading, the cells of a row or a page's two columns side by side.
    """
    items = []
    spaces = []
    for ch in chars:
        text = ch.text
        if not text:
            continue
        size = ch.size
        if text.isspace():
            spaces.append(((ch.y0 + ch.y1) / 2, ch.x0, ch.x1))
            continue
        items.append(((ch.y0 + ch.y1) / 2, ch.x0, ch.x1, size, text, ch.top))
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
        lines.append(_Line(text, g[0][1], g[-1][2], g[0][0], size, min(x[5] for x in g)))
    return lines


def _space_between(spaces: list[tuple[float, float, float]], left: tuple, right: tuple) -> bool:
    """Whether one of the line's space characters stands between two of its characters."""
    return any(left[2] - 0.5 <= x0 and x1 <= right[1] + 0.5 for _, x0, x1 in spaces)


# the "lines" strategy: cells only where ruling lines (drawn lines, rectangles' edges) bound them
_TABLE_SETTINGS = {"vertical_strategy": "lines", "horizontal_strategy": "lines"}
# a page drawn with more lines than a table holds (a map, a chart) is read as text: the table
# finder's time grows with the crossings of its edges
_MAX_DRAWN = 5000
_CELL_END = re.compile(r"[。；;]\s*$")


def _centre_in(ch: _Char, box: tuple) -> bool:
    x = (ch.x0 + ch.x1) / 2
    y = ch.top + (ch.y1 - ch.y0) / 2
    return box[0] <= x <= box[2] and box[1] <= y <= box[3]


def _cell_text(chars: list[_Char]) -> str:
    """A cell's text: its lines joined into one value (a cell wraps at its width, not where its
    text breaks), Chinese without a space, two Latin words with one; a cell of numbered lines
    (1.…。 / 2.…) keeps a line per number, as a Word cell of numbered paragraphs."""
    lines = [ln.text.strip() for ln in _page_lines(chars)]
    lines = [ln for ln in lines if ln]
    if not lines:
        return ""
    numbered = match_marker(lines[0]) is not None
    out = lines[0]
    for line in lines[1:]:
        if numbered and _CELL_END.search(out) and match_marker(line) is not None:
            out += "\n" + line
        else:
            out = _joined(out, line)
    return out


def _joined(text: str, more: str) -> str:
    """Two pieces of a wrapped text: Chinese joined without a space, two Latin words with one."""
    if not text:
        return more
    if _latin(text[-1:]) and _latin(more[:1]):
        return text + " " + more
    return text + more


def _latin(ch: str) -> bool:
    return ch.isascii() and ch.isalpha()


def _read_table(table, chars: list[_Char]) -> _Table | None:
    """The rows of a table pdfplumber found: a merged cell's text copied into each grid cell it
    covers (marked spanned after the first), as the Word reader copies gridSpan / vMerge cells.
    A table of one column (a page frame, a boxed paragraph) is no table."""
    boxes = table.cells
    xs = sorted({b[0] for b in boxes})
    tops = sorted({b[1] for b in boxes})
    if len(xs) < 2:
        return None
    edges_x = [*xs, max(b[2] for b in boxes)]
    edges_y = [*tops, max(b[3] for b in boxes)]
    texts = {b: _cell_text([ch for ch in chars if _centre_in(ch, b)]) for b in boxes}
    if not any(texts.values()):
        return None
    rows: list[list[Cell]] = []
    for r, top in enumerate(tops):
        cy = (edges_y[r] + edges_y[r + 1]) / 2
        row = []
        for c, x in enumerate(xs):
            cx = (edges_x[c] + edges_x[c + 1]) / 2
            box = next((b for b in boxes if b[0] <= cx <= b[2] and b[1] <= cy <= b[3]), None)
            if box is None:
                row.append(Cell(""))
            else:
                row.append(Cell(texts[box], spanned=(box[0], box[1]) != (x, top)))
        rows.append(row)
    return _Table(rows, table.bbox[1], table.bbox[3], xs)


def _page_items(page) -> list[_Line | _Table]:
    """A page's text lines and ruled tables, in reading order (top down)."""
    chars = [_char(obj) for obj in page.chars]
    tables = []
    drawn = len(page.lines) + len(page.rects) + len(page.curves)
    for found in page.find_tables(_TABLE_SETTINGS) if drawn <= _MAX_DRAWN else ():
        table = _read_table(found, chars)
        if table is not None:
            tables.append((found.bbox, table))
    outside = [ch for ch in chars if not any(_centre_in(ch, box) for box, _ in tables)]
    lines = [ln for ln in _page_lines(outside) if not PAGE_NUMBER.match(ln.text)]
    items: list[_Line | _Table] = [*lines, *(t for _, t in tables)]
    items.sort(key=lambda it: it.top)
    while items and isinstance(items[-1], _Line) and _BARE_NUMBER.match(items[-1].text):
        items.pop()
    if items and isinstance(items[0], _Line) and _BARE_NUMBER.match(items[0].text):
        items.pop(0)
    return items


def _continues(above: _Table, below: _Table) -> bool:
    """Whether a table opening a page goes on with the table closing the page before: the same
    columns, where they stood."""
    return len(above.columns) == len(below.columns) and all(
        abs(a - b) <= 3.0 for a, b in zip(above.columns, below.columns, strict=True)
    )


def _rest_of_row(rows: list[list[Cell]], first: list[Cell]) -> bool:
    """Whether the first row of a table's part on the next page is the rest of the row above,
    broken at the page's end: the table's rows are numbered in its first column (two at least),
    the row above has its number, this row has none but some text."""
    numbered = [r for r in rows if r and match_bare_number(r[0].text)]
    return (
        len(numbered) >= 2
        and bool(rows[-1]) and match_bare_number(rows[-1][0].text) is not None
        and bool(first) and not first[0].text.strip() and not first[0].spanned
        and any(c.text.strip() for c in first)
    )  # fmt: skip


def _join_pages(pages: list[list[_Line | _Table]]) -> list[_Line | _Table]:
    """The pages' items in one stream, a table continued on the next page joined to its first
    part (its header row, printed again on the next page, dropped; a row broken at the page's
    end joined again)."""
    body: list[_Line | _Table] = []
    for items in pages:
        if items and body and isinstance(items[0], _Table) and isinstance(body[-1], _Table):
            above, below = body[-1], items[0]
            if _continues(above, below):
                rows = below.rows
                if rows and [c.text for c in rows[0]] == [c.text for c in above.rows[0]]:
                    rows = rows[1:]
                if rows and _rest_of_row(above.rows, rows[0]):
                    last = above.rows[-1]
                    for k, cell in enumerate(rows[0]):
                        if cell.text and k < len(last):
                            last[k] = Cell(_joined(last[k].text, cell.text), last[k].spanned)
                    rows = rows[1:]
                above.rows.extend(rows)
                body.extend(items[1:])
                continue
        body.extend(items)
    return body


def _blocks(body: list[_Line | _Table]) -> list[Block]:
    """Rejoin lines that a PDF wrapped: a full-width line continues into an unindented one; a
    table is a block of its own, between the paragraphs before and after it."""
    lines = [it for it in body if isinstance(it, _Line)]
    out: list[Block] = []
    if not lines:
        return [Block("table", rows=it.rows) for it in body if isinstance(it, _Table)]
    x0s = sorted(ln.x0 for ln in lines)
    x1s = sorted(ln.x1 for ln in lines)
    left = x0s[len(x0s) // 10]
    right = x1s[int(len(x1s) * 0.9)]
    prev: _Line | None = None
    for ln in body:
        if isinstance(ln, _Table):
            out.append(Block("table", rows=ln.rows))
            prev = None
            continue
        joined = False
        if prev is not None and out and out[-1].kind == "para":
            same_size = abs(prev.size - ln.size) <= 0.15 * max(prev.size, ln.size)
            flush_left = ln.x0 <= left + 0.6 * ln.size
            full = prev.x1 >= right - 1.5 * prev.size
            body_line = prev.x0 <= left + 2.6 * prev.size and prev.x1 >= right - 8 * prev.size
            open_end = not _TERMINAL.search(prev.text)
            if same_size and flush_left and (full or (body_line and open_end)):
                out[-1].text += ln.text
                joined = True
        if not joined:
            out.append(Block("para", ln.text))
        prev = ln
    return out


def read_pdf(data: bytes) -> list[Block]:
    """Read a text-layer PDF; a PDF without text raises ParseError (probably a scan)."""
    try:
        import pdfplumber

        with pdfplumber.open(io.BytesIO(data)) as pdf:
            pages = [_page_items(page) for page in pdf.pages]
    except ParseError:
        raise
    except Exception as exc:  # noqa: BLE001 - pdfminer and pdfplumber raise many types
        raise ParseError(errors.PDF_BROKEN) from exc
    if not any(pages):
        raise ParseError(errors.PDF_NO_TEXT)
    return _blocks(_join_pages(pages))
