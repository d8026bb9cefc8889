"""Tables flattened to text by copying a web page: read the cells, then infer the grid.

Three flattenings are recognised (all seen in published plans):

- rows as lines: ``序号 | 工作任务 | 责任处室 |``; a line of bare ``|`` after a row closes cells of
  that row that held only a line break;
- one cell per line ending in ``|`` (``工作任务 |``); a line of two or more ``|`` ends a row;
- one cell per line with a line of ``|`` between cells; two ``|`` lines end a row.

Where the copy lost the row ends, rows are cut at the printed row numbers. A cell that spanned
several rows appears only in the first of them: the later rows have fewer cells, and they are
aligned to the columns by what their cells hold (a number, a unit list, a time limit, text), so
that they never shift left into the wrong column.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from .columns import UNIT_ROLES
from .fold import fold
from .lower_header import lower_header_row
from .model import Cell
from .numbering import match_bare_number, match_marker
from .units import split_top_level

_SEP = re.compile(r"^[|｜\s]+$")
_UNIT_END = re.compile(
    r"(?:处|科|局|室|办|委|厅|部|部门|单位|政府|中心|所|院|站|队|会|行|组|街道|办事处|乡镇|镇|分局|支行|"
    r"分行|机构|公司|集团|馆|校|监狱|法院|检察院|处室|科室|股室|股|管委会|工委|党委|党组|区)$"
)
_UNIT_VERB = re.compile(r"牵头|负责|配合|落实|协办|主办|会同|参与|按职责")
_TIME = re.compile(
    r"^(?:\d{4}\s*年.{0,20}|\d{1,2}(?:\s*[-—~至]\s*\d{1,2})?\s*月.{0,12}|年底前?|年内|全年|长期|持续|常态|每[年月季周]|按[月季年]"
    r"|即时|及时|定期|随时|上半年|下半年|第?[一二三四1-4]季度|年中|月底前|[0-9一二三四五六七八九十]+个?工作日"
    # time words with no date (立行立改, 根据工作进度, 按上级要求) and a date in figures (2024.12)
    r"|立行立改|立查立改|根据(?:工作)?进度|按(?:照)?上级(?:要求|部署)|\d{4}[.．/]\d{1,2}(?:[.．/]\d{1,2})?$)"
)


# a group's number alone in a cell: 一 / 一、 / (一) / （一）
_CN_DIGITS = "[一二三四五六七八九十]+"
_GROUP_NUMBER = re.compile(rf"^\s*(?:{_CN_DIGITS}、?|[（(]{_CN_DIGITS}[)）])\s*$")


@dataclass
class TextTable:
    """Rows read from a flattened table, and the index of the first line after it."""

    rows: list[list[str]]
    end: int
    breaks: bool  # the copy kept the row ends


def _cells_of(line: str) -> list[str]:
    parts = re.split(r"[|｜]", line)
    if parts and not parts[-1].strip():
        parts = parts[:-1]
    return [p.strip() for p in parts]


def _opens_row(line: str) -> bool:
    """``| cell |``: one cell between a bar that opens a row and the one that closes the cell."""
    cells = _cells_of(line)
    return (
        line.lstrip().startswith(("|", "｜"))
        and line.rstrip().endswith(("|", "｜"))
        and len(cells) == 2
        and not cells[0]
        and bool(cells[1])
    )


def _is_sep(line: str) -> bool:
    return bool(_SEP.match(line)) and ("|" in line or "｜" in line)


def read_row_lines(lines: list[str], start: int) -> TextTable | None:
    """Rows written one per line (``a | b | c |``), starting at ``start``."""
    rows: list[list[str]] = []
    i = start
    closed = lines[start].rstrip().endswith(("|", "｜"))  # rows end in "|"
    while i < len(lines):
        line = lines[i]
        if _is_sep(line):
            if rows:
                rows[-1].extend([""] * max(1, line.count("|") + line.count("｜") - 1))
            i += 1
            continue
        if rows and _heading_between_rows(lines, i):
            rows.append([line.strip()])  # a section heading standing between the rows
            i += 1
            continue
        if rows and _pipes(line) == 0 and _numbered_row_between(lines, i, rows[-1]):
            rows.append([line.strip()])  # a row of its text alone, its other cells spanned
            i += 1
            continue
        end = _first_cell_end(lines, i, len(rows[0])) if rows and _pipes(line) == 0 else None
        if end is not None:
            # a first cell of several lines (a long task text broken inside its cell)
            more = _cells_of(lines[end])
            cells = ["\n".join([*lines[i:end], more[0]])] + more[1:]
            i, line = end, lines[end]
        else:
            cells = _cells_of(line)
        while (
            closed
            and rows
            and len(cells) >= 2
            and not line.rstrip().endswith(("|", "｜"))
            and (end := _row_goes_on(lines, i)) is not None
        ):
            # a cell of several lines (區行政服務中心 / 區市場監管局 | 2022年9月底前 |, or
            # 牵头单位：… / 配合单位：… / 完成时限：… |): the row goes on
            more = _cells_of(lines[end])
            text = "\n".join([cells[-1], *(ln.strip() for ln in lines[i + 1 : end]), more[0]])
            cells = cells[:-1] + [text] + more[1:]
            i, line = end, lines[end]
        if len(cells) < 2 or not any(cells[1:]):
            if rows and "|" not in line and "｜" not in line:
                break
            if rows and len(cells) <= len(rows[0]) + 1 and _section_line(cells[0]):
                # a group heading (一、… （二）…) in the first cell, the others empty: a row
                # spanning the table, copied with its empty cells
                rows.append(cells[:1])
                i += 1
                continue
            if (
                rows
                and len(rows[0]) - 1 <= len(cells) <= len(rows[0]) + 1
                and group_title(cells[0])
                and i + 1 < len(lines)
                and opens_numbered_row(_cells_of(lines[i + 1]))
            ):
                # a group's title without a number, copied with the table's empty cells, above
                # a numbered row: a row of the table (not a task; see table_rows.map_table)
                rows.append(cells)
                i += 1
                continue
            if rows and len([c for c in cells if c]) == 1 and len(cells) == 1:
                rows.append(cells)  # a row of one cell (a heading)
                i += 1
                continue
            break
        rows.append(cells)
        i += 1
    if len(rows) < 2:
        return None
    return TextTable(rows, i, True)


def _heading_between_rows(lines: list[str], i: int) -> bool:
    """A short section heading (一、… （二）…) on a line of its own, without bars, with a row of
    the table right after it: a heading row of a table whose separators the copy kept only
    between cells."""
    text = lines[i].strip()
    if not _section_line(text) or len(text) > 40 or "。" in text or i + 1 >= len(lines):
        return False
    nxt = [c for c in _cells_of(lines[i + 1]) if c]
    if _pipes(lines[i]) or len(nxt) < 2:
        return False
    m = match_marker(nxt[0])
    return is_number_cell(nxt[0]) or (m is not None and not _section_line(nxt[0]))


def _numbered_row_between(lines: list[str], i: int, prev: list[str]) -> bool:
    """A line without bars numbered next after a number in a cell of the row above, with a row
    of the table right after it (``8.…`` between ``… | 7.… | 市某局 |`` and ``9.… | 市某局 |``,
    as a copy with tabs writes a row whose unit cell spans the row above): a row of its own,
    not the first line of the next row's first cell."""
    if i + 1 >= len(lines) or not _pipes(lines[i + 1]) or _is_sep(lines[i + 1]):
        return False
    # the row after opens with a number of its own (9.…, 二、…, 10): else its first cell goes
    # on from this line (a task text of two paragraphs, 4.完善…。 / 加强…。 | 市某局 |)
    first = next((c for c in _cells_of(lines[i + 1]) if c), "")
    if match_marker(first) is None and not is_number_cell(first):
        return False
    return _next_row_number(lines[i], prev) and not _section_line(lines[i])


