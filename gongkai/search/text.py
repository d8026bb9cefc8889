"""Text normalisation and tokenisation: NFKC, traditional to simplified, bigrams, jieba words."""

# Every string that enters the index or a query passes through :func:`normalise`: NFKC (full-width
# letters and digits become ASCII), OpenCC ``t2s`` (traditional to simplified) and lower-case, so
# 衛生 and 卫生, ＡＢＣ and abc index and search alike.
#
# Matching uses *match tokens*: each run of CJK characters gives its overlapping character pairs
# (bigrams) plus its last character alone (so a one-character query can match as a prefix), each run
# of other letters and digits gives one word. Matching every bigram finds 民政 inside 市民政局,
# which a jieba-only index misses. Ranking uses jieba words, cut by a private ``jieba.Tokenizer``
# (not the global one other apps use) that knows the user dictionary kept in ``SearchTerm``.

import functools
import logging
import re
import threading
import unicodedata
from collections.abc import Iterable
from pathlib import Path

import jieba
import opencc

MAX_TOKEN_CHARS = 64
MAX_INDEX_CHARS = 200_000

_CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f"
TOKEN_RE = re.compile(rf"(?P<cjk>[{_CJK}]+)|(?P<word>[^\W_{_CJK}]+)")
_WORD_CHAR_RE = re.compile(r"[^\W_]")

_lock = threading.Lock()
_tokenizer: jieba.Tokenizer | None = None
_loaded_terms: set[str] = set()


@functools.cache
def _t2s() -> opencc.OpenCC:
    return opencc.OpenCC("t2s")


def normalise(text: str) -> str:
    """Return ``text`` folded for indexing and matching (NFKC, simplified, lower-case)."""
    if not text:
        return ""
    return _t2s().convert(unicodedata.normalize("NFKC", text)).lower()


# Identifiers: a 文号 is typed 云卫发〔2026〕9号, 云卫发[2026]9号, 云卫发(2026)9号,
# 云卫发2026年9号 or 云卫发20269号. Brackets of every style are punctuation to the tokenizer
# already; the two forms without brackets are rewritten to the bracketed one (year of 19xx/20xx,
# then 1-4 digits and 号), in documents and queries alike, so every form gives the same tokens:
# 云卫, 卫发, 2026, 9, 号.
_YEAR_NIAN = re.compile(r"(?<!\d)((?:19|20)\d\d)年(\d{1,4})号")
_YEAR_GLUED = re.compile(r"(?<!\d)((?:19|20)\d\d)(\d{1,4})号")


def fold_identifiers(normalised: str) -> str:
    """Rewrite 2026年9号 and 20269号 (a 文号's year and number) as 〔2026〕9号."""
    if "号" not in normalised:
        return normalised
    return _YEAR_GLUED.sub(r"〔\1〕\2号", _YEAR_NIAN.sub(r"〔\1〕\2号", normalised))


def canonical(normalised: str) -> str:
    """Return normalised text as phrases are compared: CJK characters in a row, each run of other
    letters and digits as ``<run>``, punctuation and spaces dropped (identifiers folded first).

    A phrase matches a document when its canonical form occurs in the document's, so 〔2026〕9号
    (``<2026><9>号``) is found in 云卫发〔2026〕9号 and not in 云卫发〔2026〕19号.
    """
    out: list[str] = []
    for m in TOKEN_RE.finditer(fold_identifiers(normalised)):
        out.append(m.group() if m.lastgroup == "cjk" else f"<{m.group()}>")
    return "".join(out)


_CANON_RE = re.compile(r"<([^<>]*)>")


def _canonical_tokens(canon: str, seen: dict) -> None:
    """Add the match tokens of canonical text: bigrams of CJK runs (the last character alone
    too), and each run of letters and digits up to MAX_TOKEN_CHARS."""
    pos = 0
    for m in [*_CANON_RE.finditer(canon), None]:
        run = canon[pos : m.start() if m else len(canon)]
        if run:
            for i in range(len(run) - 1):
                seen.setdefault(run[i : i + 2], None)
            seen.setdefault(run[-1], None)
        if m is None:
            break
        if len(m.group(1)) <= MAX_TOKEN_CHARS:
            seen.setdefault(m.group(1), None)
        pos = m.end()


