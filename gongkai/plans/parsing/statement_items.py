"""Numbered sub-items that are only the item's statements (38th batch): an item's parts
numbered (（一）适用范围：…, （二）办理流程：…, （三）办理时限：1.5个工作日。) and closed by a
numbered sub-item that only names the responsible units (（四）责任单位及承办科室：甲局，乙科。
/ 4.责任单位：甲局). The closing sub-item is the item's statement, not a task; the item is the
task, its other sub-items its parts; a sub-item only labelling a time limit (办理时限：…) is the
item's deadline, as written."""

from __future__ import annotations

import re

from .deadlines import DEADLINE_LABEL
from .fold import fold
from .statements import LABEL, Statement

UNITS, DEADLINE = "units", "deadline"


def statement_kind(text: str, rest: str, stmts: list[Statement]) -> str:
    """What a numbered item's text after its number is when it is only a labelled statement:
    UNITS (责任单位：甲局), DEADLINE (办理时限：10个工作日), or "" (text of its own)."""
    m = LABEL.match(fold(text).strip())
    if m is None or rest.strip() or not stmts:
        return ""
    if re.fullmatch(DEADLINE_LABEL, m.group(3)):
        return DEADLINE if all(s.deadline and not s.units for s in stmts) else ""
    return UNITS if any(s.units for s in stmts) else ""


def parts_heading(text: str) -> str | None:
    """The title of an item whose parts are numbered below it: its short heading, a colon
    opening the parts dropped (供水配套设施完善：); None for a sentence."""
    k = text.strip().rstrip(":：").strip()
    if 2 <= len(k) <= 30 and not re.search(r"[。,;:]", fold(k)):
        return k
    return None


def _has_statements(node) -> bool:
    return bool(node.statements or node.range_statements) or any(
        _has_statements(c) for c in node.children
    )


def closing_statement_items(node) -> list | None:
    """The sub-items closing a numbered item's children that are only its statements (a run of
    them, one naming units), when its other sub-items carry no statement: the item is the task.
    None when the item's children are not of that form."""
    if node.style in ("root", "para") or not node.children:
        return None
    k = len(node.children)
    while k and node.children[k - 1].statement_kind:
        k -= 1
    closing = node.children[k:]
    if not any(c.statement_kind == UNITS for c in closing):
        return None
    parts = node.children[:k]
    deadlines = [c for c in parts if c.statement_kind == DEADLINE and not c.children]
    if any(_has_statements(c) for c in parts if c not in deadlines):
        return None
    return [c for c in node.children if c in deadlines or c in closing]