def _pipes(line: str) -> int:
    return line.count("|") + line.count("｜")


_DATA_KINDS = ("units", "time", "long", "num")
_CELL_LINES = 12  # the most lines a cell broken by line breaks is taken to run over


def _section_line(line: str) -> bool:
    """A line opening with a section number (一、 （一） 第一条): a heading after the table, not
    the next line of a cell."""
    m = match_marker(line.strip())
    return m is not None and (m.style in ("cn_dun", "cn_paren") or m.style.startswith("di_"))


def _cell_end(lines: list[str], i: int) -> int | None:
    """The line ``cell |`` that closes a cell running over lines ``i`` …, or None."""
    for j in range(i + 1, min(len(lines), i + _CELL_LINES)):
        if _pipes(lines[j]) == 0:
            if _section_line(lines[j]):
                return None
            continue
        closes = not _is_sep(lines[j]) and lines[j].rstrip().endswith(("|", "｜"))
        return j if closes and len(_cells_of(lines[j])) == 1 else None
    return None


def _row_goes_on(lines: list[str], i: int) -> int | None:
    """A row line of a table whose rows end in ``|``, stopping without one: the line with a ``|``
    (not a bar line) within a few lines that carries the rest of the row, or None."""
    for j in range(i + 1, min(len(lines), i + _CELL_LINES)):
        if _pipes(lines[j]) == 0:
            if _section_line(lines[j]):
                return None
            continue
        return None if _is_sep(lines[j]) else j
    return None


