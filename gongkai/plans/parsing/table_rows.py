"""Table rows: map a table's data rows to roles by its header (TableRow, map_table), and read the
row numbers and section numbers written in its cells."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from .columns import column_role, mark_measure_column
from .deadlines import is_stage_schedule, reads_as_deadline
from .fold import fold
from .inline_items import split_inline_items
from .model import Cell
from .numbering import Marker, match_bare_number, match_marker
from .statements import is_bare_statement
from .textgrid import bare_row_number, group_title, is_number_cell, opens_numbered_row


@dataclass
class TableRow:
    """One data row of a table, its cells mapped to roles."""

    index: int
    number: Marker | None = None
    number_spanned: bool = False
    title: str = ""
    title_spanned: bool = False
    content: str = ""
    statements: list[tuple[str, str]] = field(default_factory=list)  # (role, text)
    deadline: str = ""
    heading: str = ""  # a row that only holds a section heading
    groups: list[tuple[str, bool]] = field(default_factory=list)  # numbered group cells, spanned?
    # numbered lines of an unnumbered row's text cell (1.… / 2.…): the row's items
    sub_items: list[tuple[Marker, str]] = field(default_factory=list)


def _header_rows(rows: list[list[Cell]]) -> tuple[int, list[str | None]]:
    """Find the header row(s); return the index of the first data row and the column roles."""
    for i, row in enumerate(rows[:4]):
        roles = [column_role(c.text) for c in row]
        useful = {r for r in roles if r}
        if len(useful) >= 2 and ({"units", "lead", "content", "title"} & useful):
            end = i + 1
            # a second header row refining spanned headers (责任单位 → 牵头单位 | 配合单位)
            if end < len(rows):
                sub = [column_role(c.text) for c in rows[end]]
                if sum(1 for r in sub if r) >= 2 and all(
                    r or not c.text.strip() or c.spanned
                    for r, c in zip(sub, rows[end], strict=False)
                ):
                    roles = [s or r for s, r in zip(sub, roles, strict=False)]
                    end += 1
            return end, roles
    return -1, []


def map_table(rows: list[list[Cell]]) -> list[TableRow] | None:
    """Map a table's data rows by its header; None when no header names its columns."""
    start, roles = _header_rows(rows)
    if start < 0:
        return None
    header_keys = [fold(c.text).replace(" ", "") for c in rows[start - 1]]
    mark_measure_column(header_keys, roles)
    text_cols = [j for j, r in enumerate(roles) if r in ("title", "content")]
    if len(text_cols) == 1:
        roles[text_cols[0]] = "content"
    elif len(text_cols) >= 2:
        roles[text_cols[0]] = "title"
        for j in text_cols[1:]:
            roles[j] = "content"
    _mark_group_columns(rows, start, roles)
    _mark_spanned_header_groups(header_keys, roles)
    out: list[TableRow] = []
    above: dict[str, str] = {}  # the last unit cell of each role, for a cell that says 同上
    for i in range(start, len(rows)):
        row = rows[i]
        if [fold(c.text).replace(" ", "") for c in row] == header_keys:
            continue  # a repeated header row
        distinct = {c.text.strip() for c in row if c.text.strip()}
        if not distinct:
            continue
        trow = TableRow(index=i)
        if len(distinct) == 1 and len(row) > 1 and all(c.text.strip() for c in row):
            trow.heading = next(iter(distinct))
            out.append(trow)
            continue
        filled = [c for c in row if c.text.strip()]
        if len(filled) == 1 and row[0].text.strip() and not row[0].spanned:
            if section_marker(row[0].text):  # a heading standing alone as a row of the table
                trow.heading = row[0].text.strip()
                out.append(trow)
                continue
        contents: list[str] = []
        remark = ""
        own_number = None  # a row number of a list's own numbering (36,37)
        for j, cell in enumerate(row):
            role = roles[j] if j < len(roles) else None
            text = cell.text.strip()
            if not text or role in (None, "ignore", "assessor"):
                continue
            if role != "number" and _PLACEHOLDER.match(fold(text)):
                continue  # / — 无: the cell says there is nothing
            if role == "group":
                trow.groups.append((text, cell.spanned))
            elif role == "number":
                trow.number = match_bare_number(text) or match_marker(text)
                if trow.number is None and (joined := joined_number(text)):
                    trow.number, own_number = joined, joined.label
                trow.number_spanned = cell.spanned
            elif role == "title":
                trow.title = text
                trow.title_spanned = cell.spanned
            elif role == "content":
                if not (cell.spanned and j > 0 and j - 1 < len(row) and row[j - 1].spanned):
                    contents.append(text)
            elif role == "deadline" and is_bare_statement(text) and not reads_as_deadline(text):
                # units and their verb in the time-limit column (甲局牵头落实 / 各镇分别落实: the
                # unit cell went on into the next one): a statement, not a time limit
                trow.statements.append(("units", text))
            elif role == "deadline" and _built_in_year(header_keys, j, text):
                continue
            elif role == "deadline":
                if not is_stage_schedule(text):
                    trow.deadline = text
            elif role == "remarks":
                remark = text
            else:
                if _SAME_AS_ABOVE.match(fold(text)) and role in above:
                    text = above[role]  # 同上: the cell of the row above, as written there
                above[role] = text
                trow.statements.append((role, text))
        trow.content = "\n".join(contents)
        if _unnumbered_group_row(rows, i, trow, roles):
            # a group's title without a number above a numbered row: no task and no path
            # element; the rows under it keep their numbers
            trow.heading, trow.title, trow.content = trow.title or trow.content, "", ""
            out.append(trow)
            continue
        if not trow.deadline and remark and reads_as_deadline(remark):
            trow.deadline = remark  # a time limit written in the remarks column
        if trow.number is None:
            written = trow.content
            _number_from_cells(trow)
            if trow.groups and not trow.title and trow.number is not None:
                # under group cells, a task cell holding its numbered tasks on one line
                # (1.…； 2.…；): a row for each, the row's other cells theirs alike
                items = _inline_item_rows(trow, written)
                if items:
                    out.extend(items)
                    continue
        elif (trow.number.label == own_number and not trow.title) or (
            not trow.number_spanned and "\n" in trow.content
        ):
            # a numbered row whose text cell is numbered lines ((1)… / (2)…), or a row numbered
            # by two of a list's numbers (36,37) whose text is two numbered lines: they are its
            # items
            trow.sub_items = numbered_lines(trow.content)
        out.append(trow)
    return out


