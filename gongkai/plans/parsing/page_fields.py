"""A web page's panel of document fields copied as a numbered list above the text: each line a
number, a field's name in square brackets and its value, often empty (``1. [主题分类] 综合政务``,
``2. [发文机构] 某市人民政府``, ``3. [联合发文单位]``, ``6. [发文字号] 〔〕``). The numbers are the
panel's, not the plan's items, and the field names are no units. The panel without numbers
(``[实施日期] 2025-09-26``, ``[联合发文单位] 甲局;乙局``) is the page's too: its dates are no
time limits, its bodies no units."""

from __future__ import annotations

import re

from .fold import fold

# number, field name in brackets (a short name, no punctuation), a short value or none
_FIELD_LINE = re.compile(
    r"^\s*(\d{1,2})\s*[.、．]\s*[\[【]\s*[\u3400-\u9fff]{2,8}\s*[\]】]\s*(?P<value>.{0,40})$"
)
_SENTENCE = re.compile(r"[。；;！!？?]")
_MIN_RUN = 3  # a panel shows several fields
_HEAD = 30  # the panel stands at the page's head


def _field_number(line: str) -> int | None:
    m = _FIELD_LINE.match(fold(line))
    if m is None or _SENTENCE.search(m.group("value")):
        return None
    return int(m.group(1))


def drop_numbered_page_fields(lines: list[str]) -> list[str]:
    """A run of at least three field lines (see above) numbered 1, 2, 3 … among the page's
    first lines, blank lines between them allowed: dropped."""
    drop: set[int] = set()
    k = 0
    limit = min(len(lines), _HEAD)
    while k < limit:
        if _field_number(lines[k]) != 1:
            k += 1
            continue
        run, expected, j = [k], 2, k + 1
        while j < len(lines):
            if not lines[j].strip():
                j += 1
                continue
            if _field_number(lines[j]) != expected:
                break
            run.append(j)
            expected += 1
            j += 1
        if len(run) >= _MIN_RUN:
            drop.update(run)
        k = j
    return [ln for i, ln in enumerate(lines) if i not in drop] if drop else lines


# a field line without a number: the field's name in brackets, a value without a sentence's end
_BARE_FIELD_LINE = re.compile(
    r"^\s*[\[【]\s*(?P<name>[\u3400-\u9fff]{2,8})\s*[\]】]\s*(?P<value>.{0,300})$"
)
# the names only a page's panel of a document's fields uses (its dates, number, issuer, status)
_PANEL_NAMES = re.compile(
    r"^(?:主题分类|体裁分类|公文种类|索引号|发文机构|发布机构|联合发文单位|发文字号|文号|成文日期|发文日期"
    r"|发布日期|实施日期|废止日期|有效性|时效性|文件来源|信息来源)$"
)
_MIN_NAMED = 3  # the panel names several such fields


def _bare_field(line: str) -> str | None:
    """The field's name of a field line without a number; its value may list bodies apart by
    semicolons (联合发文单位), but ends no sentence."""
    m = _BARE_FIELD_LINE.match(fold(line))
    if m is None or re.search(r"[。！!？?]", m.group("value")):
        return None
    return m.group("name")


def drop_bare_page_fields(lines: list[str]) -> list[str]:
    """A run of field lines without numbers among the page's first lines (see above), blank lines
    between them allowed, at least three of them naming a page panel's fields: dropped."""
    drop: set[int] = set()
    k = 0
    limit = min(len(lines), _HEAD)
    while k < limit:
        if _bare_field(lines[k]) is None:
            k += 1
            continue
        run, j = [], k
        while j < len(lines) and (not lines[j].strip() or _bare_field(lines[j]) is not None):
            if lines[j].strip():
                run.append(j)
            j += 1
        named = sum(1 for i in run if _PANEL_NAMES.match(_bare_field(lines[i]) or ""))
        if named >= _MIN_NAMED:
            drop.update(run)
        k = j
    return [ln for i, ln in enumerate(lines) if i not in drop] if drop else lines
