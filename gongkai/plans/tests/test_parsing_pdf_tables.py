"""PDF reader: ruled tables read cell by cell (made-up PDFs set with reportlab)."""

from __future__ import annotations

import io

from gongkai.plans.parsing import parse_document
from gongkai.plans.parsing.readers import read_blocks

FONT = "STSong-Light"
HEADER = ["序号", "工作任务", "牵头单位", "配合单位", "完成时限"]


def _font() -> None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont

    pdfmetrics.registerFont(UnicodeCIDFont(FONT))


def _pdf(story_of, frame: bool = False) -> bytes:
    """A PDF of the flowables ``story_of(body, cell)`` builds (two paragraph styles); ``frame``
    rules a box around each page, parted by a rule near its top."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import SimpleDocTemplate

    _font()
    body = ParagraphStyle("body", fontName=FONT, fontSize=14, leading=22, wordWrap="CJK")
    cell = ParagraphStyle("cell", fontName=FONT, fontSize=10, leading=13, wordWrap="CJK")

    def decorate(canvas, doc) -> None:
        if frame:  # a box around the page, a rule across it under the running head
            canvas.setLineWidth(1)
            canvas.rect(15 * mm, 15 * mm, A4[0] - 30 * mm, A4[1] - 30 * mm)
            canvas.line(15 * mm, A4[1] - 22 * mm, A4[0] - 15 * mm, A4[1] - 22 * mm)

    out = io.BytesIO()
    doc = SimpleDocTemplate(
        out, pagesize=A4, leftMargin=25 * mm, rightMargin=25 * mm, topMargin=25 * mm,
        bottomMargin=25 * mm, invariant=1,
    )  # fmt: skip
    doc.build(story_of(body, cell), onFirstPage=decorate, onLaterPages=decorate)
    return out.getvalue()


def _table(rows: list[list[str]], cell, widths: list[float], repeat: int = 1):
    from reportlab.platypus import Paragraph, Table, TableStyle

    t = Table([[Paragraph(c, cell) for c in r] for r in rows], colWidths=widths, repeatRows=repeat)
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "black")]))
    return t


def _row(k: int) -> list[str]:
    return [
        str(k),
        f"第{k}项任务：建立健全甲类事项的公开工作机制，按季度梳理乙类目录并及时更新发布。",
        "甲单位",
        "乙单位、丙单位、丁单位",
        f"{k}月底前",
    ]


WIDTHS = [30.0, 190.0, 60.0, 60.0, 55.0]  # the text and unit cells wrap over several lines


def _tables(blocks):
    return [[[c.text for c in r] for r in b.rows] for b in blocks if b.kind == "table"]


def test_ruled_table_with_wrapped_cells_is_one_row_per_row() -> None:
    # A cell wrapping over three lines is one value: its lines joined without a space (Chinese),
    # not three fragments of several cells per line.
    rows = [HEADER, _row(1), _row(2), _row(3)]
    data = _pdf(lambda body, cell: [_table(rows, cell, WIDTHS)])
    assert _tables(read_blocks(data, "plan.pdf")) == [rows]
    plan = parse_document(data, "plan.pdf")
    assert [t.path for t in plan.tasks] == [["1"], ["2"], ["3"]]
    assert plan.tasks[1].lead == ["甲单位"]
    assert plan.tasks[1].units == ["甲单位", "乙单位", "丙单位", "丁单位"]
    assert plan.tasks[2].deadline == "3月底前"


def test_table_over_two_pages_is_one_table() -> None:
    # Rows going on to the next page continue the same table, whether the header row is
    # printed again there (dropped) or not.
    rows = [HEADER] + [_row(k) for k in range(1, 25)]
    for repeat in (1, 0):
        data = _pdf(lambda body, cell, r=repeat: [_table(rows, cell, WIDTHS, repeat=r)])
        blocks = read_blocks(data, "plan.pdf")
        assert _tables(blocks) == [rows]
        assert [b.kind for b in blocks] == ["table"]


def test_prose_before_and_after_a_table_stays_in_order() -> None:
    from reportlab.platypus import Paragraph

    rows = [HEADER, _row(1), _row(2)]
    before = "各单位要提高认识，加强领导，按照下表的分工抓好落实，" * 3 + "确保各项任务按期完成。"
    after = "各单位要在每季度末将工作进展情况报送办公室，" * 3 + "办公室汇总后通报。"

    def story(body, cell):
        return [
            Paragraph("一、工作任务", body),
            Paragraph(before, body),
            _table(rows, cell, WIDTHS),
            Paragraph("二、工作要求", body),
            Paragraph(after, body),
        ]

    blocks = read_blocks(_pdf(story), "plan.pdf")
    assert [(b.kind, b.text) for b in blocks] == [
        ("para", "一、工作任务"),
        ("para", before),
        ("table", ""),
        ("para", "二、工作要求"),
        ("para", after),
    ]
    assert _tables(blocks) == [rows]


def test_page_frame_is_not_a_table() -> None:
    # A box ruled around the page (one column of cells) is no table: the text inside it is read
    # as lines and the ruled table inside it as a table.
    from reportlab.platypus import Paragraph

    rows = [HEADER, _row(1)]

    def story(body, cell):
        return [Paragraph("各单位按照下表分工抓好落实。", body), _table(rows, cell, WIDTHS)]

    blocks = read_blocks(_pdf(story, frame=True), "plan.pdf")
    assert [b.kind for b in blocks] == ["para", "table"]
    assert blocks[0].text == "各单位按照下表分工抓好落实。"
    assert _tables(blocks) == [rows]


def test_cell_of_numbered_lines_keeps_a_line_per_number() -> None:
    # A cell of numbered sentences (1.…。 2.…。) keeps a line per number, as a Word cell of
    # numbered paragraphs, so that they are the row's items; other wrapped lines are joined.
    rows = [
        ["序号", "工作任务", "责任单位"],
        ["1", "1.梳理甲类事项清单。<br/>2.编制乙类事项目录。", "甲单位"],
    ]
    data = _pdf(lambda body, cell: [_table(rows, cell, [40.0, 300.0, 80.0])])
    assert _tables(read_blocks(data, "plan.pdf")) == [
        [rows[0], ["1", "1.梳理甲类事项清单。\n2.编制乙类事项目录。", "甲单位"]]
    ]


def test_merged_cell_is_copied_into_the_cells_it_covers() -> None:
    # A group cell spanning two rows is copied into the second, marked spanned, as the Word
    # reader copies a vertically merged cell.
    from reportlab.platypus import Paragraph, Table, TableStyle

    def story(body, cell):
        rows = [
            ["任务类别", "工作任务", "责任单位"],
            ["甲类工作", "做好甲项工作。", "甲单位"],
            ["", "做好乙项工作。", "乙单位"],
        ]
        t = Table([[Paragraph(c, cell) for c in r] for r in rows], colWidths=[80, 200, 80])
        t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "black"), ("SPAN", (0, 1), (0, 2))]))
        return [t]

    blocks = read_blocks(_pdf(story), "plan.pdf")
    table = next(b for b in blocks if b.kind == "table")
    assert [(c.text, c.spanned) for c in (table.rows[1][0], table.rows[2][0])] == [
        ("甲类工作", False),
        ("甲类工作", True),
    ]


def test_row_broken_at_the_page_end_is_joined_again() -> None:
    # A word processor breaks a long row at the page's end: its number and the start of its
    # cells on one page, the rest of its cells (no number) under the header printed again on
    # the next. The rest goes back into the row.
    from reportlab.platypus import PageBreak

    head = "建立健全甲类事项的公开工作机制，"
    tail = "按季度梳理乙类目录并及时更新发布。"
    first = [HEADER, _row(1), _row(2), ["3", head, "甲单位", "乙单位、", ""]]
    second = [HEADER, ["", tail, "", "丙单位", "6月底前"], _row(4)]

    def story(body, cell):
        return [_table(first, cell, WIDTHS), PageBreak(), _table(second, cell, WIDTHS)]

    blocks = read_blocks(_pdf(story), "plan.pdf")
    assert _tables(blocks) == [
        [
            HEADER,
            _row(1),
            _row(2),
            ["3", head + tail, "甲单位", "乙单位、丙单位", "6月底前"],
            _row(4),
        ]
    ]
