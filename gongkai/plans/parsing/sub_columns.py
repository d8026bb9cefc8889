"""A header cell standing over two sub-columns whose lower header row the copy left out
(指标任务 over what is done | how much): the full rows hold one cell more than the header. Read
with that header cell doubled, when doubling it, and it alone, puts the unit and time-limit
columns over unit and time cells (where the header as written does not)."""

from __future__ import annotations

from .columns import header_roles
from .textgrid import cell_kind

_FITS = {"units": "units", "lead": "units", "support": "units", "deadline": "time"}
_TEXT_ROLES = ("title", "content", None)


def _fits(cells: list[str], roles: list[str | None]) -> bool:
    checked = [(j, _FITS[r]) for j, r in enumerate(roles) if r in _FITS]
    return bool(checked) and all(j < len(cells) and cell_kind(cells[j]) == k for j, k in checked)


def doubled_column(header: list[str], cells: list[str], as_written: list[str]) -> int | None:
    """The column of ``header`` (the cells after the number column) standing over two
    sub-columns for a row of ``cells`` one more than the header's, or None. ``as_written``: the
    row's cells as the header alone would read them (unit names on lines of their own joined)."""
    if len(cells) != len(header) + 1:
        return None
    roles = header_roles(header)
    if len(as_written) == len(header) and _fits(as_written, roles):
        return None
    # (a numbered heading names the row: its column is no column split in two)
    found = [
        j
        for j, role in enumerate(roles)
        if role in _TEXT_ROLES
        and cell_kind(cells[j]) != "heading"
        and _fits(cells, header_roles([*header[: j + 1], header[j], *header[j + 1 :]]))
    ]
    return found[0] if len(found) == 1 else None
