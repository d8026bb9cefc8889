"""Tables: find the tables written as text among paragraphs (pipe-separated, copied from a web
page, set apart by spaces, or one cell per line) and turn them into table blocks. Column roles
are in columns.py, the mapping of rows in table_rows.py, the one-cell-per-line readers in
flat_tables.py."""

from __future__ import annotations

import re

from .bar_closed_cells import bar_closed_rows
from .bar_lines import bar_opened_rows
from .broken_header import join_broken_header
from .cell_stream import rows_by_numbering
from .closing_unit_cells import closing_unit_cell_rows
from .columns import UNIT_ROLES, column_role, header_roles
from .flat_tables import (
    flat_header_width,
    flat_table,
    flat_table_numbered_in_cells,
    flat_table_with_groups,
    heading_before_row,
    leading_group_headers,
    opens_row,
)
from .flat_two_columns import two_column_table
from .flat_unnumbered import join_broken_headers, unit_anchored_rows, unnumbered_rows
from .fold import fold
from .glued_table import glued_table
from .group_cells import group_text_unit_rows
from .level_index import level_index_table
from .middle_numbers import middle_number_rows, middle_number_table
from .model import Block, Cell
from .numbering import match_bare_number, match_marker
from .runon_table import runon_table
from .split_name_rows import split_name_rows
from .statements import is_unit_list
from .table_rows import map_table, section_marker
from .table_title import table_title_line
from .textgrid import (
    TextTable,
    build_grid,
    cell_kind,
    is_number_cell,
    read_cell_lines,
    read_row_lines,
    split_at_numbers,
    split_at_row_numbers,
)


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
        if missing > 0 and len(r) == 1 and width >= 3 and section_marker(r[0]):
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
        if close is None or any(section_marker(ln) for ln in lines[i + 1 : close]):
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
    heading_after = end == bar_end + 1 and section_marker(lines[bar_end]) is not None
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
        runon = runon_table(lines, i, column_role) or glued_table(lines, i, column_role)
        if runon is not None and map_table(runon[1]) is not None:
            title, grid, end = runon
            out.extend([Block("para", title)] if title else [])
            out.append(Block("table", rows=grid))
            i = end
            continue
        opened = bar_opened_rows(lines, i) if lines[i] == "|" else None
        grid = build_grid(opened[1], _roles_of) if opened and _header_like(opened[1][0]) else None
        if opened is not None and grid is not None and map_table(grid) is not None:
            out.extend(Block("para", t) for t in opened[0])  # the title row above the header
            out.append(Block("table", rows=grid))
            i = opened[2]
            continue
        if lines[i] == "|" and lines[i + 1 : i + 40].count("|") >= 4:
            grid, end = _pipe_table(lines, i)
            grid, end = _bar_first_cells_on_lines(lines, i, grid, end) or (grid, end)
            if grid and map_table(grid) is not None:
                out.append(Block("table", rows=grid))
                i = end
                continue
        if table_title_line(lines, i):  # 重点任务分工表 before the header: no header cell
            out.append(blocks[i])
            i += 1
            continue
        found = closing_unit_cell_rows(lines, i)  # rows of varying width closed by unit cells
        if found is not None and map_table(found[0]) is not None:
            out.append(Block("table", rows=found[0]))
            i = found[1]
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
        groups = leading_group_headers(lines, i)
        if groups:  # 一级指标 / 二级指标 / 序号 / 主要任务 / 牵头、责任部门
            grid, end = flat_table_with_groups(lines, i, groups)
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
                joined = join_broken_header(lines, i, width, column_role, cell_kind)
                if joined is not None:  # header cells broken over two lines (责任 / 科室)
                    grid, end = flat_table(
                        [*lines[:i], *joined, *lines[i + width :]], i, len(joined)
                    )
                    end += width - len(joined)
                else:
                    grid, end = flat_table(lines, i, width)
            elif roles[0] in ("title", "content") and {"units", "lead"} & set(roles):
                grid, end = flat_table_numbered_in_cells(lines, i, width)
                found = group_text_unit_rows(lines[i:], roles)
                # group / text / unit cells without row numbers, when they read further
                if found is not None and (len(grid) < 2 or i + found[1] > end):
                    grid, end = found[0], i + found[1]
                if len(grid) < 2:  # no row numbers; cells over several lines
                    grid, end = _unit_anchored_table(lines, i, width) or (grid, end)
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
        closed = bar_closed_rows(lines, i)
        grid = build_grid(closed[0], _roles_of) if closed is not None else None
        if closed is not None and grid is not None and map_table(grid) is not None:
            out.append(Block("table", rows=grid))
            i = closed[1]
            continue
        found = two_column_table(lines, i)  # 工作任务 / 责任单位, one cell per line
        if found is not None and map_table(found[0]) is not None:
            grid, end = found
            out.append(Block("table", rows=grid))
            i = end
            continue
        out.append(blocks[i])
        i += 1
    return out


