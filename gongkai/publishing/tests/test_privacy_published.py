"""Issue 12 targets on generated publications in every format and on the real set's tuning part:
recall 1.0 for ID numbers, phones and bank cards, ≥ 0.95 for names, ≤ 5% of look-alikes
taken as certain personal data."""

from __future__ import annotations

from gongkai.publishing.privacy import extract_text, scan_file
from gongkai.publishing.privacy.evaluation import Score, report, score_document
from gongkai.publishing.tests.privacy_corpus import FORMATS, publications, render
from gongkai.publishing.tests.privacy_real import KINDS, documents, evaluate
from tests.eval_report import record


def score_generated(seed: int, per_format: int) -> dict[str, Score]:
    scores = {fmt: Score() for fmt in FORMATS}
    for fmt, doc in publications(seed, per_format):
        data, filename = render(doc, fmt)
        text = extract_text(data, filename)
        scores[fmt].add(
            score_document(fmt, text, scan_file(data, filename), doc.personal, doc.public)
        )
    return scores


def test_generated_publications_meet_the_targets_in_every_format() -> None:
    scores = score_generated(seed=1212, per_format=10)
    total = Score()
    for fmt, score in scores.items():
        print(report(fmt, score, KINDS))
        total.add(score)
    record(
        "privacy scan, generated publications (6 formats): "
        + ", ".join(f"{k} recall {total.recall(k):.3f}" for k in ("name", "id_number", "phone"))
        + f", look-alikes taken as certain {total.lookalike_rate:.3f}"
    )
    print(report("all formats", total, KINDS))
    for kind in ("id_number", "phone", "bank_card"):
        assert total.planted[kind] > 50 and total.recall(kind) == 1.0, (kind, total.missed[:5])
    for kind in ("address", "email", "im_account"):
        assert total.recall(kind) >= 0.95, (kind, total.missed[:5])
    assert total.recall("name") >= 0.95, total.missed[:5]
    assert total.lookalikes > 100 and total.lookalike_rate <= 0.05, total.wrong[:5]
    for fmt, score in scores.items():  # no format lags behind the others
        assert score.recall("name") >= 0.9 and score.recall("id_number") == 1.0, fmt


def test_real_documents_tuning_part() -> None:
    """The tuning part of the real published documents (the held-out part: make eval-privacy)."""
    assert len(documents("tuning")) >= 15 and len(documents("held_out")) >= 8
    score = evaluate("tuning")
    print(report("tuning", score, KINDS))
    record(
        f"privacy scan, real documents, tuning part: look-alikes taken as certain "
        f"{score.lookalike_rate:.3f} ({score.lookalikes} look-alikes)"
    )
    assert score.lookalikes >= 40 and score.lookalike_rate <= 0.05, score.wrong
    assert score.recall("name") >= 0.95, score.missed
