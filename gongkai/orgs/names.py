"""Match organisation names across scripts, bracket forms and spacing."""

import functools
import unicodedata

import opencc

_FOLD = str.maketrans({"（": "(", "）": ")", "〔": "(", "〕": ")", "【": "(", "】": ")", "　": ""})


@functools.cache
def _t2s() -> opencc.OpenCC:
    return opencc.OpenCC("t2s")


def name_key(name: str) -> str:
    """Return the key under which two spellings of one name compare equal.

    Folds compatibility forms (NFKC), traditional to simplified characters, brackets and
    whitespace, so 衛生計生委, 卫生计生委 and ' 卫生计生委 ' share a key.
    """
    text = unicodedata.normalize("NFKC", name or "").translate(_FOLD)
    text = "".join(text.split())
    return _t2s().convert(text)
