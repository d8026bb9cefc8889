"""Highlighted snippets: escape the text, wrap query terms in <mark>, in any script or width."""

# Terms are found in the original text (not the normalised copy) with a regex whose character
# classes accept every traditional form, upper-case form and, where NFKC keeps lengths, every
# full-width form of each query character; whole query runs are preferred, then their bigrams.

import re
import unicodedata

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from . import text

SNIPPET_CHARS = 120
LEAD_CHARS = 30


def term_pattern(normalised_query: str) -> re.Pattern | None:
    """Return a regex for the query's runs (longest first) and the bigrams of its CJK runs."""
    runs: list[str] = []
    pieces: list[str] = []
    for m in text.TOKEN_RE.finditer(normalised_query):
        runs.append(m.group())
        if m.lastgroup == "cjk" and len(m.group()) > 2:
            pieces.extend(m.group()[i : i + 2] for i in range(len(m.group()) - 1))
    terms = sorted(dict.fromkeys(runs), key=len, reverse=True) + list(dict.fromkeys(pieces))
    if not terms:
        return None
    return re.compile("|".join("".join(text.char_class(c) for c in t) for t in terms[:64]))


def _fold(value: str) -> str:
    """Fold compatibility forms where that keeps every character in place."""
    folded = unicodedata.normalize("NFKC", value).lower()
    return folded if len(folded) == len(value) else value


def _mark(value: str, pattern: re.Pattern | None) -> str:
    if pattern is None:
        return str(escape(value))
    out: list[str] = []
    last = 0
    for m in pattern.finditer(_fold(value)):
        if m.end() == m.start():
            continue
        out.append(str(escape(value[last : m.start()])))
        out.append(f"<mark>{escape(value[m.start() : m.end()])}</mark>")
        last = m.end()
    out.append(str(escape(value[last:])))
    return "".join(out)


def highlight(value: str, pattern: re.Pattern | None) -> SafeString:
    """Return the whole of ``value`` escaped, with matches marked (for titles)."""
    return mark_safe(_mark(value, pattern))  # noqa: S308 - built from escaped pieces


def best_snippet(texts: list[str], pattern: re.Pattern | None) -> SafeString:
    """Return the snippet of the first text that contains a match (else of the first text)."""
    texts = [t for t in texts if t] or [""]
    if pattern is not None:
        for value in texts:
            if pattern.search(value):
                return snippet(value, pattern)
    return snippet(texts[0], pattern)


def snippet(value: str, pattern: re.Pattern | None, *, length: int = SNIPPET_CHARS) -> SafeString:
    """Return an escaped excerpt of ``value`` around its first match, matches marked.

    The match is looked for in the text as stored (the pattern accepts every form that folds to
    the query: traditional, upper-case, full-width), anywhere in it; only the window shown is
    cut, its spaces collapsed and folded for marking, so a result costs the same however long
    its document.
    """
    start = 0
    if pattern is not None:
        first = pattern.search(value)
        if first is not None:
            start = max(0, first.start() - LEAD_CHARS)
    window = value[start : start + 2 * length]
    excerpt = " ".join(window.split())[:length]
    prefix = "…" if start > 0 else ""
    suffix = (
        "…"
        if start + len(window) < len(value) or len(excerpt) < len(" ".join(window.split()))
        else ""
    )
    return mark_safe(prefix + _mark(excerpt, pattern) + suffix)  # noqa: S308 - escaped pieces
