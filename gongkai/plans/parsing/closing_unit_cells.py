"""A task table flattened one cell per line whose rows hold varying numbers of cells and close
with their unit cells.

The header's cells, some broken over two lines (``牵头`` / ``部门``), end with two or more unit
columns (牵头部门 | 配合部门 | 实施主体). Before them stand a group column, a direction column and a
task column, each numbered in its own style (``（一）…``, ``1、…``, ``（1）…``), and columns of
plans whose cells the copy may break into several lines. So the rows cannot be cut by the header's
width: each row opens with its task cell and runs to the next numbered cell; the unit lines
closing it are its unit cells, read from the end (the last is the last unit column's; more lines
than unit columns are the first unit column's cell over several lines). A row printing no unit
cell lies under the cells of the row above, which span it. Group and direction cells are rows
of their own, sections over the rows (a group number alone on its line takes the line after it
as its title).
"""

from __future__ import annotations

from .columns import UNIT_ROLES, column_role
from .model import Cell
from .numbering import Marker, match_marker
from .textgrid import cell_kind

_HEADER_MAX = 16  # lines of a header, its broken cells counted once for each line
_BROKEN_PART = 2  # the longest part of a header cell broken over two lines (牵头 / 部门)


def _header(lines: list[str], i: int) -> tuple[list[str], int] | None:
    """The header cells from line ``i``, broken cells joined, and the line after them."""
    cells: list[str] = []
    j = i
    while j < len(lines) and j - i < _HEADER_MAX:
        text = lines[j].strip()
        if not text or len(text) > 16 or match_marker(text) is not None or text[-1] in "。；;，,":
            break
        nxt = lines[j + 1].strip() if j + 1 < len(lines) else ""
        if (
            len(text) <= _BROKEN_PART
            and 0 < len(nxt) <= _BROKEN_PART
            and column_role(text + nxt) is not None
            and match_marker(nxt) is None
        ):
            cells.append(text + nxt)
            j += 2
            continue
        cells.append(text)
        j += 1
    return (cells, j) if cells else None


def _closing_units(cells: list[str]) -> int:
    """How many of a row's last cells read as unit lists."""
    n = 0
    while n < len(cells) - 1 and cell_kind(cells[len(cells) - 1 - n]) == "units":
        n += 1
    return n


def closing_unit_cell_rows(lines: list[str], i: int) -> tuple[list[list[Cell]], int] | None:
    """The table whose header starts at line ``i`` (see the module's docstring): the grid of a
    header (task | plans | unit columns) and its rows, group and direction cells as rows of
    their own, and the line after the table; None when the lines do not read so."""
    found = _header(lines, i)
    if found is None:
        return None
    header, j = found
    roles = [column_role(c) for c in header]
    units = 0
    while units < len(roles) and roles[len(roles) - 1 - units] in UNIT_ROLES:
        units += 1
    text_cols = [k for k, r in enumerate(roles[: len(roles) - units]) if r in ("title", "content")]
    if units < 2 or len(header) - units < 3 or len(text_cols) < 2:
        return None
    if {"number", "deadline"} & set(roles):  # cells of their own a row's width would place
        return None
    # the styles of the group, direction and task numbers, as the first numbered lines show them
    styles: list[str] = []
    k = j
    while k < len(lines) and len(styles) < 3:
        m = match_marker(lines[k].strip())
        if m is None or m.value != 1 or m.style in styles:
            break
        styles.append(m.style)
        k += 1 if lines[k].strip()[m.end :] else 2
    if len(styles) < 2:
        return None
    task_style = styles[-1]
    width = 2 + units
    task_head = next((header[c] for c in text_cols if roles[c] == "title"), header[text_cols[0]])
    plans_head = next(header[c] for c in text_cols if header[c] != task_head)
    grid = [[Cell(task_head), Cell(plans_head), *(Cell(c) for c in header[-units:])]]
    expected = {s: 1 for s in styles}
    above: list[str] = []
    rows = closed = 0
    row: list[str] | None = None
    start = j  # the line of the row's task cell

    def close_row() -> None:
        nonlocal above, closed
        if row is None:
            return
        n = _closing_units(row)
        task, plans = row[0], row[1 : len(row) - n]
        if n:
            closed += 1
            cells = row[len(row) - n :]
            if n > units:  # the first unit column's cell over several lines
                cells = ["、".join(cells[: n - units + 1]), *cells[n - units + 1 :]]
            above = [""] * (units - len(cells)) + cells
            grid.append([Cell(task), Cell("\n".join(plans)), *(Cell(c) for c in above)])
        else:
            grid.append(
                [Cell(task), Cell("\n".join(plans)), *(Cell(c, spanned=True) for c in above)]
            )

    while j < len(lines):
        text = lines[j].strip()
        m: Marker | None = match_marker(text)
        # numbers run on through the table, or start again at 1 (under each group)
        if m is not None and m.style in expected and m.value in (expected[m.style], 1):
            close_row()
            row, start = None, j
            expected[m.style] = m.value + 1
            if m.style == task_style:
                row = [text]
                rows += 1
                j += 1
                continue
            if not text[m.end :].strip() and j + 1 < len(lines):  # （一） / its title
                text += lines[j + 1].strip()
                j += 1
            grid.append([Cell(text)] * width)
            j += 1
            continue
        if row is None or (m is not None and m.style in expected):
            break
        row.append(text)
        j += 1
    if row is not None and not _closing_units(row):
        # the last row: it ends with its unit cells, the lines after them are the text's
        last = max((k for k, c in enumerate(row) if k and cell_kind(c) == "units"), default=0)
        if last:
            j, row = start + last + 1, row[: last + 1]
    close_row()
    if rows < 2 or closed * 2 < rows:
        return None
    return grid, j