def _inline_item_rows(trow: TableRow, written: str) -> list[TableRow]:
    """The rows of a task cell's items numbered one after another on one line (``1.…； 2.…；``),
    each numbered by its own number, the later ones under the same (spanned) group cells; none
    when the cell holds one item."""
    if "\n" in written.strip() or trow.number is None:
        return []
    parts = split_inline_items([written.strip()])
    markers = [match_marker(p) for p in parts]
    first = trow.number
    if len(parts) < 2 or any(
        m is None or m.style != first.style or m.value != first.value + k
        for k, m in enumerate(markers)
    ):
        return []
    rows = []
    for k, (m, part) in enumerate(zip(markers, parts, strict=True)):
        groups = trow.groups if k == 0 else [(text, True) for text, _ in trow.groups]
        end = m.end if m is not None else 0
        rows.append(replace(trow, number=m, content=part[end:].strip(), groups=groups))
    return rows


def _unnumbered_group_row(
    rows: list[list[Cell]], i: int, trow: TableRow, roles: list[str | None]
) -> bool:
    """A row holding only a short title in a text column (夯实公开基础), the row after it
    numbered by a number cell or a number opening its text."""
    filled = [c for c in rows[i] if c.text.strip()]
    if len(filled) != 1 or filled[0].spanned or trow.statements or trow.deadline or trow.groups:
        return False
    if not group_title(filled[0].text) or i + 1 >= len(rows):
        return False
    nxt = rows[i + 1]
    return any(
        j < len(roles) and roles[j] == "number" and is_number_cell(c.text)
        for j, c in enumerate(nxt)
    ) or opens_numbered_row(
        [c.text for j, c in enumerate(nxt) if j < len(roles) and roles[j] in ("title", "content")]
    )


def joined_number(text: str) -> Marker | None:
    """A row number of a list's own numbering, kept as written: two numbers joined (36,37, read
    as the last), or one of up to four digits (4243: two joined, their separator lost)."""
    k = fold(text).strip()
    m = _JOINED_NUMBERS.match(k)
    if m:
        return Marker("ar_dot", int(m.group(2)), text.strip(), len(text))
    if re.fullmatch(r"\d{1,4}", k):
        return Marker("ar_dot", int(k), text.strip(), len(text))
    return None


