"""The search evaluation set (search_eval.py) through the public ``search()``, on either backend.

The fast slice (every third query, on the whole corpus) runs in the test suite; ``make
eval-search`` (SEARCH_EVAL=full) runs every query and prints recall and precision per kind for
the tuning part and the held-out part.
"""

import datetime
import inspect
import os

import pytest
from django.db import connection

from gongkai.orgs.models import Organisation
from gongkai.search import services
from gongkai.search.selectors import search

from . import search_eval

pytestmark = pytest.mark.django_db

# "full": every query, both parts printed; "tuning": the tuning part only (while tuning).
MODE = os.environ.get("SEARCH_EVAL", "")
FULL = MODE in ("full", "tuning")
# Kinds whose mean precision the issue sets at 0.90 or more (and 0.95 over every query).
STRICT_KINDS = ("docnum_whole", "docnum_tail", "docnum_number", "year", "title")


def load(docs: tuple[search_eval.EvalDoc, ...]) -> None:
    accepted = inspect.signature(services.index_upsert).parameters
    orgs: dict[str, Organisation] = {}
    for d in docs:
        if d.org not in orgs:
            orgs[d.org] = Organisation.objects.create(name=d.org, path=f"/{len(orgs) + 1}/")
        extra = {
            k: v
            for k, v in (
                ("doc_number", d.doc_number),
                ("index_number", d.index_number),
                ("keywords", d.keywords),
            )
            if k in accepted
        }
        services.index_upsert(
            object_type="eval",
            object_id=d.key,
            title=d.title,
            body=d.body,
            url=f"/eval/{d.key}/",
            org=orgs[d.org],
            published_at=datetime.datetime.combine(d.published, datetime.time(9), datetime.UTC),
            **extra,
        )


def found_for(text: str) -> set[int]:
    """Every document the public search returns for ``text``, all pages."""
    got: set[int] = set()
    page_number = 1
    while True:
        page = search(query=text, page=page_number, page_size=50)
        got |= {int(r.object_id) for r in page.results}
        if not page.has_next:
            return got
        page_number += 1


def test_search_finds_what_people_type() -> None:
    docs = search_eval.corpus()
    load(docs)
    every = search_eval.queries()
    chosen = list(every) if FULL else list(every[::3])
    if MODE == "tuning":
        chosen = [q for q in chosen if not q.held_out]
    found = {f"{q.kind}|{q.text}": found_for(q.text) for q in chosen}
    tuning = search_eval.score(found, [q for q in chosen if not q.held_out])
    held = search_eval.score(found, [q for q in chosen if q.held_out])
    if FULL:
        print()
        print(f"== search evaluation on {connection.vendor}: {len(docs)} documents")
        print(
            search_eval.table(
                f"tuning part ({sum(not q.held_out for q in chosen)} queries)", tuning
            )
        )
        if MODE == "full":
            print(
                search_eval.table(
                    f"held-out part ({sum(q.held_out for q in chosen)} queries)", held
                )
            )
    pooled = search_eval.score(found, chosen)
    assert {k: round(r, 3) for k, (_, r, _) in pooled.items() if r < 1} == {}
    assert pooled["ALL"][2] >= 0.95
    low = {k: round(p, 3) for k, (_, _, p) in pooled.items() if k in STRICT_KINDS and p < 0.90}
    assert low == {}
