"""A table run on as text by a document-sharing site's copy of a PDF.

The copy keeps no line ends of the table: the header words (``序号 工作任务 具体要求 责任科室
完成时限``) follow the plan's title on its line and run on into the first row's text; each row
is its requirement text (closed by ``。``), its unit cell and its time cell set apart by spaces
only (``…公布。甲科牵头,乙科配合 6 月底前加强…``); the header is printed again where the
table goes on to a new page; the site's own page numbers (``1、``, ``2、``, ``3、``) open its
lines, in the middle of a word.

The 序号 and 工作任务 cells span rows and are printed in the middle of their span, as a bare
number and the group's heading run on with the next row's text (``…乙科配合 1 组织保障健全…``).
A group holds the rows printed before its number back to half-way from the number before it
(the odd row goes to the later group), and the rows after it up to the next; rows printed at the
top of a new page before a group's number go on with the group open where the page broke (a
spanning cell prints its text on the page where it starts).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .brackets import outside_brackets
from .fold import fold
from .model import Cell
from .textgrid import cell_kind

_PAGE_NUMBER = re.compile(r"^(\d{1,3})、")
# a header word: a column name, with a note in brackets (责任科室(单位))
_HEADER_END = re.compile(
    r"^.{0,6}?(?:序号|编号|任务|要求|内容|措施|事项|单位|部门|科室|处室|股室|时限|时间|期限|备注)"
    r"(?:[(（][^)）]{1,8}[)）])?"
)
_TIME_HEAD = re.compile(
    r"^(?:\d{1,2}\s*月\s*(?:\d{1,2}\s*日|底|末|中旬|上旬|下旬)?\s*(?:前|之前)|年底前|"
    r"长期坚持|长期推进|持续推进)"
)
_GROUP_HEAD = re.compile(r"^(\d{1,2})\s+(?=\S)")
_SUB_NUMBER = re.compile(r"[(（](\d{1,2})[)）]")


def join_page_numbers(lines: list[str], i: int) -> tuple[str, int] | None:
    """Lines from ``i`` each opening with the sharing site's next page number (1、 2、 3、…), the
    ones after the first going on in the middle of a word: their text joined without the page
    numbers, and the index after them."""
    m = _PAGE_NUMBER.match(lines[i])
    if m is None:
        return None
    page, parts, j = int(m.group(1)), [lines[i][m.end() :]], i + 1
    while j < len(lines):
        n = _PAGE_NUMBER.match(lines[j])
        if n is None or int(n.group(1)) != page + 1:
            break
        page += 1
        parts.append(lines[j][n.end() :])
        j += 1
    return "".join(parts), j


Roles = Callable[[str], "str | None"]


def _inline_header(text: str, column_role: Roles) -> tuple[int, int, list[str]] | None:
    """A header row run on inside ``text``: where it starts and ends, and its words. It opens
    with 序号 and names a unit column and a text column, three words at least, set apart by
    spaces; the last word runs on into the first cell. Read on the folded shadow of the text
    (序號 as 序号), the words as written."""
    shadow = fold(text)
    for m in re.finditer(r"(?:序号|编号)\s+", shadow):
        words, pos = [text[m.start() : m.end()].strip()], m.end()
        while pos < len(text):
            space = text.find(" ", pos)
            token = text[pos : space if space >= 0 else len(text)]
            if space >= 0 and column_role(token):
                words.append(token)
                pos = space + 1
                continue
            head = _HEADER_END.match(shadow[pos : pos + len(token)])
            if head is not None and column_role(token[: head.end()]) and head.end() < len(token):
                words.append(token[: head.end()])
                pos += head.end()
            break
        roles = {column_role(w) for w in words}
        if len(words) >= 3 and roles & {"units", "lead"} and roles & {"content", "title"}:
            return m.start(), pos, words
    return None


def _cells_after_text(body: str, pos: int) -> tuple[str, str, int] | None:
    """The unit cell and the time cell (or ``""``) after a requirement closed at ``pos``, and
    where the next row starts; None when no unit cell follows."""
    rest = body[pos:]
    lead = len(rest) - len(rest.lstrip())
    rest = rest.lstrip()
    space = rest.find(" ")
    units = rest if space < 0 else rest[:space]
    if not units or cell_kind(units) != "units" or _GROUP_HEAD.match(units):
        return None
    after = pos + lead + len(units)
    tail = body[after:].lstrip()
    time = _TIME_HEAD.match(tail) if space >= 0 else None
    if time is not None:
        return units, time.group(0), len(body) - len(tail) + time.end()
    return units, "", after  # no time cell (the row's lies above it), or the copy ends


def _row_end(body: str, start: int) -> tuple[int, tuple[str, str, int]] | None:
    """The first 。 from ``start`` outside brackets that closes a row's text (the row's cells
    follow it), with the cells; None when no row closes after ``start``."""
    for k, ch in outside_brackets(body[start:]):
        if ch == "。" and (cells := _cells_after_text(body, start + k + 1)) is not None:
            return start + k, cells
    return None


def _rows(body: str) -> list[tuple[str, str, str]] | None:
    """The rows (text, units, time) of a run-on body; a group number opening a text stays at
    its head. None when fewer than two rows close with a unit cell."""
    rows: list[tuple[str, str, str]] = []
    start = 0
    while (found := _row_end(body, start)) is not None:
        stop, (units, time, after) = found
        rows.append((body[start : stop + 1].strip(), units, time))
        start = after
    if body[start:].strip():
        rows.append((body[start:].strip(), "", ""))
    return rows if sum(1 for r in rows if r[1]) >= 2 else None


def _sub_items(text: str) -> str:
    """Numbers (1)…(n) run on inside a cell, from 1 in order: each on a line of its own."""
    marks = []
    for m in _SUB_NUMBER.finditer(text):
        if int(m.group(1)) == len(marks) + 1:
            marks.append(m.start())
    if len(marks) < 2:
        return text
    ends = [*marks[1:], len(text)]
    parts = [text[: marks[0]], *(text[a:b] for a, b in zip(marks, ends, strict=False))]
    return "\n".join(p.strip() for p in parts if p.strip())


def runon_table(
    lines: list[str], i: int, column_role: Roles
) -> tuple[str, list[list[Cell]], int] | None:
    """The text before the table (the title), the grid and the index after the lines read, for
    a run-on table copied from a document-sharing site starting at line ``i``."""
    joined = join_page_numbers(lines, i)
    if joined is None:
        return None
    text, end = joined
    found = _inline_header(text, column_role)
    if found is None:
        return None
    h_start, h_end, words = found
    header_pattern = r"\s*".join(re.escape(w) for w in words)
    pieces = re.split(header_pattern, text[h_end:])
    # rows of each page, then group numbers and page breaks by row position
    rows: list[tuple[str, str, str]] = []
    breaks: list[int] = []
    for n, piece in enumerate(pieces):
        got = _rows(piece) if piece.strip() else []
        if got is None:
            got = [(piece.strip(), "", "")]
        if n:
            breaks.append(len(rows))
        rows.extend(got)
    if sum(1 for r in rows if r[1]) < 2:
        return None
    labels: list[tuple[int, str]] = []  # (row position, number)
    texts: list[str] = []
    for k, (t, _, _) in enumerate(rows):
        m = _GROUP_HEAD.match(t)
        if m is not None:
            labels.append((k, m.group(1)))
            t = t[m.end() :]
        texts.append(t)
    if not labels:
        return None
    if [int(n) for _, n in labels] != list(range(1, len(labels) + 1)):
        return None
    group = [0] * len(rows)
    for n, (pos, _) in enumerate(labels):
        nxt = labels[n + 1][0] if n + 1 < len(labels) else len(rows)
        for k in range(pos, nxt):
            group[k] = n
        # the rows between this number and the next, on one page: those after half-way are
        # the next group's (the odd one too), the row the number opens is this one's
        if n + 1 < len(labels) and not any(pos < b <= nxt for b in breaks):
            for k in range(pos + max(1, (nxt - pos) // 2), nxt):
                group[k] = n + 1
    roles = [column_role(w) for w in words]
    place = _columns(roles)
    if place is None:
        return None
    grid: list[list[Cell]] = [[Cell(w) for w in words]]
    timed = [k for k, r in enumerate(rows) if r[2]]
    for k, (_, units, time) in enumerate(rows):
        first = k == 0 or group[k - 1] != group[k]
        title, content = "", texts[k]
        sub = _sub_items(content)
        if "\n" in sub and not _SUB_NUMBER.match(sub):
            title, content = sub.split("\n", 1)  # the group's heading before (1)
        elif "\n" in sub:
            content = sub
        time_cell = Cell(time)
        above = grid[-1][place[4]].text if place[4] >= 0 else ""
        if not time and units and timed and timed[0] < k < timed[-1] and above:
            # a row without a time cell between rows with one lies under the time cell above
            time_cell = Cell(above, spanned=True)
        row = [Cell("") for _ in words]
        cells = [Cell(labels[group[k]][1], spanned=not first), Cell(title), Cell(content)]
        for j, cell in zip(place, [*cells, Cell(units), time_cell], strict=True):
            if j >= 0:
                row[j] = Cell(f"{row[j].text}\n{cell.text}") if row[j].text else cell
        grid.append(row)
    return text[:h_start].strip(), grid, end


def _columns(roles: list[str | None]) -> list[int] | None:
    """Where the number, title, text, unit and time cells go among the header's columns (-1 for
    none): the number first, the text column required; a missing title column joins the text."""
    texts = [j for j, r in enumerate(roles) if r in ("title", "content")]
    units = [j for j, r in enumerate(roles) if r in ("units", "lead")]
    times = [j for j, r in enumerate(roles) if r == "deadline"]
    if roles[0] != "number" or not texts or not units:
        return None
    title = texts[0] if len(texts) >= 2 else texts[-1]
    return [0, title, texts[-1], units[0], times[0] if times else -1]
