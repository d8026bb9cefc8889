"""Metamorphic robustness of the work-plan parser: the tuning documents in forms real copies take.

Each transform is a function ``text -> text`` (or ``text -> FileForm``, below), deterministic
(any randomness is seeded from the text itself), giving a form in which published plans are
really copied: traditional
characters, pinyin in brackets after characters, half-width or full-width punctuation, prose
broken at a fixed width as copied from a PDF, blank lines added or removed, page numbers and a
running header at page breaks, full-width-space indents, trailing spaces and CRLF ends, table
rows copied with tabs, with runs of spaces, one cell per line or as Markdown, cells of several
paragraphs broken into lines, full-width digits, and a PDF's copy (paragraphs opening
indented, rewrap and page breaks together); and forms unseen copies were found in: a web copy
that lost its line breaks, a section heading with its first item on one line, a web page's
furniture around the text, no title, cells one per line indented or set apart by runs of blank
lines, a table's group cells printed again in later rows or after a page break with the header,
and labelled statements reordered in their bracket. Five give the file a coordinator uploads
instead of a text, read by the reader the upload goes to (``read_blocks`` with the file's name):
a Word file of one paragraph per line (first-line indents as paragraph format, no empty
paragraphs, the title centred), a government site's article page with one ``<p>`` per line or its
lines set apart by ``<br>`` (header, menu, breadcrumb, metadata table and footer around it),
a PDF set from a prose document (paragraphs wrapped at the page's width, page numbers), and a PDF
of a document with tables (ruled, cells wrapped over several lines, the header printed again on
each page), complete grids of '|' rows becoming real tables in the Word file, the pages and the
second PDF. Three re-cast time limits
as plans write them: a time-limit column headed by another header word (完成时限 → 时间节点,
进度安排, 办结时限 …), a time-limit label written with another label word (完成时限： →
时限要求：, 办结时限： …), and dates with a space either side of their numbers (2021 年 6 月底前).
A time limit's value is never rewritten into another shape (年底前 → 12月底前 would change what
the gold holds); only the spaces score.py's norm() drops are added to it. A fourth writes
statements on label lines under an item (责任单位：… / 完成时限：…) as one bracket closing the
item's text. Three re-cast unit statements: a responsibility column headed by another header word
of its role (责任单位 → 责任部门 / 承办单位 / 实施单位 …, 牵头单位 → 主办单位 …, 配合单位 → 协办单位
…), a unit label written with another label word of its role ((责任单位：…) → (责任部门：…)), and
labels set in square brackets instead of closed by a colon (责任单位：… → 【责任单位】…, a labelled
bracket closing its line → 【牵头单位】…；【责任单位】…). None changes a string the gold holds.
One writes the document as a crawler's or converter's Markdown (``markdown_marks``: ``## 一、…``,
bold section headings and labels). And one gives the Word file with Word's automatic numbering
(``docx_auto_numbering``: 一、 and （一） carried by heading styles, 1. by the paragraph's list).
The last keeps a task table as an Excel workbook (``xlsx_workbook``: title rows merged across, a
group column merged down; only documents with a complete grid).
(Left out: a cell saying ``A牵头，B配合`` re-cast as a lead and a co-operating column: the
tuning tables holding such cells mix them with cells naming one body and cells of three roles
(…；各镇参照落实), and rows there lost their spanned cells, so the columns would be guessed; and
labels written with a dash (责任单位——…), a form not found in the plans read.) Six re-cast a task
table's layout (38-43): the time-limit column before the unit
column, an empty 备注 column or a progress column (进展情况: 已完成 / 正在推进 …) at the end, the
table alone without the title and preamble before it, rows one cell per line set apart by blank
lines with each row's number on a line of its own, and the header's unit and time-limit cells
printed on two lines (责任 / 单位). Left out there: a two-level header (责任单位 over 牵头 |
配合) and 牵头 and 配合 columns swapped (no tuning table has two unit columns: splitting one would
be guessing which units lead), and a 序号 column added in front (a number made up for rows that
are not numbered would give paths the gold does not hold). A transform that changes strings the
gold holds (s2t) transforms the gold alongside with the same converter. Every transformed
tuning document (the text ones; the HTML pages are left out) is parsed and scored with score.py's
own ``score``/``prf``, pooled per transform.

A transform must leave the document readable to a person: where it would not, it leaves the
document (or the line) as it is, and its comment says why (tables are not rewrapped, bars that
alone tell empty cells are kept, rows with an empty cell are not put one cell per line, only
complete grids become a file's tables, ruled in a PDF). Left out altogether: a
table rebuilt from text rows of unequal length (the copies lost the spans the pages' tables had,
so rebuilding them would be guessing), and cells broken at a width inside words (a PDF's form,
which has no bars). ``half_width_punct`` changes nothing in the tuning part (its
copies are half-width already); it is kept for documents added later.

Run with ``python -m gongkai.plans.tests.forms_eval [-v] [NAME ...]`` (``make eval-plans`` does);
the fast slice in ``test_parsing_transforms.py`` runs thirty-two transforms in the suite. With
``--combos N [--seed S]`` it scores N compositions of two or three transforms drawn with the seed
(text transforms in the order a copy takes them, at most one file form last, no two that
contradict each other: see ``_STAGES`` and ``_contradict``), one pooled line each; ``make
eval-plans`` runs 80 (seed 0) and ``test_parsing_forms_combos.py`` a fixed slice. Only the
tuning part is read: the held-out part is never transformed nor scored here.
"""

from __future__ import annotations

import functools
import html
import io
import json
import random
import re
import sys
import zlib
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass

import opencc

from gongkai.plans.parsing import parse_blocks
from gongkai.plans.parsing.errors import ParseError
from gongkai.plans.parsing.readers import read_blocks
from gongkai.plans.parsing.readers.front_matter import split_front_matter
from gongkai.plans.parsing.readers.markdown_marks import plain_line

from .parsing_paths import REPO

REAL = REPO / "tests" / "data" / "workplans_real"


@dataclass(frozen=True)
class FileForm:
    """A transform's output as a file (a Word file, a web page, a PDF): its bytes, read by the
    reader an upload of that name goes to, and the suffix the upload's name carries."""

    data: bytes
    suffix: str


Transform = Callable[[str], "str | FileForm"]

_S2T = opencc.OpenCC("s2t")


def _rng(text: str, salt: str) -> random.Random:
    """A generator seeded from the text and the transform's name: same input, same output."""
    return random.Random(zlib.crc32((salt + text).encode("utf-8")))


def _lines(text: str) -> list[str]:
    return text.replace("\r\n", "\n").split("\n")


def _is_table_line(line: str) -> bool:
    return "|" in line


# 1. Traditional characters (the converter the parser itself folds with, the other way).
def traditional(text: str) -> str:
    return _S2T.convert(text)


# 2. Pinyin in brackets after some characters, as some reposting sites print it (關(guān)).
# Tone-marked syllables of characters common in these plans, simplified and traditional forms.
_PINYIN = {
    "政": "zhèng",
    "务": "wù",
    "務": "wù",
    "公": "gōng",
    "开": "kāi",
    "開": "kāi",
    "工": "gōng",
    "作": "zuò",
    "部": "bù",
    "门": "mén",
    "門": "mén",
    "局": "jú",
    "关": "guān",
    "關": "guān",
    "信": "xìn",
    "息": "xī",
    "管": "guǎn",
    "理": "lǐ",
    "建": "jiàn",
    "设": "shè",
    "設": "shè",
    "发": "fā",
    "發": "fā",
    "展": "zhǎn",
    "规": "guī",
    "規": "guī",
    "范": "fàn",
    "範": "fàn",
    "推": "tuī",
    "进": "jìn",
    "進": "jìn",
    "落": "luò",
    "实": "shí",
    "實": "shí",
    "市": "shì",
    "县": "xiàn",
    "縣": "xiàn",
    "区": "qū",
    "區": "qū",
    "办": "bàn",
    "辦": "bàn",
    "委": "wěi",
    "会": "huì",
    "會": "huì",
    "人": "rén",
    "民": "mín",
    "府": "fǔ",
    "头": "tóu",
    "頭": "tóu",
    "责": "zé",
    "責": "zé",
    "任": "rèn",
    "单": "dān",
    "單": "dān",
    "位": "wèi",
    "完": "wán",
    "成": "chéng",
    "年": "nián",
    "底": "dǐ",
    "前": "qián",
    "乡": "xiāng",
    "鄉": "xiāng",
    "镇": "zhèn",
    "鎮": "zhèn",
}


def pinyin_noise(text: str) -> str:
    rng = _rng(text, "pinyin")
    out: list[str] = []
    for ch in text:
        out.append(ch)
        if ch in _PINYIN and rng.random() < 0.25:
            out.append(f"({_PINYIN[ch]})")
    return "".join(out)


# 3. Punctuation of the other width: full-width marks half-width, and the other way round.
_TO_HALF = str.maketrans({"，": ",", "：": ":", "；": ";", "（": "(", "）": ")"})
_TO_FULL = str.maketrans({",": "，", ":": "：", ";": "；", "(": "（", ")": "）"})


def half_width_punct(text: str) -> str:
    return text.translate(_TO_HALF)


def full_width_punct(text: str) -> str:
    # only beside Chinese text: ASCII runs (URLs, 12:00, (PPP)) stay as they are
    return re.sub(
        r"(?<=[\u3400-\u9fff\d])[,:;()]|[,:;()](?=[\u3400-\u9fff])",
        lambda m: m.group(0).translate(_TO_FULL),
        text,
    )


# 4. Lines broken at a fixed width, as text copied out of a PDF (one width per document). Only
# prose documents are broken: a table copied out of a PDF is a flattening of its own, not a
# table copied from a page (rows with '|', one cell per line, cells set apart by spaces) with
# its cells broken at a width, whose cells a reader could no longer tell apart; and a sharing
# site's copy (its pages run together on long lines) is a web page, never a PDF.
_COLUMN_WORD = re.compile(
    r"^(?:序号|序號|.{0,4}(?:单位|單位|部门|部門|科室|处室|處室|时限|時限|任务|任務|内容|內容|目标|目標))$"
)
_SHARING_SITE = re.compile(r"会员分享|會員分享|文库|文庫|在线阅读|在線閱讀")


