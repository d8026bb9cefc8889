"""The annual report as a Word document, laid out as published reports are.

The title in 小标宋, the body in 仿宋 三号 (GB/T 9704-2012, as the letters), headings 一、… in 黑体
and the overview's sub-headings in 楷体; the tables with the merged header cells of the formats
(国办公开办函〔2021〕30号, 〔2019〕60号).
"""

import io

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

from gongkai.applications.letter_files import (
    BODY_PT,
    DOCX_BODY_FONT,
    DOCX_TITLE_FONT,
    LINE_PT,
    MARGINS_MM,
    TITLE_PT,
)

from .formats import (
    T2_FIRST_COLUMN,
    T3_COLUMNS,
    T3_CORNER,
    T3_GROUP_LABEL,
    T3_ORG_COLUMNS,
    T3_ORGS_GROUP,
    T3_PERSON,
    T3_TOTAL_COLUMN,
    T4_COLUMNS,
    T4_GROUPS,
    T4_LAWSUIT,
    T4_RECONSIDERATION,
    narrative_parts,
)
from .selectors import AnnualTables, plain_number

HEADING_FONT = "黑体"
SUBHEADING_FONT = "楷体_GB2312"
TABLE_PT = 10.5  # 五号


def _font(run, name: str, size: float, bold: bool = False) -> None:
    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    run._element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), name)


def _cell(cell, text, *, bold: bool = False, align=WD_ALIGN_PARAGRAPH.CENTER) -> None:
    para = cell.paragraphs[0]
    para.alignment = align
    para.paragraph_format.space_after = Pt(0)
    _font(para.add_run("" if text is None else str(plain_number(text))), DOCX_BODY_FONT,
          TABLE_PT, bold)  # fmt: skip


def _merge(table, top: int, left: int, bottom: int, right: int, text, **style):
    cell = table.cell(top, left)
    if (bottom, right) != (top, left):
        cell = cell.merge(table.cell(bottom, right))
    _cell(cell, text, **style)
    return cell


def _table(document, rows: int, cols: int):
    table = document.add_table(rows=rows, cols=cols)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    return table


def _table_two(document, tables: AnnualTables) -> None:
    """One table: per block a caption row, a header row and its rows; cells merged rightwards
    where a block has fewer columns than the widest."""
    blocks = tables.fmt.t2_blocks
    width = 1 + max(len(b.columns) for b in blocks)
    table = _table(document, sum(2 + len(b.rows) for b in blocks), width)
    r = 0
    for block in blocks:
        _merge(table, r, 0, r, width - 1, block.caption, bold=True)
        _cell(table.cell(r + 1, 0), T2_FIRST_COLUMN, bold=True)
        spans = _spans(len(block.columns), width - 1)
        for (first, last), column in zip(spans, block.columns, strict=True):
            _merge(table, r + 1, first, r + 1, last, column, bold=True)
        for n, row in enumerate(block.rows, start=r + 2):
            _cell(table.cell(n, 0), row)
            for (first, last), column in zip(spans, block.columns, strict=True):
                _merge(table, n, first, n, last, tables.t2[row][column])
        r += 2 + len(block.rows)


def _spans(count: int, available: int) -> list[tuple[int, int]]:
    """Columns 1…available shared among ``count`` header cells, the last taking the rest."""
    spans = [(1 + n, 1 + n) for n in range(count)]
    spans[-1] = (count, available)
    return spans


def _table_three(document, tables: AnnualTables) -> None:
    rows = tables.fmt.t3_rows
    table = _table(document, 3 + len(rows), 1 + len(T3_COLUMNS))
    _merge(table, 0, 0, 2, 0, T3_CORNER)
    _merge(table, 0, 1, 0, len(T3_COLUMNS), T3_GROUP_LABEL, bold=True)
    _merge(table, 1, 1, 2, 1, T3_PERSON, bold=True)
    _merge(table, 1, 2, 1, 1 + len(T3_ORG_COLUMNS), T3_ORGS_GROUP, bold=True)
    _merge(table, 1, len(T3_COLUMNS), 2, len(T3_COLUMNS), T3_TOTAL_COLUMN, bold=True)
    for n, column in enumerate(T3_ORG_COLUMNS, start=2):
        _cell(table.cell(2, n), column, bold=True)
    for r, row in enumerate(rows, start=3):
        label = table.cell(r, 0)
        _cell(label, "　" * row.depth + row.label, align=WD_ALIGN_PARAGRAPH.LEFT)
        if row.data:
            for c, column in enumerate(T3_COLUMNS, start=1):
                _cell(table.cell(r, c), tables.t3[row.code][column])
        else:
            _merge(table, r, 1, r, len(T3_COLUMNS), "")


def _table_four(document, tables: AnnualTables) -> None:
    size = len(T4_COLUMNS)
    table = _table(document, 4, size * len(T4_GROUPS))
    _merge(table, 0, 0, 1, size - 1, T4_RECONSIDERATION, bold=True)
    _merge(table, 0, size, 0, 3 * size - 1, T4_LAWSUIT, bold=True)
    for g, group in enumerate(T4_GROUPS):
        if g:
            _merge(table, 1, g * size, 1, (g + 1) * size - 1, group, bold=True)
        for c, column in enumerate(T4_COLUMNS):
            _cell(table.cell(2, g * size + c), column, bold=True)
            _cell(table.cell(3, g * size + c), tables.t4[group][column])


def report_docx(tables: AnnualTables, texts: dict[str, str]) -> bytes:
    """Return the report on ``tables.year`` with the written ``texts`` as a .docx file."""
    document = Document()
    section = document.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin, section.bottom_margin = Mm(MARGINS_MM["top"]), Mm(MARGINS_MM["bottom"])
    section.left_margin, section.right_margin = Mm(MARGINS_MM["left"]), Mm(MARGINS_MM["right"])

    def paragraph(text: str, font: str, size: float, *, align=None, indent: bool = False):
        para = document.add_paragraph()
        para.paragraph_format.line_spacing = Pt(LINE_PT)
        para.paragraph_format.space_after = Pt(0)
        if indent:
            para.paragraph_format.first_line_indent = Pt(2 * size)
        if align is not None:
            para.alignment = align
        _font(para.add_run(text), font, size)

    def body(text: str) -> None:
        for line in filter(None, (t.strip() for t in text.splitlines())):
            paragraph(line, DOCX_BODY_FONT, BODY_PT, align=WD_ALIGN_PARAGRAPH.JUSTIFY, indent=True)

    fmt = tables.fmt
    title = f"{tables.org.name}{tables.year}年政府信息公开工作年度报告"
    paragraph(title, DOCX_TITLE_FONT, TITLE_PT, align=WD_ALIGN_PARAGRAPH.CENTER)
    titles = dict(fmt.sections)
    parts = narrative_parts(fmt)
    paragraph(titles["一"], HEADING_FONT, BODY_PT, indent=True)
    for key, heading in parts:
        if key.startswith("一"):
            if key != "一":
                paragraph(heading, SUBHEADING_FONT, BODY_PT, indent=True)
            body(texts.get(key, ""))
    for number, builder in (("二", _table_two), ("三", _table_three), ("四", _table_four)):
        paragraph(titles[number], HEADING_FONT, BODY_PT, indent=True)
        builder(document, tables)
    paragraph(titles["五"], HEADING_FONT, BODY_PT, indent=True)
    body(texts.get("五", ""))
    paragraph(titles["六"], HEADING_FONT, BODY_PT, indent=True)
    body(texts.get("六", ""))  # the fees are in its text (the draft states them)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()
