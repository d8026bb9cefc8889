"""Text cleanup: each line's blanks, invisible characters and tags, pinyin noise, statement
labels, and the order every cleanup step runs in (normalise_lines). The steps a kind of copy
calls for live in web_copy, wrapping, cell_layout and runon_text."""

from __future__ import annotations

import re
from collections.abc import Iterable

from .bare_labels import join_bare_labels
from .cell_layout import (
    CJK,
    TABLE_RULE,
    drop_repeated_header_cells,
    gap_label_rows,
    gaps_as_cells,
    join_header_notes,
    join_lone_numbers,
    split_two_columns,
    tabs_as_cells,
    unpipe_label_rows,
)
from .deadlines import DEADLINE_LABEL, reads_as_deadline
from .fold import fold
from .inline_items import split_inline_items
from .issuer_names import join_issuer_other_names
from .numbering import garbled_prefix
from .page_fields import drop_bare_page_fields, drop_numbered_page_fields
from .page_marks import join_run_on_page_numbers
from .readers.pdf import PAGE_NUMBER
from .runon_text import (
    split_after_statement_brackets,
    split_heading_from_first_item,
    split_runon,
    split_sections_after_stops,
)
from .statements import LABEL, PERSON_LABEL, UNIT_LABEL, is_unit_list
from .web_copy import (
    LOST_INDENT_START,
    TAG_LEFT,
    drop_closing_lines,
    drop_page_furniture,
    join_shared_pages,
    lost_indents,
)
from .wrapping import (
    drop_running_headers,
    join_broken_brackets,
    join_indented_wraps,
    rejoin_wrapped,
    wrap_width,
)

_INVISIBLE = re.compile(r"[\u200b-\u200f\u2028\u2029\u2060\ufeff\u00ad]")
_BOOKMARK = re.compile(r"\[bookmark:[^\]]*\]")
_SPACES = re.compile(r"[ \t\u00a0\u3000\u2002-\u200a]+")
_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ"
_PINYIN = re.compile(rf"[(（]([a-zü{_TONED}]{{1,7}})[)）]")
_HAS_TONE = re.compile(f"[{_TONED}]")


def _lost_indent_sizes(raw: list[str]) -> dict[str, int]:
    """The "?" of lost indents cleaning takes from the start of lines, per cleaned line."""
    sizes: dict[str, int] = {}
    for r in raw:
        bare = r.lstrip(" \t\u3000\u00a0")
        m = LOST_INDENT_START.match(bare)
        if m and m.end() and not garbled_prefix(bare):
            sizes[clean_line(r)] = m.end()
    return sizes


# a line that ends a paragraph as a document sets them apart by blank lines
_ENDS = tuple("。；！？）)")


def _continued_lines(raw: list[str], cleaned: list[str]) -> set[str] | None:
    """In a document whose paragraphs are set apart by blank lines (nearly every line ending a
    sentence or a bracket has one after it), the cleaned lines (``cleaned``, one per line of
    ``raw``) a line follows without a blank: their paragraph goes on, though they end a sentence
    at the full width. None otherwise."""
    ends = followed = 0
    continued: set[str] = set()
    for k, r in enumerate(raw[:-1]):
        if not r.strip():
            continue
        blank_after = not raw[k + 1].strip()
        if r.rstrip().endswith(_ENDS):
            ends += 1
            followed += blank_after
        if not blank_after:
            continued.add(cleaned[k])
    return continued if ends >= 5 and followed >= 0.8 * ends else None


def clean_line(line: str) -> str:
    """Remove invisible characters, Word bookmark tags and markup left in the text, and collapse
    blank runs."""
    line = _INVISIBLE.sub("", line)
    line = _BOOKMARK.sub("", line)
    line = TAG_LEFT.sub("", line)
    return _SPACES.sub(" ", lost_indents(line)).strip()


# A statement's label set in square brackets instead of closed by a colon (【责任单位】市甲局,
# [完成时限]年底前, 。【牵头单位】甲局；【责任单位】乙局 closing an item): read as the label and
# its colon, as the statements are read everywhere else.
_BRACKETED_LABEL = re.compile(
    rf"\[\s*((?:{UNIT_LABEL}|{DEADLINE_LABEL}|{PERSON_LABEL}))\s*\]\s*(:\s*)?"
)


def bracketed_labels(line: str) -> str:
    k = fold(line)
    if "]" not in k:
        return line
    out, at = [], 0
    for m in _BRACKETED_LABEL.finditer(k):
        # the colon written after the bracket, else one of the bracket's width (【 → ：)
        colon = line[m.start(2) : m.end(2)] or ("：" if line[m.start()] == "【" else ":")
        out += [line[at : m.start()], line[m.start(1) : m.end(1)] + colon]
        at = m.end()
    return "".join([*out, line[at:]]) if out else line


