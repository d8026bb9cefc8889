"""Read side of search: parse a query, match, rank, page, highlight, count facets."""

# Every query does bounded work, whatever the corpus size: the backend reads the newest ``POOL``
# matches (index order is publication order), relevance ranks that pool (pages beyond it continue
# with older matches by date), totals stop counting at ``COUNT_CAP`` (``total_capped`` then tells
# the page to say "more than"), and facets count the pool (the page says so when the result is
# larger). The index matches tokens (bigrams and runs of letters and digits) without positions; a
# query with a phrase longer than one token is then checked, newest candidates first (up to
# ``CANDIDATE_CAP``, and only until the pool is full: its total stops at ``POOL``), against each
# candidate's stored
# canonical text (``SearchText``, a narrow table keyed like the index), so 云政办〔2016〕68号
# matches where it is written whole and not where 云政, 2016, 68 and 号 lie apart. A query
# without searchable characters (empty, or only punctuation such as ``"`` ``*`` ``'``) lists
# public documents newest first under the filters. Bad input never raises: long queries are
# cut, odd pages are clamped to the last page.

import datetime
import math
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Any, Literal

from django.db.models import QuerySet
from django.utils.safestring import SafeString

from . import snippets, text
from .backends import FILTER_COLUMNS, Hit, MatchQuery, get_backend
from .backends.base import hit as make_hit
from .models import SearchDocument
from .services import ensure_dictionary

POOL = 500
CANDIDATE_CAP = 5000  # token matches checked for the phrases, newest first
CHECK_CHUNK = 250
COUNT_CAP = 1000
MAX_QUERY_INPUT = 400
MAX_QUERY_CHARS = 64
MAX_QUERY_TOKENS = 24
MAX_PAGE_SIZE = 50
FACET_FIELDS = ("org", "theme", "genre", "year", "validity", "kind", "doc_class")
_FILTER_KEYS = {"org": "org_id", **{c: c for c in FILTER_COLUMNS if c != "org_id"}}


@dataclass(frozen=True)
class SearchResult:
    doc_id: int
    kind: str
    object_type: str
    object_id: str
    title: str
    title_html: SafeString
    url: str
    snippet: SafeString
    org_id: int | None
    org_name: str
    published_at: datetime.datetime | None
    score: float
    doc_number: str = ""
    validity: str = ""


@dataclass(frozen=True)
class SearchPage:
    query: str
    sort: str
    results: list[SearchResult]
    total: int
    total_capped: bool
    page: int
    pages: int
    page_size: int
    facets: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    # How many results the facets counted: fewer than the result holds when it is larger than
    # the pool (the newest POOL matches are counted); the page then says so.
    facets_counted: int = 0

    @property
    def facets_partial(self) -> bool:
        return self.total_capped or self.total > self.facets_counted

    @property
    def has_next(self) -> bool:
        return self.page < self.pages

    @property
    def has_previous(self) -> bool:
        return self.page > 1


def typed_query(query: str) -> str:
    """Return the query as typed, spaces collapsed and cut to ``MAX_QUERY_CHARS`` (the echo)."""
    return " ".join(str(query or "")[:MAX_QUERY_INPUT].split())[:MAX_QUERY_CHARS].strip()


def parse_query(query: str) -> tuple[str, MatchQuery]:
    """Return the normalised query and what it matches and ranks by."""
    normalised = " ".join(text.normalise(typed_query(query)).split())
    tokens = text.query_match_tokens(normalised)[:MAX_QUERY_TOKENS]
    ensure_dictionary()
    words = list(dict.fromkeys(text.words(normalised, for_search=False)))[:MAX_QUERY_TOKENS]
    phrases = text.query_phrases(normalised) if tokens else []
    return normalised, MatchQuery(tokens=tokens, rank_words=words, phrases=phrases)


_ONE_TOKEN = re.compile(r"<[^<>]*>|[^<>]{1,2}")


def needs_check(query: MatchQuery) -> bool:
    """Whether token matches must be checked for the phrases: not when each phrase is one token
    (one or two CJK characters, or one run of letters and digits), which the index matches
    exactly."""
    return any(not _ONE_TOKEN.fullmatch(p) for p in query.phrases)


def _verified(query: MatchQuery, filters: dict[str, list], enough: int) -> list[int]:
    """Return the keys of the newest token matches whose canonical text holds every phrase,
    newest first, up to ``enough`` of them.

    The newest ``COUNT_CAP`` + 1 token matches are read first (newest ``CANDIDATE_CAP`` at most
    when too few hold the phrases); the database checks them a chunk at a time, the first chunk
    sized to fill ``enough`` if most candidates hold the phrases, so that a query whose
    candidates mostly match checks about as many as it keeps.
    """
    backend = get_backend()
    keys = backend.candidates(query, filters, COUNT_CAP + 1)
    kept: list[int] = []
    done = 0
    size = enough + enough // 8
    while len(kept) < enough:
        if done >= len(keys):
            if len(keys) <= COUNT_CAP or len(keys) >= CANDIDATE_CAP:
                break
            keys = backend.candidates(query, filters, CANDIDATE_CAP)
            if done >= len(keys):
                break
        chunk = keys[done : done + size]
        good = backend.holding(chunk, query.phrases)
        kept += [k for k in chunk if k in good]
        done += len(chunk)
        size = CHECK_CHUNK
    return kept[:enough]


