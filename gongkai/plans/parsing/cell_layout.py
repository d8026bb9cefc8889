"""Tables whose cells no reader gave as cells: rows with cells set apart by tabs or runs of
blanks, label rows written with ``|`` or with gaps, tables flattened one cell per line, a page
printed in two columns, and the rule under a Markdown table's header."""

from __future__ import annotations

import re
from collections import Counter

from .columns import column_role
from .flat_tables import flat_header_width, flat_table_numbered_in_cells
from .fold import fold
from .model import COLUMN_BREAK
from .numbering import match_bare_number, match_marker
from .runon_text import MARKER_START
from .statements import LABEL
from .textgrid import is_number_cell

CJK = re.compile(r"[\u3400-\u9fff]")


# A number standing alone on its line, with its own punctuation: 一、 （一） 1. 第一条
_LONE_NUMBER = re.compile(
    r"^(?:[一二三四五六七八九十]{1,3}[、．.]|[（(][一二三四五六七八九十]{1,3}[）)]|\d{1,2}[、．.]"
    r"|第[一二三四五六七八九十]{1,3}[条章部节])$"
)


def _section_heading(line: str) -> bool:
    """一、… or （一）… on a short line of its own: a heading standing as a row of a table."""
    m = match_marker(line)
    return m is not None and m.style in ("cn_dun", "cn_paren") and len(line) <= 40


def _flat_tables(lines: list[str]) -> list[tuple[int, int, list[int]]]:
    """Tables flattened one cell per line under a header of column names opening with 序号:
    (header line, header width, lines of the 序号 cells ``1、`` ``2、`` …). The numbers are 1, 2,
    3 … of one form in turn, each at least two lines after the one before (a row has cells after
    its number)."""
    tables: list[tuple[int, int, list[int]]] = []
    i = 0
    while i < len(lines):
        width = flat_header_width(lines, i) if column_role(lines[i]) == "number" else 0
        if width < 3:
            i += 1
            continue
        found: list[int] = []
        j, expected, last, style = i + width, 1, i + width - 2, ""
        while j < len(lines):
            m = match_bare_number(lines[j]) if is_number_cell(lines[j]) else None
            if m is not None and m.value == expected and j - last >= 2 and style in ("", m.style):
                found.append(j)
                expected, last, style = expected + 1, j, m.style
            elif (expected == 1 and not _section_heading(lines[j])) or j - last > 40:
                break  # no row 1 after the header (not such a table), or the table has ended
            j += 1
        if found:
            tables.append((i, width, found))
        i = max(j, i + 1)
    return tables


def _flat_row_numbers(lines: list[str]) -> set[int]:
    """Lines that hold the 序号 cells of a table flattened one cell per line (_flat_tables)."""
    return {j for _, _, found in _flat_tables(lines) for j in found}


def flat_table_lines(lines: list[str]) -> set[int]:
    """The lines of tables written as text, each a cell or a row of its own, never a line of text
    wrapped at a width: tables flattened one cell per line (_flat_tables, or numbered in their
    first cells), from the header to the last row's cells; tables of cells between '|' lines;
    rows of cells set apart by '|' next to a row of as many cells."""
    found = {
        k
        for start, width, found in _flat_tables(lines)
        for k in range(start, min(len(lines), found[-1] + width))
    }
    return found | _numbered_in_cells_lines(lines) | _bar_table_lines(lines) | _row_lines(lines)


def _numbered_in_cells_lines(lines: list[str]) -> set[int]:
    """The lines of tables flattened one cell per line without a 序号 column, each row's number
    opening its first cell (flat_table_numbered_in_cells), from the header of three column names
    or more to the last row read."""
    out: set[int] = set()
    i = 0
    while i < len(lines):
        role = column_role(lines[i])
        width = flat_header_width(lines, i) if role and role != "number" else 0
        if width < 3 or i + width >= len(lines):
            i += 1
            continue
        grid, end = flat_table_numbered_in_cells(lines, i, width)
        if len(grid) > 1:
            out.update(range(i, end))
        i = max(end, i + width)
    return out


