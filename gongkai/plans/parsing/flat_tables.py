"""Tables flattened one cell per line: the width of their header (flat_header_width) and the
readers of their rows, numbered by a 序号 column (with group cells before it or not) or by a
number printed at the head of their first cell."""

from __future__ import annotations

import re

from .bare_number_rows import bare_number_rows, opens_bare_row
from .cell_lines import join_numbered_run, more_text_unit_pairs
from .columns import NOT_HEADER, UNIT_ROLES, column_role, header_roles
from .fold import fold
from .lower_header import lower_header_row
from .model import Cell
from .numbering import match_bare_number, match_marker
from .quoted_numbers import quoted_item_starts
from .statements import LABEL
from .sub_columns import doubled_column
from .table_rows import joined_number, numbered_lines, own_row_number, section_marker
from .textgrid import (
    align,
    bare_row_number,
    cell_kind,
    is_number_cell,
    place_short_row,
    unit_lines_row,
)


def flat_table(lines: list[str], start: int, width: int) -> tuple[list[list[Cell]], int]:
    """Read a table flattened to one cell per line, rows starting at a bare number."""
    grid: list[list[Cell]] = [[Cell(lines[start + k]) for k in range(width)]]
    i = start + width
    two_rows = _header_of_two_rows(lines, start, width)
    if two_rows is not None:  # 责任单位 | 时间 over 牵头单位 | 配合单位 | 开始时间 | 完成时间
        grid, width = [[Cell(c) for c in two_rows]], len(two_rows)
    expected = 1
    # the header's cells, blanks taken out, to know it when it is printed again
    header = [re.sub(r"\s+", "", c) for c in lines[start : start + width]]
    # rows numbered by a list's own numbers (22, 24, 30 …, 36,37 for a row of two), rising
    own = _own_numbers(lines, i + len(_headings_before_own_row(lines, i, 0)), width)
    while i < len(lines):
        again = _header_again(lines, i, header, expected)
        if again:  # 二、…牵头重点工作 / 序号 / 目标任务 / …: a group of its own, numbered afresh
            if _alone_heading(lines[i]):
                grid.append([Cell(lines[i])] + [Cell("") for _ in range(len(grid[0]) - 1)])
            i += again
            if i < len(lines) and (restart := match_bare_number(lines[i])) and restart.value == 1:
                expected = 1
        for _ in _headings_before_own_row(lines, i, expected - 1) if own else ():
            # 二、… / 三、… / 四、…: sections of the list none of whose rows the table holds
            grid.append([Cell(lines[i])] + [Cell("") for _ in range(width - 1)])
            i += 1
        if heading_before_row(lines, i, expected):  # 一、推进决策公开 standing as a row
            grid.append([Cell(lines[i])] + [Cell("") for _ in range(width - 1)])
            i += 1
        num = match_bare_number(lines[i])
        if own:
            value = own_row_number(lines[i], expected - 1)
            if value is None:
                break
            expected = value
            num = joined_number(lines[i])
        elif len(grid) == 1 and (opening := bare_row_number(lines[i])) is not None:
            expected = opening  # the first row at a later number of its list (a report's 12)
        if not num or num.value != expected:
            break
        j = i + 1
        while j < len(lines):
            nxt = match_bare_number(lines[j])
            if own:
                if j - i >= width and (
                    own_row_number(lines[j], expected) is not None
                    or _headings_before_own_row(lines, j, expected)
                ):
                    break
            elif nxt and nxt.value == expected + 1:
                break
            if j - i >= width and _header_again(lines, j, header, expected + 1):
                break
            j += 1
        if j < len(lines) and j - 1 > i + 1 and heading_before_row(lines, j - 1, expected + 1):
            j -= 1  # the next row opens under a heading of its own
        cells = lines[i + 1 : j]
        lead = width - 1
        # the row's task cell: the first text column's (a quoted item's number opens it)
        task = _task_cell(grid[0])
        quoted = quoted_item_starts(cells, task, lead, num.value)
        doubled = None if own or quoted else _doubled_header_column(grid, cells)
        if doubled is not None:  # 指标任务 over two sub-columns: the header cell doubled
            for row in grid:
                row.insert(doubled + 1, Cell(row[doubled].text, spanned=row[doubled].spanned))
            width, lead, task = width + 1, lead + 1, _task_cell(grid[0])
        if j >= len(lines) and len(cells) > lead and _signature(cells[-2:]):
            cells = cells[:-2]  # the issuer and date signing the document after its table
        extra = 0  # lines joined into one cell
        if own:  # 36,37 / 1、… / 2、… / 持续推进: the numbered lines are one text cell
            joined = _join_numbered_lines(cells, lead, j >= len(lines))
            extra = len(cells) - len(joined)
            cells = joined
        elif len(cells) > lead:  # 1.… / 2.… / 3.…: one text cell's numbered lines
            joined = join_numbered_run(cells, lead)
            extra = len(cells) - len(joined)
            cells = joined
        labelled = _label_lines_in_cells(cells, lead)
        # 牵头单位：… / 完成时限：… lines inside the row's last cell
        if labelled is not None and (j >= len(lines) or labelled[1] == len(cells)):
            cells, used = labelled
            j = i + 1 + used
        elif j >= len(lines):  # last row: keep only what fits, the rest is text after the table
            sub = [k for k, c in enumerate(cells) if _sub_start(c, num.value)]
            sub = sub or quoted_item_starts(cells, task, lead, num.value)
            split = _split_title_chunks(cells, lead)
            if split is not None:
                keep = 1 + sum(len(ch) for ch in split)
            elif sub:
                keep = min(len(cells), sub[-1] + 2)
            elif _units_on_two_lines(cells, lead):
                keep = lead + 1  # unit names on two lines in the last row
            else:
                keep = min(len(cells), lead)
                # a text column over several text and unit cells, pair after pair
                keep += more_text_unit_pairs(cells, keep, header_roles([c.text for c in grid[0]]))
            j = i + 1 + keep + extra
            cells = cells[:keep]
        roles = header_roles([c.text for c in grid[0]])
        cells = _merge_unit_runs(cells, roles[1:])
        shifted = None
        if len(cells) == lead and len(grid) > 1 and len(roles) == width:
            shifted = unit_lines_row([lines[i], *cells], roles, [c.text for c in grid[-1]])
        if shifted is not None:  # its title cell spanned, a unit cell on two lines
            grid.append(shifted)
            i = j
            expected += 1
            continue
        for row in _rows_by_time_limits(lines[i], cells, roles) or _split_flat_row(
            lines[i], _merge_unit_lines(cells, width - 1), width, num.value, task
        ):
            if len(row) < width and not any(c.spanned for c in row):
                # cells spanning rows appear only in the first of them
                row = place_short_row([c.text for c in row], roles, [c.text for c in grid[-1]])
            grid.append(row)
        i = j
        expected += 1
    return grid, i


