"""A table copied from a web page one cell per line, each row opened by a '|' line and each cell
closed by a '|' line, or by a bar kept on the cell's last line (``各部门 |``); an empty cell is
a '|' line right after the one that closed the cell before it. A title spanning the table may
stand first as a row of its own, ended by a line of bars only (``||||``).

A '|' line after a closed cell opens the next row when the line after it is the next row number
(1 under the header) closed by its bar; otherwise it is an empty cell. The reading holds only
when the header names at least two known columns, at least two rows follow, and every row but
the last (which the copy may cut short) has the header's count of cells."""

from __future__ import annotations

from .bar_closed_cells import BARS, closed_cell
from .numbering import match_bare_number

_CELL_LINES = 12  # the most lines a cell broken by line breaks is taken to run over


def _bar(line: str) -> bool:
    return line.strip() in BARS and bool(line.strip())


def bar_run(line: str) -> bool:
    """A line of two or more bars and nothing else (``||||``)."""
    text = line.replace(" ", "")
    return len(text) >= 2 and not text.strip(BARS)


def _cell(lines: list[str], i: int) -> tuple[str, int] | None:
    """The text of a cell of one or more lines from ``i`` and the index after its closing bar;
    at the document's end, the lines up to it. None when no bar closes it within a few lines."""
    for j in range(i, min(len(lines), i + _CELL_LINES)):
        line = lines[j]
        if _bar(line):
            return ("\n".join(ln.strip() for ln in lines[i:j]), j + 1) if j > i else None
        if bar_run(line) or any(b in line for b in BARS):
            text = closed_cell(line)  # ``text |``: the cell's last line
            if text is None:
                return None
            return "\n".join([*(ln.strip() for ln in lines[i:j]), text]), j + 1
    if i + _CELL_LINES >= len(lines) and i < len(lines):
        return "\n".join(ln.strip() for ln in lines[i:]), len(lines)
    return None


def _opens_row(lines: list[str], i: int, number: int) -> bool:
    """Line ``i`` is a '|' opening the row numbered ``number``: the next line is that number,
    closed by its bar."""
    if not _bar(lines[i]) or i + 1 >= len(lines):
        return False
    found = _cell(lines, i + 1)
    m = match_bare_number(found[0]) if found is not None else None
    return m is not None and m.value == number and len(found[0]) <= 4


def bar_opened_rows(lines: list[str], start: int) -> tuple[list[str], list[list[str]], int] | None:
    """The title lines (possibly none), the rows (the header first) read from ``start``, and the
    index after the last row read; None when the lines do not read so."""
    if start >= len(lines) or not _bar(lines[start]):
        return None
    i = start + 1
    title: list[str] = []
    found = _cell(lines, i)
    if found is not None and found[1] < len(lines) and bar_run(lines[found[1]]):
        title = found[0].split("\n")  # a title row spanning the table, ended by ``||||``
        i = found[1] + 1
        if i >= len(lines) or not _bar(lines[i]):
            return None
        i += 1
    rows: list[list[str]] = []
    row: list[str] = []
    while i < len(lines):
        if _bar(lines[i]):
            if _opens_row(lines, i, len(rows) + 1):  # row 1 after the header, and so on
                rows.append(row)
                row = []
            else:
                row.append("")
            i += 1
            continue
        found = _cell(lines, i)
        if found is None:
            break
        row.append(found[0])
        i = found[1]
    if row:
        rows.append(row)
    width = len(rows[0]) if rows else 0
    if len(rows) < 3 or width < 3 or any(len(r) != width for r in rows[1:-1]):
        return None
    if not 2 <= len(rows[-1]) <= width:
        return None
    return title, rows, i
