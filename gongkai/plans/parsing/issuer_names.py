"""An issuer's other name in brackets on the line below its name, in the signature block of a
notice (甲省科学技术厅 / （甲省某某工作领导小组办公室） / 甲省财政厅 / 2026年4月16日).

Alone on its line the bracket reads as a statement naming a unit, and the notice's signature as
a task. Read so: the bracketed line goes with the name above it, as one line. The reading holds
only for a bracket holding one name and nothing else, between a line that is a name alone and a
line that is another name alone or the date.
"""

from __future__ import annotations

import re

from .fold import fold

_NAME = r"[\u4e00-\u9fff]{2,30}(?:厅|局|委|办|部|院|会|室|署|中心|政府|办公室|委员会|小组)"
_BARE_NAME = re.compile(rf"{_NAME}")
_BRACKETED_NAME = re.compile(rf"\({_NAME}\)")
_DATE = re.compile(r"\d{4}年\d{1,2}月\d{1,2}日")


def _key(line: str) -> str:
    return re.sub(r"\s+", "", fold(line))


def join_issuer_other_names(lines: list[str]) -> list[str]:
    """Lines with each such bracketed other name joined to the issuer's name above it."""
    out: list[str] = []
    for i, line in enumerate(lines):
        nxt = _key(lines[i + 1]) if i + 1 < len(lines) else ""
        if (
            out
            and _BRACKETED_NAME.fullmatch(_key(line))
            and _BARE_NAME.fullmatch(_key(out[-1]))
            and (_BARE_NAME.fullmatch(nxt) or _DATE.fullmatch(nxt))
        ):
            out[-1] = out[-1].rstrip() + line.strip()
        else:
            out.append(line)
    return out
