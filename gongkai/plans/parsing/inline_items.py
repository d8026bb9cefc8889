"""Numbered items run together on one line (``1、及时做好…。2、建立健全…。3、抓好…``).

A number of the same form as the line's own first number (or a run starting at 1), written right
after the end of a sentence and next in that sequence, starts an item of its own; the line is cut
there. Numbers inside a sentence (``增长2.5%``, ``第1、2项``) are not cuts: no sentence ends
before them. The unit list of a statement closing an item
(``…。责任单位：市发改委、市财政局 2.促进…``) ends it as a sentence does.
"""

from __future__ import annotations

import re

from .fold import fold
from .numbering import int_to_cn, match_marker
from .statements import drop_first_leads, ends_unit_list

_SENTENCE_END = "。；;！？!?）)"
_STYLES = ("ar_dot", "cn_dun", "ar_paren", "cn_paren")
_RUN_START = re.compile(r"1([、.．])|[（(]1[）)]")


def _number_text(style: str, value: int, punct: str) -> str:
    if style == "ar_dot":
        return f"{value}{punct}"
    if style == "cn_dun":
        return f"{int_to_cn(value)}{punct}"
    num = str(value) if style == "ar_paren" else int_to_cn(value)
    return f"{punct[0]}{num}{punct[1]}"


def _punct(style: str, written: str) -> str:
    """The punctuation the line's number is written with: 、 . ． or a pair of brackets."""
    written = written.strip()
    if style in ("ar_paren", "cn_paren"):
        return written[0] + written[-1] if len(written) >= 3 else "（）"
    tail = re.sub(r"^[\d一二三四五六七八九十两〇零百]+\s*", "", written)
    return tail[:1] or "、"


_UNIT_LABEL = re.compile(r"(?:责任|牵头|配合|协办|主责)(?:单位|部门|处室|科室)\s*:")


def _after_sentence(line: str, at: int) -> bool:
    before = line[:at].rstrip()
    if bool(before) and before[-1] in _SENTENCE_END:
        return True
    before = drop_first_leads(before)  # 责任单位(列第一位为牵头单位,下同):…
    labels = list(_UNIT_LABEL.finditer(fold(before)))
    return bool(labels) and ends_unit_list(before[labels[-1].end() :])


def _cuts(line: str, style: str, value: int, punct: str, start: int) -> list[int]:
    """Where the numbers value+1, value+2 … of this form start, each after a sentence end."""
    cuts: list[int] = []
    pos = start
    expected = value + 1
    while True:
        needle = _number_text(style, expected, punct)
        at = line.find(needle, pos)
        while at != -1 and not (
            (_after_sentence(line, at) or (style == "ar_dot" and _after_heading(line, at)))
            and not (style == "ar_dot" and line[at + len(needle) : at + len(needle) + 1].isdigit())
            and not (style in ("ar_dot", "cn_dun") and line[at - 1 : at].isdigit())
        ):
            at = line.find(needle, at + 1)
        if at == -1:
            return cuts
        head = None if _after_sentence(line, at) else _heading_before(line, at)
        cuts.append(at if not head else head)
        pos = at + len(needle)
        expected += 1


_HEADING_GAP = re.compile(
    r"(?:^|[。;!?)\s])\s*(?P<h>(?:[一二三四五六七八九十]+、|\([一二三四五六七八九十]+\))"
    r"[^。;,:!?()]{2,25}\s+)$"
)


def _heading_before(line: str, at: int) -> int | None:
    """Where a short section heading starts that stands right before ``at``, after a space
    (``…。二、深化改革 3.推进…``): the heading opens the item's part with it."""
    m = _HEADING_GAP.search(fold(line[:at]))
    return m.start("h") if m else None


def _after_colon(line: str, at: int) -> bool:
    """A run's first number right after a colon that opens its list (（一）加强领导：1.…), the colon
    outside brackets (〔公开路径：(1)…；(2)…〕 lists the bracket's own parts)."""
    before = fold(line[:at]).rstrip()
    depth = sum(ch in "(〔[【" for ch in before) - sum(ch in ")〕]】" for ch in before)
    return before[-1:] == ":" and depth <= 0


def _after_heading(line: str, at: int) -> bool:
    return _heading_before(line, at) is not None


# full-width digits (１．（２）) read as the ASCII ones, one character for one
_ASCII_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")


