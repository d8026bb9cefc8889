"""Listed names: 张三、李四、王五 near a list keyword, closed by a count of people (…等八位
同志), lines holding nothing but names, and the person ending an item of an honours list."""

from __future__ import annotations

import re
from collections.abc import Iterator

from .findings import Finding
from .groups import _after_de, _trim_dotted
from .names import (
    _ANNOTATION,
    _HAN_TOKEN,
    _SENTENCE_STOP,
    CONTEXT_WORDS,
    STRONG,
    _context,
    _first_name_token,
    _name,
    classify,
)
from .surnames import surname_of

#: A list closed by a count of people: 张三、李四、王五等三位同志 / 等10名 / 等多名.
_COUNTED_AFTER = re.compile(
    r"\s*等[0-9０-９一二三四五六七八九十百千多]+(?:类[0-9０-９一二三四五六七八九十百千]+)?"
    r"(?:名|人|位|户)"
)


def _runs(work: str) -> Iterator[list[tuple[int, int]]]:
    """Groups of Han tokens separated only by list separators (no sentence punctuation)."""
    run: list[tuple[int, int]] = []
    for m in _HAN_TOKEN.finditer(work):
        if run:
            gap = work[run[-1][1] : m.start()]
            if len(gap) > 30 or "\n" in gap or _SENTENCE_STOP.search(gap):
                yield run
                run = []
        run.append((m.start(), m.end()))
    if run:
        yield run


def find_enumerated_names(text: str, officials: frozenset[str] = frozenset()) -> Iterator[Finding]:
    """Listed names (张三、李四、王五) with a list keyword shortly before or in the list, or
    closed by a count of people (…等八位同志). A list naming an official acting in office
    (one named with a title elsewhere in the text) is a list of officials and left out."""
    work = _ANNOTATION.sub(lambda m: " " * len(m.group()), text)
    listed_until = -1  # end of the last line reported as a list of names
    for run in _runs(work):
        if len(run) == 1:
            found = _single_line_name(work, run[0], listed_until)
            if found:
                listed_until = run[0][1]
                yield _name(text, *run[0], 0.8, "list")
            continue
        run = [_trim_dotted(work, s, e) for s, e in run]
        tokens = [(s, e, classify(work[s:e])) for s, e in run]
        for index in (0, len(tokens) - 1):
            s, e, level = tokens[index]
            if not level and e - s > 3:
                peeled = _first_name_token(work[s:e], last=index == 0)
                if not peeled and index == 0:
                    peeled = _after_de(work[s:e])
                if peeled:
                    ns = s + peeled[0]
                    tokens[index] = (ns, ns + len(peeled[1]), STRONG)
        for index in range(1, len(tokens) - 1):  # 根据主席令，授予于敏、申纪兰…
            s, e, level = tokens[index]
            if not level and e - s > 3 and (opened := _after_de(work[s:e])):
                tokens[index] = (s + opened[0], e, STRONG)
        named = sum(1 for *_, level in tokens if level)
        whole = named >= 0.6 * len(tokens)
        for group in [tokens] if whole else _named_groups(work, run):
            if not whole and len(group) < 3 and not _COUNTED_AFTER.match(text, group[-1][1]):
                continue  # two names inside prose need a count after them (…等两名同志)
            if not (_whole_line_list(work, group) or _is_list(text, work, group, officials)):
                continue
            listed_until = max(listed_until, group[-1][1])
            for i, (s, e, level) in enumerate(group):
                if level:
                    yield _name(text, s, e, 0.85 if level == STRONG else 0.7, "list")
                elif _between_names(work, group, i):
                    yield _name(text, s, e, 0.6, "list")


def _between_names(work: str, group: list[tuple[int, int, int]], i: int) -> bool:
    """A 2–3 character token led by a surname between two names of a list is a name too
    (封红年 between 何健忠 and 钱留华), though it reads like a word."""
    s, e, _ = group[i]
    return (
        0 < i < len(group) - 1
        and 2 <= e - s <= 3
        and bool(surname_of(work[s:e]))
        and bool(group[i - 1][2] and group[i + 1][2])
    )


#: An item of an honours list: 好媳妇——某县某村村民张三；
_DASHED_ITEM = re.compile(r"——[^；;。\n—]{2,60}?([\u4e00-\u9fff]{2,4})\s*[；;。]")


