"""A table of two columns flattened one cell per line, a task column and a units column
(工作任务 / 责任单位): its rows alternate a text cell and a unit cell (县甲局, 县乙局、县丙办), the
unit cell known by how unit names end. A section heading (一、…, and under it (一)…) may stand as
a row of its own. A row may open with its number on a line of its own (``1`` / text / unit), the
number column's header left blank in the copy: the rows then get a number column (序号) in front.
The table ends at the first text line not followed by a unit cell."""

from __future__ import annotations

from .columns import UNIT_ROLES, column_role
from .model import Cell
from .table_rows import section_marker
from .textgrid import cell_kind

_TEXT_ROLES = ("title", "content")


def _text_cell(line: str) -> bool:
    return cell_kind(line) not in ("units", "empty", "time", "num") and column_role(line) is None


def _heading_row(lines: list[str], j: int) -> bool:
    """A short numbered heading (一、…) standing as a row: the line after it opens a row, or is
    a heading of the next level (一、… / (一)…) opening one."""
    text = lines[j].strip()
    if section_marker(text) is None or len(text) > 40 or j + 2 >= len(lines):
        return False
    if _numbered_row(lines, j + 1):
        return True
    if _text_cell(lines[j + 1]) and cell_kind(lines[j + 2]) == "units":
        return True
    nxt = lines[j + 1].strip()
    return section_marker(nxt) is not None and len(nxt) <= 40 and _numbered_row(lines, j + 2)


def _numbered_row(lines: list[str], j: int) -> bool:
    """A row number on a line of its own (1), then a text cell and a unit cell."""
    return (
        j + 2 < len(lines)
        and cell_kind(lines[j]) == "num"
        and _text_cell(lines[j + 1])
        and cell_kind(lines[j + 2]) == "units"
    )


def two_column_table(lines: list[str], i: int) -> tuple[list[list[Cell]], int] | None:
    """The header at line ``i`` (a text column, then a units column, and no third column
    header), then rows of a text cell and a unit cell; two rows at least."""
    if i + 3 >= len(lines):
        return None
    if column_role(lines[i]) not in _TEXT_ROLES or column_role(lines[i + 1]) not in UNIT_ROLES:
        return None
    if column_role(lines[i + 2]) is not None:
        return None  # a third header cell: another reader's table
    grid: list[list[Cell]] = [[Cell(lines[i]), Cell(lines[i + 1])]]
    j, rows, numbered = i + 2, 0, 0
    while j + 1 < len(lines):
        if _numbered_row(lines, j):
            grid.append([Cell(lines[j]), Cell(lines[j + 1]), Cell(lines[j + 2])])
            j, rows, numbered = j + 3, rows + 1, numbered + 1
            continue
        if _heading_row(lines, j) and not (
            _text_cell(lines[j]) and cell_kind(lines[j + 1]) == "units"
        ):
            grid.append([Cell(lines[j]), Cell("")])
            j += 1
            continue
        if not _text_cell(lines[j]) or cell_kind(lines[j + 1]) != "units":
            break
        grid.append([Cell(lines[j]), Cell(lines[j + 1])])
        j, rows = j + 2, rows + 1
    while len(grid) > 1 and not grid[-1][1].text:  # a heading after the last row is text
        grid.pop()
        j -= 1
    if numbered:  # a number column in front, its header left blank in the copy
        # a heading row keeps its heading in the first cell; a row without a number moves right
        head = [[Cell("序号"), *grid[0]]]
        grid = head + [
            r if len(r) == 3 else [*r, Cell("")] if not r[1].text else [Cell(""), *r]
            for r in grid[1:]
        ]
    return (grid, j) if rows >= 2 else None
