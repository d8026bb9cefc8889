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


_META_TABLE = """<table><tr><td><b>索 引 号：</b></td><td>11/2030-001</td>
<td><b>主题分类：</b></td><td>综合政务</td></tr>
<tr><td><b>发文机关：</b></td><td>某市人民政府办公室</td><td><b>成文日期：</b></td>
<td>2030年1月2日</td></tr></table>"""


def _rows(block) -> list[list[str]]:
    return [[c.text for c in row] for row in block.rows]


def test_html_layout_tables_are_walked_through_as_paragraphs() -> None:
    """An article inside layout tables (metadata table, then a cell of <p>) reads as paragraphs."""
    html = f"""<html><head><meta charset="gb18030"><title>页面</title></head><body>
    <table width="900" border="0"><tr><td>{_META_TABLE}</td></tr></table>
    <table width="900" border="0"><tr><td width="600"><table><tr><td id="content">
    <p>某市2030年政务公开工作要点</p>
    <p>一、推进决策公开</p>
    <p>（一）完善目录。编制重大决策事项目录。（市司法局牵头，各区政府负责）</p>
    <p>（二）做好解读。做好政策解读工作。（市政府办公室、市发展改革委牵头，市委宣传部参与）</p>
    <p>二、加强平台建设</p>
    <p>（三）优化网站。完成网站改版。（市数据局负责）</p>
    </td></tr></table></td><td class="sidebar"><a href="#">相关链接</a></td></tr></table>
    </body></html>"""
    data = html.encode("gb18030")
    blocks = read_blocks(data, "page.html")
    assert all(b.kind == "para" for b in blocks)
    texts = [b.text.strip() for b in blocks]
    assert texts[:4] == [
        "索 引 号：11/2030-001",
        "主题分类：综合政务",
        "发文机关：某市人民政府办公室",
        "成文日期：2030年1月2日",
    ]
    assert texts[4:6] == ["某市2030年政务公开工作要点", "一、推进决策公开"]
    assert "相关链接" not in texts
    plan = parse_document(data, "page.html")
    assert plan.title == "某市2030年政务公开工作要点"
    got = [(t.path, t.title, t.lead, t.units) for t in plan.tasks]
    assert got == [
        (["一", "（一）"], "完善目录", ["市司法局"], ["市司法局", "各区政府"]),
        (
            ["一", "（二）"],
            "做好解读",
            ["市政府办公室", "市发展改革委"],
            ["市政府办公室", "市发展改革委", "市委宣传部"],
        ),
        (["二", "（三）"], "优化网站", [], ["市数据局"]),
    ]


def test_html_layout_table_keeps_nested_data_table_in_order() -> None:
    html = """<html><body><table border="0"><tr><td>
    <p>某县2030年重点任务分解表</p><p>现将任务分解如下。</p>
    <table border="1"><tr><th>序号</th><th>重点任务</th><th>牵头单位</th><th>完成时限</th></tr>
    <tr><td>1</td><td>编制公开目录</td><td rowspan="2">县政府办</td><td>6月底前</td></tr>
    <tr><td>2</td><td>更新公开栏目</td><td>12月底前</td></tr></table>
    <p>各单位要抓好落实。</p></td></tr></table></body></html>"""
    blocks = read_blocks(html.encode(), "page.html")
    assert [b.kind for b in blocks] == ["para", "para", "table", "para"]
    assert blocks[-1].text.strip() == "各单位要抓好落实。"
    assert _rows(blocks[2]) == [
        ["序号", "重点任务", "牵头单位", "完成时限"],
        ["1", "编制公开目录", "县政府办", "6月底前"],
        ["2", "更新公开栏目", "县政府办", "12月底前"],
    ]
    assert blocks[2].rows[2][2].spanned
    plan = parse_document(html.encode(), "page.html")
    assert [(t.path, t.units) for t in plan.tasks] == [(["1"], ["县政府办"]), (["2"], ["县政府办"])]


def test_html_data_table_with_paragraph_cells_stays_a_table() -> None:
    """Cells holding <p> (as word processors export them) do not make a data table a layout."""
    cell = '<td><p class="MsoNormal">{}</p></td>'
    rows = [["序号", "工作任务", "责任单位"]] + [
        [str(k), f"第{k}项任务的内容，" * 8, f"单位{k}"] for k in range(1, 4)
    ]
    body = "".join("<tr>" + "".join(cell.format(t) for t in r) + "</tr>" for r in rows)
    html = f"<html><body><p>附件</p><table border='1'>{body}</table></body></html>"
    blocks = read_blocks(html.encode(), "page.html")
    assert [b.kind for b in blocks] == ["para", "table"]
    assert _rows(blocks[1]) == rows


