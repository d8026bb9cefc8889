"""PostgreSQL backend: a table ``search_pgindex`` of tsvectors with a GIN index (no extension)."""

# ``match_vector`` holds the distinct match tokens (bigrams) without positions, each prefixed with
# the year of publication (``2024~民政``; ``~`` never occurs in a token), plus a bucket lexeme
# ``~m<month>``. A query is a tsquery of one branch per year, ``(2024~a & 2024~b) | (2023~a &
# 2023~b) | ...`` (``:*`` for a one-character prefix), and the oldest year of a window adds its
# months, ``& (~m.. | ~m..)``. ``word_vector`` holds jieba words with positions and weights (title
# ``A``, body ``D``) for ``ts_rank`` with an ``|``-joined tsquery. Vectors and queries are literals
# of our own quoted lexemes, cast with ``::tsvector`` and ``::tsquery``, so no parser or locale
# sees user text and CJK lexemes stay whole.
#
# Why a posting list per token and year: GIN skips through a posting list one page at a time and
# decodes the page it lands on, so checking a frequent token against the matches of a rarer one
# decodes nearly all of the frequent token's list. With one list per year, a query over recent
# years decodes only those years' lists: its cost follows the window it searches, not the size of
# the whole index (figures from bench/search_bench.py are in the search issue's notes).
#
# Bounded work: GIN cannot stop early in date order, and a backward scan of the sort_key index
# detoasts every row it tests. So the newest matches are looked up in growing windows of recent
# months, sized from ``search_pgmonth`` (documents per month): the first holds 4 times the rows
# needed; each next one is sized from the share of matches found so far, so a common query reads
# about the rows it needs in one or two steps, and a rare one goes to the whole table at once.
# Sequential scans are switched off for that query (transaction-locally) and ``match_vector`` is
# stored out of line (STORAGE EXTERNAL), so a bitmap heap scan reads small rows and never
# detoasts. ``word_vector`` lives in ``search_pgrank``, compressed in the row (STORAGE MAIN), and is
# read only for the pool, by primary key, for ``ts_rank``. ``search_pgrank`` also copies from the
# document row the document id, the filter columns and the organisation's name, so filtering,
# ranking and facets read the index alone;
# the document table (large: it holds the full text) is read by the selector for the page shown
# only. Table names are module constants, never input.

import datetime
from collections import Counter

from django.db import connection, transaction
from django.db.backends.utils import CursorWrapper

from .base import (
    DOC_TABLE,
    KEY_SHIFT,
    TEXT_TABLE,
    Hit,
    IndexEntry,
    MatchQuery,
    SearchBackend,
    filter_sql,
)
from .base import hit as make_hit

TABLE = "search_pgindex"
MONTHS = "search_pgmonth"
RANK = "search_pgrank"
MAX_POSITIONS = 8
MAX_POSITION = 16383
WINDOW_START = 4  # the first window holds this many times the documents needed
# ts_rank's normalisation 1: the rank divided by 1 + ln(document length), so that long documents
# are not put first for holding the words more often.
RANK_NORMALISATION = 1
WINDOW_MARGIN = 1.25  # the next window expects this many times the matches needed
# The search_pgrank columns a Hit needs, in Hit's order (see base.HIT_COLUMNS).
RANK_HIT_COLUMNS = (
    "r.doc_id, r.sort_key, r.org_id, r.org_name, r.theme, r.genre, r.year, r.validity, r.kind, "
    "r.doc_class"
)
DOC_COLUMNS = "id, org_id, org_name, theme, genre, year, validity, kind, doc_class"
ADD_RANK_SQL = (
    f"INSERT INTO {RANK} (sort_key, word_vector, doc_id, org_id, org_name, theme, genre, "  # noqa: S608
    f"year, validity, kind, doc_class) SELECT %s, %s::tsvector, {DOC_COLUMNS} FROM {DOC_TABLE} "
    "WHERE sort_key = %s ON CONFLICT (sort_key) DO UPDATE SET word_vector = "
    "EXCLUDED.word_vector, doc_id = EXCLUDED.doc_id, org_id = EXCLUDED.org_id, "
    "org_name = EXCLUDED.org_name, theme = EXCLUDED.theme, genre = EXCLUDED.genre, "
    "year = EXCLUDED.year, validity = EXCLUDED.validity, kind = EXCLUDED.kind, "
    "doc_class = EXCLUDED.doc_class"
)
_EPOCH = datetime.datetime(1970, 1, 1, tzinfo=datetime.UTC)


