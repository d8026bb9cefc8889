"""The set of real published documents (tests/data/privacy_real) and its fixed split.

Run ``python -m gongkai.publishing.tests.privacy_real`` (``make eval-privacy``) to print the
figures of the tuning part and of the held-out part.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

DATA = Path(__file__).parent / "data" / "privacy_real"
KINDS = ("name", "id_number", "phone", "bank_card", "address", "email", "im_account")


def held_out(stem: str) -> bool:
    """The split rule, fixed before any scoring: a third of the documents by a hash of the name."""
    return int(hashlib.sha256(stem.encode()).hexdigest()[:8], 16) % 3 == 0


@dataclass
class RealDocument:
    """One published document and its gold annotation."""

    path: Path
    gold: dict[str, Any]

    @property
    def personal(self) -> list[tuple[str, str]]:
        return [(item["kind"], item["text"]) for item in self.gold["personal"]]

    @property
    def public(self) -> list[str]:
        return [item["text"] for item in self.gold["public"]]


def documents(part: str) -> list[RealDocument]:
    """The documents of ``part``: "tuning", "held_out" or "all"."""
    docs = []
    for gold_path in sorted(DATA.glob("*.json")):
        if part != "all" and held_out(gold_path.stem) != (part == "held_out"):
            continue
        [source] = [p for p in DATA.glob(f"{gold_path.stem}.*") if p.suffix != ".json"]
        docs.append(RealDocument(source, json.loads(gold_path.read_text(encoding="utf-8"))))
    return docs


def evaluate(part: str):  # -> Score (imported lazily: needs Django for the rules)
    from gongkai.publishing.privacy import extract_text, scan_file
    from gongkai.publishing.privacy.evaluation import Score, score_document

    total = Score()
    for doc in documents(part):
        data = doc.path.read_bytes()
        text = extract_text(data, doc.path.name)
        findings = scan_file(data, doc.path.name)
        total.add(score_document(doc.path.stem, text, findings, doc.personal, doc.public))
    return total


def main() -> None:
    import os
    import sys

    import django

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "gongkai.settings.test")
    django.setup()
    from gongkai.publishing.privacy.evaluation import report

    for part in sys.argv[1:] or ("tuning", "held_out"):
        score = evaluate(part)
        print(report(f"{part} ({len(documents(part))} documents)", score, KINDS))
        if "-v" in os.environ.get("EVAL_FLAGS", ""):
            for doc, kind, text in score.missed:
                print(f"    missed {kind:<10} {text}  [{doc}]")
            for doc, kind, text in score.wrong:
                print(f"    certain {kind:<9} {text}  [{doc}]")


if __name__ == "__main__":
    main()
