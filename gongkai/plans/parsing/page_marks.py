"""Marks of a copy's pages. A page's number run on with the page's first line (``- 2 - 情况的
报告,并对…``): a page break that cut a paragraph, copied with the number printed at the foot
or head of the page set before the page's text. The number goes, and the text goes on the line
before it. A copy cut off at a page's end inside a statement's bracket."""

from __future__ import annotations

import re

from .fold import fold
from .readers.pdf import PAGE_DASHES, page_number_between
from .runon_text import MARKER_START
from .statements import LABEL

# a dashed page number (- 2 -, —3—), a blank, then text
_RUN_ON_PAGE_NUMBER = re.compile(rf"^\s*{page_number_between(f'[{PAGE_DASHES}]')}\s+(?=\S)")
# a line ending so closes its paragraph: what follows the page number opens another
_CLOSED = tuple("。；！？：:;!?）)〕】]")


def join_run_on_page_numbers(lines: list[str]) -> list[str]:
    """Drop a page number opening a line and join the line's text to the line before, when that
    line does not close its paragraph and the text opens no number of its own; otherwise the
    text stands as its own line (the page's first line, a heading, the document's title)."""
    out: list[str] = []
    for line in lines:
        m = _RUN_ON_PAGE_NUMBER.match(line)
        if (
            m is not None
            and out
            and "|" not in out[-1]
            and "|" not in line
            and not out[-1].endswith(_CLOSED)
            and not MARKER_START.match(line, m.end())
        ):
            out[-1] += line[m.end() :]
        elif m is not None and "|" not in line:
            out.append(line[m.end() :])  # a new paragraph (or the title) under the page's number
        else:
            out.append(line)
    return out


_OPEN = "(（〔【["
_CLOSE = {"(": ")", "（": "）", "〔": "〕", "【": "】", "[": "]"}


def close_cut_off_bracket(lines: list[str]) -> list[str]:
    """A copy cut off at a page's end inside a statement's bracket (the last line, 〔牵头单位:
    甲局;责任单位:乙局各部): the bracket is closed, so the line reads as the statement it opened
    (what was cut off of the last name is lost either way)."""
    if not lines:
        return lines
    last = lines[-1]
    if not last or last[0] not in _OPEN or any(c in last for c in "）)〕】]"):
        return lines
    if LABEL.match(fold(last[1:]).strip()) is None:
        return lines
    return [*lines[:-1], last + _CLOSE[last[0]]]
