"""Numbering: recognise item numbers (一、 （一） 1. （1） ① 2-1 第一条 …) and their sequence."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .fold import fold

_CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5,
              "六": 6, "七": 7, "八": 8, "九": 9}  # fmt: skip
_CN = "零〇一二两三四五六七八九十百"
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"

# Patterns on the folded text: (style, regex). Order matters: more specific first.
_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("di", re.compile(rf"第\s*([{_CN}]{{1,4}}|\d{{1,3}})\s*(条|章|部分|节|项)\s*[、,.:]?\s*")),
    ("cn_paren", re.compile(rf"\(\s*([{_CN}]{{1,4}})\s*\)\s*[、.,]?\s*")),
    ("ar_paren", re.compile(r"\(\s*(\d{1,3})\s*\)\s*[、.,]?\s*")),
    ("ar_sub", re.compile(r"(\d{1,3})\s*-\s*(\d{1,3})(?![\d月日%项])\s*[、.]?\s*")),
    ("cn_dun", re.compile(rf"([{_CN}]{{1,4}})\s*[、.]\s*")),
    # 2.5% is a decimal, but 2.9月底前 and 7.2024年 are item numbers before a date
    ("ar_dot", re.compile(r"(\d{1,3})\s*(?:、|\.(?!\d)|\.(?=\d{1,4}\s*[年月]))\s*")),
    ("ar_half", re.compile(r"(\d{1,3})\s*\)\s*")),
    ("circled", re.compile(rf"([{_CIRCLED}])\s*")),
]
_BARE = re.compile(rf"\s*(?:([{_CN}]{{1,4}})|(\d{{1,3}}))\s*[、.]?\s*$")
# A line that starts with mojibake where a bracketed number used to be (e.g. "?。ň牛┩…").
_GARBLED = re.compile(r"[?？\ufffd][。.]?[^\u4e00-\u9fff\s]{0,3}[\u4e00-\u9fff]?[\u2500-\u257f]")


@dataclass
class Marker:
    """An item number at the start of a line."""

    style: str
    value: int
    label: str  # the path element, e.g. "一", "（一）", "1", "2-1"
    end: int  # index in the original line where the item's own text starts
    parent_value: int | None = None  # for 2-1 style sub-numbers: the 2
    garbled: bool = False  # inferred from the sequence where the number was unreadable


def cn_to_int(text: str) -> int:
    """Convert a Chinese numeral (一 … 九十九, 一百…) to an int; 0 when it is not one."""
    if not text:
        return 0
    total, num = 0, 0
    for ch in text:
        if ch in _CN_DIGITS:
            num = _CN_DIGITS[ch]
        elif ch == "十":
            total += (num or 1) * 10
            num = 0
        elif ch == "百":
            total += (num or 1) * 100
            num = 0
        else:
            return 0
    return total + num


def int_to_cn(n: int) -> str:
    """Convert 1 … 999 to a Chinese numeral as written in documents (十一, 二十三)."""
    digits = "零一二三四五六七八九"
    if n < 10:
        return digits[n]
    if n < 20:
        return "十" + (digits[n - 10] if n > 10 else "")
    if n < 100:
        return digits[n // 10] + "十" + (digits[n % 10] if n % 10 else "")
    rest = n % 100
    if not rest:
        tail = ""
    elif rest < 10:
        tail = "零" + int_to_cn(rest)
    else:
        tail = digits[rest // 10] + "十" + (digits[rest % 10] if rest % 10 else "")
    return digits[n // 100] + "百" + tail


def label_for(style: str, value: int, extra: str = "") -> str:
    """The path element of a number: brackets full-width, the number's own punctuation dropped."""
    if style == "cn_paren":
        return f"（{int_to_cn(value)}）"
    if style == "ar_paren":
        return f"（{value}）"
    if style == "cn_dun":
        return int_to_cn(value)
    if style == "circled":
        return _CIRCLED[value - 1] if 0 < value <= len(_CIRCLED) else str(value)
    if style == "ar_sub":
        return extra
    if style.startswith("di_"):
        return f"第{int_to_cn(value)}{style[3:]}"
    return str(value)


