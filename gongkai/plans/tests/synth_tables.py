"""Made-up task-division tables (重点任务分工表) in the forms copies take, each with its gold.

A seeded generator writes tables as Chinese agencies publish them: a title line and a short
preamble or none; a header of the words plans use (序号; 工作任务 / 重点任务 / 任务内容 /
工作内容 / 具体措施 / 主要任务; 责任单位 / 责任部门, or 牵头单位 and 配合单位; a time-limit
column headed 完成时限 / 时限要求 / 完成时间 / 时间节点 / 进度安排 / 时间安排 / 办结时限); the
time limit before or after the units, an empty 备注 column or none; group rows (一、… or
（一）… standing as a row of their own), or a group column whose cell spans its rows (printed
on the group's first row only); the tasks' numbers in a 序号 column or opening the task cell
(1.…), running on or starting again in each group; task cells of two paragraphs (a line break
between sentences); time limits as plans write them (2024年6月底前, 年底前, 持续推进, 每季度,
2024年3月—12月, 2024.12, 按上级要求, 立行立改 …). All text is invented from small vocabularies.

Each table is rendered in the forms copies take: rows written with '|' (``pipes``; a bar
opening each line or not, a group row alone or followed by the table's empty cells, its number
in the 序号 column or not), one cell
per line with a '|' line between cells and no row ends (``cell_bars``), rows with tabs between
cells (``tabs``) or runs of spaces (``spaces``), cells one per line set apart by blank lines
(``blank_lines``), and as the files a coordinator uploads: a government site's article page
with an HTML <table> (``html``, forms_eval's page around it), a Word table (``docx``) and a
ruled PDF table (``pdf``, set as forms_eval sets its grids). The files hold real spans (a group
row one cell across the table, a group column's cell down its rows), which forms_eval's Word and
PDF writers cannot set (they take complete grids of text rows), hence writers of their own here.

The gold follows the schema (../shared/workplans/README.md): a task is a numbered row, its path
the group's number (if any) then the row's number; its units the unit cells' names split at
、 / ，, the lead column's first; its deadline the time-limit cell as written. Scored with
score.py's own ``score`` / ``prf`` (forms_eval's helpers), pooled per form.

Left out, where a person could not read the form either:
- a cell's line breaks in ``tabs``, ``spaces`` and ``blank_lines``: without bars a cell's second
  paragraph reads as the next cell (or row); those forms write each cell on one line;
- an empty 备注 column in ``spaces``, ``blank_lines`` and the files: an empty cell leaves no
  mark in the first two, so the columns could not be told apart (the files leave it out too,
  as forms_eval's grids do);
- unit cells with one unit per line, and cells saying ``A牵头，B配合`` (forms of unit
  statements, not of tables);
- unnumbered rows (their ¶N paths are counted per parent, another decision than a table's);
- a time-limit cell spanning several rows (which rows it covers is the page's, lost in a text
  copy).

Run with ``python -m gongkai.plans.tests.synth_tables [-v] [--seeds FROM-TO] [FORM ...]``
(seeds 0–39 by default; ``--seeds 40-399`` scores others, both ends included).
"""

from __future__ import annotations

import html
import io
import random
import re
import sys
from collections import Counter
from dataclasses import dataclass, field

from .forms_eval import FileForm, _figures, _html_document, _predict

SEEDS = 40

