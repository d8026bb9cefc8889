"""Tables: recognise tables in text (pipe-separated or one cell per line) and map their columns."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .deadlines import is_stage_schedule, reads_as_deadline
from .flat_unnumbered import join_broken_headers, unnumbered_rows
from .fold import fold
from .group_cells import group_text_unit_rows
from .level_index import level_index_table
from .middle_numbers import middle_number_rows, middle_number_table
from .model import Block, Cell
from .numbering import Marker, match_bare_number, match_marker
from .runon_table import runon_table
from .statements import LABEL, is_unit_list
from .textgrid import (
    TextTable,
    align,
    build_grid,
    cell_kind,
    is_number_cell,
    place_short_row,
    read_cell_lines,
    read_row_lines,
    split_at_numbers,
    split_at_row_numbers,
)

# Header words → column role. Checked in order; the first match wins.
_ROLES: list[tuple[str, re.Pattern[str]]] = [
    # (指标序号, 任务编号: the number of the row's indicator or task)
    ("number", re.compile(r"^(?:(?:指标|任务|事项|项目)?(?:序号|编号)|序|项次|序列)$")),
    # a person, not a unit (责任领导, 分管领导, 牵头负责领导, 责任人), unless the header names the
    # unit too (责任单位及责任人)
    ("ignore", re.compile(r"^(?!.*(?:单位|部门|处室|科室)).*(?:领导|责任人|联系人|负责人)")),
    # a column reporting how the work stands (目前实施情况, 当前进度) is neither deadline nor unit
    # (完成进度, 工作进度, 落实情况说明: how far the work has come, not when it is due)
    (
        "ignore",
        re.compile(
            r"情况$|^(?:当前|目前|实际)进度|^计量单位$"
            r"|^(?:完成|工作|推进|落实|实施|整改|项目|办理|执行)进度$"
            r"|^(?!.*(?:单位|部门|处室|科室))(?:完成|推进|落实|进展|实施|整改|办理|执行)情况"
        ),
    ),
    ("deadline", re.compile(r"时限|时间|期限|时序|进度|节点|完成时")),
    # 牵头、责任部门: one column for lead and responsible units alike (its cells say which lead)
    ("units", re.compile(r"牵头[、,，及和与/]")),
    ("lead", re.compile(r"牵头|主责|主办")),
    ("support", re.compile(r"配合|协办|协助|参与|协同|协作")),
    # the body that scores or assesses the task does not carry it out (评分部门, 考核单位)
    # (its cells are placed as unit cells, their names are no units)
    ("assessor", re.compile(r"^(?:评分|考核|评价|打分|测评|评估)(?:单位|部门|处室|科室)$")),
    # the steps of the work (实施步骤, 推进步骤: 按季度序时推进) are its text, not a body
    ("content", re.compile(r"步骤$")),
    ("units", re.compile(r"责任|负责|实施|落实|承办|单位|部门|处室|科室|主体")),
    ("remarks", re.compile(r"^(?:备注|说明)$")),
    ("ignore", re.compile(r"备注|说明|分值|考核|评分|评价|领导|责任人|联系人|电话|完成情况|进展")),
    (
        "title",
        re.compile(
            r"^(?:重点任务|工作任务|主要任务|任务名称|重点工作|工作事项|任务事项|事项|"
            r"项目|项目名称|实事项目|民生实事|类别|分类|领域|任务|工作|重点领域|公开事项|工作名称|内容分类)$"
        ),
    ),
    ("content", re.compile(r"内容|措施|要求|任务|目标|举措|事项|工作|问题|分工")),
]


_NOT_HEADER = re.compile(
    r"(?:方案|要点|计划|通知|意见|办法|[,，。:：;；])$|^\d|^[一二三四五六七八九十]+[、.]"
)


_LEVEL_POINTS = re.compile(r"^[一二三四五]级要点$")


def column_role(header: str) -> str | None:
    """The role of a column from its header text, or None when it is not a header word."""
    k = re.sub(r"\s+", "", fold(header))
    # a note in brackets does not name the column (责任单位（牵头单位列第一位）), nor does the year
    # (2023年重点工作任务)
    k = re.sub(r"\([^)]*\)$", "", k) or k
    k = re.sub(r"^\d{4}年度?(?=\D{1,8}$)", "", k)
    if _LEVEL_POINTS.match(k):
        return "content"  # 一级要点 / 二级要点: the plan's points level by level, no title
    if not k or len(k) > 12 or _NOT_HEADER.search(k):
        return None
    for role, pattern in _ROLES:
        if pattern.search(k):
            return role
    return None


def header_roles(headers: list[str]) -> list[str | None]:
    """The roles of a header row's columns, each from its text and from the others."""
    roles = [column_role(h) for h in headers]
    _mark_measure_column([re.sub(r"\s+", "", fold(h)) for h in headers], roles)
    return roles


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
    _mark_measure_column(header_keys, roles)
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
            if _section_marker(row[0].text):  # a heading standing alone as a row of the table
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
                if trow.number is None and (joined := _joined(text)):
                    trow.number, own_number = joined, joined.label
                trow.number_spanned = cell.spanned
            elif role == "title":
                trow.title = text
                trow.title_spanned = cell.spanned
            elif role == "content":
                if not (cell.spanned and j > 0 and j - 1 < len(row) and row[j - 1].spanned):
                    contents.append(text)
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
        if not trow.deadline and remark and reads_as_deadline(remark):
            trow.deadline = remark  # a time limit written in the remarks column
        if trow.number is None:
            _number_from_cells(trow)
        elif (trow.number.label == own_number and not trow.title) or (
            not trow.number_spanned and "\n" in trow.content
        ):
            # a numbered row whose text cell is numbered lines ((1)… / (2)…), or a row numbered
            # by two of a list's numbers (36,37) whose text is two numbered lines: they are its
            # items
            trow.sub_items = _numbered_lines(trow.content)
        out.append(trow)
    return out


def _joined(text: str) -> Marker | None:
    """A row number of a list's own numbering, kept as written: two numbers joined (36,37, read
    as the last), or one of up to four digits (4243: two joined, their separator lost)."""
    k = fold(text).strip()
    m = _JOINED_NUMBERS.match(k)
    if m:
        return Marker("ar_dot", int(m.group(2)), text.strip(), len(text))
    if re.fullmatch(r"\d{1,4}", k):
        return Marker("ar_dot", int(k), text.strip(), len(text))
    return None


