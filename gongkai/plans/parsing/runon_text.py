"""Paragraphs run together on one line: the number markers and sentence ends that part them, and
the steps that split such lines (a line far longer than a paragraph, a section heading set on one
line with its first item, a section number hidden after a sentence's end)."""

from __future__ import annotations

import re

from .brackets import outside_brackets
from .fold import fold
from .numbering import match_marker
from .statements import LABEL, is_unit_list

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
SENTENCE_END = "。！？；;!?）)」』"
_NO_BREAK_BEFORE = ",，。、；;:：)）"
_DATE_UNITS = "年月日"


def split_runon_line(line: str) -> list[str]:
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
        # a date's numbers set apart by blanks (2025 年 4 月 23 日): one date, no break (a number
        # opening an item after 年 aside: 2025年 4.加强…)
        if (before.isdigit() and after in _DATE_UNITS) or (
            before in _DATE_UNITS and after.isdigit() and not MARKER_START.match(line, m.end())
        ):
            continue
        segment = line[seg_start : m.start()]
        if segment.strip() in _BULLETS:
            continue  # a list's bullet (- 2、…): it opens the paragraph after it
        if _BARE_MARKER.fullmatch(segment.strip()) and not MARKER_START.match(line, m.end()):
            continue  # a number set apart from its text ((一)　建立…): the text goes with it
        # (a number alone, 1. before its text, is no heading: the text goes with it)
        short_heading = (
            len(segment) <= 40
            and not re.search(r"[,，。；;：:]", segment)
            and not _BARE_MARKER.fullmatch(segment.strip())
        )
        if (
            before in SENTENCE_END
            or _statement_closed(segment, line[m.end() :])
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


def _first_word(text: str) -> str:
    """The text up to its first blank or punctuation mark outside brackets."""
    for k, ch in outside_brackets(text):
        if ch.isspace() or ch in ",，。；;:：、!！?？":
            return text[:k]
    return text


_FIELD = re.compile(r"[^\s:,。;]{1,8}:")
# a news page's note in brackets after the text (（来源:某某融媒） （编辑:某某 审核:某某）): no part
# of the statement before it
_PAGE_NOTE = re.compile(
    r"[(\[]\s*(?:来源|信息来源|编辑|责任编辑|作者|审核|排版|记者|通讯员|摄影)\s*:"
)


def _statement_closed(segment: str, after: str) -> bool:
    """A labelled statement (责任单位：甲局 / 完成时限：年底前) before a blank and, after it,
    another label or text that does not go on with a unit's name (a list set apart by blanks):
    the statement's line ends at the blank (…完成时限：长期坚持 提升办事指南编制。…, 牵头单位：
    甲局 配合单位：乙局, as the statements' lines were)."""
    k = fold(segment.strip())
    label = LABEL.match(k)
    if label is None or not k[label.end() :].strip():
        return False
    nxt = fold(after)
    if LABEL.match(nxt) is not None or _PAGE_NOTE.match(nxt):
        return True
    # (a field of another kind after it, 技术支持：… 地址：…, is a page's footer going on)
    word = _first_word(nxt)
    return bool(word) and not _FIELD.match(nxt) and not is_unit_list(word)


_AFTER_BLANK = re.compile(r"(?<=\S)\s+")
_IN_ORDER = 3


def _numbered_in_order(line: str) -> bool:
    """Paragraphs run together however short the line: three numbers of one style in order
    (a number's next), each after a blank or opening the line (…机制。 第二条加强… 市甲局
    第三条…)."""
    values: dict[str, list[int]] = {}
    # (a list's bullet before the numbers, - 1、…。- 2、…, makes them a list's lines)
    for at in [0, *(m.end() for m in _AFTER_BLANK.finditer(line))]:
        bullet = line.startswith(_BULLETS, at) or line[:at].rstrip().endswith(_BULLETS)
        marker = None if bullet else match_marker(line[at : at + 12])
        if marker is not None:
            values.setdefault(marker.style, []).append(marker.value)
    return any(
        v[k : k + _IN_ORDER] == list(range(v[k], v[k] + _IN_ORDER))
        for v in values.values()
        for k in range(len(v) - _IN_ORDER + 1)
    )


def split_runon(lines: list[str], min_len: int = 400) -> list[str]:
    """Split lines far longer than a paragraph (prose run together) at paragraph breaks, or
    shorter ones holding two or more short section headings set apart by blanks."""
    out: list[str] = []
    for line in lines:
        long = (
            len(line) >= min_len
            or len(_SPACED_HEADING.findall(line)) >= 2
            or _numbered_in_order(line)
        )
        if long and len(MARKER_START.findall(line)) >= 2 and " | " not in line:
            out.extend(split_runon_line(line))
        else:
            out.append(line)
    return out


# a section heading (一、…, a phrase without a sentence's end), a blank, then the first item
# under it (（一）… or 1.…) on the same line
_HEADING_THEN_FIRST = re.compile(
    r"^([一二三四五六七八九十]{1,3}、[^。；;！？|]{2,40}?)\s+(?=(?:[（(]一[）)]|1[、．.](?!\d))\S)"
)


_ASCII_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")


def split_heading_from_first_item(lines: list[str]) -> list[str]:
    """A section heading and the first item under it set on one line, apart by a blank
    (``一、聚焦重点领域 （一）推进财政信息公开。…``): two lines. Full-width digits (１．) are
    read as the ASCII ones, one character for one, and the line cut as written."""
    out: list[str] = []
    for line in lines:
        m = _HEADING_THEN_FIRST.match(line.translate(_ASCII_DIGITS))
        if m is not None and "|" not in line:
            out.extend([m.group(1), line[m.end() :]])
        else:
            out.append(line)
    return out


# a closed bracket holding a statement (〔牵头单位:甲局;责任单位:乙局〕, (责任单位：甲局), a
# name's own brackets within it: 各镇(街道)), a blank, then a number opening the next heading
# or item (二、… / 3.…) on the same line
_STATEMENT_BRACKET_THEN_MARKER = re.compile(
    r"[（(〔【\[]((?:[^（(〔【\[）)〕】\]]|[（(][^（(）)]*[）)]){3,200})[）)〕】\]]\s+(?=(?:"
    + MARKER_START.pattern
    + r")\s*[^\s\d])"
)


def split_after_statement_brackets(lines: list[str]) -> list[str]:
    """Cut a line after a unit bracket the next heading or item runs on from (…。〔牵头单位:
    甲局;责任单位:乙局〕 二、完善制度 / 〔…〕 3.规范执法…): the bracket closes its item's text,
    the number opens a paragraph of its own."""
    out: list[str] = []
    for line in lines:
        if "|" in line:
            out.append(line)
            continue
        prev = 0
        for m in _STATEMENT_BRACKET_THEN_MARKER.finditer(line):
            if LABEL.match(fold(m.group(1)).strip()) is not None:
                out.append(line[prev : m.end()].strip())
                prev = m.end()
        out.append(line[prev:].strip())
    return [ln for ln in out if ln]
