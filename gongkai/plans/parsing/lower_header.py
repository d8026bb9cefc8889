"""A second header row under header cells standing over two columns or more (责任单位 over
牵头单位 | 配合单位, 时间 over 开始时间 | 完成时间): the header a grid is read by is the lower
cells, with the upper cells spanning both rows."""

from __future__ import annotations

from .columns import column_role


def _refines(upper: str | None, lower: str | None) -> bool:
    """A lower header word naming a column of the kind its upper cell names (牵头单位 under
    责任单位, 完成时间 under 时间)."""
    if upper in _UNITS:
        return lower in _UNITS
    return upper is not None and upper == lower


_UNITS = ("units", "lead", "support")


def lower_header_row(header: list[str], sub: list[str]) -> list[str] | None:
    """A second header row under header cells each standing over two columns or more (责任单位
    over 牵头单位 | 配合单位, 时间 over 开始时间 | 完成时间), its words all header words: the
    header of the lower cells. Written in place (``| | 牵头单位 | 配合单位 | 开始时间 |
    完成时间 |``, the cells spanning both rows left empty), its words take their columns; alone
    (``牵头单位 | 配合单位 | 开始时间 | 完成时间 |``, the copy dropped the cells spanning both
    rows), each run of them takes the place of the header cell naming their kind. None when
    the row is no such header."""
    words = [c.strip() for c in sub if c.strip()]
    roles = [column_role(w) for w in words]
    if len(words) < 2 or not all(roles) or any(len(w) > 8 for w in words):
        return None
    if len(words) < len(sub):  # in place, under the header's cells
        under = header + [""] * (len(sub) - len(header))
        if len(under) != len(sub) or any(
            not s.strip() and not h.strip() for s, h in zip(sub, under, strict=True)
        ):
            return None
        return [s.strip() if s.strip() else h for s, h in zip(sub, under, strict=True)]
    out: list[str] = []
    k = 0
    widened = False
    for cell in header:
        role = column_role(cell)
        run = k
        while run < len(words) and _refines(role, roles[run]):
            run += 1
        if run - k >= 2:
            out.extend(words[k:run])
            k, widened = run, True
        else:
            out.append(cell)
    return out if widened and k == len(words) else None
