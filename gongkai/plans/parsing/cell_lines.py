"""Cells of a row of a table flattened one cell per line beyond the header's count: numbered
lines of one text cell the copy broke apart (``1.…；`` / ``2.…；`` / ``3.…。``), and a row whose
text and unit cells repeat (a requirement and its units, then the next requirement and its
units) under one number and task."""

from __future__ import annotations

from .columns import UNIT_ROLES
from .table_rows import numbered_lines
from .textgrid import cell_kind


def join_numbered_run(cells: list[str], lead: int) -> list[str]:
    """The row's cells with a run of numbered lines from 1 (two or more) joined into one text
    cell, when that leaves exactly ``lead`` cells; else the cells as they are."""
    for start in range(len(cells) - 1):
        end = start + 2
        if not numbered_lines("\n".join(cells[start:end])):
            continue
        while end < len(cells) and numbered_lines("\n".join(cells[start : end + 1])):
            end += 1
        joined = [*cells[:start], "\n".join(cells[start:end]), *cells[end:]]
        if len(joined) == lead:
            return joined
    return cells


def more_text_unit_pairs(cells: list[str], keep: int, roles: list[str | None]) -> int:
    """In the last row of a table whose last two columns are a text and a unit column
    (有关要求 | 责任单位), the cells after its first ``keep`` that go on as whole pairs of a
    text cell and a unit cell: their count (the lines after them are text after the table)."""
    if len(roles) < 3 or roles[-2] != "content" or roles[-1] not in UNIT_ROLES:
        return 0
    if keep < 2 or cell_kind(cells[keep - 1]) != "units":
        return 0
    more = 0
    while keep + more + 1 < len(cells):
        text, units = cells[keep + more], cells[keep + more + 1]
        if cell_kind(text) != "long" or cell_kind(units) != "units":
            break
        more += 2
    return more
