"""Text cleanup: whitespace, pinyin noise, page numbers, run-on and hard-wrapped lines."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable

from .columns import column_role
from .deadlines import DEADLINE_LABEL, reads_as_deadline
from .flat_tables import flat_header_width
from .fold import fold
from .inline_items import split_inline_items
from .model import COLUMN_BREAK
from .numbering import garbled_prefix, match_bare_number, match_marker
from .readers.pdf import PAGE_NUMBER
from .statements import LABEL, PERSON_LABEL, UNIT_LABEL, is_unit_list
from .textgrid import is_number_cell

_INVISIBLE = re.compile(r"[\u200b-\u200f\u2028\u2029\u2060\ufeff\u00ad]")
_BOOKMARK = re.compile(r"\[bookmark:[^\]]*\]")
_SPACES = re.compile(r"[ \t\u00a0\u3000\u2002-\u200a]+")
_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ"
_PINYIN = re.compile(rf"[(（]([a-zü{_TONED}]{{1,7}})[)）]")
_HAS_TONE = re.compile(f"[{_TONED}]")
_CJK = re.compile(r"[\u3400-\u9fff]")

# A number marker at the start of a segment (used to split run-on text).
MARKER_START = re.compile(
    r"(?:[一二三四五六七八九十]{1,3}[、．.]|[（(][一二三四五六七八九十]{1,3}[）)]"
    r"|[（(]\d{1,2}[）)]|\d{1,2}(?:、|[．.](?!\d)|[．.](?=\d{1,4}\s*[年月]))|[①-⑳]"
    r"|第[一二三四五六七八九十]{1,3}[条章部节])"
)
_BULLETS = ("-", "•", "·", "●", "○", "▪", "*")
_BARE_MARKER = re.compile(rf"(?:{MARKER_START.pattern})\s*")
# Main-level numbers, the only ones that split a run-on line without a blank before them.
_MAIN_MARKER = re.compile(
    r"[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)]|第[一二三四五六七八九十]{1,3}条"
)
# An item number right after a full stop or a closing bracket (。1.把公开…… ）2.做好……) in
# run-on text.
_ITEM_AFTER_STOP = re.compile(r"\d{1,2} ?[、．.](?![\d.．])")
_SENTENCE_END = "。！？；;!?）)」』"
_NO_BREAK_BEFORE = ",，。、；;:：)）"


# A mirror site's copy turns each ideographic space of an indent into "?": "??" at the start of a
# paragraph, or between paragraphs run together (…落实。??2.优化…). At a line's start before text,
# and inside a line before an item number or after a sentence's end, it is the blank it replaced
# (a mojibake number, ?。ň牛┩…, is left to the garbled-number reading).
_LOST_INDENT_START = re.compile(r"^\?+(?=[\u3400-\u9fff\d（(①-⑳])")
_LOST_INDENT_MID = re.compile(r"(?<=[。；;：:！!）)」”\u3400-\u9fff])\?{2,}")
# after a blank (paragraphs run together with a space between them), before text
_LOST_INDENT_AFTER_BLANK = re.compile(r"(?<=\s)\?{2,}(?=[\u3400-\u9fff\d（(《①-⑳])")


def _lost_indents(line: str) -> str:
    # (the blanks of an indent the copy kept or gave the line again before the "?" go too)
    bare = line.lstrip(" \t\u3000\u00a0")
    if bare != line and _LOST_INDENT_START.match(bare) and not garbled_prefix(bare):
        line = bare
    if _LOST_INDENT_START.match(line) and not garbled_prefix(line):
        line = _LOST_INDENT_START.sub("", line)
    line = _LOST_INDENT_AFTER_BLANK.sub("", line)
    return _LOST_INDENT_MID.sub(
        lambda m: (
            " "
            if MARKER_START.match(line, m.end()) or line[m.start() - 1] in _SENTENCE_END
            else m.group(0)
        ),
        line,
    )


# A web copy's markup left in the text, its "<" sometimes lost with the line break
# (…工作要点/div>, …</p>): read again once wrapped lines are rejoined (…牵头(/ | div>)
_TAG_LEFT = re.compile(r"<?/(?:div|p|span|td|tr|li|font)>|<(?:br|p|div)\s*/?>", re.I)


def _lost_indent_sizes(raw: list[str]) -> dict[str, int]:
    """The "?" of lost indents cleaning takes from the start of lines, per cleaned line."""
    sizes: dict[str, int] = {}
    for r in raw:
        bare = r.lstrip(" \t\u3000\u00a0")
        m = _LOST_INDENT_START.match(bare)
        if m and m.end() and not garbled_prefix(bare):
            sizes[clean_line(r)] = m.end()
    return sizes


def clean_line(line: str) -> str:
    """Remove invisible characters, Word bookmark tags and markup left in the text, and collapse
    blank runs."""
    line = _INVISIBLE.sub("", line)
    line = _BOOKMARK.sub("", line)
    line = _TAG_LEFT.sub("", line)
    return _SPACES.sub(" ", _lost_indents(line)).strip()


# A statement's label set in square brackets instead of closed by a colon (【责任单位】市甲局,
# [完成时限]年底前, 。【牵头单位】甲局；【责任单位】乙局 closing an item): read as the label and
# its colon, as the statements are read everywhere else.
_BRACKETED_LABEL = re.compile(
    rf"\[\s*((?:{UNIT_LABEL}|{DEADLINE_LABEL}|{PERSON_LABEL}))\s*\]\s*(:\s*)?"
)


def bracketed_labels(line: str) -> str:
    k = fold(line)
    if "]" not in k:
        return line
    out, at = [], 0
    for m in _BRACKETED_LABEL.finditer(k):
        # the colon written after the bracket, else one of the bracket's width (【 → ：)
        colon = line[m.start(2) : m.end(2)] or ("：" if line[m.start()] == "【" else ":")
        out += [line[at : m.start()], line[m.start(1) : m.end(1)] + colon]
        at = m.end()
    return "".join([*out, line[at:]]) if out else line


def remove_pinyin(lines: list[str]) -> list[str]:
    """Drop pinyin in brackets after characters (``政務(wù)``) when a document is full of it.

    Only documents with at least three toned syllables in brackets are treated; there, any
    lowercase syllable in brackets after a character is noise, while ``(PPP)`` stays.
    """
    toned = sum(1 for ln in lines for m in _PINYIN.finditer(ln) if _HAS_TONE.search(m.group(1)))
    if toned < 3:
        return lines

    def strip(line: str) -> str:
        def repl(m: re.Match[str]) -> str:
            before = line[m.start() - 1] if m.start() else ""
            if _HAS_TONE.search(m.group(1)) or _CJK.match(before):
                return ""
            return m.group(0)

        return _PINYIN.sub(repl, line)

    return [strip(ln) for ln in lines]


def _split_runon(line: str) -> list[str]:
    """Split one very long line at the paragraph breaks that were joined into it."""
    cuts: list[int] = []
    seg_start = 0
    for m in re.finditer(r"\s+", line):
        before = line[m.start() - 1] if m.start() else ""
        after = line[m.end()] if m.end() < len(line) else ""
        if not before or not after or after in _NO_BREAK_BEFORE:
            continue
        if before.isascii() and before.isalnum() and after.isascii() and after.isalnum():
            continue
        segment = line[seg_start : m.start()]
        if segment.strip() in _BULLETS:
            continue  # a list's bullet (- 2、…): it opens the paragraph after it
        # (a number alone, 1. before its text, is no heading: the text goes with it)
        short_heading = (
            len(segment) <= 40
            and not re.search(r"[,，。；;：:]", segment)
            and not _BARE_MARKER.fullmatch(segment.strip())
        )
        if (
            before in _SENTENCE_END
            or MARKER_START.match(line, m.end())
            or line.startswith(("?", "\ufffd"), m.end())
            or (short_heading and before not in ",，、")
        ):
            cuts.append(m.start())
            seg_start = m.end()
    for m in re.finditer(r"(?<=[。）)])(?=\S)", line):
        if _MAIN_MARKER.match(line, m.start()) or (_ITEM_AFTER_STOP.match(line, m.start())):
            cuts.append(m.start())
    # a section heading with its first sub-number glued to the text before it
    # (…工作流程一、工作步骤(一)选定事项…): the heading starts a paragraph of its own
    for m in _GLUED_SECTION.finditer(line):
        if m.start() and line[m.start() - 1] not in "第统唯逐之":
            cuts.append(m.start())
    if not cuts:
        return [line]
    parts = []
    prev = 0
    for cut in sorted(set(cuts)):
        parts.append(line[prev:cut])
        prev = cut
    parts.append(line[prev:])
    return [q.strip() for p in parts for q in _split_glued_heading(p) if q.strip()]


# 二、工作任务(一)围绕……: a short section heading with the first sub-number glued to it.
_GLUED_HEADING = re.compile(
    r"^[一二三四五六七八九十]{1,3}、[^,，。；;:：、()（）\d]{2,12}(?=[（(][一二三四五六七八九十]{1,3}[）)])"
)


_GLUED_SECTION = re.compile(
    r"[一二三四五六七八九十]{1,3}、[^,，。；;:：、()（）\d]{2,12}(?=[（(]一[）)])"
)


# 一、着眼稳定社会预期,加强政策解读(一)深入解读…: a section heading with a comma in it, and the
# first sub-number (（一）) glued to its end
_GLUED_FIRST_SUB = re.compile(
    r"^[一二三四五六七八九十]{1,3}、[^。；;:：()（）]{2,40}?(?=[（(]一[）)])"
)


def _split_glued_heading(part: str) -> list[str]:
    """Cut a run-on segment between a short heading (二、工作任务) and the sub-number after it."""
    m = _GLUED_HEADING.match(part) or _GLUED_FIRST_SUB.match(part)
    return [part[: m.end()], part[m.end() :]] if m else [part]


# A section number (一、 or （一）) right after a sentence's end, on a short line
# (…各单位要高度重视。一、加强政策解读（责任单位：…）): the number opens an item when what
# follows it is shaped as an item's heading, a short phrase without punctuation closed by the
# line's end, a bracket or a full stop. Not after 第 or 年 (第一、二批, 2024年一、二季度): only
# after 。 and never before another numeral (。一、二级医院…).
_SECTION_AFTER_STOP = re.compile(
    r"(?<=[。！？])\s*(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)])"
    r"(?![一二三四五六七八九十两\d])"
    r"[\u4e00-\u9fff“”《》]{2,25}(?=$|[（(〔\[【]|。)"
)


def split_sections_after_stops(lines: list[str]) -> list[str]:
    """Cut a line before a section number hidden after a sentence's end (see above)."""
    out: list[str] = []
    for i, line in enumerate(lines):
        near = lines[max(0, i - 1) : i + 2]
        if any("|" in ln for ln in near):
            out.append(line)
            continue
        cuts = [m.start() for m in _SECTION_AFTER_STOP.finditer(line)]
        prev = 0
        for cut in cuts:
            out.append(line[prev:cut].strip())
            prev = cut
        out.append(line[prev:].strip())
    return [ln for ln in out if ln]