def _bar(line: str) -> bool:
    return line.strip() in ("|", "｜")


def _bar_table_lines(lines: list[str]) -> set[int]:
    """The lines of tables whose cells stand between '|' lines (a web page copied cell by cell):
    from a header of three column names or more, each followed by a '|' line, to the last '|'
    line of the run (no more than eight lines of one cell between two)."""
    out: set[int] = set()
    i = 0
    while i < len(lines):
        names = 0
        while (
            i + 2 * names + 1 < len(lines)
            and column_role(lines[i + 2 * names])
            and _bar(lines[i + 2 * names + 1])
        ):
            names += 1
        if names < 3:
            i += 1
            continue
        last = j = i + 2 * names - 1
        while j < len(lines) and j - last <= 8:
            if _bar(lines[j]):
                last = j
            j += 1
        out.update(range(i, last + 1))
        i = last + 1
    return out


def _cell_count(line: str) -> int:
    if "|" not in line and "｜" not in line:
        return 0
    return len(re.split(r"\s*[|｜]\s*", line.strip().strip("|｜").strip()))


def _row_lines(lines: list[str]) -> set[int]:
    """Rows of three cells or more set apart by '|' (as tabs_as_cells writes them) next to a row
    of as many cells: a table's rows, however alike their lengths."""
    counts = [_cell_count(ln) for ln in lines]
    return {
        k
        for k, n in enumerate(counts)
        if n >= 3 and any(counts[j] == n for j in (k - 1, k + 1) if 0 <= j < len(lines))
    }


_HEADER_NOTE = re.compile(r"^[（(][^()（）]{1,8}[)）]$")


def join_header_notes(lines: list[str]) -> list[str]:
    """A header cell of a table flattened one cell per line whose bracketed note went onto a line
    of its own (责任股室 / (单位)): the note joins its cell. A group's number alone on its line
    after the header ((一), its title on the next line) is no note."""
    out: list[str] = []
    for k, line in enumerate(lines):
        after = lines[k + 1] if k + 1 < len(lines) else ""
        number = match_marker(line.strip())
        if (
            out
            and _HEADER_NOTE.match(line)
            and (number is None or line.strip()[number.end :])
            and column_role(out[-1])
            and (column_role(after) or (len(out) > 1 and column_role(out[-2])))
        ):
            out[-1] += line
        else:
            out.append(line)
    return out


def join_lone_numbers(lines: list[str]) -> list[str]:
    """Join a number standing on its own line with the title on the next line (一、 / 總體要求),
    unless it is the 序号 cell of a table flattened one cell per line."""
    rows = _flat_row_numbers(lines)
    out: list[str] = []
    joinable = False
    for k, line in enumerate(lines):
        if joinable and not MARKER_START.match(line) and "|" not in line:
            out[-1] += line
            joinable = False
        else:
            out.append(line)
            joinable = bool(_LONE_NUMBER.match(line)) and k not in rows
    return out


_LABEL_ROW = re.compile(r"^(?:\|\s*)?([^|:：]{2,30}?)\s*[:：]\s*\|\s*([^|]*?)\s*\|?$")


def unpipe_label_rows(lines: list[str]) -> list[str]:
    """Label rows of a page copied as '|' rows (``重点工作: | 12.推进… |``,
    ``牵头单位: | 市某局 |``), when there are several and one of them is a statement label:
    each becomes its label line (``牵头单位:市某局``); a value opening with an item number
    stands alone as the item."""
    found = [(k, m) for k, ln in enumerate(lines) if (m := _LABEL_ROW.match(ln))]
    if len(found) < 2 or not any(LABEL.match(fold(m.group(1)) + ":") for _, m in found):
        return lines
    out = list(lines)
    for k, m in found:
        label, value = m.group(1).strip(), m.group(2).strip()
        if value and not LABEL.match(fold(label) + ":") and match_marker(value) is not None:
            out[k] = value
        else:
            out[k] = f"{label}:{value}"
    return out


_COLUMN_RUN = 10  # the fewest lines of a page printed in two columns