def _is_prose(lines: list[str]) -> bool:
    """No table (a row with '|', a column's name standing as a word or a line of its own) and no
    sharing site's head."""
    if any(_SHARING_SITE.search(ln) for ln in lines[:10]):
        return False
    return not any(
        _is_table_line(ln) or any(_COLUMN_WORD.match(w) for w in [*ln.split(), ln.replace(" ", "")])
        for ln in lines
    )


def pdf_rewrap(text: str) -> str:
    lines = _lines(text)
    if not _is_prose(lines):
        return text
    width = _rng(text, "rewrap").randint(28, 40)
    out: list[str] = []
    for line in lines:
        # a blank inside a line sets apart a page's two columns or a row's cells: kept whole
        if " " in line.strip() or not width < len(line) < 400:
            out.append(line)
            continue
        out.extend(line[k : k + width] for k in range(0, len(line), width))
    return "\n".join(out)


# 5. A blank line between all lines / no blank line at all.
def blank_lines_between(text: str) -> str:
    return "\n\n".join(_lines(text))


def no_blank_lines(text: str) -> str:
    return "\n".join(ln for ln in _lines(text) if ln.strip())


# 6. Page breaks every N lines: a page number (- 3 -) and a running header repeating the title.
def _title_line(lines: list[str]) -> str:
    for line in lines[:30]:
        s = line.strip()
        if 6 <= len(s) <= 40 and re.search(r"(方案|要点|计划|計劃|要點|安排|清单|清單|分工)$", s):
            return s
    return ""


def page_breaks(text: str, form: str = "- {} -", header: str | None = None) -> str:
    lines = _lines(text)
    every = _rng(text, "pages").randint(18, 30)
    header = _title_line(lines) if header is None else header
    out: list[str] = []
    page = 1
    for k, line in enumerate(lines):
        if k and k % every == 0:
            out.append(form.format(page))
            page += 1
            if header:
                out.append(header)
        out.append(line)
    return "\n".join(out)


# 7. Paragraphs indented with two full-width spaces (in place of any indent they had).
def full_width_indent(text: str) -> str:
    return "\n".join("\u3000\u3000" + ln.lstrip() if ln.strip() else ln for ln in _lines(text))


# 8. Trailing spaces and CRLF line ends.
def trailing_spaces_crlf(text: str) -> str:
    rng = _rng(text, "trailing")
    return "\r\n".join(ln + " " * rng.randint(0, 3) for ln in _lines(text))


def _documents_rows(lines: list[str]) -> bool:
    """A document whose lines with '|' are mostly rows of two cells or more."""
    table = [ln for ln in lines if _is_table_line(ln)]
    rows = [ln for ln in table if len([c for c in ln.split("|") if c.strip()]) >= 2]
    return bool(table) and 2 * len(rows) >= len(table)


def _rows_joined(text: str, gap: Callable[[], str]) -> str:
    """Each row written with '|' written with ``gap()`` between its cells instead; the bars
    standing alone between rows go with them (such a copy has no bars). A document whose bars
    mostly close cells one per line (``cell |``, ``||``) is a flattening of its own and stays:
    without its bars a reader could not tell its empty cells."""
    lines = _lines(text)
    if not _documents_rows(lines):
        return text
    out = []
    for line in lines:
        if _is_table_line(line):
            cells = [c.strip() for c in line.split("|")]
            while cells and not cells[-1]:
                cells.pop()
            while cells and not cells[0]:
                cells.pop(0)
            if not cells:
                continue
            line = "".join(c + (gap() if k < len(cells) - 1 else "") for k, c in enumerate(cells))
        out.append(line)
    return "\n".join(out)


# 9. Table rows copied with tabs between cells instead of '|'.
def tab_cells(text: str) -> str:
    return _rows_joined(text, lambda: "\t")


# 10. Table rows copied with runs of spaces between cells (as a PDF's text layer lays them out).
def spaced_cells(text: str) -> str:
    rng = _rng(text, "spaced")
    return _rows_joined(text, lambda: " " * rng.randint(2, 6))


# 11. Table rows copied one cell per line (a web page's table pasted as text). Only documents
# whose rows have no empty cell: with one, a reader could not tell which column a line is.
def cells_one_per_line(text: str) -> str:
    rows = [ln for ln in _lines(text) if _is_table_line(ln)]
    cells = [[c.strip() for c in ln.strip().strip("|").split("|")] for ln in rows]
    if not rows or any(not c for row in cells for c in row):
        return text
    out = []
    for line in _lines(text):
        if _is_table_line(line):
            out.extend(c.strip() for c in line.strip().strip("|").split("|"))
        else:
            out.append(line)
    return "\n".join(out)


# 12. A PDF's copy: paragraphs opening indented, prose broken at a fixed width, page numbers in
# one of the forms PDFs print them (- 3 -, — 3 —, 第3页) and a running header, every N lines.
_PAGE_FORMS = ("- {} -", "— {} —", "第{}页", "第 {} 页 共 9 页")


def pdf_copy(text: str, header: str | None = None) -> str:
    form = _PAGE_FORMS[_rng(text, "page form").randrange(len(_PAGE_FORMS))]
    return page_breaks(pdf_rewrap(full_width_indent(text)), form, header)


# 13. Digits written full-width (１．、２０２４年), as some word processors set them.
_FULL_DIGITS = str.maketrans("0123456789", "０１２３４５６７８９")


def full_width_digits(text: str) -> str:
    return text.translate(_FULL_DIGITS)


# 14. Rows written as a Markdown table: a bar opening (and closing) each row, a rule of dashes
# under the first row of each table; only in documents of rows, as for tabs (bars standing alone
# between rows go).
def markdown_rows(text: str) -> str:
    lines = _lines(text)
    if not _documents_rows(lines):
        return text
    out: list[str] = []
    in_table = False
    for line in lines:
        if not _is_table_line(line):
            out.append(line)
            in_table = False
            continue
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if not any(cells):
            continue
        closed = line.rstrip().endswith("|")  # a row cut off by the copy stays open
        out.append("| " + " | ".join(cells) + (" |" if closed else ""))
        if not in_table:
            out.append("|" + "---|" * len(cells))
        in_table = True
    return "\n".join(out)


# 15. Cells of several paragraphs written with '|' broken into lines at their sentences' ends,
# as a page's cell holding line breaks is copied. Only in documents whose rows all end in '|':
# there a reader sees where each cell ends. (Broken at a fixed width instead, inside words, the
# form would be a PDF's, which holds no bars.)
_CELL_SENTENCE = re.compile(r"(?<=[。；;])(?=[^|。；;\s])")


def wrapped_cells(text: str) -> str:
    lines = _lines(text)
    rows = [ln for ln in lines if _is_table_line(ln) and ln.strip() not in ("|", "｜")]
    if not rows or not all(ln.rstrip().endswith("|") for ln in rows):
        return text
    return "\n".join(
        "|".join(_CELL_SENTENCE.sub("\n", c) for c in ln.split("|")) if ln in rows else ln
        for ln in lines
    )


# ---------------------------------------------------------------- forms of unseen copies
# 18. A web copy that lost its line breaks: the body after the title line on one line, its
# paragraphs joined by one space. Only documents whose items are numbered paragraphs (prose, no
# table: a table's rows run together could not be told apart by a reader).
_COLUMN_GAP = re.compile(r"[\u4e00-\u9fff，。、；）)] +[\u4e00-\u9fff（(]")


def run_on_body(text: str) -> str:
    lines = [ln.strip() for ln in _lines(text) if ln.strip()]
    if len(lines) < 3 or not _is_prose(lines):
        return text
    # a page of two columns side by side (a gazette's PDF): run together, no reader follows it
    if 4 * sum(1 for ln in lines if _COLUMN_GAP.search(ln)) >= len(lines):
        return text
    title = _title_line(lines[:3])
    head = lines.index(title) + 1 if title else 1
    return "\n".join([*lines[:head], " ".join(lines[head:])])


# 19. A section heading and the first item under it on one line, set apart by a space
# (一、聚焦重点领域 （一）推进财政信息公开。…), as a page's copy sets a heading inline.
_SECTION_HEADING = re.compile(r"^[一二三四五六七八九十]{1,3}、[^。；;|]{1,30}$")
_FIRST_ITEM = re.compile(r"^(?:[（(]一[）)]|1[.．、])\S")


def heading_with_first_item(text: str) -> str:
    lines = _lines(text)
    out: list[str] = []
    k = 0
    while k < len(lines):
        line = lines[k]
        j = k + 1
        while j < len(lines) and not lines[j].strip():
            j += 1
        if (
            _SECTION_HEADING.match(line.strip())
            and j < len(lines)
            and _FIRST_ITEM.match(lines[j].strip())
            and not _is_table_line(lines[j])
        ):
            out.append(line.rstrip() + " " + lines[j].strip())
            k = j + 1
            continue
        out.append(line)
        k += 1
    return "\n".join(out)


# 20. Page furniture around the text, as a government site's page copies out: a breadcrumb, the
# page's labels (标题 / 索引号 / 发文日期 / 发布时间), font-size and print links, and a footer.
_CRUMBS = (
    "首页 > 政务公开 > 通知公告",
    "当前位置：首页 > 信息公开 > 政策文件",
    "首页>>政府信息公开>>计划总结",
)
_SIZES = ("【字体：大 中 小】打印", "• 字号: 大 中 小", "【打印本页】【关闭窗口】")
_FOOTERS = (
    ("扫一扫在手机打开当前页", "关闭窗口"),
    ("【打印】 【关闭】",),
    ("扫一扫在手机打开当前页",),
    # the site's footer: who runs it (主办单位：… reads like a statement's label) and its numbers
    (
        "【打印本页】【关闭窗口】",
        "网站地图 | 联系我们",
        "主办单位：某市人民政府办公室　承办单位：某市大数据中心",
        "网站标识码：1300000001　备案号：某ICP备05000001号",
    ),
    ("主办单位：某县人民政府", "技术支持：某网络科技有限公司", "地址：某县人民路1号"),
)


def page_furniture(text: str) -> str:
    rng = _rng(text, "furniture")
    lines = _lines(text)
    # the page's title: the document's, or (a copy that lost it) the notice's the page printed
    title = _title_line(lines) or "关于印发政务公开工作要点的通知"
    year = rng.randint(2019, 2024)
    month, day = rng.randint(1, 12), rng.randint(1, 28)
    head = [
        rng.choice(_CRUMBS),
        f"标题：{title}",
        f"索引号：{rng.randint(10**7, 10**8 - 1)}/{year}-{rng.randint(10000, 99999)}",
        f"发文日期：{year}年{month}月{day}日",
        f"发布时间：{year}-{month:02d}-{day:02d}",
        rng.choice(_SIZES),
    ]
    return "\n".join([*head, *lines, *rng.choice(_FOOTERS)])


