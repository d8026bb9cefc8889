"""Two-character names padded to the width of three, as pages print them in lists and prose
(田 华, 李　明): read as 田华 by the name detectors, reported over the padded span."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from .findings import NAME, Finding
from .masking import mask_name
from .names import classify
from .surnames import SINGLE_SURNAMES

#: Overlapping matches (a lookahead): in 巴依卡·凯力迪别克 田 华, 克 田 must not hide 田 华.
_PADDED = re.compile(r"(?=([\u4e00-\u9fff])([ \u3000]{1,2})([\u4e00-\u9fff])(?![\u4e00-\u9fff]))")


@dataclass(frozen=True)
class Padded:
    """A text with padded names closed up (田 华 -> 田华 , same length) and their spans."""

    text: str
    spans: dict[int, int]  # start -> end of each padded name in the original text


def padded_names(text: str) -> Padded:
    """Close up each surname, one or two spaces and a character that ends a word and reads
    with the surname as a name; the spaces move after it, so offsets before and after
    survive."""
    chars, spans, taken = list(text), {}, -1
    for m in _PADDED.finditer(text):
        surname, given = m.group(1), m.group(3)
        end = m.start() + 2 + len(m.group(2))
        if m.start() < taken or surname not in SINGLE_SURNAMES or not classify(surname + given):
            continue
        chars[m.start() : end] = [surname, given, *m.group(2)]
        spans[m.start()] = taken = end
    return Padded("".join(chars), spans)


def unpad(findings: list[Finding], spans: dict[int, int], text: str) -> list[Finding]:
    """Findings made on the closed-up text, over the text as written: a name found at a
    closed-up name covers the padded span."""
    result = []
    for f in findings:
        start, end = f.start, f.end
        if f.kind == NAME and end == start + 2 and start in spans:
            end = spans[start]
        raw = text[start:end]
        if raw != f.text or end != f.end:
            f = replace(f, text=raw, end=end, masked=mask_name(raw) if f.kind == NAME else raw)
        result.append(f)
    return result