def _header_again(lines: list[str], i: int, header: list[str], expected: int) -> int:
    """The lines from ``i`` repeating the table's header (its cells without blanks), a group's
    heading (二、…) before them or not, or a group's heading before rows numbered afresh from 1
    (the copy dropped the header printed again, or never had it) where row ``expected`` would
    come: how many lines they take, or 0. A list of report tasks grouped by the leader who leads
    them repeats its header under each group's heading."""
    width = len(header)
    heading = _alone_heading(lines[i])
    for skip in (0, 1) if heading else (0,):
        cells = [re.sub(r"\s+", "", c) for c in lines[i + skip : i + skip + width]]
        if len(cells) == width and cells == header:
            return skip + width
    restart = i + 1 < len(lines) and match_bare_number(lines[i + 1])
    return 1 if heading and expected > 1 and restart and restart.value == 1 else 0


def _task_cell(header: list[Cell]) -> int:
    """The index among a row's cells after its number of the first text column's cell."""
    roles = header_roles([c.text for c in header])
    return next((k - 1 for k, r in enumerate(roles) if r in ("title", "content")), -1)


def _header_of_two_rows(lines: list[str], start: int, width: int) -> list[str] | None:
    """Header cells of two rows one after another (序号 / 工作任务 / 责任单位 / 时间, then
    牵头单位 / 配合单位 / 开始时间 / 完成时间 under the cells standing over two columns): the
    header of the lower cells (lower_header_row), when the first row, numbered 1 up to the
    line numbered 2, holds a cell for each of its columns and not one for each header cell."""
    first = start + width
    if first >= len(lines) or not is_number_cell(lines[first]):
        return None
    nxt = next(
        (k for k in range(first + 1, min(len(lines), first + 40)) if _is_two(lines[k])), None
    )
    if nxt is None or nxt - first == width:
        return None
    header = lines[start:first]
    for m in range(2, width - 1):
        refined = lower_header_row(header[:m], header[m:])
        if refined is not None and len(refined) == nxt - first:
            return refined
    return None