# 21. No title: the copy starts at the preamble, the title lines (one, or two a title was broken
# over) removed. Only documents opening with their title. (score.py scores no title.)
_TITLE_END = re.compile(r"(方案|要点|计划|計劃|要點|安排|清单|清單|分工|任务|任務|通知|意见|意見)$")


def no_title(text: str) -> str:
    lines = _lines(text)
    body = [k for k, ln in enumerate(lines) if ln.strip()]
    for n in (1, 2):
        if len(body) <= n:
            break
        joined = "".join(lines[k].strip() for k in body[:n])
        if (
            8 <= len(joined) <= 60
            and _TITLE_END.search(joined)
            and "|" not in joined
            and not any(_COLUMN_WORD.match(lines[k].strip()) for k in body[:n])
        ):
            return "\n".join(lines[body[n] :])
    return text


def _cells_lines(text: str, write: Callable[[list[str]], list[str]]) -> str:
    """Table rows written one cell per line by ``write`` (as cells_one_per_line: only documents
    whose rows have no empty cell)."""
    rows = [ln for ln in _lines(text) if _is_table_line(ln)]
    cells = [[c.strip() for c in ln.strip().strip("|").split("|")] for ln in rows]
    if not rows or any(not c for row in cells for c in row):
        return text
    out: list[str] = []
    for line in _lines(text):
        if _is_table_line(line):
            out.extend(write([c.strip() for c in line.strip().strip("|").split("|")]))
        else:
            out.append(line)
    return "\n".join(out)


# 22. Cells one per line, each indented by four spaces and followed by a blank line (no '|').
def cells_indented_blank(text: str) -> str:
    return _cells_lines(text, lambda cells: [x for c in cells for x in ("    " + c, "")])


# 23. Cells one per line with one to four blank lines between them (no '|').
def _blanks(rng: random.Random) -> list[str]:
    return [""] * rng.randint(1, 4)


def cells_blank_runs(text: str) -> str:
    rng = _rng(text, "blank runs")
    return _cells_lines(text, lambda cells: [x for c in cells for x in (c, *_blanks(rng))])


# 24. A table's spanning group cells printed again in each later row of their group, as a web
# table's row-span copies out (一、… | （二）… | 4.… | 单位 |): a row written with fewer cells than
# the table's rows gets the group cells it lacks from the rows above, when each of them opens
# with a section number (一、 （二）): cells of other columns a reader could not place.
_GROUP_CELL = re.compile(
    r"^(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)])"
)


def _row_cells(line: str) -> list[str]:
    return [c.strip() for c in line.strip().strip("|").split("|")]


def _with_groups(lines: list[str], each: Callable[[int, str, list[str] | None], list[str]]) -> str:
    """Rows of the tables of ``lines``; ``each(k, line, groups)`` writes row ``k``, ``groups``
    the group cells it lacks (None when it lacks none or they cannot be told)."""
    rows = [ln for ln in lines if _is_table_line(ln) and ln.strip().strip("|").strip()]
    closed = [ln for ln in rows if ln.rstrip().endswith("|")]
    # rows ending in '|' (a last row cut off by the copy aside): a reader sees each row's end
    if not _documents_rows(lines) or len(closed) < len(rows) - 1:
        return "\n".join(lines)
    width = max(len(_row_cells(ln)) for ln in rows)
    current: list[str] = [""] * width
    out: list[str] = []
    for k, line in enumerate(lines):
        if not _is_table_line(line) or not line.strip().strip("|").strip():
            out.extend(each(k, line, None) if _is_table_line(line) else [line])
            continue
        cells = _row_cells(line)
        lack = width - len(cells)
        groups = current[:lack] if lack > 0 and line.rstrip().endswith("|") else None
        if groups is not None and not all(_GROUP_CELL.match(g) for g in groups):
            groups = None
        if lack <= 0:
            current = cells[:width]
        elif groups is not None:
            current = [*groups, *cells]
        out.extend(each(k, line, groups))
    return "\n".join(out)


def repeated_group_cells(text: str) -> str:
    def write(k: int, line: str, groups: list[str] | None) -> list[str]:
        if groups is None:
            return [line]
        return [" | ".join([*groups, *_row_cells(line)]) + " |"]

    return _with_groups(_lines(text), write)


# 25. A table's header row printed again after a page break, with the current group cells
# repeated in the row that goes on (every N rows, N from the text).
def header_after_page_break(text: str) -> str:
    lines = _lines(text)
    every = _rng(text, "page break").randint(4, 8)
    at = next(
        (k for k, ln in enumerate(lines) if _is_table_line(ln) and len(_row_cells(ln)) >= 2), None
    )
    if at is None:
        return text
    header = lines[at]
    # a header broken over two lines (工作任务 | 具体要求 / | 责任单位 |) is printed whole
    more = lines[at + 1] if at + 1 < len(lines) else ""
    broken = not header.rstrip().endswith("|") and more.strip().startswith("|")
    whole = [header, more] if broken and more.strip("| ") else [header]
    count = 0

    def write(k: int, line: str, groups: list[str] | None) -> list[str]:
        nonlocal count
        if line in whole or not line.strip().strip("|").strip():
            return [line]
        count += 1
        # a break only before a row written in full (its own cells, or the group cells it
        # lacks repeated): a row under a unit cell spanning it from the page before is left
        full = groups is not None or len(_row_cells(line)) >= len(_row_cells(" ".join(whole)))
        if count % every or not full:
            if count % every == 0:
                count -= 1  # the break goes to the next row that is full
            return [line]
        row = " | ".join([*groups, *_row_cells(line)]) + " |" if groups is not None else line
        return [*whole, row]

    return _with_groups(lines, write)


# 26. Labelled statements in one bracket reordered, the time limit first, then the lead, then
# the units, and joined with '，' ((完成时限：…，牵头单位：…，责任单位：…)).
_LABELLED = re.compile(r"[（(]([^（()）]*[：:][^（()）]*)[）)]")
_LABEL_AT = re.compile(r"(?:^|(?<=[；;，,]))\s*([^：:；;，,。\s]{2,6})[：:]")


def _label_rank(label: str) -> int:
    if re.search(r"时限|時限|时间|時間|期限|节点|節點", label):
        return 0
    return 1 if re.search(r"牵头|牽頭", label) else 2


def _reorder(m: re.Match) -> str:
    inner = m.group(1)
    starts = list(_LABEL_AT.finditer(inner))
    if len(starts) < 2 or starts[0].start() != 0 or "。" in inner:
        return m.group(0)
    parts = []
    for n, s in enumerate(starts):
        end = starts[n + 1].start() if n + 1 < len(starts) else len(inner)
        parts.append(inner[s.start() : end].strip().rstrip("；;，,"))
    labels = [s.group(1) for s in starts]
    order = sorted(range(len(parts)), key=lambda n: _label_rank(labels[n]))
    return m.group(0)[0] + "，".join(parts[n] for n in order) + m.group(0)[-1]


def reordered_labels(text: str) -> str:
    return _LABELLED.sub(_reorder, text)


# ---------------------------------------------------------------- forms of uploaded files
# 27-30b. The document as the file a coordinator uploads, read by the reader the upload goes to
# (a FileForm: bytes and the file's suffix): a Word file, a government site's article page (one
# <p> per line, or lines set apart by <br>), a PDF (prose, or with its grids ruled). Blank lines
# go (a Word file, a page or a PDF sets paragraphs apart by spacing, not by empty paragraphs);
# indents become paragraph format.
#
# A table written with '|' becomes a real table only where it is a complete grid: two rows or
# more, every one of the same number of cells (two or more), none of them empty. Elsewhere its
# lines stay paragraphs, as a text copy of a table pasted into the file: a row with fewer cells
# lost the spans of the table it was copied from (which columns a cell spans, which rows a group
# cell covers), so rebuilding the table would be guessing, as for an HTML rendering of the text
# tables; and an empty cell may be a span's lost cell too (a row lacking its group cell ends in
# an empty one: `3.… | 各科室 | |`), its cells then standing in the wrong columns of a grid.
def _table_runs(lines: list[str]) -> list[tuple[int, int]]:
    """(first line, line after the last) of each run of '|' table lines."""
    runs: list[tuple[int, int]] = []
    k = 0
    while k < len(lines):
        if not _is_table_line(lines[k]):
            k += 1
            continue
        end = k
        while end < len(lines) and _is_table_line(lines[end]):
            end += 1
        runs.append((k, end))
        k = end
    return runs


def _grids(lines: list[str]) -> dict[int, tuple[int, list[list[str]]]]:
    """The complete grids among the lines: first line -> (line after the last, rows of cells)."""
    grids: dict[int, tuple[int, list[list[str]]]] = {}
    for k, end in _table_runs(lines):
        rows = [_row_cells(ln) for ln in lines[k:end]]
        widths = {len(r) for r in rows}
        if len(rows) >= 2 and len(widths) == 1 and min(widths) >= 2 and all(all(r) for r in rows):
            grids[k] = (end, rows)
    return grids


def _opening_title(lines: list[str]) -> str:
    """The document's title line where it opens the document (else "")."""
    first = next((ln.strip() for ln in lines if ln.strip()), "")
    if 6 <= len(first) <= 60 and _TITLE_END.search(first) and "|" not in first:
        return first
    return ""


def _file_lines(text: str) -> Iterable[tuple[str, str | list[list[str]]]]:
    """("title" | "para", line) for each line with text, ("table", rows) for each complete grid;
    the title is the document's title line where it opens the document."""
    lines = _lines(text)
    grids = _grids(lines)
    title = _opening_title(lines)
    k = 0
    while k < len(lines):
        if k in grids:
            end, rows = grids[k]
            yield "table", rows
            k = end
            continue
        line = lines[k].strip()
        if line:
            yield ("title" if title and line == title else "para"), line
            title = ""
        k += 1


