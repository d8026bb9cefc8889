"""The notice that issues a plan: its own numbered paragraphs are not items of the plan.

A plan is often published inside the 通知 that issues it (关于印发《…》的通知). When that notice
announces points of its own (…并就有关事项通知如下： / 并提出如下意见 / 提出以下要求), its numbered
paragraphs (一、细化任务，夯实责任。…) are requirements of the notice, not tasks; the plan starts
after the notice's signature date or at the plan's own heading.

A notice that only issues the plan (《…》已经县人民政府同意，现印发给你们，请认真抓好贯彻落实。;
现将…重点工作任务予以分解印发) may still go on with points of its own, with no title line and no
announcement. After such an issuing sentence, a run of numbered paragraphs of one style only
(一、二、三、, nothing under them) that names no responsible units, up to the signature date or
the plan's heading, is the notice's; a plan has levels or statements.
"""

from __future__ import annotations

import re

from .fold import fold
from .numbering import Marker
from .statements import find_statements, is_statement_line

_NOTICE_TITLE = re.compile(r"(?:印发|转发).{0,80}通知")
_ANNOUNCES = re.compile(r"通知如下|(?:如下|以下)[^。;!?]{0,6}(?:意见|要求|事项)|(?:意见|要求)如下")
# 《…》已经同意，现印发给你们 / 现将…任务予以分解印发 / 现将…任务分解印发给你们
_ISSUES = re.compile(
    r"《[^》]{2,80}》[^。]{0,40}印发(?:给)?你们|现将[^。]{2,80}?(?:予以)?(?:分解)?印发|予以分解印发"
)
# a document cited in a sentence (为贯彻落实《…关于印发…的通知》…) is not the notice's title
_CITED = re.compile(r"《[^》]*》")
_DATE_LINE = re.compile(r"^\s*\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*$")
_PLAN_HEADING = re.compile(
    r"^[^,;:。!?、()]{4,40}(?:要点|方案|清单|一览表|分解表?|任务|安排|计划|台账|分工)$"
)


def _ends_notice(k: str) -> bool:
    k = k.strip()
    return bool(_DATE_LINE.match(k) or _PLAN_HEADING.match(k) or k.startswith("附件"))


def _notice_end(folded: list[str], start: int) -> int:
    return next((i for i in range(start, len(folded)) if _ends_notice(folded[i])), len(folded))


def _states_units(line: str) -> bool:
    return is_statement_line(line) or any(st.units for st in find_statements(line)[1])


def _closes_with_units(line: str) -> bool:
    """A point naming its responsible units, in a statement or a closing sentence of units and
    verbs (…。甲办、乙局负责落实)."""
    return is_statement_line(line) or any(st.units for st in find_statements(line, True)[1])


def _drop_points_after_issuing(
    folded: list[str], markers: list[Marker | None], first_item: int
) -> list[Marker | None]:
    """The issuing sentence's own points: one flat run of numbered paragraphs after it."""
    issuing = next((i for i in range(first_item) if _ISSUES.search(folded[i])), None)
    if issuing is None:
        return markers
    end = _notice_end(folded, issuing + 1)
    points = [i for i in range(issuing + 1, end) if markers[i] is not None]
    if len(points) < 2 or len({markers[i].style for i in points}) != 1:
        return markers
    if any(_states_units(folded[i]) for i in range(issuing + 1, end)):
        return markers  # items that name responsible units are the plan's own
    out = list(markers)
    for i in points:
        out[i] = None
    return out


# 附件：1.…版 / 2.…清单 / 3.…登记表: the notice's list of attachments
_ATTACHMENTS = re.compile(r"^\s*附件\s*:\s*1\s*[.、]")


# 附件： on a line of its own, the names numbered 1, 2 … on the lines after it
_ATTACHMENTS_LABEL = re.compile(r"^\s*附\s*件\s*:\s*$")
# an attachment's own heading (附件1, 附件2：…): where the attachments themselves start
_ATTACHMENT_ITSELF = re.compile(r"^\s*附\s*件\s*\d")


def _drop_attachment_list(folded: list[str], markers: list[Marker | None]) -> None:
    """The names after ``附件：1.…`` numbered 2, 3 … on lines of their own (short, no sentence)
    name the notice's attachments: they are no items. So do the names numbered from 1 under a
    ``附件：`` line of its own, when no numbered line follows them before the attachments
    themselves (附件1…) or the end (a signature and date may)."""
    for i, k in enumerate(folded):
        if _ATTACHMENTS.match(k):
            _drop_names(folded, markers, i + 1, 2)
        elif _ATTACHMENTS_LABEL.match(k):
            names = _names_run(folded, markers, i + 1, 1)
            rest = names[-1] + 1 if names else len(folded)
            after = next(
                (
                    j
                    for j in range(rest, len(folded))
                    if markers[j] or _ATTACHMENT_ITSELF.match(folded[j])
                ),
                None,
            )
            if names and (after is None or markers[after] is None):
                for j in names:
                    markers[j] = None


