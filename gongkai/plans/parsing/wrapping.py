"""Text broken at a fixed width (a PDF's text layer, pdftotext output): the width it was broken
at, wrapped lines rejoined, paragraphs that open indented, and running headers printed beside
page numbers."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable

from .cell_layout import CJK, flat_table_lines
from .deadlines import DEADLINE_LABEL
from .fold import fold
from .model import COLUMN_BREAK
from .readers.pdf import PAGE_NUMBER
from .runon_text import MARKER_START
from .statements import LABEL, ends_unit_list, ends_with_statement, is_unit_list

# a line ending so closes its paragraph (or is a heading): not a measure of the wrap width
_PARAGRAPH_END = tuple("。；：:;！？）)]】〕")


def rejoin_wrapped(
    lines: list[str],
    lost: dict[str, int] | None = None,
    measured: int | None = None,
    continued: set[str] | None = None,
) -> list[str]:
    """Rejoin hard-wrapped text (e.g. pdftotext output) where most lines have the same length.

    The width is measured on lines that go on (not ending a sentence or a bracket): in a short
    text, the last lines of paragraphs would otherwise outnumber the full ones. ``lost`` gives
    the lost indents (??) cleaning took from the start of lines, counted in their width. The
    lines of a table flattened one cell per line (序号 / … / 1 / …) are cells, never rejoined.
    ``measured`` is the width measured on the lines as copied, before cleaning joined some of
    them (a short text's lines joined by their indents no longer show it). ``continued``: in a
    document setting its paragraphs apart by blank lines, the lines no blank line follows (a
    sentence ending at the full width there goes on in its paragraph, whatever the next line's
    length).
    """
    lost = lost or {}

    def size(line: str) -> int:
        # a line's length as the copy broke it: with the lost indent (??) cleaning took away
        return len(line) + lost.get(line, 0)

    width = wrap_width(lines, size) or measured
    if width is None:
        return lines
    cells = flat_table_lines(lines)
    out: list[str] = []
    joinable = full_stop = False
    for k, line in enumerate(lines):
        if line == COLUMN_BREAK or k in cells:
            out.append(line)
            joinable = full_stop = False
            continue
        # a line of the full width ending a sentence, before another line of the full width
        # that no number nor bracket opens: the break fell after the sentence, inside the
        # paragraph (a bracket may open a statement standing on its own line)
        goes_on = joinable or (
            full_stop
            and (size(line) >= width - 2 or (continued is not None and lines[k - 1] in continued))
            and not line.startswith(_STATEMENT_OPEN)
        )
        if (
            goes_on
            and out
            and line
            and not MARKER_START.match(line)
            and not _after_label(out[-1], line)
        ):
            out[-1] += line
        else:
            out.append(line)
        joinable = size(line) >= width - 2 and _goes_on(line, _SENTENCE_STOP)
        full_stop = size(line) >= width and line.endswith(_SENTENCE_STOP)
        if (joinable or full_stop) and ends_with_statement(out[-1]):
            # a statement's bracket closing the line closes the paragraph (a task's): a full
            # line after it opens the next one (a line going on in the paragraph after the
            # bracket opens with a mark that closes, …）/ ，确保…, and join_broken_brackets
            # joins it)
            joinable = full_stop = False
    return out


def _after_label(prev: str, line: str) -> bool:
    """A unit label's line (责任单位：…、各县（市、区）) before a line of sentences: the list of
    units ended with the line (its names go on with no sentence, ，or 。 inside, unless another
    label follows: …，配合单位：…)."""
    m = LABEL.match(fold(prev).strip())
    if not m or re.fullmatch(DEADLINE_LABEL, m.group(3)):
        return False
    k = fold(line).strip().rstrip("。;,")
    return bool(re.search(r"[。,]", k)) and not LABEL.search(k)


_SENTENCE_STOP = tuple("。；：:;！？")
_STATEMENT_OPEN = tuple("(（[【〔")


def wrap_width(lines: list[str], size: Callable[[str], int] = len) -> int | None:
    """The width text broken at a fixed width was broken at, measured on the lines that go on;
    None when most of them are not of one width (text not so broken)."""
    lengths: list[int] = []
    broken = 0  # lines measured that were broken inside a phrase (…，/ …（ / …2024年12)
    # a statement's label lines and the lines closing their paragraph before one (an item whose
    # 责任单位：… follows): no width is measured on them, but they count among the lines that go
    # on, so that headings of like length alone do not make a plan of items with label lines
    # look broken at the headings' width
    by_labels = 0
    for k, ln in enumerate(lines):
        if size(ln) < 12 or not _goes_on(ln):
            continue
        bare = _PINYIN_NOTE.sub("", ln)
        if _PAGE_FIELD.match(bare):
            continue
        if "|" in ln or "\t" in ln.strip():
            continue  # a table's row, a cell closed by a bar, cells set by tabs: no prose
        if _NUMBERED_HEADING.match(bare.strip()) or _BOX_TITLE.match(bare.strip()):
            continue  # a heading: its length tells nothing of the width (a plan of many)
        if _bracket_open(ln) or not _by_labels(lines, k):
            lengths.append(size(ln))
            broken += _mid_phrase(lines, k)
        else:
            by_labels += 1
    if len(lengths) < 3:
        return None
    # the width: the length with most lines near it (a paragraph's first line, indented, is a
    # little shorter than the full lines after it: both count for the width of the full ones)
    width = max(set(lengths), key=lambda w: (_near(lengths, w), w))
    near = _near(lengths, width)
    if width < 15:
        return None
    if len(lengths) < 10:
        # a short text (a plan of a few items) has few lines that go on: broken at a width
        # only where three at least are of it and none is longer (the others are headings, its
        # title), two at least broken inside a phrase (no heading ends so; label lines, which
        # may outnumber them there, then tell nothing)
        return None if near < 3 or max(lengths) > width + 1 or broken < 2 else width
    return None if near < 0.5 * (len(lengths) + by_labels) else width


# a numbered heading standing alone: a number, then words without a mark of punctuation
_NUMBERED_HEADING = re.compile(MARKER_START.pattern + r"\s*[^，。；、：:,;()（）]+$")
# a box's title standing alone (专栏3  某某工程): an action plan sets a box of its own text
# after many of its items; a heading, not a line of prose broken at a width
_BOX_TITLE = re.compile(r"专栏\s*[0-9０-９一二三四五六七八九十]+[\s:：、.．]*[^，。；、：:,;]+$")
_PHRASE_OPEN_END = tuple("，,、（(【〔0123456789０１２３４５６７８９")
_PHRASE_CLOSE_START = tuple("，,。、；;：:）)】〕")


def _mid_phrase(lines: list[str], k: int) -> bool:
    """A line broken inside a phrase: it ends on a comma, an opening bracket or a digit, leaves
    a bracket open, holds a sentence's end before going on (a heading holds none), or the next
    line opens with a mark that closes what came before."""
    line = lines[k].rstrip()
    nxt = next((ln for ln in lines[k + 1 :] if ln.strip()), "").lstrip()
    return (
        line.endswith(_PHRASE_OPEN_END)
        or _bracket_open(line)
        or bool(re.search(r"[。；;]", line))
        or nxt.startswith(_PHRASE_CLOSE_START)
    )


# a field of a page's record of the document (发布机构: 某局, 索 引 号: …), a line of its own
# whatever its length, as no sentence runs on in it: it measures no wrap width
# (its label may carry pinyin in brackets after its characters: 发(fā)布日期:)
_PINYIN_NOTE = re.compile(r"\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ]{1,7}\)")
_PAGE_FIELD = re.compile(r"^[\u4e00-\u9fff](?:\s*[\u4e00-\u9fff]){1,4}\s*[:：][^。，,；;]*$")


# a statement's label opening a line (责任单位：…, 完成时限：…)
_LABEL_START = re.compile(r"^\s*[\u4e00-\u9fff]{2,6}(?:单位|部门|处室|科室|时限|时间)\s*[:：]")


def _by_labels(lines: list[str], k: int) -> bool:
    """Whether a line is a statement's label line, or the next line that is not blank is one:
    the line ended its paragraph (label lines under an item, 配合单位：某局 before 完成时限：…),
    whatever its length, so it measures no wrap width (unless it left a bracket open: the label
    goes on inside it, …见效。( / 牵头单位:某局)); so does the rest of a label's list broken after
    its separator (责任单位：甲局、 / 乙局、丙局): it is the label line's."""
    nxt = next((ln for ln in lines[k + 1 :] if ln.strip()), "")
    prev = fold(next((ln for ln in reversed(lines[:k]) if ln.strip()), "")).rstrip()
    return bool(
        _LABEL_START.match(fold(lines[k]))
        or _LABEL_START.match(fold(nxt))
        or (_LABEL_START.match(prev) and prev.endswith(("、", ",")))
    )


def _near(lengths: list[int], width: int) -> int:
    return sum(1 for n in lengths if width - 2 <= n <= width + 1)


def _goes_on(line: str, stops: tuple[str, ...] = _PARAGRAPH_END) -> bool:
    """A line that does not close its paragraph: it ends on none of ``stops``, or ends inside a
    bracket it opened (…(责任领导:某某;牵头单位:)."""
    return not line.endswith(stops) or _bracket_open(line)


def _bracket_open(line: str) -> bool:
    """A bracket opened and not closed on the line (…(责任领导:某某;牵头单位: / …[牵头单位:):
    what ends the line ends a phrase inside it, not the paragraph."""
    return sum(line.count(c) for c in "(（[【〔") > sum(line.count(c) for c in ")）]】〕")


def _heads_the_document(line: str, lines: list[str], head: int = 15) -> bool:
    """A line of six characters or more, no list, printed among the document's first lines (its
    title, its issuing office): printed again beside a page number, it is a running header even
    where the copy holds one page break only. A statement's label line (完成时限：…, 责任单位：…,
    which items repeat) heads no document."""
    return (
        len(CJK.findall(line)) >= 6
        and not re.search(r"[、，,；;]", line)
        and line in lines[:head]
        and not LABEL.match(fold(line).strip())
    )


def drop_running_headers(lines: list[str]) -> list[str]:
    """Remove a running header or footer: a line of words (four characters or more) printed on
    the same side of the page number (``- 2 -`` / the plan's title) at two page breaks or more,
    and at two in three of them, or a line heading the document printed again beside a page
    number. Its first printing stays (the title itself), unless it heads a page after a page of
    text (a copy that lost its title keeps its running header); a cell separator (``|``) is no
    header, nor a cell that a few page breaks happen to fall beside."""
    pages = [k for k, line in enumerate(lines) if PAGE_NUMBER.match(line)]
    drop: set[int] = set()
    for side in (-1, 1):
        beside = Counter(
            lines[k + side]
            for k in pages
            if 0 <= k + side < len(lines) and len(CJK.findall(lines[k + side])) >= 4
        )
        for header, n in beside.items():
            repeated = n >= 2 and 3 * n >= 2 * len(pages)
            if repeated or _heads_the_document(header, lines):
                first = lines.index(header)
                if repeated and side == 1 and 0 < first - 1 in pages:
                    first = -1  # printed first at a page's head after a page of text: the
                    # copy lost the title its first page held, every printing is the header's
                drop.update(
                    j
                    for j in (k + side for k in pages)
                    if 0 <= j < len(lines) and lines[j] == header and j != first
                )
    return [line for k, line in enumerate(lines) if k not in drop]


_CLOSERS = ")）]】〕"
_OPENERS = "(（[【〔"


def join_broken_brackets(lines: list[str]) -> list[str]:
    """Lines a copy broke inside a phrase, whatever the width: a line opening with a mark that
    closes what came before (，。、；：）), or closing a bracket the line before left open
    (…（市某局负 / 责落实）) before it opens one, or names of units after a label's list broken
    after its separator or inside a name, goes on the line before. Table rows, page numbers
    and lines opening with a number stay."""
    out: list[str] = []
    for line in lines:
        prev = out[-1] if out else ""
        closes = (
            line.startswith(_PHRASE_CLOSE_START)
            or (_bracket_open(prev) and _closes_first(line))
            or _list_goes_on(prev, line)
        )
        if (
            closes
            and prev
            and "|" not in prev + line
            and not PAGE_NUMBER.match(prev)
            and not MARKER_START.match(line)
        ):
            out[-1] = prev + line
        else:
            out.append(line)
    return out


def _list_goes_on(prev: str, line: str) -> bool:
    """A label's list of units broken after its separator or inside a name (责任单位：甲局、乙委、
    / 丙局, 责任单位：甲局、市 / 卫生健康委): the line after, names of units only, is the list's."""
    m = LABEL.match(k := fold(prev).strip())
    if not m or re.fullmatch(DEADLINE_LABEL, m.group(3)) or LABEL.search(fold(line)):
        return False
    if not is_unit_list(line):
        return False
    return k.endswith("、") or not ends_unit_list(k[m.end() :])


def _closes_first(line: str) -> bool:
    """A closing bracket in the line before any opening one."""
    shut = min((line.find(c) for c in _CLOSERS if c in line), default=-1)
    if shut < 0:
        return False
    return all(not (0 <= line.find(c) < shut) for c in _OPENERS)


_INDENT = re.compile(r"^(?:\u3000+|[ \u00a0]{2,})\S")


def join_indented_wraps(raw: list[str]) -> list[str]:
    """In text broken at a fixed width whose paragraphs open indented (a PDF's copy), a full line
    ending a sentence and a line after it that is not indented and opens no number are one
    paragraph: the sentence ended at the line's end, the paragraph did not (without indents,
    rejoin_wrapped joins them only when the line after is full too and opens no bracket)."""
    full = [ln.rstrip() for ln in raw]
    width = wrap_width(full)
    if width is None or sum(1 for ln in full if _INDENT.match(ln)) < 5:
        return raw
    out: list[str] = []
    for k, line in enumerate(full):
        prev = out[-1] if out and k and full[k - 1] else ""
        if (
            prev
            and line.strip()
            and not _INDENT.match(line)
            and len(prev) >= width - 2
            and prev.endswith(_SENTENCE_STOP)
            and not MARKER_START.match(line.strip())
            and not PAGE_NUMBER.match(line)
        ):
            out[-1] = prev + line.strip()
        else:
            out.append(line)
    return out