_PLACES = ("青山区", "东湖区", "临川县", "安平县", "南溪区", "北川市", "云江市", "清河县")
_TOPICS = ("政务公开工作", "优化营商环境", "数字政府建设", "安全生产", "乡村振兴", "城市管理")
_TITLE_ENDS = ("重点任务分工表", "任务分解表", "工作任务清单", "重点工作任务分工", "任务分工方案")
_PREAMBLES = (
    "为抓好各项工作落实，现将重点任务分解如下。",
    "各单位要对照任务清单，细化工作措施，确保按时完成。",
    "现将有关任务分工明确如下，请各责任单位认真抓好落实。",
)
_UNITS = (
    "区政府办公室",
    "区发展改革局",
    "区财政局",
    "区教育局",
    "区司法局",
    "区卫生健康局",
    "区市场监管局",
    "区应急管理局",
    "区住房城乡建设局",
    "区人力资源社会保障局",
    "区政务服务数据管理局",
    "区生态环境分局",
    "各镇（街道）",
    "区直有关部门",
)
_VERBS = ("完善", "健全", "推进", "深化", "加强", "落实", "规范", "优化", "强化", "建立")
_OBJECTS = (
    "信息发布审核机制",
    "重大决策预公开制度",
    "政策解读回应工作",
    "基层公开标准目录",
    "政府网站专栏建设",
    "依申请公开办理流程",
    "行政执法公示制度",
    "财政预决算公开",
    "公共资源配置信息公开",
    "政务服务事项清单",
    "数据资源共享平台",
    "隐患排查整治台账",
    "农村人居环境整治",
    "市容秩序专项整治",
    "企业开办便利化改革",
)
_AIMS = (
    "确保工作规范有序",
    "做到应公开尽公开",
    "提升群众满意度",
    "形成长效工作机制",
    "按要求报送工作进展",
    "及时向社会公布结果",
)
_GROUPS = (
    "提升公开质量",
    "强化制度保障",
    "优化服务水平",
    "夯实工作基础",
    "加强监督考核",
    "推动重点领域改革",
)
_CN = "一二三四五六七八九十"

_TASK_HEADS = ("工作任务", "重点任务", "任务内容", "工作内容", "具体措施", "主要任务")
_GROUP_HEADS = ("重点任务", "工作任务", "主要任务", "任务类别")
_UNIT_HEADS = ("责任单位", "责任部门")
_TIME_HEADS = ("完成时限", "时限要求", "完成时间", "时间节点", "进度安排", "时间安排", "办结时限")


def _time_limit(rng: random.Random, year: int) -> str:
    m = rng.randint(3, 11)
    forms = (
        f"{year}年{m}月底前",
        "年底前",
        f"{year}年12月31日前",
        "持续推进",
        "长期坚持",
        "全年",
        "常态化推进",
        "每季度",
        "每月",
        f"{year}年第{_CN[rng.randint(1, 3)]}季度",
        "上半年",
        "下半年",
        f"{year}年{m}月—12月",
        f"{year}.{m}",
        f"{m}月底",
        "按上级要求",
        "根据工作进度",
        f"{year}年{m}月底前完成",
        "年内完成",
        "立行立改",
        f"{m}月底前",
    )
    return rng.choice(forms)


@dataclass
class Table:
    """A made-up table: lines before it, its header, its rows (a row: cells, a cell's lines
    joined by '\\n'; a group row: one cell), and the gold tasks."""

    title: str
    preamble: str
    header: list[str]
    rows: list[list[str]]
    gold: list[dict] = field(default_factory=list)
    has_remarks: bool = False
    spans: bool = False  # a group column printed on its group's first row only
    breaks: bool = False  # cells of several lines


def _task_text(rng: random.Random, breaks: bool) -> tuple[str, str]:
    """(title, cell text): a task's short heading and its text, two sentences possibly on two
    lines."""
    verb, obj = rng.choice(_VERBS), rng.choice(_OBJECTS)
    title = f"{verb}{obj}"
    first = f"{title}，{rng.choice(_AIMS)}。"
    if rng.random() < 0.5:
        return title, first
    second = f"{rng.choice(_VERBS)}{rng.choice(_OBJECTS)}，{rng.choice(_AIMS)}。"
    return title, first + ("\n" if breaks else "") + second


