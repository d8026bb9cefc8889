"""The person named for a group (现将卢英等10名…, 确定童朝晖等1500人为…) and names written
with · (授予劳尔·卡斯特罗·鲁斯) inside a longer run of characters."""

from __future__ import annotations

import re
from collections.abc import Iterator

from .findings import Finding
from .names import CONTEXT_WORDS, STRONG, _context, _name, _tag, classify

#: What may stand right before the first name of a list inside one run of characters:
#: 远在外地的方金生, 失主分别为高继继, 授予王文教、…, 授予劳尔·卡斯特罗·鲁斯(古巴)、…
_LIST_OPENERS = ("的", "分别为", "分别是", "授予", "追授", "包括")


def _trim_dotted(work: str, start: int, end: int) -> tuple[int, int]:
    """A name written with · keeps what stands before it out: 授予劳尔·卡斯特罗·鲁斯."""
    token = work[start:end]
    if "·" not in token:
        return start, end
    lead = _BEFORE_DOTTED.match(token[: token.index("·")])
    tail = _AFTER_DOTTED.search(token[token.rindex("·") :])
    return (start + (lead.end() if lead else 0), end - (len(tail.group()) if tail else 0))


def _after_de(chunk: str) -> tuple[int, str] | None:
    """The name after the last opener (的, 分别为, 授予…) of the token opening a list: 2–3
    characters that read as a name, or a name written with ·."""
    cut = max(chunk.rfind(o) + len(o) if o in chunk else 0 for o in _LIST_OPENERS)
    word = chunk[cut:]
    if not cut:
        return None
    if "·" in word:
        return (cut, word) if classify(word) else None
    return (cut, word) if 2 <= len(word) <= 3 and classify(word) else None


_HEAD_OF_GROUP = re.compile(
    r"([\u4e00-\u9fff]{1,12}(?:·[\u4e00-\u9fff]{1,12})+|[\u4e00-\u9fff·]{2,6}?)(?:同志)?"
    r"等[0-9０-９一二三四五六七八九十百千]+(?:类[0-9０-９一二三四五六七八九十百千]+)?(?:名|人|位|户)"
)
#: Words ending right before a transliterated name's first part: 原护边员巴依卡·…, 授予劳尔·…
_BEFORE_DOTTED = re.compile(r"^.*(?:授予|追授|的|为|是|员|者|家|将|确定)")
_AFTER_DOTTED = re.compile(r"(?:同志)?等$")


def find_group_heads(text: str) -> Iterator[Finding]:
    """The person named for a group: 现将卢英等10名…拟表彰对象予以公示, 确定童朝晖等1500人为….

    A full name (three characters) or a name written with · closed by a count of people is a
    person wherever it stands; a two-character one needs a list keyword around it."""
    for m in _HEAD_OF_GROUP.finditer(text):
        word = m.group(1)
        if "·" in word:
            lead = _BEFORE_DOTTED.match(word[: word.index("·")])
            start = m.start(1) + (lead.end() if lead else 0)
            if classify(text[start : m.end(1)]):
                yield _name(text, start, m.end(1), 0.8, "list")
            continue
        start = m.start(1)
        for cut in range(m.start(1), m.end(1) - 1):  # 现将卢英: the shortest name that ends here
            level = classify(text[cut : m.end(1)])
            if level == STRONG or (level and m.end(1) - cut == 3 and not _joined(text, cut)):
                start = cut
                break
        else:
            continue
        if m.end(1) - start >= 3 or CONTEXT_WORDS.search(_context(text, start, m.end())):
            yield _name(text, start, m.end(1), 0.8, "list")


def _joined(text: str, start: int) -> bool:
    """The character before ``start`` makes a word with the one at it (有关人员: 关 is no
    surname there)."""
    return start > 0 and _tag(text[start - 1 : start + 1]) is not None
