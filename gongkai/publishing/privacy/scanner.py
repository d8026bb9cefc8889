"""scan_text: run every detector over a text and resolve overlapping candidates."""

from __future__ import annotations

from bisect import bisect_left

from .contacts import find_addresses, find_im_accounts, mark_public
from .findings import KIND_PRIORITY, Finding
from .folding import restore, simplified
from .listed import find_people
from .numbers import find_grouped_numbers, find_numeral_phones
from .padding import padded_names, unpad
from .patterns import find_structured, normalize
from .rules import PrivacyRules, current_rules
from .tables import find_table_cells


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


def scan_text(text: str, rules: PrivacyRules | None = None) -> list[Finding]:
    """Find personal data in a plain text; offsets are character offsets into ``text``.

    ``rules`` (the headings and labels that announce personal data) default to the built-in
    ones plus those the coordinator added. An agency's public lines come back as
    public_contact and checksum failures as id_number_suspect: for a human, never masked
    automatically.
    """
    if not text:
        return []
    rules = rules or current_rules()
    original, text = text, simplified(text)  # 聯系電話 reads as 联系电话 (same offsets)
    norm = normalize(text)
    candidates = find_structured(text, norm)
    candidates.extend(find_grouped_numbers(text, norm))
    candidates.extend(find_numeral_phones(text, norm))
    candidates.extend(find_table_cells(text, rules))
    candidates.extend(find_addresses(text, rules))
    candidates.extend(find_im_accounts(text, rules))
    padded = padded_names(text)  # 田 华: two-character names padded to the width of three
    candidates.extend(unpad(find_people(padded.text, rules), padded.spans, text))
    return restore(resolve_overlaps(mark_public(text, candidates, rules)), original, text)
