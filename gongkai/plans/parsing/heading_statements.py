"""A section heading naming who carries out the tasks under it (一、甲局、乙局负责落实的工作任务;
二、由各县区牵头的重点任务): its units and verb are a statement of the section, applying to the
tasks under it as a statement on a parent does."""

from __future__ import annotations

import re

from .fold import fold
from .statements import Statement, is_bare_statement, parse_statement

# …的工作任务 / …的任务 / …的重点工作 / …的事项
_SCOPE_END = re.compile(r"的(?:主要|重点|具体)?(?:工作)?(?:任务|事项|工作)(?:清单|分工)?$")


def heading_statement(text: str) -> Statement | None:
    """The statement a heading's words make (``甲局、乙局负责落实的工作任务``), or None: units
    and their verb only, before 的 and a word for tasks closing the heading."""
    k = fold(text).strip().rstrip("。:")
    m = _SCOPE_END.search(k)
    if m is None:
        return None
    body = text.strip()[: m.start()]
    if body.startswith("由"):
        body = body[1:]
    if not is_bare_statement(body):
        return None
    return parse_statement(body)
