"""Numbered items run together on one line (``1、及时做好…。2、建立健全…。3、抓好…``).

A number of the same form as the line's own first number (or a run starting at 1), written right
after the end of a sentence and next in that sequence, starts an item of its own; the line is cut
there. Numbers inside a sentence (``增长2.5%``, ``第1、2项``) are not cuts: no sentence ends
before them.
"""

from __future__ import annotations

import re

from .numbering import int_to_cn, match_marker

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


def _after_sentence(line: str, at: int) -> bool:
    before = line[:at].rstrip()
    return bool(before) and before[-1] in _SENTENCE_END


def _cuts(line: str, style: str, value: int, punct: str, start: int) -> list[int]:
    """Where the numbers value+1, value+2 … of this form start, each after a sentence end."""
    cuts: list[int] = []
    pos = start
    expected = value + 1
    while True:
        needle = _number_text(style, expected, punct)
        at = line.find(needle, pos)
        while at != -1 and not (
            _after_sentence(line, at)
            and not (style == "ar_dot" and line[at + len(needle) : at + len(needle) + 1].isdigit())
            and not (style in ("ar_dot", "cn_dun") and line[at - 1 : at].isdigit())
        ):
            at = line.find(needle, at + 1)
        if at == -1:
            return cuts
        cuts.append(at)
        pos = at + len(needle)
        expected += 1


def _split(line: str) -> list[str]:
    marker = match_marker(line)
    cuts: list[int] = []
    if marker is not None and marker.style in _STYLES:
        punct = _punct(marker.style, line[: marker.end])
        cuts = _cuts(line, marker.style, marker.value, punct, marker.end)
    if not cuts:
        # a run starting at 1 after a heading (（一）加强领导。1、…。2、…) or after the item's
        # own heading (1.深化改革。(1)…(牵头负责)(2)…): at least 1 and 2, each after a sentence end
        for m in _RUN_START.finditer(line):
            if m.start() == 0 or not _after_sentence(line, m.start()):
                continue
            if line[m.start() - 1 : m.start()].isdigit() or line[m.end() : m.end() + 1].isdigit():
                continue
            if m.group(1):
                rest = _cuts(line, "ar_dot", 1, m.group(1), m.end())
            elif marker is None or marker.style != "ar_dot":
                continue  # (1)(2) split only the line of an item numbered 1. (not run-on prose)
            else:
                rest = _cuts(line, "ar_paren", 1, m.group(0)[0] + m.group(0)[-1], m.end())
            if rest:
                cuts = [m.start(), *rest]
                break
    if not cuts:
        return [line]
    parts, prev = [], 0
    for cut in cuts:
        parts.append(line[prev:cut])
        prev = cut
    parts.append(line[prev:])
    return [p.strip() for p in parts if p.strip()]


def split_inline_items(lines: list[str]) -> list[str]:
    """Cut lines that hold several numbered items of one sequence into one line per item."""
    out: list[str] = []
    for i, line in enumerate(lines):
        # a table flattened to text (cells ending in |, the last one cut off) is not split
        near = lines[max(0, i - 1) : i + 2]
        out.extend([line] if any("|" in ln for ln in near) else _split(line))
    return out