# a column saying when a project is built (建设时间, 建设年度), its cell a bare year (2024):
# when the work is done, not a time limit
_BUILT_HEADER = re.compile(r"^建设(?:时间|年度|年份)$")
_BARE_YEAR = re.compile(r"^\d{4}年?度?$")


def _built_in_year(header_keys: list[str], j: int, text: str) -> bool:
    """A cell of a building-time column holding only a year (see _BUILT_HEADER)."""
    if j >= len(header_keys) or not _BUILT_HEADER.match(header_keys[j]):
        return False
    return bool(_BARE_YEAR.match(fold(text).replace(" ", "")))


_PLACEHOLDER = re.compile(r"^(?:[/／\\—–\-－_]+|无|暂无|空)$")
_SAME_AS_ABOVE = re.compile(r"^\s*(?:同上|同上栏|同上一项|同前)\s*[。.]?\s*$")
_SECTION_STYLES = ("cn_dun", "cn_paren")
_ROW_STYLES = ("ar_dot", "ar_paren", "ar_half", "cn_paren", "circled")


def section_marker(text: str) -> Marker | None:
    m = match_marker(text.strip())
    return (
        m if m is not None and (m.style in _SECTION_STYLES or m.style.startswith("di_")) else None
    )


def _mark_group_columns(rows: list[list[Cell]], start: int, roles: list[str | None]) -> None:
    """Text columns whose cells open with a section number (一、 （一）) before another text or
    number column are groups of the rows: each such cell is a section of the plan."""
    later = [j for j, r in enumerate(roles) if r in ("content", "number", "title")]
    numbers = [j for j, r in enumerate(roles) if r == "number"]
    for j, role in enumerate(roles):
        if role not in ("title", "content", None) or not any(k > j for k in later):
            continue
        vals = [r[j].text for r in rows[start:] if j < len(r) and r[j].text.strip()]
        vals = [v for v in vals if v.strip()]
        # before the 序号 column, cells numbered 1.… or (1)… group the rows too (二级指标)
        before_number = any(k > j for k in numbers)
        marked = [
            v
            for v in vals
            if section_marker(v)
            or (before_number and (m := match_marker(v)) and m.style in ("ar_dot", "ar_paren"))
        ]
        if vals and not numbers and marked and _bare_row_numbers(vals, marked):
            # headings standing as rows and bare row numbers (1, 2, 3) in a column the header
            # names a task column: the rows' numbers, the headings their sections
            roles[j] = "number"
            numbers.append(j)
        elif vals and len(marked) * 2 > len(vals) and not _own_task_cells(rows, start, j, roles):
            roles[j] = "group"
    _mark_numbered_spanning_columns(rows, start, roles)
    # of two 序号 columns, one holding Chinese numerals (一, 二) before the row numbers groups them
    for j in numbers[:-1]:
        vals = [r[j].text.strip() for r in rows[start:] if j < len(r) and r[j].text.strip()]
        if vals and all(_CN_NUMBER.match(fold(v)) for v in vals):
            roles[j] = "group"
    text_cols = [j for j, r in enumerate(roles) if r in ("title", "content")]
    if "group" in roles and len(text_cols) == 1:
        roles[text_cols[0]] = "content"


def _own_task_cells(rows: list[list[Cell]], start: int, j: int, roles: list[str | None]) -> bool:
    """A title column numbered （一）… whose every row prints its own cell (none spans a second
    row) over an unnumbered text cell: each cell is its row's number and title, not a group
    (a numbered 工作事项 cell over an unnumbered 具体任务 cell is one task titled by the 工作事项
    cell: README, thirtieth batch); a cell standing alone in its row (一、…) is a heading."""
    if roles[j] != "title":
        return False
    texts = [k for k, r in enumerate(roles) if r == "content" and k > j]
    if len(texts) != 1:
        return False
    rows_seen = 0
    for row in rows[start:]:
        if j >= len(row) or texts[0] >= len(row):
            return False
        filled = [c for c in row if c.text.strip()]
        if len(filled) <= 1:
            continue  # a heading standing as a row, or an empty row
        cell, text = row[j], row[texts[0]]
        m = match_marker(cell.text.strip())
        if cell.spanned or not cell.text.strip() or m is None or m.style != "cn_paren":
            return False
        if text.spanned or match_marker(text.text.strip()) is not None:
            return False
        rows_seen += 1
    return rows_seen > 0