_PLACEHOLDER = re.compile(r"^(?:[/／\\—–\-－_]+|无|暂无|空)$")
_SAME_AS_ABOVE = re.compile(r"^\s*(?:同上|同上栏|同上一项|同前)\s*[。.]?\s*$")
_SECTION_STYLES = ("cn_dun", "cn_paren")
_ROW_STYLES = ("ar_dot", "ar_paren", "ar_half", "cn_paren", "circled")


def _section_marker(text: str) -> Marker | None:
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
            if _section_marker(v)
            or (before_number and (m := match_marker(v)) and m.style in ("ar_dot", "ar_paren"))
        ]
        if vals and len(marked) * 2 > len(vals):
            roles[j] = "group"
    # of two 序号 columns, one holding Chinese numerals (一, 二) before the row numbers groups them
    for j in numbers[:-1]:
        vals = [r[j].text.strip() for r in rows[start:] if j < len(r) and r[j].text.strip()]
        if vals and all(_CN_NUMBER.match(fold(v)) for v in vals):
            roles[j] = "group"
    text_cols = [j for j, r in enumerate(roles) if r in ("title", "content")]
    if "group" in roles and len(text_cols) == 1:
        roles[text_cols[0]] = "content"


_CN_NUMBER = re.compile(r"^[一二三四五六七八九十]{1,3}$")


_TIME_LIMIT_HEADER = re.compile(r"时限|期限|完成时间|时间节点")


def _mark_measure_column(header_keys: list[str], roles: list[str | None]) -> None:
    """A column headed only 单位 beside another unit column (责任部门) gives the unit of measure
    of a target (万亩, %), not a body. A schedule column (分月序时进度, 时间进度) beside one of
    the time limit (完成时限) sets out stages, not the deadline."""
    timed = [j for j, r in enumerate(roles) if r == "deadline"]
    if len(timed) >= 2 and any(
        j < len(header_keys) and _TIME_LIMIT_HEADER.search(header_keys[j]) for j in timed
    ):
        for j in timed:
            if j < len(header_keys) and not _TIME_LIMIT_HEADER.search(header_keys[j]):
                roles[j] = "ignore"
    bodies = [j for j, r in enumerate(roles) if r in ("units", "lead", "support")]
    if len(bodies) < 2:
        return
    for j in bodies:
        if j < len(header_keys) and header_keys[j] == "单位":
            roles[j] = "ignore"


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
    items = _numbered_lines(trow.content) if trow.title and not trow.title_spanned else []
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
        setattr(trow, attr, text[m.end :].strip())
        return


def _numbered_title(title: str) -> bool:
    m = match_marker(title)
    return m is not None and m.style in _ROW_STYLES and bool(title[m.end :].strip())


def _numbered_lines(text: str) -> list[tuple[Marker, str]]:
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


def _pipe_table(lines: list[str], start: int) -> tuple[list[list[Cell]], int]:
    """Read a table copied out of a web page: one cell per line, '|' between cells,
    two '|' lines between rows. Returns the rows and the index after the table."""
    rows: list[list[str]] = []
    cell: list[str] = []
    row: list[str] = []
    i = start
    pipes = 0
    while i < len(lines):
        line = lines[i]
        if line == "|":
            pipes += 1
            if cell:
                row.append("\n".join(cell))
                cell = []
            elif pipes >= 2 and row:
                rows.append(row)
                row = []
            i += 1
            continue
        if pipes == 0 and row == [] and cell == []:
            break
        if pipes == 0:  # text after the table's last '|'
            break
        pipes = 0
        cell.append(line)
        i += 1
    if cell:
        row.append("\n".join(cell))
    if row:
        rows.append(row)
    width = max((len(r) for r in rows), default=0)
    grid: list[list[Cell]] = []
    for r in rows:
        missing = width - len(r)
        cells = [Cell(c) for c in r]
        if missing > 0 and len(r) == 1 and width >= 3 and _section_marker(r[0]):
            # a numbered group heading on a row of its own (一、围绕…), not the last cell of
            # a row under cells spanning from above
            cells += [Cell("") for _ in range(missing)]
        elif missing > 0 and grid and _next_number(grid[-1][0].text, r[0]):
            # the next row by its number, cut short (the copy ends inside it): its cells from
            # the left
            cells += [Cell("") for _ in range(missing)]
        elif missing > 0 and grid:  # cells of a rowspan appear only in the first row
            cells = [Cell(grid[-1][k].text, spanned=True) for k in range(missing)] + cells
        grid.append(cells)
    return grid, i


def _next_number(above: str, text: str) -> bool:
    """``text`` is a bare row number following ``above``'s (4 then 5)."""
    if not (is_number_cell(above) and is_number_cell(text)):
        return False
    a, b = match_bare_number(above), match_bare_number(text)
    return a is not None and b is not None and b.value == a.value + 1


def _bar_groups(lines: list[str], start: int) -> tuple[list[list[str]], int]:
    """The cells of a copy opening with a '|' line (at ``start``): a cell is the lines between
    two '|' lines, two '|' lines end a row; the copy ends at a text that no '|' line closes
    within a few lines, or whose lines hold a section heading. Returns the rows and the index
    after the last '|' line."""
    rows: list[list[str]] = []
    row: list[str] = []
    i = end = start + 1
    while i < len(lines) and lines[i] != "|":
        close = next(
            (j for j in range(i + 1, min(len(lines), i + _CELL_LINES)) if lines[j] == "|"), None
        )
        if close is None or any(_section_marker(ln) for ln in lines[i + 1 : close]):
            break
        row.append("\n".join(lines[i:close]))
        if close + 1 < len(lines) and lines[close + 1] == "|":
            rows.append(row)
            row = []
            close += 1
        i = end = close + 1
    if row:
        rows.append(row)
    return rows, end


