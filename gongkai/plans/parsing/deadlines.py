"""Deadlines: interpret a written time limit as a due date, a recurrence or a relative rule."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from typing import Any

from .fold import fold

# A label naming a statement's time limit: 完成时限, 时限要求, 推进时限, 办结时间, 截止日期,
# 完成时点, 计划完成时间, 时间节点, 进度安排 … (never 发布时间 or 成文日期: a page's own dates)
DEADLINE_LABEL = (
    r"(?:(?:完成|推进|办结|办理|整改|落实|工作|责任|实施|计划完成|截止)?(?:时限|期限)(?:要求)?"
    r"|(?:计划)?(?:完成|办结|截止|推进|实施)(?:时间|日期|时点|年限)(?:节点|要求|安排)?"
    r"|时间(?:要求|节点|安排|进度)|进度(?:安排|要求)|完成时序)"
)

_Y = r"(\d{4})\s*年\s*"
_BARE_YEAR = re.compile(r"^\s*(\d{4})\s*年\s*(?:完成|内完成)?\s*[。.]?\s*$")
_Y_ONLY = re.compile(r"(\d{4})\s*年")
_FULL_DATE = re.compile(_Y + r"(\d{1,2})\s*月\s*(\d{1,2})\s*日")
_YEAR_MONTH = re.compile(_Y + r"(\d{1,2})\s*月\s*(?:份)?\s*(底|末|中旬|上旬|下旬)?")
_YEAR_END = re.compile(_Y + r"(?:底|末|年底|年末|内|全年)")
_YEAR_HALF = re.compile(_Y + r"(上半年|下半年)")
_YEAR_QUARTER = re.compile(_Y + r"(?:第)?([一二三四1-4])\s*季度")
_MONTH_DAY = re.compile(r"(?<![\d年])(\d{1,2})\s*月\s*(\d{1,2})\s*日")
_MONTH = re.compile(
    r"(?:(?<=每年)|(?<![\d年]))(\d{1,2})\s*月\s*(?:份)?\s*(底|末|中旬|上旬|下旬)?\s*(?:前|之前|以前)"
)
_BARE_MONTH = re.compile(
    r"^(?:\d{1,2}\s*[-~—至到]\s*)?(\d{1,2})\s*月\s*(?:份)?\s*(底|末|中旬|上旬|下旬)?$"
)
_WHOLE_YEAR = re.compile(r"年底前|年底|年内|全年|年末|本年度|当年")
_HALF = re.compile(r"([上下])半年")
_QUARTER = re.compile(r"(?:第)?([一二三四1-4])\s*季度(?:末|底)?(?:前|之前)?")
_RELATIVE = re.compile(
    r"(?:([^\s,，;；。]{1,30}?)后\s*)?(\d{1,3})\s*(个)?\s*(工作日|自然日|日|天|个月|月)\s*(?:内|之内|以内)"
)
# PLAN-RECUR-2: a minimum period (公示时间不少于10天)
_AT_LEAST = re.compile(
    r"(?:不少于|不得少于|不低于|至少)\s*(\d{1,3})\s*(个)?\s*(工作日|自然日|日|天|个月)"
)
_CN_Q = {"一": 1, "二": 2, "三": 3, "四": 4, "1": 1, "2": 2, "3": 3, "4": 4}

# Recurrence, finest first: a statement naming several periods recurs at the finest.
_RECURRENCE = [
    ("weekly", re.compile(r"每周|按周|每星期")),
    ("monthly", re.compile(r"每月|按月|月度|逐月")),
    ("quarterly", re.compile(r"每季|按季|(?<![第一二三四1-4])季度")),
    ("half_yearly", re.compile(r"每半年|半年度|按半年")),
    ("yearly", re.compile(r"每年|按年|逐年|一年一")),
    ("continuous", re.compile(r"持续推进|长期坚持|长期|持续|常态化|经常性")),
]


# a season, a school term or a holiday a time limit is set by (春节前, 汛期前, 秋季学期前,
# 春季开学前, 寒假前, 国庆节前, 入冬前)
SEASON = (
    r"(?:春节|元旦|国庆节?|中秋节?|端午节?|清明节?|五一|劳动节|主?汛期|汛前|汛后|入汛|入冬"
    r"|[春夏秋冬]季(?:学期)?(?:开学)?|[春秋](?:学期|开学)|新学期(?:开学)?|开学|寒假|暑假"
    r"|供暖季|采暖季|春耕|夏收|秋收)"
)

# What a time limit opens with (2024年…, 6月…, 5个工作日内, 年底前, 上半年, 三季度末, 每季度,
# 春节前, 持续推进 …): a value after a time-limit label joined to it by 为 or a blank instead of
# a colon (完成时限为2024年6月底前, 完成时间 年底前)
TIME_START = (
    r"(?:\d{4}\s*(?:年|[.．/]\s*\d)|\d{1,2}\s*月|\d{1,3}\s*个?\s*(?:工作日|自然日|日|天|月|周)\s*(?:内|之内|以内)"
    r"|[今本当明次翌]年|年[底末内中]|[上下]半年|第?[一二三四1-4]\s*季度|每[年季月周半]|全年"
    r"|长期|持续|常态|立行立改|立即|即时|及时|实时|随时|动态更新|逐年|分阶段|分步|分批"
    r"|按(?:时间)?节点|按(?:时间|工作)?进度|按(?:规定|法定|要求)的?(?:时限|时间|期限)"
    rf"|{SEASON})"
)
# The label words a value may follow without a colon (完成时限为…, 时间节点为…, 完成时间 年底前):
# the last four characters of the time-limit labels that name the task's own time limit (never
# 办理时限 or 公示期限: a service's time, written in the text)
JOINED_LABEL_END = (
    r"(?<=完成时限|完成期限|完成时间|完成日期|完成时点|推进时限|落实时限|整改时限|整改期限|时间节点"
    r"|时限要求|截止时间|截止日期|时间安排|进度安排)"
)

# a time limit written as an element of a statement, or alone in a remarks cell: 6月底完成,
# 2022年10月底前, 年底前完成, 长期坚持
_MONTH_SPAN = r"\d{1,2}月(?:份)?(?:底|末|上旬|中旬|下旬|\d{1,2}日)?"
TIME_LIMIT = re.compile(
    # (次年1月底前, 明年3月底前: the month of the year after the plan's; 6—12月: a span whose first
    # month leaves out its 月)
    rf"^(?:(?:\d{{4}}年|今年|本年|当年|次年|明年|翌年)?(?:(?:\d{{1,2}}[-~至到])?{_MONTH_SPAN}"
    rf"(?:[-~至到](?:\d{{4}}年)?{_MONTH_SPAN})?"
    # (今年底前, 本年度内: the plan's year named as this one)
    r"|(?:今|本|当)?(?:年底|年末|年内|年度内|上半年|下半年|全年|年中)|(?:今|本|当)年度"
    # by the plan's own milestones or pace (按时间节点, 按节点推进, 按进度要求完成)
    r"|按(?:时间)?节点(?:要求)?(?:推进|完成|落实)?|按(?:时间|工作)?进度(?:要求)?(?:推进|完成)?"
    # a span of years (2021—2025年), a date written with dots (2021.9), a season's day (春节前)
    r"|(?<![\d.])\d{4}年?[-—–~至到]\d{4}年|\d{4}[.．/]\d{1,2}(?:[.．/]\d{1,2})?"
    # (2025.6-2025.12: a span of dotted dates)
    r"(?:[-~至到]\d{4}[.．/]\d{1,2}(?:[.．/]\d{1,2})?)?"
    # a count of days from now or from an event it leaves unsaid (5个工作日内, 3天内, 1个月内)
    r"|\d{1,3}个?(?:工作日|自然日|日|天|个月|周)(?:内|之内|以内)"
    # within the time a rule sets (按规定时限, 按法定时限, 按规定期限)
    r"|按(?:规定|法定|要求)的?(?:时限|时间|期限)(?:要求)?"
    # a season, a school term or a holiday (春节前, 汛期前, 秋季学期前, 寒假前, 国庆节前)
    rf"|{SEASON}"
    r"|(?<=\d年)(?:底|末|内|度|)"
    r"|第?[一二三四1-4]季度(?:末|底)?)(?:前|之前|以前)?"
    # what is due by then: 完成, 办结, 落实到位, or a step (完成初稿, 印发实施, 上线运行), fully,
    # basically or in part (全面完成, 基本建成, 初步实现)
    r"(?:(?:全面|基本|全部|初步)?(?:完成|办结|落实到位|印发|出台|上线|建成|启动|实现|制定|编制)[\u4e00-\u9fff]{0,4}"
    # a result by then (取得阶段性成果, 见到明显成效)
    r"|(?:取得|见到|形成|实现)[\u4e00-\u9fff]{0,6}(?:成果|成效|进展|突破))?"
    # (全年推进, 全年持续推进, …完成,并长期坚持)
    r"(?:并?(?:长期坚持|持续推进|常态化推进|持续开展|常态化开展)|推进|开展|实施)?"
    # ongoing work (持续推进, 常态化开展, and after a first step: …完成,并持续推进)
    # (持续优化, 持续完善: ongoing work that keeps improving what is built)
    r"|(?:并|且)?(?:长期|持续|常态化|常态长效)(?:坚持|推进|开展|实施|落实|优化|完善)?|立行立改"
    # step by step or at once (逐年推进, 分阶段实施, 立即启动)
    r"|(?:逐年|分阶段|分步|分批)(?:推进|实施|落实|完成)|立即(?:启动|实施|开展|落实|整改)"
    # at once, as the work arises (即时, 及时, 实时, 随时; 即时公开, 动态更新)
    r"|(?:即时|及时|实时|随时)(?:公开|更新|发布)?|动态更新"
    # a period, and the day in it (每年3月底前, 每月10日前, 每季度末, 每季度第一个月10日前)
    r"|(?:每|按)(?:年|半年|季|季度|月|周)(?:度)?"
    r"(?:末|底|初|第[一二三]个月|年底|年末|第?[一二三四]季度(?:末|底)?|[上下]半年)?(?:\d{1,2}月(?:份)?(?:底|末|上旬|中旬|下旬)?)?(?:\d{1,2}日)?"
    r"(?:前|之前|以前)?(?:一次|更新|报送|公开|完成)?)$"
)


def is_time_limit(piece: str) -> bool:
    """A piece of a statement that is only a time limit, spaces inside it or not (2022 年底前),
    or time limits of steps set apart by 、 (2025年9月底前启动、12月底前完成)."""
    k = re.sub(r"\s+", "", fold(piece)).rstrip("。")
    return bool(TIME_LIMIT.match(k)) or (
        "、" in k and all(TIME_LIMIT.match(step) for step in k.split("、"))
    )


@dataclass
class Due:
    """The interpretation of a time limit."""

    due: str | None = None
    recurrence: str | None = None
    relative: dict[str, Any] | None = None


def _last_day(year: int, month: int) -> str | None:
    if not (1 <= month <= 12) or not (1900 <= year <= 2200):
        return None
    return f"{year:04d}-{month:02d}-{calendar.monthrange(year, month)[1]:02d}"


def _date(year: int, month: int, day: int) -> str | None:
    try:
        return (
            f"{year:04d}-{month:02d}-{day:02d}"
            if calendar.monthrange(year, month)[1] >= day >= 1
            else None
        )
    except (ValueError, calendar.IllegalMonthError):
        return None


def _month_part(year: int, month: int, part: str | None) -> str | None:
    if part == "上旬":
        return _date(year, month, 10)
    if part == "中旬":
        return _date(year, month, 20)
    return _last_day(year, month)


# the end of a span of months (2023年6月—12月, 3月至6月): the work is due at its end
_SPAN_END = re.compile(r"(?<=月)\s*(?:份)?\s*[-~至到]\s*(?=(?:\d{4}\s*年\s*)?\d{1,2}\s*月)")


_NEXT_YEAR = re.compile(r"(?:次年|明年|翌年)")
# the first month of a span that leaves out its 月 (2025年6—12月)
_MONTHS_SPAN = re.compile(r"(?<=年)\s*\d{1,2}\s*[-~至到]\s*(?=\d{1,2}\s*月)")


def due_date(text: str, year: int | None) -> str | None:
    """The first date a time limit names (YYYY年M月底前 → last day of the month, …); for a span
    of months, its end."""
    k = fold(text)
    nxt = _NEXT_YEAR.match(k.strip())
    if year and nxt and not _Y_ONLY.search(k):
        year, k = year + 1, k.strip()[nxt.end() :]  # 次年1月底前: January of the year after
    k = _MONTHS_SPAN.sub("", k)  # 2025年6—12月: to the span's last month
    span = _SPAN_END.search(k)
    if span:
        start = _Y_ONLY.search(k[: span.start()])
        tail = k[span.end() :]
        if not _Y_ONLY.match(tail) and (start or year):
            tail = f"{start.group(1) if start else year}年{tail}"  # 6月—12月: the year of 6月
        end = due_date(tail, year)
        if end:
            return end
    best: tuple[int, str] | None = None

    def offer(pos: int, value: str | None) -> None:
        nonlocal best
        if value and (best is None or pos < best[0]):
            best = (pos, value)

    for m in _FULL_DATE.finditer(k):
        offer(m.start(), _date(int(m.group(1)), int(m.group(2)), int(m.group(3))))
    for m in _YEAR_MONTH.finditer(k):
        if not _FULL_DATE.match(k, m.start()):
            offer(m.start(), _month_part(int(m.group(1)), int(m.group(2)), m.group(3)))
    for m in _YEAR_HALF.finditer(k):
        month = 6 if m.group(2) == "上半年" else 12
        offer(m.start(), _last_day(int(m.group(1)), month))
    for m in _YEAR_QUARTER.finditer(k):
        offer(m.start(), _last_day(int(m.group(1)), 3 * _CN_Q[m.group(2)]))
    for m in _YEAR_END.finditer(k):
        offer(m.start(), _last_day(int(m.group(1)), 12))
    if best is None and year and (m := _BARE_MONTH.match(k.strip().rstrip("。."))):
        return _month_part(year, int(m.group(1)), m.group(2))  # a time cell: 5月份, 4-12月份
    if best is None and year:
        for m in _MONTH_DAY.finditer(k):
            offer(m.start(), _date(year, int(m.group(1)), int(m.group(2))))
        for m in _MONTH.finditer(k):
            offer(m.start(), _month_part(year, int(m.group(1)), m.group(2)))
        for m in _QUARTER.finditer(k):
            offer(m.start(), _last_day(year, 3 * _CN_Q[m.group(1)]))
        for m in _HALF.finditer(k):  # 上半年: by the end of June; 下半年: of the year
            offer(m.start(), _last_day(year, 6 if m.group(1) == "上" else 12))
        for m in _WHOLE_YEAR.finditer(k):
            offer(m.start(), _last_day(year, 12))
    return best[1] if best else None


def reads_as_deadline(text: str) -> bool:
    """A short note that only states a time limit (年底前, 6月底前, 持续推进, 每季度): what a
    remarks (备注) cell holds when the table has no deadline column of its own."""
    k = fold(text).strip().rstrip("。.;；")
    if not k or len(k) > 20 or re.search(r"[。;,]", k):
        return False
    # (or words that name only a time limit and no date: 即时, 按规定时限, 5个工作日内, 2025.6)
    return due_date(k, 2000) is not None or recurrence_of(k) is not None or is_time_limit(k)


_STAGE_LABEL = re.compile(
    r"(?:第[一二三四1-4]季度|[上下]半年|\d{1,2}(?:[-—至]\d{1,2})?月份?)(?:\([^)]*\))?:"
)


def is_stage_schedule(text: str) -> bool:
    """A cell setting out the work of each stage (``第一季度:…; 第二季度:…``): a schedule of
    targets, not the task's time limit."""
    return len(_STAGE_LABEL.findall(fold(text))) >= 2


