"""Where a text's characters stand among its brackets, each caller naming its own brackets.

One scan counts the brackets open before each character; a closer with none open closes
nothing (the count stays at 0), as a copy that lost an opener or printed a stray closer reads.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterator


def _depths(text: str, opens: str, closes: str) -> Iterator[int]:
    """The number of brackets open after each character of ``text``."""
    depth = 0
    for ch in text:
        if ch in opens:
            depth += 1
        elif ch in closes:
            depth = max(0, depth - 1)
        yield depth


def outside_brackets(
    text: str, opens: str = "(（", closes: str = ")）"
) -> Iterator[tuple[int, str]]:
    """(index, character) of each character of ``text`` outside brackets that is no bracket."""
    for i, (ch, depth) in enumerate(zip(text, _depths(text, opens, closes), strict=True)):
        if not depth and ch not in closes:
            yield i, ch


def left_open(text: str, opens: str = "(（", closes: str = ")）") -> bool:
    """Whether ``text`` ends inside a bracket it opened."""
    last = deque(_depths(text, opens, closes), maxlen=1)
    return bool(last) and last[0] > 0
