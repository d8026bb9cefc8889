"""A form copied cell by cell whose labels have no colon: a task label on its line (具体任务), the
task's text on the next, then statement labels (责任单位, 配合单位, 完成时限), each followed by its
value on the next line.

Without a colon the labels read as neither statement nor heading, and the plan as text without
one numbered item. Read so: the task's text stands alone (its label is no text of it), each
statement label is joined to its value with a colon. The reading holds only for a task label with
its text followed by two statement labels at least, every value being no label itself (a table
header copied cell by cell, 工作任务 / 责任单位 / 完成时限, has no values between its cells).
"""

from __future__ import annotations

import re

from .deadlines import DEADLINE_LABEL
from .fold import fold
from .statements import UNIT_LABEL

_TASK_LABEL = re.compile(
    r"(?:具体|主要|重点|工作)?任务(?:内容)?|(?:工作|具体)(?:内容|措施|事项)|重点工作"
)
_STATEMENT_LABEL = re.compile(rf"(?:{UNIT_LABEL}|{DEADLINE_LABEL})")


def _key(line: str) -> str:
    return re.sub(r"\s+", "", fold(line))


def _is_value(line: str) -> bool:
    """Whether a line may be a label's value: words, neither a label nor a cell's bar (|)."""
    k = _key(line)
    return (
        bool(re.search(r"[\u4e00-\u9fff]", k))
        and "|" not in k
        and not (_TASK_LABEL.fullmatch(k) or _STATEMENT_LABEL.fullmatch(k))
    )


def join_bare_labels(lines: list[str]) -> list[str]:
    """Lines with each colonless statement label joined to its value, the task label dropped."""
    out: list[str] = []
    i = 0
    while i < len(lines):
        pairs: list[str] = []
        if _TASK_LABEL.fullmatch(_key(lines[i])) and i + 1 < len(lines) and _is_value(lines[i + 1]):
            j = i + 2
            while (
                j + 1 < len(lines)
                and _STATEMENT_LABEL.fullmatch(_key(lines[j]))
                and _is_value(lines[j + 1])
            ):
                pairs.append(f"{lines[j].strip()}:{lines[j + 1].strip()}")
                j += 2
        if len(pairs) >= 2:
            out.append(lines[i + 1])
            out.extend(pairs)
            i += 2 + 2 * len(pairs)
        else:
            out.append(lines[i])
            i += 1
    return out