def recurrence_of(text: str) -> str | None:
    """weekly / monthly / quarterly / half_yearly / yearly / continuous (finest named) or None."""
    k = fold(text)
    for name, pattern in _RECURRENCE:
        if pattern.search(k):
            return name
    return None


def relative_rule(text: str) -> dict[str, Any] | None:
    """A limit counted from an event: "文件公开后3个工作日内" → {"event": …, "workdays": 3}."""
    k = fold(text)
    m = _RELATIVE.search(k)
    if m:
        event = ""
        if m.group(1):
            start, end = m.span(1)
            event = text[start:end].lstrip("于在应须要并")
        amount = int(m.group(2))
        unit = m.group(4)
        key = {"工作日": "workdays", "自然日": "days", "日": "days", "天": "days"}.get(
            unit, "months"
        )
        return {"event": event, key: amount}
    m = _AT_LEAST.search(k)
    if m:
        unit = {"工作日": "min_workdays", "个月": "min_months"}.get(m.group(3), "min_days")
        return {unit: int(m.group(1))}
    return None


def interpret(deadline: str, year: int | None) -> Due:
    """Interpret a deadline statement or column as written."""
    if not deadline.strip():
        return Due()
    recurrence = recurrence_of(deadline)
    due = due_date(deadline, year)
    bare = _BARE_YEAR.match(fold(deadline))
    if due is None and bare:  # a deadline of a year alone (2023年): by its end
        due = _last_day(int(bare.group(1)), 12)
    if recurrence in ("weekly", "monthly", "quarterly", "half_yearly") and not _FULL_DATE.search(
        fold(deadline)
    ):
        due = None if not re.search(r"\d{4}\s*年", deadline) else due
    if recurrence == "continuous" and due:
        recurrence = None
    relative = relative_rule(deadline)
    return Due(due=due, recurrence=recurrence, relative=relative)


_PERIODIC = ("weekly", "monthly", "quarterly", "half_yearly")


def time_limit_in_text(text: str, year: int | None) -> Due:
    """A time limit inside a task's own text: its due date, a recurrence it names and a relative
    rule (README: not a deadline statement, reported through due).

    PLAN-RECUR-1: "每年7月底前公开" recurs yearly, due on 31 July of the plan year;
    "做好月度财政收支信息公开" recurs monthly (no single due date). Ongoing words (持续、常态化)
    are left out here: in running text they describe the manner of work, not a schedule.
    """
    recurrence = recurrence_of(text)
    if recurrence == "continuous":
        recurrence = None
    due = due_date(text, year)
    if recurrence in _PERIODIC and not _FULL_DATE.search(fold(text)):
        due = None
    return Due(due=due, recurrence=recurrence, relative=relative_rule(text))