def _one_space(lines: list[str]) -> int:
    return sum(1 for ln in lines if ln.count(" ") == 1)


def _solid(text: str) -> int:
    return len(text.replace(" ", ""))


def _inner_spaces(line: str) -> list[int]:
    """The spaces of a line but one right after its item number ((四) 做好…)."""
    return [
        k
        for k, ch in enumerate(line)
        if ch == " " and not (match_marker(line[:k]) and _solid(line[:k]) <= 5)
    ]


def _column_split(line: str, width: int) -> int | None:
    """Where a line holding a piece of each of two columns splits: the space whose left part is
    nearest the column ``width`` (counted without spaces)."""
    spaces = _inner_spaces(line)
    if not spaces:
        return None
    # a number opening the right piece marks the split ((四) 做好… (三) 开设…)
    numbered = [
        k for k in spaces if _solid(line[:k]) <= width + 2 and MARKER_START.match(line[k + 1 :])
    ]
    if numbered:
        return numbered[-1]
    return min(spaces, key=lambda k: abs(_solid(line[:k]) - width))


def _two_column_line(line: str) -> bool:
    """A line that may hold two columns' pieces: a space other than one after its number."""
    return (
        "|" not in line
        and 8 <= _solid(line) <= 56
        and bool(CJK.search(line))
        and bool(_inner_spaces(line))
    )