def _bar_first_cells_on_lines(
    lines: list[str], start: int, grid: list[list[Cell]], end: int
) -> tuple[list[list[Cell]], int] | None:
    """A copy opening with a '|' line that its reader misread: a cell over several lines ended
    the table, or a row written without its last cell (a time limit spanning rows) was padded at
    its front. Read as the same copy without its opening '|' line, when that reading holds
    exactly the bar-separated groups: as many rows, each of the header's cell count or one cell
    fewer, and the same end."""
    rows, bar_end = _bar_groups(lines, start)
    # the reader took the section heading after the table's last bar for a cell
    heading_after = end == bar_end + 1 and _section_marker(lines[bar_end]) is not None
    if len(rows) < 2 or (end > bar_end and not heading_after):
        return None
    width = len(rows[0])
    if width < 3 or not all(width - 1 <= len(r) <= width for r in rows[1:]):
        return None
    if end == bar_end and not any(len(r) < width for r in rows):
        return None
    found = _flattened_table(lines, start + 1)
    if found is None:
        return None
    alt, alt_end = found
    if len(alt) != len(rows) or alt_end != bar_end or len(alt[0]) != width:
        return None
    if end == bar_end:  # read whole: only its short rows may be misread
        for written, read in zip(rows, alt, strict=True):
            last_missing = read[-1].spanned and not any(c.spanned for c in read[:-1])
            if len(written) < width and not last_missing:
                return None
    return alt, alt_end


_CELL_LINES = 12  # the most lines a cell broken by line breaks is taken to run over


def _flat_table(lines: list[str], start: int, width: int) -> tuple[list[list[Cell]], int]:
    """Read a table flattened to one cell per line, rows starting at a bare number."""
    grid: list[list[Cell]] = [[Cell(lines[start + k]) for k in range(width)]]
    i = start + width
    expected = 1
    # rows numbered by a list's own numbers (22, 24, 30 …, 36,37 for a row of two), rising
    own = _own_numbers(lines, i, width)
    while i < len(lines):
        if _heading_before_row(lines, i, expected):  # 一、推进决策公开 standing as a row
            grid.append([Cell(lines[i])] + [Cell("") for _ in range(width - 1)])
            i += 1
        num = match_bare_number(lines[i])
        if own:
            value = _own_row_number(lines[i], expected - 1)
            if value is None:
                break
            expected = value
            num = _joined(lines[i])
        if not num or num.value != expected:
            break
        j = i + 1
        while j < len(lines):
            nxt = match_bare_number(lines[j])
            if own:
                if j - i >= width and _own_row_number(lines[j], expected) is not None:
                    break
            elif nxt and nxt.value == expected + 1:
                break
            j += 1
        if j < len(lines) and j - 1 > i + 1 and _heading_before_row(lines, j - 1, expected + 1):
            j -= 1  # the next row opens under a heading of its own
        cells = lines[i + 1 : j]
        lead = width - 1
        extra = 0  # lines joined into one cell
        if own:  # 36,37 / 1、… / 2、… / 持续推进: the numbered lines are one text cell
            joined = _join_numbered_lines(cells, lead, j >= len(lines))
            extra = len(cells) - len(joined)
            cells = joined
        labelled = _label_lines_in_cells(cells, lead)
        # 牵头单位：… / 完成时限：… lines inside the row's last cell
        if labelled is not None and (j >= len(lines) or labelled[1] == len(cells)):
            cells, used = labelled
            j = i + 1 + used
        elif j >= len(lines):  # last row: keep only what fits, the rest is text after the table
            sub = [k for k, c in enumerate(cells) if _sub_start(c, num.value)]
            split = _split_title_chunks(cells, lead)
            if split is not None:
                keep = 1 + sum(len(ch) for ch in split)
            elif sub:
                keep = len(cells)
                last = sub[-1]
                keep = min(len(cells), last + 2)
            elif _units_on_two_lines(cells, lead):
                keep = lead + 1  # unit names on two lines in the last row
            else:
                keep = min(len(cells), lead)
            j = i + 1 + keep + extra
            cells = cells[:keep]
        roles = header_roles([c.text for c in grid[0]])
        cells = _merge_unit_runs(cells, roles[1:])
        for row in _rows_by_time_limits(lines[i], cells, roles) or _split_flat_row(
            lines[i], _merge_unit_lines(cells, width - 1), width, num.value
        ):
            if len(row) < width and not any(c.spanned for c in row):
                # cells spanning rows appear only in the first of them
                row = place_short_row([c.text for c in row], roles, [c.text for c in grid[-1]])
            grid.append(row)
        i = j
        expected += 1
    return grid, i


_JOINED_NUMBERS = re.compile(r"^(\d{1,4})\s*[,，、]\s*(\d{1,4})$")


def _join_numbered_lines(cells: list[str], lead: int, last: bool) -> list[str]:
    """A row with more cells than columns whose first cells are numbered lines 1、… 2、…: one
    text cell, when joining them leaves as many cells as columns (or more, in the last row,
    whose cells run on into the text after the table)."""
    items = 0
    while items < len(cells) and _numbered_lines("\n".join(cells[: max(2, items + 1)])):
        items = max(2, items + 1)
    if items < 2:
        return cells
    joined = ["\n".join(cells[:items]), *cells[items:]]
    if len(joined) == lead or (last and len(joined) > lead):
        return joined
    return cells


def _own_row_number(text: str, after: int) -> int | None:
    """A row number of a list's own numbering greater than ``after``: a bare number (24), or
    two joined (36,37: a row holding two of the list's tasks), read as the last of them."""
    k = fold(text).strip()
    m = _JOINED_NUMBERS.match(k)
    if m and after < int(m.group(1)) < int(m.group(2)):
        return int(m.group(2))
    if not re.fullmatch(r"\d{1,4}", k):
        return None
    return int(k) if int(k) > after else None


def _own_numbers(lines: list[str], i: int, width: int) -> bool:
    """Whether a table flattened one cell per line numbers its rows by a list's own numbers
    (22, 24, 30 …) rather than 1, 2, 3: its first two rows, each of a full row's cells, open
    with rising numbers, the first not 1."""
    if i + 2 * width > len(lines):
        return False
    first = _own_row_number(lines[i], 1)
    if first is None:
        return False
    second = _own_row_number(lines[i + width], first)
    return second is not None and all(
        _own_row_number(lines[i + k], first) is None for k in range(1, width)
    )


def _leading_group_headers(lines: list[str], i: int) -> int:
    """Header cells naming no known column (一级指标, 二级指标) before a 序号 header of a table
    flattened one cell per line: their number, or 0."""
    for g in range(1, 4):
        if i + g >= len(lines):
            return 0
        head = re.sub(r"\s+", "", lines[i + g - 1])
        if column_role(head) or not _HEADER_WORD.match(head) or match_marker(head):
            return 0
        if _NOT_HEADER.search(head):
            return 0
        width = flat_header_width(lines, i + g) if column_role(lines[i + g]) == "number" else 0
        if width >= 3:
            # the first row opens with its group cell (一、依法全面履行政府职能)
            first = i + g + width
            return g if first < len(lines) and _group_line(lines[first]) else 0
    return 0