def _mark_numbered_spanning_columns(
    rows: list[list[Cell]], start: int, roles: list[str | None]
) -> None:
    """Text columns numbered level by level (（一）… | 1.… | （1）… | 1.…): a text column whose
    cells open with a number and span rows (a row written without them) groups the rows, when a
    text column after it numbers its cells too (the last such column holds the rows' tasks)."""

    def numbered(j: int) -> bool:
        vals = [r[j].text.strip() for r in rows[start:] if j < len(r) and r[j].text.strip()]
        marked = [v for v in vals if match_marker(v) is not None]
        return bool(vals) and len(marked) * 2 > len(vals)

    texts = [j for j, r in enumerate(roles) if r in ("title", "content")]
    for j in texts[:-1]:
        spans = any(j < len(r) and r[j].spanned for r in rows[start:])
        if spans and numbered(j) and any(numbered(k) for k in texts if k > j):
            roles[j] = "group"


def _bare_row_numbers(vals: list[str], marked: list[str]) -> bool:
    """The column's cells other than its headings are two bare row numbers or more."""
    rest = [v for v in vals if v not in marked]
    return len(rest) >= 2 and all(bare_row_number(v) is not None for v in rest)


_CN_NUMBER = re.compile(r"^[一二三四五六七八九十]{1,3}$")


def _mark_spanned_header_groups(header_keys: list[str], roles: list[str | None]) -> None:
    """A text header spanning several columns (工作任务 over 主动公开 | 基础信息公开 | 行政规范):
    its columns but the last group the rows; the last holds the row's own heading."""
    for j in range(len(roles) - 1):
        spans = bool(header_keys[j]) and header_keys[j] == header_keys[j + 1]
        if roles[j] in ("title", "content") and spans:
            roles[j] = "group"
    text_cols = [j for j, r in enumerate(roles) if r in ("title", "content")]
    if "group" in roles and len(text_cols) >= 2 and roles[text_cols[0]] == "content":
        roles[text_cols[0]] = "title"


def _number_from_cells(trow: TableRow) -> None:
    """A number printed at the head of the title or text cell (``1.全面公开……``) numbers the row;
    the cell keeps its text without it. An unnumbered row whose text cell holds numbered lines
    has them for its items; a row numbered in its title cell keeps them as its text (as it keeps
    the same numbers run on one line)."""
    items = numbered_lines(trow.content) if trow.title and not trow.title_spanned else []
    if items and not _numbered_title(trow.title):
        trow.sub_items = items
        return
    for attr in ("title", "content"):
        text = getattr(trow, attr)
        m = match_marker(text) if text else None
        if m is None or m.style not in _ROW_STYLES or not text[m.end :].strip():
            continue
        if attr == "content" and trow.groups and m.style in _SECTION_STYLES:
            continue
        trow.number = m
        rest = text[m.end :].strip()
        if attr == "title":  # a heading's closing stop is no part of it (（一）深入解读。)
            rest = rest.rstrip("。") or rest
        setattr(trow, attr, rest)
        return


def _numbered_title(title: str) -> bool:
    m = match_marker(title)
    return m is not None and m.style in _ROW_STYLES and bool(title[m.end :].strip())


def numbered_lines(text: str) -> list[tuple[Marker, str]]:
    """The lines of a cell when each opens with the next number from 1 (1.… / 2.…), at least
    two of them; otherwise none."""
    lines = [ln.strip() for ln in text.split("\n") if ln.strip()]
    out: list[tuple[Marker, str]] = []
    for k, line in enumerate(lines):
        m = match_marker(line)
        if m is None or m.style not in _ROW_STYLES or m.value != k + 1:
            return []
        if out and m.style != out[0][0].style:
            return []
        out.append((m, line[m.end :].strip()))
    return out if len(out) >= 2 else []


_JOINED_NUMBERS = re.compile(r"^(\d{1,4})\s*[,，、]\s*(\d{1,4})$")


def own_row_number(text: str, after: int) -> int | None:
    """A row number of a list's own numbering greater than ``after``: a bare number (24), or
    two joined (36,37: a row holding two of the list's tasks), read as the last of them."""
    k = fold(text).strip()
    m = _JOINED_NUMBERS.match(k)
    if m and after < int(m.group(1)) < int(m.group(2)):
        return int(m.group(2))
    if not re.fullmatch(r"\d{1,4}", k):
        return None
    return int(k) if int(k) > after else None