def split_two_columns(lines: list[str]) -> list[str]:
    """A page printed in two columns whose lines interleave them (each line a piece of the left
    column, a space, a piece of the right): a run of such lines, most of one width, is read as
    the left column, then the right."""
    out: list[str] = []
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and _two_column_line(lines[j]):
            j += 1
        run = lines[i:j]
        if len(run) < _COLUMN_RUN:
            out.append(lines[i])
            i += 1
            continue
        # most lines of the page's full width (both columns full), most split by one space
        total = Counter(_solid(ln) for ln in run).most_common(1)[0][0]
        full = sum(1 for ln in run if abs(_solid(ln) - total) <= 3)
        if total < 30 or full * 2 < len(run) or 5 * _one_space(run) < 3 * len(run):
            out.extend(run)
            i = j
            continue
        singles = sorted(_solid(ln.split(" ")[0]) for ln in run if ln.count(" ") == 1)
        width = singles[len(singles) // 2] if singles else total // 2
        left: list[str] = []
        right: list[str] = []
        for line in run:
            k = _column_split(line, width)
            left.append(line[:k].strip())
            right.append(line[k + 1 :].strip())
        out.extend([*(x for x in left if x), COLUMN_BREAK, *(x for x in right if x)])
        i = j
    return out


# a tab between two texts of a line (leading and trailing tabs are indents and ends)
_INNER_TAB = re.compile(r"(?<=\S)[ \u3000]*\t[\t \u3000]*(?=\S)")


# blanks between two texts of a line, as wide as a space-set table's gap between cells
_SPACE_GAP = re.compile(r"\S(?: {2,}|\u3000+)\S")
# a gap before a field's label (主办单位：…　承办单位：…, as a page's footer sets its fields
# apart): no cell bound
_GAP = re.compile(r"(?<=\S)(?: {2,}|\u3000+)(?=\S)")
_FIELD_LABEL = re.compile(r"[\u4e00-\u9fff]{2,6}[:：]")


def _space_set(line: str) -> bool:
    """A line with a gap between texts that is not one before a field's label nor one after an
    item's number opening the line (（一）　加强…, the number set apart: no cell bound)."""
    return any(
        not _FIELD_LABEL.match(line, m.end()) and not _LONE_NUMBER.match(line[: m.start()].strip())
        for m in _GAP.finditer(line)
    )


def tabs_as_cells(raw: list[str]) -> list[str]:
    """Rows of a table copied with tabs between its cells (as a spreadsheet or a word processor
    copies them): when two lines or more hold a tab between texts, each such tab parts two cells,
    written ``|`` as the other copies of tables are. Where other lines set cells apart by runs of
    spaces, tabs are one more blank of a table set by spaces, read as such (textgrid)."""
    rows = {k for k, ln in enumerate(raw) if _tab_row(ln)}
    if len(rows) < 2 or any(_space_set(ln) for ln in raw):
        return raw
    out: list[str] = []
    for k, ln in enumerate(raw):
        if k in rows:
            out.append(_INNER_TAB.sub(" | ", ln))
        elif k - 1 in rows and _YEAR_END.search(raw[k - 1]) and _REST_OF_DATE.match(ln.strip()):
            # the row's time limit cell broken after its year (2022年 / 6月底前)
            out[-1] += ln.strip()
        else:
            out.append(ln)
    return out


# a row's last cell ending with a year alone, and a short line going on with the rest of the date
_YEAR_END = re.compile(r"\t\s*\d{4}\s*年\s*$")
_REST_OF_DATE = re.compile(
    r"^(?:\d{1,2}\s*月|底|年底|上半年|下半年|第?[一二三四1-4]季度)[^\t|。；;,，]{0,10}$"
)


def _tab_row(line: str) -> bool:
    """A line with a tab between texts, not after a lone number (``一、<tab>总体要求``, as a word
    processor sets a heading's number apart) and not already written with ``|``."""
    m = _INNER_TAB.search(line)
    return m is not None and "|" not in line and not _LONE_NUMBER.match(line[: m.start()].strip())


# a run of blanks between two texts wide enough to set a table's cells apart
_CELL_GAP = re.compile(r"(?<=\S)(?:[ \u00a0]{2,}|\u3000+)(?=\S)")


# a header cell: a few words, no blank nor sentence punctuation (一、… 责任单位：… are text)
_HEADER_CELL = re.compile(r"^[^\s。；;,，:：、]{1,12}$")


def _gap_header(line: str) -> bool:
    """A table's header whose cells are set apart by runs of blanks: three cells or more, at
    least two of them, and half, naming a column, and none holding a blank of its own (where
    single blanks part header words too, the gaps are no cell bounds: textgrid reads it)."""
    cells = _CELL_GAP.split(line.strip())
    if len(cells) < 3 or not all(_HEADER_CELL.match(c) for c in cells):
        return False
    known = sum(1 for c in cells if column_role(c))
    return known >= 2 and 2 * known >= len(cells)


def _row_fits(cells: list[str], width: int) -> bool:
    """A row of no more cells than the header, but for cells of groups opening it (一、…
    （一）…, the sections a row falls under)."""
    groups = 0
    while groups < len(cells) - 1 and _section_heading(cells[groups]):
        groups += 1
    return len(cells) - groups <= width


def _gap_header_on_two_lines(line: str, nxt: str) -> bool:
    """A header of cells set apart by gaps whose last cell fell to the next line (``工作任务
    具体要求`` / ``责任单位``): the first holds two cells or more, the second one header word."""
    cells = _CELL_GAP.split(line.strip())
    if len(cells) < 2 or _CELL_GAP.search(nxt.strip()) or not column_role(nxt.strip()):
        return False
    return _gap_header(line.strip() + "  " + nxt.strip())


def _numbered_row_between_gaps(lines: list[str], k: int) -> bool:
    """A line without a gap, numbered next after a number opening a cell of the row above and
    followed by a row with gaps: a row whose other cells span the row above (textgrid reads
    it)."""
    if k + 1 >= len(lines) or not _CELL_GAP.search(lines[k + 1].strip()):
        return False
    m = match_marker(lines[k].strip())
    if m is None or m.style != "ar_dot":
        return False
    for cell in _CELL_GAP.split(lines[k - 1].strip()):
        above = match_marker(cell)
        if above is not None and above.style == m.style and above.value + 1 == m.value:
            return True
    return False


def _group_row_between_gaps(lines: list[str], k: int) -> bool:
    """A section heading (一、… （二）…) on a line of its own, no sentence, followed by a row
    with gaps: a group row standing in the table (its one cell spans the columns)."""
    line = lines[k].strip()
    if k + 1 >= len(lines) or "。" in line or not _CELL_GAP.search(lines[k + 1].strip()):
        return False
    return _section_heading(line) and not _CELL_GAP.search(line)


def gaps_as_cells(raw: list[str]) -> list[str]:
    """Rows of a table laid out with runs of blanks between cells (a PDF's text layer, a
    fixed-width copy), under a header laid out so: the header and each row after it holding such
    a gap have their gaps written ``|``; the table ends at the first line without one. A row of
    more cells than the header (unit names set apart by gaps too) leaves the table as it is, to
    be read as a table set by spaces (textgrid). A copy with a blank line after every line
    (double-spaced) is read as its lines without them, the blank lines put back after."""
    lines = [ln for ln in raw if ln.strip()]
    spaced = all(raw[k + 1].strip() == "" for k in range(len(raw) - 1) if raw[k].strip())
    if spaced and len(lines) >= 4 and len(raw) > len(lines) + 1:
        out = _gaps_as_cells(lines)
        if out != lines:
            return [x for ln in out for x in (ln, "")]
    return _gaps_as_cells(raw)


def _gaps_as_cells(raw: list[str]) -> list[str]:
    out = list(raw)
    k = 0
    while k < len(out):
        if k + 1 < len(out) and _gap_header_on_two_lines(out[k], out[k + 1]):
            out[k : k + 2] = [out[k].rstrip() + "  " + out[k + 1].strip()]
        if not _gap_header(out[k]):
            k += 1
            continue
        end = k + 1
        while end < len(out) and (
            _CELL_GAP.search(out[end].strip())
            or _numbered_row_between_gaps(out, end)
            or _group_row_between_gaps(out, end)
        ):
            end += 1
        width = len(_CELL_GAP.split(out[k].strip()))
        if all(_row_fits(_CELL_GAP.split(ln.strip()), width) for ln in out[k + 1 : end]):
            out[k:end] = [_CELL_GAP.sub(" | ", ln.strip()) for ln in out[k:end]]
        k = end
    return out


# a label, a colon, then a gap before its value (牵头单位:    市某局)
_GAP_LABEL = re.compile(r"^([^|:：\s]{2,30}[:：])(?:[ \u00a0]{2,}|\u3000+)(\S.*)$")


def gap_label_rows(raw: list[str]) -> list[str]:
    """Label rows of a page laid out with a gap after each label instead of a '|' (重点工作:
    ``  12.推进…`` / 牵头单位: ``  市某局``): read as the same rows written with bars are
    (unpipe_label_rows), when they are label rows so read; otherwise left as they are."""
    found = {k: m for k, ln in enumerate(raw) if (m := _GAP_LABEL.match(ln.strip()))}
    if len(found) < 2:
        return raw
    piped = [f"{found[k][1]} | {found[k][2]} |" if k in found else ln for k, ln in enumerate(raw)]
    out = unpipe_label_rows(piped)
    return out if any(out[k] != piped[k] for k in found) else raw


# the rule under a Markdown table's header (|---|:---:|): no text of the table
TABLE_RULE = re.compile(r"^\|?(?:\s*:?-{3,}:?\s*\|)+\s*(?::?-{3,}:?)?\s*$")


def drop_repeated_header_cells(lines: list[str]) -> list[str]:
    """A table copied one cell per line whose header was printed again after a page break (工作
    任务 / 具体要求 / 责任单位 between two rows): the header's cells, three lines or more each
    naming a column, repeated line for line further on, go there."""
    k = next((k for k, ln in enumerate(lines) if _header_cell_line(ln)), None)
    if k is None:
        return lines
    n = 0
    while k + n < len(lines) and _header_cell_line(lines[k + n]):
        n += 1
    header = lines[k : k + n]
    if n < 3:
        return lines
    out, j = lines[: k + n], k + n
    while j < len(lines):
        if lines[j : j + n] == header:
            j += n
            continue
        out.append(lines[j])
        j += 1
    return out


def _header_cell_line(line: str) -> bool:
    return "|" not in line and len(line.strip()) <= 12 and column_role(line.strip()) is not None