def _group_line(text: str) -> bool:
    """A group cell opening with its number (一、… （一）… 1.…), not a bare row number."""
    m = match_marker(text.strip())
    return m is not None and not is_number_cell(text) and len(text.strip()) <= 60


def _flat_table_with_groups(
    lines: list[str], start: int, groups: int
) -> tuple[list[list[Cell]], int]:
    """A table one cell per line whose group columns (一级指标 / 二级指标) come before the 序号
    column: a row's group cells stand before its number, and only on the first row of each group;
    rows are cut at the numbers 1, 2, 3 …"""
    width = groups + flat_header_width(lines, start + groups)
    header = [Cell(lines[start + k]) for k in range(width)]
    roles = header_roles([c.text for c in header])
    grid: list[list[Cell]] = [header]
    i, expected = start + width, 1
    while i < len(lines):
        lead: list[str] = []
        while i < len(lines) and len(lead) < groups and _group_line(lines[i]):
            lead.append(lines[i])
            i += 1
        num = match_bare_number(lines[i]) if i < len(lines) and is_number_cell(lines[i]) else None
        if num is None or num.value != expected:
            i -= len(lead)
            break
        j = i + 1
        while j < len(lines):
            nxt = match_bare_number(lines[j]) if is_number_cell(lines[j]) else None
            if nxt is not None and nxt.value == expected + 1:
                break
            j += 1
        end = j
        while end < len(lines) and end - 1 > i and _group_line(lines[end - 1]):
            end -= 1  # the next row's group cells
        after = width - groups - 1
        cells = lines[i + 1 : end] if end < len(lines) else lines[i + 1 : i + 1 + after]
        end = i + 1 + len(cells) if end >= len(lines) else end
        texts = [*lead, lines[i], *_merge_unit_runs(cells, roles[groups + 1 :])]
        row = [Cell(t) for t in texts[:width]]
        if len(row) < width:
            row = place_short_row(texts, roles, [c.text for c in grid[-1]])
        grid.append(row)
        i, expected = end, expected + 1
    return grid, i


def _merge_unit_runs(cells: list[str], roles: list[str | None]) -> list[str]:
    """Unit names on lines of their own (文化宣传股 / 文化馆 / 图书馆) running beyond the table's
    unit columns: the last unit column holds the rest of them."""
    bodies = [r for r in roles if r in _UNIT_ROLES or r == "assessor"]
    columns = len(bodies)
    if columns == 0:
        return cells
    # a last column naming who scores the task holds one line; the lines beyond go to the unit
    # column before it
    keep_last = columns >= 2 and bodies[-1] == "assessor"
    out: list[str] = []
    run = 0
    for k, cell in enumerate(cells):
        if cell_kind(cell) == "units":
            run += 1
            if run > columns:
                if keep_last and (k + 1 == len(cells) or cell_kind(cells[k + 1]) != "units"):
                    out[-2] += "\n" + out[-1]
                    out[-1] = cell
                else:
                    out[-1] += "\n" + cell
                continue
        else:
            run = 0
        out.append(cell)
    return out


def _label_lines_in_cells(cells: list[str], lead: int) -> tuple[list[str], int] | None:
    """A row of a table one cell per line whose last cell holds statement lines after its
    text (``健全…。`` / ``牵头单位：县司法局`` / ``完成时限：6月底前``): the row's ``lead`` cells,
    the last with its label lines, and the number of lines they take; None when the row has no
    such lines right after its first ``lead`` cells."""
    if lead < 1 or len(cells) <= lead:
        return None
    used = lead
    while used < len(cells) and LABEL.match(fold(cells[used]).strip()):
        used += 1
    if used == lead:
        return None
    return cells[: lead - 1] + ["\n".join(cells[lead - 1 : used])], used


def _flat_table_numbered_in_cells(
    lines: list[str], start: int, width: int
) -> tuple[list[list[Cell]], int]:
    """A table one cell per line without a 序号 column, each row's number printed at the head of
    its first cell (工作任务 / 具体内容 / 责任单位 / 完成时限, then ``1.加强…`` / ``做好…。`` /
    ``县政府办`` / ``6月底前``): rows run from one number to the next."""
    grid: list[list[Cell]] = [[Cell(lines[start + k]) for k in range(width)]]
    i, expected = start + width, 1
    while i < len(lines):
        heads: list[str] = []
        while _heading_before_row(lines, i + len(heads), expected):
            heads.append(lines[i + len(heads)])
        if i + len(heads) >= len(lines) or not _opens_row(lines[i + len(heads)], expected):
            break
        first, i = i, i + len(heads)
        j = i + 1
        while j < len(lines) and not _opens_row(lines[j], expected + 1):
            j += 1
        while j < len(lines) and j - 1 > i + 1 and _heading_before_row(lines, j - 1, expected + 1):
            j -= 1
        cells = [lines[i], *_merge_unit_lines(lines[i + 1 : j], width - 1)]
        labelled = _label_lines_in_cells(lines[i + 1 : j], width - 1)
        if labelled is not None and (j >= len(lines) or labelled[1] == j - i - 1):
            cells = [lines[i], *labelled[0]]
            j = i + 1 + labelled[1]
        elif j >= len(lines):  # the last row: the lines after its cells are text after the table
            cells = lines[i : i + width]
            j = i + len(cells)
        # several headings are rows of their own only when the row fills the columns without
        # them (else they may be its group cells: 一、… / （一）… / 1.… / 单位)
        if len(cells) < 2 or (len(heads) >= 2 and len(cells) < width):
            i = first
            break
        grid.extend([Cell(h)] + [Cell("") for _ in range(width - 1)] for h in heads)
        grid.append([Cell(c) for c in cells])
        i, expected = j, expected + 1
    return grid, i


def _opens_row(text: str, expected: int) -> bool:
    """A cell opening with the row number ``expected`` printed before its text (``1.加强…``)."""
    m = match_marker(text)
    return m is not None and m.style == "ar_dot" and m.value == expected and bool(text[m.end :])


