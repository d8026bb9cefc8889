"""SQLite backend: a contentless FTS5 table ``search_fts`` (rowid = document sort_key)."""

# One column, ``match_tokens``: the document's bigrams and other tokens (see ``text.match_tokens``),
# a space-separated list of distinct tokens under the ``ascii`` tokenizer (it splits on ASCII spaces
# only and keeps CJK tokens whole), with ``detail=none``: a token's doclist is the list of
# documents that hold it, nothing else. The jieba words are not in the full-text index: a word that
# is common as a word but rare as a match token (a pinyin fragment such as ``ng``) would otherwise
# share one doclist with it, and a query on it would walk every document holding the word to find
# none in the match column. The table is contentless (``content=''``), so SQLite before 3.43 can
# only delete a row by repeating the exact indexed text: ``search_fts_tokens`` keeps it (the match
# tokens zlib-packed) with the words as space-padded text, which ranking reads.
# ``search_fts_meta`` (also keyed by sort_key, so stored in publication order) copies from the
# document row what filtering, ranking and facets need: the document id, the filter columns, the
# organisation's name, and the padded title words. Matching, filtering, ranking and facets read
# only these index tables; the document table (large: it holds the full text) is read by the
# selector for the page shown only.
#
# Matching: a MATCH expression built only from our own quoted tokens (never user text) requiring
# every match token; filters are checked on ``search_fts_meta``. FTS5 walks doclists in rowid
# (publication) order and stops at the LIMIT, so reading the newest matches costs the same at 10k
# and 1M documents. Ranking: ``bm25()`` is not used because its idf step scans every match of every
# phrase (linear in the corpus); instead each pooled row is scored in SQL with ``instr`` on its
# padded words (title words from ``search_fts_meta``, body words from ``search_fts_tokens``): for
# each query word, weight 10 in the title and 2 in the body, times a saturating idf
# ``ln(1 + 5000 / df)`` where df, the number of documents holding every match token of the word,
# is counted up to 5000; plus 1 for each query bigram in the title. Table names are module
# constants.

import math
import zlib

from django.db import connection

from .. import text
from .base import DOC_TABLE, TEXT_TABLE, Hit, IndexEntry, MatchQuery, SearchBackend, filter_sql
from .base import hit as make_hit

TABLE = "search_fts"
TOKENS = "search_fts_tokens"
META = "search_fts_meta"
TABLES = (TABLE, TOKENS, META)
# The meta columns a Hit needs, in Hit's order (see base.HIT_COLUMNS).
META_HIT_COLUMNS = (
    "m.doc_id, m.sort_key, m.org_id, m.org_name, m.theme, m.genre, m.year, m.validity, m.kind, "
    "m.doc_class"
)
DOC_META_COLUMNS = "sort_key, id, org_id, org_name, theme, genre, year, validity, kind, doc_class"
META_COLUMNS = "sort_key, doc_id, org_id, org_name, theme, genre, year, validity, kind, doc_class"
ADD_META_SQL = (
    f"INSERT INTO {META} ({META_COLUMNS}, title_words) "  # noqa: S608
    "VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s)"
)
KEY_CHUNK = 500
TITLE_WEIGHT = 10.0
BODY_WEIGHT = 2.0
TITLE_BIGRAM_WEIGHT = 1.0
DF_CAP = 5000
LENGTH_NORM = 20000.0  # characters of padded body words
INSERT = f"INSERT INTO {TABLE} ({TABLE}, rowid, match_tokens) "
ADD_SQL = f"INSERT INTO {TABLE} (rowid, match_tokens) VALUES (%s, %s)"  # noqa: S608
ADD_TOKENS_SQL = (
    f"INSERT INTO {TOKENS} (sort_key, title_words, body_words, match_tokens) "  # noqa: S608
    "VALUES (%s, %s, %s, %s)"
)


def _join(tokens: list[str]) -> str:
    """Distinct tokens, space-separated."""
    return " ".join(dict.fromkeys(tokens))


def _quote(token: str) -> str:
    return '"' + token.replace('"', '""') + '"'


def _required(tokens: list[tuple[str, bool]]) -> str:
    """Return the FTS5 expression requiring every token (quoted; prefix tokens starred)."""
    return " AND ".join(_quote(t) + ("*" if prefix else "") for t, prefix in tokens)


def match_expression(query: MatchQuery) -> str:
    """Return the FTS5 MATCH string for ``query`` (tokens quoted, prefix tokens starred)."""
    return _required(query.tokens)


