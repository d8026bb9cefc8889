"""Tables one cell per line under a group, a text and a unit column (工作任务 / 具体要求 /
责任单位).

The copy kept neither row ends nor row numbers of their own: a group cell (``一、做好…`` or a
short heading such as ``健全工作机制``) opens a group of rows; each text cell (``1.加强…``, or an
unnumbered requirement ending in ``。``) opens a row; a unit cell closes the row it follows. A row
without a unit cell lies under the unit cell of the row above in its group (the cell spans them).
"""

from __future__ import annotations

import re

from .columns import UNIT_ROLES
from .model import Cell
from .numbering import match_marker
from .statements import is_names_of_units, parse_statement
from .textgrid import cell_kind

_TEXT_ROLES = ("title", "content")
_HEADING = re.compile(r"^[^。；;,，:：]{2,30}[。]?$")


def _unit_cell(text: str) -> bool:
    """Unit names (one or a list of them); never a numbered or closed sentence."""
    if cell_kind(text) == "units":
        return True
    return match_marker(text) is None and not text.endswith("。") and is_names_of_units(text)


def _statement_cell(text: str) -> bool:
    """A sentence naming units and what they do (``甲局、乙局,以及各镇办理。``, ``各单位做好发布
    工作,丙局做好技术支持。``), opening with a unit's name; as a unit column's cell under a
    header naming the units and the work (责任单位和工作要求)."""
    if match_marker(text) is not None or len(text) > 150:
        return False
    first = re.split(r"[、,，;；(（]", text, maxsplit=1)[0]
    if cell_kind(first) != "units":
        return False
    stmt = parse_statement(text.rstrip("。"))
    return bool(stmt.units) and all(cell_kind(u) == "units" for u in stmt.units)


def _section_cell(text: str) -> bool:
    """A short cell opening with a section number (一、… （一）…)."""
    m = match_marker(text)
    return m is not None and m.style in ("cn_dun", "cn_paren") and len(text) <= 40


def _numbered_text(text: str) -> bool:
    """A cell opening with a row number (1.… 2、…) and holding text after it."""
    m = match_marker(text)
    return m is not None and m.style == "ar_dot" and bool(text[m.end :].strip())


def _text_cell(text: str) -> bool:
    """A requirement: numbered, or a sentence (ends in 。 or runs long), never unit names."""
    if not text or _unit_cell(text) or _section_cell(text):
        return False
    return _numbered_text(text) or text.endswith("。") or len(text) > 40


def _group_cell(text: str, nxt: str) -> bool:
    """A group cell: a section heading, or a short unnumbered heading right before a numbered
    requirement (``健全工作机制`` / ``1.加强…``)."""
    if _section_cell(text):
        return _text_cell(nxt)
    # (a heading may end like a unit's name, 健全工作机构: the reader asks after the unit cell
    # of an open row first)
    if match_marker(text) is not None:
        return False
    return bool(_HEADING.match(text)) and not text.endswith("。") and _numbered_text(nxt)


def _top_group_cell(text: str, nxt: str) -> bool:
    """In a table of two group columns, the outer group cell: a section heading (一、…) right
    before the inner one (（一）…)."""
    m, below = match_marker(text), match_marker(nxt)
    return (
        _section_cell(text)
        and m is not None
        and m.style == "cn_dun"
        and _section_cell(nxt)
        and below is not None
        and below.style == "cn_paren"
    )


def group_text_unit_rows(
    cells: list[str], roles: list[str | None]
) -> tuple[list[list[Cell]], int] | None:
    """Read ``cells`` (the header's cells, then the body) as such a table, of one group column
    or of two (工作要求 / 工作任务 / 具体要求 / 责任单位: an outer group 一、… and an inner one
    （一）…, each cell printed where its group opens). Returns the grid
    (header first) and the number of cells read, or None when fewer than two rows carry a unit
    cell or the header is not group(s) / text / units."""
    # progress columns after the unit column (完成情况, 进展情况: the report's, no task's): each
    # row's unit cell is followed by one cell each of them, read as the row's
    tail = 0
    while tail < len(roles) - 1 and roles[len(roles) - 1 - tail] == "ignore":
        tail += 1
    header = len(roles)
    roles = roles[: header - tail]
    width = len(roles)
    if width not in (3, 4) or any(r not in _TEXT_ROLES for r in roles[:-1]):
        return None
    if roles[-1] not in UNIT_ROLES:
        return None
    levels = width - 2
    grid: list[list[Cell]] = [[Cell(c) for c in cells[:width]]]
    groups, rows_in = [""] * levels, [0] * levels
    with_units = 0
    k = header
    while k < len(cells):
        text = cells[k].strip()
        nxt = cells[k + 1].strip() if k + 1 < len(cells) else ""
        row = grid[-1] if len(grid) > 1 else None
        own = row is not None and bool(row[-1].text) and not row[-1].spanned
        opened = row is not None and _numbered_text(row[-2].text)
        if row is not None and not own and (_unit_cell(text) or opened and _statement_cell(text)):
            row[-1] = Cell(text)  # the unit cell closing the open row
            with_units += 1
            # its progress cells: a line each, when no group or unit cell stands there
            for _ in range(tail):
                after = cells[k + 1].strip() if k + 1 < len(cells) else ""
                if not after or _unit_cell(after) or _section_cell(after):
                    break
                k += 1
            # rows of the group before it that have no unit cell (3.… 4.… 5.… then the
            # units): the cell spans them, printed after the run
            for above in reversed(grid[len(grid) - rows_in[-1] : -1]):
                if above[-1].text:
                    break
                above[-1] = Cell(text, spanned=True)
        elif levels == 2 and _top_group_cell(text, nxt):
            groups, rows_in = [text, ""], [0, 0]
        elif levels == 1 and _top_group_cell(text, nxt):
            # one group column holding two levels (一、… then （一）…): the outer a heading row
            grid.append([Cell(text), *(Cell("") for _ in range(width - 1))])
            groups, rows_in = [""], [0]
        elif _group_cell(text, nxt) and (levels == 1 or groups[0]):
            groups[-1], rows_in[-1] = text, 0
        elif _text_cell(text) and all(groups):
            units = Cell("")
            if rows_in[-1] and row is not None and row[-1].text:
                units = Cell(row[-1].text, spanned=True)  # under the unit cell above
            spans = [Cell(g, spanned=n > 0) for g, n in zip(groups, rows_in, strict=True)]
            grid.append([*spans, Cell(text), units])
            rows_in = [n + 1 for n in rows_in]
        else:
            break
        k += 1
    # a copy cut off after its first row's unit cell (the next row's text the last line):
    # the one row read to the end of the text is the table's too
    if with_units < 2 and not (with_units == 1 and k == len(cells) and len(grid) > 2):
        return None
    return grid, k
