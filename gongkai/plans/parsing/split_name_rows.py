"""A table copied as a stream of cells without row ends (one cell per line closed by a bar, an
empty cell a bare bar), its 序号 column first and its name column right after, the name column
split in two on some rows: the header's name cell stands over the name and a sub-item column; a
plain row's name cell spans both; a row with sub-items prints its name once, spanning its
sub-rows, and each sub-item with its own set of the other cells::

    序号 | 项目名称 | 责任单位 | 目标 | 备注 |
    1 | 甲项目 | 区甲局 | 10个 | |
    2 | 乙项目 | 子项一 | 区乙局 | 5人 | | 子项二 | 区丙局 | 8人 | |
    3 | 丙项目 | 区丁局 | 6人 | |

With W header cells, a plain row holds W cells and a row with k + 1 sub-items W + 1 + k(W - 1).
The grid doubles the name column (the header cell and a plain row's name cell spanning both
columns), and the number and name of a row with sub-items span its sub-rows: the row is the group
of its sub-items, each a task of its own (README: a number cell spanning rows, ``["5", "¶1"]``).
The reading holds only when the rows are numbered 1, 2, 3 … at the places those counts give,
at least one row has sub-items, and every sub-item's unit cell reads as unit names. A last row
the copy cut off (fewer cells than a plain row) keeps its cells from the left, as a row with
sub-items when its cell in the plain row's unit column reads as no unit name."""

from __future__ import annotations

from .columns import UNIT_ROLES, header_roles
from .model import Cell
from .textgrid import bare_row_number, cell_kind

_TEXT = ("title", "content")


def _numbered(cell: str, value: int) -> bool:
    return bare_row_number(cell) == value


def _row_length(body: list[str], p: int, width: int, number: int) -> int | None:
    """The cells of the row opening at ``p`` (its number cell included) when the next row's
    number stands right after a plain row or after a row of sub-items; None when it does not."""
    q = width
    while p + q < len(body):
        if _numbered(body[p + q], number + 1):
            return q
        q = 2 * width if q == width else q + width - 1  # W, then W + 1 + k(W - 1)
    return None


def _sub_rows(cells: list[str], width: int) -> list[list[str]]:
    """The sub-rows of a row with sub-items (its number and name cut off): W - 1 cells each, the
    last one as many as the copy holds."""
    return [cells[k : k + width - 1] for k in range(0, len(cells), width - 1)]


def split_name_rows(cells: list[str], width: int) -> list[list[Cell]] | None:
    """The grid (header first) of a stream of cells whose first ``width`` cells are the header,
    read as above; None when the stream does not read so."""
    header = cells[:width]
    roles = header_roles(header)
    units = [j for j, r in enumerate(roles) if r in UNIT_ROLES]
    if width < 3 or roles[0] != "number" or roles[1] not in _TEXT or not units or units[0] < 2:
        return None
    unit = units[0]  # the unit column of a plain row; a sub-row's cells start at column 1
    body = cells[width:]
    rows: list[list[Cell]] = []
    p, number, split = 0, 1, 0
    while p < len(body):
        if not _numbered(body[p], number):
            return None
        length = _row_length(body, p, width, number)
        last = length is None
        own = body[p + 1 : len(body) if last else p + length]
        plain = len(own) <= width - 1
        if last and len(own) < width - 1 and split:
            # a row the copy cut off: with sub-items when the plain row's unit cell is no unit
            cut = own[unit - 1] if unit - 1 < len(own) else ""
            plain = not cut.strip() or cell_kind(cut) == "units"
        if plain:
            name = own[0] if own else ""
            rows.append(
                [Cell(body[p]), Cell(name), Cell(name, spanned=True), *(Cell(c) for c in own[1:])]
            )
        else:
            subs = _sub_rows(own[1:], width)
            # (a last sub-row the copy cut off holds what it holds)
            if any(len(s) == width - 1 and cell_kind(s[unit - 1]) != "units" for s in subs):
                return None
            for k, sub in enumerate(subs):
                lead = [Cell(body[p], spanned=k > 0), Cell(own[0], spanned=k > 0)]
                rows.append([*lead, *(Cell(c) for c in sub)])
            split += 1
        if last:
            break
        p, number = p + (length or 0), number + 1
    if not split or number < 2:
        return None
    head = [Cell(header[0]), Cell(header[1]), Cell(header[1], spanned=True)]
    return [[*head, *(Cell(h) for h in header[2:])], *rows]
