"""The interface both index backends implement, and helpers they share."""

# A backend keeps one index row per public ``SearchDocument``, keyed by the document's ``sort_key``
# (publication order), with three token lists: match tokens (bigrams, for matching), title words
# and body words (jieba, for ranking). Filters are ``{column: [values]}`` on the document table,
# already checked by the selector; column names come only from ``FILTER_COLUMNS``.

from abc import ABC, abstractmethod
from dataclasses import dataclass, field

# sort_key = publication second * KEY_SHIFT + a hash of the source (see services._sort_key).
KEY_SHIFT = 2**22
FILTER_COLUMNS = ("org_id", "theme", "genre", "year", "validity", "kind", "doc_class")
DOC_TABLE = "search_searchdocument"
TEXT_TABLE = "search_searchtext"


@dataclass(frozen=True)
class IndexEntry:
    """The tokens of one document as the index stores them."""

    sort_key: int
    match_tokens: list[str]
    title_words: list[str]
    body_words: list[str]
    # The canonical text phrases are checked against (stored in SearchText, not the index).
    match_text: str = ""


@dataclass(frozen=True)
class MatchQuery:
    """What a query matches (every token) and what ranks (any word or token)."""

    tokens: list[tuple[str, bool]]
    rank_words: list[str] = field(default_factory=list)
    # The canonical phrases (text.query_phrases) a match must hold as typed; the selector checks
    # them on the candidates the tokens find unless every phrase is a single token.
    phrases: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Hit:
    """A matching document, with the fields facets count."""

    doc_id: int
    sort_key: int
    score: float = 0.0
    org_id: int | None = None
    org_name: str = ""
    theme: str = ""
    genre: str = ""
    year: int | None = None
    validity: str = ""
    kind: str = ""
    doc_class: str = ""


# The document columns every backend selects for a hit, in Hit's order after the score.
HIT_COLUMNS = (
    "d.id, d.sort_key, d.org_id, d.org_name, d.theme, d.genre, d.year, d.validity, d.kind, "
    "d.doc_class"
)


def hit(row: tuple, *, scored: bool) -> Hit:
    """Build a Hit from a row of HIT_COLUMNS (followed by a score if ``scored``)."""
    doc_id, key, org_id, org_name, theme, genre, year, validity, kind, doc_class = row[:10]
    score = float(row[10]) if scored else 0.0
    return Hit(
        int(doc_id),
        int(key),
        score,
        org_id,
        org_name,
        theme,
        genre,
        year,
        validity,
        kind,
        doc_class,
    )


def filter_sql(filters: dict[str, list], alias: str = "d") -> tuple[str, list]:
    """Return ``AND ...`` conditions on the document table and their parameters."""
    parts: list[str] = []
    params: list = []
    for column, values in filters.items():
        if column not in FILTER_COLUMNS:
            raise ValueError(f"unknown filter column {column!r}")
        if not values:
            continue
        if len(values) == 1:
            parts.append(f"{alias}.{column} = %s")
        else:
            parts.append(f"{alias}.{column} IN ({', '.join(['%s'] * len(values))})")
        params.extend(values)
    return "".join(f" AND {p}" for p in parts), params


class SearchBackend(ABC):
    """Index storage and matching for one database vendor."""

    name: str = ""
    tables: tuple[str, ...] = ()  # the vendor tables the index lives in (not Django models)

    @abstractmethod
    def upsert(self, entries: list[IndexEntry], *, replace: bool = True) -> None:
        """Write index rows (replacing rows with the same key unless ``replace`` is false)."""

    @abstractmethod
    def remove(self, sort_keys: list[int]) -> None:
        """Delete index rows at once (in the caller's transaction)."""

    @abstractmethod
    def clear(self) -> None:
        """Delete every index row."""

    @abstractmethod
    def ranked(
        self, query: MatchQuery, filters: dict[str, list], limit: int, count_cap: int
    ) -> tuple[list[Hit], int]:
        """Score the newest ``limit`` matches (unsorted); count matches up to ``count_cap``."""

    def newest(
        self, query: MatchQuery, filters: dict[str, list], limit: int, count_cap: int
    ) -> tuple[list[Hit], int]:
        """Return the newest ``limit`` matches, newest first; count matches up to ``count_cap``."""
        hits = self.by_date(query, filters, 0, limit)
        total = len(hits) if len(hits) < limit else self.count(query, filters, count_cap)
        return hits, total

    @abstractmethod
    def candidates(self, query: MatchQuery, filters: dict[str, list], cap: int) -> list[int]:
        """Return the sort keys of the newest ``cap`` token matches, newest first."""

    @abstractmethod
    def holding(self, sort_keys: list[int], phrases: list[str]) -> set[int]:
        """Return which of these documents' canonical text (``SearchText``) holds every phrase.

        The database compares, on the narrow text table, so no text travels."""

    @abstractmethod
    def hits(self, query: MatchQuery, sort_keys: list[int], *, scored: bool) -> list[Hit]:
        """Return the hits of these documents newest first, scored for ``query`` if ``scored``."""

    @abstractmethod
    def by_date(
        self, query: MatchQuery, filters: dict[str, list], offset: int, limit: int
    ) -> list[Hit]:
        """Return matches newest first, from ``offset``."""

    @abstractmethod
    def count(self, query: MatchQuery, filters: dict[str, list], cap: int) -> int:
        """Count matches, stopping at ``cap``."""

    @abstractmethod
    def size_bytes(self) -> int:
        """Return the index's size on disk."""

    @abstractmethod
    def optimize(self) -> None:
        """Compact the index after a bulk load, so that queries read fewer pages (slow; locks)."""