# a short section heading standing between blanks inside a line ( 一、总体要求 ): a paragraph
# break of a body run on in one line
_SPACED_HEADING = re.compile(
    r"(?:^|\s)[一二三四五六七八九十]{1,3}、[^\s,，。；;:：、()（）\d|]{2,12}(?=\s)"
)


def split_runon(lines: list[str], min_len: int = 400) -> list[str]:
    """Split lines far longer than a paragraph (prose run together) at paragraph breaks, or
    shorter ones holding two or more short section headings set apart by blanks."""
    out: list[str] = []
    for line in lines:
        long = len(line) >= min_len or len(_SPACED_HEADING.findall(line)) >= 2
        if long and len(MARKER_START.findall(line)) >= 2 and " | " not in line:
            out.extend(_split_runon(line))
        else:
            out.append(line)
    return out


# a line ending so closes its paragraph (or is a heading): not a measure of the wrap width
_PARAGRAPH_END = tuple("。；：:;！？）)]】〕")


def rejoin_wrapped(lines: list[str], lost: dict[str, int] | None = None) -> list[str]:
    """Rejoin hard-wrapped text (e.g. pdftotext output) where most lines have the same length.

    The width is measured on lines that go on (not ending a sentence or a bracket): in a short
    text, the last lines of paragraphs would otherwise outnumber the full ones. ``lost`` gives
    the lost indents (??) cleaning took from the start of lines, counted in their width. The
    lines of a table flattened one cell per line (序号 / … / 1 / …) are cells, never rejoined.
    """
    lost = lost or {}

    def size(line: str) -> int:
        # a line's length as the copy broke it: with the lost indent (??) cleaning took away
        return len(line) + lost.get(line, 0)

    width = wrap_width(lines, size)
    if width is None:
        return lines
    cells = _flat_table_lines(lines)
    out: list[str] = []
    joinable = full_stop = False
    for k, line in enumerate(lines):
        if line == COLUMN_BREAK or k in cells:
            out.append(line)
            joinable = full_stop = False
            continue
        # a line of the full width ending a sentence, before another line of the full width
        # that no number nor bracket opens: the break fell after the sentence, inside the
        # paragraph (a bracket may open a statement standing on its own line)
        goes_on = joinable or (
            full_stop and size(line) >= width - 2 and not line.startswith(_STATEMENT_OPEN)
        )
        if goes_on and out and line and not MARKER_START.match(line):
            out[-1] += line
        else:
            out.append(line)
        joinable = size(line) >= width - 2 and _goes_on(line, _SENTENCE_STOP)
        full_stop = size(line) >= width and line.endswith(_SENTENCE_STOP)
    return out


