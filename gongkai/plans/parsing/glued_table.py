"""A task table whose copy lost every break between its cells, spaces too: a document-sharing
site's text of a table, one run of characters.

The header's words follow one another with nothing between them (``序号工作任务责任单位备注``) and
run on into the first row's number; each row is its number, its text cells each closed by ``。``
(or ``；``), its unit cell and, where the header has a time column after it, its time cell, then
the next row's number (``…公布。甲局、乙局2乙局…`` is ``甲局、乙局`` and row 2). A row's number is
the next in order where the words since the last ``。`` read as a unit cell (``…2024年3月底前…``
holds no row number). The table is read into a grid, one text cell per row (the text columns
after the first stay empty)."""

from __future__ import annotations

import re
from collections.abc import Callable

from .fold import fold
from .model import Cell
from .runon_table import join_page_numbers
from .textgrid import cell_kind
from .units import FEDERATION, split_top_level

Roles = Callable[[str], "str | None"]

# a header word ends with a column's word, a note in brackets after it; of the words a run may
# be cut into (目标任务 or 目标 | 任务), the one nearest a header word's usual four characters
_WORD_END = re.compile(
    r"(?:序号|编号|任务|名称|要求|内容|措施|事项|单位|部门|科室|处室|股室|时限|时间|期限|备注|目标)"
    r"(?:[(（][^)）]{1,8}[)）])?"
)
_WORD_SIZE, _WORD_MAX = 4, 8
_HEADER_START = re.compile(r"(?:序号|编号)(?=[\u3400-\u9fff])")
_CLOSE = "。；;"
_MIN_ROWS = 2
_NAME = 20  # a unit's name in a list: short


def _header(text: str, start: int, column_role: Roles) -> tuple[list[str], int] | None:
    """The glued header's words from ``start`` (at 序号) up to the first row's ``1``."""
    shadow = fold(text)
    words, pos = [text[start : start + 2]], start + 2
    while pos < len(text) and not shadow[pos].isdigit():
        window = shadow[pos : pos + _WORD_MAX + 10]
        ends = [
            pos + e.end()
            for e in _WORD_END.finditer(window)
            if e.start() <= _WORD_MAX - 2 and column_role(text[pos : pos + e.end()])
        ]
        if not ends:
            return None
        end = min(ends, key=lambda e: (abs(e - pos - _WORD_SIZE), e))
        words.append(text[pos:end])
        pos = end
    roles = {column_role(w) for w in words}
    if len(words) < 3 or not roles & {"units", "lead"} or not roles & {"content", "title"}:
        return None
    if not re.match(r"1(?!\d)", shadow[pos:]):
        return None
    return words, pos


def _unit_cell(segment: str, timed: bool) -> tuple[str, str] | None:
    """The unit cell and time cell of the words after a row's last text cell, or None. With a
    time column, the time cell is the longest tail reading as a time limit after names."""
    if timed:
        for at in range(1, len(segment)):
            if cell_kind(segment[at:]) == "time" and _reads_as_units(segment[:at]):
                return segment[:at], segment[at:]
    if not segment or not _reads_as_units(segment):
        return None
    return segment, ""


def _reads_as_units(segment: str) -> bool:
    """A unit cell: names all read as units, or a list of short names most of which do (a
    federation, 市妇联 or 区工商联, among them; a name the unit endings do not know)."""
    if cell_kind(segment) == "units":
        return True
    pieces = [p for p in split_top_level(fold(segment), "、,;，；") if p]
    if len(pieces) < 2 or any(len(p) > _NAME for p in pieces) or "。" in segment:
        return False
    named = sum(1 for p in pieces if cell_kind(p) == "units" or FEDERATION.search(p))
    return named * 4 >= len(pieces) * 3


def _rows(body: str, timed: bool) -> list[tuple[str, str, str, str]]:
    """The rows (number, text, units, time) of the body after the header."""
    rows: list[tuple[str, str, str, str]] = []
    number, start = 1, len("1")
    k = start
    while k < len(body):
        nxt = str(number + 1)
        at = body.find(nxt, k)
        if at < 0:
            break
        after = body[at + len(nxt) : at + len(nxt) + 1]
        close = max(body.rfind(c, start, at) for c in _CLOSE)
        if (
            close >= 0
            and not body[at - 1].isdigit()
            and re.match(r"[\u3400-\u9fff]", after)
            and (cells := _unit_cell(body[close + 1 : at], timed)) is not None
        ):
            rows.append((str(number), body[start : close + 1], *cells))
            number, start = number + 1, at + len(nxt)
        k = at + len(nxt)
    # the last row: its cells where the copy holds them whole, else its text alone
    close = max(body.rfind(c, start) for c in _CLOSE)
    cells = _unit_cell(body[close + 1 :].strip(), timed) if close >= 0 else None
    if cells is not None:
        rows.append((str(number), body[start : close + 1], *cells))
    else:
        rows.append((str(number), body[start:], "", ""))
    return rows


def glued_table(
    lines: list[str], i: int, column_role: Roles
) -> tuple[str, list[list[Cell]], int] | None:
    """The text before the table (its title), the grid and the index after the lines read, for
    a table glued into one run (see above) starting at line ``i``."""
    joined = join_page_numbers(lines, i)
    text, end = joined if joined is not None else (lines[i], i + 1)
    m = _HEADER_START.search(fold(text))
    if m is None:
        return None
    found = _header(text, m.start(), column_role)
    if found is None:
        return None
    words, pos = found
    roles = [column_role(w) for w in words]
    if roles[0] != "number":
        return None
    units = next(j for j, r in enumerate(roles) if r in ("units", "lead"))
    texts = [j for j, r in enumerate(roles) if r in ("content", "title") and j < units]
    times = [j for j, r in enumerate(roles) if r == "deadline" and j > units]
    if not texts or any(r == "deadline" for r in roles[:units]):
        return None
    rows = _rows(text[pos:], bool(times))
    if sum(1 for r in rows if r[2]) < _MIN_ROWS:
        return None
    grid = [[Cell(w) for w in words]]
    for number, body, unit_cell, time in rows:
        row = [Cell("") for _ in words]
        row[0], row[texts[0]], row[units] = Cell(number), Cell(body.strip()), Cell(unit_cell)
        if times:
            row[times[0]] = Cell(time)
        grid.append(row)
    return text[: m.start()].strip(), grid, end