def docx_paragraphs(text: str) -> FileForm:
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    from docx.shared import Pt

    document = docx.Document()
    normal = document.styles["Normal"]
    normal.font.size = Pt(16)  # 三号, as official documents are set
    normal.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), "仿宋_GB2312")
    for kind, value in _file_lines(text):
        if kind == "table":
            rows = value
            table = document.add_table(rows=len(rows), cols=len(rows[0]))
            table.style = "Table Grid"
            for row, cells in zip(table.rows, rows, strict=True):
                for cell, cell_text in zip(row.cells, cells, strict=True):
                    cell.text = cell_text
            continue
        paragraph = document.add_paragraph()
        run = paragraph.add_run(value)
        if kind == "title":
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
            run.bold = True
            run.font.size = Pt(22)  # 二号
        else:
            paragraph.paragraph_format.first_line_indent = Pt(32)  # two characters
    out = io.BytesIO()
    document.save(out)
    return FileForm(out.getvalue(), ".docx")


_SITE_NAV = ("首页", "政务公开", "政务服务", "互动交流", "走进本地")


def _html_table(rows: list[list[str]]) -> str:
    body = "".join(
        "<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in row) + "</tr>\n" for row in rows
    )
    return f'<table border="1" cellspacing="0" cellpadding="0">\n<tbody>\n{body}</tbody></table>\n'


def _html_document(text: str, salt: str, article: Callable[[list], str]) -> FileForm:
    """A government site's article page around ``article`` (the document's lines and grids):
    a head, a header with the site's menu, a breadcrumb, the article's title and its metadata
    table, and a footer."""
    rng = _rng(text, salt)
    parts = list(_file_lines(text))
    # the page's title: the document's; a copy that lost it gets none (a made-up title could
    # belie the document: an opinion under a notice's title)
    title = _opening_title(_lines(text))
    year = rng.randint(2019, 2024)
    nav = "".join(f'<li><a href="/{k}/">{w}</a></li>' for k, w in enumerate(_SITE_NAV))
    index = f"{rng.randint(10**7, 10**8 - 1)}/{year}-00{rng.randint(100, 999)}"
    meta = (
        '<table class="xxgk-info">'
        f"<tr><td>索引号：</td><td>{index}</td>"
        "<td>发布机构：</td><td>政府办公室</td></tr>"
        f"<tr><td>成文日期：</td><td>{year}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日</td>"
        f"<td>发布日期：</td><td>{year}-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}</td></tr>"
        "</table>"
    )
    page = f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{html.escape(title or "政务公开")}_政府门户网站</title>
<link rel="stylesheet" href="/css/main.css">
<script src="/js/jquery.min.js"></script>
</head>
<body>
<div class="header"><div class="logo"><img src="/images/logo.png" alt="政府门户网站"></div>
<ul class="nav">{nav}</ul></div>
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/xxgk/">政务公开</a>
&gt; 通知公告</div>
<div class="main">
{meta}
<h1 class="article-title">{html.escape(title)}</h1>
<div class="article-tools">【字体：<a>大</a> <a>中</a> <a>小</a>】 <a>打印</a></div>
<div class="TRS_Editor">
{article(parts)}
</div>
</div>
<div class="footer">
<p><a href="/about/">关于本网</a> | <a href="/map/">网站地图</a>
| <a href="/contact/">联系我们</a></p>
<p>版权所有：政府办公室　主办单位：政府办公室</p>
<p>网站标识码：{rng.randint(10**9, 10**10 - 1)}　备案号：ICP备{rng.randint(10**7, 10**8 - 1)}号</p>
</div>
</body>
</html>
"""
    return FileForm(page.encode("utf-8"), ".html")


def html_page(text: str) -> FileForm:
    """One <p> per line, about half of them indented by style as editors leave them."""
    rng = _rng(text, "html p")

    def article(parts: list) -> str:
        out = []
        for kind, value in parts:
            if kind == "table":
                out.append(_html_table(value))
            elif kind == "title":
                title = f"<strong>{html.escape(value)}</strong>"
                out.append(f'<p style="text-align:center">{title}</p>')
            else:
                indent = ' style="text-indent:2em"' if rng.random() < 0.5 else ""
                out.append(f"<p{indent}>{html.escape(value)}</p>")
        return "\n".join(out)

    return _html_document(text, "html page", article)


def html_br(text: str) -> FileForm:
    """The text in one <div>, its lines set apart by <br> and indented with two full-width
    spaces or four &nbsp; (one or the other per document), as many sites' editors store an
    article (grids as tables between them)."""
    indent = _rng(text, "html br").choice(("\u3000\u3000", "&nbsp;" * 4))

    def article(parts: list) -> str:
        out = []
        for kind, value in parts:
            if kind == "table":
                out.append(_html_table(value))
            else:
                out.append(indent + html.escape(value) + "<br>")
        return "<div>" + "\n".join(out) + "</div>"

    return _html_document(text, "html br", article)


# A PDF set from the text (reportlab, the parser's own dependency for exports, with its built-in
# Song font, which needs no font file): paragraphs opening indented two characters, justified and
# wrapped at the page's width (the reader must rejoin them), the title centred, a page number at
# each page's foot. Only prose documents, as pdf_rewrap: a document with tables is pdf_tables'
# (its complete grids set as ruled tables; a row no grid holds would have no bars in a PDF).
def pdf_render(text: str) -> str | FileForm:
    return _as_pdf(text) if _is_prose(_lines(text)) else text


# 30b. A PDF set from a document with tables (reportlab, as pdf_render): the complete grids
# (as for the Word file) set as ruled tables, a grid line around every cell, each cell a
# paragraph wrapped in a column narrower than its longest text (cells wrap over several lines,
# as a 重点任务分工表 is published), the header row printed again at the top of each page the
# table goes on to; the prose around as pdf_render sets it. Only documents with a grid: the
# others are pdf_render's (prose) or keep their text (rows no grid holds: no table to rule).
def pdf_tables(text: str) -> str | FileForm:
    return _as_pdf(text) if _grids(_lines(text)) else text


def _as_pdf(text: str) -> FileForm:
    """The document set as a PDF: the title centred, paragraphs indented two characters and
    justified, complete grids as ruled tables, a page number at each page's foot."""
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    font = "STSong-Light"
    pdfmetrics.registerFont(UnicodeCIDFont(font))
    body = ParagraphStyle(
        "body", fontName=font, fontSize=16, leading=28, firstLineIndent=32,
        wordWrap="CJK", alignment=TA_JUSTIFY,
    )  # fmt: skip
    head = ParagraphStyle(
        "title", fontName=font, fontSize=22, leading=36, alignment=TA_CENTER, wordWrap="CJK",
        spaceAfter=14,
    )  # fmt: skip
    cell = ParagraphStyle("cell", fontName=font, fontSize=11, leading=15, wordWrap="CJK")

    def page_number(canvas, doc) -> None:
        canvas.setFont(font, 14)
        canvas.drawCentredString(A4[0] / 2, 15 * mm, f"- {doc.page} -")

    left, right = 28 * mm, 26 * mm
    width = A4[0] - left - right - 2

    def table(rows: list[list[str]]) -> Table:
        # each column narrower than its longest cell (two thirds of it, two characters at
        # least), so that cells wrap, headers too (牵头 / 单位); the longest column takes the
        # rest of the width
        longest = [max(len(r[k]) for r in rows) for k in range(len(rows[0]))]
        widths = [max(2.0, 0.66 * n) * cell.fontSize + 12 for n in longest]  # 12: padding
        wide = longest.index(max(longest))
        widths[wide] = max(width - sum(widths) + widths[wide], 4 * cell.fontSize)
        data = [[Paragraph(html.escape(c), cell) for c in r] for r in rows]
        t = Table(data, colWidths=widths, repeatRows=1)
        t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.6, "black"),
                               ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))  # fmt: skip
        return t

    out = io.BytesIO()
    template = SimpleDocTemplate(
        out, pagesize=A4, leftMargin=left, rightMargin=right, topMargin=37 * mm,
        bottomMargin=35 * mm, invariant=1,
    )  # fmt: skip
    story = [
        table(value)
        if kind == "table"
        else Paragraph(html.escape(value), head if kind == "title" else body)
        for kind, value in _file_lines(text)
    ]
    template.build(story, onFirstPage=page_number, onLaterPages=page_number)
    return FileForm(out.getvalue(), ".pdf")


# ---------------------------------------------------------------- forms of time limits
# (none changes a string the gold holds: header and label words are not in it, and norm() drops
# the spaces of deadline_value_spaces)
# 31. A time-limit column headed by another of the words plans head it with (完成时限, 时限要求,
# 完成时间, 时间节点 …), one word per document (seeded), a trailing 及要求 kept; in the
# document's script (時限要求 in a traditional copy). Only a header cell standing as a cell
# (between bars, spaces or a line's ends): a header run into the text after it is left.
_DEADLINE_HEADER_WORDS = (
    "完成时限", "时限要求", "完成时间", "时间节点", "时间安排", "进度安排", "办结时限",
    "完成期限", "推进时限",
)  # fmt: skip
_T2S = opencc.OpenCC("t2s")
_DEADLINE_HEADER = re.compile(
    r"(?:^|(?<=[|\t])|(?<=\s\s))(\s*)("
    + "|".join([*_DEADLINE_HEADER_WORDS, "时限"])
    + r")(及要求)?(?=\s*(?:$|[|\t]|\s\s))",
    re.M,
)


def deadline_header_words(text: str) -> str:
    # matched on the simplified text (one character for one, so its places are the text's)
    simple = _T2S.convert(text)
    if len(simple) != len(text):
        return text
    found = list(_DEADLINE_HEADER.finditer(simple))
    if not found:
        return text
    words = sorted(w for w in _DEADLINE_HEADER_WORDS if w not in {m.group(2) for m in found})
    choice = _rng(text, "deadline header").choice(words)
    out, at = [], 0
    for m in found:
        word = text[m.start(2) : m.end(2)]
        out += [text[at : m.start(2)], _S2T.convert(choice) if word != m.group(2) else choice]
        at = m.end(2)
    return "".join([*out, text[at:]])


# 32. A time-limit label (on a label line or in a statement's bracket) written with another of
# the label words plans use, one per document (seeded): 完成时限： → 时限要求： / 办结时限： …
_DEADLINE_LABEL_WORDS = (
    "完成时限", "完成时间", "时限要求", "时间要求", "办结时限", "完成期限", "时间节点",
    "时间安排", "责任时限",
)  # fmt: skip
_DEADLINE_LABEL = re.compile(
    r"(?:^|(?<=[（(；;，,。\s]))(" + "|".join(_DEADLINE_LABEL_WORDS) + r")(?=\s*[：:])", re.M
)