def _split(line: str, expect: int = 1, nxt: str = "") -> list[str]:
    """Cut a line before each number of its run; the numbers are sought with full-width digits
    read as ASCII ones, and the cuts made in the line as written. ``nxt`` is the line after."""
    cuts = _cut_points(line.translate(_ASCII_DIGITS), expect, nxt.translate(_ASCII_DIGITS))
    if not cuts:
        return [line]
    parts, prev = [], 0
    for cut in cuts:
        parts.append(line[prev:cut])
        prev = cut
    parts.append(line[prev:])
    return [p.strip() for p in parts if p.strip()]


def _cut_points(line: str, expect: int, nxt: str = "") -> list[int]:
    marker = match_marker(line)
    cuts: list[int] = []
    if marker is not None and marker.style in _STYLES:
        punct = _punct(marker.style, line[: marker.end])
        cuts = _cuts(line, marker.style, marker.value, punct, marker.end)
    if not cuts:
        # a run starting at 1 after a heading (（一）加强领导。1、…。2、…) or after the item's
        # own heading (1.深化改革。(1)…(牵头负责)(2)…): at least 1 and 2, each after a sentence end
        # or a short section heading (一、稳定增长 1.…), and numbers that run on across sections
        # (二、深化改革 3.…)
        starts = [r"1([、.．])|[（(]1[）)]"]
        if expect > 1:
            starts.insert(0, rf"{expect}([、.．])")
        for m in re.finditer("|".join(starts), line):
            if m.start() == 0:
                continue
            if not (
                _after_sentence(line, m.start())
                or _after_heading(line, m.start())
                or _after_colon(line, m.start())
            ):
                continue
            if line[m.start() - 1 : m.start()].isdigit() or line[m.end() : m.end() + 1].isdigit():
                continue
            text = m.group(0)
            punct = next((g for g in m.groups() if g), None)
            if punct:
                value = int(re.match(r"\d+", text).group(0))
                rest = _cuts(line, "ar_dot", value, punct, m.end())
                if not rest and _after_heading(line, m.start()):
                    rest = [len(line)]  # one item under its section heading: 二、… 3.…
                if not rest and marker is not None and _next_opens(nxt, f"{value + 1}{punct}"):
                    # the run goes on on the next line (a PDF's break), in a numbered item's
                    # line (not a notice's 附件：1.… / 2.…)
                    rest = [len(line)]
            elif marker is None or marker.style not in ("ar_dot", "cn_paren"):
                # (1)(2) split only the line of an item numbered 1. or (一) (not run-on prose)
                continue
            else:
                rest = _cuts(line, "ar_paren", 1, text[0] + text[-1], m.end())
                if not rest and (_next_opens(nxt, "(2)") or _next_opens(nxt, "（2）")):
                    # (in an item's line numbered 1. or (一), as above)
                    rest = [len(line)]
            if rest:
                head = _heading_before(line, m.start())
                first = head if head and not _after_sentence(line, m.start()) else m.start()
                cuts = [c for c in (first, *rest) if 0 < c < len(line)]
                break
    return cuts


def _next_opens(nxt: str, number: str) -> bool:
    """The next line opens with the run's next number (not a decimal: 2.5%)."""
    rest = nxt.strip()
    return rest.startswith(number) and not rest[len(number) : len(number) + 1].isdigit()


def _split_deep(line: str, state: list[int], nxt: str = "") -> list[str]:
    """Split a line, then each of its parts, following the run of item numbers 1. 2. 3. …; a
    line whose run starts at 1 after a colon or a sentence's end and goes on with 2. opening the
    next line (a PDF's copy broke it there) is cut before its 1. too."""
    parts = _split(line, state[0], nxt)
    if len(parts) == 1:
        m = match_marker(line)
        if m is not None and m.style == "ar_dot":
            state[0] = m.value + 1
        return parts
    out: list[str] = []
    for part in parts:
        out.extend(_split_deep(part, state))
    return out


def split_inline_items(lines: list[str]) -> list[str]:
    """Cut lines that hold several numbered items of one sequence into one line per item."""
    out: list[str] = []
    state = [1]  # the next item number of the run 1. 2. 3. …
    for i, line in enumerate(lines):
        # a table flattened to text (cells ending in |, the last one cut off) is not split
        near = lines[max(0, i - 1) : i + 2]
        nxt = lines[i + 1] if i + 1 < len(lines) else ""
        out.extend([line] if any("|" in ln for ln in near) else _split_deep(line, state, nxt))
    return out
