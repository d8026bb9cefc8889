"""Excel (.xlsx) reader: each sheet's rows as a table, merged cells as spans, title rows as text.

Task breakdowns travel between offices as workbooks (某某任务分解表.xlsx): a title row merged
across the sheet, a header row, group cells merged down the rows of their group. Each visible
sheet becomes its rows: the rows above the first row of two or more cells (the title, a 填报单位
line) and below the last one (注：…) are paragraphs, the rest one table whose merged cells are
copies marked ``spanned``, as the Word reader gives them. A date cell reads as an official
writes it (2024年6月30日), a whole number without its ``.0``.
"""

from __future__ import annotations

import io
from datetime import date, datetime

from gongkai.core.officezip import OfficeZipRefused, office_zip_check

from .. import errors
from ..errors import ParseError
from ..model import Block, Cell


def cell_text(value: object) -> str:
    """A cell's value as the sheet shows it to an official."""
    if value is None:
        return ""
    if isinstance(value, datetime | date):
        return f"{value.year}年{value.month}月{value.day}日"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _grid(sheet) -> list[list[Cell]]:
    """The sheet's cells row by row, a merged range's value copied into its other cells."""
    grid = [[Cell(cell_text(c.value)) for c in row] for row in sheet.iter_rows()]
    merged = [
        (m.min_row - 1, m.max_row, m.min_col - 1, m.max_col) for m in sheet.merged_cells.ranges
    ]
    return spread_merged(grid, merged)


def spread_merged(
    grid: list[list[Cell]], merged: list[tuple[int, int, int, int]]
) -> list[list[Cell]]:
    """The grid with each merged range's (first row, row after, first column, column after) value
    copied into its other cells as spans, rows and columns nobody wrote in left out."""
    for top, bottom, left, right in merged:
        if top >= len(grid) or left >= len(grid[top]):
            continue
        value = grid[top][left].text
        for r in range(top, min(bottom, len(grid))):
            for c in range(left, min(right, len(grid[r]))):
                if (r, c) != (top, left):
                    grid[r][c] = Cell(value, spanned=True)
    width = max((i + 1 for row in grid for i, c in enumerate(row) if c.text), default=0)
    return [row[:width] for row in grid if any(c.text for c in row)]


def _own(row: list[Cell]) -> int:
    return sum(1 for c in row if c.text and not c.spanned)


def _line(row: list[Cell]) -> Block:
    """A row of one cell (a title merged across the sheet) as the paragraph it prints."""
    return Block("para", " ".join(c.text for c in row if c.text and not c.spanned))


def grid_blocks(grid: list[list[Cell]]) -> list[Block]:
    """A sheet's grid as blocks: the rows above its first row of two cells or more and below its
    last as paragraphs, the rows between as one table."""
    rows = [k for k, row in enumerate(grid) if _own(row) >= 2]
    if not rows:
        return [_line(row) for row in grid]
    first, last = rows[0], rows[-1]
    return [
        *(_line(row) for row in grid[:first]),
        Block("table", rows=grid[first : last + 1]),
        *(_line(row) for row in grid[last + 1 :]),
    ]


def read_xlsx(data: bytes) -> list[Block]:
    """Read the visible sheets of a workbook, in order."""
    from openpyxl import load_workbook

    try:
        office_zip_check(data)
    except OfficeZipRefused as exc:
        raise ParseError(exc.message) from exc
    try:
        book = load_workbook(io.BytesIO(data), data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a file that is not a workbook
        raise ParseError(errors.NOT_XLSX) from exc
    blocks: list[Block] = []
    for sheet in book.worksheets:
        if sheet.sheet_state == "visible":
            blocks += grid_blocks(_grid(sheet))
    book.close()
    return blocks
