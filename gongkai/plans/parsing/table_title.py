"""A table's title standing on its own line right before the header of a table flattened one
cell per line (重点任务分工表 / 序号 / 重点任务 / 责任单位 / 完成时限): it names the table, not
its first column, though a word of it names a column (任务, 分工)."""

from __future__ import annotations

import re

from .columns import UNIT_ROLES, column_role
from .fold import fold

# how a table's title ends: a table, a list, a ledger, a plan or a division of work
_TITLE_END = re.compile(r"(?:表|清单|台账|方案|分工)$")
_BAR = re.compile(r"^[|｜]+$")
_TEXT_ROLES = ("number", "title", "content")


def _key(line: str) -> str:
    return re.sub(r"[\s|｜]+", "", fold(line))


def table_title_line(lines: list[str], i: int) -> bool:
    """Line ``i`` is a table's title before a header flattened one cell per line (bars or not
    between the cells): it ends as a title does, and the header cells after it already hold a
    number or text column and a column of units or time limits without it (so a first header
    cell 任务清单 before 责任单位 / 完成时限 stays a header cell)."""
    k = _key(lines[i])
    if len(k) < 3 or not _TITLE_END.search(k) or _BAR.match(lines[i].strip()):
        return False
    roles: list[str | None] = []
    j = i + 1
    while j < len(lines) and len(roles) < 12:
        if not _key(lines[j]):  # a bar or an empty line between cells
            j += 1
            continue
        role = column_role(lines[j].strip().rstrip("|｜").strip())
        if role is None:
            break
        roles.append(role)
        j += 1
    if len(roles) < 2 or roles[0] not in _TEXT_ROLES:
        return False
    return any(r in UNIT_ROLES or r == "deadline" for r in roles[1:])