def deadline_label_words(text: str) -> str:
    found = {m.group(1) for m in _DEADLINE_LABEL.finditer(text)}
    if not found:
        return text
    words = sorted(w for w in _DEADLINE_LABEL_WORDS if w not in found)
    choice = _rng(text, "deadline label").choice(words)
    return _DEADLINE_LABEL.sub(choice, text)


# 33. Dates with a space either side of their half-width numbers (2021 年 6 月底前), as a PDF's
# text layer sets digits among characters. Only the numbers of dates (before 年, 月, 日, 季度):
# item numbers stay. score.py's norm() drops spaces, so the gold's strings still match. A line
# whose cells (or a page's columns) are set apart by spaces is left: spaces inside its cells
# would set apart cells a reader could no longer tell.
_DATE_NUMBER = re.compile(r"(?<![\d.])(\d{1,4})(?=(?:年|月|日|季度))")


def deadline_value_spaces(text: str) -> str:
    def spaced(m: re.Match) -> str:
        before = m.string[m.start() - 1] if m.start() else ""
        lead = " " if before and "\u3400" <= before <= "\u9fff" else ""
        return lead + m.group(1) + " "

    return "\n".join(
        ln if _COLUMN_GAP.search(ln) else _DATE_NUMBER.sub(spaced, ln) for ln in _lines(text)
    )


# 34. Statements on label lines under an item (责任单位：… / 完成时限：… each on its own line)
# written as one bracket closing the item's text instead ((责任单位：…；完成时限：…)), the other
# form plans give the same statement. Only runs of label lines right after an item's text line
# (not a label, a heading alone or a table row) whose values hold no bracket-closing stop (。).
_STATEMENT_LINE = re.compile(
    r"^\s*((?:牵头|责任|配合|协办|主责|主办|分管|具体)[^：:。|]{0,10}|完成时限|时限要求|完成时间"
    r"|办结时限|完成期限|时间节点|责任领导|分管领导)[：:]\s*(\S[^。|]*?)[。；;]?\s*$"
)


def label_lines_to_bracket(text: str) -> str:
    lines = _lines(text)
    out: list[str] = []
    k = 0
    while k < len(lines):
        run: list[str] = []
        j = k
        while j < len(lines) and (m := _STATEMENT_LINE.match(lines[j])):
            run.append(f"{m.group(1)}：{m.group(2).strip()}")
            j += 1
        prev = out[-1].strip() if out else ""
        if run and prev and not _STATEMENT_LINE.match(prev) and not _is_table_line(prev):
            out[-1] = out[-1].rstrip() + "（" + "；".join(run) + "）"
            k = j
            continue
        out.extend(lines[k : max(j, k + 1)])
        k = max(j, k + 1)
    return "\n".join(out)


# ---------------------------------------------------------------- forms of unit statements
# (none changes a string the gold holds: header and label words are not in it)
# 35. A responsibility column headed by another of the words plans head it with, one word per
# role per document (seeded): 责任单位 → 责任部门 / 承办单位 / 实施单位 …, 牵头单位 → 牵头部门 /
# 主办单位 …, 配合单位 → 协办单位 / 参与单位 …; in the document's script. Only a header cell
# standing as a cell (between bars, tabs, runs of spaces or a line's ends). 主责单位 only where no
# lead column or label stands beside it (there it would read as a second lead column).
_UNIT_WORDS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    # role: (words renamed, words chosen from)
    "units": (
        ("责任单位", "责任部门", "责任科室", "责任处室", "责任股室", "责任主体"),
        ("责任单位", "责任部门", "责任科室", "责任主体", "承办单位", "主责单位", "实施单位"),
    ),
    "lead": (
        ("牵头单位", "牵头部门", "牵头科室", "牵头处室", "牵头股室"),
        ("牵头单位", "牵头部门", "主办单位", "牵头科室"),
    ),
    "support": (
        ("配合单位", "配合部门", "协办单位", "协同单位", "参与单位"),
        ("配合单位", "配合部门", "协办单位", "协同单位", "参与单位"),
    ),
}
_UNIT_WORD_ROLE = {w: role for role, (found, _) in _UNIT_WORDS.items() for w in found}
_UNIT_ALTERNATIVES = "|".join(sorted(_UNIT_WORD_ROLE, key=len, reverse=True))
_UNIT_HEADER = re.compile(
    r"(?:^|(?<=[|\t])|(?<=\s\s))\s*(" + _UNIT_ALTERNATIVES + r")(?=\s*(?:$|[|\t]|\s\s))", re.M
)
# a label: at a line's start or after a bracket or a statement's separator, before its colon
_UNIT_LABEL = re.compile(
    r"(?:^|(?<=[（(〔\[【；;，,。\s]))(" + _UNIT_ALTERNATIVES + r")(?=\s*[：:])", re.M
)


def _rename_unit_words(text: str, pattern: re.Pattern[str], salt: str) -> str:
    """Each word ``pattern`` finds (group 1, matched on the simplified text) renamed to the
    word chosen for its role, written in the script it was written in."""
    simple = _T2S.convert(text)
    if len(simple) != len(text):
        return text
    found = list(pattern.finditer(simple))
    if not found:
        return text
    rng = _rng(text, salt)
    roles = {_UNIT_WORD_ROLE[m.group(1)] for m in found}
    choice: dict[str, str] = {}
    for role in sorted(roles):
        seen = {m.group(1) for m in found if _UNIT_WORD_ROLE[m.group(1)] == role}
        words = [w for w in _UNIT_WORDS[role][1] if w not in seen]
        if role == "units" and ("lead" in roles or re.search(r"牵头|主办", simple)):
            words = [w for w in words if w != "主责单位"]
        choice[role] = rng.choice(words)
    out, at = [], 0
    for m in found:
        word = text[m.start(1) : m.end(1)]
        new = choice[_UNIT_WORD_ROLE[m.group(1)]]
        out += [text[at : m.start(1)], _S2T.convert(new) if word != m.group(1) else new]
        at = m.end(1)
    return "".join([*out, text[at:]])


def unit_header_words(text: str) -> str:
    return _rename_unit_words(text, _UNIT_HEADER, "unit header")


# 36. The same renaming for unit labels in statements' brackets and on label lines
# ((责任单位：…) → (责任部门：…), 牵头单位：… → 主办单位：…).
def unit_label_words(text: str) -> str:
    return _rename_unit_words(text, _UNIT_LABEL, "unit label")


# 37. Statement labels set in brackets instead of closed by a colon, as some plans print them:
# 【责任单位】市甲局 (or [责任单位] as a copy with half-width brackets gives it; one form per
# document, seeded). On a label line (责任单位：… → 【责任单位】…) and for a labelled statement's
# bracket closing its line ((牵头单位：A；责任单位：B) → 【牵头单位】A；【责任单位】B: the
# statement's own bracket goes, the labels are bracketed). Only brackets whose first element is
# labelled; every label in them is set in brackets (a time limit's label too). Not the dash
# (责任单位——…): not a form found in the plans read. Table rows are left as they are.
_ANY_LABEL = (
    r"(?:(?:牵头|责任|配合|协办|协同|参与|主责|主办|承办|实施)(?:单位|部门|处室|科室|股室|主体)"
    r"|完成时限|时限要求|完成时间|时间要求|办结时限|完成期限|时间节点|责任领导|分管领导)"
)
_LABEL_LINE_START = re.compile(r"^\s*" + _ANY_LABEL + r"\s*[：:]\s*\S")
_CLOSING_STATEMENT = re.compile(r"[（(〔]\s*(" + _ANY_LABEL + r"\s*[：:][^（）()〔〕]*)[）)〕]\s*$")
_LABEL_IN_STATEMENT = re.compile(r"(?:^|(?<=[；;，,\s]))(" + _ANY_LABEL + r")\s*[：:]\s*")


def unit_label_brackets(text: str) -> str:
    simple = _T2S.convert(text)
    if len(simple) != len(text):
        return text
    form = _rng(text, "unit label brackets").choice(("【{}】", "[{}]"))
    out = []
    offset = 0
    for line in text.split("\n"):
        s_line = simple[offset : offset + len(line)]
        offset += len(line) + 1
        if _is_table_line(line):
            out.append(line)
            continue
        # 牵头单位：A；责任单位：B → 【牵头单位】A；【责任单位】B
        if _LABEL_LINE_START.match(s_line):
            line = _bracket_labels(line, s_line, form)
        elif (m := _CLOSING_STATEMENT.search(s_line)) and m.start() > 0:
            inner = _bracket_labels(line[m.start(1) : m.end(1)], m.group(1), form)
            line = line[: m.start()] + inner.rstrip()
        out.append(line)
    return "\n".join(out)


def _bracket_labels(text: str, simple: str, form: str) -> str:
    """Each label of a statement (found in ``simple``, the text in simplified characters) set in
    brackets by ``form``, its colon and the spaces after it dropped."""
    parts, at = [], 0
    for lm in _LABEL_IN_STATEMENT.finditer(simple):
        parts += [text[at : lm.start(1)], form.format(text[lm.start(1) : lm.end(1)])]
        at = lm.end()
    return "".join([*parts, text[at:]])


# ---------------------------------------------------------------- forms of a table's layout
# 38-43. A task table's columns laid out as other copies of such tables lay them: the time-limit
# column before the unit column, an empty 备注 column or a progress column at the end, the table
# alone (its title and preamble gone), cells one per line set apart by blank lines with each row
# opening with its number on a line of its own, and header cells printed on two lines. Only
# tables of '|' rows with a one-line header naming a unit column (the header words below); a
# table whose rows a reader could not lay out again (a row whose cells could not be told) leaves
# the document as it is. Left out: a two-level header (责任单位 over 牵头 | 配合) and 牵头 and 配合
# columns swapped: no tuning table has two unit columns, and splitting one would be guessing
# which units lead; a 序号 column added in front: a row's number would have to be made up
# where the rows are not numbered already (and the path it gives would not be the gold's).
_UNIT_HEAD = re.compile(r"^[^|，。]{0,4}(?:单位|單位|部门|部門|处室|處室|科室)$")
_TIME_HEAD = re.compile(r"^[^|，。]{0,4}(?:时限|時限|时间|時間|期限|节点|節點)(?:要求)?$")
# (the time limits without a date plans write too: 上半年, 2024.9, 立行立改, 按上级要求 …)
_TIME_CELL = re.compile(
    r"\d{4}\s*年|\d{1,2}\s*月|年底|年内|年內|季度|长期|長期|持续|持續|常态|常態|全年|每[年月周季]"
    r"|[上下]半年|^\d{4}\s*[.．]\s*\d{1,2}$|立行立改|上级要求|上級要求|工作进度|工作進度"
)
_NUMBER_CELL = re.compile(r"^\d{1,3}$")