def _as_int(value: Any) -> int | None:
    pk = getattr(value, "pk", value)
    try:
        return int(pk)
    except (TypeError, ValueError):
        return None


def clean_filters(filters: dict | None) -> dict[str, list]:
    """Keep known filters (one value or a list each); drop empty and malformed values."""
    cleaned: dict[str, list] = {}
    for key, raw in (filters or {}).items():
        column = _FILTER_KEYS.get(key)
        if column is None:
            continue
        values = raw if isinstance(raw, list | tuple | set) else [raw]
        if column in ("org_id", "year"):
            kept = [v for v in (_as_int(v) for v in values) if v is not None and 0 <= v < 2**62]
        else:
            kept = [str(v)[:100] for v in values if v not in (None, "")]
        if kept:
            cleaned[column] = list(dict.fromkeys(kept))[:50]
    return cleaned


def _facets(hits: list[Hit]) -> dict[str, list[dict[str, Any]]]:
    counters: dict[str, Counter] = {name: Counter() for name in FACET_FIELDS}
    for h in hits:
        if h.org_id is not None:
            counters["org"][(h.org_id, h.org_name)] += 1
        values = (
            ("theme", h.theme),
            ("genre", h.genre),
            ("year", h.year),
            ("validity", h.validity),
            ("kind", h.kind),
            ("doc_class", h.doc_class),
        )
        for name, value in values:
            if value not in ("", None):
                counters[name][(value, str(value))] += 1
    return {
        name: [{"value": v, "label": label, "count": n} for (v, label), n in c.most_common(20)]
        for name, c in counters.items()
    }


def _browse(filters: dict[str, list]) -> tuple[int, list[Hit], QuerySet]:
    qs = SearchDocument.objects.filter(is_public=True)
    for column, values in filters.items():
        qs = qs.filter(**{f"{column}__in": values})
    qs = qs.order_by("-sort_key").values_list(
        "id",
        "sort_key",
        "org_id",
        "org_name",
        "theme",
        "genre",
        "year",
        "validity",
        "kind",
        "doc_class",
    )
    total = qs[: COUNT_CAP + 1].count()
    pool = [make_hit(row, scored=False) for row in qs[:POOL]]
    return total, pool, qs


def search(
    *,
    query: str,
    filters: dict | None = None,
    sort: Literal["relevance", "date"] = "relevance",
    page: int = 1,
    page_size: int = 10,
) -> SearchPage:
    """Return one page of public documents matching ``query`` under ``filters``.

    ``filters`` keys: org (Organisation or id), theme, genre, year, validity, kind; each one value
    or a list. ``sort`` is "relevance" or "date" (newest first).
    """
    sort = "date" if sort == "date" else "relevance"
    page_size = min(max(_as_int(page_size) or 10, 1), MAX_PAGE_SIZE)
    page = max(_as_int(page) or 1, 1)
    normalised, mq = parse_query(query)
    cleaned = clean_filters(filters)
    backend = get_backend()

    checked: list[int] | None = None
    cap = COUNT_CAP
    if not mq.tokens:
        total, pool, browse = _browse(cleaned)
        sort = "date"
    elif needs_check(mq):
        # Checked until the pool is full and one more: the count then says "more than POOL".
        cap = POOL
        checked = _verified(mq, cleaned, cap + 1)
        total = len(checked)
        pool = backend.hits(mq, checked[:POOL], scored=sort == "relevance")
        if sort == "relevance":
            pool.sort(key=lambda h: (-h.score, -h.sort_key))
    else:
        if sort == "relevance":
            pool, total = backend.ranked(mq, cleaned, POOL, COUNT_CAP + 1)
            pool.sort(key=lambda h: (-h.score, -h.sort_key))
        else:
            pool, total = backend.newest(mq, cleaned, POOL, COUNT_CAP + 1)
    capped = total > cap
    total = min(total, cap)
    pages = max(1, math.ceil(total / page_size))
    page = min(page, pages)
    offset = (page - 1) * page_size

    hits = pool[offset : offset + page_size]
    if len(hits) < page_size and len(pool) == POOL and offset + page_size > POOL:
        start = max(offset, POOL)
        if checked is not None:
            hits += backend.hits(mq, checked[start : offset + page_size], scored=False)
        elif mq.tokens:
            hits += backend.by_date(mq, cleaned, start, offset + page_size - start)
        else:
            rows = browse[start : offset + page_size]
            hits += [make_hit(row, scored=False) for row in rows]

    docs = SearchDocument.objects.in_bulk([h.doc_id for h in hits])
    pattern = snippets.term_pattern(normalised)
    results = []
    for hit in hits:
        doc = docs.get(hit.doc_id)
        if doc is None:
            continue
        results.append(
            SearchResult(
                doc_id=doc.pk,
                kind=doc.kind,
                object_type=doc.object_type,
                object_id=doc.object_id,
                title=doc.title,
                title_html=snippets.highlight(doc.title, pattern),
                url=doc.url,
                snippet=snippets.best_snippet([doc.body, doc.attachments_text], pattern),
                org_id=doc.org_id,
                org_name=doc.org_name,
                published_at=doc.published_at,
                score=hit.score,
                doc_number=doc.doc_number,
                validity=doc.validity,
            )
        )
    return SearchPage(
        query=typed_query(query),
        sort=sort,
        results=results,
        total=total,
        total_capped=capped,
        page=page,
        pages=pages,
        page_size=page_size,
        facets=_facets(pool),
        facets_counted=len(pool),
    )