def _first_cell_end(lines: list[str], i: int, width: int) -> int | None:
    """A row whose first cell runs over lines ``i`` … (a long task text broken by line breaks,
    closed on a line such as ``做好…。 | 县政府办 | 年底前 |``): the line that closes that cell
    and holds the rest of the row, or None. That line is the first one with a ``|`` within a few
    lines; its cells are no more than the header's, and those after the first hold data (units,
    a time limit, text), not header words."""
    for j in range(i + 1, min(len(lines), i + _CELL_LINES)):
        if _pipes(lines[j]) == 0:
            if _section_line(lines[j]):
                return None
            continue
        more = _cells_of(lines[j])
        if _is_sep(lines[j]) or not 2 <= len(more) <= width:
            return None
        return j if any(cell_kind(c) in _DATA_KINDS for c in more[1:]) else None
    return None


def read_cell_lines(lines: list[str], start: int) -> TextTable | None:
    """Cells one per line: ``cell |`` lines (a line of two or more ``|`` ends a row, one ``|``
    is an empty cell), or text lines with a ``|`` line between cells (two ``|`` end a row)."""
    trailing = any(
        not _is_sep(ln) and ln.rstrip().endswith(("|", "｜")) for ln in lines[start : start + 4]
    )
    rows: list[list[str]] = []
    row: list[str] = []
    breaks = False
    i = start
    if trailing:
        while i < len(lines):
            line = lines[i]
            if _is_sep(line):
                if _pipes(line) >= 2:
                    breaks = True
                    if row:
                        rows.append(row)
                    row = []
                else:
                    row.append("")
            elif line.rstrip().endswith(("|", "｜")) and len(_cells_of(line)) == 1:
                row.append(_cells_of(line)[0])
            elif _opens_row(line):
                # "| 1 |": a bar opening a row before its first cell, the others "cell |"
                breaks = True
                if row:
                    rows.append(row)
                row = [_cells_of(line)[1]]
            elif (
                rows
                and _pipes(line) == 0
                and i + 1 < len(lines)
                and lines[i + 1].strip() in ("|", "｜")
            ):
                row.append(line.strip())  # a cell whose closing "|" went onto the next line
                i += 1
            elif (
                row
                and i == len(lines) - 1
                and "|" not in line
                and "｜" not in line
                and not (_rows_filled(row) and bare_row_number(line) is None)
            ):
                row.append(line)  # the document ends inside a cell of an open row
            elif (row or rows) and _pipes(line) == 0 and (end := _cell_end(lines, i)):
                # a cell of several lines (unit names one per line: 市发改委 / 市财政局 |, or
                # a row's first cell, a long text broken by line breaks)
                row.append(
                    "\n".join(ln.strip() for ln in lines[i:end]) + "\n" + _cells_of(lines[end])[0]
                )
                i = end
            else:
                break
            i += 1
    else:
        cell: str | None = None
        cell_start = i
        while i < len(lines):
            line = lines[i]
            if _is_sep(line):
                n = _pipes(line)
                if cell is not None:
                    row.append(cell)
                    cell = None
                    n -= 1
                if n >= 1 and row:
                    breaks = True
                    rows.append(row)
                    row = []
            elif (
                cell is not None
                and (row or (rows and i - cell_start < _CELL_LINES and not _section_line(line)))
                and _pipes(line) == 0
            ):
                # a cell of several lines inside an open row, or opening a row (a long task
                # text broken by line breaks) when a "|" line closes it
                cell += "\n" + line
            elif row and _closed_cell(line):
                # ``区甲局、区乙局|``: a cell and the '|' line after it on one line (text taken
                # for lines broken at a fixed width was rejoined, its '|' lines with it)
                text = _cells_of(line)[0]
                row.append(text if cell is None else f"{cell}\n{text}")
                cell = None
            elif "|" in line or "｜" in line or cell is not None:
                break  # two lines of text without a "|" between them: the table has ended
            else:
                cell, cell_start = line, i
            i += 1
        if cell is not None:
            if not row and rows and "\n" in cell:
                i = cell_start  # lines after the table's last row, never closed by a "|"
            else:
                row.append(cell)
    if row:
        rows.append(row)
    if not rows:
        return None
    if breaks and trailing:
        width = len(rows[0])
        rows = [rows[0]] + [
            part
            for r in rows[1:]
            for lost in split_at_row_numbers(r, width)
            for part in _split_lost_row_end(lost, width)
        ]
    return TextTable(rows, i, breaks)


def _rows_filled(cells: list[str]) -> bool:
    """Cells read without row ends (a header, then rows from row 1's number on) that fill whole
    rows as wide as the header: a last line after them that is no row number opens no row (a
    date or a name signing the table)."""
    first = next((k for k, c in enumerate(cells) if bare_row_number(c) == 1), 0)
    return first > 0 and len(cells) % first == 0


def _closed_cell(line: str) -> bool:
    """``text|``: one cell closed by a '|' on its own line."""
    return (
        line.rstrip().endswith(("|", "｜"))
        and len(_cells_of(line)) == 1
        and bool(_cells_of(line)[0])
    )


