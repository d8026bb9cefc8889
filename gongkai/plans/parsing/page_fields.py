"""A web page's panel of document fields copied as a numbered list above the text: each line a
number, a field's name in square brackets and its value, often empty (``1. [主题分类] 综合政务``,
``2. [发文机构] 某市人民政府``, ``3. [联合发文单位]``, ``6. [发文字号] 〔〕``). The numbers are the
panel's, not the plan's items, and the field names are no units."""

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