_SENTENCE_STOP = tuple("。；：:;！？")
_STATEMENT_OPEN = tuple("(（[【〔")


def wrap_width(lines: list[str], size: Callable[[str], int] = len) -> int | None:
    """The width text broken at a fixed width was broken at, measured on the lines that go on;
    None when most of them are not of one width (text not so broken)."""
    lengths = [size(ln) for ln in lines if size(ln) >= 12 and _goes_on(ln)]
    if len(lengths) < 10:
        return None
    # the width: the length with most lines near it (a paragraph's first line, indented, is a
    # little shorter than the full lines after it: both count for the width of the full ones)
    width = max(set(lengths), key=lambda w: (_near(lengths, w), w))
    if width < 15 or _near(lengths, width) < 0.5 * len(lengths):
        return None
    return width


def _near(lengths: list[int], width: int) -> int:
    return sum(1 for n in lengths if width - 2 <= n <= width + 1)


def _goes_on(line: str, stops: tuple[str, ...] = _PARAGRAPH_END) -> bool:
    """A line that does not close its paragraph: it ends on none of ``stops``, or ends inside a
    bracket it opened (…(责任领导:某某;牵头单位:)."""
    return not line.endswith(stops) or _bracket_open(line)


def _bracket_open(line: str) -> bool:
    """A bracket opened and not closed on the line (…(责任领导:某某;牵头单位: / …[牵头单位:):
    what ends the line ends a phrase inside it, not the paragraph."""
    return sum(line.count(c) for c in "(（[【〔") > sum(line.count(c) for c in ")）]】〕")


