"""Excel 97–2003 (.xls) reader: the workbooks WPS and older Excel still save, read with xlrd.

The sheets come out as the .xlsx reader gives them (title and note rows as text, the rows
between as a table, merged cells as spans, dates as officials write them).
"""

from __future__ import annotations

import xlrd

from .. import errors
from ..errors import ParseError
from ..model import Block, Cell
from .xlsx import cell_text, grid_blocks, spread_merged


def _value(book: xlrd.Book, cell: xlrd.sheet.Cell) -> str:
    if cell.ctype == xlrd.XL_CELL_DATE:
        try:
            return cell_text(xlrd.xldate_as_datetime(cell.value, book.datemode))
        except (ValueError, OverflowError, xlrd.xldate.XLDateError):
            return cell_text(cell.value)
    if cell.ctype == xlrd.XL_CELL_BOOLEAN:
        return "是" if cell.value else "否"
    if cell.ctype == xlrd.XL_CELL_ERROR:
        return ""
    return cell_text(cell.value)


def read_xls(data: bytes) -> list[Block]:
    """Read the visible sheets of an .xls workbook, in order."""
    try:
        book = xlrd.open_workbook(file_contents=data, formatting_info=True, on_demand=True)
    except Exception as exc:  # xlrd raises many kinds for a file that is not a workbook
        raise ParseError(errors.NOT_XLS) from exc
    blocks: list[Block] = []
    try:
        for k in range(book.nsheets):
            sheet = book.sheet_by_index(k)
            if sheet.visibility:  # 1 hidden, 2 very hidden
                continue
            grid = [[Cell(_value(book, c)) for c in sheet.row(r)] for r in range(sheet.nrows)]
            blocks += grid_blocks(spread_merged(grid, list(sheet.merged_cells)))
    except Exception as exc:  # a damaged sheet fails only when it is read
        raise ParseError(errors.NOT_XLS) from exc
    finally:
        book.release_resources()
    return blocks
