"""Tables flattened one cell per line without row numbers, header cells whole or broken over lines.

A page copied one cell per line may print a header cell on two lines (``项目`` / ``名称``,
``进展情况`` / ``(7月)``) and its rows without a number (``养老服务项目`` / ``新增…。`` /
``区民政局`` / ``已完成…``). The header is read by joining the broken cells; the rows run as many
cells as the header, as long as each row's name cell is a short name and its unit cells hold
units; the lines after the last such row are text after the table.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .columns import UNIT_ROLES
from .fold import fold
from .numbering import match_marker

# the second line of a broken header cell: a short word (名称) or a note in brackets ((7月))
_WORD_PART = re.compile(r"^[\u4e00-\u9fff]{1,3}$")
_NOTE_PART = re.compile(r"^[(][^()]{1,10}[)]$")
# how a unit's name ends: a word so ending is a cell of a row, not a header's second line
_UNIT_END = re.compile(r"(?:局|委|办|处|科|室|部|厅|院|所|站|队|中心|政府|街道|镇|乡)$")
# a row's name cell: short, no sentence or clause punctuation
_NAME_CELL = re.compile(r"^[^。；;,，:：]{2,25}$")


def _second_part(cell: str, nxt: str, role_of: Callable[[str], str | None]) -> bool:
    """Whether ``nxt`` is the second line of the header cell ``cell``."""
    k = re.sub(r"\s+", "", fold(nxt))
    if not k or role_of(nxt) is not None or match_marker(k) is not None:
        return False
    if _NOTE_PART.match(k):
        return True
    return bool(_WORD_PART.match(k)) and not _UNIT_END.search(k) and role_of(cell + nxt) is not None


def join_broken_headers(
    lines: list[str], i: int, role_of: Callable[[str], str | None]
) -> tuple[list[str], int, bool] | None:
    """The header cells starting at line ``i`` with their broken cells joined, the number of
    lines they take and whether a cell was broken; None when the cells are not a table's header
    (fewer than three, or none naming a unit column)."""
    cells: list[str] = []
    j = i
    broken = False
    while j < len(lines) and len(cells) < 12 and role_of(lines[j]) is not None:
        if j + 1 < len(lines) and _second_part(lines[j], lines[j + 1], role_of):
            cells.append(lines[j] + lines[j + 1])
            broken = True
            j += 2
        else:
            cells.append(lines[j])
            j += 1
    roles = {role_of(c) for c in cells}
    if len(cells) < 3 or not roles & set(UNIT_ROLES):
        return None
    return cells, j - i, broken


def unnumbered_rows(
    lines: list[str],
    start: int,
    roles: list[str | None],
    kind_of: Callable[[str], str],
) -> tuple[list[list[str]], int]:
    """Rows of as many cells as the header (``roles``) from line ``start``, none numbered: each
    row's name (title) cell a short name, its unit cells units, its other cells not empty.
    Returns the rows and the index of the first line after them."""
    width = len(roles)
    rows: list[list[str]] = []
    i = start
    while i + width <= len(lines):
        cells = [c.strip() for c in lines[i : i + width]]
        if not all(cells):
            break
        pairs = list(zip(roles, cells, strict=True))
        if any(r == "title" and not _NAME_CELL.match(c) for r, c in pairs):
            break
        if any(r in UNIT_ROLES and kind_of(c) != "units" for r, c in pairs):
            break
        if match_marker(cells[0]) is not None:  # a numbered row belongs to another reader
            break
        rows.append(cells)
        i += width
    return rows, i


def _row_text(
    line: str, kind_of: Callable[[str], str], role_of: Callable[[str], str | None]
) -> bool:
    """A line that may be an unnumbered row's text cell: not units, a number, a time or a header."""
    k = re.sub(r"\s+", "", fold(line))
    if not k or role_of(line) is not None or match_marker(k) is not None:
        return False
    return kind_of(k) not in ("units", "num", "time", "empty")


def unit_anchored_rows(
    lines: list[str],
    start: int,
    roles: list[str | None],
    kind_of: Callable[[str], str],
    role_of: Callable[[str], str | None],
) -> tuple[list[list[str]], int]:
    """Rows without numbers, one cell per line, under a header whose text column comes first and
    its unit column second (目标任务 / 牵头单位 / 进展情况 / 下步举措), when cells may run over
    several lines: each row opens with a text line followed by a unit cell; its unit cell is the
    unit lines there (one unit a line); the lines up to the next row's opening fill the other
    columns one line each, the last column taking what is left (numbered next steps). Returns the
    rows (as wide as the header) and the index of the first line after them."""
    width = len(roles)
    if width < 3 or roles[0] not in ("title", "content") or roles[1] not in UNIT_ROLES:
        return [], start

    def opens(j: int) -> bool:
        return (
            j + 1 < len(lines)
            and _row_text(lines[j], kind_of, role_of)
            and kind_of(lines[j + 1]) == "units"
        )

    rows: list[list[str]] = []
    i = start
    while opens(i):
        j = i + 1
        units: list[str] = []
        while j < len(lines) and kind_of(lines[j]) == "units":
            units.append(lines[j].strip())
            j += 1
        rest: list[str] = []
        while j < len(lines) and not opens(j):
            rest.append(lines[j].strip())
            j += 1
        if len(rest) < width - 2:
            break
        others = [*rest[: width - 3], "\n".join(rest[width - 3 :])]
        rows.append([lines[i].strip(), "\n".join(units), *others])
        i = j
    return rows, i