def _heading_before_row(lines: list[str], i: int, expected: int) -> bool:
    """A section heading (一、… （二）…) standing alone as a row of a table without separators,
    right before the row numbered ``expected`` or before a heading of a lower level that stands
    before it (``一、…`` / ``（一）…`` / ``1.…``)."""
    text = lines[i].strip()
    m = _section_marker(text)
    if m is None or len(text) > 40 or "。" in text.rstrip("。") or i + 1 >= len(lines):
        return False
    first = lines[i + 1].split(" ")[0]
    num = match_bare_number(first) if is_number_cell(first) else None
    if (num is not None and num.value == expected) or _opens_row(first, expected):
        return True
    below = _section_marker(lines[i + 1].strip())
    lower = below is not None and below.style != m.style and m.style == "cn_dun"
    return lower and _heading_before_row(lines, i + 1, expected)


def _merge_unit_lines(cells: list[str], lead: int) -> list[str]:
    """Unit names on lines of their own (县民政局 / 县财政局) in a row with more cells than the
    header: one cell of the units column, when joining them leaves as many cells as columns."""
    if len(cells) <= lead:
        return cells
    merged = list(cells)
    while len(merged) > lead:  # the last unit column (配合单位) is the likelier to hold several
        pair = next(
            (
                k
                for k in range(len(merged) - 2, -1, -1)
                if cell_kind(merged[k]) == "units" == cell_kind(merged[k + 1])
            ),
            None,
        )
        if pair is None:
            break
        merged[pair : pair + 2] = [merged[pair] + "\n" + merged[pair + 1]]
    return merged if len(merged) == lead else cells


def _units_on_two_lines(cells: list[str], lead: int) -> bool:
    """The row's cells hold one more than the columns, two unit names on lines of their own,
    and end at a time limit (so the line after them is not taken into the row)."""
    merged = _merge_unit_lines(cells[: lead + 1], lead)
    return len(cells) > lead and len(merged) == lead and cell_kind(merged[-1]) == "time"


def _rows_by_time_limits(
    number: str, cells: list[str], roles: list[str | None]
) -> list[list[Cell]] | None:
    """A number cell spanning rows with a time limit each (``5 | 项目 | 内容 | 单位 | 6月底前`` then
    ``内容 | 11月底前``), the table's last column being the time limit: the first row has every
    cell; each later row ends at its time limit, and the columns it lacks span from the first."""
    lead = len(roles) - 1
    if lead < 2 or roles[-1] != "deadline" or len(cells) <= lead:
        return None
    used, first = lead, cells[:lead]
    if cell_kind(first[-1]) != "time":  # unit names on two lines: one cell more
        used, first = lead + 1, _merge_unit_lines(cells[: lead + 1], lead)
    if len(first) != lead or cell_kind(first[-1]) != "time":
        return None
    groups: list[list[str]] = []
    group: list[str] = []
    for c in cells[used:]:
        group.append(c)
        if cell_kind(c) == "time":
            groups.append(group)
            group = []
    if group or not groups or any(len(g) >= lead for g in groups):
        return None
    rows = [[Cell(number)] + [Cell(c) for c in first]]
    for g in groups:
        cols = align(g, roles[1:], [True] * lead)
        row = [Cell(number, spanned=True)] + [Cell(first[j], spanned=True) for j in range(lead)]
        for c, j in zip(g, cols, strict=False):
            row[j + 1] = Cell(c)
        rows.append(row)
    return rows


_HEADER_WORD = re.compile(r"^[^。；;,，:：、]{1,12}$")


_NOT_GROUP_ROLES = ("number", "units", "lead", "support", "deadline")


def _group_before_first_row(lines: list[str], i: int, j: int) -> bool:
    """Line ``j`` after header cells ``i`` … that name a unit column is the first row's group cell,
    not one more header cell, though a word of it names a column (明确工作机构及领导职责): a
    heading longer than header words, right before the first row's text ``1.…``."""
    if j + 1 >= len(lines) or not any(column_role(ln) in _UNIT_ROLES for ln in lines[i:j]):
        return False
    k = re.sub(r"\s+", "", lines[j])
    first = match_marker(lines[j + 1].strip())
    return (
        len(k) >= 8
        and column_role(k) not in _NOT_GROUP_ROLES
        and match_marker(k) is None
        and first is not None
        and first.style == "ar_dot"
        and first.value == 1
        and len(lines[j + 1].strip()) > first.end + 4
    )


def flat_header_width(lines: list[str], i: int) -> int:
    """The number of header cells of a table flattened one cell per line, starting at ``i``:
    the lines naming columns; or, when a header cell names no known column (总投资（万元）,
    建设地点), every short line up to the first row's number 1."""
    width = 0
    while i + width < len(lines) and column_role(lines[i + width]) and width < 12:
        if _group_before_first_row(lines, i, i + width):
            break
        width += 1
    if width == 0 or column_role(lines[i]) != "number":
        return width
    end = i + width
    while end < len(lines) and end - i < 12 and not is_number_cell(lines[end]):
        if not _HEADER_WORD.match(re.sub(r"\s+", "", lines[end])) or match_marker(lines[end]):
            return width
        end += 1
    first = match_bare_number(lines[end]) if end < len(lines) and end - i < 12 else None
    return end - i if first is not None and first.value == 1 else width


def _sub_start(text: str, parent: int) -> bool:
    m = match_marker(text)
    return bool(m and m.style == "ar_sub" and m.parent_value == parent)


_HEADING_CELL = re.compile(r"^[^。；;,，:：]{2,25}$")


def _split_title_chunks(cells: list[str], lead: int) -> list[list[str]] | None:
    """A task column split in two (重点任务 | 子项): the row's first cell is its group heading and
    each sub-row brings its own heading and a full set of the other columns. Returns the sub-rows'
    cells (a last one cut off by the end of the text kept when it starts with a heading), or None.
    """
    if len(cells) <= lead or lead < 3:
        return None
    if not (_HEADING_CELL.match(cells[0].strip()) and _HEADING_CELL.match(cells[1].strip())):
        return None
    rest = cells[1:]
    chunks = [rest[k : k + lead] for k in range(0, len(rest), lead)]
    if len(chunks[-1]) < lead and not _HEADING_CELL.match(chunks[-1][0].strip()):
        chunks.pop()
    return chunks or None


