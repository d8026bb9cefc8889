"""Recall and precision per kind on the seeded corpus with planted personal data."""

from __future__ import annotations

from collections import Counter

from gongkai.publishing.privacy import scan_text
from gongkai.publishing.tests.privacy_corpus import generate

KINDS = ("id_number", "id_number_suspect", "phone", "bank_card", "email", "name")


def measure(seed: int, documents: int) -> tuple[Counter[str], Counter[str], Counter[str]]:
    """(planted, true positives, false positives) per kind; a hit needs kind and exact span."""
    planted: Counter[str] = Counter()
    hits: Counter[str] = Counter()
    false: Counter[str] = Counter()
    for doc in generate(seed, documents):
        expected = {(p.kind, p.start, p.end) for p in doc.planted}
        planted.update(p.kind for p in doc.planted)
        for f in scan_text(doc.text):
            if (f.kind, f.start, f.end) in expected:
                hits[f.kind] += 1
            else:
                false[f.kind] += 1
    return planted, hits, false


def test_corpus_is_reproducible() -> None:
    first, second = generate(7, 3), generate(7, 3)
    assert [d.text for d in first] == [d.text for d in second]
    assert all(d.text[p.start : p.end] == p.text for d in first for p in d.planted)


def test_recall_and_precision_per_kind() -> None:
    planted, hits, false = measure(seed=20240601, documents=80)
    print(f"\n{'kind':<18}{'planted':>8}{'found':>8}{'false+':>8}{'recall':>8}{'precision':>10}")
    for kind in KINDS:
        found = hits[kind] + false[kind]
        recall = hits[kind] / planted[kind] if planted[kind] else 1.0
        precision = hits[kind] / found if found else 1.0
        print(
            f"{kind:<18}{planted[kind]:>8}{hits[kind]:>8}{false[kind]:>8}"
            f"{recall:>8.3f}{precision:>10.3f}"
        )
    total_found = sum(hits.values()) + sum(false.values())
    overall = sum(hits.values()) / total_found
    print(f"overall precision {overall:.3f} over {total_found} findings")
    for kind in ("id_number", "phone", "bank_card", "email"):
        assert hits[kind] == planted[kind] > 20, kind
    assert hits["name"] / planted["name"] >= 0.95
    assert overall >= 0.95
    assert all(false[kind] / max(1, hits[kind] + false[kind]) <= 0.05 for kind in KINDS)