def make_table(seed: int, form: str) -> Table:
    """A table for ``form`` (some forms leave out what they cannot show, see the docstring)."""
    rng = random.Random(f"{form}-{seed}")
    year = rng.randint(2022, 2025)
    place = rng.choice(_PLACES)
    title = ""
    if rng.random() < 0.7:
        title = f"{place}{year}年{rng.choice(_TOPICS)}{rng.choice(_TITLE_ENDS)}"
    preamble = rng.choice(_PREAMBLES) if title and rng.random() < 0.5 else ""
    breaks = form not in ("tabs", "spaces", "blank_lines") and rng.random() < 0.5
    remarks = form in ("pipes", "cell_bars", "tabs") and rng.random() < 0.3  # see above
    number_column = rng.random() < 0.5
    group = rng.choice(("none", "row", "row", "column"))
    group_style = rng.choice(("dun", "paren"))
    two_units = rng.random() < 0.4
    time_first = rng.random() < 0.3
    # header
    header: list[str] = []
    if number_column:
        header.append("序号")
    if group == "column":
        header.append(rng.choice(_GROUP_HEADS))
        task_head = rng.choice(("具体措施", "工作内容", "任务内容", "具体任务"))
    else:
        task_head = rng.choice(_TASK_HEADS)
    header.append(task_head)
    unit_heads = ["牵头单位", "配合单位"] if two_units else [rng.choice(_UNIT_HEADS)]
    time_head = rng.choice(_TIME_HEADS)
    header.extend([time_head, *unit_heads] if time_first else [*unit_heads, time_head])
    if remarks:
        header.append("备注")
    rows: list[list[str]] = []
    gold: list[dict] = []
    n_groups = rng.randint(2, 4) if group != "none" else 1
    # the numbers start again in each group, or run on through the table (one way per table)
    restart = group != "none" and not number_column and rng.random() < 0.5
    number = 0
    for g in range(n_groups):
        gnum = _CN[g] + "、" if group_style == "dun" else f"（{_CN[g]}）"
        gkey = _CN[g] if group_style == "dun" else f"（{_CN[g]}）"
        gtitle = rng.choice(_GROUPS)
        if group == "row":
            rows.append([f"{gnum}{gtitle}"])
        if restart:
            number = 0
        for k in range(rng.randint(1, 4) if group != "none" else rng.randint(3, 7)):
            number += 1
            title_, text = _task_text(rng, breaks)
            lead = rng.sample(_UNITS, rng.randint(1, 2))
            rest = [u for u in _UNITS if u not in lead]
            others = rng.sample(rest, rng.randint(1, 3)) if two_units else []
            sep = rng.choice(("、", "，"))
            deadline = _time_limit(rng, year)
            row: list[str] = []
            if number_column:
                row.append(str(number))
            if group == "column" and k == 0:
                row.append(f"{gnum}{gtitle}")
            row.append(text if number_column else f"{number}.{text}")
            unit_cells = [sep.join(lead)] + ([sep.join(others)] if two_units else [])
            row.extend([deadline, *unit_cells] if time_first else [*unit_cells, deadline])
            if remarks:
                row.append("")
            rows.append(row)
            path = ([gkey] if group != "none" else []) + [str(number)]
            gold.append(
                {
                    "path": path,
                    "title": title_,
                    "lead": lead if two_units else [],
                    "units": lead + others,
                    "deadline": deadline,
                }
            )
    return Table(title, preamble, header, rows, gold, remarks, group == "column", breaks)


# ---------------------------------------------------------------- forms
def _before(t: Table) -> list[str]:
    out = [t.title] if t.title else []
    if t.preamble:
        out.append(t.preamble)
    return out


def _pipes(t: Table, rng: random.Random) -> str:
    """Rows written with '|', a bar opening each line or not; a group row one cell, or its cell
    then the table's other cells empty (as a copy of a row spanning the table gives it)."""
    opening = "| " if rng.random() < 0.3 else ""
    filled = rng.random() < 0.5
    lines = _before(t)
    lines.append(opening + " | ".join(t.header) + " |")
    for row in t.rows:
        if len(row) == 1 and filled:
            row = row + [""] * (len(t.header) - 1)
            number = re.match(r"^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）)", row[0])
            if t.header[0] == "序号" and number and rng.random() < 0.5:
                # its number in the 序号 column, its title in the next (一 | 夯实… | | |)
                row[:2] = [number.group().rstrip("、"), row[0][number.end() :]]
        lines.append(opening + " | ".join(row) + " |")
    return "\n".join(lines)


