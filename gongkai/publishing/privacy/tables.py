"""Tables in text (tab-, pipe-, comma- or space-separated rows under a header line, as HTML,
.docx and .xlsx tables are laid out for scanning): every cell of a column headed 姓名/户主/
身份证号/联系电话/住址/银行账号… is a finding of that column's kind."""

from __future__ import annotations

import re
from collections.abc import Iterator

from gongkai.core.idnumbers import id_checksum_ok
from gongkai.core.masking import mask_bank_card, mask_id_number, mask_mobile

from .contacts import mask_address
from .findings import ADDRESS, BANK_CARD, ID_NUMBER, ID_NUMBER_SUSPECT, NAME, PHONE, Finding
from .names import _cell_names, _cells, _lines, _name, classify
from .rules import PrivacyRules

_DELIMS = (
    re.compile(r"\t"),
    re.compile(r"\|"),
    re.compile(r","),
    re.compile(r"[ \u3000]{2,}"),
    re.compile(r"[ \u3000]+"),
)
_NUMERIC = re.compile(r"[0-9０-９XxＸｘ \-－+＋()（）]+")
_HEADING_NOISE = re.compile(r"[\s\u3000*：:]|[（(][^）)]*[）)]")


def header_kind(cell: str, rules: PrivacyRules) -> str:
    """The kind of personal data a column heading announces ('' for none)."""
    word = _HEADING_NOISE.sub("", cell)
    if word in rules.columns:
        return rules.columns[word]
    if word.endswith("姓名") and len(word) <= 8:
        return NAME
    return ""


def _value_finding(text: str, start: int, value: str, kind: str) -> Finding | None:
    """A non-name cell as a finding of its column's kind, if it holds such a value."""
    if "*" in value or "＊" in value:  # already masked when it was written
        return None
    end = start + len(value)
    if kind in (ID_NUMBER, PHONE, BANK_CARD) and not _NUMERIC.fullmatch(value):
        return None
    digits = re.sub(r"[^0-9Xx]", "", value)
    if kind == ID_NUMBER and len(digits) in (15, 18):
        if len(digits) == 15 or id_checksum_ok(digits):
            return Finding(ID_NUMBER, value, start, end, mask_id_number(value), 0.9, "table")
        return Finding(ID_NUMBER_SUSPECT, value, start, end, mask_id_number(value), 0.5, "table")
    if kind == PHONE and 7 <= len(digits) <= 14 and digits.isdigit():
        masked = mask_mobile(value) if len(digits) >= 11 else mask_id_number(value)
        return Finding(PHONE, value, start, end, masked, 0.9, "table")
    if kind == BANK_CARD and 12 <= len(digits) <= 23 and digits.isdigit():
        return Finding(BANK_CARD, value, start, end, mask_bank_card(value), 0.9, "table")
    if kind == ADDRESS and len(re.findall(r"[\u4e00-\u9fff]", value)) >= 4:
        return Finding(ADDRESS, value, start, end, mask_address(value), 0.85, "table")
    return None


def _cell(text: str, base: int, value: str, kind: str) -> Iterator[Finding]:
    if kind == NAME:
        yield from _cell_names(text, base, value)
    elif value and (found := _value_finding(text, base, value, kind)):
        yield found


def find_table_cells(text: str, rules: PrivacyRules) -> Iterator[Finding]:
    """Cells of personal-data columns, and form rows such as 姓名<TAB>张三<TAB>住址<TAB>…"""
    table: tuple[re.Pattern[str], dict[int, str]] | None = None
    for line_start, line in _lines(text):
        if table is not None:
            delim, columns = table
            spans = _cells(line, delim)
            if not line.strip():  # blank lines between rows (PDF text layers)
                continue
            if len(spans) >= 2 and not any(header_kind(line[s:e], rules) for s, e in spans):
                for col, kind in columns.items():
                    if col < len(spans):
                        s, e = spans[col]
                        yield from _cell(text, line_start + s, line[s:e], kind)
                continue
            table = None
        for delim in _DELIMS:
            spans = _cells(line, delim)
            if len(spans) < 2:
                continue
            cells = [line[s:e] for s, e in spans]
            heads = {i: k for i, c in enumerate(cells) if (k := header_kind(c, rules))}
            if not heads:
                continue
            form = False
            for i, kind in heads.items():  # form layout: 姓名 | 张三 | 性别 | 男
                if i + 1 < len(cells) and not header_kind(cells[i + 1], rules):
                    value, s = cells[i + 1], spans[i + 1][0]
                    if kind == NAME and classify(re.sub(r"\s", "", value)):
                        form = True
                        yield _name(text, line_start + s, line_start + s + len(value), 0.9, "form")
                    elif kind != NAME and (f := _value_finding(text, line_start + s, value, kind)):
                        form = True
                        yield f
            if not form:
                table = (delim, heads)
            break
