"""Reader stage: txt/html/docx/pdf into blocks, merged table cells, and bad input."""

from __future__ import annotations

import io

import docx
import pytest

from gongkai.plans.parsing import ParseError, parse_document
from gongkai.plans.parsing.readers import MAX_BYTES, read_blocks
from gongkai.plans.parsing.readers.pdf import PAGE_NUMBER

from .parsing_paths import workplans_dir


def test_text_reader_decodes_gb18030() -> None:
    blocks = read_blocks("一、总体要求\n（一）做好公开。".encode("gb18030"), "plan.txt")
    assert [b.text for b in blocks] == ["一、总体要求", "（一）做好公开。"]


def test_html_reader_skips_chrome_and_expands_spans() -> None:
    html = """<html><body><div class="nav">首页 | 1. 导航</div>
    <div class="content"><p>第一段<br>第二段</p>
    <table><tr><td rowspan="2">1</td><td colspan="2">甲</td></tr>
    <tr><td>乙</td><td>丙</td></tr></table></div>
    <div class="footer">版权所有</div></body></html>"""
    blocks = read_blocks(html.encode(), "page.html")
    assert [b.text for b in blocks if b.kind == "para"] == ["第一段", "第二段"]
    (table,) = [b for b in blocks if b.kind == "table"]
    assert [[c.text for c in row] for row in table.rows] == [["1", "甲", "甲"], ["1", "乙", "丙"]]
    assert [[c.spanned for c in row] for row in table.rows] == [
        [False, False, True],
        [True, False, False],
    ]


def _docx_with_merged_table() -> bytes:
    d = docx.Document()
    d.add_paragraph("标题", style="Title")
    table = d.add_table(rows=3, cols=3)
    for r, row in enumerate(
        [["序号", "工作任务", "责任单位"], ["1", "甲任务", "A局"], ["", "乙任务", "B局"]]
    ):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    table.cell(1, 0).merge(table.cell(2, 0))  # vMerge
    table.cell(0, 1).merge(table.cell(0, 2))  # gridSpan
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def test_docx_reader_reads_vmerge_and_gridspan() -> None:
    blocks = read_blocks(_docx_with_merged_table(), "plan.docx")
    assert blocks[0].text == "标题" and blocks[0].style == "title"
    (table,) = [b for b in blocks if b.kind == "table"]
    rows = [[(c.text, c.spanned) for c in row] for row in table.rows]
    assert rows[0][1][1] is False and rows[0][2][1] is True  # gridSpan copy
    assert rows[2][0] == (rows[1][0][0], True)  # vMerge continuation


def test_docx_variant_has_no_bookmark_text() -> None:
    data = (workplans_dir() / "variants" / "004.docx").read_bytes()
    texts = [b.text for b in read_blocks(data, "004.docx") if b.kind == "para"]
    assert not any("bookmark" in t for t in texts)
    assert "2020年云南省政务公开工作要点" in texts


def test_pdf_reader_drops_page_numbers_and_rejoins_lines() -> None:
    data = (workplans_dir() / "variants" / "004.pdf").read_bytes()
    texts = [b.text for b in read_blocks(data, "004.pdf")]
    assert not any(PAGE_NUMBER.match(t) for t in texts)
    joined = [t for t in texts if t.startswith("（二）围绕优化营商环境")]
    assert joined and "省政务服务管理局牵头" in joined[0]


@pytest.mark.parametrize(
    ("data", "name", "message"),
    [
        (b"", "a.txt", "文件为空"),
        (b"  \n \n", "a.txt", "文件为空"),
        (b"hello", "a.exe", "不支持的文件类型"),
        (b"not a zip at all", "a.docx", "不是有效的 Word"),
        (b"%PDF-1.4 garbage", "a.pdf", "PDF"),
    ],
)
def test_bad_input_raises_parse_error(data: bytes, name: str, message: str) -> None:
    with pytest.raises(ParseError) as err:
        parse_document(data, name)
    assert message in str(err.value)


def test_file_over_20_mb_is_refused() -> None:
    with pytest.raises(ParseError, match="20 MB"):
        parse_document(b"x" * (MAX_BYTES + 1), "big.txt")


def test_scanned_pdf_without_text_layer() -> None:
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf)
    c.rect(100, 100, 200, 200, fill=1)
    c.showPage()
    c.save()
    with pytest.raises(ParseError, match="没有可提取的文字层"):
        parse_document(buf.getvalue(), "scan.pdf")


def test_docx_automatic_numbering_is_rendered() -> None:
    from gongkai.plans.parsing.readers.docx_numbering import ListNumbering

    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    numbering = f"""<w:numbering xmlns:w="{w}">
      <w:abstractNum w:abstractNumId="0">
        <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>
          <w:lvlText w:val="%1、"/></w:lvl>
        <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>
          <w:lvlText w:val="（%2）"/></w:lvl>
      </w:abstractNum>
      <w:num w:numId="5"><w:abstractNumId w:val="0"/></w:num>
    </w:numbering>""".encode()
    lists = ListNumbering(numbering)

    def para(ilvl: int):
        from xml.etree import ElementTree

        xml = (
            f'<w:p xmlns:w="{w}"><w:pPr><w:numPr><w:ilvl w:val="{ilvl}"/>'
            f'<w:numId w:val="5"/></w:numPr></w:pPr></w:p>'
        )
        return ElementTree.fromstring(xml)  # noqa: S314 - test XML

    labels = [lists.label(para(i)) for i in (0, 1, 1, 0, 1)]
    assert labels == ["一、", "（一）", "（二）", "二、", "（一）"]
