"""Masked forms of each kind and applying a reviewer-chosen subset of findings to a text."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from .findings import Finding, PrivacyError
from .surnames import COMPOUND_SURNAMES

STAR = "*"


def mask_positions(text: str, keep: Sequence[bool]) -> str:
    """Replace every character whose keep flag is False with a star."""
    return "".join(c if k else STAR for c, k in zip(text, keep, strict=True))


def _mask_digits(text: str, keep_head: int, keep_tail: int) -> str:
    """Keep the first and last digits (or X) of a number, star the others, keep separators."""
    slots = [i for i, c in enumerate(text) if c.isdigit() or c in "Xx"]
    keep = [True] * len(text)
    for n, i in enumerate(slots):
        if keep_head <= n < len(slots) - keep_tail:
            keep[i] = False
    return mask_positions(text, keep)


def mask_id_number(text: str) -> str:
    """530102199001011234 -> 530102********1234 (15-digit: 6 + 5 stars + 4)."""
    return _mask_digits(text, 6, 4)


def mask_bank_card(text: str) -> str:
    """Keep the first 6 and last 4 digits; separators stay in place."""
    return _mask_digits(text, 6, 4)


def mask_mobile(text: str) -> str:
    """+86 138-1234-5678 -> +86 138-****-5678: star digits 4-7 of the 11-digit number."""
    slots = [i for i, c in enumerate(text) if c.isdigit()][-11:]
    keep = [True] * len(text)
    for i in slots[3:7]:
        keep[i] = False
    return mask_positions(text, keep)


def mask_landline(text: str, local_start: int, local_end: int) -> str:
    """Keep the area code and extension; of the local number keep the last 4 (7 digits: 3)."""
    slots = [i for i in range(local_start, local_end) if text[i].isdigit()]
    tail = 4 if len(slots) >= 8 else 3
    keep = [True] * len(text)
    for i in slots[: len(slots) - tail]:
        keep[i] = False
    return mask_positions(text, keep)


def mask_email(text: str) -> str:
    """zhangsan@example.com -> z***@example.com."""
    local, _, domain = text.rpartition("@")
    return f"{local[:1]}***@{domain}"


def mask_name(text: str) -> str:
    """张三 -> 张*, 张三明 -> 张*明, 欧阳小明 -> 欧阳**, 阿卜杜·艾力 -> 阿**·*力.

    Spaces and the middle dot are kept; a compound surname is kept whole and the given
    name starred, otherwise the first and the last character are kept.
    """
    slots = [i for i, c in enumerate(text) if not c.isspace() and c not in "·•."]
    keep = [True] * len(text)
    letters = "".join(text[i] for i in slots)
    if len(slots) <= 1:
        return text
    if len(slots) == 2:
        hidden = slots[1:]
    elif letters[:2] in COMPOUND_SURNAMES and "·" not in text:
        hidden = slots[2:]
    else:
        hidden = slots[1:-1]
    for i in hidden:
        keep[i] = False
    return mask_positions(text, keep)


def select_non_overlapping(findings: Iterable[Finding]) -> list[Finding]:
    """Sort by start; when two overlap, keep the earlier (then longer) one."""
    chosen: list[Finding] = []
    for f in sorted(findings, key=lambda f: (f.start, -(f.end - f.start))):
        if chosen and f.start < chosen[-1].end:
            continue
        chosen.append(f)
    return chosen


def check_findings(text: str, findings: Iterable[Finding]) -> list[Finding]:
    """Verify each finding still matches the text; return them sorted and without overlaps."""
    checked = []
    for f in findings:
        if not (0 <= f.start < f.end <= len(text)) or text[f.start : f.end] != f.text:
            raise PrivacyError(
                f"发现项“{f.text}”（位置 {f.start}–{f.end}）与当前内容不一致，请重新扫描后再处理。"
            )
        checked.append(f)
    return select_non_overlapping(checked)


def mask_text(text: str, findings: Iterable[Finding]) -> str:
    """Replace exactly the given findings by their masked form; others stay visible.

    Raises PrivacyError when a finding does not match the text (the text changed since
    the scan). Overlapping findings: the earlier one is applied, the other skipped.
    """
    parts: list[str] = []
    pos = 0
    for f in check_findings(text, findings):
        parts.append(text[pos : f.start])
        parts.append(f.masked)
        pos = f.end
    parts.append(text[pos:])
    return "".join(parts)
