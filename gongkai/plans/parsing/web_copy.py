"""What a web page's copy leaves in the text: a mirror site's lost indents (``??``), markup left
in the text (``/div>``), the page's furniture (breadcrumb, page labels, print links, footer) and a
document-sharing site's page numbers."""

from __future__ import annotations

import re

from .deadlines import DEADLINE_LABEL
from .fold import fold
from .numbering import garbled_prefix
from .runon_text import MARKER_START, SENTENCE_END, split_runon_line

# A mirror site's copy turns each ideographic space of an indent into "?": "??" at the start of a
# paragraph, or between paragraphs run together (…落实。??2.优化…). At a line's start before text,
# and inside a line before an item number or after a sentence's end, it is the blank it replaced
# (a mojibake number, ?。ň牛┩…, is left to the garbled-number reading).
# (a blank the copy kept between them, "? ?二、…", is the indent's too)
LOST_INDENT_START = re.compile(r"^\?+(?:[ \t\u3000\u00a0]+\?+)*(?=[\u3400-\u9fff\d（(①-⑳])")
_LOST_INDENT_MID = re.compile(r"(?<=[。；;：:！!）)」”\u3400-\u9fff])\?{2,}")
# after a blank (paragraphs run together with a space between them), before text
_LOST_INDENT_AFTER_BLANK = re.compile(r"(?<=\s)\?{2,}(?=[\u3400-\u9fff\d（(《①-⑳])")


def lost_indents(line: str) -> str:
    # (the blanks of an indent the copy kept or gave the line again before the "?" go too)
    bare = line.lstrip(" \t\u3000\u00a0")
    if bare != line and LOST_INDENT_START.match(bare) and not garbled_prefix(bare):
        line = bare
    if LOST_INDENT_START.match(line) and not garbled_prefix(line):
        line = LOST_INDENT_START.sub("", line)
    line = _LOST_INDENT_AFTER_BLANK.sub("", line)
    return _LOST_INDENT_MID.sub(
        lambda m: (
            " "
            if MARKER_START.match(line, m.end()) or line[m.start() - 1] in SENTENCE_END
            else m.group(0)
        ),
        line,
    )


# A web copy's markup left in the text, its "<" sometimes lost with the line break
# (…工作要点/div>, …</p>): read again once wrapped lines are rejoined (…牵头(/ | div>)
TAG_LEFT = re.compile(r"<?/(?:div|p|span|td|tr|li|font)>|<(?:br|p|div)\s*/?>", re.I)


# A page of a document-sharing site (文库) starts with its page number: 1、 2、 3、 …
_SHARE_PAGE = re.compile(r"^(\d{1,3})、")
# what such a site prints above the first page: the file's name, 由会员分享, 在线阅读, 下载 …
_SHARE_SITE = re.compile(
    r"\.(?:docx?|pdf|wps|pptx?)\b|会员分享|用户上传|在线阅读|免费阅读|文库|下载"
)
# a page breaks on a character, or inside a statement it has opened (…(责任单位: / 2、A局))
_PAGE_TEXT = re.compile(r"[\u3400-\u9fffA-Za-z0-9]$|[(（][^()（）]*[:：]$")


_HIGHER_NUMBER = re.compile(r"[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)]")


def _first_page(line: str, min_page: int) -> bool:
    """``1、`` opening a page-long line that holds numbers of a higher level (一、 （一）): the
    first page's number, not item 1 (an item numbered 1、 does not hold its own sections)."""
    return (
        line.startswith(("1、", "１、"))
        and len(line) >= min_page
        and bool(_HIGHER_NUMBER.search(line, 2))
    )