# A number standing alone on its line, with its own punctuation: 一、 （一） 1. 第一条
_LONE_NUMBER = re.compile(
    r"^(?:[一二三四五六七八九十]{1,3}[、．.]|[（(][一二三四五六七八九十]{1,3}[）)]|\d{1,2}[、．.]"
    r"|第[一二三四五六七八九十]{1,3}[条章部节])$"
)


def _section_heading(line: str) -> bool:
    """一、… or （一）… on a short line of its own: a heading standing as a row of a table."""
    m = match_marker(line)
    return m is not None and m.style in ("cn_dun", "cn_paren") and len(line) <= 40


def _flat_tables(lines: list[str]) -> list[tuple[int, int, list[int]]]:
    """Tables flattened one cell per line under a header of column names opening with 序号:
    (header line, header width, lines of the 序号 cells ``1、`` ``2、`` …). The numbers are 1, 2,
    3 … of one form in turn, each at least two lines after the one before (a row has cells after
    its number)."""
    tables: list[tuple[int, int, list[int]]] = []
    i = 0
    while i < len(lines):
        width = flat_header_width(lines, i) if column_role(lines[i]) == "number" else 0
        if width < 3:
            i += 1
            continue
        found: list[int] = []
        j, expected, last, style = i + width, 1, i + width - 2, ""
        while j < len(lines):
            m = match_bare_number(lines[j]) if is_number_cell(lines[j]) else None
            if m is not None and m.value == expected and j - last >= 2 and style in ("", m.style):
                found.append(j)
                expected, last, style = expected + 1, j, m.style
            elif (expected == 1 and not _section_heading(lines[j])) or j - last > 40:
                break  # no row 1 after the header (not such a table), or the table has ended
            j += 1
        if found:
            tables.append((i, width, found))
        i = max(j, i + 1)
    return tables


def _flat_row_numbers(lines: list[str]) -> set[int]:
    """Lines that hold the 序号 cells of a table flattened one cell per line (_flat_tables)."""
    return {j for _, _, found in _flat_tables(lines) for j in found}


def _flat_table_lines(lines: list[str]) -> set[int]:
    """The lines of tables flattened one cell per line (_flat_tables), from the header to the
    last row's cells: each a cell of its own, never a line of text wrapped at a width."""
    return {
        k
        for start, width, found in _flat_tables(lines)
        for k in range(start, min(len(lines), found[-1] + width))
    }


_HEADER_NOTE = re.compile(r"^[（(][^()（）]{1,8}[)）]$")


def join_header_notes(lines: list[str]) -> list[str]:
    """A header cell of a table flattened one cell per line whose bracketed note went onto a line
    of its own (责任股室 / (单位)): the note joins its cell."""
    out: list[str] = []
    for k, line in enumerate(lines):
        after = lines[k + 1] if k + 1 < len(lines) else ""
        if (
            out
            and _HEADER_NOTE.match(line)
            and column_role(out[-1])
            and (column_role(after) or (len(out) > 1 and column_role(out[-2])))
        ):
            out[-1] += line
        else:
            out.append(line)
    return out


def join_lone_numbers(lines: list[str]) -> list[str]:
    """Join a number standing on its own line with the title on the next line (一、 / 總體要求),
    unless it is the 序号 cell of a table flattened one cell per line."""
    rows = _flat_row_numbers(lines)
    out: list[str] = []
    joinable = False
    for k, line in enumerate(lines):
        if joinable and not MARKER_START.match(line) and "|" not in line:
            out[-1] += line
            joinable = False
        else:
            out.append(line)
            joinable = bool(_LONE_NUMBER.match(line)) and k not in rows
    return out


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
        elif i == first and i < pages[0] and _first_page(line, min_page):
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
            _split_runon(line) if k in joined and len(MARKER_START.findall(line)) >= 2 else [line]
        )
    ]


# the first section glued to the words before it (…的通知…重点工作安排一、切实加强…)
_GLUED_FIRST = re.compile(r"(?<=[\u3400-\u9fff])(?<![第统唯逐之])一、(?=[\u3400-\u9fff])")