def split_at_row_numbers(row: list[str], header: int) -> list[list[str]]:
    """A row holding the cells of several rows (the copy kept no row ends between them): cut it
    where a cell is or opens with the next printed row number (``25``, ``2.制定…``), a numbered
    group cell just before that number (``(二)召开…`` ``4.年初…``) opening the new row with it."""
    if len(row) <= header + 1:
        return [row]
    cuts: list[int] = []
    expected: int | None = None
    last = 0  # where the row of the last number read opens
    for k, cell in enumerate(row):
        m = match_marker(cell.strip()) if cell.strip() else None
        if is_number_cell(cell):  # a 序号 cell: 24 | 优化提升… | … | 25 | 新增…
            m = match_bare_number(cell)
        if m is None or m.style != "ar_dot":
            continue
        # a number the source skipped (4 | … | 6): a 序号 cell one past the next, after a full
        # row's cells
        skipped = m.value == (expected or 0) + 1 and is_number_cell(cell) and k - last > header
        if expected is not None and m.value != expected and not skipped:
            continue
        last = k
        if expected is not None:
            start = k
            before = row[k - 1].strip() if k else ""
            above = match_marker(before) if before else None
            if above is not None and above.style in ("cn_paren", "cn_dun"):
                start = k - 1
            cuts.append(start)
        expected = m.value + 1
    if not cuts:
        return [row]
    bounds = [0, *cuts, len(row)]
    return [row[a:b] for a, b in zip(bounds, bounds[1:], strict=False) if row[a:b]]


def _split_lost_row_end(row: list[str], header: int) -> list[list[str]]:
    """A row longer than the header whose unit cell is followed by a text cell: the copy lost the
    row end after the units (``… | 区司法局牵头… | 公开页面详细列明… | ||||``)."""
    if len(row) <= header:
        return [row]
    kinds = [cell_kind(c) for c in row]
    for k in range(1, len(row) - 1):
        if kinds[k] == "units" and kinds[k - 1] == "long" and kinds[k + 1] == "long":
            return [row[: k + 1], *_split_lost_row_end(row[k + 1 :], header)]
    return [row]


_CN_NUMERAL = re.compile(r"^[一二三四五六七八九十]{1,3}$")


def is_number_cell(text: str) -> bool:
    """A 序号 cell: ``1``, ``1.``, ``1、``, ``2-1``, or a Chinese numeral without punctuation
    (``一``, ``十二``); ``一、`` alone is a heading's number, not a row's."""
    m = match_bare_number(text)
    if m is None:
        return False
    if m.style == "cn_dun":
        return bool(_CN_NUMERAL.match(fold(text).strip()))
    return m.style in ("ar_dot", "ar_sub") and len(text.strip()) <= 4


def bare_row_number(text: str) -> int | None:
    """The number of a 序号 cell holding only an arabic row number (``1``, ``2.``), not a
    heading's; else None."""
    m = match_bare_number(text)
    return m.value if m is not None and m.style == "ar_dot" and is_number_cell(text) else None


def split_at_numbers(cells: list[str], header: int) -> list[list[str]] | None:
    """Cut a stream of cells without row ends into rows at the printed row numbers 1, 2, 3 …

    The first ``header`` cells are the header. The cells before the first number belong to its
    row (group columns); the shortest stretch between two numbers is the number of cells after a
    number, and what follows them up to the next number opens the next row.
    """
    body = cells[header:]
    nums: list[int] = []
    expected = 1
    for k, c in enumerate(body):
        m = match_bare_number(c)
        if is_number_cell(c) and m is not None and m.value == expected:
            nums.append(k)
            expected += 1
    if len(nums) < 2:
        return None
    after = min(b - a - 1 for a, b in zip(nums, nums[1:], strict=False))
    if after < 1:
        return None
    rows: list[list[str]] = [cells[:header]]
    # the last column a time limit: cells after a row that end at a time limit are a row of their
    # own under the number spanning both (5 | … | 6月底前 | 完成路面铺设。 | 11月底前 | 6 | …)
    timed = header > 0 and bool(re.search(r"时限|时间|期限|节点", fold(cells[header - 1])))
    start = 0
    for n, k in enumerate(nums):
        nxt = nums[n + 1] if n + 1 < len(nums) else len(body)
        end = min(k + 1 + after, nxt)
        rows.append(body[start:end])
        start = end
        extra = body[end:nxt]
        if timed and n + 1 < len(nums) and extra and len(extra) < after:
            if cell_kind(body[end - 1]) == "time" and cell_kind(extra[-1]) == "time":
                rows.append(extra)
                start = nxt
    if start < len(body):
        rows.append(body[start:])  # cells after the last row: a row cut off
    return rows


# ---------------------------------------------------------------- grid inference


