"""Plan metadata: the plan's own title, its year, and task titles."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from .columns import column_role
from .fold import fold

_TITLE_END = re.compile(
    r"(?:要点|方案|细则|计划|安排|清单|任务|措施|分工|台账|意见|办法|规划|分解|流程|纲要|举措|指引|重点"
    # a set of actions (某某提升三年行动, 十大行动)
    r"|行动"
    # a set of policies a government issues as one (关于推动某某发展的若干政策)
    r"|若干政策"
    # a progress report on the plan's tasks (某区2021年9月重点工作任务分工进展情况)
    r"|(?:进展|完成|落实|推进|执行)情况"
    # a table's (任务表, 分解表, 推进表, 一览表)
    r"|[\u4e00-\u9fff]表)"
    # a period or an edition in brackets after it: 实施方案(2019-2020年), 汇总表(10-12月), (2.0)版,
    # a draft's mark after the period: 行动计划(2026—2028年)(征求意见稿)
    r"(?:\s*\([^()]{1,16}\)\s*版?){0,2}$"
)
_PAGE_META = re.compile(r"^\s*[\[(]?\s*(?:日期|来源|发布时间|发布日期|发布机构|作者|浏览次数)\s*:")
_ONE_CELL = re.compile(r"^[^|｜]{1,30}[|｜]\s*$")
# the years a plan runs, on a line of their own: (2018—2020年), not a date: (2021年3月5日)
_PERIOD_LINE = re.compile(r"^\s*\((?:19|20)\d{2}\s*年?\s*[-~至到]\s*(?:19|20)\d{2}\s*年?\)\s*$")
_PERIOD = re.compile(r"\s*\([^()]{1,16}\)\s*版?$")
# a heading's second line going on from the first (…工作要点 / 及重点任务分工)
_GOES_ON = re.compile(r"^(?:及|和|与|暨|并)")
_NOT_TITLE = re.compile(r"通知|印发|^关于|^附件|^来源|^当前位置|发布日期|[，,。：:；;>»]")
# a heading opening with 关于 that names the plan itself (关于加快某某发展的实施意见), not a notice
_ABOUT_TITLE = re.compile(r"^关于(?!.*(?:通知|印发|转发)).{4,56}$")
_FRAGMENT_BAD = re.compile(
    r"[，,。：:；;()（）《》]|^附件|通知$|^\d{4}年\d{1,2}月\d{1,2}日$|^[\d\s./-]+$"
)
# a paragraph of prose: a sentence's end, or clauses (not a page's label: 分 类: 其他;通知)
_PROSE = re.compile(r"^(?![^,;:]{1,8}:)[^。]*[,;]|。")
_YEAR = re.compile(r"((?:19|20)\d{2})\s*年")
_ISSUE_DATE = re.compile(
    r"^\s*((?:19|20)\d{2})\s*年\s*[\d一二三四五六七八九十]{1,3}\s*月\s*[\d一二三四五六七八九十]{1,3}\s*日\s*$"
    # a bracketed line under the heading saying when it was adopted: (2023年3月1日…通过)
    r"|^\s*\(\s*((?:19|20)\d{2})\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日[^()]*\)\s*$"
    r"|(?:发布|成文|印发)(?:日期|时间)\s*[:]?\s*((?:19|20)\d{2})"
)


# the issuing document's number: 国办发〔2018〕121号 (the year it was issued in)
_DOC_NUMBER = re.compile(r"[\u4e00-\u9fff]{1,8}[(\[〔【]((?:19|20)\d{2})[)\]〕】]\s*\d{1,4}\s*号")

_ATTACHMENT = re.compile(r"^\s*附\s*件\s*\d{0,2}\s*:?\s*$")
# a line of a numbered list, no title (2.某某清单, an attachment list's 3.2021年度某某情况)
_LISTED = re.compile(
    r"^(?:\d{1,2}\s*(?:[.、](?!\d)|\.(?=(?:19|20)\d{2}\s*年))"
    # a part's heading over the list (一、推广的改革举措(共23项)) names no plan either
    r"|[一二三四五六七八九十]{1,3}、)"
)
_NAME_LABEL = re.compile(r"^\s*(?:名\s*称|标\s*题)\s*:")
# a file's name standing as a line: 某某工作方案.docx
_FILE_TYPE = re.compile(r"\.(?:docx?|wps|pdf|txt)$", re.IGNORECASE)
# a page's title naming its site after it (某某工作要点_某县人民政府网, 某某方案 - 某县人民政府)
_SITE_TAIL = re.compile(r"\s*(?:_|\s-\s)\s*[^\s_|]{2,24}?(?:网站|网|政府|门户)$")
_DATE_TAIL = re.compile(
    r"\s*\(\s*(?:19|20)\d{2}\s*(?:年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|-\d{1,2}-\d{1,2})\s*\)\s*$"
)
_TAG_HEAD = re.compile(r"^\s*\[[^\[\]]{2,12}\]\s*(?=\S)")
_NUMBER_TAIL = re.compile(r"\s*\(" + _DOC_NUMBER.pattern + r"\)\s*$")
_PREFIX = re.compile(
    r"^\s*(?:附件\s*\d*\s*[:：]?\s*(?:\d{1,2}\s*[.、．](?!\d))?|(?:名\s*称|标\s*题)\s*[:：])\s*"
)
# (its issuer may write it without 关于: 某县人民政府办公室印发《…》的通知; its number in brackets
# may close it: …的通知(某政办发〔2023〕5号))
_NOTICE = re.compile(
    r"(?:关于)?印发\s*[《<]?(.{4,60}?)[》>]?\s*的通知(?=\s*(?:\([^()]{2,20}号\))?\s*(?:$|[|｜]))"
)
_RUNON_HEAD = re.compile(
    r"^\s*(.{4,50}?(?:要点|方案|细则|计划|安排|清单|分解表|任务表|责任表|一览表|台账))(?=为|根据|按照|现将|经)"
)


def _unquote(text: str) -> str:
    """Quotes around a title removed; a quote opening or closing its own words (“十四五”…) kept."""
    for left, right in (("《", "》"), ("“", "”"), ("<", ">"), ("【", "】")):
        while text.startswith(left) and text.count(left) > text.count(right):
            text = text[1:]
        while text.endswith(right) and text.count(right) > text.count(left):
            text = text[:-1]
        if text.startswith(left) and text.endswith(right) and text.count(left) == 1:
            text = text[1:-1]
    return text.strip('"')


def _unspaced(text: str) -> str:
    """A heading written with spaces between its characters (工 作 要 点) closed up."""
    words = text.split()
    if (
        len(words) >= 4
        and "|" not in text
        and sum(len(w) == 1 for w in words) * 4 >= len(words) * 3
    ):
        return "".join(words)
    return text


def _candidate(line: str) -> str:
    """A line as a possible title: labels (附件1：, 名称：), quotes, table bars, the site a page's
    title names after it and the document number in brackets closing it (…实施意见(某政〔2017〕
    1号)) removed, spaces between its characters closed up."""
    text = _unspaced(_without_issuers(_PREFIX.sub("", line.strip()).strip().strip("|｜ ").strip()))
    text = _FILE_TYPE.sub("", text)
    m = _SITE_TAIL.search(fold(text))
    if m and _TITLE_END.search(fold(text[: m.start()])):
        text = text[: m.start()]
    m = _NUMBER_TAIL.search(fold(text))
    text = text[: m.start()] if m else text
    # the page's date in brackets after its title (某某工作要点 ( 2020年06月17日 ))
    m = _DATE_TAIL.search(fold(text))
    if m and m.start() > 0:
        text = text[: m.start()]
    # a portal's tag in square brackets before a title (【任务分工】某某分工): no part of it
    m = _TAG_HEAD.match(fold(text))
    if m and _TITLE_END.search(fold(text[m.end() :]).strip()):
        text = text[m.end() :]
    return _unquote(text)


def plan_title(lines: list[str], limit: int) -> str:
    """The plan's own title: its heading among the lines before the first item (not the 通知 title).

    The last heading before the first item, unless the plan's preamble came between (then the
    heading above it); a heading broken over two or three lines (or with its last word wrapped,
    or its period on a line of its own) is joined, a page's name label names a shortened one in
    full. Without a heading of its own, the plan is named by the 通知 that issues it (关于印发X的
    通知 → X), by its web page's 标题： label, by the head of a run-on first line, or by the
    heading of a notice that sets the tasks itself.
    """
    found: list[int] = []
    for i in range(min(limit, len(lines))):
        if (
            found
            and found[-1] == i - 2
            and _PROSE.search(fold(lines[i - 1]))
            and not _FILE_TYPE.search(lines[found[-1]].strip())
            and not _quoted_in(lines[i], lines[i - 1])
        ):
            # the heading's preamble is read: a heading after it heads a part of the plan (a file's
            # name is no heading: the sharing site's words under it are no preamble)
            break
        k = fold(_candidate(lines[i])).strip()
        # the heading under an attachment's label (附件1) is the attachment's title, whatever it
        # ends with; a line of a numbered list (2.某某清单) is none
        under_label = i > 0 and _ATTACHMENT.match(fold(lines[i - 1])) and "|" not in k
        if (
            (
                (4 <= len(k) <= 60 and (_TITLE_END.search(k) or under_label))
                or (i > 0 and _wrapped_tail(lines[i - 1], k))
            )
            and (not _NOT_TITLE.search(k) or _about_title(k))
            and not _LISTED.match(k)
            and not _header_cell(lines, i)
            and not _header_word(lines, i)
        ):
            found.append(i)
    best = found[-1] if found else -1
    if best < 0:
        return _title_from_notice(lines[: max(limit, 1)])
    title = _candidate(lines[best])
    first = best
    if best > 0 and _wrapped_tail(lines[best - 1], fold(title).strip()):
        title, first = _candidate(lines[best - 1]) + title, best - 1
    # a page's title, with the page's date or source line under it, is written on one line
    page_title = best + 1 < len(lines) and _PAGE_META.search(fold(lines[best + 1]))
    while first > 0 and best - first < 2 and len(title) < 60 and not page_title:
        prev = _candidate(lines[first - 1])
        # the notice above quoting the two lines as one name joins them whatever the first holds
        # (an issuer's name broken off the heading: 某市某局贯彻落实… / 2022年…分工方案)
        if any(_quoted_in(prev + title, above) for above in lines[: first - 1]):
            title, first = prev + title, first - 1
            continue
        if (
            not _goes_before(prev, title)
            or (first < best and len(prev + title) > 60)
            or _header_word(lines, first - 1)
        ):
            break
        title, first = prev + title, first - 1
    if best + 1 < len(lines) and _PERIOD_LINE.match(fold(lines[best + 1])):
        title += lines[best + 1].strip()  # (2018—2020年) on a line of its own
    labels = [_candidate(lines[i]) for i in found[:-1] if _NAME_LABEL.match(fold(lines[i]))]
    return _unquote(_unmangled(_in_full(title, labels), lines[:best]))


def _without_issuers(title: str) -> str:
    """A heading printed after its issuers on one line, set apart by a space (某市人民政府
    关于…的意见, a masthead's 中 共 某 市 委 某市人民政府 关于…): the issuers are no part of it."""
    m = re.match(r"^(.+?)\s+(关于\S.*)$", fold(title))
    if m and re.fullmatch(_ISSUER, "".join(m.group(1).split())):
        return title[m.start(2) :]
    return title


def _quoted_in(line: str, paragraph: str) -> bool:
    """Whether a paragraph quotes a line as a title (《…》): a news page's lead saying the
    government issued 《关于…的若干政策》 above the policy's own heading, which the page's headline
    above the lead is not."""
    own = _squash(_candidate(line))
    return len(own) >= 4 and any(
        _squash(m.group(1)) == own for m in re.finditer(r"《([^《》]{4,60})》", fold(paragraph))
    )


def _unmangled(title: str, above: list[str]) -> str:
    """A heading whose characters were lost to a wrong encoding (贵州?017年…, each ? for one or two
    characters) as the 《…》 above it (the notice issuing it) names it, if they agree elsewhere."""
    if not re.search(r"[?\ufffd]", title):
        return title
    pattern = re.compile(
        "".join(".{1,2}" if ch in "?\ufffd" else re.escape(ch) for ch in fold(title))
    )
    for line in above:
        for m in re.finditer(r"《([^《》]{4,60})》", line):
            if pattern.fullmatch(fold(m.group(1))):
                return m.group(1)
    return title


def _about_title(k: str) -> bool:
    """Whether a line is a heading opening with 关于 that ends as a plan's title does."""
    return (
        bool(_ABOUT_TITLE.match(k)) and not re.search(r"[,。:;]", k) and bool(_TITLE_END.search(k))
    )


def _wrapped_tail(prev_line: str, k: str) -> bool:
    """Whether a short line ends the heading the line before begins, cut by a wrap (某县2021年
    政务公开工作 / 要点): the two end as a title does and the first, a line's length (not a
    header cell's: 目标 / 任务), alone does not."""
    prev = fold(_candidate(prev_line)).strip()
    return (
        1 <= len(k) < 4
        and not k.isdigit()
        and 8 <= len(prev) <= 60 - len(k)
        and bool(_TITLE_END.search(prev + k))
        and not _TITLE_END.search(prev)
        and not _FRAGMENT_BAD.search(prev)
        and not _NOT_TITLE.search(prev)
    )


def _header_cell(lines: list[str], i: int) -> bool:
    """Whether a line is a cell of a table's header written one cell a line (类型 | / 事项 | /
    目标清单 |), not a heading: a cell closed by its bar beside another."""
    return bool(_ONE_CELL.match(lines[i])) and any(
        0 <= j < len(lines) and _ONE_CELL.match(lines[j]) for j in (i - 1, i + 1)
    )


def _header_word(lines: list[str], i: int) -> bool:
    """Whether a line is a cell of a table's header written one cell a line without bars (工作任务
    / 具体要求 / 责任单位), not a heading: a short header word whose nearest line of text, above
    or below, is another."""

    def header(j: int) -> bool:
        k = fold(lines[j]).strip()
        return len(k) <= 10 and not re.search(r"\d", k) and column_role(k) is not None

    if not header(i):
        return False
    for step in (-1, 1):
        j = i + step
        while 0 <= j < len(lines) and not lines[j].strip():
            j += step
        if 0 <= j < len(lines) and header(j):
            return True
    return False


# a place's name: 某某县, 某某自治区 (its first place: 某县 of 某县人民政府办公室)
_PLACE = r"[\u4e00-\u9fff]{1,10}?(?:省|市|县|縣|区|區|州|盟|旗|镇|鎮|乡|鄉|街道)"
_PLACE_LINE = re.compile(_PLACE + "$")
_FIRST_PLACE = re.compile("^" + _PLACE)
# a web site's channel or furniture standing above a page's heading (通知公告 / 某某工作方案)
# an issuer standing above a heading (某某局办公室, 中共某某县委办公室 某某县人民政府办公室), or a
# masthead (某某县人民政府文件)
_ISSUER = (
    r"[^\s\d,.:;()]{2,40}?"
    r"(?:政府|办公室|办公厅|委员会|管委会|办事处|委|署|领导小组|指挥部|(?:政府|党政|党委|[县市区州旗]委)办"
    # (not a heading's words ending alike: 新格局, 政务服务大厅, 西部)
    r"|(?<![格布大开全结变新])局|(?<!大)厅|(?<![东南西北中全内外])部)"
)
_ISSUERS = re.compile(_ISSUER + r"(?:\s+" + _ISSUER + r")*")
_MASTHEAD = re.compile(_ISSUER + r"文件")
# a heading of the issuers' own (某某县人民政府办公室关于…的实施意见): the issuer goes before it
_ISSUERS_ABOUT = re.compile(r"(?:" + _ISSUER + r"\s*)*关于")
_CHANNEL = re.compile(
    r"^(?:通知公告|公告公示|公示公告|政策文件|政府文件|部门文件|文件通知|政务微博|政务微信|政务动态"
    r"|工作动态|规划计划|计划规划|计划总结|政策法规|政策解读|文档介绍|正文|首页)$"
)


def _goes_before(prev: str, title: str) -> bool:
    """Whether a line is the first part of a heading broken over lines (…工作要点 / 及重点任务分工,
    某区全力打造某某品牌 / 加快建设某某三年行动计划), or the place a dated heading is of (某某县 /
    2021年政务公开工作要点); not a site's channel (通知公告) nor an issuer whose place the heading
    names itself (某县人民政府办公室 / 某县某某工作方案)."""
    k = fold(prev).strip()
    place = _FIRST_PLACE.match(k)
    if _CHANNEL.match(k) or (place and fold(title).startswith(place.group())):
        return False
    if _MASTHEAD.fullmatch(k):
        return False
    if _ISSUERS.fullmatch(k):
        # an issuer opens a heading only where the heading goes on from it (…办公室 / 关于…意见)
        return bool(_ISSUERS_ABOUT.match(fold(title)))
    return (
        k.count("《") > k.count("》")
        or bool(_GOES_ON.match(fold(title)))
        or (bool(_PLACE_LINE.fullmatch(k)) and k not in fold(title))
        or (
            not _YEAR.search(fold(title))
            and 2 <= len(k) <= 30
            and not _FRAGMENT_BAD.search(k)
            and not _DOC_NUMBER.search(k)
            and not k.isdigit()
            and not _TITLE_END.search(k)
        )
    )


def _squash(text: str) -> str:
    return "".join(fold(text).split())


def _in_full(title: str, earlier: list[str]) -> str:
    """The title as a page's name label names it in full (名 称: 某局2021年…台账 above the
    heading 2021年…台账): a heading that is the tail of the label's title is that title, cut, or
    that title with a character or two lost in the copy."""
    tail = _squash(title)
    for text in earlier:
        if len(_squash(text)) > len(tail) and _squash(text).endswith(tail):
            return text
    for text in earlier:
        if _lost_from(tail, _squash(text)):
            return text
    return title


def _lost_from(short: str, full: str) -> bool:
    """Whether a heading is a page label's title with one or two characters lost in the copy
    (某区20219月… under the label's 某区2021年9月…): the label's characters in order but
    for those."""
    if len(short) < 8 or not 1 <= len(full) - len(short) <= 2:
        return False
    rest = iter(full)
    return all(ch in rest for ch in short)


# a web page's label naming the document (标题：…, 标　　题：…), run on with other labels or not
_PAGE_TITLE = re.compile(r"标\s*题\s*:\s*(.{4,60}?" + _TITLE_END.pattern.rstrip("$") + r")")


_ISSUED = re.compile(r"《([^《》]{4,60})》[^《》。]{0,20}?印发")
_OWN_NOTICE = re.compile(r"^\s*[^\s,:;。]{2,30}关于(?!印发|转发)[^:;。]{4,60}的通知\s*$")


def _title_from_notice(lines: list[str]) -> str:
    for i, line in enumerate(lines[:12]):
        # a notice's heading broken after its 关于印发 (某县人民政府办公室关于印发 / 某某要点的通知)
        k = fold(line).rstrip()
        if ("关于印发" in k or k.endswith("印发")) and "通知" not in k and i + 1 < len(lines):
            line = line.rstrip() + lines[i + 1].strip()
        m = _NOTICE.search(fold(line))
        if m:
            return line[m.start(1) : m.end(1)].strip("《》")
    for line in lines[:12]:
        m = _PAGE_TITLE.search(fold(line))
        if m:
            return line[m.start(1) : m.end(1)].strip("《》")
    for line in lines[:12]:
        # the notice's body naming the plan it issues (现将《某某要点》印发给你们), its heading lost
        for m in _ISSUED.finditer(fold(line)):
            if _TITLE_END.search(m.group(1)):
                return line[m.start(1) : m.end(1)]
    if lines:
        m = _RUNON_HEAD.match(fold(lines[0]))
        if m and not _NOT_TITLE.search(m.group(1)):
            return lines[0][m.start(1) : m.end(1)].strip()
    for i, line in enumerate(lines[:12]):
        # a notice that sets the tasks itself (not one issuing a plan): its heading names it,
        # broken after its issuer or not (某市某局 / 关于分解落实…的通知); a date or a site's
        # channel above it is none of it
        if _OWN_NOTICE.match(fold(line)):
            return line.strip()
        prev = lines[i - 1].strip() if i else ""
        joined = prev + line.strip()
        if (
            prev
            and not re.search(r"\d", prev)
            and not _CHANNEL.match(fold(prev))
            and _OWN_NOTICE.match(fold(joined))
        ):
            return joined
    return ""


def _numbers(head_lines: list[str]) -> tuple[list[int], list[int]]:
    """Years of the document numbers in the head: the plan's own (on its heading's line, its own
    line or a label's) and those of the documents its sentences cite."""
    own: list[int] = []
    cited: list[int] = []
    for line in head_lines:
        k = fold(line)
        years = [int(m.group(1)) for m in _DOC_NUMBER.finditer(k)]
        (cited if _PROSE.search(k) else own).extend(years)
    return own, cited


# a span of years a heading names (2022—2023年, 2022至2023年度): the plan is of its first
_YEAR_SPAN = re.compile(r"((?:19|20)\d{2})\s*年?\s*[-~至到]\s*(?:19|20)\d{2}\s*年")
# a web page's date among its furniture (发布时间：2023-03-01, 【日期：2022年05月06日】)
_PAGE_DATE = re.compile(
    r"(?:发布|成文|印发|发文)(?:日期|时间)\s*:\s*((?:19|20)\d{2})"
    r"|^\s*[\[(]?\s*(?:日期|时间)\s*:\s*((?:19|20)\d{2})"
)


# a year written in Chinese numerals (二〇二三年), as official documents date themselves
_CN_YEAR = re.compile(r"[〇○零O一二三四五六七八九]{4}(?=\s*年)")
_CN_DIGITS = str.maketrans("〇○零O一二三四五六七八九", "0000123456789")


def _arabic_years(text: str) -> str:
    """The folded text with its years in Chinese numerals written in digits (same length)."""
    return _CN_YEAR.sub(lambda m: m.group().translate(_CN_DIGITS), fold(text))


def _title_year(title: str) -> int | None:
    """The year a title names outside a period in brackets closing it; a span's first year."""
    k = _PERIOD.sub("", _arabic_years(title))
    m = _YEAR_SPAN.search(k) or _YEAR.search(k)
    return int(m.group(1)) if m else None


def _notice_year(title: str, head_lines: list[str]) -> int | None:
    """The year of the plan the notice issuing it names (关于印发2024年某某要点的通知 above the
    heading 某某要点), which its number and date (〔2023〕, 2023年12月) issued the year before."""
    own = _squash(title)
    for line in head_lines:
        m = _NOTICE.search(fold(line))
        if m and own and own in _squash(m.group(1)):
            return _title_year(m.group(1))
    return None


def plan_year(
    title: str,
    deadlines: list[str],
    head_lines: list[str],
    all_text: str,
    page_lines: Sequence[str] = (),
) -> int | None:
    """Year from the title (or the notice issuing it), else the first year of the period the
    title names (实施方案(2019-2020年): a plan issued the year before its period is the period's),
    else the deadlines, else the plan's own document number, else its issue date, else the latest
    number of the documents it cites (it was issued after them), else the text, else its page's
    date (on the page's lines before any were dropped)."""
    year = _title_year(title) or _notice_year(title, head_lines)
    if year:
        return year
    period = _PERIOD.search(fold(title))
    m = re.search(r"(?:19|20)\d{2}", period.group()) if period else None
    if m:
        return int(m.group())
    years = Counter(int(y) for d in deadlines for y in _YEAR.findall(fold(d)))
    if years:
        return years.most_common(1)[0][0]
    own, cited = _numbers(head_lines)
    if own:
        return own[0]
    for line in head_lines:
        m = _ISSUE_DATE.search(_arabic_years(line))
        if m:
            return int(next(g for g in m.groups() if g))
    if cited:
        return max(cited)
    m = re.search(r"((?:19|20)\d{2})-\d{1,2}-\d{1,2}", all_text)
    if m:
        return int(m.group(1))
    years = Counter(int(y) for y in _YEAR.findall(fold(all_text)))
    if years:
        return years.most_common(1)[0][0]
    # the page's date (a mirror's page may be dated years after the plan: the text's own years,
    # which date the tuning part's plans rightly, come first)
    for line in page_lines:
        m = _PAGE_DATE.search(fold(line))
        if m:
            return int(next(g for g in m.groups() if g))
    return None


def task_title(text: str, body_below: bool = False) -> str:
    """The first sentence, up to the first 。, if more text follows and it has no ，,；;：: ; or a
    short heading standing on the text's first line (a sub-row's heading cell), or standing alone
    with the item's text in paragraphs below it (``body_below``: 一、总体要求 / 坚持…)."""
    first, _, rest = text.strip().partition("\n")
    if (
        (rest.strip() or body_below)
        and 2 <= len(first) <= 30
        and not re.search(r"[。,;:]", fold(first))
    ):
        return first.strip()
    k = fold(text)
    end = k.find("。")
    if end <= 0 or not k[end + 1 :].strip():
        return ""
    head = text[:end].strip()
    if re.search(r"[,;:]", fold(head)):
        return ""
    return head
