"""Character folding: a same-length simplified, half-width shadow of a text for matching."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import opencc

_T2S = opencc.OpenCC("t2s")

# Brackets and punctuation folded to one form in the shadow text (one character each).
_PUNCT = str.maketrans(
    {
        "（": "(",
        "）": ")",
        "【": "[",
        "】": "]",
        "：": ":",
        "，": ",",
        "；": ";",
        "．": ".",
        "　": " ",
        "\u00a0": " ",
        "－": "-",
        "—": "-",
        "–": "-",
        "―": "-",
        "～": "~",
    }
)


@lru_cache(maxsize=65536)
def _fold_char(ch: str) -> str:
    """Fold one character; the result is always exactly one character."""
    if ch.isascii():
        return ch
    out = ch.translate(_PUNCT)
    if out != ch:
        return out
    nf = unicodedata.normalize("NFKC", ch)
    if len(nf) == 1:
        ch = nf.translate(_PUNCT)
    simp = _T2S.convert(ch)
    return simp if len(simp) == 1 else ch


def fold(text: str) -> str:
    """Return a shadow of ``text`` with the same length: simplified, half-width punctuation.

    Patterns are matched on the shadow and the matched spans are cut from the original text, so
    results keep the document's own script and punctuation.
    """
    return "".join(_fold_char(ch) for ch in text)


_KEY_BRACKETS = str.maketrans({"〔": "(", "〕": ")", "[": "(", "]": ")", "{": "(", "}": ")"})
_SPACE = re.compile(r"\s+")


def unit_key(name: str) -> str:
    """Normalised key of a unit name, equal across scripts, widths, brackets and spacing.

    ``unit_key("省政府辦公廳") == unit_key("省政府办公厅")`` and
    ``unit_key("各镇（街道、开发区）") == unit_key("各镇(街道、开发区)")``.
    """
    text = unicodedata.normalize("NFKC", name or "")
    text = _T2S.convert(text)
    text = fold(text).translate(_KEY_BRACKETS)
    return _SPACE.sub("", text)
