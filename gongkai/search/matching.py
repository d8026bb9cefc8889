"""The search's matching rules for lists filtered in the database rather than through the index.

The back office's item list (drafts are not indexed) and the public API's item list (filtered by
catalog entry, validity and more) match a query as the search page does: every whitespace-
separated part of the query must occur as typed in the canonical text (text.canonical) of the
fields searched, so a 文号 is found in any bracket style (云卫发[2026]9号, 云卫发（2026）9号,
云卫发2026年9号), whole or in part (〔2026〕9号 but not in 〔2026〕19号), and traditional or
full-width input matches simplified text.

The database narrows the rows first with a substring test per piece of the query (its runs of
CJK characters and of letters and digits, which every match holds); the rules are then applied
to those rows only.
"""

from collections.abc import Iterable

from . import text

_MAX_QUERY_CHARS = 64
_MAX_PIECES = 12


def _normalised(query: str) -> str:
    return " ".join(text.normalise(" ".join(str(query or "").split())[:_MAX_QUERY_CHARS]).split())


def query_phrases(query: str) -> list[str]:
    """Return the canonical phrases a match must hold (none: the query has no searchable
    characters, such as only punctuation)."""
    return text.query_phrases(_normalised(query))


def pieces(query: str) -> list[str]:
    """Return the substrings every match holds as stored (for a first narrowing in SQL):
    the runs of CJK characters and of letters and digits of the query's phrases."""
    found: dict[str, None] = {}
    for phrase in query_phrases(query):
        for m in text.TOKEN_RE.finditer(phrase):
            found.setdefault(m.group(), None)
    return list(found)[:_MAX_PIECES]


def holds(phrases: list[str], fields: Iterable[str | None]) -> bool:
    """Whether the fields (read as one text, as the index reads title, 文号, 索引号 and
    keywords) hold every phrase."""
    canon = text.canonical(text.normalise("\n".join(f for f in fields if f)))
    return all(p in canon for p in phrases)