def group_title(text: str) -> bool:
    """A short title without a number or a clause break (夯实公开基础): a group's title."""
    return cell_kind(text) == "short" and not re.search(r"[；;:：]", text)


def opens_numbered_row(cells: list[str]) -> bool:
    """A row whose first cell holding text is a row number or opens with one (1 | … or 1.…)."""
    first = next((c.strip() for c in cells if c.strip()), "")
    m = match_marker(first)
    return is_number_cell(first) or (
        m is not None and m.style in ("ar_dot", "ar_paren", "ar_half") and bool(first[m.end :])
    )


def cell_kind(text: str) -> str:
    """What a cell holds: num, time, units, long, heading or short."""
    t = text.strip()
    k = fold(t).replace(" ", "")
    if not t:
        return "empty"
    if is_number_cell(t):
        return "num"
    time = _TIME.match(k)
    # a time limit cell, not a sentence opening with a time word (全年组织开展…不少于100场。)
    if time and len(k) <= 40 and (k[0].isdigit() or len(k.rstrip("。")) <= 12):
        return "time"
    # names split at separators outside brackets (各县(市、区)政府 is one name)
    pieces = [p for ln in k.split("\n") for p in split_top_level(ln, "、,;，；") if p]
    verb = _UNIT_VERB.search(k)
    if verb and len(k) <= 120 and "。" not in k[:-1]:
        before = re.sub(r"(?:等.{0,4}|\([^()]*\))$", "", k[: verb.start()])
        if before and _UNIT_END.search(before):  # not 抓好督查落实。 nor 落实数据安全责任。
            return "units"
    if (
        pieces
        and len(k) <= 90 + 10 * len(pieces)
        and "。" not in k
        and all(_UNIT_END.search(re.sub(r"(?:等.{0,4}|\([^()]*\))$", "", p)) for p in pieces)
    ):
        return "units"
    marker = match_marker(t)
    if marker is not None and len(k) <= 40:
        return "heading"
    if len(k) > 40 or "。" in k:
        return "long"
    return "short"


_FIT = {
    "number": {"num": 4, "empty": 0, "long": -3},
    "deadline": {"time": 3, "short": 0.5, "units": -1.5, "long": -2, "num": -3, "heading": -1},
    "units": {"units": 3, "short": 0.5, "time": -1.5, "long": -2, "num": -3, "heading": -1},
    "lead": {"units": 3, "short": 0.5, "time": -1.5, "long": -2, "num": -3, "heading": -1},
    "support": {"units": 3, "short": 0.5, "time": -1.5, "long": -2, "num": -3, "heading": -1},
    "assessor": {"units": 3, "short": 0.5, "time": -1.5, "long": -2, "num": -3, "heading": -1},
    "title": {"short": 1, "heading": 1.5, "long": 0.5, "units": -0.5, "time": -1, "num": -3},
    "content": {"long": 2, "short": 0.5, "heading": 0.5, "units": -1, "time": -1, "num": -3},
    "ignore": {"short": 0, "time": 0, "units": -0.5, "long": -1, "num": -3, "heading": -1},
    "remarks": {"short": 0, "time": 0.5, "units": -0.5, "long": -1, "num": -3, "heading": -1},
    None: {"short": 0.5, "heading": 1, "long": 0, "units": -0.5, "time": -0.5, "num": -2},
}
_SKIP = {"number": 0.0, "title": 0.0, None: 0.0, "ignore": -0.2, "remarks": -0.2, "deadline": -0.8,
         "units": -1.2, "lead": -1.2, "support": -0.6, "content": -1.6}  # fmt: skip


# columns whose cells recur from row to row by nature (the same bodies, the same dates): a cell
# repeating the row above's there tells nothing of its column
_RECURRING = ("units", "lead", "support", "deadline")


