"""Tables whose row-number column stands in the middle, copied one cell per line without row ends.

A disclosure index reads ``序号 | 类别 | 公开事项 | 序号 | 评分指标 | 分值 | 责任部门``: the columns
before the second 序号 group the rows (``一`` / ``基本信息`` / ``(1)…``) and are written only in
the row that opens each group; the row number (1, 2, 3 …) is followed by the row's own cells, of
which the last ones may be left out when a cell above spans them (a unit cell over three rows).
"""

from __future__ import annotations

from .model import Cell
from .numbering import match_bare_number, match_marker
from .textgrid import is_number_cell

_SPANNING = ("units", "lead", "support", "deadline")


def _row_number(text: str, expected: int) -> bool:
    m = match_bare_number(text)
    return is_number_cell(text) and m is not None and m.style == "ar_dot" and m.value == expected


def _opens_group(text: str) -> bool:
    """A group cell: a Chinese numeral (一) or a cell opening with a bracketed or section number."""
    m = match_bare_number(text)
    if is_number_cell(text) and m is not None and m.style == "cn_dun":
        return True
    marker = match_marker(text)
    return marker is not None and marker.style in ("cn_dun", "cn_paren", "ar_paren")


def _row_cells(lead: list[str], number: str, own: list[str], col: int, width: int) -> list[str]:
    """The row's cells in place: the group cells end right before the number column, the own
    cells start right after it; the columns it lacks are None."""
    row: list[str | None] = [None] * width
    for k, text in enumerate(lead):
        row[col - len(lead) + k] = text
    row[col] = number
    for k, text in enumerate(own):
        row[col + 1 + k] = text
    return row  # type: ignore[return-value]


def middle_number_rows(
    cells: list[str], header: int, roles: list[str | None]
) -> list[list[Cell]] | None:
    """The grid of such a table (header first), or None when its last number column is not in the
    middle or the printed row numbers 1, 2 … do not cut the cells into rows that fit."""
    found = middle_number_table(cells, header, roles)
    return found[0] if found is not None else None


def middle_number_table(
    cells: list[str], header: int, roles: list[str | None]
) -> tuple[list[list[Cell]], int] | None:
    """The grid of such a table and the number of cells it takes (the cells after the last row's
    own cells are not the table's), or None as for middle_number_rows."""
    numbers = [j for j, r in enumerate(roles[:header]) if r == "number"]
    if not numbers or not 0 < numbers[-1] < header - 1:
        return None
    col, width = numbers[-1], header
    body = cells[header:]
    pos: list[int] = []
    for k, text in enumerate(body):
        if _row_number(text, len(pos) + 1):
            pos.append(k)
    if len(pos) < 2 or pos[0] > col:
        return None
    grid: list[list[Cell]] = [[Cell(c) for c in cells[:header]]]
    lead = body[: pos[0]]
    prev: list[str] = [""] * width
    for n, k in enumerate(pos):
        tail = body[k + 1 : pos[n + 1] if n + 1 < len(pos) else len(body)]
        own: list[str] = []
        for text in tail:
            if len(own) == width - col - 1 or _opens_group(text):
                break
            own.append(text)
        after = tail[len(own) :]
        if n + 1 < len(pos) and len(after) > col:
            return None  # more cells before the next number than group columns
        placed = _row_cells(lead, body[k], own, col, width)
        row: list[Cell] = []
        for j, text in enumerate(placed):
            if text is not None:
                row.append(Cell(text))
            elif (j < col or roles[j] in _SPANNING) and prev[j]:
                row.append(Cell(prev[j], spanned=True))  # a cell above spans this row
            else:
                row.append(Cell(""))
        grid.append(row)
        prev = [c.text for c in row]
        lead = after
        used = header + k + 1 + len(own)
    return grid, used