def _split_flat_row(number: str, cells: list[str], width: int, value: int) -> list[list[Cell]]:
    lead = width - 1
    if len(cells) <= lead:
        return [[Cell(number)] + [Cell(c) for c in cells]]
    starts = [k for k, c in enumerate(cells) if _sub_start(c, value)]
    split = None if starts else _split_title_chunks(cells, lead)
    if split is not None:  # the sub-row's heading opens its text; the group heading is shared
        rows = []
        for n, chunk in enumerate(split):
            merged = ["\n".join(chunk[:2])] + chunk[2:] if len(chunk) > 1 else chunk
            rows.append(
                [Cell(number, spanned=n > 0), Cell(cells[0], spanned=n > 0)]
                + [Cell(c) for c in merged]
            )
        return rows
    if starts:
        chunks = [cells[a:b] for a, b in zip(starts, starts[1:] + [len(cells)], strict=False)]
        shared = cells[: starts[0]]
    else:
        extra = len(cells) - lead
        w = next((w for w in range(lead - 1, 0, -1) if extra % w == 0), 1)
        shared = cells[: lead - w]
        rest = cells[lead - w :]
        chunks = [rest[k : k + w] for k in range(0, len(rest), w)]
    rows = []
    for n, chunk in enumerate(chunks):
        prefix = [Cell(number, spanned=n > 0)] + [Cell(s, spanned=n > 0) for s in shared]
        rows.append(prefix + [Cell(c) for c in chunk])
    return rows


def find_text_tables(blocks: list[Block]) -> list[Block]:
    """Turn pipe-separated or one-cell-per-line tables among paragraph blocks into table blocks."""
    lines = [b.text for b in blocks]
    out: list[Block] = []
    i = 0
    while i < len(blocks):
        if blocks[i].kind != "para":
            out.append(blocks[i])
            i += 1
            continue
        runon = runon_table(lines, i, column_role)
        if runon is not None and map_table(runon[1]) is not None:
            title, grid, end = runon
            out.extend([Block("para", title)] if title else [])
            out.append(Block("table", rows=grid))
            i = end
            continue
        if lines[i] == "|" and lines[i + 1 : i + 40].count("|") >= 4:
            grid, end = _pipe_table(lines, i)
            grid, end = _bar_first_cells_on_lines(lines, i, grid, end) or (grid, end)
            if grid and map_table(grid) is not None:
                out.append(Block("table", rows=grid))
                i = end
                continue
        found = _flattened_table(lines, i) or _spaced_table(lines, i)
        if found is not None:
            grid, end = found
            out.append(Block("table", rows=grid))
            i = end
            continue
        found = level_index_table(lines, i)
        if found is not None and map_table(found[0]) is not None:
            grid, end = found
            out.append(Block("table", rows=grid))
            i = end
            continue
        groups = _leading_group_headers(lines, i)
        if groups:  # 一级指标 / 二级指标 / 序号 / 主要任务 / 牵头、责任部门
            grid, end = _flat_table_with_groups(lines, i, groups)
            if len(grid) > 1 and map_table(grid) is not None:
                out.append(Block("table", rows=grid))
                i = end
                continue
        width = flat_header_width(lines, i)
        if width >= 3:
            roles = [column_role(x) for x in lines[i : i + width]]
            grid = []
            middle = None
            if roles[0] == "number" and roles[1:].count("number"):
                # a second row-number column in the middle (序号 | 类别 | 序号 | …), no bars
                middle = middle_number_table(lines[i:], width, header_roles(lines[i : i + width]))
            if middle is not None and map_table(middle[0]) is not None:
                grid, end = middle[0], i + middle[1]
            elif roles[0] == "number" and {"units", "lead", "content", "title"} & set(roles):
                grid, end = _flat_table(lines, i, width)
            elif roles[0] in ("title", "content") and {"units", "lead"} & set(roles):
                grid, end = _flat_table_numbered_in_cells(lines, i, width)
                found = group_text_unit_rows(lines[i:], roles)
                # group / text / unit cells without row numbers, when they read further
                if found is not None and (len(grid) < 2 or i + found[1] > end):
                    grid, end = found[0], i + found[1]
            if len(grid) > 1:
                out.append(Block("table", rows=grid))
                i = end
                continue
        found = _name_text_time_table(lines, i) or _unnumbered_table(lines, i)
        if found is not None:
            grid, end = found
            out.append(Block("table", rows=grid))
            i = end
            continue
        out.append(blocks[i])
        i += 1
    return out


def _unnumbered_table(lines: list[str], i: int) -> tuple[list[list[Cell]], int] | None:
    """A table one cell per line, its rows unnumbered, the name column first (项目 / 名称 / 内容 /
    牵头单位 / 进展情况 / (7月)): flat_unnumbered. With no header cell broken over lines, two
    rows at least, so that a header and one paragraph after it make no table."""
    joined = join_broken_headers(lines, i, column_role)
    if joined is None:
        return None
    header, used, broken = joined
    roles = header_roles(header)
    if roles[0] != "title":
        return None
    rows, end = unnumbered_rows(lines, i + used, roles, cell_kind)
    grid = [[Cell(c) for c in header], *([Cell(c) for c in row] for row in rows)]
    if len(rows) < (1 if broken else 2) or map_table(grid) is None:
        return None
    return grid, end


_NAME_LINE = re.compile(r"^[^。；;,，:：、|]{1,10}$")


def _name_line(line: str) -> bool:
    k = re.sub(r"\s+", "", line)
    if not _NAME_LINE.match(k) or is_number_cell(k) or match_marker(k) is not None:
        return False
    return cell_kind(k) != "time"


def _text_line(line: str) -> bool:
    k = re.sub(r"\s+", "", line)
    if cell_kind(k) == "time":
        return False
    return k.endswith("。") or len(k) > 12 or match_marker(k) is not None


