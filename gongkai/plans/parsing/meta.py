"""Plan metadata: the plan's own title, its year, and task titles."""

from __future__ import annotations

import re
from collections import Counter

from .fold import fold

_TITLE_END = re.compile(
    r"(?:要点|方案|细则|计划|安排|清单|任务|措施|分工|台账|意见|办法|规划|任务表|分解表|责任表|一览表)$"
)
_NOT_TITLE = re.compile(r"通知|印发|^关于|^附件|^来源|^当前位置|发布日期|[，,。：:；;]")
_FRAGMENT_BAD = re.compile(r"[，,。：:；;()（）《》]|^附件|通知$|^\d{4}年\d{1,2}月\d{1,2}日$")
_YEAR = re.compile(r"((?:19|20)\d{2})\s*年")
_ISSUE_DATE = re.compile(
    r"^\s*((?:19|20)\d{2})\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*$"
    r"|(?:发布|成文|印发)(?:日期|时间)\s*[:]?\s*((?:19|20)\d{2})"
)


def plan_title(lines: list[str], limit: int) -> str:
    """The plan's own title among the lines before the first item (not the 通知 title)."""
    best = -1
    for i in range(min(limit, len(lines))):
        k = fold(lines[i]).strip().strip('《》“”"')
        if 4 <= len(k) <= 60 and _TITLE_END.search(k) and not _NOT_TITLE.search(k):
            best = i
    if best < 0:
        return ""
    title = lines[best].strip().strip("《》")
    if best > 0 and not _YEAR.search(fold(title)):
        prev = lines[best - 1].strip()
        k = fold(prev)
        if 2 <= len(k) <= 30 and not _FRAGMENT_BAD.search(k):
            title = prev + title
    return title


def plan_year(title: str, deadlines: list[str], head_lines: list[str], all_text: str) -> int | None:
    """Year from the title, else the deadlines, else the issue date, else the text."""
    m = _YEAR.search(fold(title))
    if m:
        return int(m.group(1))
    years = Counter(int(y) for d in deadlines for y in _YEAR.findall(fold(d)))
    if years:
        return years.most_common(1)[0][0]
    for line in head_lines:
        m = _ISSUE_DATE.search(fold(line))
        if m:
            return int(m.group(1) or m.group(2))
    m = re.search(r"((?:19|20)\d{2})-\d{1,2}-\d{1,2}", all_text)
    if m:
        return int(m.group(1))
    years = Counter(int(y) for y in _YEAR.findall(fold(all_text)))
    return years.most_common(1)[0][0] if years else None


def task_title(text: str) -> str:
    """The first sentence, up to the first 。, if more text follows and it has no ，,；;：: ."""
    k = fold(text)
    end = k.find("。")
    if end <= 0 or not k[end + 1 :].strip():
        return ""
    head = text[:end].strip()
    if re.search(r"[,;:]", fold(head)):
        return ""
    return head