def _is_two(line: str) -> bool:
    num = match_bare_number(line)
    return num is not None and num.value == 2 and is_number_cell(line)


def _doubled_header_column(grid: list[list[Cell]], cells: list[str]) -> int | None:
    """The header's column over two sub-columns (doubled_column) for a row of ``cells`` one more
    than the columns, read before any row of more cells was (the column counted with the 序号
    one)."""
    header = [c.text for c in grid[0][1:]]
    if len(grid) > 1 or any(_sub_start(c, 1) for c in cells):
        return None
    found = doubled_column(header, cells, _merge_unit_lines(cells, len(header)))
    return None if found is None else found + 1


# a document's date as it signs it: 2024年3月15日 / 二〇二四年三月十五日 (a day, no 前 / 底)
_SIGNED_DATE = re.compile(
    r"^\s*(?:\d{4}|[〇○零一二三四五六七八九]{4})\s*年\s*[\d一二三四五六七八九十]{1,3}\s*月"
    r"\s*[\d一二三四五六七八九十]{1,3}\s*日\s*$"
)


def _signature(cells: list[str]) -> bool:
    """The last two lines are the issuer (a name: short, no punctuation) and the date it signs
    the document with, not two more cells of the last row."""
    return (
        len(cells) == 2
        and bool(_SIGNED_DATE.match(cells[1]))
        and 2 <= len(cells[0].strip()) <= 30
        and not re.search(r"[、，,；;。：:]", cells[0])
    )


def _join_numbered_lines(cells: list[str], lead: int, last: bool) -> list[str]:
    """A row with more cells than columns whose first cells are numbered lines 1、… 2、…: one
    text cell, when joining them leaves as many cells as columns (or more, in the last row,
    whose cells run on into the text after the table)."""
    items = 0
    while items < len(cells) and numbered_lines("\n".join(cells[: max(2, items + 1)])):
        items = max(2, items + 1)
    if items < 2:
        return cells
    joined = ["\n".join(cells[:items]), *cells[items:]]
    if len(joined) == lead or (last and len(joined) > lead):
        return joined
    return cells


def _headings_before_own_row(lines: list[str], i: int, after: int) -> list[str]:
    """Section headings (一、… 二、…) standing alone as rows from line ``i`` on, right before a
    row numbered by the list's own numbers (above ``after``): a table that breaks out some of a
    list's items keeps the headings of sections whose items it leaves out."""
    j = i
    while j < len(lines) and _alone_heading(lines[j]):
        j += 1
    if j == i or j >= len(lines) or own_row_number(lines[j], after) is None:
        return []
    return lines[i:j]


def _alone_heading(text: str) -> bool:
    k = text.strip()
    return section_marker(k) is not None and len(k) <= 40 and "。" not in k.rstrip("。")


def _own_numbers(lines: list[str], i: int, width: int) -> bool:
    """Whether a table flattened one cell per line numbers its rows by a list's own numbers
    (22, 24, 30 …) rather than 1, 2, 3: its first two rows, each of a full row's cells, open
    with rising numbers, the first not 1."""
    if i + 2 * width > len(lines):
        return False
    first = own_row_number(lines[i], 1)
    if first is None:
        return False
    second = own_row_number(lines[i + width], first)
    if second is None:  # sections left out between them: 3 / … / 二、… / 三、… / 68
        second = len(_headings_before_own_row(lines, i + width, first))
        second = second and own_row_number(lines[i + width + second], first)
    return second is not None and all(
        own_row_number(lines[i + k], first) is None for k in range(1, width)
    )


