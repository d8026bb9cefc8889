"""A table one cell per line whose header names no 序号 column (工作任务 / 具体要求 / 责任单位 /
时限要求) while each row opens with a bare number on a line of its own (``1`` / ``公开…。`` /
``甲科`` / ``年底前``): the first column holds the row's number under the groups standing as rows
above it (``一、…`` / ``（一）…``), so the row runs from one number to the next."""

from __future__ import annotations

from .table_rows import section_marker
from .textgrid import bare_row_number, cell_kind


def opens_bare_row(text: str, expected: int) -> bool:
    """A cell holding only the row number ``expected`` (``1``, ``2``), no heading's number."""
    return bare_row_number(text) == expected


def bare_number_rows(lines: list[str], i: int, width: int) -> bool:
    """Whether the table's first row, after headings standing as rows, opens with a bare ``1``
    followed by a text cell: the rows are numbered in cells of their own."""
    while i < len(lines) and section_marker(lines[i]) is not None:
        i += 1
    if i + width > len(lines) or not opens_bare_row(lines[i], 1):
        return False
    text = lines[i + 1].strip()
    return len(text) > 8 and cell_kind(text) in ("long", "short")
