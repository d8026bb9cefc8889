"""Header cells broken over two lines in a table flattened one cell per line, the pieces header
words of their own (``责任`` / ``领导``, ``责任`` / ``科室``, ``第二季度`` / ``完成情况``).

Each piece names a column by itself, so the header reads as more cells than the rows hold. The
rows tell the header's width: from the first row's number (1) to the second's (2). The header is
read with as many pairs of short lines joined as it has lines too many, choosing the joining under
which every unit column of the first rows holds unit names (a person's name or a task's name is
no unit); only when exactly one joining does.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import combinations

from .columns import UNIT_ROLES, header_roles
from .numbering import match_bare_number

_PIECE = re.compile(r"^[\u4e00-\u9fff]{1,4}$")


def _pairs(joins: int, places: list[int]) -> list[tuple[int, ...]]:
    """Sets of ``joins`` positions (a line joined to the next) that do not overlap."""
    sets = combinations(places, joins)
    return [c for c in sets if all(c[k + 1] - c[k] >= 2 for k in range(len(c) - 1))]


def join_broken_header(
    lines: list[str],
    i: int,
    width: int,
    role_of: Callable[[str], str | None],
    kind_of: Callable[[str], str],
) -> list[str] | None:
    """The header lines ``lines[i : i + width]`` with broken cells joined, or None."""
    start = i + width
    first = match_bare_number(lines[start].strip()) if start < len(lines) else None
    if first is None or first.value != 1 or role_of(lines[i]) != "number":
        return None
    nxt = next(
        (
            k
            for k in range(start + 1, min(len(lines), start + width))
            if (m := match_bare_number(lines[k].strip())) is not None and m.value == 2
        ),
        None,
    )
    if nxt is None:
        return None
    row = lines[start:nxt]
    joins = width - len(row)
    if joins < 1 or joins * 2 > width - 1:
        return None
    head = [h.strip() for h in lines[i:start]]
    places = [
        k
        for k in range(1, width - 1)
        if _PIECE.match(head[k]) and _PIECE.match(head[k + 1]) and role_of(head[k]) != "number"
    ]
    found = []
    for pairs in _pairs(joins, places):
        cells: list[str] = []
        k = 0
        while k < width:
            if k in pairs:
                cells.append(head[k] + head[k + 1])
                k += 2
            else:
                cells.append(head[k])
                k += 1
        roles = header_roles(cells)
        if any(r is None for r in roles) or not set(roles) & set(UNIT_ROLES):
            continue
        if all(kind_of(c) == "units" for r, c in zip(roles, row, strict=True) if r in UNIT_ROLES):
            found.append(cells)
    return found[0] if len(found) == 1 else None