def month_of(sort_key: int) -> int:
    """Return the publication month (year * 12 + month - 1, UTC) encoded in a sort key."""
    when = _EPOCH + datetime.timedelta(seconds=sort_key // KEY_SHIFT)
    return when.year * 12 + when.month - 1


def _lexeme(token: str) -> str:
    return "'" + token.replace("\\", "\\\\").replace("'", "''") + "'"


def match_vector(tokens: list[str], month: int) -> str:
    """Return a tsvector literal: each token prefixed with the year, and the month's bucket."""
    year = month // 12
    lexemes = [*(f"{year}~{t}" for t in dict.fromkeys(tokens)), f"~m{month}"]
    return " ".join(_lexeme(t) for t in lexemes)


def word_vector(title_words: list[str], body_words: list[str]) -> str:
    """Return a tsvector literal: each word with up to 8 positions, title ones weighted A."""
    positions: dict[str, list[str]] = {}
    pos = 0
    for weight, words in (("A", title_words), ("", body_words)):
        for w in words:
            pos = min(pos + 1, MAX_POSITION)
            slots = positions.setdefault(w, [])
            if len(slots) < MAX_POSITIONS:
                slots.append(f"{pos}{weight}")
    return " ".join(f"{_lexeme(w)}:{','.join(p)}" for w, p in positions.items())


def year_tsquery(query: MatchQuery, year: int, months: list[int] | None = None) -> str:
    """Return the branch of a match tsquery for documents of one ``year`` (of some ``months``)."""
    parts = [_lexeme(f"{year}~{t}") + (":*" if prefix else "") for t, prefix in query.tokens]
    if months:
        parts.append("(" + " | ".join(_lexeme(f"~m{m}") for m in months) + ")")
    return "(" + " & ".join(parts) + ")"


def match_tsquery(query: MatchQuery, months: list[int], start: int | None = None) -> str:
    """Return the tsquery matching ``query`` in documents published from month ``start`` on.

    ``months`` lists the months that have documents; ``start`` None means all of them. A year the
    window covers whole needs no month buckets; the oldest, cut by ``start``, lists its months.
    """
    years: dict[int, list[int]] = {}
    for month in sorted(months, reverse=True):
        years.setdefault(month // 12, []).append(month)
    branches = []
    for year, in_year in years.items():
        inside = [m for m in in_year if start is None or m >= start]
        if inside:
            cut = len(inside) < len(in_year)
            branches.append(year_tsquery(query, year, inside if cut else None))
    return " | ".join(branches)


def rank_tsquery(query: MatchQuery) -> str:
    lexemes = dict.fromkeys([*query.rank_words, *(t for t, _ in query.tokens)])
    return " | ".join(_lexeme(w) for w in lexemes)


class PostgresBackend(SearchBackend):
    name = "postgres"
    tables = (TABLE, RANK, MONTHS)

    def _bump(self, cur: CursorWrapper, months: Counter) -> None:
        rows = sorted((m, n) for m, n in months.items() if n)
        cur.executemany(
            f"INSERT INTO {MONTHS} (month, docs) VALUES (%s, %s) ON CONFLICT (month) "  # noqa: S608
            f"DO UPDATE SET docs = {MONTHS}.docs + EXCLUDED.docs",
            rows,
        )

    def upsert(self, entries: list[IndexEntry], *, replace: bool = True) -> None:
        keys = [e.sort_key for e in entries]
        with connection.cursor() as cur:
            existing: set[int] = set()
            if replace:
                sql = f"SELECT sort_key FROM {TABLE} WHERE sort_key = ANY(%s)"  # noqa: S608
                cur.execute(sql, [keys])
                existing = {k for (k,) in cur.fetchall()}
            rows = []
            for e in entries:
                month = month_of(e.sort_key)
                rows.append((e.sort_key, month, match_vector(e.match_tokens, month)))
            cur.executemany(
                f"INSERT INTO {TABLE} (sort_key, month, match_vector) "  # noqa: S608
                "VALUES (%s, %s, %s::tsvector) ON CONFLICT (sort_key) DO UPDATE "
                "SET match_vector = EXCLUDED.match_vector",
                rows,
            )
            cur.executemany(
                ADD_RANK_SQL,
                [
                    (e.sort_key, word_vector(e.title_words, e.body_words), e.sort_key)
                    for e in entries
                ],
            )
            self._bump(cur, Counter(month_of(k) for k in keys if k not in existing))

    def remove(self, sort_keys: list[int]) -> None:
        with connection.cursor() as cur:
            sql = f"DELETE FROM {TABLE} WHERE sort_key = ANY(%s) RETURNING month"  # noqa: S608
            cur.execute(sql, [list(sort_keys)])
            rows = cur.fetchall()
            sql = f"DELETE FROM {RANK} WHERE sort_key = ANY(%s)"  # noqa: S608
            cur.execute(sql, [list(sort_keys)])
            gone = Counter(m for (m,) in rows)
            self._bump(cur, Counter({m: -n for m, n in gone.items()}))

    def clear(self) -> None:
        with connection.cursor() as cur:
            cur.execute(f"TRUNCATE {TABLE}, {RANK}, {MONTHS}")

    def _months(self) -> list[tuple[int, int]]:
        """Return (month, documents) of every month with documents, newest first."""
        with connection.cursor() as cur:
            cur.execute(
                f"SELECT month, docs FROM {MONTHS} WHERE docs > 0 "  # noqa: S608
                "ORDER BY month DESC"
            )
            return cur.fetchall()

    @staticmethod
    def _window(months: list[tuple[int, int]], target: int) -> tuple[int | None, int]:
        """Return the oldest of the fewest recent months holding ``target`` documents (None: every
        month) and how many documents those months hold."""
        seen = 0
        for index, (month, docs) in enumerate(months):
            seen += docs
            if seen >= target and index < len(months) - 1:
                return month, seen
        return None, seen

    def _newest(self, query: MatchQuery, filters: dict[str, list], need: int) -> list[int]:
        """Return the sort keys of the newest ``need`` matches, newest first.

        The first window holds ``WINDOW_START * need`` documents; each next one is sized from the
        share of matches the last one had (with a margin), at least twice as large, until the
        whole table.
        """
        where, params = filter_sql(filters, "r")
        join = f" JOIN {RANK} r ON r.sort_key = i.sort_key" if where else ""
        sql = (
            f"SELECT i.sort_key FROM {TABLE} i{join} "  # noqa: S608
            f"WHERE i.match_vector @@ %s::tsquery{where} ORDER BY i.sort_key + 0 DESC LIMIT %s"
        )
        months = self._months()
        if not months:
            return []
        all_months = [m for m, _ in months]
        keys: list[int] = []
        target = WINDOW_START * need
        with transaction.atomic(), connection.cursor() as cur:
            # A sequential scan would detoast every vector; the GIN bitmap never does.
            cur.execute(
                "SELECT current_setting('enable_seqscan'), "
                "set_config('enable_seqscan', 'off', true)"
            )
            previous = cur.fetchone()[0]
            while True:
                start, covered = self._window(months, target)
                tsquery = match_tsquery(query, all_months, start)
                cur.execute(sql, [tsquery, *params, need])
                keys = [k for (k,) in cur.fetchall()]
                if len(keys) >= need or start is None:
                    break
                expected = covered * need * WINDOW_MARGIN / max(len(keys), 1)
                target = max(2 * covered, int(expected))
            # On an error the savepoint's rollback restores the setting instead.
            cur.execute("SELECT set_config('enable_seqscan', %s, true)", [previous])
        return keys

    def ranked(
        self, query: MatchQuery, filters: dict[str, list], limit: int, count_cap: int
    ) -> tuple[list[Hit], int]:
        found = self._newest(query, filters, max(limit, count_cap))
        keys = found[:limit]
        sql = (
            f"SELECT {RANK_HIT_COLUMNS}, ts_rank(r.word_vector, %s::tsquery, {RANK_NORMALISATION}) "  # noqa: S608
            f"FROM {RANK} r WHERE r.sort_key = ANY(%s)"
        )
        with connection.cursor() as cur:
            cur.execute(sql, [rank_tsquery(query), keys])
            return [make_hit(row, scored=True) for row in cur.fetchall()], len(found)

    def candidates(self, query: MatchQuery, filters: dict[str, list], cap: int) -> list[int]:
        return self._newest(query, filters, cap)

    def holding(self, sort_keys: list[int], phrases: list[str]) -> set[int]:
        held = "".join([" AND strpos(text, %s) > 0"] * len(phrases))
        with connection.cursor() as cur:
            cur.execute(
                f"SELECT sort_key FROM {TEXT_TABLE} WHERE sort_key = ANY(%s){held}",  # noqa: S608
                [list(sort_keys), *phrases],
            )
            return {k for (k,) in cur.fetchall()}

    def hits(self, query: MatchQuery, sort_keys: list[int], *, scored: bool) -> list[Hit]:
        if not scored:
            return self._hits(sort_keys)
        sql = (
            f"SELECT {RANK_HIT_COLUMNS}, ts_rank(r.word_vector, %s::tsquery, {RANK_NORMALISATION}) "  # noqa: S608
            f"FROM {RANK} r WHERE r.sort_key = ANY(%s) ORDER BY r.sort_key DESC"
        )
        with connection.cursor() as cur:
            cur.execute(sql, [rank_tsquery(query), list(sort_keys)])
            return [make_hit(row, scored=True) for row in cur.fetchall()]

    def newest(
        self, query: MatchQuery, filters: dict[str, list], limit: int, count_cap: int
    ) -> tuple[list[Hit], int]:
        found = self._newest(query, filters, max(limit, count_cap))
        return self._hits(found[:limit]), len(found)

    def by_date(
        self, query: MatchQuery, filters: dict[str, list], offset: int, limit: int
    ) -> list[Hit]:
        return self._hits(self._newest(query, filters, offset + limit)[offset:])

    def _hits(self, keys: list[int]) -> list[Hit]:
        sql = (
            f"SELECT {RANK_HIT_COLUMNS} FROM {RANK} r WHERE r.sort_key = ANY(%s) "  # noqa: S608
            "ORDER BY r.sort_key DESC"
        )
        with connection.cursor() as cur:
            cur.execute(sql, [keys])
            return [make_hit(row, scored=False) for row in cur.fetchall()]

    def count(self, query: MatchQuery, filters: dict[str, list], cap: int) -> int:
        return len(self._newest(query, filters, cap))

    def optimize(self) -> None:
        """Store the index tables and the phrase-check texts in publication order (CLUSTER) and
        refresh the statistics.

        Documents published one by one arrive in that order anyway; after a bulk import in any
        other order the rows of recent months lie scattered, and each match costs a page read.
        CLUSTER locks the tables while it runs: run it when the portal is quiet.
        """
        with connection.cursor() as cur:
            for table in (TABLE, RANK, TEXT_TABLE):
                cur.execute(f"CLUSTER {table} USING {table}_pkey")  # noqa: S608
                cur.execute(f"ANALYZE {table}")  # noqa: S608

    def size_bytes(self) -> int:
        with connection.cursor() as cur:
            cur.execute(
                "SELECT pg_total_relation_size(%s) + pg_total_relation_size(%s)", [TABLE, RANK]
            )
            return int(cur.fetchone()[0])