def match_marker(line: str, shadow: str | None = None) -> Marker | None:
    """Recognise an item number at the start of ``line`` (leading blanks allowed)."""
    k = fold(line) if shadow is None else shadow
    start = len(k) - len(k.lstrip())
    if line[start : start + 1] and line[start] in _CIRCLED:
        value = _CIRCLED.index(line[start]) + 1
        end = start + 1
        while end < len(line) and line[end] in " 、.．":
            end += 1
        return Marker("circled", value, line[start], end)
    for style, pattern in _PATTERNS:
        m = pattern.match(k, start)
        if not m:
            continue
        raw = m.group(1)
        value = int(raw) if raw.isdigit() else cn_to_int(raw)
        if style == "circled":
            value = _CIRCLED.index(raw) + 1
        if value <= 0:
            continue
        rest = k[m.end() :]
        if style in ("cn_dun", "ar_dot", "ar_half") and not rest.strip():
            return None  # a bare number is not an item of running text
        if style == "cn_dun" and len(raw) > 1 and rest[:1] in "、":
            continue
        if style == "di":
            style = "di_" + m.group(2)
            # the word as written (條 in a traditional copy), the numeral as label_for writes it
            word = line[m.start(2) : m.end(2)] if len(line) == len(k) else m.group(2)
            return Marker(style, value, f"第{int_to_cn(value)}{word}", m.end())
        if style == "ar_sub":
            sub = int(m.group(2))
            label = f"{value}-{sub}"
            return Marker("ar_sub", sub, label, m.end(), parent_value=value)
        return Marker(style, value, label_for(style, value), m.end())
    return None


def match_bare_number(text: str) -> Marker | None:
    """A cell that holds only a number (``1``, ``一``, ``（一）``, ``1.``), as in a 序号 column."""
    k = fold(text).strip()
    m = _BARE.match(k)
    if m:
        if m.group(1):
            value = cn_to_int(m.group(1))
            style = "cn_dun"
        else:
            value = int(m.group(2))
            style = "ar_dot"
        if value > 0:
            return Marker(style, value, label_for(style, value), len(text))
    marker = match_marker(k)
    if marker and not k[marker.end :].strip():
        return marker
    return None


def garbled_prefix(line: str) -> int:
    """Length of a mojibake prefix standing where an item number was, or 0."""
    m = _GARBLED.match(line.lstrip())
    if not m:
        return 0
    return len(line) - len(line.lstrip()) + m.end()


# A bracketed number (（一）) after an indent (　) of a GBK page read one byte off: the indent's
# first byte shows as ?, then 　's second byte and （'s first make 。, （'s second byte (A8) and the
# numeral's first make a character of the A8 row (ㄒ, ǘ, ň …), the numeral's second byte and ）'s
# first (A3) the next (唬), unless that pair has no character and was dropped (then ）'s second
# byte, A9, opens the next). The numeral's first byte alone tells 一 to 十 apart; a number of two
# numerals (（十五）) has another pair there and is left to the neighbours' reading.
_NUMERALS = {ch.encode("gbk"): cn_to_int(ch) for ch in "一二三四五六七八九十"}


def _gbk(ch: str) -> bytes:
    try:
        return ch.encode("gbk")
    except UnicodeEncodeError:
        return b""


def realigned_number(line: str) -> int | None:
    """The value of a bracketed number read one byte off (``?。ㄒ唬┚…`` for （一）), or None."""
    if not garbled_prefix(line):
        return None
    m = re.match(r"\s*[?？\ufffd]。(.)(.)", line)
    if m is None:
        return None
    first, second = _gbk(m.group(1)), _gbk(m.group(2))
    if len(first) != 2 or first[0] != 0xA8 or len(second) != 2:
        return None
    for numeral, value in _NUMERALS.items():
        if numeral[0] == first[1] and (second == bytes([numeral[1], 0xA3]) or second[0] == 0xA9):
            return value
    return None