def test_html_metadata_table_never_becomes_tasks() -> None:
    """A key-value table of a document's labels reads as lines, even with header-like labels."""
    html = """<html><body>
    <table><tr><td>索引号</td><td>001</td><td>发布机构</td><td>某局办公室</td></tr>
    <tr><td>公开时限</td><td>长期公开</td><td>内容概述</td><td>工作安排</td></tr>
    <tr><td>文号</td><td>某发〔2030〕1号</td><td>成文日期</td><td>2030年1月2日</td></tr></table>
    <div class="content"><p>一、做好公开</p><p>（一）编制目录。（某局负责）</p></div>
    </body></html>"""
    blocks = read_blocks(html.encode(), "page.html")
    assert [b.kind for b in blocks] == ["para"] * 8
    assert [b.text.strip() for b in blocks[:3]] == [
        "索引号 001",
        "发布机构 某局办公室",
        "公开时限 长期公开",
    ]
    plan = parse_document(html.encode(), "page.html")
    assert [(t.path, t.units) for t in plan.tasks] == [(["一", "（一）"], ["某局"])]


def test_html_content_cell_beside_a_menu_is_layout_but_a_long_task_row_is_data() -> None:
    paragraphs = "".join(f"<p>（{n}）第{n}项工作。{'做好相关工作，' * 30}</p>" for n in "一二三四")
    layout = f"""<html><body><table><tr><td><a href="#">首页</a><br><a href="#">政策</a></td>
    <td><p>一、重点工作</p>{paragraphs}</td></tr></table></body></html>"""
    blocks = read_blocks(layout.encode(), "page.html")
    assert [b.kind for b in blocks] == ["para"] * 7
    assert blocks[2].text.strip() == "一、重点工作"
    data = f"""<html><body><table><tr><th>序号</th><th>工作任务</th><th>责任单位</th></tr>
    <tr><td>1</td><td>{paragraphs}</td><td>某局</td></tr></table></body></html>"""
    (table,) = read_blocks(data.encode(), "page.html")
    assert table.kind == "table" and len(table.rows) == 2
    assert table.rows[1][1].text.count("\n") == 3


def test_html_too_deep_to_walk_still_reads_its_lines() -> None:
    html = "<p>一、甲</p>" + "<div>" * 1500 + "（一）乙。<br>（二）丙。"
    blocks = read_blocks(html.encode(), "page.html")
    assert [b.text.strip() for b in blocks] == ["一、甲", "（一）乙。", "（二）丙。"]


def test_html_data_table_with_a_small_table_in_a_cell_stays_a_table() -> None:
    html = """<html><body><table border="1">
    <tr><th>序号</th><th>工作任务</th><th>责任单位</th></tr>
    <tr><td>1</td><td>编制公开目录，做好目录更新工作</td><td>甲局</td></tr>
    <tr><td>2</td><td>更新公开栏目<table><tr><td>栏目</td><td>频次</td></tr></table></td>
    <td>乙局</td></tr></table></body></html>"""
    (table,) = read_blocks(html.encode(), "page.html")
    assert table.kind == "table"
    assert _rows(table)[2] == ["2", "更新公开栏目\n栏目 频次", "乙局"]


def test_html_page_table_with_banner_rows_is_layout() -> None:
    """Rows of banner cells above the content do not make the page's table a data grid."""
    items = "".join(f"<p>（{n}）第{n}项。做好第{n}项工作。（某局负责）</p>" for n in "一二三")
    html = f"""<html><body><table>
    <tr><td>某市人民政府</td><td>站内搜索</td></tr>
    <tr><td>首页</td><td>政务公开</td><td>政务服务</td><td>互动交流</td></tr>
    <tr><td colspan="4"><table><tr><td><p>一、重点工作</p>{items}</td></tr></table></td></tr>
    </table></body></html>"""
    blocks = read_blocks(html.encode(), "page.html")
    assert all(b.kind == "para" for b in blocks)
    assert [b.text.strip() for b in blocks][6:8] == [
        "一、重点工作",
        "（一）第一项。做好第一项工作。（某局负责）",
    ]
    plan = parse_document(html.encode(), "page.html")
    assert [t.path for t in plan.tasks] == [["一", f"（{n}）"] for n in "一二三"]


def test_pdf_reader_keeps_a_space_between_chinese_characters() -> None:
    # A space the text layer holds between Chinese characters (a number and its heading, a
    # page's two columns side by side) stays one space, as a copy of the page keeps it; without
    # one, characters stay together however they are set.
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    buf = io.BytesIO()
    c = canvas.Canvas(buf)
    c.setFont("STSong-Light", 16)
    c.drawString(72, 700, "（二）  做好甲类事项。 左栏的文字")
    c.drawString(104, 650, "乙类事项按期办结。")
    c.save()
    texts = [b.text for b in read_blocks(buf.getvalue(), "plan.pdf")]
    assert texts == ["（二） 做好甲类事项。 左栏的文字", "乙类事项按期办结。"]