def leading_group_headers(lines: list[str], i: int) -> int:
    """Header cells naming no known column (一级指标, 二级指标) before a 序号 header of a table
    flattened one cell per line: their number, or 0."""
    for g in range(1, 4):
        if i + g >= len(lines):
            return 0
        head = re.sub(r"\s+", "", lines[i + g - 1])
        if column_role(head) or not _HEADER_WORD.match(head) or match_marker(head):
            return 0
        if NOT_HEADER.search(head):
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


def flat_table_with_groups(
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
    bodies = [r for r in roles if r in UNIT_ROLES or r == "assessor"]
    columns = len(bodies)
    last_body = max((j for j, r in enumerate(roles) if r in UNIT_ROLES), default=-2)
    beside = last_body + 1 < len(roles) and roles[last_body + 1] == "ignore"
    if columns == 0 or (
        len(cells) == len(roles) and ((None not in roles and "ignore" in roles) or beside)
    ):
        # a full row under a header with a column of its own for other names (实施地点, right
        # after the unit column, or anywhere when every column is named): each cell stands
        # under its column
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


def flat_table_numbered_in_cells(
    lines: list[str], start: int, width: int
) -> tuple[list[list[Cell]], int]:
    """A table one cell per line without a 序号 column, each row's number printed at the head of
    its first cell (工作任务 / 具体内容 / 责任单位 / 完成时限, then ``1.加强…`` / ``做好…。`` /
    ``县政府办`` / ``6月底前``): rows run from one number to the next."""
    grid: list[list[Cell]] = [[Cell(lines[start + k]) for k in range(width)]]
    roles = header_roles([c.text for c in grid[0]])
    i, expected = start + width, 1
    headed = False  # headings stood as rows above
    bare = "number" not in roles and bare_number_rows(lines, i, width)
    opener = opens_bare_row if bare else opens_row
    while i < len(lines):
        heads: list[str] = []
        if expected > 1 and heading_before_row(lines, i, 1):
            expected = 1  # the numbers start again under each heading standing as a row
        while heading_before_row(lines, i + len(heads), expected):
            heads.append(lines[i + len(heads)])
        if i + len(heads) >= len(lines) or not opener(lines[i + len(heads)], expected):
            break
        first, i = i, i + len(heads)
        j = i + 1
        while j < len(lines) and not opener(lines[j], expected + 1) and not _again(lines, j):
            j += 1
        while (
            j < len(lines)
            and j - 1 > i + 1
            and (heading_before_row(lines, j - 1, expected + 1) or _again(lines, j - 1))
        ):
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
        # (but a copy ending inside its last row, headings having stood as rows above, keeps
        # that row as far as it was written: its cells from the left)
        several = len(heads) >= 2 and len(cells) < width
        cut_off = several and headed and j >= len(lines) and len(cells) >= 2
        if len(cells) < 2 or (several and not cut_off):
            i = first
            break
        if cut_off:
            cells = cells + [""] * (width - len(cells))
        grid.extend([Cell(h)] + [Cell("") for _ in range(width - 1)] for h in heads)
        headed = headed or bool(heads)
        if headed and len(cells) == width - 1 and _ends_in_units_and_time(cells, roles):
            # a row one cell short under headings standing as rows, ending in its units and
            # time limit (in either order): the headings are the first column's cells
            # spanning the rows under them (工作任务 / 具体要求 / 责任单位 / 完成时限)
            cells = ["", *cells]
        grid.append([Cell(c) for c in cells])
        i, expected = j, expected + 1
    return grid, i


def _again(lines: list[str], j: int) -> bool:
    """Line ``j`` a heading standing as a row before a row numbered 1, or that row under it:
    the numbers start again in the next group."""
    if heading_before_row(lines, j, 1):
        return True
    return opens_row(lines[j], 1) and j > 0 and heading_before_row(lines, j - 1, 1)


def _ends_in_units_and_time(cells: list[str], roles: list[str | None]) -> bool:
    """The row's last cells are units and a time limit, in the order of the header's last columns
    of units and time limits (责任单位 | 完成时限, 完成时限 | 责任单位, 完成时间 | 牵头单位 |
    配合单位 …)."""

    def fits(role: str | None, cell: str) -> bool:
        if role == "deadline":
            return cell_kind(cell) == "time"
        return role in UNIT_ROLES and cell_kind(cell) == "units"

    tail = 0
    while tail < len(roles) and (roles[-1 - tail] == "deadline" or roles[-1 - tail] in UNIT_ROLES):
        tail += 1
    return any(
        n <= len(cells)
        and "deadline" in roles[-n:]
        and all(fits(r, c) for r, c in zip(roles[-n:], cells[-n:], strict=True))
        for n in range(2, tail + 1)
    )


def opens_row(text: str, expected: int) -> bool:
    """A cell opening with the row number ``expected`` printed before its text (``1.加强…``)."""
    m = match_marker(text)
    return m is not None and m.style == "ar_dot" and m.value == expected and bool(text[m.end :])


def heading_before_row(lines: list[str], i: int, expected: int) -> bool:
    """A section heading (一、… （二）…) standing alone as a row of a table without separators,
    right before the row numbered ``expected`` or before a heading of a lower level that stands
    before it (``一、…`` / ``（一）…`` / ``1.…``)."""
    text = lines[i].strip()
    m = section_marker(text)
    if m is None or len(text) > 40 or "。" in text.rstrip("。") or i + 1 >= len(lines):
        return False
    first = lines[i + 1].split(" ")[0]
    num = match_bare_number(first) if is_number_cell(first) else None
    if (num is not None and num.value == expected) or opens_row(first, expected):
        return True
    below = section_marker(lines[i + 1].strip())
    lower = below is not None and below.style != m.style and m.style == "cn_dun"
    return lower and heading_before_row(lines, i + 1, expected)


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
# a header cell naming what a progress report asks (工作进展、困难问题和下步打算)
_LONG_HEADER_WORD = re.compile(r"^[^。；;,，:：]{1,24}$")


_NOT_GROUP_ROLES = ("number", "units", "lead", "support", "deadline")


def _group_before_first_row(lines: list[str], i: int, j: int) -> bool:
    """Line ``j`` after header cells ``i`` … that name a unit column is the first row's group cell,
    not one more header cell, though a word of it names a column (明确工作机构及领导职责): a
    heading longer than header words, right before the first row's text ``1.…``."""
    if j + 1 >= len(lines) or not any(column_role(ln) in UNIT_ROLES for ln in lines[i:j]):
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
    建设地点), every short line up to the first row's number 1. A header cell longer than a
    header word (工作进展、困难问题和下步打算) counts only when a cell naming a column
    closes the header after it; a header so closed runs up to the first row's number whatever
    it is (12: a report's table holding some rows of a longer list)."""
    width = 0
    while i + width < len(lines) and column_role(lines[i + width]) and width < 12:
        if _group_before_first_row(lines, i, i + width):
            break
        width += 1
    if width == 0 or column_role(lines[i]) != "number":
        return width
    end, wordy = i + width, False
    while end < len(lines) and end - i < 12 and not is_number_cell(lines[end]):
        word = re.sub(r"\s+", "", lines[end])
        if match_marker(lines[end]) or not _LONG_HEADER_WORD.match(word):
            return width
        wordy = wordy or not _HEADER_WORD.match(word)
        end += 1
    first = match_bare_number(lines[end]) if end < len(lines) and end - i < 12 else None
    closed = end > i + width and column_role(lines[end - 1]) is not None
    if first is None or (wordy and not closed):
        return width
    return end - i if first.value == 1 or closed else width


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


def _split_flat_row(
    number: str, cells: list[str], width: int, value: int, task: int = -1
) -> list[list[Cell]]:
    lead = width - 1
    # rows quoting a plan's items by their own numbers under the number (quoted_numbers), the
    # last of them no wider than the columns from the task column on
    quoted = quoted_item_starts(cells, task, lead, value)
    if quoted and len(cells) - quoted[-1] > lead - task:
        quoted = []
    if len(cells) <= lead and not quoted:
        return [[Cell(number)] + [Cell(c) for c in cells]]
    starts = quoted or [k for k, c in enumerate(cells) if _sub_start(c, value)]
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
        # a quoted item's row leaves out its last cells when empty (备注): its cells in place
        pad = width - len(prefix) - len(chunk) if quoted else 0
        rows.append(prefix + [Cell(c) for c in chunk] + [Cell("") for _ in range(pad)])
    return rows