def _head_cell(cell: str) -> str:
    return re.sub(r"\s+", "", cell)


def _task_tables(lines: list[str]) -> list[tuple[int, int]]:
    """(header line, line after the table) of each table of '|' rows under a one-line header
    of two cells or more naming a unit column."""
    out: list[tuple[int, int]] = []
    for k, end in _table_runs(lines):
        for h in range(k, end):
            cells = [_head_cell(c) for c in _row_cells(lines[h]) if c.strip()]
            if len(cells) >= 2 and any(_UNIT_HEAD.match(c) for c in cells):
                out.append((h, end))
                break
    return out


def _body(line: str) -> bool:
    """A row holding two cells or more with text (not a bar alone between rows)."""
    return len([c for c in line.split("|") if c.strip()]) >= 2


def _put(slot: str, text: str) -> str:
    """``text`` in a cell's slot between bars, the slot's spaces either side kept."""
    lead = slot[: len(slot) - len(slot.lstrip())]
    trail = slot[len(slot.rstrip()) :]
    return f"{lead or ' '}{text}{trail or ' '}"


# 38. The time-limit column before the unit column (责任单位 | 完成时限 → 完成时限 | 责任单位),
# header and rows alike: where the header's last column is a time limit right after a unit
# column. A row whose last cell is no time limit (its time limit spanned from the row above, or
# none) was copied the same in either order and stays; a row ending in a time limit after a
# cell that is not a unit's (a long text, a numbered one) could have lost its unit cell to a
# span, and leaves the document as it is.
def columns_reordered(text: str) -> str:
    lines = _lines(text)
    tables = _task_tables(lines)
    if not tables or not _documents_rows(lines):
        return text
    out = list(lines)
    changed = False
    for head, end in tables:
        while end + 1 < len(lines) and lines[end].strip() and _is_table_line(lines[end + 1]):
            # a line without bars, then rows again: a row's first cell of two paragraphs, its
            # first line holding no bar (2.推进…。 / 加强…。 | 市某局 | 年底前 |)
            end = next((j for j in range(end + 1, len(lines)) if not _is_table_line(lines[j])),
                       len(lines))  # fmt: skip
        slots = out[head].split("|")
        full = [k for k, c in enumerate(slots) if c.strip()]
        if full and _head_cell(slots[full[-1]]) in ("备注", "備註"):
            full.pop()  # a remarks column after the time limit, empty in rows that reach it
        if len(full) < 2:
            continue
        u, d = full[-2], full[-1]
        if not (_UNIT_HEAD.match(_head_cell(slots[u])) and _TIME_HEAD.match(_head_cell(slots[d]))):
            continue
        slots[u], slots[d] = _put(slots[u], slots[d].strip()), _put(slots[d], slots[u].strip())
        out[head] = "|".join(slots)
        for k in range(head + 1, end):
            if not _body(out[k]):
                continue
            slots = out[k].split("|")
            full = [j for j, c in enumerate(slots) if c.strip()]
            a, b = full[-2], full[-1]
            last, before = slots[b].strip(), slots[a].strip()
            if not (_TIME_CELL.search(last) and len(last) <= 30):
                continue
            if (
                len(before) > 40
                or "。" in before
                or _GROUP_CELL.match(before)
                or re.match(r"\d+[.．、]", before)
            ):
                return text
            slots[a], slots[b] = _put(slots[a], last), _put(slots[b], before)
            out[k] = "|".join(slots)
        changed = True
    return "\n".join(out) if changed else text


def _column_added(text: str, header: str, cell: Callable[[], str]) -> str:
    """A column headed ``header`` added after the last column of each task table, ``cell()``
    in each row. Empty cells closing the header are its spans' spare bars, as a copy writes
    them, and stay after the new cell; so do those closing a row after its last column's cell
    (a time limit or a unit, as the header's last column is); other empty cells closing a row
    may be its own (an empty time limit) and the new cell goes after them. A row left open
    (cut off by the copy) stays as it is."""
    lines = _lines(text)
    tables = _task_tables(lines)
    if not tables or not _documents_rows(lines):
        return text
    out = list(lines)
    for head, end in tables:
        labels = [_head_cell(c) for c in out[head].split("|") if c.strip()]
        timed = bool(_TIME_HEAD.match(labels[-1]))
        for k in range(head, end):
            line = out[k].rstrip()
            if (k != head and not _body(line)) or not line.endswith("|"):
                continue
            cells = line.split("|")
            last = [j for j, c in enumerate(cells) if c.strip()][-1]
            own = cells[last].strip()
            closes = _TIME_CELL.search(own) if timed else len(own) <= 40 and "。" not in own
            at = last + 1 if k == head or closes else len(cells) - 1
            value = header if k == head else cell()
            cells.insert(at, f" {value} " if value else " ")
            out[k] = "|".join(cells)
    return "\n".join(out)


# 39. An empty 备注 column at the end of each task table, as tables leave it for remarks.
def extra_columns(text: str) -> str:
    return _column_added(text, "备注", lambda: "")


# 40. A column of progress at the end (进展情况 / 完成情况, one per document), each row's cell a
# short report (已完成 / 正在推进 / 按计划推进中), as a plan's table is copied into its progress
# report: no unit and no time limit.
_PROGRESS = ("已完成", "正在推进", "按计划推进中")


def progress_column(text: str) -> str:
    rng = _rng(text, "progress")
    header = rng.choice(("进展情况", "完成情况"))
    return _column_added(text, header, lambda: rng.choice(_PROGRESS))


# 41. The table alone: the lines before a task table's header (title, preamble, a page's
# metadata) dropped, as a copy of the table only. Only where none of those lines is a numbered
# item (the tasks are all in the table); score.py scores no title. A table one cell per line
# ('工作任务 |' lines) counts from its first header cell.
_ITEM_LINE = re.compile(
    r"^\s*(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,3}[.．、])\S"
)


def no_title_table(text: str) -> str:
    lines = _lines(text)
    tables = _task_tables(lines)
    at = tables[0][0] if tables else None
    if at is None:
        at = next(
            (k for k, ln in enumerate(lines)
             if _is_table_line(ln) and _COLUMN_WORD.match(_head_cell(ln.replace("|", "")))),
            None,
        )  # fmt: skip
    while at and _is_table_line(lines[at - 1]):
        at -= 1  # the table's lines from its first (a header broken over two lines)
    if not at or any(_ITEM_LINE.match(ln) for ln in lines[:at]):
        return text
    return "\n".join(lines[at:])


# 42. Rows of '|' written one cell per line, one blank line between cells, rows that open with
# their number (a 序号 column) giving it a line of its own. Only documents whose rows open with
# their number (the header's row aside: a header is not numbered); the empty cells closing a
# row go (a blank line tells nothing more), and a document with an empty cell inside a row
# stays (a reader could not tell which column a line is). Bars alone between rows go.
def cells_blank_lines_numbers(text: str) -> str:
    lines = _lines(text)
    if not _documents_rows(lines):
        return text
    rows = []
    for line in lines:
        if _is_table_line(line):
            cells = _row_cells(line)
            while cells and not cells[-1]:
                cells.pop()
            rows.append(cells)
    # rows opening with their number: under a header opening with its number column (序号),
    # a row at least, and no row of two cells or more opening otherwise
    body = [r for r in rows if len(r) >= 2]
    numbered = [r for r in body if _NUMBER_CELL.match(r[0])]
    if not numbered or len(numbered) < len(body) - 1:
        return text
    if any(not c for r in rows for c in r):
        return text
    out: list[str] = []
    it = iter(rows)
    for line in lines:
        if _is_table_line(line):
            for c in next(it):
                out.extend((c, ""))
        else:
            out.append(line)
    return "\n".join(out)


# 43. A header's unit and time-limit cells printed on two lines (责任单位 → 责任 / 单位), as a
# narrow column's header wraps in a page's table. Only in documents whose rows all end in '|'
# (as wrapped_cells: a reader sees where each cell ends), and header cells of four characters
# or more; a table one cell per line ('责任单位 |' lines) too.
def header_two_lines(text: str) -> str:
    lines = _lines(text)
    rows = [ln for ln in lines if _is_table_line(ln) and ln.strip() not in ("|", "｜")]
    if not rows or not all(ln.rstrip().endswith("|") for ln in rows):
        return text
    heads = [h for h, _ in _task_tables(lines)]
    if not heads:  # one cell per line: the header's cells are the lines before the first row
        first = next((k for k, ln in enumerate(lines) if _is_table_line(ln)), None)
        k = first
        while k is not None and k < len(lines) and _is_table_line(lines[k]):
            cell = _head_cell(lines[k].replace("|", ""))
            if not (_COLUMN_WORD.match(cell) or _TIME_HEAD.match(cell)):
                break
            heads.append(k)
            k += 1

    def broken(m: re.Match) -> str:
        cell = m.group(0)
        word = _head_cell(cell)
        if len(word) < 4 or not (_UNIT_HEAD.match(word) or _TIME_HEAD.match(word)):
            return cell
        half = len(word) // 2
        return cell.replace(word, word[:half] + "\n" + word[half:], 1)

    out = list(lines)
    for h in heads:
        out[h] = re.sub(r"[^|]+", broken, out[h])
    return "\n".join(out)


_MD_PART = re.compile(r"^(\s*)([一二三四五六七八九十]{1,3}、)")
_MD_SECTION = re.compile(
    r"^(\s*)([（(][一二三四五六七八九十]{1,3}[）)][^。；;|]{0,30}?。?)(?=\S|$)"
)
_MD_LABEL = re.compile(
    r"(责任单位|牵头单位|配合单位|责任部门|牵头部门|完成时限|时间节点|时限要求)([：:])"
)