def align(
    cells: list[str],
    roles: list[str | None],
    spannable: list[bool],
    leading: list[bool] | None = None,
    above: list[str] | None = None,
) -> list[int]:
    """Columns for the cells of a short row: the order-keeping placement that fits best.
    ``spannable`` columns may be left out anywhere for free; ``leading`` ones only before the
    row's first cell (a cell spanning from above is filled in only there). A cell repeating the
    text of the row ``above`` in a column (全县12个乡镇 under 全县12个乡镇) stands in that
    column, unless the column is one of units or time limits."""
    leading = leading or [False] * len(roles)
    same = [re.sub(r"\s+", "", t) for t in above or [""] * len(roles)]
    n, w = len(cells), len(roles)
    kinds = [cell_kind(c) for c in cells]
    neg = float("-inf")
    # best[i][j]: best score placing the first i cells within the first j columns
    best = [[neg] * (w + 1) for _ in range(n + 1)]
    back: list[list[tuple[int, int] | None]] = [[None] * (w + 1) for _ in range(n + 1)]
    best[0][0] = 0.0
    for j in range(1, w + 1):
        free = spannable[j - 1] or leading[j - 1]
        skip = _SKIP.get(roles[j - 1], -1.0) if not free else 0.0
        best[0][j] = best[0][j - 1] + skip
        back[0][j] = (0, j - 1)
    for i in range(1, n + 1):
        for j in range(i, w + 1):
            role = roles[j - 1]
            fit = _FIT.get(role, _FIT[None]).get(kinds[i - 1], -0.5)
            if (
                same[j - 1]
                and kinds[i - 1] != "num"
                and role not in _RECURRING
                and re.sub(r"\s+", "", cells[i - 1]) == same[j - 1]
            ):
                fit += 8
            take = best[i - 1][j - 1] + fit + 0.01 * j  # ties: prefer the later column
            skip_cost = _SKIP.get(role, -1.0) if not spannable[j - 1] else 0.0
            leave = best[i][j - 1] + skip_cost
            if take >= leave:
                best[i][j], back[i][j] = take, (i - 1, j - 1)
            else:
                best[i][j], back[i][j] = leave, (i, j - 1)
    cols: list[int] = []
    i, j = n, w
    while i > 0 and j > 0:
        prev = back[i][j]
        if prev is None:
            break
        if prev[0] == i - 1:
            cols.append(j - 1)
        i, j = prev
    cols.reverse()
    if len(cols) != n:
        return list(range(w - n, w))
    return cols


def _next_row_number(text: str, prev: list[str]) -> bool:
    """A one-cell row numbered next after a number printed in a cell of the row above
    (``2.做好…`` after ``… | 1.主动公开… | 办公室 |``): a row under spanning cells, not a
    heading."""
    marker = match_marker(text.strip())
    if marker is None:
        return False
    for cell in prev:
        above = match_marker(cell.strip()) if cell.strip() else None
        if above is not None and above.style == marker.style and above.value + 1 == marker.value:
            return True
    return False


def _solid_cells(row: list[str]) -> list[str]:
    """A row's texts without blanks, empty cells left out (to compare rows)."""
    return [t for t in (re.sub(r"\s+", "", fold(c)) for c in row) if t]


_CELL_FITS = {"deadline": ("time",), "units": ("units",), "lead": ("units",), "support": ("units",)}


def _header_over_rows(
    header: list[str], width: int, body: list[list[str]], roles_of: Callable
) -> list[str]:
    """A header no wider than the rows, its first cell spanning the leading columns: as many of
    them as put its time-limit and unit columns over the rows' time limits and units. Its last
    columns may be ones every row leaves empty (an empty 备注 column, whose cells the rows'
    trimmed ends dropped): the header then reaches beyond the rows by one or two columns.
    Where no placement fits better, the header ends with the rows."""
    full = [r for r in body if len(r) == width]

    def fit(cand: list[str]) -> int:
        score = 0
        for j, role in enumerate(roles_of(cand)):
            kinds = _CELL_FITS.get(role)
            for r in full if kinds else ():
                kind = cell_kind(r[j]) if j < len(r) else "empty"
                score += 1 if kind in kinds else -1 if kind != "empty" else 0
        return score

    best = [header[0]] * (width - len(header)) + header
    top = fit(best)
    for beyond in (1, 2):
        spread = width + beyond - len(header)
        if spread < 0:
            break
        cand = [header[0]] * spread + header
        if (score := fit(cand)) > top:
            best, top = cand, score
    return best


def _unit_subheader(header: list[str], sub: list[str], roles_of: Callable) -> list[str] | None:
    """A second header row under a unit column (责任单位 over 牵头 | 配合), two unit words or
    more and nothing else: the header with that column's cell replaced by them. Written in
    place under the header (``| | 牵头 | 配合 | |``, the cells spanning both rows left empty),
    its words take their columns; written alone (``牵头 | 配合 |``, the copy dropped the cells
    spanning both rows), they take the place of the header's one unit column. None when the
    row is no such header."""
    words = [c for c in sub if c.strip()]
    kinds = roles_of(words)
    # short words, one naming a lead or a supporting unit (not a row of unit names: 各有关单位)
    if len(words) < 2 or not all(r in UNIT_ROLES for r in kinds):
        return None
    if not {"lead", "support"} & set(kinds) or any(len(w.strip()) > 6 for w in words):
        return None
    roles = roles_of(header)
    if len(words) < len(sub):  # in place: its words under the header's cells
        if len(sub) > len(header):
            return None
        under = sub + [""] * (len(header) - len(sub))
        return [s if s.strip() else h for s, h in zip(under, header, strict=True)]
    units = [j for j, r in enumerate(roles) if r in UNIT_ROLES]
    if len(units) != 1:
        return None
    j = units[0]
    after = header[j + 1 :]
    while after and not after[0].strip():  # the spanned column's spare empty cells
        after = after[1:]
    return [*header[:j], *words, *after]