def _cell_bars(t: Table) -> str:
    lines = _before(t)
    for row in [t.header, *t.rows]:
        for cell in row:
            lines.extend(cell.split("\n") if cell else [""])
            lines.append("|")
    return "\n".join(lines)


def _joined(t: Table, gap) -> str:
    lines = _before(t)
    for row in [t.header, *t.rows]:
        cells = [c.replace("\n", "") for c in row]
        while cells and not cells[-1]:
            cells.pop()  # the empty remarks closing a row
        lines.append(gap().join(cells) if len(cells) > 1 else cells[0])
    return "\n".join(lines)


def _tabs(t: Table, rng: random.Random) -> str:
    return _joined(t, lambda: "\t")


def _spaces(t: Table, rng: random.Random) -> str:
    return _joined(t, lambda: " " * rng.randint(2, 6))


def _blank_lines(t: Table) -> str:
    lines = _before(t)
    for row in [t.header, *t.rows]:
        for cell in row:
            if cell:
                lines.extend([cell.replace("\n", ""), ""])
    return "\n".join(lines)


def _spanned(t: Table) -> list[list[tuple[str, int, int]]]:
    """The table's rows as (text, rowspan, colspan) cells, as a page or a file holds them: a
    group row one cell across the table, a group column's cell down its group's rows."""
    width = len(t.header)
    out: list[list[tuple[str, int, int]]] = [[(c, 1, 1) for c in t.header]]
    rows = t.rows
    for k, row in enumerate(rows):
        if len(row) == 1:
            out.append([(row[0], 1, width)])
            continue
        cells = [(c, 1, 1) for c in row]
        if t.spans and len(row) == width:
            at = 1 if t.header[0] == "序号" else 0
            down = 1
            while k + down < len(rows) and len(rows[k + down]) < width:
                down += 1
            cells[at] = (row[at], down, 1)
        out.append(cells)
    return out


def _html(t: Table, seed: int) -> FileForm:
    def article(parts: list) -> str:
        out = [f"<p>{html.escape(v)}</p>" for kind, v in parts if kind != "table"]
        rows = "".join(
            "<tr>"
            + "".join(
                f'<td rowspan="{r}" colspan="{c}">{html.escape(x).replace(chr(10), "<br>")}</td>'
                for x, r, c in row
            )
            + "</tr>\n"
            for row in _spanned(t)
        )
        out.append(f'<table border="1" cellspacing="0">\n<tbody>\n{rows}</tbody></table>')
        return "\n".join(out)

    return _html_document("\n".join(_before(t)), f"synth {seed}", article)


def _docx(t: Table) -> FileForm:
    import docx

    document = docx.Document()
    for line in _before(t):
        document.add_paragraph(line)
    rows = _spanned(t)
    width = len(t.header)
    table = document.add_table(rows=len(rows), cols=width)
    table.style = "Table Grid"
    todo: dict[tuple[int, int], int] = {}  # (row, col) of cells a span above covers
    for r, cells in enumerate(rows):
        col = 0
        for text, down, across in cells:
            while (r, col) in todo:
                col += 1
            cell = table.cell(r, col)
            if down > 1 or across > 1:
                cell = cell.merge(table.cell(r + down - 1, col + across - 1))
                for d in range(1, down):
                    todo[(r + d, col)] = 1
            cell.text = text
            col += across
    out = io.BytesIO()
    document.save(out)
    return FileForm(out.getvalue(), ".docx")