def _name_text_time_table(lines: list[str], i: int) -> tuple[list[list[Cell]], int] | None:
    """A table flattened one cell per line under a two-cell header, a task text header spanning
    the name and text columns and a time-limit header (任务目标 / 完成时限), without a number or a
    unit column: each row is a short name (on one line or broken over a few), its text (one line
    or numbered lines) and a time limit that rows under it may leave out (it spans them)."""
    text_roles = ("title", "content")
    if i + 2 >= len(lines) or column_role(lines[i]) not in text_roles:
        return None
    # the name and text columns under one header (任务目标) or two (工作任务 / 工作目标)
    width = 3 if column_role(lines[i + 1]) in text_roles else 2
    if i + width >= len(lines) or column_role(lines[i + width - 1]) != "deadline":
        return None
    if column_role(lines[i + width]) in ("number", "deadline", "units", "lead", "support", "title"):
        return None
    rows: list[list[Cell]] = []
    j, times = i + width, 0
    while j < len(lines):
        k = j
        while k < len(lines) and k - j < 3 and _name_line(lines[k]):
            k += 1
        names = lines[j:k]
        texts: list[str] = []
        while k < len(lines) and names and _text_line(lines[k]):
            texts.append(lines[k])
            k += 1
        if not names or not texts:
            break
        time = Cell("")
        if k < len(lines) and cell_kind(lines[k]) == "time":
            time = Cell(lines[k])
            times += 1
            k += 1
        elif rows and rows[-1][2].text:
            time = Cell(rows[-1][2].text, spanned=True)
        name = "".join(re.sub(r"\s+", "", n) for n in names)
        rows.append([Cell(name), Cell("\n".join(texts)), time])
        j = k
    if len(rows) < 2 or times == 0:
        return None
    if width == 3:
        return [[Cell(x) for x in lines[i : i + 3]], *rows], j
    # the task header spans the name and text columns: the name column is the row's title
    header = [Cell("任务"), Cell(lines[i]), Cell(lines[i + 1])]
    return [header, *rows], j


_USEFUL = {"units", "lead", "content", "title"}
_UNIT_ROLES = ("units", "lead", "support")


def _header_like(cells: list[str]) -> bool:
    roles = [column_role(c) for c in cells if c.strip()]
    return sum(1 for r in roles if r) >= 2 and bool(_USEFUL & set(roles))


def _roles_of(header: list[str]) -> list[str | None]:
    return header_roles(header)


def _flattened_table(lines: list[str], i: int) -> tuple[list[list[Cell]], int] | None:
    """A table flattened by copying a web page, starting with its header at line ``i``."""
    joined = _header_on_two_lines(lines, i)
    if joined is not None:  # read as if the header were one line; its end one line later
        found = _flattened_table([*lines[:i], joined, *lines[i + 2 :]], i)
        return (found[0], found[1] + 1) if found is not None else None
    line = lines[i]
    pipe = "|" in line or "｜" in line
    table: TextTable | None = None
    if pipe and _header_like(_split_pipes(line)):
        table = read_row_lines(lines, i)
    elif pipe or (i + 1 < len(lines) and lines[i + 1].strip() in ("|", "｜")):
        head = [c for ln in lines[i : i + 12] for c in _split_pipes(ln) if c.strip()][:6]
        if column_role(head[0] if head else "") and _header_like(head):
            table = read_cell_lines(lines, i)
    if table is None:
        return None
    rows = table.rows
    if table.breaks:  # the copy kept row ends, but lost some of them
        rows = _split_header_row(rows)
        width = len(rows[0])
        rows = [rows[0]] + [part for r in rows[1:] for part in split_at_row_numbers(r, width)]
    if not table.breaks and len(rows) == 1:
        cells = rows[0]
        # the header runs up to row 1's number when a header cell names no known column
        header = flat_header_width(cells, 0)
        middle = middle_number_rows(cells, header, header_roles(cells[:header]))
        if middle is not None and map_table(middle) is not None:
            return middle, table.end  # the row-number column in the middle (序号 | 类别 | 序号)
        split = split_at_numbers(cells, header) or _split_by_width(cells, header)
        if split is None:
            return _group_cells_stream(cells, table.end)
        rows = split
    grid = build_grid(rows, _roles_of)
    if grid is None or map_table(grid) is None:
        return None
    return grid, table.end


def _header_on_two_lines(lines: list[str], i: int) -> str | None:
    """A header row of cells set apart by '|' broken over two lines (``工作任务 | 具体要求`` /
    ``| 责任单位 |``, or ``责任单位`` alone when the copy set cells apart by tabs): the first does
    not end in '|', the second opens with one or holds none, and holds only header words. The
    two lines joined, or None."""
    line = lines[i].rstrip()
    if i + 1 >= len(lines) or "|" not in line or line.endswith(("|", "｜")):
        return None
    nxt = lines[i + 1].strip()
    opens = nxt.startswith(("|", "｜"))
    if not opens and ("|" in nxt or "｜" in nxt):
        return None
    more = [c for c in _split_pipes(nxt) if c]
    if not more or not all(column_role(c) for c in more):
        return None
    if not _header_like([*_split_pipes(line), *more]):
        return None
    return f"{line} {nxt}" if opens else f"{line} | {nxt}"


def _group_cells_stream(cells: list[str], end: int) -> tuple[list[list[Cell]], int] | None:
    """A stream of cells without row ends read as group / text / unit cells (group_cells): the
    header is the cells up to the unit column; only when the reading takes every cell."""
    unit = next((k for k, c in enumerate(cells[:6]) if column_role(c) in _UNIT_ROLES), None)
    if unit != 2:
        return None
    found = group_text_unit_rows(cells, header_roles(cells[:3]))
    if found is None or found[1] != len(cells):
        return None
    return found[0], end


_KIND_OF_ROLE = {
    "deadline": ("time",),
    "units": ("units",),
    "lead": ("units",),
    "support": ("units",),
}


def _split_by_width(cells: list[str], header: int) -> list[list[str]] | None:
    """Cells without row ends and without row numbers: rows of as many cells as the header, when
    each full row holds a time limit and units in their columns (a last row may be cut off)."""
    if header < 2:
        return None
    roles = _roles_of(cells[:header])
    checked = [(j, _KIND_OF_ROLE[r]) for j, r in enumerate(roles) if r in _KIND_OF_ROLE]
    body = cells[header:]
    rows = [body[k : k + header] for k in range(0, len(body), header)]
    full = [r for r in rows if len(r) == header]
    if not checked or not full:
        return None
    if not all(cell_kind(r[j]) in kinds for r in full for j, kinds in checked):
        return None
    return [cells[:header], *rows]


def _split_header_row(rows: list[list[str]]) -> list[list[str]]:
    """A header row that runs on into the first row or heading (the copy lost the row end after
    ``完成进展 |``, before ``一、加强… |`` or ``24 |``): the header ends before the first cell
    that is a printed number or a numbered heading, when every cell before it reads as a header
    cell (short, no sentence) and at least two name a column."""
    cells = rows[0]
    for h in range(2, len(cells)):
        text = cells[h].strip()
        if not (is_number_cell(text) or (match_marker(text) and column_role(text) is None)):
            continue
        head = cells[:h]
        short = all(len(re.sub(r"\s+", "", c)) <= 12 and "。" not in c for c in head)
        if short and sum(1 for c in head if column_role(c)) >= 2:
            return [head, cells[h:], *rows[1:]]
        break
    return rows


