"""Traditional characters folded to simplified ones, one character for one, so that the
labels (聯系電話, 當事人, 戶主), surnames and dictionary words the detectors know are read the
same in pages that keep traditional characters; offsets survive, and findings are given
back with the text as the document writes it."""

from __future__ import annotations

import functools
from dataclasses import replace
from pathlib import Path

import opencc

from .findings import Finding


@functools.cache
def _table() -> dict[int, int]:
    """Each traditional character that folds to exactly one other character."""
    table: dict[int, int] = {}
    path = Path(opencc.__file__).parent / "dictionary" / "TSCharacters.txt"
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if len(parts) >= 2 and len(parts[0]) == 1 and len(parts[1]) == 1 and parts[0] != parts[1]:
            table[ord(parts[0])] = ord(parts[1])
    return table


def simplified(text: str) -> str:
    """The text with traditional characters folded to simplified ones (same length)."""
    return text.translate(_table())


def restore(findings: list[Finding], original: str, folded: str) -> list[Finding]:
    """Findings made on the folded text, with the text (and the unmasked characters of the
    masked form) as the original writes them."""
    if original == folded:
        return findings
    result = []
    for f in findings:
        raw = original[f.start : f.end]
        if raw == f.text:
            result.append(f)
            continue
        masked = f.masked
        if len(masked) == len(raw) and masked != f.text:
            pairs = zip(raw, masked, f.text, strict=True)
            masked = "".join(o if m == t else m for o, m, t in pairs)
        elif masked == f.text:
            masked = raw
        result.append(replace(f, text=raw, masked=masked))
    return result