def find_dashed_items(text: str) -> Iterator[Finding]:
    """The person who ends an item of an honours list (称号——单位、身份、姓名；): the last two
    or three characters, when they read as a name the surname list and dictionary agree on."""
    for m in _DASHED_ITEM.finditer(text):
        word, end = m.group(1), m.end(1)
        for length in (3, 2):
            if len(word) >= length and classify(word[-length:]) == STRONG:
                yield _name(text, end - length, end, 0.75, "list")
                break


def _is_list(
    text: str, work: str, tokens: list[tuple[int, int, int]], officials: frozenset[str]
) -> bool:
    """Two names at least that the surname list and dictionary agree on, a list keyword
    around them or a count of people after them, and no official among them."""
    if sum(1 for s, e, level in tokens if level == STRONG or (level and "·" in work[s:e])) < 2:
        return False  # transliterated names (劳尔·卡斯特罗·鲁斯) count as agreed names
    first = next(s for s, _, level in tokens if level)
    last = max(e for _, e, level in tokens if level)
    counted = _COUNTED_AFTER.match(text, last)
    if not counted and not CONTEXT_WORDS.search(_context(text, first, last)):
        return False
    return not any(work[s:e] in officials for s, e, _ in tokens)


def _whole_line_list(work: str, tokens: list[tuple[int, int, int]]) -> bool:
    """A line that holds nothing but names (四 at least, nearly all of them names, three the
    surname list and dictionary agree on), as lists of names are printed under a heading:
    于某 王某某 李某 … — its density says it is a list without a keyword."""
    start, end = tokens[0][0], tokens[-1][1]
    line_start = work.rfind("\n", 0, start) + 1
    line_end = work.find("\n", end)
    line = work[line_start : len(work) if line_end < 0 else line_end]
    if line.strip(" \t\u3000\r、，,0123456789.") != work[start:end].strip():
        return False
    named = [level for *_, level in tokens if level]
    strong = sum(1 for level in named if level == STRONG)
    return len(tokens) >= 4 and len(named) >= 0.8 * len(tokens) and strong >= 3


_LIST_GAP = re.compile(r"[\s、，,；;/]*")


def _named_groups(work: str, run: list[tuple[int, int]]) -> list[list[tuple[int, int, int]]]:
    """Runs of consecutive names inside a longer run of prose (…颁发,学院王金诺、沈权、…魏道远
    等八位同志荣获…): a group may open with a name at the end of a longer token and close
    with one at the start of a token; only list separators stand between its names."""
    groups: list[list[tuple[int, int, int]]] = []
    group: list[tuple[int, int, int]] = []
    for s, e in run:
        if group and not _LIST_GAP.fullmatch(work[group[-1][1] : s]):
            groups.append(group)
            group = []
        level = classify(work[s:e])
        if level:
            group.append((s, e, level))
            continue
        opens = (
            _first_name_token(work[s:e], last=True) or _after_de(work[s:e]) if e - s > 3 else None
        )
        closes = _first_name_token(work[s:e]) if e - s > 3 and group else None
        if closes:
            group.append((s, s + len(closes[1]), STRONG))
        if group:
            groups.append(group)
            group = []
        if opens:
            group = [(s + opens[0], s + opens[0] + len(opens[1]), STRONG)]
    if group:
        groups.append(group)
    return [g for g in groups if len(g) >= 2]


def _single_line_name(work: str, span: tuple[int, int], listed_until: int) -> bool:
    """A line holding one name (optionally numbered) right below a list line or a short
    heading with a list keyword: 低保对象名单 / 1. 张三 / 2. 李四."""
    start, end = span
    line_start = work.rfind("\n", 0, start) + 1
    line_end = work.find("\n", end)
    line = work[line_start : len(work) if line_end < 0 else line_end]
    if line.strip(" \t\u3000\r0123456789.、)）") != work[start:end] or not classify(
        work[start:end]
    ):
        return False
    if listed_until >= 0 and not work[listed_until:line_start].strip(" \t\u3000\r\n0123456789.、"):
        return work[listed_until:line_start].count("\n") == 1
    previous = work[work.rfind("\n", 0, max(0, line_start - 1)) + 1 : max(0, line_start - 1)]
    return len(previous) <= 40 and "。" not in previous and bool(CONTEXT_WORDS.search(previous))