def join_shared_pages(lines: list[str], min_page: int = 80) -> list[str]:
    """Remove the page numbers a document-sharing site prints at each page and join the pages.

    Such a copy (its head names the file, 由会员分享, 在线阅读 …) holds its text page by page,
    each page a long line opening with ``N、``; the page breaks fall anywhere, mid-word
    (``…编制政`` / ``2、务服务事项…``). A line opening with the next page number, after a
    page-long line that stops on a character rather than on a punctuation mark, continues that
    line; the ``1、`` of the first page goes too when it is the first numbered line of the
    document and holds numbers of a higher level. Items of the text (``2、加强领导``) follow the
    end of a sentence or a short heading, so they stay.
    """
    pages: list[int] = []
    expected = 2
    for i, line in enumerate(lines):
        m = _SHARE_PAGE.match(line)
        if not m or i == 0 or int(m.group(1)) != expected:
            continue
        prev = lines[i - 1]
        if len(prev) >= min_page and _PAGE_TEXT.search(prev):
            pages.append(i)
            expected += 1
    if not pages or not any(_SHARE_SITE.search(ln) for ln in lines[: pages[0]]):
        return lines
    first = next((i for i, ln in enumerate(lines) if MARKER_START.match(ln)), None)
    out: list[str] = []
    joined: set[int] = set()
    for i, line in enumerate(lines):
        if i in pages:
            out[-1] += line[_SHARE_PAGE.match(line).end() :]  # type: ignore[union-attr]
            joined.add(len(out) - 1)
        elif i == first and i < pages[0] and _first_page(_page_text(lines, i, pages), min_page):
            out.append(line[2:])
            joined.add(len(out) - 1)
        else:
            out.append(line)
    # a page runs its paragraphs together: split it at its paragraph breaks, whatever its length
    out = [_unglue_first_section(line) if k in joined else line for k, line in enumerate(out)]
    return [
        part
        for k, line in enumerate(out)
        for part in (
            split_runon_line(line)
            if k in joined and len(MARKER_START.findall(line)) >= 2
            else [line]
        )
    ]


def _page_text(lines: list[str], i: int, pages: list[int]) -> str:
    """The first page's line ``i`` with the pages joined to it (its sections may start on the
    second page: 1、通知…的精神 / 2、…如下:一、…)."""
    k, text = i + 1, lines[i]
    while k in pages:
        text += lines[k]
        k += 1
    return text


# the first section glued to the words before it (…的通知…重点工作安排一、切实加强…)
_GLUED_FIRST = re.compile(r"(?<=[\u3400-\u9fff:：])(?<![第统唯逐之])一、(?=[\u3400-\u9fff])")


def _unglue_first_section(line: str) -> str:
    """In a sharing site's run-on page, the plan's first section ``一、`` glued to the notice or
    title before it starts a paragraph, when its ``二、`` follows in the same run."""
    m = _GLUED_FIRST.search(line)
    if m is None or "二、" not in line[m.end() :] or "一、" in line[: m.start()]:
        return line
    return line[: m.start()] + " " + line[m.start() :]


# A web page's furniture copied with the text: a breadcrumb (首页 > 政务公开 > …), the page's
# labels (标题： 索引号： 发文日期： 发布时间：; a policy site's 发文字号： 颁发时间： 实施日期：
# 效力级别：, whose 实施日期 is when the document takes effect, no task's time limit), font-size,
# print and close links, and the footer's 扫一扫在手机打开当前页.
_CRUMB = re.compile(r"^(?:当前位置[:：]?\s*)?(?:首页|网站首页|主页)\s*(?:>>?|＞|»|/|→)")
_PAGE_LABEL = re.compile(
    r"^[•·]?\s*(?:标题|索引号|发文日期|发布时间|发布日期|成文日期|发文机关|发布机构|信息来源|来源"
    r"|浏览次数|点击数|访问次数|主题分类|公开方式|公开范围|字号"
    r"|发文字号|发文机构|颁发时间|颁布时间|颁布日期|实施日期|施行日期|效力级别|时效性)\s*[:：]"
)
_PAGE_LINKS = re.compile(
    r"^(?:[【\[]?\s*(?:字体|字号)?\s*[:：]?\s*大\s*中\s*小\s*[】\]]?|[【\[]?(?:打印|打印本页|关闭|关闭窗口"
    r"|返回顶部|收藏|分享)[】\]]?|扫一扫在手机打开当前页|[•·]\s*字号\s*[:：]?|\s)+$"
)
_FURNITURE_HEAD, _FURNITURE_TAIL = 15, 5
# The site's footer: who runs the site (主办单位：… 承办单位：…, which would read as a last task's
# units), its numbers (网站标识码, ICP备…, 公网安备…) and links (网站地图, 联系我们).
_FOOTER_MARK = re.compile(r"网站标识码|ICP备|ICP证|公网安备|版权所有|Copyright|©")
# the labels of the footer's fields (主办单位：…, 技术支持：…, 地址：…)
_FOOTER_FIELD_NAME = (
    r"(?:主办|承办|协办|维护|运维|建设|管理)单位|技术支持|网站标识码|备案(?:号|编号)"
    r"|联系电话|联系地址|地址|邮编|传真"
)
# a footer's line: it opens with a field's label, the site's number or a link, or holds the
# site's registration
_FOOTER_LINE = re.compile(
    rf"^(?:{_FOOTER_FIELD_NAME}|政府网站标识码|网站地图|联系我们|版权所有|Copyright|©)|ICP备|公网安备"
)
# a field of the footer, at the line's start or after a blank
_FOOTER_FIELD = re.compile(rf"(?:^|\s)(?:{_FOOTER_FIELD_NAME})\s*:")
_TIME_LABEL = re.compile(rf"{DEADLINE_LABEL}\s*:")
# (a footer's lines are short: a long line opening with 主办单位 holds the text run on after it)
_FOOTER_TAIL, _FOOTER_WIDTH = 10, 80
_RUN_ON = 400  # split_runon's length of a line far longer than a paragraph


