"""A note that the units of a list before its first comma lead (第一个逗号前为牵头单位, most
often with 多个牵头部门的按照职责分工负责 and 下同): ``责任单位:甲局、乙局,丙局、丁局`` then
names 甲局 and 乙局 as leads, the units after the comma as responsible ones. The note names no
unit itself; with 下同 it holds for the lists after it too. A list without a comma is all leads.
"""

from __future__ import annotations

import re

from .brackets import outside_brackets
from .fold import fold

_UNIT = r"(?:单位|部门)"
# (逗号前为牵头单位,多个牵头单位的按职责分别牵头,下同: the first comma left unsaid, the leads
# each leading by its duties; README, twenty-eighth batch)
COMMA_LEADS = re.compile(
    rf"[;,]?(?:第一个|第1个|首个)?逗号(?:之?前|以前)(?:的)?{_UNIT}?(?:为|是)(?:牵头|主责){_UNIT}"
    rf"(?:[,;]?多个牵头{_UNIT}的?(?:按照?|根据)?职责(?:分工)?(?:分别)?(?:负责|落实|牵头))?"
    r"(?:[,;]?\s*下同)?[。;,]?"
)


def says_comma_leads(text: str) -> bool:
    """Whether a text holds the note."""
    return bool(COMMA_LEADS.search(fold(text)))


def comma_leads_below(text: str) -> bool:
    """Whether a text holds the note for the lists after it too (下同)."""
    m = COMMA_LEADS.search(fold(text))
    return m is not None and "下同" in m.group()


def drop_comma_leads(text: str) -> str:
    """The text without the note (it names no unit)."""
    for m in reversed(list(COMMA_LEADS.finditer(fold(text)))):
        text = text[: m.start()] + text[m.end() :]
    return text


def leads_before_first_comma(units: list[str], text: str) -> list[str]:
    """The units of ``units`` named in ``text`` before its first comma outside brackets."""
    k = fold(drop_comma_leads(text))
    comma = next((i for i, ch in outside_brackets(k, "([", ")]") if ch == ","), len(k))
    k = k[:comma]
    return [u for u in units if fold(u) in k]