def build_grid(
    rows: list[list[str]], roles_of: Callable[[list[str]], list[str | None]]
) -> list[list[Cell]] | None:
    """Rectangular grid from raw rows: header first, short rows aligned, spans filled from above.

    ``roles_of(header_texts)`` gives the column roles for a header row (see columns.column_role).
    """
    if len(rows) < 2:
        return None
    trimmed = []
    for r in rows:
        r = list(r)
        while r and not r[-1].strip():
            r.pop()
        trimmed.append(r)
    if not trimmed[0]:  # no header cell at all: the reader misplaced the rows, not a grid
        return None
    header = [c for c in trimmed[0]]
    body = trimmed[1:]
    refined = _unit_subheader(header, body[0], roles_of) if body else None
    if refined is None and body:  # 时间 over 开始时间 | 完成时间, 责任单位 over 牵头 | 配合
        refined = lower_header_row(header, body[0])
    if refined is not None:  # 责任单位 over 牵头 | 配合: one header row of the lower cells
        header, body, rows = refined, body[1:], [rows[0], *rows[2:]]
    width = max(len(header), max((len(r) for r in body), default=0))
    if width < 2:
        return None
    # a header shorter than the rows: its first cell spanned the leading columns (or as wide
    # as they are, but with a last column they all leave empty)
    if len(header) <= width and header:
        header = _header_over_rows(header, width, body, roles_of)
        # rows as wide as the widest, their empty cells under the header's last columns
        body = [r + [""] * (len(header) - width) if len(r) == width else r for r in body]
        width = len(header)
    roles = list(roles_of(header))
    # a column holding printed row numbers is the number column, whatever its header says
    full = [r for r in body if len(r) == width]
    for j in range(width):
        vals = [r[j] for r in full if r[j].strip()]
        if vals and sum(1 for v in vals if is_number_cell(v)) * 2 > len(vals):
            roles[j] = "number"
            header[j] = "序号"
    grid: list[list[Cell]] = [[Cell(h) for h in header]]
    prev: list[str] = [""] * width
    again = _solid_cells(trimmed[0])
    for k, (r, written) in enumerate(zip(body, (len(r) for r in rows[1:]), strict=True)):
        if not r or _solid_cells(r) == again:
            continue  # the header printed again after a page break
        solid = [c for c in r if c.strip()]
        if (
            written >= width > len(r)
            and len(solid) == 1
            and group_title(solid[0])
            and k + 1 < len(body)
            and opens_numbered_row(body[k + 1])
        ):
            # a group's title without a number written with the table's empty cells, above a
            # numbered row (夯实基础 | | | |): its cell stays where it was written
            r = r + [""] * (width - len(r))
        if (
            width > len(r)
            and _group_in_number_column(r, roles)
            and (
                written >= width
                or (
                    group_title(solid[-1]) and k + 1 < len(body) and opens_numbered_row(body[k + 1])
                )
            )
        ):
            # a group row written with its empty cells, its number in the number column and its
            # title in the next (一 | 夯实基础 | | |): its cells stay where they were written;
            # so do they in a copy that drops the empty cells closing a row (tabs, blanks:
            # 一 <tab> 夯实基础), the title short and a numbered row below
            r = r + [""] * (width - len(r))
        if len(r) < width and not r[0].strip() and any(c.strip() for c in r):
            # ``| 完成路面铺设。 | 11月底前 |``: the empty first cell is the one spanning rows
            r = r[next(k for k, c in enumerate(r) if c.strip()) :]
        if len(r) >= width:
            cells = [Cell(c) for c in r[:width]]
        elif (
            len([c for c in r if c.strip()]) == 1
            and match_marker(r[0].strip()) is not None
            and not _next_row_number(r[0], prev)
        ):
            cells = [Cell(r[0])] + [Cell("") for _ in range(width - 1)]  # a heading row
            grid.append(cells)
            prev = [""] * width
            continue
        else:
            cells = place_short_row(r, roles, prev, written < width)
        grid.append(cells)
        prev = [c.text for c in cells]
    return grid


