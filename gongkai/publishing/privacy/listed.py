"""Names in the layouts real published lists take once copied out of a web page or a file.

- A table flattened to one cell per line (a web table copied as text, a PDF text layer):
  姓名 / 学历 / 单位 / 张三 / 硕士 / 某大学 / 李四 / … — the column is found by its header
  and the period of the rows.
- A person described in the way nominee and hiring lists do: 张三，男，汉族，1980年3月出生.
- A numbered item opened by a person and a colon, as cadre and nominee notices list them:
  1.张三：男，1975年出生，现任… / （二）李四:…
- A name once found is found wherever else the same document repeats it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from .enumerated import find_dashed_items, find_enumerated_names
from .findings import NAME, Finding
from .groups import find_group_heads
from .labelled import find_addressees, find_label_names, find_salutation_names
from .names import NON_NAME_CHARS, STOPWORDS, STRONG, _name, classify, classify_cell
from .officials import official_names, official_spans
from .prose import find_prose_people
from .rules import PrivacyRules
from .surnames import COMPOUND_SURNAMES
from .tables import header_kind

#: A single-cell line is short and has no sentence punctuation.
_SENTENCE = re.compile(r"[。；;！？!?]|[，,].*[，,]")
_MAX_CELL = 24


def _single_cells(text: str) -> list[tuple[int, str]]:
    """(offset, cell) of each non-empty line, stripped; None-like long lines end a block."""
    cells, pos = [], 0
    for line in text.split("\n"):
        stripped = line.strip(" \t\u3000\r")
        if stripped:
            cells.append((pos + line.index(stripped[0]), stripped))
        pos += len(line) + 1
    return cells


def _is_cell(cell: str) -> bool:
    return len(cell) <= _MAX_CELL and not _SENTENCE.search(cell) and "\t" not in cell


def find_column_lines(text: str, rules: PrivacyRules) -> Iterator[Finding]:
    """Name cells of a table laid out one cell per line under its header cells.

    The header line 姓名 fixes the column; the row length is the period k (2–12) at which the
    cells k, 2k, 3k … lines below it read as names (at least three quarters of them, two at
    least). The block ends at the first line that is not a cell (a sentence, a long line).
    """
    cells = _single_cells(text)
    for index, (_, cell) in enumerate(cells):
        if header_kind(cell, rules) != NAME:
            continue
        block = []
        for offset, value in cells[index + 1 :]:
            if not _is_cell(value):
                break
            block.append((offset, value))
        best: tuple[int, list[tuple[int, str]]] = (0, [])
        for period in range(2, 13):
            column = block[period - 1 :: period]
            if len(column) < 2:
                break
            named = [(o, v) for o, v in column if classify_cell(v)]
            if len(named) >= 0.75 * len(column) and len(named) > best[0]:
                best = (len(named), named)
        for offset, value in best[1]:
            yield _name(text, offset, offset + len(value), 0.85, "table")


#: 张三，男，汉族 / 张三（女，1980年3月生） / 张三 男 1980.03
_DESCRIBED = re.compile(
    r"(?<![\u4e00-\u9fff·])([\u4e00-\u9fff][\u4e00-\u9fff ]{0,2}[\u4e00-\u9fff]|"
    r"[\u4e00-\u9fff]{2,3}·[\u4e00-\u9fff·]{1,12})"
    r"\s*[，,、（( \u3000]\s*[男女]\s*(?:[，,、）) \u3000；;]|$)",
    re.MULTILINE,
)


#: 都贵玛(女，蒙古族)、高德荣(独龙族): a listed name annotated with sex or nationality.
_ANNOTATED = re.compile(
    r"(?:^|(?<=[、，,：:；;\s]))([\u4e00-\u9fff]{2,4})[（(]"
    r"(?:[男女][，,、）)]|[\u4e00-\u9fff]{1,5}族[，,、）)])",
    re.MULTILINE,
)


def find_described_people(text: str) -> Iterator[Finding]:
    """A name followed by the person's sex, as nominee, hiring and penalty lists describe
    people (张三，男，汉族…): the sex after it says it is a person, not a word. Standing
    alone in a list with its sex or nationality in brackets (都贵玛(女，蒙古族)), a name
    counts even where the surname list does not know it."""
    for m in _DESCRIBED.finditer(text):
        word = m.group(1)
        if classify(re.sub(r"\s", "", word)) or "·" in word:
            yield _name(text, m.start(1), m.end(1), 0.85, "described")
    for m in _ANNOTATED.finditer(text):
        start = m.start(1) + (2 if m.group(1).startswith(("授予", "追授")) else 0)
        word = text[start : m.end(1)]
        if len(word) >= 2 and not any(c in NON_NAME_CHARS for c in word) and word not in STOPWORDS:
            yield _name(text, start, m.end(1), 0.8, "described")


def repeated_names(
    text: str, found: Iterable[Finding], officials: list[tuple[int, int]]
) -> Iterator[Finding]:
    """Other occurrences of names already found (not inside a longer run of Han characters
    unless the name is three characters or more, not where an official is named)."""
    seen = {f.text for f in found if f.kind == NAME and len(f.text.strip()) >= 2}
    taken = {(f.start, f.end) for f in found}
    for word in seen:
        if len(word.replace(" ", "")) < 3 and classify(word.replace(" ", "")) != STRONG:
            continue
        for m in re.finditer(re.escape(word), text):
            if (m.start(), m.end()) in taken or any(s <= m.start() < e for s, e in officials):
                continue
            before, after = text[m.start() - 1 : m.start()], text[m.end() : m.end() + 1]
            if len(word) < 3 and (_han(before) and _han(after)):
                continue
            yield _name(text, m.start(), m.end(), 0.8, "repeated")


def _han(char: str) -> bool:
    return bool(char) and "\u4e00" <= char <= "\u9fff"


_NUMBERED_ITEM = re.compile(
    r"^[ \t\u3000]*(?:[0-9０-９]{1,3}[.．、)）]|[（(][0-9０-９一二三四五六七八九十]{1,3}[)）]|"
    r"[一二三四五六七八九十]{1,3}、)[ \t\u3000]*([\u4e00-\u9fff·]{2,6}?)[ \t\u3000]*[:：，,（(]",
    re.MULTILINE,
)


def find_numbered_items(text: str) -> Iterator[Finding]:
    """1.马存忠：职务… — the name a numbered item opens with, when the surname list and the
    dictionary agree it is one (a heading such as 1.工作要求： is not)."""
    for m in _NUMBERED_ITEM.finditer(text):
        word = m.group(1)
        if classify(word) == STRONG and (len(word) < 4 or word[:2] in COMPOUND_SURNAMES):
            yield _name(text, m.start(1), m.end(1), 0.8, "list")


def find_names(text: str, rules: PrivacyRules) -> list[Finding]:
    """Name candidates in prose (tables: tables.py); names of officials acting in office are
    left out (they are public information, 《条例》第二十条)."""
    officials = official_spans(text, rules)
    named = official_names(text, officials)
    found = [
        *find_label_names(text, rules),
        *find_enumerated_names(text, named),
        *find_group_heads(text),
        *find_salutation_names(text),
        *find_addressees(text),
        *find_dashed_items(text),
    ]
    return [
        f for f in found if not any(s <= f.start < e for s, e in officials) and f.text not in named
    ]


def find_people(text: str, rules: PrivacyRules) -> list[Finding]:
    """Every name finding of a text: labels, lists, tables laid out one cell per line, people
    described by their sex, and the other occurrences of those names; officials acting in
    office are left out (《条例》第二十条: their names are public information)."""
    officials = official_spans(text, rules)
    named = official_names(text, officials)
    found = [
        f
        for f in (
            *find_column_lines(text, rules),
            *find_described_people(text),
            *find_numbered_items(text),
            *find_prose_people(text),
        )
        if not any(s <= f.start < e for s, e in officials) and f.text not in named
    ]
    found += find_names(text, rules)
    found += repeated_names(text, found, officials)
    holders = office_holders(text, {f.text for f in found})
    return [f for f in found if f.text not in holders]


#: Taking up an office, later in the person's sentence: …陈伟男,…被选派至和平村担任第一书记,
#: 张桂芳高票当选村党支部书记 (not 现任…: nominee and honours lists describe people so).
_TAKES_OFFICE = re.compile(
    r"(?<!现)(?:担任|出任|当选|就任|任职)[^。！？!?\n，,；;]{0,16}?"
    r"(?:书记|支书|主任|村长|镇长|乡长|县长|市长|局长|村官|干部)"
)


_SENTENCE_STOP = re.compile(r"[。！？!?\n]")


def office_holders(text: str, names: set[str]) -> frozenset[str]:
    """Names of people the text shows taking up an office (…担任第一书记): officials acting
    in office, whose names are public information (《条例》第二十条)."""
    holders = set()
    for word in names:
        for m in re.finditer(re.escape(word), text):
            stop = _SENTENCE_STOP.search(text, m.end())
            end = min(stop.start() if stop else len(text), m.end() + 40)
            if _TAKES_OFFICE.search(text, m.end(), end):
                holders.add(word)
                break
    return frozenset(holders)