def _pdf(t: Table) -> FileForm:
    """A ruled table set as forms_eval's PDF sets its grids (cells wrapped in narrow columns,
    the header printed again on each page), spans drawn as one cell."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, TableStyle
    from reportlab.platypus import Table as PdfTable

    font = "STSong-Light"
    pdfmetrics.registerFont(UnicodeCIDFont(font))
    body = ParagraphStyle("body", fontName=font, fontSize=16, leading=28, wordWrap="CJK")
    cell = ParagraphStyle("cell", fontName=font, fontSize=11, leading=15, wordWrap="CJK")
    rows = _spanned(t)
    width = len(t.header)
    grid: list[list] = []
    style = [("GRID", (0, 0), (-1, -1), 0.6, "black"), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]
    covered: set[tuple[int, int]] = set()
    for r, cells in enumerate(rows):
        line: list = [""] * width
        col = 0
        for text, down, across in cells:
            while (r, col) in covered:
                col += 1
            line[col] = Paragraph(html.escape(text).replace("\n", "<br/>"), cell)
            if down > 1 or across > 1:
                style.append(("SPAN", (col, r), (col + across - 1, r + down - 1)))
                covered.update((r + d, col) for d in range(1, down))
            col += across
        grid.append(line)
    full = A4[0] - 54 * mm
    unit = 11 * 4.5 + 12
    widths = [unit] * width
    wide = max(range(width), key=lambda k: max(len(r[k]) for r in t.rows if len(r) == width))
    widths[wide] = full - unit * (width - 1)
    if t.header[0] == "序号":
        widths[0] = 11 * 2 + 12
        widths[wide] += unit - widths[0]
    table = PdfTable(grid, colWidths=widths, repeatRows=1)
    table.setStyle(TableStyle(style))
    out = io.BytesIO()
    template = SimpleDocTemplate(
        out, pagesize=A4, leftMargin=28 * mm, rightMargin=26 * mm, topMargin=37 * mm,
        bottomMargin=35 * mm, invariant=1,
    )  # fmt: skip
    story = [Paragraph(html.escape(x), body) for x in _before(t)] + [table]
    template.build(story)
    return FileForm(out.getvalue(), ".pdf")


def render(t: Table, form: str, seed: int) -> str | FileForm:
    rng = random.Random(f"render-{form}-{seed}")
    if form == "pipes":
        return _pipes(t, rng)
    if form == "cell_bars":
        return _cell_bars(t)
    if form == "tabs":
        return _tabs(t, rng)
    if form == "spaces":
        return _spaces(t, rng)
    if form == "blank_lines":
        return _blank_lines(t)
    if form == "html":
        return _html(t, seed)
    return _docx(t) if form == "docx" else _pdf(t)


FORMS = ("pipes", "cell_bars", "tabs", "spaces", "blank_lines", "html", "docx", "pdf")


def score_form(form: str, seeds, verbose: bool = False) -> tuple[float, float, float]:
    from .test_parsing_real import _score_module

    sc = _score_module()
    totals: Counter[str] = Counter()
    for seed in seeds:
        t = make_table(seed, form)
        pred = _predict(render(t, form, seed))
        counts = sc.score(pred, t.gold)
        totals.update(counts)
        f = _figures(sc, counts)
        if verbose and min(f) < 1.0:
            print(f"    seed {seed}: {f[0]:.3f} {f[1]:.3f} {f[2]:.3f}")
    return _figures(sc, totals)


def _seeds(argv: list[str]) -> tuple[range, list[str]]:
    """The seeds ``--seeds FROM-TO`` names (0 to SEEDS - 1 without it) and the other args."""
    if "--seeds" not in argv:
        return range(SEEDS), argv
    at = argv.index("--seeds")
    low, _, high = argv[at + 1].partition("-")
    return range(int(low), int(high or low) + 1), argv[:at] + argv[at + 2 :]


def main(argv: list[str]) -> int:
    seeds, argv = _seeds(argv)
    forms = [a for a in argv if not a.startswith("-")] or list(FORMS)
    verbose = "-v" in argv
    span = f"seeds {seeds.start}–{seeds.stop - 1}"
    print(f"== made-up task-division tables ({len(seeds)} per form, {span}), pooled F1")
    for form in forms:
        ft, fu, fd = score_form(form, seeds, verbose)
        print(f"{form:12s} tasks F1 {ft:.3f}; units F1 {fu:.3f}; deadlines F1 {fd:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
