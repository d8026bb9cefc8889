"""A table copied one cell per line, each cell closed by a bar (``1.加强… |`` / ``甲科 |`` /
``长期 |``) or with no bar at all, without its header row: groups (``一、… |``) stand as rows of
their own, each row opens with its number at the head of its task cell (``1.…``), then its unit
and time-limit cells, the same kinds of cells in the same order on every row.

The header is named from the kinds of the cells (工作任务, then 责任单位, or 牵头单位 and
配合单位 for two unit cells, then 完成时限). The reading holds only when at least two rows
read so, every row of the same kinds, each numbered next after the row above (or 1 under a new
group); without bars, only when every row closes with its time limit."""

from __future__ import annotations

from .numbering import match_marker
from .table_rows import section_marker
from .textgrid import cell_kind

BARS = "|｜"


def closed_cell(line: str, bare: bool = False) -> str | None:
    """The text of a line that is one cell closed by a bar (``text |``), or one without any
    bar when the cells are ``bare``; else None."""
    text = line.rstrip()
    bars = sum(text.count(b) for b in BARS)
    if bare:
        return text.strip() or None if bars == 0 else None
    if not text.endswith(tuple(BARS)) or bars != 1:
        return None
    return text[:-1].strip() or None


def _row_number(text: str) -> int | None:
    m = match_marker(text)
    return m.value if m is not None and m.style == "ar_dot" and text[m.end :] else None


def _header(kinds: tuple[str, ...]) -> list[str] | None:
    """Header words for a row's cells after its task cell: unit cells, then a time limit."""
    units = kinds.count("units")
    unit_cells_first = kinds[:units] == ("units",) * units
    if not 1 <= units <= 2 or not unit_cells_first or kinds[units:] not in ((), ("time",)):
        return None
    names = ["责任单位"] if units == 1 else ["牵头单位", "配合单位"]
    return ["工作任务", *names, *(["完成时限"] if kinds[units:] else [])]


def bar_closed_rows(lines: list[str], start: int) -> tuple[list[list[str]], int] | None:
    """The rows (a named header first, a group as a row of one cell) of bar-closed cells from
    ``start``, and the index after the last row read; None when they do not read so."""
    if start >= len(lines):
        return None
    bare = not any(b in lines[start] for b in BARS)
    first = lines[start].strip().rstrip("".join(BARS)).strip()
    if _row_number(first) != 1 and section_marker(first) is None:
        return None  # the rows open with a group or with row 1
    cells: list[str] = []
    for line in lines[start:]:
        cell = closed_cell(line, bare)
        if cell is None:
            break
        cells.append(cell)
    rows: list[list[str]] = []
    kinds: tuple[str, ...] | None = None
    expected, k, end, numbered = 1, 0, 0, 0
    while k < len(cells):
        heads = 0
        while k + heads < len(cells) and _row_number(cells[k + heads]) is None:
            if section_marker(cells[k + heads]) is None:
                break
            heads += 1
        if k + heads >= len(cells) or heads > 1:
            break
        number = _row_number(cells[k + heads])
        if number is None or number not in (expected, 1 if heads else expected):
            break
        j = k + heads + 1
        while j < len(cells) and _row_number(cells[j]) is None and not section_marker(cells[j]):
            j += 1
        row_kinds = tuple(cell_kind(c) for c in cells[k + heads + 1 : j])
        if kinds is not None and row_kinds != kinds:
            break
        kinds = row_kinds
        rows.extend([c] for c in cells[k : k + heads])
        rows.append(cells[k + heads : j])
        expected, k, end, numbered = number + 1, j, j, numbered + 1
    header = _header(kinds) if kinds is not None else None
    # cells without bars (a copy that dropped them) hold a time limit closing each row
    if numbered < 2 or header is None or (bare and header[-1] != "完成时限"):
        return None
    return [header, *rows], start + end
