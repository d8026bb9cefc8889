"""Masking names, and applying a reviewer-chosen subset of findings to a text (the masked
forms of numbers, phones and e-mail addresses are in ``gongkai.core.masking``)."""

from __future__ import annotations

from collections.abc import Iterable

from gongkai.core.masking import mask_positions

from .findings import Finding, PrivacyError
from .surnames import COMPOUND_SURNAMES


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
