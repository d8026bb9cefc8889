"""Text assembled from pieces (runs, cells, text nodes) and mapping masks back onto them."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, field
from itertools import accumulate

from .findings import Finding
from .masking import check_findings

#: (start, end, replacement) inside one piece's text.
Edit = tuple[int, int, str]


def apply_edits(text: str, edits: Iterable[Edit]) -> str:
    """Apply non-overlapping edits to a string."""
    for start, end, replacement in sorted(edits, reverse=True):
        text = text[:start] + replacement + text[end:]
    return text


@dataclass
class TextLayout:
    """A text built by concatenating pieces; each piece is writable (a run, a cell, a text
    node, with a ``ref`` to it) or a separator added for reading (newline, tab; ref None)."""

    pieces: list[tuple[str, object | None]] = field(default_factory=list)

    def add(self, text: str, ref: object | None = None) -> None:
        """Append a piece; empty pieces are dropped."""
        if text:
            self.pieces.append((text, ref))

    @property
    def text(self) -> str:
        """The full text that scan_text sees."""
        return "".join(text for text, _ in self.pieces)

    def edits(self, findings: Iterable[Finding]) -> dict[int, list[Edit]]:
        """Per piece index, the edits that apply the findings.

        A masked form as long as the text is spread character by character over the pieces
        the finding covers (王|建国 -> 王|*国, each run keeps its formatting); a masked form of
        another length goes into the first writable piece and the covered characters of the
        following pieces are removed. Separators are never edited.
        """
        starts = [0, *accumulate(len(text) for text, _ in self.pieces)]
        result: dict[int, list[Edit]] = {}
        for f in check_findings(self.text, findings):
            placed = False
            first = bisect_right(starts, f.start) - 1
            for index in range(first, len(self.pieces)):
                lo, hi = starts[index], starts[index + 1]
                if lo >= f.end:
                    break
                if hi <= f.start or self.pieces[index][1] is None:
                    continue
                a, b = max(f.start, lo), min(f.end, hi)
                if len(f.masked) == len(f.text):
                    replacement = f.masked[a - f.start : b - f.start]
                else:
                    replacement = "" if placed else f.masked
                result.setdefault(index, []).append((a - lo, b - lo, replacement))
                placed = True
        return result

    def rewritten(self, findings: Iterable[Finding]) -> list[tuple[str, str, object]]:
        """(old text, new text, ref) for every writable piece that changes."""
        changes = []
        for index, edits in sorted(self.edits(findings).items()):
            text, ref = self.pieces[index]
            changes.append((text, apply_edits(text, edits), ref))
        return changes
