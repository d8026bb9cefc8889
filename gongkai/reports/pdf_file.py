"""The annual report as a PDF, laid out as the .docx: the same headings, texts and tables.

The font is the letters' (a FangSong face when the server has one, else the closest Debian
ships; see ``applications.letter_files.pdf_font``); tables have the formats' merged headers.
"""

import io

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from gongkai.applications.letter_files import BODY_PT, LINE_PT, MARGINS_MM, TITLE_PT, pdf_font

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
from .html_file import report_title
from .selectors import AnnualTables, plain_number

WIDTH_MM = 210 - MARGINS_MM["left"] - MARGINS_MM["right"]
TABLE_PT = 8


def _grid(spans: list[tuple[tuple[int, int], tuple[int, int]]]) -> TableStyle:
    commands = [
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), 2),
        ("RIGHTPADDING", (0, 0), (-1, -1), 2),
    ]
    commands += [("SPAN", start, end) for start, end in spans]
    return TableStyle(commands)


def report_pdf(tables: AnnualTables, texts: dict[str, str]) -> bytes:
    """Return the report on ``tables.year`` with the written ``texts`` as a PDF."""
    font = pdf_font()
    cell = ParagraphStyle(
        "cell", fontName=font, fontSize=TABLE_PT, leading=TABLE_PT * 1.3, alignment=TA_CENTER,
        wordWrap="CJK",
    )  # fmt: skip
    label = ParagraphStyle("label", parent=cell, alignment=TA_LEFT)
    depths = [ParagraphStyle(f"depth{d}", parent=label, leftIndent=d * TABLE_PT) for d in range(3)]
    heading = ParagraphStyle(
        "heading", fontName=font, fontSize=BODY_PT, leading=LINE_PT, firstLineIndent=2 * BODY_PT
    )
    body = ParagraphStyle(
        "body", parent=heading, alignment=TA_JUSTIFY, wordWrap="CJK", fontSize=BODY_PT - 2
    )
    title = ParagraphStyle(
        "title", fontName=font, fontSize=TITLE_PT, leading=TITLE_PT * 1.4, alignment=TA_CENTER,
        wordWrap="CJK",
    )  # fmt: skip

    def c(value, style=cell) -> Paragraph:
        return Paragraph("" if value is None else str(plain_number(value)), style)

    def texts_of(key: str) -> list:
        lines = (line.strip() for line in texts.get(key, "").splitlines())
        return [Paragraph(line, body) for line in lines if line]

    fmt = tables.fmt
    titles = dict(fmt.sections)
    story: list = [Paragraph(report_title(tables), title), Spacer(1, LINE_PT / 2)]
    story.append(Paragraph(titles["一"], heading))
    for key, head in narrative_parts(fmt):
        if key.startswith("一"):
            if key != "一":
                story.append(Paragraph(head, heading))
            story += texts_of(key)

    # 二: per block a caption row, a header row and its rows, narrower blocks merged rightwards
    width = 1 + max(len(b.columns) for b in fmt.t2_blocks)
    rows, spans = [], []
    for block in fmt.t2_blocks:
        pad = [""] * (width - 1 - len(block.columns))
        n = len(rows)
        spans.append(((0, n), (width - 1, n)))
        rows.append([c(block.caption)] + [""] * (width - 1))
        rows.append([c(T2_FIRST_COLUMN)] + [c(col) for col in block.columns] + pad)
        rows += [
            [c(row)] + [c(tables.t2[row][col]) for col in block.columns] + pad for row in block.rows
        ]
        if pad:
            spans += [((len(block.columns), r), (width - 1, r)) for r in range(n + 1, len(rows))]
    first = 30 * mm
    story += [
        Paragraph(titles["二"], heading),
        Table(
            rows,
            colWidths=[first] + [(WIDTH_MM * mm - first) / (width - 1)] * (width - 1),
            style=_grid(spans),
            repeatRows=0,
        ),  # fmt: skip
    ]

    # 三: corner over three header rows, 申请人情况 over seven columns
    header = [
        [c(T3_CORNER), c(T3_GROUP_LABEL)] + [""] * 6,
        ["", c(T3_PERSON), c(T3_ORGS_GROUP), "", "", "", "", c(T3_TOTAL_COLUMN)],
        ["", "", *(c(col) for col in T3_ORG_COLUMNS), ""],
    ]
    spans = [((0, 0), (0, 2)), ((1, 0), (7, 0)), ((1, 1), (1, 2)), ((2, 1), (6, 1)),
             ((7, 1), (7, 2))]  # fmt: skip
    body_rows = []
    for n, row in enumerate(fmt.t3_rows, start=3):
        text = c(row.label, depths[row.depth])
        if row.data:
            body_rows.append([text] + [c(tables.t3[row.code][col]) for col in T3_COLUMNS])
        else:
            body_rows.append([text] + [""] * 7)
            spans.append(((1, n), (7, n)))
    first = 56 * mm
    story += [
        Paragraph(titles["三"], heading),
        Table(
            header + body_rows,
            colWidths=[first] + [(WIDTH_MM * mm - first) / 7] * 7,
            style=_grid(spans),
            repeatRows=3,
        ),  # fmt: skip
    ]

    # 四: 行政复议 over two header rows, 行政诉讼 over ten columns, one row of 15 numbers
    size = len(T4_COLUMNS)
    rows = [
        [c(T4_RECONSIDERATION)] + [""] * (size - 1) + [c(T4_LAWSUIT)] + [""] * (2 * size - 1),
        [""] * size + [c(T4_GROUPS[1])] + [""] * (size - 1) + [c(T4_GROUPS[2])]
        + [""] * (size - 1),
        [c(col) for _group in T4_GROUPS for col in T4_COLUMNS],
        [c(tables.t4[group][col]) for group in T4_GROUPS for col in T4_COLUMNS],
    ]  # fmt: skip
    spans = [((0, 0), (size - 1, 1)), ((size, 0), (3 * size - 1, 0)),
             ((size, 1), (2 * size - 1, 1)), ((2 * size, 1), (3 * size - 1, 1))]  # fmt: skip
    story += [
        Paragraph(titles["四"], heading),
        Table(rows, colWidths=[WIDTH_MM * mm / (3 * size)] * (3 * size), style=_grid(spans)),
        Paragraph(titles["五"], heading),
        *texts_of("五"),
        Paragraph(titles["六"], heading),
        *texts_of("六"),
    ]
    buffer = io.BytesIO()
    SimpleDocTemplate(
        buffer,
        pagesize=A4,
        topMargin=MARGINS_MM["top"] * mm,
        bottomMargin=MARGINS_MM["bottom"] * mm,
        leftMargin=MARGINS_MM["left"] * mm,
        rightMargin=MARGINS_MM["right"] * mm,
        title=report_title(tables),
        author=tables.org.name,
    ).build(story)
    return buffer.getvalue()