def markdown_marks(text: str) -> str:
    """A crawler's or converter's Markdown: parts' headings after hashes (## 一、…), sections'
    headings or title sentences in bold (**（一）推进某某。**…), labels in bold (**责任单位**：).
    Table rows are left as they are (markdown_rows writes those)."""
    out = []
    for line in text.split("\n"):
        if _is_table_line(line) or not line.strip():
            out.append(line)
            continue
        line = _MD_PART.sub(r"## \2", line)  # a heading's hashes open the line
        m = _MD_SECTION.match(line)
        if m and m.group(2):
            line = f"{m.group(1)}**{m.group(2)}**{line[m.end() :]}"
        out.append(_MD_LABEL.sub(r"**\1**\2", line))
    return "\n".join(out)


# Word's automatic numbering: 一、 and （一） from two heading styles whose numbering the styles
# carry (linked from the list's levels too), 1. from the paragraph's own list properties, the
# number no longer in the text. A marker Word would not print the same (a list running on
# across groups, half-width brackets) stays typed in the text, as writers leave it.
_AUTO_LEVELS = (
    re.compile(r"^([一二三四五六七八九十]{1,3})、"),
    re.compile(r"^（([一二三四五六七八九十]{1,3})）"),
    re.compile(r"^(\d{1,2})\.(?!\d)"),
)
_AUTO_NUMBERING = """<w:abstractNum xmlns:w="{w}" w:abstractNumId="90">
<w:multiLevelType w:val="multilevel"/>
<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:pStyle w:val="GKPart"/>
<w:lvlText w:val="%1、"/></w:lvl>
<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>
<w:pStyle w:val="GKSection"/><w:lvlText w:val="（%2）"/></w:lvl>
<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%3."/></w:lvl>
</w:abstractNum>"""


def docx_auto_numbering(text: str) -> FileForm:
    import docx
    from docx.enum.style import WD_STYLE_TYPE
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls, qn

    from gongkai.plans.parsing.numbering import int_to_cn

    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    document = docx.Document()
    numbering = document.part.numbering_part.element
    numbering.insert(0, parse_xml(_AUTO_NUMBERING.format(w=w)))
    numbering.append(
        parse_xml(f'<w:num {nsdecls("w")} w:numId="90"><w:abstractNumId w:val="90"/></w:num>')
    )
    for style_id, name, ilvl in (("GKPart", "一级标题", None), ("GKSection", "二级标题", 1)):
        style = document.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        style.element.set(qn("w:styleId"), style_id)
        level = "" if ilvl is None else f'<w:ilvl w:val="{ilvl}"/>'
        style.element.get_or_add_pPr().append(
            parse_xml(f'<w:numPr {nsdecls("w")}>{level}<w:numId w:val="90"/></w:numPr>')
        )
    counters: list[int] = [0, 0, 0]
    for kind, value in _file_lines(text):
        if kind == "table":
            rows = value
            table = document.add_table(rows=len(rows), cols=len(rows[0]))
            for row, cells in zip(table.rows, rows, strict=True):
                for cell, cell_text in zip(row.cells, cells, strict=True):
                    cell.text = cell_text
            continue
        level = next((k for k, rx in enumerate(_AUTO_LEVELS) if rx.match(value)), None)
        if level is not None:
            m = _AUTO_LEVELS[level].match(value)
            shown = counters[level] + 1
            printed = int_to_cn(shown) if level < 2 else str(shown)
            if m.group(1) != printed:
                level = None  # Word would print another number: the writer typed this one
            else:
                counters[level] = shown
                counters[level + 1 :] = [0] * (2 - level)
                value = value[m.end() :]
        paragraph = document.add_paragraph(value)
        if level == 2:
            paragraph._p.get_or_add_pPr().append(
                parse_xml(
                    f'<w:numPr {nsdecls("w")}><w:ilvl w:val="2"/><w:numId w:val="90"/></w:numPr>'
                )
            )
        elif level is not None:
            paragraph.style = document.styles[("一级标题", "二级标题")[level]]
    out = io.BytesIO()
    document.save(out)
    return FileForm(out.getvalue(), ".docx")


def xlsx_workbook(text: str) -> str | FileForm:
    """A task table kept as a workbook (某某任务分解表.xlsx): the lines above and below a grid as
    rows of one cell merged across the sheet, each complete grid's rows as cells, a group column's
    runs of one value merged down. A document without a complete grid stays text (no office keeps
    prose in a workbook)."""
    from openpyxl import Workbook

    parts = list(_file_lines(text))
    tables = [value for kind, value in parts if kind == "table"]
    if not tables:
        return text
    width = max(len(rows[0]) for rows in tables)
    book = Workbook()
    sheet = book.active
    r = 0
    for kind, value in parts:
        if kind != "table":
            r += 1
            sheet.cell(row=r, column=1, value=value)
            if width > 1:
                sheet.merge_cells(start_row=r, start_column=1, end_row=r, end_column=width)
            continue
        top = r + 1
        for cells in value:
            r += 1
            for c, cell_text in enumerate(cells, start=1):
                sheet.cell(row=r, column=c, value=cell_text)
        # a first column repeating its value down the rows is a group cell merged down
        k = top + 1  # the header row is never merged
        while k <= r:
            end = k
            first = sheet.cell(row=k, column=1).value
            while end + 1 <= r and first and sheet.cell(row=end + 1, column=1).value == first:
                end += 1
            if end > k:
                for j in range(k + 1, end + 1):
                    sheet.cell(row=j, column=1, value=None)
                sheet.merge_cells(start_row=k, start_column=1, end_row=end, end_column=1)
            k = end + 1
    out = io.BytesIO()
    book.save(out)
    return FileForm(out.getvalue(), ".xlsx")


TRANSFORMS: dict[str, Transform] = {
    "traditional": traditional,
    "pinyin_noise": pinyin_noise,
    "half_width_punct": half_width_punct,
    "full_width_punct": full_width_punct,
    "pdf_rewrap": pdf_rewrap,
    "blank_lines_between": blank_lines_between,
    "no_blank_lines": no_blank_lines,
    "page_breaks": page_breaks,
    "full_width_indent": full_width_indent,
    "trailing_spaces_crlf": trailing_spaces_crlf,
    "tab_cells": tab_cells,
    "spaced_cells": spaced_cells,
    "cells_one_per_line": cells_one_per_line,
    "pdf_copy": pdf_copy,
    "full_width_digits": full_width_digits,
    "markdown_rows": markdown_rows,
    "wrapped_cells": wrapped_cells,
    "run_on_body": run_on_body,
    "heading_with_first_item": heading_with_first_item,
    "page_furniture": page_furniture,
    "no_title": no_title,
    "cells_indented_blank": cells_indented_blank,
    "cells_blank_runs": cells_blank_runs,
    "repeated_group_cells": repeated_group_cells,
    "header_after_page_break": header_after_page_break,
    "reordered_labels": reordered_labels,
    "docx_paragraphs": docx_paragraphs,
    "html_page": html_page,
    "html_br": html_br,
    "pdf_render": pdf_render,
    "pdf_tables": pdf_tables,
    "deadline_header_words": deadline_header_words,
    "deadline_label_words": deadline_label_words,
    "deadline_value_spaces": deadline_value_spaces,
    "label_lines_to_bracket": label_lines_to_bracket,
    "unit_header_words": unit_header_words,
    "unit_label_words": unit_label_words,
    "unit_label_brackets": unit_label_brackets,
    "columns_reordered": columns_reordered,
    "extra_columns": extra_columns,
    "progress_column": progress_column,
    "no_title_table": no_title_table,
    "cells_blank_lines_numbers": cells_blank_lines_numbers,
    "header_two_lines": header_two_lines,
    "markdown_marks": markdown_marks,
    "docx_auto_numbering": docx_auto_numbering,
    "xlsx_workbook": xlsx_workbook,
}

# Transforms that change strings the gold holds, with the same change for the gold's strings.
GOLD_TRANSFORMS: dict[str, Callable[[str], str]] = {"traditional": traditional}


def _transform_gold(name: str, tasks: list[dict]) -> list[dict]:
    change = GOLD_TRANSFORMS.get(name)
    if change is None:
        return tasks
    out = []
    for task in tasks:
        task = dict(task)
        for key in ("units", "lead"):
            task[key] = [change(u) for u in task.get(key, [])]
        task["deadline"] = change(task.get("deadline") or "")
        task["title"] = change(task.get("title") or "")
        out.append(task)
    return out


def _as_read(text: str) -> str:
    """A document kept as Markdown (a repository's note: a front matter, ``**`` and ``#`` marks) as
    the text reader reads it: the forms below are of the document, and a Word file or a web page
    made from it holds no Markdown (markdown_marks puts marks back on any document)."""
    title, body = split_front_matter(text)
    lines = body.split("\n")
    plain = [plain_line(line) for line in lines]
    if title is None and plain == lines:
        return text
    return "\n".join(([title] if title else []) + plain)


def tuning_documents(only: Iterable[str] = ()) -> list[tuple[str, str, list[dict]]]:
    """(stem, text, gold tasks) of each plain-text document of the tuning part."""
    wanted = set(only)
    docs = []
    for gold_file in sorted((REAL / "gold" / "tuning").glob("*.json")):
        if wanted and gold_file.stem not in wanted:
            continue
        doc = REAL / "docs" / f"{gold_file.stem}.txt"
        if not doc.is_file():  # the HTML page: the transforms are of text copies
            continue
        text = _as_read(doc.read_bytes().decode("utf-8-sig"))
        gold = json.loads(gold_file.read_text(encoding="utf-8"))
        docs.append((gold_file.stem, text, gold["tasks"]))
    return docs


@functools.lru_cache(maxsize=512)
def _predict_cached(form: str | FileForm) -> tuple[dict, ...]:
    """Parses are kept per text: a transform leaving a document as it is costs no parse again."""
    return tuple(_predict(form))


def _predict(form: str | FileForm) -> list[dict]:
    """The tasks parsed from a text, or from a file through the reader its upload goes to."""
    if isinstance(form, FileForm):
        data, filename = form.data, "plan" + form.suffix
    else:
        data, filename = form.encode("utf-8"), "plan.txt"
    try:
        return parse_blocks(read_blocks(data, filename)).to_dict()["tasks"]
    except ParseError:
        return []