def _split_pipes(line: str) -> list[str]:
    return [p.strip() for p in re.split(r"[|｜]", line)]


def _unit_cell_goes_on(line: str, nxt: str, roles: list[str | None]) -> bool:
    """A unit cell of names one per line (``区甲局`` / ``区乙局`` / ``区丙局 区丁局 2023年10月底``):
    the row, ending in a unit name before the time-limit column, goes on with lines holding only
    unit names, the last of which may carry the row's last cells (more names, its time limit)."""
    if roles[-1] != "deadline" or not any(r in _UNIT_ROLES for r in roles):
        return False
    last = line.split(" ")[-1]
    if cell_kind(last) == "time" or not is_unit_list(last):
        return False
    words = nxt.split(" ")
    if cell_kind(words[-1]) == "time":
        words = words[:-1]
    return bool(words) and all(w and is_unit_list(w) and len(w) <= 30 for w in words)


def _spaced_row(line: str, roles: list[str | None]) -> list[str]:
    """The cells of a row whose cells were set apart by tabs or spaces (one space each after
    normalising): words beyond the columns belong to the text column, or, when they read as unit
    names (县司法局 县政府办 under one 责任单位), to the unit columns."""
    words = line.split(" ")
    width = len(roles)
    if len(words) <= width:
        return words
    text = next((j for j, r in enumerate(roles) if r == "content"), None)
    if text is None:
        text = next((j for j, r in enumerate(roles) if r == "title"), 0)
    by_units = _spaced_row_by_units(words, roles, text)
    if by_units is not None:
        return by_units
    n = width - text - 1
    return words[:text] + [" ".join(words[text : len(words) - n])] + words[len(words) - n :]


def _spaced_row_by_units(words: list[str], roles: list[str | None], text: int) -> list[str] | None:
    """Place a row's words around the run of unit names after its text: the unit columns take the
    run (the first unit column its first name, the last one the rest), the columns between the
    text and them (a leader column) the short words before the run (names of people, 汪 峰), the
    columns after them the words after it, one each (the last takes what is left)."""
    after_text = roles[text + 1 :]
    units = [k for k, r in enumerate(after_text) if r in _UNIT_ROLES]
    if not units or units != list(range(units[0], units[-1] + 1)):
        return None
    r0 = next((k for k in range(text + 1, len(words)) if is_unit_list(words[k])), None)
    if r0 is None:
        return None
    r1 = r0
    while r1 < len(words) and is_unit_list(words[r1]):
        r1 += 1
    run = words[r0:r1]
    if len(run) < len(units):
        return None
    before = units[0]  # columns between the text and the unit columns
    mid = words[text + 1 : r0]
    people: list[str] = []
    while before and mid and len(mid[-1]) <= 4:
        people.insert(0, mid.pop())
    head = words[:text] + [" ".join([words[text], *mid])]
    between = ([" ".join(people)] + [""] * (before - 1)) if before else []
    unit_cells = run[: len(units) - 1] + [" ".join(run[len(units) - 1 :])]
    rest = words[r1:]
    tail_cols = len(after_text) - units[-1] - 1
    tail = rest[:tail_cols]
    if len(rest) > tail_cols and tail_cols:
        tail[-1] = " ".join(rest[tail_cols - 1 :])
    return head + between + unit_cells + tail


_ROLE_PREFIX = ("牵头", "主体", "配合", "协办", "主办", "责任", "参与", "完成")


def _spaced_header(words: list[str]) -> list[str]:
    """Header words set apart by spaces, a header cell of two lines broken in two
    (牵头 领导, 牵头 责任单位, 配合 责任单位): a role word joins the word after it when together
    they name a column."""
    out: list[str] = []
    k = 0
    while k < len(words):
        # the role word in either script (牽頭 is 牵头)
        role = fold(words[k]) in _ROLE_PREFIX
        if role and k + 1 < len(words) and column_role(words[k] + words[k + 1]):
            out.append(words[k] + words[k + 1])
            k += 2
        else:
            out.append(words[k])
            k += 1
    return out


def _spaced_table(lines: list[str], i: int) -> tuple[list[list[Cell]], int] | None:
    """A table whose cells were set apart by tabs or spaces: a header line of header words
    (``序号 项目 具体内容 责任单位 完成时限``), then rows opening with their number; a shorter row
    ending at a time limit lies under a number spanning rows."""
    header = _spaced_header(lines[i].split(" "))
    known = [column_role(h) for h in header]
    if len(header) < 3 or not _header_like(header):
        return None
    if not all(known) and (known[0] != "number" or sum(1 for r in known if r) < 4):
        return None  # header cells naming no column: only after a 序号 and three named ones
    roles = _roles_of(header)
    rows: list[list[str]] = [header]
    j = i + 1
    expected = 1
    while j < len(lines):
        words = lines[j].split(" ")
        if len(words) >= 2 and is_number_cell(words[0]):
            line = lines[j]
            # a row broken over lines (a cell of several lines): the lines after it that open
            # with no number and hold fewer words than the columns left go on with it
            while (
                j + 1 < len(lines)
                and not is_number_cell(lines[j + 1].split(" ")[0])
                and not _section_marker(lines[j + 1])
                and (
                    (
                        len(line.split(" ")) < len(header)
                        and cell_kind(lines[j + 1].split(" ")[-1]) != "time"
                    )
                    or _unit_cell_goes_on(line, lines[j + 1], roles)
                )
            ):
                j += 1
                line += " " + lines[j]
            rows.append(_spaced_row(line, roles))
            expected = match_bare_number(words[0]).value + 1  # type: ignore[union-attr]
        elif (
            len(words) >= 3 and roles[0] in ("title", "content") and _opens_row(words[0], expected)
        ):
            # no 序号 column: the number printed at the head of the row's first cell (1.加强…)
            rows.append(_spaced_row(lines[j], roles))
            expected += 1
        elif _heading_before_row(lines, j, expected):
            rows.append([lines[j]])  # a section heading standing as a row
        elif len(rows) > 1 and 2 <= len(words) < len(header) and cell_kind(words[-1]) == "time":
            rows.append(words)
        else:
            break
        j += 1
    if len(rows) < 2:
        return None
    grid = build_grid(rows, _roles_of)
    if grid is None or map_table(grid) is None:
        return None
    return grid, j