def match_tokens(normalised: str) -> list[str]:
    """Return the distinct match tokens of already normalised text, in order of appearance.

    Bigrams run across punctuation (安全、生产 gives 全生), as phrases are compared without it.
    """
    seen: dict[str, None] = {}
    _canonical_tokens(canonical(normalised), seen)
    return list(seen)


_PART_SPLIT = re.compile(r"(?<!\d)\s+|\s+(?!\d)")


def query_phrases(normalised: str) -> list[str]:
    """Return the canonical phrases of a query: its whitespace-separated parts (a space between
    two digits joins, as in 云卫发2026 9号), each to be found as typed."""
    phrases = (canonical(p) for p in _PART_SPLIT.split(normalised.strip()))
    return list(dict.fromkeys(p for p in phrases if p))


def query_match_tokens(normalised: str) -> list[tuple[str, bool]]:
    """Return ``(token, is_prefix)`` pairs that a query's text must all match.

    Each phrase gives its match tokens; a phrase of one CJK character matches as a prefix of the
    indexed bigrams (and of the run-final single characters); other runs match whole.
    """
    seen: dict[tuple[str, bool], None] = {}
    for phrase in query_phrases(normalised):
        if len(phrase) == 1:
            seen.setdefault((phrase, True), None)
            continue
        tokens: dict[str, None] = {}
        _canonical_tokens(phrase, tokens)
        for token in tokens:
            # the run-final single character is implied by the run's bigrams
            if len(token) == 1 and not token.isascii() and len(tokens) > 1:
                continue
            seen.setdefault((token, False), None)
    return list(seen)


def tokenizer() -> jieba.Tokenizer:
    """Return the search app's own jieba tokenizer, created on first use."""
    global _tokenizer
    if _tokenizer is None:
        with _lock:
            if _tokenizer is None:
                jieba.setLogLevel(logging.WARNING)
                tok = jieba.Tokenizer()
                tok.initialize()
                _tokenizer = tok
    return _tokenizer


def add_user_words(words: Iterable[tuple[str, int | None]]) -> int:
    """Teach the tokenizer ``(word, frequency)`` pairs not yet known; return how many were new."""
    tok = tokenizer()
    added = 0
    with _lock:
        for word, freq in words:
            key = normalise(word).strip()
            if not key or key in _loaded_terms:
                continue
            tok.add_word(key, freq=freq or None)
            _loaded_terms.add(key)
            added += 1
    return added


def forget_user_word(word: str) -> None:
    """Remove a word from the tokenizer's dictionary (used when a SearchTerm is deleted)."""
    key = normalise(word).strip()
    with _lock:
        if key in _loaded_terms:
            tokenizer().del_word(key)
            _loaded_terms.discard(key)


def words(normalised: str, *, for_search: bool = True) -> list[str]:
    """Return jieba words (with letters or digits) of normalised text, in order, repeats kept.

    ``for_search`` also yields the shorter words inside long ones (中华人民共和国 gives 中华, 人民,
    共和国 too), which is what documents are indexed with; queries use the precise cut.
    """
    tok = tokenizer()
    cut = tok.cut_for_search(normalised) if for_search else tok.cut(normalised)
    return [
        w
        for w in (c.strip() for c in cut)
        if w and len(w) <= MAX_TOKEN_CHARS and _WORD_CHAR_RE.search(w)
    ]


@functools.cache
def _simplified_variants() -> dict[str, str]:
    """Map each simplified character to all characters (itself included) that fold to it."""
    variants: dict[str, set[str]] = {}
    path = Path(opencc.__file__).parent / "dictionary" / "TSCharacters.txt"
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if len(parts) < 2 or len(parts[0]) != 1:
            continue
        for simplified in parts[1:]:
            if len(simplified) == 1:
                variants.setdefault(simplified, {simplified}).add(parts[0])
    return {s: "".join(sorted(v)) for s, v in variants.items()}


def char_class(char: str) -> str:
    """Return a regex matching ``char`` in any script, case or width that normalises to it."""
    options = set(_simplified_variants().get(char, char)) | {char, char.upper()}
    options |= {chr(ord(c) + 0xFEE0) for c in list(options) if "!" <= c <= "~"}  # full width
    if len(options) == 1:
        return re.escape(char)
    return "[" + "".join(re.escape(c) for c in sorted(options)) + "]"