def _unit_anchored_table(
    lines: list[str], i: int, width: int
) -> tuple[list[list[Cell]], int] | None:
    """Unnumbered rows known by their unit cells (flat_unnumbered.unit_anchored_rows); two rows at
    least."""
    header = lines[i : i + width]
    rows, end = unit_anchored_rows(lines, i + width, header_roles(header), cell_kind, column_role)
    grid = [[Cell(c) for c in header], *([Cell(c) for c in row] for row in rows)]
    if len(rows) < 2 or map_table(grid) is None:
        return None
    return grid, end


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
        numbered = rows_by_numbering(cells, header)  # rows cut by the header and the numbers
        grid = build_grid(numbered, _roles_of) if numbered is not None else None
        if grid is not None and map_table(grid) is not None:
            return grid, table.end
        middle = middle_number_rows(cells, header, header_roles(cells[:header]))
        if middle is not None and map_table(middle) is not None:
            return middle, table.end  # the row-number column in the middle (序号 | 类别 | 序号)
        split_names = split_name_rows(cells, header)  # a name column split in two on some rows
        if split_names is not None and map_table(split_names) is not None:
            return split_names, table.end
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
        # a header cell broken inside its word (``… | 责任`` / ``单位 | 时限`` / ``要求 |``), as
        # a narrow column's header wraps: the lines glued, when every cell then names a column
        # (but a last one broken again, glued to the line after in turn)
        glued = f"{line}{nxt}"
        cells = [c for c in _split_pipes(glued) if c]
        whole = cells if glued.endswith(("|", "｜")) else cells[:-1]
        broken = len(re.sub(r"\s+", "", _split_pipes(line)[-1] + _split_pipes(nxt)[0]))
        # a number opening the next line is a row's (一 | 夯实基础, （一） | 夯实…, 1 | 推进…, in
        # a copy whose rows do not close with a bar), no part of a header word
        first = _split_pipes(nxt)[0]
        marker = match_marker(first)
        numbered = is_number_cell(first) or (marker is not None and not first[marker.end :])
        if (
            broken <= 8
            and not numbered
            and all(column_role(c) for c in whole)
            and _header_like(whole)
        ):
            return glued
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
    unit = next((k for k, c in enumerate(cells[:6]) if column_role(c) in UNIT_ROLES), None)
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
    if roles[-1] != "deadline" or not any(r in UNIT_ROLES for r in roles):
        return False
    last = line.split(" ")[-1]
    if cell_kind(last) == "time" or not is_unit_list(last):
        return False
    words = nxt.split(" ")
    if cell_kind(words[-1]) == "time":
        words = words[:-1]
    # (a list of names set apart by 、 or , may run longer than one name)
    return bool(words) and all(w and is_unit_list(w) and _names_short(w) for w in words)


def _names_short(word: str) -> bool:
    """Each name of a unit list no longer than a unit's name runs (30), the list 80 at most."""
    names = [n for n in re.split(r"[、,，;；]", fold(word)) if n]
    return len(word) <= 80 and all(len(n) <= 30 for n in names)


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
    units = [k for k, r in enumerate(after_text) if r in UNIT_ROLES]
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


def _last_cell_lines(lines: list[str], start: int, number: int) -> int:
    """How many lines from ``start`` go on with the last cell of a row set apart by spaces: a
    few lines of one cell each (no spaces in them, no bare number, no section heading), followed
    by the row numbered ``number``; 0 when none are."""
    for j in range(start, min(len(lines), start + 6)):
        words = lines[j].split(" ")
        if is_number_cell(words[0]):
            nxt = match_bare_number(words[0])
            return j - start if len(words) >= 2 and nxt and nxt.value == number else 0
        if len(words) > 1 or section_marker(lines[j]):
            return 0
    return 0


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
                and not section_marker(lines[j + 1])
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
            number = match_bare_number(words[0]).value  # type: ignore[union-attr]
            # a row as wide as the header whose last cell runs over lines (a progress report's
            # numbered points, 1.… / 2.…): the lines up to the next row's number go on with it
            more = _last_cell_lines(lines, j + 1, number + 1)
            if more and len(line.split(" ")) >= len(header):
                line += "\n" + "\n".join(lines[j + 1 : j + 1 + more])
                j += more
            rows.append(_spaced_row(line, roles))
            expected = number + 1
        elif len(words) >= 3 and roles[0] in ("title", "content") and opens_row(words[0], expected):
            # no 序号 column: the number printed at the head of the row's first cell (1.加强…)
            rows.append(_spaced_row(lines[j], roles))
            expected += 1
        elif heading_before_row(lines, j, expected):
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
