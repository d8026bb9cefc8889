"""Where officials acting in office are named: their names are public information
(《条例》第二十条) and are left out of the name findings."""

from __future__ import annotations

import re

from .names import _HAN_TOKEN, _label_pattern, classify
from .rules import PrivacyRules

#: Office titles written right before an official's name (局长王五, 县长李明).
TITLES_BEFORE: frozenset[str] = frozenset(
    "书记 副书记 局长 副局长 主任 副主任 县长 副县长 市长 "
    "副市长 乡长 镇长 区长 省长 厅长 处长 科长 "
    "部长 院长 校长 主席 委员 常委 秘书长 组长 队长 所长 "
    "站长 专员 检察长 庭长 审判长 审判员 民警 警官 "
    "组织部长 发言人".split()
)


def official_spans(text: str, rules: PrivacyRules) -> list[tuple[int, int]]:
    """Where an official acting in office is named: 签发人：王五, 新闻发言人王五, 局长王五."""
    words = rules.official | TITLES_BEFORE
    pattern = _label_pattern(frozenset(words))
    spans = []
    for m in pattern.finditer(text):
        token = _HAN_TOKEN.match(text, m.end())
        if token:
            spans.append((token.start(), min(token.end(), token.start() + 4)))
    for m in _BYLINE.finditer(text):  # 作者：汪某 发布时间：… — the page's own author
        token = _HAN_TOKEN.match(text, m.end())
        line_end = text.find("\n", m.end())
        if token and _PAGE_META.search(text, m.end(), len(text) if line_end < 0 else line_end):
            spans.append((token.start(), min(token.end(), token.start() + 4)))
    return spans


#: A page's byline: who wrote or posted it, on the line that also gives its date or reads.
_BYLINE = re.compile(r"(?:作者|发布人|发布者|撰稿|供稿|编辑)[ \t\u3000]*[:：][ \t\u3000]*")
_PAGE_META = re.compile(r"发布时间|发布日期|浏览|点击|阅读|来源")


def official_names(text: str, spans: list[tuple[int, int]]) -> frozenset[str]:
    """The names at official spans (院长钱林茂等… -> 钱林茂): the longest 2–3 character
    prefix that reads as a name, or the whole span."""
    names = set()
    for start, end in spans:
        word = text[start:end]
        for length in (3, 2):
            if len(word) >= length and classify(word[:length]):
                names.add(word[:length])
                break
    return frozenset(names)