def _unglue_first_section(line: str) -> str:
    """In a sharing site's run-on page, the plan's first section ``一、`` glued to the notice or
    title before it starts a paragraph, when its ``二、`` follows in the same run."""
    m = _GLUED_FIRST.search(line)
    if m is None or "二、" not in line[m.end() :] or "一、" in line[: m.start()]:
        return line
    return line[: m.start()] + " " + line[m.start() :]


_LABEL_ROW = re.compile(r"^(?:\|\s*)?([^|:：]{2,30}?)\s*[:：]\s*\|\s*([^|]*?)\s*\|?$")


def unpipe_label_rows(lines: list[str]) -> list[str]:
    """Label rows of a page copied as '|' rows (``重点工作: | 12.推进… |``,
    ``牵头单位: | 市某局 |``), when there are several and one of them is a statement label:
    each becomes its label line (``牵头单位:市某局``); a value opening with an item number
    stands alone as the item."""
    found = [(k, m) for k, ln in enumerate(lines) if (m := _LABEL_ROW.match(ln))]
    if len(found) < 2 or not any(LABEL.match(fold(m.group(1)) + ":") for _, m in found):
        return lines
    out = list(lines)
    for k, m in found:
        label, value = m.group(1).strip(), m.group(2).strip()
        if value and not LABEL.match(fold(label) + ":") and match_marker(value) is not None:
            out[k] = value
        else:
            out[k] = f"{label}:{value}"
    return out


_COLUMN_RUN = 10  # the fewest lines of a page printed in two columns


def _one_space(lines: list[str]) -> int:
    return sum(1 for ln in lines if ln.count(" ") == 1)


def _solid(text: str) -> int:
    return len(text.replace(" ", ""))


def _column_split(line: str, width: int) -> int | None:
    """Where a line holding a piece of each of two columns splits: the space whose left part is
    nearest the column ``width`` (counted without spaces)."""
    spaces = [
        k
        for k, ch in enumerate(line)
        if ch == " " and not (match_marker(line[:k]) and _solid(line[:k]) <= 5)  # not after (四)
    ]
    if not spaces:
        return None
    # a number opening the right piece marks the split ((四) 做好… (三) 开设…)
    numbered = [
        k for k in spaces if _solid(line[:k]) <= width + 2 and MARKER_START.match(line[k + 1 :])
    ]
    if numbered:
        return numbered[-1]
    return min(spaces, key=lambda k: abs(_solid(line[:k]) - width))


def _two_column_line(line: str) -> bool:
    return " " in line and "|" not in line and 8 <= _solid(line) <= 56 and bool(_CJK.search(line))