class SQLiteBackend(SearchBackend):
    name = "sqlite"
    tables = TABLES

    def upsert(self, entries: list[IndexEntry], *, replace: bool = True) -> None:
        rows = [
            (e.sort_key, _join(e.match_tokens), _join(e.title_words), _join(e.body_words))
            for e in entries
        ]
        if replace:
            self.remove([r[0] for r in rows])
        with connection.cursor() as cur:
            cur.executemany(ADD_SQL, [(k, m) for k, m, _, _ in rows])
            cur.executemany(
                ADD_TOKENS_SQL,
                [(k, f" {t} ", f" {b} ", zlib.compress(m.encode(), 6)) for k, m, t, b in rows],
            )
            titles = {k: t for k, _, t, _ in rows}
            keys = sorted(titles)
            for i in range(0, len(keys), KEY_CHUNK):
                chunk = keys[i : i + KEY_CHUNK]
                cur.execute(
                    f"SELECT {DOC_META_COLUMNS} FROM {DOC_TABLE} "  # noqa: S608
                    f"WHERE sort_key IN ({', '.join(['%s'] * len(chunk))}) ORDER BY sort_key",
                    chunk,
                )
                cur.executemany(
                    ADD_META_SQL, [(*row, f" {titles[row[0]]} ") for row in cur.fetchall()]
                )

    def remove(self, sort_keys: list[int]) -> None:
        with connection.cursor() as cur:
            for key in sort_keys:
                cur.execute(
                    f"SELECT match_tokens FROM {TOKENS} WHERE sort_key = %s",  # noqa: S608
                    [key],
                )
                row = cur.fetchone()
                if row is None:
                    continue
                tokens = zlib.decompress(row[0]).decode()
                cur.execute(INSERT + "VALUES ('delete', %s, %s)", [key, tokens])
                cur.execute(f"DELETE FROM {TOKENS} WHERE sort_key = %s", [key])  # noqa: S608
                cur.execute(f"DELETE FROM {META} WHERE sort_key = %s", [key])  # noqa: S608

    def clear(self) -> None:
        with connection.cursor() as cur:
            cur.execute(f"INSERT INTO {TABLE} ({TABLE}) VALUES ('delete-all')")  # noqa: S608
            cur.execute(f"DELETE FROM {TOKENS}")  # noqa: S608
            cur.execute(f"DELETE FROM {META}")  # noqa: S608

    def _select(
        self, columns: str, query: MatchQuery, filters: dict[str, list], *, meta: bool = True
    ) -> tuple[str, list]:
        """Return the matches newest first; ``meta`` (or a filter) joins search_fts_meta as m."""
        where, params = filter_sql(filters, "m")
        join = f" JOIN {META} m ON m.sort_key = {TABLE}.rowid" if meta or where else ""
        sql = (
            f"SELECT {columns} FROM {TABLE}{join} "  # noqa: S608
            f"WHERE {TABLE} MATCH %s{where} ORDER BY {TABLE}.rowid DESC"
        )
        return sql, [match_expression(query), *params]

    def _idf(self, word: str) -> float:
        tokens = text.query_match_tokens(word)
        if not tokens:
            return math.log(1 + DF_CAP)
        with connection.cursor() as cur:
            cur.execute(
                f"SELECT count(*) FROM (SELECT 1 FROM {TABLE} WHERE {TABLE} MATCH %s "  # noqa: S608
                "LIMIT %s)",
                [_required(tokens), DF_CAP],
            )
            return math.log(1 + DF_CAP / max(int(cur.fetchone()[0]), 1))

    def _score(self, query: MatchQuery) -> tuple[str, list]:
        """Return the score expression over ``m`` (meta) and ``t`` (tokens) and its parameters.

        A body word counts less in a longer body (divided by 1 + body length / LENGTH_NORM), so
        that long documents, which hold more words, are not put first for holding them.
        """
        terms: list[str] = []
        params: list = []
        for word in query.rank_words:
            idf = self._idf(word)
            terms.append(
                "(instr(m.title_words, %s) > 0) * %s + (instr(t.body_words, %s) > 0) * %s "
                f"/ (1.0 + length(t.body_words) / {LENGTH_NORM})"
            )
            params += [f" {word} ", TITLE_WEIGHT * idf, f" {word} ", BODY_WEIGHT * idf]
        for token, prefix in query.tokens:
            if not prefix:
                terms.append("(instr(m.title_words, %s) > 0) * %s")
                params += [f" {token} ", TITLE_BIGRAM_WEIGHT]
        return " + ".join(terms) or "0", params

    def candidates(self, query: MatchQuery, filters: dict[str, list], cap: int) -> list[int]:
        sql, params = self._select(f"{TABLE}.rowid", query, filters, meta=False)
        with connection.cursor() as cur:
            cur.execute(sql + " LIMIT %s", [*params, cap])
            return [int(k) for (k,) in cur.fetchall()]

    def holding(self, sort_keys: list[int], phrases: list[str]) -> set[int]:
        found: set[int] = set()
        held = " AND ".join(["instr(text, %s) > 0"] * len(phrases)) or "1"
        with connection.cursor() as cur:
            for i in range(0, len(sort_keys), KEY_CHUNK):
                chunk = sort_keys[i : i + KEY_CHUNK]
                cur.execute(
                    f"SELECT sort_key FROM {TEXT_TABLE} "  # noqa: S608
                    f"WHERE sort_key IN ({', '.join(['%s'] * len(chunk))}) AND {held}",
                    [*chunk, *phrases],
                )
                found.update(k for (k,) in cur.fetchall())
        return found

    def hits(self, query: MatchQuery, sort_keys: list[int], *, scored: bool) -> list[Hit]:
        found: list[Hit] = []
        score, params = self._score(query) if scored else ("0", [])
        with connection.cursor() as cur:
            for i in range(0, len(sort_keys), KEY_CHUNK):
                chunk = sort_keys[i : i + KEY_CHUNK]
                cur.execute(
                    f"SELECT {META_HIT_COLUMNS}, {score} FROM {META} m "  # noqa: S608
                    f"JOIN {TOKENS} t ON t.sort_key = m.sort_key "
                    f"WHERE m.sort_key IN ({', '.join(['%s'] * len(chunk))})",
                    [*params, *chunk],
                )
                found += [make_hit(row, scored=scored) for row in cur.fetchall()]
        return sorted(found, key=lambda h: -h.sort_key)

    def ranked(
        self, query: MatchQuery, filters: dict[str, list], limit: int, count_cap: int
    ) -> tuple[list[Hit], int]:
        score, params = self._score(query)
        pool, pool_params = self._select(f"{TABLE}.rowid AS k", query, filters, meta=False)
        sql = (
            f"SELECT {META_HIT_COLUMNS}, {score} FROM ({pool} LIMIT %s) p "  # noqa: S608
            f"JOIN {META} m ON m.sort_key = p.k JOIN {TOKENS} t ON t.sort_key = p.k"
        )
        with connection.cursor() as cur:
            cur.execute(sql, [*params, *pool_params, limit])
            hits = [make_hit(row, scored=True) for row in cur.fetchall()]
        total = len(hits) if len(hits) < limit else self.count(query, filters, count_cap)
        return hits, total

    def by_date(
        self, query: MatchQuery, filters: dict[str, list], offset: int, limit: int
    ) -> list[Hit]:
        sql, params = self._select(META_HIT_COLUMNS, query, filters)
        with connection.cursor() as cur:
            cur.execute(sql + " LIMIT %s OFFSET %s", [*params, limit, offset])
            return [make_hit(row, scored=False) for row in cur.fetchall()]

    def count(self, query: MatchQuery, filters: dict[str, list], cap: int) -> int:
        sql, params = self._select("1", query, filters, meta=False)
        with connection.cursor() as cur:
            cur.execute(f"SELECT count(*) FROM ({sql} LIMIT %s)", [*params, cap])  # noqa: S608
            return int(cur.fetchone()[0])

    def optimize(self) -> None:
        """Merge the FTS5 segments into one and refresh the planner's statistics."""
        with connection.cursor() as cur:
            cur.execute(f"INSERT INTO {TABLE} ({TABLE}) VALUES ('optimize')")  # noqa: S608
            cur.execute("ANALYZE")

    def size_bytes(self) -> int:
        with connection.cursor() as cur:
            try:
                cur.execute(
                    "SELECT coalesce(sum(pgsize), 0) FROM dbstat WHERE name LIKE %s",
                    [f"{TABLE}%"],
                )
                return int(cur.fetchone()[0])
            except Exception:  # noqa: BLE001 - dbstat is an optional SQLite module
                cur.execute(
                    "SELECT page_count * page_size FROM pragma_page_count, pragma_page_size"
                )
                return int(cur.fetchone()[0])