def score_transform(
    name: str, docs: list[tuple[str, str, list[dict]]], per_doc: bool = False
) -> tuple[tuple[float, float, float], dict[str, tuple[float, float, float]]]:
    """Pooled F1 of tasks, (task, unit), (task, deadline) with one transform; per document too."""
    from .test_parsing_real import _score_module

    sc = _score_module()
    transform = TRANSFORMS[name] if name != "none" else (lambda t: t)
    totals: Counter[str] = Counter()
    each: dict[str, tuple[float, float, float]] = {}
    for stem, text, gold in docs:
        counts = sc.score(list(_predict_cached(transform(text))), _transform_gold(name, gold))
        totals.update(counts)
        if per_doc:
            each[stem] = _figures(sc, counts)
    return _figures(sc, totals), each


def _figures(sc, c) -> tuple[float, float, float]:
    return tuple(
        sc.prf(c[f"{k}_tp"], c[f"{k}_pred"], c[f"{k}_gold"])[2] for k in ("tasks", "units", "dl")
    )


# ---------------------------------------------------------------- composed forms
# A copy often carries several forms at once (a traditional-character mirror of a page whose
# table was flattened one cell per line, with pinyin and page numbers). ``--combos N`` composes
# two or three transforms, applied in the order a copy takes them: rewrites of the document's
# own words (header and label words), then its table's layout (columns, repeated cells), the
# page around it, how its cells were flattened, how its lines were laid out (PDF width, page
# numbers, blank lines), the characters (a mirror converts the page it copied: traditional
# last, so the rewrites before still find the simplified words they rewrite; a PDF's text layer
# spaces a date's numbers in the lines it broke, so deadline_value_spaces comes after the
# rewrap, which keeps lines holding blanks whole), and at most one file form last. Each
# transform's gold change (_transform_gold) is applied in turn.
_STAGES: tuple[tuple[str, ...], ...] = (
    ("deadline_header_words", "unit_header_words", "label_lines_to_bracket",
     "deadline_label_words", "unit_label_words", "unit_label_brackets", "reordered_labels"),
    ("columns_reordered", "extra_columns", "progress_column", "repeated_group_cells",
     "header_after_page_break", "no_title_table"),
    ("no_title", "page_furniture", "heading_with_first_item", "run_on_body", "markdown_marks"),
    ("tab_cells", "spaced_cells", "cells_one_per_line", "markdown_rows", "wrapped_cells",
     "cells_indented_blank", "cells_blank_runs", "cells_blank_lines_numbers",
     "header_two_lines"),
    ("pdf_rewrap", "pdf_copy", "page_breaks", "full_width_indent", "blank_lines_between",
     "no_blank_lines"),
    ("deadline_value_spaces", "full_width_digits", "half_width_punct", "full_width_punct",
     "pinyin_noise",
     "traditional", "trailing_spaces_crlf"),
    ("docx_paragraphs", "html_page", "html_br", "pdf_render", "pdf_tables", "docx_auto_numbering",
     "xlsx_workbook"),
)  # fmt: skip
_STAGE = {name: k for k, names in enumerate(_STAGES) for name in names}
_CELL_LAYOUTS = set(_STAGES[3])
_FILE_FORMS = set(_STAGES[-1])
_PDF_TEXT = {"pdf_rewrap", "pdf_copy"}
_PAGES = {"page_breaks", "pdf_copy"}
_BLANKS = {"blank_lines_between", "no_blank_lines"}
_BLANK_CELLS = {"cells_indented_blank", "cells_blank_runs", "cells_blank_lines_numbers"}
_LINE_LAYOUTS = set(_STAGES[4])


def _contradict(a: str, b: str) -> bool:
    """Two transforms no copy carries together (one undoes, repeats or rules out the other)."""
    pair = {a, b}

    def both(one: set[str], other: set[str]) -> bool:
        return bool(a in one and b in other or b in one and a in other)

    return (
        # one stage's alternatives: two cell layouts (a table is flattened one way), two file
        # forms; and one title cut (no_title, no_title_table) is enough
        len(pair & _CELL_LAYOUTS) == 2
        or len(pair & _FILE_FORMS) == 2
        or pair == {"no_title", "no_title_table"}
        # two columns added at the end for one slot (remarks, progress)
        or pair == {"extra_columns", "progress_column"}
        # punctuation one width or the other; blank lines added or removed
        or pair == {"half_width_punct", "full_width_punct"}
        or pair == _BLANKS
        # pdf_copy holds the rewrap, the indents and the page numbers already
        or ("pdf_copy" in pair and bool(pair & {"pdf_rewrap", "page_breaks", "full_width_indent"}))
        # page numbers at one interval and a header again at another: one copy has one paging
        or both(_PAGES, {"header_after_page_break"})
        # cells set apart by blank lines lose them (no_blank_lines) or drown in them
        or both(_BLANK_CELLS, _BLANKS)
        # a web copy run on one line has no line layout, no heading of its own line, no file
        or both({"run_on_body"}, _LINE_LAYOUTS | _FILE_FORMS | {"heading_with_first_item"})
        # a text copied out of a PDF is not a file; a PDF sets its own pages
        or both(_PDF_TEXT, _FILE_FORMS)
        or both(_PAGES, {"pdf_render", "pdf_tables"})
        # pdf_tables rules the '|' grids: a table flattened before has none; and pdf_render
        # sets prose documents only (a flattened table would pass for prose, set as no PDF
        # sets a table)
        or both(_CELL_LAYOUTS, {"pdf_tables", "pdf_render"})
        # a PDF's table spans its group cells and prints its header again on each page itself
        # (a group cell repeated in each row is a web table's copy; reportlab cannot set the
        # taller rows such grids give either)
        or both({"repeated_group_cells", "header_after_page_break"}, {"pdf_tables"})
        # a file has no line ends, no blank paragraphs; a web page has its own furniture
        or both({"trailing_spaces_crlf"} | _BLANKS, _FILE_FORMS)
        or both({"page_furniture"}, {"html_page", "html_br"})
        # a web page shows a run of blanks or a tab as one space: cells set apart by them
        # run together on the page a reader sees
        or both({"tab_cells", "spaced_cells"}, {"html_page", "html_br"})
        # a converter's Markdown is text with lines: no file, no PDF's text, no run-on copy
        or both({"markdown_marks"}, _FILE_FORMS | _PDF_TEXT | {"run_on_body"})
    )


def combinations() -> list[tuple[str, ...]]:
    """Every composition of two or three transforms, each in the order a copy takes them
    (_STAGES), no pair of which contradicts (_contradict)."""
    import itertools

    names = [n for stage in _STAGES for n in stage]
    assert set(names) == set(TRANSFORMS), set(TRANSFORMS) ^ set(names)
    out = []
    for size in (2, 3):
        for combo in itertools.combinations(names, size):  # in stage order already
            if any(_contradict(a, b) for a, b in itertools.combinations(combo, 2)):
                continue
            out.append(combo)
    return out


def pick_combinations(n: int, seed: int = 0) -> list[tuple[str, ...]]:
    """N combinations drawn with the seed (the same N and seed, the same ones)."""
    pool = combinations()
    return random.Random(seed).sample(pool, min(n, len(pool)))


# The running header page numbers go with: the document's title, as the document stood before
# the transforms composed with them (page_breaks alone takes the title line of the text it is
# given: after a table flattened one cell per line, that could be a cell ending with a title's
# word, 分工 or 安排), and never a numbered section heading (一、工作要点 opening a copy that
# lost its title): a page's header repeats the title, or none.
_SECTION_NUMBER = re.compile(
    r"^(?:[一二三四五六七八九十]{1,3}[、．.]|[（(][一二三四五六七八九十\d]{1,3}[）)])"
)


def _running_header(text: str) -> str:
    title = _title_line(_lines(text))
    return "" if _SECTION_NUMBER.match(title) else title


def compose(combo: Iterable[str]) -> Transform:
    names = list(combo)

    def apply(text: str) -> str | FileForm:
        out: str | FileForm = text
        for name in names:
            if isinstance(out, FileForm):  # a file form is last (_STAGES)
                raise ValueError(f"{name} after a file form in {names}")
            if name in ("page_breaks", "pdf_copy"):
                out = TRANSFORMS[name](out, header=_running_header(text))
            else:
                out = TRANSFORMS[name](out)
        return out

    return apply


def score_combo(
    combo: Iterable[str], docs: list[tuple[str, str, list[dict]]], per_doc: bool = False
) -> tuple[tuple[float, float, float], dict[str, tuple[float, float, float]]]:
    """score_transform for transforms composed in order, the gold changed by each in turn."""
    from .test_parsing_real import _score_module

    sc = _score_module()
    names = list(combo)
    transform = compose(names)
    totals: Counter[str] = Counter()
    each: dict[str, tuple[float, float, float]] = {}
    for stem, text, gold in docs:
        for name in names:
            gold = _transform_gold(name, gold)
        counts = sc.score(list(_predict_cached(transform(text))), gold)
        totals.update(counts)
        if per_doc:
            each[stem] = _figures(sc, counts)
    return _figures(sc, totals), each


def _option(argv: list[str], flag: str) -> int | None:
    """The integer after ``flag`` in argv (removed from it with the flag), or None."""
    if flag not in argv:
        return None
    at = argv.index(flag)
    value = int(argv[at + 1])
    del argv[at : at + 2]
    return value


def main(argv: list[str]) -> int:
    argv = list(argv)
    combos, seed = _option(argv, "--combos"), _option(argv, "--seed") or 0
    verbose = "-v" in argv
    docs = tuning_documents()
    if combos is not None:
        print(
            f"== {combos} composed forms (seed {seed}) of the tuning part "
            f"({len(docs)} text documents), pooled F1"
        )
        for combo in pick_combinations(combos, seed):
            (ft, fu, fd), each = score_combo(combo, docs, per_doc=verbose)
            name = "+".join(combo)
            print(f"{name:22s} tasks F1 {ft:.3f}; units F1 {fu:.3f}; deadlines F1 {fd:.3f}")
            for stem, f in each.items():
                if min(f) < 1.0:
                    print(f"    {stem}: {f[0]:.3f} {f[1]:.3f} {f[2]:.3f}")
        return 0
    names = [a for a in argv if not a.startswith("-")] or ["none", *TRANSFORMS]
    print(f"== form transforms of the tuning part ({len(docs)} text documents), pooled F1")
    for name in names:
        (ft, fu, fd), each = score_transform(name, docs, per_doc=verbose)
        print(f"{name:22s} tasks F1 {ft:.3f}; units F1 {fu:.3f}; deadlines F1 {fd:.3f}")
        for stem, f in each.items():
            if min(f) < 1.0:
                print(f"    {stem}: {f[0]:.3f} {f[1]:.3f} {f[2]:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