def split_two_columns(lines: list[str]) -> list[str]:
    """A page printed in two columns whose lines interleave them (each line a piece of the left
    column, a space, a piece of the right): a run of such lines, most of one width, is read as
    the left column, then the right."""
    out: list[str] = []
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and _two_column_line(lines[j]):
            j += 1
        run = lines[i:j]
        if len(run) < _COLUMN_RUN:
            out.append(lines[i])
            i += 1
            continue
        # most lines of the page's full width (both columns full), most split by one space
        total = Counter(_solid(ln) for ln in run).most_common(1)[0][0]
        full = sum(1 for ln in run if abs(_solid(ln) - total) <= 3)
        if total < 30 or full * 2 < len(run) or 5 * _one_space(run) < 3 * len(run):
            out.extend(run)
            i = j
            continue
        singles = sorted(_solid(ln.split(" ")[0]) for ln in run if ln.count(" ") == 1)
        width = singles[len(singles) // 2] if singles else total // 2
        left: list[str] = []
        right: list[str] = []
        for line in run:
            k = _column_split(line, width)
            left.append(line[:k].strip())
            right.append(line[k + 1 :].strip())
        out.extend([*(x for x in left if x), COLUMN_BREAK, *(x for x in right if x)])
        i = j
    return out


def _heads_the_document(line: str, lines: list[str], head: int = 15) -> bool:
    """A line of six characters or more, no list, printed among the document's first lines (its
    title, its issuing office): printed again beside a page number, it is a running header even
    where the copy holds one page break only."""
    return (
        len(_CJK.findall(line)) >= 6 and not re.search(r"[、，,；;]", line) and line in lines[:head]
    )


def drop_running_headers(lines: list[str]) -> list[str]:
    """Remove a running header or footer: a line of words (four characters or more) printed on
    the same side of the page number (``- 2 -`` / the plan's title) at two page breaks or more,
    and at two in three of them, or a line heading the document printed again beside a page
    number. Its first printing stays (the title itself); a cell separator (``|``) is no header,
    nor a cell that a few page breaks happen to fall beside."""
    pages = [k for k, line in enumerate(lines) if PAGE_NUMBER.match(line)]
    drop: set[int] = set()
    for side in (-1, 1):
        beside = Counter(
            lines[k + side]
            for k in pages
            if 0 <= k + side < len(lines) and len(_CJK.findall(lines[k + side])) >= 4
        )
        for header, n in beside.items():
            if (n >= 2 and 3 * n >= 2 * len(pages)) or _heads_the_document(header, lines):
                first = lines.index(header)
                drop.update(
                    j
                    for j in (k + side for k in pages)
                    if 0 <= j < len(lines) and lines[j] == header and j != first
                )
    return [line for k, line in enumerate(lines) if k not in drop]


# a tab between two texts of a line (leading and trailing tabs are indents and ends)
_INNER_TAB = re.compile(r"(?<=\S)[ \u3000]*\t[\t \u3000]*(?=\S)")


# blanks between two texts of a line, as wide as a space-set table's gap between cells
_SPACE_GAP = re.compile(r"\S(?: {2,}|\u3000+)\S")


def tabs_as_cells(raw: list[str]) -> list[str]:
    """Rows of a table copied with tabs between its cells (as a spreadsheet or a word processor
    copies them): when two lines or more hold a tab between texts, each such tab parts two cells,
    written ``|`` as the other copies of tables are. Where other lines set cells apart by runs of
    spaces, tabs are one more blank of a table set by spaces, read as such (textgrid)."""
    rows = {k for k, ln in enumerate(raw) if _tab_row(ln)}
    if len(rows) < 2 or any(_SPACE_GAP.search(ln) for ln in raw):
        return raw
    out: list[str] = []
    for k, ln in enumerate(raw):
        if k in rows:
            out.append(_INNER_TAB.sub(" | ", ln))
        elif k - 1 in rows and _YEAR_END.search(raw[k - 1]) and _REST_OF_DATE.match(ln.strip()):
            # the row's time limit cell broken after its year (2022年 / 6月底前)
            out[-1] += ln.strip()
        else:
            out.append(ln)
    return out


# a row's last cell ending with a year alone, and a short line going on with the rest of the date
_YEAR_END = re.compile(r"\t\s*\d{4}\s*年\s*$")
_REST_OF_DATE = re.compile(
    r"^(?:\d{1,2}\s*月|底|年底|上半年|下半年|第?[一二三四1-4]季度)[^\t|。；;,，]{0,10}$"
)


def _tab_row(line: str) -> bool:
    """A line with a tab between texts, not after a lone number (``一、<tab>总体要求``, as a word
    processor sets a heading's number apart) and not already written with ``|``."""
    m = _INNER_TAB.search(line)
    return m is not None and "|" not in line and not _LONE_NUMBER.match(line[: m.start()].strip())


# a run of blanks between two texts wide enough to set a table's cells apart
_CELL_GAP = re.compile(r"(?<=\S)(?:[ \u00a0]{2,}|\u3000+)(?=\S)")


# a header cell: a few words, no blank nor sentence punctuation (一、… 责任单位：… are text)
_HEADER_CELL = re.compile(r"^[^\s。；;,，:：、]{1,12}$")


def _gap_header(line: str) -> bool:
    """A table's header whose cells are set apart by runs of blanks: three cells or more, at
    least two of them, and half, naming a column, and none holding a blank of its own (where
    single blanks part header words too, the gaps are no cell bounds: textgrid reads it)."""
    cells = _CELL_GAP.split(line.strip())
    if len(cells) < 3 or not all(_HEADER_CELL.match(c) for c in cells):
        return False
    known = sum(1 for c in cells if column_role(c))
    return known >= 2 and 2 * known >= len(cells)


def _row_fits(cells: list[str], width: int) -> bool:
    """A row of no more cells than the header, but for cells of groups opening it (一、…
    （一）…, the sections a row falls under)."""
    groups = 0
    while groups < len(cells) - 1 and _section_heading(cells[groups]):
        groups += 1
    return len(cells) - groups <= width


def _gap_header_on_two_lines(line: str, nxt: str) -> bool:
    """A header of cells set apart by gaps whose last cell fell to the next line (``工作任务
    具体要求`` / ``责任单位``): the first holds two cells or more, the second one header word."""
    cells = _CELL_GAP.split(line.strip())
    if len(cells) < 2 or _CELL_GAP.search(nxt.strip()) or not column_role(nxt.strip()):
        return False
    return _gap_header(line.strip() + "  " + nxt.strip())


def _numbered_row_between_gaps(lines: list[str], k: int) -> bool:
    """A line without a gap, numbered next after a number opening a cell of the row above and
    followed by a row with gaps: a row whose other cells span the row above (textgrid reads
    it)."""
    if k + 1 >= len(lines) or not _CELL_GAP.search(lines[k + 1].strip()):
        return False
    m = match_marker(lines[k].strip())
    if m is None or m.style != "ar_dot":
        return False
    for cell in _CELL_GAP.split(lines[k - 1].strip()):
        above = match_marker(cell)
        if above is not None and above.style == m.style and above.value + 1 == m.value:
            return True
    return False


def gaps_as_cells(raw: list[str]) -> list[str]:
    """Rows of a table laid out with runs of blanks between cells (a PDF's text layer, a
    fixed-width copy), under a header laid out so: the header and each row after it holding such
    a gap have their gaps written ``|``; the table ends at the first line without one. A row of
    more cells than the header (unit names set apart by gaps too) leaves the table as it is, to
    be read as a table set by spaces (textgrid)."""
    out = list(raw)
    k = 0
    while k < len(out):
        if k + 1 < len(out) and _gap_header_on_two_lines(out[k], out[k + 1]):
            out[k : k + 2] = [out[k].rstrip() + "  " + out[k + 1].strip()]
        if not _gap_header(out[k]):
            k += 1
            continue
        end = k + 1
        while end < len(out) and (
            _CELL_GAP.search(out[end].strip()) or _numbered_row_between_gaps(out, end)
        ):
            end += 1
        width = len(_CELL_GAP.split(out[k].strip()))
        if all(_row_fits(_CELL_GAP.split(ln.strip()), width) for ln in out[k + 1 : end]):
            out[k:end] = [_CELL_GAP.sub(" | ", ln.strip()) for ln in out[k:end]]
        k = end
    return out


# a label, a colon, then a gap before its value (牵头单位:    市某局)
_GAP_LABEL = re.compile(r"^([^|:：\s]{2,30}[:：])(?:[ \u00a0]{2,}|\u3000+)(\S.*)$")


def gap_label_rows(raw: list[str]) -> list[str]:
    """Label rows of a page laid out with a gap after each label instead of a '|' (重点工作:
    ``  12.推进…`` / 牵头单位: ``  市某局``): read as the same rows written with bars are
    (unpipe_label_rows), when they are label rows so read; otherwise left as they are."""
    found = {k: m for k, ln in enumerate(raw) if (m := _GAP_LABEL.match(ln.strip()))}
    if len(found) < 2:
        return raw
    piped = [f"{found[k][1]} | {found[k][2]} |" if k in found else ln for k, ln in enumerate(raw)]
    out = unpipe_label_rows(piped)
    return out if any(out[k] != piped[k] for k in found) else raw


def join_label_values(lines: list[str]) -> list[str]:
    """A statement's label standing alone on its line (牵头单位: / 责任单位：), the units it names
    on the next (a form cell by cell, label and value each on its own line): one line. So for a
    time-limit label (完成时限：) and the time limit on the next line (2021年底前)."""
    out: list[str] = []
    for line in lines:
        prev = out[-1] if out else ""
        label = LABEL.fullmatch(fold(prev).strip()) if prev else None
        timed = label and re.fullmatch(DEADLINE_LABEL, label.group(3)) and reads_as_deadline(line)
        if label and "|" not in line and (is_unit_list(line) or timed):
            out[-1] = prev + line
        else:
            out.append(line)
    return out


# the rule under a Markdown table's header (|---|:---:|): no text of the table
_TABLE_RULE = re.compile(r"^\|?(?:\s*:?-{3,}:?\s*\|)+\s*(?::?-{3,}:?)?\s*$")


_INDENT = re.compile(r"^(?:\u3000+|[ \u00a0]{2,})\S")


def join_indented_wraps(raw: list[str]) -> list[str]:
    """In text broken at a fixed width whose paragraphs open indented (a PDF's copy), a full line
    ending a sentence and a line after it that is not indented and opens no number are one
    paragraph: the sentence ended at the line's end, the paragraph did not (without indents,
    rejoin_wrapped joins them only when the line after is full too and opens no bracket)."""
    full = [ln.rstrip() for ln in raw]
    width = wrap_width(full)
    if width is None or sum(1 for ln in full if _INDENT.match(ln)) < 5:
        return raw
    out: list[str] = []
    for k, line in enumerate(full):
        prev = out[-1] if out and k and full[k - 1] else ""
        if (
            prev
            and line.strip()
            and not _INDENT.match(line)
            and len(prev) >= width - 2
            and prev.endswith(_SENTENCE_STOP)
            and not MARKER_START.match(line.strip())
            and not PAGE_NUMBER.match(line)
        ):
            out[-1] = prev + line.strip()
        else:
            out.append(line)
    return out


# A web page's furniture copied with the text: a breadcrumb (首页 > 政务公开 > …), the page's
# labels (标题： 索引号： 发文日期： 发布时间：), font-size, print and close links, and the footer's
# 扫一扫在手机打开当前页.
_CRUMB = re.compile(r"^(?:当前位置[:：]?\s*)?(?:首页|网站首页|主页)\s*(?:>>?|＞|»|/|→)")
_PAGE_LABEL = re.compile(
    r"^[•·]?\s*(?:标题|索引号|发文日期|发布时间|发布日期|成文日期|发文机关|发布机构|信息来源|来源"
    r"|浏览次数|点击数|访问次数|主题分类|公开方式|公开范围|字号)\s*[:：]"
)
_PAGE_LINKS = re.compile(
    r"^(?:[【\[]?\s*(?:字体|字号)?\s*[:：]?\s*大\s*中\s*小\s*[】\]]?|[【\[]?(?:打印|打印本页|关闭|关闭窗口"
    r"|返回顶部|收藏|分享)[】\]]?|扫一扫在手机打开当前页|[•·]\s*字号\s*[:：]?|\s)+$"
)
_FURNITURE_HEAD, _FURNITURE_TAIL = 15, 5
# The site's footer: who runs the site (主办单位：… 承办单位：…, which would read as a last task's
# units), its numbers (网站标识码, ICP备…, 公网安备…) and links (网站地图, 联系我们).
_FOOTER_MARK = re.compile(r"网站标识码|ICP备|ICP证|公网安备|版权所有|Copyright|©")
_FOOTER_LINE = re.compile(
    r"^(?:(?:主办|承办|协办|维护|运维|建设|管理)单位|技术支持|网站标识码|政府网站标识码|备案(?:号|编号)"
    r"|联系电话|联系地址|地址|邮编|传真|网站地图|联系我们|版权所有|Copyright|©)"
    r"|ICP备|公网安备"
)
# (a footer's lines are short: a long line opening with 主办单位 holds the text run on after it)
_FOOTER_TAIL, _FOOTER_WIDTH = 10, 80


def drop_page_furniture(lines: list[str]) -> list[str]:
    """Lines of a web page's furniture (see above) among the first and last lines: dropped. A
    label line (标题：… 发布时间：…) only among several such lines, where it labels the page; a
    footer line (主办单位：…) only where the last lines hold the site's numbers or two of them."""
    ends = set(range(min(_FURNITURE_HEAD, len(lines))))
    ends |= set(range(max(0, len(lines) - _FURNITURE_TAIL), len(lines)))
    labels = {k for k in ends if _PAGE_LABEL.match(lines[k].strip())}
    drop = {k for k in ends if _CRUMB.match(lines[k].strip()) or _PAGE_LINKS.match(lines[k])}
    if len(labels) >= 2:
        drop |= labels
    tail = range(max(0, len(lines) - _FOOTER_TAIL), len(lines))
    footer = {
        k
        for k in tail
        if len(lines[k].strip()) <= _FOOTER_WIDTH and _FOOTER_LINE.search(lines[k].strip())
    }
    if len(footer) >= 2 or any(_FOOTER_MARK.search(lines[k]) for k in footer):
        drop |= footer
    return [ln for k, ln in enumerate(lines) if k not in drop] if drop else lines


# a section heading (一、…, a phrase without a sentence's end), a blank, then the first item
# under it (（一）… or 1.…) on the same line
_HEADING_THEN_FIRST = re.compile(
    r"^([一二三四五六七八九十]{1,3}、[^。；;！？|]{2,40}?)\s+(?=(?:[（(]一[）)]|1[、．.](?!\d))\S)"
)


def split_heading_from_first_item(lines: list[str]) -> list[str]:
    """A section heading and the first item under it set on one line, apart by a blank
    (``一、聚焦重点领域 （一）推进财政信息公开。…``): two lines."""
    out: list[str] = []
    for line in lines:
        m = _HEADING_THEN_FIRST.match(line)
        if m is not None and "|" not in line:
            out.extend([m.group(1), line[m.end() :]])
        else:
            out.append(line)
    return out


def normalise_lines(raw: list[str]) -> list[str]:
    """Run every cleanup step on paragraph lines; empty lines and page numbers are dropped."""
    # pinyin noise goes first, before labels and cells are read; in text broken at a fixed
    # width, after the lines are rejoined (the copy broke them with the noise in)
    raw = [bracketed_labels(r) for r in raw]
    wrapped = wrap_width([clean_line(r) for r in raw]) is not None
    raw = join_indented_wraps(raw if wrapped else remove_pinyin(raw))
    raw = gap_label_rows(gaps_as_cells(tabs_as_cells(raw)))
    lines = drop_running_headers([ln for ln in (clean_line(r) for r in raw) if ln])
    lines = split_heading_from_first_item(drop_page_furniture(lines))
    lines = [ln for ln in lines if not PAGE_NUMBER.match(ln) and not _TABLE_RULE.match(ln)]
    lines = split_two_columns(unpipe_label_rows(lines))
    lines = join_shared_pages(lines)
    lines = join_lone_numbers(join_header_notes(join_label_values(lines)))
    lines = [_TAG_LEFT.sub("", ln) for ln in rejoin_wrapped(lines, _lost_indent_sizes(raw))]
    lines = remove_pinyin(lines) if wrapped else lines
    return split_sections_after_stops(split_inline_items(split_runon(lines)))
