"""scan_text: run every detector over a text and resolve overlapping candidates."""

from __future__ import annotations

from bisect import bisect_left

from .findings import KIND_PRIORITY, Finding
from .names import find_names
from .patterns import find_structured, normalize


def resolve_overlaps(candidates: list[Finding]) -> list[Finding]:
    """Keep the best candidate of each overlapping group, ordered by position.

    A higher-priority kind wins (an ID number is never also a bank card or phone); within
    a kind the longer, then more confident candidate wins.
    """
    rank = {kind: i for i, kind in enumerate(KIND_PRIORITY)}
    ordered = sorted(
        candidates,
        key=lambda f: (rank.get(f.kind, len(rank)), -(f.end - f.start), -f.confidence, f.start),
    )
    starts: list[int] = []  # taken spans, sorted and disjoint
    taken: list[Finding] = []
    for f in ordered:
        i = bisect_left(starts, f.start)
        if i < len(taken) and taken[i].start < f.end:
            continue
        if i > 0 and taken[i - 1].end > f.start:
            continue
        starts.insert(i, f.start)
        taken.insert(i, f)
    return taken


def scan_text(text: str) -> list[Finding]:
    """Find personal data in a plain text; offsets are character offsets into ``text``."""
    if not text:
        return []
    candidates = find_structured(text, normalize(text))
    candidates.extend(find_names(text))
    return resolve_overlaps(candidates)