def full_of_pinyin(lines: Iterable[str]) -> bool:
    """At least three toned syllables in brackets (a document full of pinyin noise)."""
    toned = sum(1 for ln in lines for m in _PINYIN.finditer(ln) if _HAS_TONE.search(m.group(1)))
    return toned >= 3


def remove_pinyin(lines: list[str], noisy: bool | None = None) -> list[str]:
    """Drop pinyin in brackets after characters (``政務(wù)``) when a document is full of it.

    Only documents with at least three toned syllables in brackets are treated (``noisy``, when
    the whole document was counted, else these lines); there, any lowercase syllable in
    brackets after a character is noise, while ``(PPP)`` stays.
    """
    if not (full_of_pinyin(lines) if noisy is None else noisy):
        return lines
    return [strip_pinyin(ln) for ln in lines]


def strip_pinyin(line: str) -> str:
    """A line of a document full of pinyin noise without it (remove_pinyin)."""

    def repl(m: re.Match[str]) -> str:
        before = line[m.start() - 1] if m.start() else ""
        if _HAS_TONE.search(m.group(1)) or CJK.match(before):
            return ""
        return m.group(0)

    return _PINYIN.sub(repl, line)


def join_label_values(lines: list[str]) -> list[str]:
    """A statement's label standing alone on its line (牵头单位: / 责任单位：), the units it names
    on the next (a form cell by cell, label and value each on its own line): one line. So for a
    time-limit label (完成时限：) and the time limit on the next line (2021年底前)."""
    out: list[str] = []
    for line in lines:
        prev = out[-1] if out else ""
        label = LABEL.fullmatch(fold(prev).strip()) if prev else None
        timed = label and re.fullmatch(DEADLINE_LABEL, label.group(3)) and reads_as_deadline(line)
        if label and "|" not in line and (is_unit_list(line) or timed):
            out[-1] = prev + line
        else:
            out.append(line)
    return out


def _measured_line(line: str) -> str:
    """A line as its wrap width is measured: cleaned, but a row of cells set by tabs kept as
    it is (cleaning would make its tabs spaces, and the row a line of prose)."""
    return line if "\t" in line.strip() else clean_line(bracketed_labels(line))


def normalise_lines(raw: list[str], pinyin: bool | None = None) -> list[str]:
    """Run every cleanup step on paragraph lines; empty lines and page numbers are dropped.
    ``pinyin``: whether the whole document is full of pinyin noise (None: count these lines)."""
    # pinyin noise goes first, before labels and cells are read; in text broken at a fixed
    # width, after the lines are rejoined (the copy broke them with the noise in). Labels in
    # square brackets are read as label and colon after the noise is gone (【责(zé)任单位】); in
    # text broken at a fixed width, after the lines are rejoined (a label closing a line,
    # 【牵头单位】, is no line's end). The width is measured on the lines as copied: joining
    # indented lines may hide it. A page's panel of fields, numbered or not, goes first of all.
    raw = drop_bare_page_fields(drop_numbered_page_fields(raw))
    measured = wrap_width([_measured_line(r) for r in raw])
    wrapped = measured is not None
    # (pinyin added after the lines were broken hides their width: measured without it)
    noisy = full_of_pinyin(raw) if pinyin is None else pinyin
    defer = wrapped or (
        noisy and wrap_width([_measured_line(strip_pinyin(r)) for r in raw]) is not None
    )
    raw = raw if wrapped else remove_pinyin(raw, pinyin)
    raw = join_indented_wraps(raw if defer else [bracketed_labels(r) for r in raw])
    raw = gap_label_rows(gaps_as_cells(tabs_as_cells(raw)))
    cleaned = [clean_line(r) for r in raw]
    lines = drop_running_headers([ln for ln in cleaned if ln])
    lines = split_heading_from_first_item(drop_closing_lines(drop_page_furniture(lines)))
    lines = [ln for ln in lines if not PAGE_NUMBER.match(ln) and not TABLE_RULE.match(ln)]
    lines = join_run_on_page_numbers(lines)
    lines = drop_repeated_header_cells(lines)
    lines = split_two_columns(unpipe_label_rows(lines))
    lines = join_shared_pages(lines)
    lines = join_label_values(join_bare_labels(join_issuer_other_names(lines)))
    lines = join_lone_numbers(join_header_notes(lines))
    continued = _continued_lines(raw, cleaned)
    lines = rejoin_wrapped(lines, _lost_indent_sizes(raw), measured, continued)
    lines = [TAG_LEFT.sub("", ln) for ln in join_broken_brackets(lines)]
    lines = remove_pinyin(lines, pinyin) if wrapped else lines
    lines = [bracketed_labels(ln) for ln in lines] if defer else lines
    split = split_runon(lines)
    # a page's furniture run on with its body (…按期完成。 主办单位：… 技术支持：…) is seen once
    # the body is split
    split = drop_page_furniture(split) if split != lines else split
    return split_after_statement_brackets(split_sections_after_stops(split_inline_items(split)))