def drop_page_furniture(lines: list[str]) -> list[str]:
    """Lines of a web page's furniture (see above) among the first and last lines: dropped. A
    label line (标题：… 发布时间：…) only among several such lines, where it labels the page; a
    footer line (主办单位：…) only where the last lines hold the site's numbers or two of them,
    after the last numbered item.
    Lines are read folded: a copy in traditional characters has the same furniture."""
    ends = set(range(min(_FURNITURE_HEAD, len(lines))))
    ends |= set(range(max(0, len(lines) - _FURNITURE_TAIL), len(lines)))
    shadow = {
        k: fold(lines[k]) for k in ends | set(range(max(0, len(lines) - _FOOTER_TAIL), len(lines)))
    }
    labels = {k for k in ends if _PAGE_LABEL.match(shadow[k].strip())}
    drop = {k for k in ends if _CRUMB.match(shadow[k].strip()) or _PAGE_LINKS.match(shadow[k])}
    if len(labels) >= 2:
        # a label line running on into the body (a copy that lost its line breaks: 索引号：…
        # 发文日期：… 各区人民政府：…) is no field alone: it stays, for the run-on split
        drop |= {k for k in labels if len(shadow[k]) <= _RUN_ON}
    tail = range(max(0, len(lines) - _FOOTER_TAIL), len(lines))
    # a footer comes after the document's last numbered item: label lines before one (承办单位：…
    # under an item of a short plan) are the items' statements
    last_item = max((k for k in tail if MARKER_START.match(shadow[k].strip())), default=-1)
    footer = {
        k
        for k in tail
        if k > last_item
        and len(shadow[k].strip()) <= _FOOTER_WIDTH
        and _FOOTER_LINE.search(shadow[k].strip())
    }
    # nor does a site's footer hold a time limit: 主办单位：… above 完成时限：… after the last
    # item are its statements
    first = min(footer, default=len(lines))
    timed = any(_TIME_LABEL.match(shadow[k].strip()) for k in tail if k > first)
    # (a footer's fields may run on one line: 主办单位：… 技术支持：… 地址：…)
    fields = sum(max(1, len(_FOOTER_FIELD.findall(shadow[k]))) for k in footer)
    if not timed and (fields >= 2 or any(_FOOTER_MARK.search(shadow[k]) for k in footer)):
        drop |= footer
    return [ln for k, ln in enumerate(lines) if k not in drop] if drop else lines


# The closing lines of an official document (its 版记): the note on how it is published
# ((此件公开发布) / (此件主动公开)), the copy list (抄送：…, one line or broken over a few) and the
# line of the office that printed it with the date (某某办公室  2024年3月15日印发). They name
# offices, but never a task's units.
_PUBLISH_NOTE = re.compile(r"^[(（]\s*此件[^()（）]{0,12}[)）]$")
_COPY_LIST = re.compile(r"^抄\s*送\s*[:：]")
_PRINTED_LINE = re.compile(
    r"^\S.{0,40}?\s*(?:\d{4}|[〇○零一二三四五六七八九]{4})\s*年\s*[\d一二三四五六七八九十]{1,3}\s*月"
    r"\s*[\d一二三四五六七八九十]{1,3}\s*日\s*印\s*发$"
)


def drop_closing_lines(lines: list[str]) -> list[str]:
    """The document's closing lines (see above): dropped, with the lines a copy list was broken
    onto (up to the printed line or the line ending the list in 。)."""
    out: list[str] = []
    in_copy_list = False
    for line in lines:
        k = fold(line).strip()
        if in_copy_list:
            if _PRINTED_LINE.match(k) or k.endswith(".") or k.endswith("。"):
                in_copy_list = False
                continue
            # (a numbered line after a list that lost its full stop is the text going on)
            if len(k) <= 40 and not re.search(r"[:：]", k) and not MARKER_START.match(k):
                continue
            in_copy_list = False
        if _PUBLISH_NOTE.match(k) or _PRINTED_LINE.match(k):
            continue
        if _COPY_LIST.match(k):
            in_copy_list = not (k.endswith(".") or k.endswith("。"))
            continue
        out.append(line)
    return out
