"""Scoring the scanner against annotated documents: recall per kind, look-alikes taken as certain.

A gold annotation lists the personal data of a document by kind and text (every occurrence
counts) and the look-alikes that are not personal data (an agency's public lines, officials'
names, placeholders). A personal occurrence is found when a finding of the same kind covers
at least 80% of it and is not much longer; a look-alike is *taken as certain* when any finding
of a certain kind (not public_contact, not *_suspect) overlaps it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from .findings import CERTAIN_KINDS, Finding


@dataclass
class Score:
    """Counts over a set of documents."""

    planted: Counter[str] = field(default_factory=Counter)
    found: Counter[str] = field(default_factory=Counter)
    lookalikes: int = 0
    taken_as_certain: int = 0
    missed: list[tuple[str, str, str]] = field(default_factory=list)  # (doc, kind, text)
    wrong: list[tuple[str, str, str]] = field(default_factory=list)  # (doc, kind, text)

    def recall(self, kind: str) -> float | None:
        """Share of the planted occurrences of a kind that were found (None: none planted)."""
        return self.found[kind] / self.planted[kind] if self.planted[kind] else None

    @property
    def lookalike_rate(self) -> float | None:
        """Share of the look-alikes reported as certain personal data."""
        return self.taken_as_certain / self.lookalikes if self.lookalikes else None

    def add(self, other: Score) -> None:
        self.planted.update(other.planted)
        self.found.update(other.found)
        self.lookalikes += other.lookalikes
        self.taken_as_certain += other.taken_as_certain
        self.missed += other.missed
        self.wrong += other.wrong


def occurrences(text: str, needle: str) -> list[tuple[int, int]]:
    """Every (start, end) of needle in text, overlapping occurrences excluded."""
    spans, pos = [], text.find(needle)
    while pos >= 0:
        spans.append((pos, pos + len(needle)))
        pos = text.find(needle, pos + len(needle))
    return spans


def _covers(f: Finding, start: int, end: int) -> bool:
    overlap = min(f.end, end) - max(f.start, start)
    return overlap >= 0.8 * (end - start) and (f.end - f.start) <= 2 * (end - start) + 4


def score_document(
    name: str,
    text: str,
    findings: Iterable[Finding],
    personal: Iterable[tuple[str, str]],
    public: Iterable[str],
) -> Score:
    """Score one document: ``personal`` is (kind, text) pairs, ``public`` look-alike texts."""
    findings = list(findings)
    result = Score()
    for kind, needle in personal:
        for start, end in occurrences(text, needle):
            result.planted[kind] += 1
            if any(f.kind == kind and _covers(f, start, end) for f in findings):
                result.found[kind] += 1
            else:
                result.missed.append((name, kind, needle))
    for needle in public:
        for start, end in occurrences(text, needle):
            result.lookalikes += 1
            hits = [
                f for f in findings if f.kind in CERTAIN_KINDS and f.start < end and f.end > start
            ]
            if hits:
                result.taken_as_certain += 1
                result.wrong.append((name, hits[0].kind, needle))
    return result


def report(title: str, score: Score, kinds: Iterable[str]) -> str:
    """A short table: recall per kind and the look-alike rate."""
    lines = [title]
    for kind in kinds:
        recall = score.recall(kind)
        shown = "—" if recall is None else f"{recall:.3f}"
        lines.append(f"  {kind:<14} recall {shown:>6}  ({score.found[kind]}/{score.planted[kind]})")
    rate = score.lookalike_rate
    shown = "—" if rate is None else f"{rate:.3f}"
    lines.append(
        f"  look-alikes taken as certain {shown:>6}  ({score.taken_as_certain}/{score.lookalikes})"
    )
    return "\n".join(lines)
