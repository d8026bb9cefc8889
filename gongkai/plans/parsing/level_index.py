"""Index tables of levels (一级指标 … 五级指标 / 责任科室) copied one cell per line.

The header names two or more levels of indicator and then the responsible offices. The level
cells above the deepest are unnumbered group cells (no path elements), printed only where their
group opens, or again after a page break; each cell of the deepest level is a row, followed by
its unit cell (one name, or names on lines of their own). The copy lost the row ends, so a row
is read as: the cells before a run of unit names, of which the last is the indicator. Level
cells carry a score whose closing bracket may be lost (``养老服务(2``); an indicator whose text
broke over lines ends with its score, the pieces before it carrying none.
"""

from __future__ import annotations

import re

from .model import Cell
from .textgrid import cell_kind

_LEVEL_HEADER = re.compile(r"^[一二三四五六七八九十]级指标$")
_UNIT_HEADER = re.compile(r"^(?:责任|牵头)(?:科室|单位|部门|处室|股室)")
# a score closing a level cell: (0.5 (2) （10）, its closing bracket kept or lost
_SCORE_END = re.compile(r"[(（]\d{1,3}(?:\.\d{1,2})?[)）]?$")
_NUMBER = re.compile(r"^\d{1,3}$")


def _indicator(cells: list[str]) -> str:
    """The deepest level's cell among the cells before a row's units: the last one, joined with
    the piece before it when that piece carries no score and the last one does (a text broken
    over lines; group cells printed again after a page break may carry none, so only one piece
    is taken)."""
    if (
        len(cells) >= 2
        and _SCORE_END.search(cells[-1])
        and not _SCORE_END.search(cells[-2])
        and not _NUMBER.match(cells[-2])
    ):
        return cells[-2] + cells[-1]
    return cells[-1]


def level_index_table(lines: list[str], i: int) -> tuple[list[list[Cell]], int] | None:
    """Read such a table from its header at line ``i``: the grid (header first, one column for
    the indicator and one for its units) and the line after it, or None."""
    n = 0
    while i + n < len(lines) and _LEVEL_HEADER.match(re.sub(r"\s+", "", lines[i + n])):
        n += 1
    if n < 2 or i + n >= len(lines) or not _UNIT_HEADER.match(lines[i + n].strip()):
        return None
    # the deepest level's column holds the rows' text
    grid: list[list[Cell]] = [[Cell("指标内容"), Cell(lines[i + n].strip())]]
    pending: list[str] = []
    units: list[str] = []
    k = i + n + 1
    while k < len(lines):
        text = lines[k].strip()
        if "|" in text or "｜" in text:
            break
        if pending and cell_kind(text) == "units":
            units.append(text)
        else:
            if units:
                grid.append([Cell(_indicator(pending)), Cell("\n".join(units))])
                pending, units = [], []
            pending.append(text)
        k += 1
    if units:
        grid.append([Cell(_indicator(pending)), Cell("\n".join(units))])
    elif pending:
        grid.append([Cell(pending[-1]), Cell("")])  # the copy ends inside a row
    if len(grid) < 3:
        return None
    return grid, k
