"""A table copied one cell per line with a '|' line between cells and no row ends (the copy
kept no mark where a row ends): the stream of cells cut into rows by the header's width and the
numbering.

A row holds as many cells as the header, opening with its number: in a 序号 cell, or at the head
of its task cell (``1.…``) when there is no 序号 column. The numbers run on through the table or
start again after each group. A group (``一、…`` ``（一）…``, numbered 一, 二, 三 …) stands as a
row of its own, or, when the header has a group column before the task column (two text
columns: 主要任务 | 工作内容), is printed on its group's first row only: that row holds every
column, the group's later rows one cell fewer (numbered in the task cell, the group's cell
before its first row's number reads as a row of its own, which comes to the same). The reading
holds only when every cell falls in a row so, each row opening with the number next after the
row above's (or 1 after a group).
"""

from __future__ import annotations

from .columns import header_roles
from .numbering import match_bare_number, match_marker
from .table_rows import section_marker
from .textgrid import cell_kind, is_number_cell

_DATA = ("deadline", "units", "lead", "support")
_TEXT = ("title", "content")


def _group_number(text: str) -> int | None:
    """The number of a group cell (一、… （一）…), a short heading, not a 序号 cell (一)."""
    if is_number_cell(text) or cell_kind(text) not in ("heading", "short"):
        return None
    m = section_marker(text)
    return m.value if m is not None else None


def _row_number(text: str, in_cell: bool) -> int | None:
    """The row's number: a 序号 cell (3), or the number opening its task cell (3.…)."""
    if not in_cell:
        m = match_bare_number(text) if is_number_cell(text) else None
    else:
        m = match_marker(text.strip())
    return m.value if m is not None and m.style == "ar_dot" else None


def rows_by_numbering(cells: list[str], width: int) -> list[list[str]] | None:
    """The rows of a stream of cells whose first ``width`` cells are the header (the header
    first, a group standing alone as a row of one cell), or None when the stream does not read
    so to its end."""
    roles = header_roles(cells[:width])
    if width < 3 or len(cells) <= width:
        return None
    in_cell = roles[0] != "number"
    texts = [j for j, r in enumerate(roles) if r in _TEXT]
    if not texts or not any(r in _DATA for r in roles):
        return None
    # a group column: the first of two text columns side by side
    group_col = texts[0] if len(texts) >= 2 and texts[1] == texts[0] + 1 else None
    task_col = texts[1] if group_col is not None else texts[0]
    if task_col != (0 if in_cell else 1) + (1 if group_col is not None else 0):
        return None  # the number opens the row, the task (and the group) right after it
    body = cells[width:]
    rows: list[list[str]] = [cells[:width]]
    expected, group, restart, k, numbered = 1, 1, True, 0, 0
    while k < len(body):
        g = _group_number(body[k])
        if g is not None:
            # a group standing as a row of its own; or the cell of a group column before a
            # row numbered in its task cell: read as a row too, the group's rows under it
            if g != group:
                return None
            rows.append([body[k]])
            group, restart, k = group + 1, True, k + 1
            continue
        # with a 序号 column, the group column's cell follows the number of its first row
        with_group = (
            not in_cell
            and group_col is not None
            and k + 1 < len(body)
            and _group_number(body[k + 1]) == group
        )
        restart = restart or with_group  # a group's first row: its number may start again
        n = width if with_group or group_col is None else width - 1
        row = body[k : k + n]
        number = _row_number(row[0], in_cell) if row else None
        if len(row) < n or number not in (expected, 1 if restart else expected):
            return None
        rows.append(row)
        group += 1 if with_group else 0
        expected, restart, k, numbered = number + 1, False, k + n, numbered + 1
    return rows if numbered >= 2 else None