def _names_run(
    folded: list[str], markers: list[Marker | None], start: int, first: int
) -> list[int]:
    """The lines from ``start`` numbered first, first + 1 … (1. 2. …), each a short name without
    a sentence, blank lines between them allowed; a name may run onto one line more (a long name
    broken at the page's width: …某某联席会 / 议成员单位清单), when the next name follows."""
    run: list[int] = []
    expected = first
    broken = False  # the name before ran onto a line of its own
    for j in range(start, len(folded)):
        if not folded[j].strip():
            continue
        m = markers[j]
        if (
            m is None
            and (run or first > 1)
            and not broken
            and _name_goes_on(folded, markers, j, expected)
        ):
            broken = True
            continue
        if m is None or m.style != "ar_dot" or m.value != expected:
            break
        broken = False
        if len(folded[j]) > 60 or "。" in folded[j]:
            break
        run.append(j)
        expected += 1
    return run


def _name_goes_on(folded: list[str], markers: list[Marker | None], j: int, expected: int) -> bool:
    """Line ``j`` ends the attachment's name above it: short, no sentence, and the next line that
    is not blank names the attachment numbered ``expected``."""
    k = folded[j].strip()
    if len(k) > 30 or re.search(r"[。；;,，:：]", k):
        return False
    nxt = next((n for n in range(j + 1, len(folded)) if folded[n].strip()), None)
    m = markers[nxt] if nxt is not None else None
    return m is not None and m.style == "ar_dot" and m.value == expected


def _drop_names(folded: list[str], markers: list[Marker | None], start: int, first: int) -> None:
    for j in _names_run(folded, markers, start, first):
        markers[j] = None


# a notice of any kind by its title (关于征集…意见建议的通告, 关于…的通知 / 公告)
_ANY_NOTICE_TITLE = re.compile(r"^关于.{2,80}的?(?:通告|通知|公告)$")
_NOTICE_HEAD = 4  # the lines a notice's title may take (broken over two lines or three)


def _drop_points_before_attachment(folded: list[str], markers: list[Marker | None]) -> None:
    """A notice (关于…的通告) whose own numbered points (一、征集内容 / 二、征集时间) come
    before its signature date, the plan its attachment (附件: after the date): the points are no
    tasks when none of them names a unit and the attachment's items do (README, thirty-first
    batch: a notice's own numbered paragraphs before an attached plan are no tasks)."""
    titled = any(
        _ANY_NOTICE_TITLE.match("".join(k.strip() for k in folded[:n]))
        for n in range(1, _NOTICE_HEAD + 1)
    )
    if not titled:
        return
    date = next(
        (
            i
            for i, k in enumerate(folded)
            if _DATE_LINE.match(k.strip())
            and any(k2.strip().startswith("附件") for k2 in folded[i + 1 : i + 3])
        ),
        None,
    )
    if date is None:
        return
    points = [i for i in range(date) if markers[i] is not None]
    if not points or any(_states_units(folded[i]) for i in range(date)):
        return
    if not any(_states_units(folded[i]) for i in range(date + 1, len(folded))):
        return
    for i in points:
        markers[i] = None


def drop_notice_items(lines: list[str], markers: list[Marker | None]) -> list[Marker | None]:
    """Markers with those of the issuing notice's own numbered paragraphs removed."""
    folded = [fold(line) for line in lines]
    markers = list(markers)
    _drop_attachment_list(folded, markers)
    _drop_points_before_attachment(folded, markers)
    first_item = next((i for i, m in enumerate(markers) if m is not None), len(lines))
    title = next(
        (i for i in range(first_item) if _NOTICE_TITLE.search(_CITED.sub("", folded[i]))), None
    )
    if title is None:
        return _drop_points_after_issuing(folded, markers, first_item)
    announce = None
    for i in range(title, first_item):
        if i > title and _DATE_LINE.match(folded[i].strip()):
            return markers  # the notice was signed before announcing points of its own
        if _ANNOUNCES.search(folded[i]):
            announce = i
    if announce is None:
        return _drop_points_after_issuing(folded, markers, first_item)
    end = _notice_end(folded, announce + 1)
    if any(_closes_with_units(folded[i]) for i in range(announce + 1, end)):
        return markers  # points that name responsible units are a plan's tasks
    out = list(markers)
    for i in range(announce + 1, end):
        out[i] = None
    return out