def unit_lines_row(r: list[str], roles: list[str | None], prev: list[str]) -> list[Cell] | None:
    """A row as wide as the header only because one of its unit cells was copied on two lines
    (14 | 学校…全覆盖。 | 区甲局 | 区乙局 | 区丙校、幼儿园 | 9月, under 序号 | 任务名称 |
    任务内容 | 牵头部门 | 配合部门 | 时间节点): its title cell, spanning from above, is left
    out, so the task text stands in the title column and a unit cell in the text column. The
    text goes to its column, the first unit column takes the first unit cell, the last one the
    rest (as in a row set apart by spaces), the columns after them the cells after. None when
    the row does not read so."""
    width = len(roles)
    t = roles.index("title") if "title" in roles else -1
    c = t + 1
    if t < 0 or c >= width or roles[c] != "content":
        return None
    units = c + 1
    while units < width and roles[units] in UNIT_ROLES:
        units += 1
    n = units - c - 1  # the unit columns after the text column
    if n < 2 or cell_kind(r[t]) != "long":
        return None
    names = r[c : c + n + 1]
    # (the last may name bodies of a kind, 幼儿园, as a short cell)
    if not all(cell_kind(x) == "units" for x in names[:-1]) or cell_kind(names[-1]) not in (
        "units",
        "short",
    ):
        return None
    above = Cell(prev[t], spanned=True) if prev[t].strip() else Cell("")
    unit_cells = [Cell(x) for x in names[: n - 1]] + [Cell("\n".join(names[n - 1 :]))]
    rest = [Cell(x) for x in r[c + n + 1 :]]
    return [*(Cell(x) for x in r[:t]), above, Cell(r[t]), *unit_cells, *rest]


def _group_in_number_column(r: list[str], roles: list[str | None]) -> bool:
    """A row of a group's number alone in the number column (一, （一）) and text in the next
    column, nothing before them."""
    k = roles.index("number") if "number" in roles else -1
    return (
        0 <= k < len(r) - 1
        and bool(_GROUP_NUMBER.match(r[k]))
        and [j for j, c in enumerate(r) if c.strip()] == [k, k + 1]
    )


def place_short_row(
    r: list[str], roles: list[str | None], prev: list[str], short: bool = True
) -> list[Cell]:
    """The cells of a row with fewer cells than the columns, placed by what they hold, with the
    cells spanning rows from the row above (``prev``) filled in where the row lacks them.

    ``short``: the row was written with fewer cells (not with empty cells that were dropped)."""
    width = len(roles)
    # a text column before another text column (类别 / 工作内容 / 具体措施) spans rows as a title
    # column does: the row's own text is the last one's
    texts = [j for j, role in enumerate(roles) if role in ("title", "content")]
    spannable = [bool(prev[j].strip()) and roles[j] in ("title", None, "number", "group")
                 for j in range(width)]  # fmt: skip
    leading = [bool(prev[j].strip()) and j in texts and j < texts[-1] for j in range(width)]
    if (
        not short
        and any(roles[j] == "number" and prev[j].strip() for j in range(width))
        and not any(is_number_cell(c) for c in r)
    ):
        # a row without a number, written with empty cells at its end for the cells spanning
        # it from above (新增… | 已… | || under 2 | 新建… | 已… | 某局 |): it shares the unit
        # cells of the row above (as below), so it may leave its unit columns out for free
        spannable = [
            spannable[j] or (roles[j] in UNIT_ROLES and cell_kind(prev[j]) == "units")
            for j in range(width)
        ]
    cols = align(r, roles, spannable, leading, prev)
    cells = [Cell("") for _ in range(width)]
    placed = set()
    for c, j in zip(r, cols, strict=False):
        cells[j] = Cell(c)
        placed.add(j)
    first = min(placed) if placed else width
    for j in range(width):
        if j not in placed and j < first and (spannable[j] or leading[j]):
            cells[j] = Cell(prev[j], spanned=True)
    # a row holding only its text lies under a responsibility cell spanning rows
    # (``8.及时反馈… |`` under ``7.… | 办公室、各股室 |``): that cell applies to it too
    # and so does a row under a number cell spanning rows (5 | … | 县住建局 | 6月底前 /
    # … | 11月底前): the rows of one number share its responsibility cell
    under_number = any(
        roles[j] == "number" and cells[j].spanned and cells[j].text.strip() for j in range(width)
    )
    kinds = [cell_kind(c) for c in r]  # its own number besides: 3 | 开展好…。
    text_only = all(k in ("long", "heading", "short", "num") for k in kinds) and kinds != ["num"]
    if (text_only or under_number) and not any(roles[j] in UNIT_ROLES for j in placed):
        for j in range(width):
            if j not in placed and roles[j] in UNIT_ROLES and prev[j].strip():
                cells[j] = Cell(prev[j], spanned=True)
    # a unit column a short row leaves out between its cells (2 | 新建… | 全县12个乡镇 | 12月底
    # under 1 | … | 县水利局 | 全县12个乡镇 | 10月底): the unit cell spans both rows
    last = max(placed) if placed else -1
    for j in range(first + 1, last if short else 0):
        if j not in placed and roles[j] in UNIT_ROLES and cell_kind(prev[j]) == "units":
            cells[j] = Cell(prev[j], spanned=True)
    # a row written without its time limit cell (2 | … | 县政府办 | under
    # 1 | … | 县司法局 | 2023年6月底前 |), not one that writes its empty cells: the time limit
    # cell spans both rows
    for j in range(width if short else 0):
        if j not in placed and roles[j] == "deadline" and cell_kind(prev[j]) == "time":
            cells[j] = Cell(prev[j], spanned=True)
    return cells
