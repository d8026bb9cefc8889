"""Attachments and HTML bodies: extraction, scanning and masking as a reviewer sees it."""

from __future__ import annotations

import io

import docx
import openpyxl
import pytest

from gongkai.publishing.privacy import (
    PrivacyError,
    extract_text,
    html_text,
    mask_file,
    mask_html,
    scan_file,
    scan_html,
)
from gongkai.publishing.privacy.files import render_pdf

ID_A = "530102196503120020"
ID_B = "530121197809211033"
ID_X = "11010519491231002X"
CARD = "6222021234567890128"

ROWS = [
    ["序号", "户主姓名", "身份证号码", "联系电话", "保障金额（元）"],
    ["1", "张晓明", ID_A, "13812345678", "560"],
    ["2", "欧阳小明", ID_B, "0871-63123456", "1260"],
    ["3", "李四", ID_X, "139 1234 5678", "840"],
]
MASKED_ROWS = [
    ["序号", "户主姓名", "身份证号码", "联系电话", "保障金额（元）"],
    ["1", "张*明", "530102********0020", "138****5678", "560"],
    ["2", "欧阳**", "530121********1033", "0871-****3456", "1260"],
    ["3", "李*", "110105********002X", "139 **** 5678", "840"],
]


def make_docx() -> bytes:
    document = docx.Document()
    document.add_heading("2024年第一季度城乡低保对象公示", level=1)
    intro = document.add_paragraph("申请人：")
    intro.add_run("王").bold = True
    intro.add_run("建国").italic = True  # a name split across two runs
    intro.add_run("，邮箱 wangjg@example.com。")
    table = document.add_table(rows=len(ROWS), cols=len(ROWS[0]))
    for r, row in enumerate(ROWS):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    document.add_paragraph("国办函〔2020〕109号 索引号：000014349/2018-00222")
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def make_xlsx() -> bytes:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "低保名单"
    for row in ROWS:
        sheet.append(row)
    sheet.append(["4", "司马光", ID_A, 13712345678, 300])
    sheet["F2"] = "=SUM(E2:E4)"
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


def test_docx_low_income_list_masked_in_runs_and_cells() -> None:
    data = make_docx()
    findings = scan_file(data, "名单.docx")
    assert [f.text for f in findings] == [
        "王建国",
        "wangjg@example.com",
        "张晓明",
        ID_A,
        "13812345678",
        "欧阳小明",
        ID_B,
        "0871-63123456",
        "李四",
        ID_X,
        "139 1234 5678",
    ]
    masked = docx.Document(io.BytesIO(mask_file(data, "名单.docx", findings)))
    intro = masked.paragraphs[1]
    assert intro.text == "申请人：王*国，邮箱 w***@example.com。"
    assert [(r.text, r.bold, r.italic) for r in intro.runs[1:3]] == [
        ("王", True, None),
        ("*国", None, True),
    ]
    table = masked.tables[0]
    assert [[cell.text for cell in row.cells] for row in table.rows] == MASKED_ROWS
    assert masked.paragraphs[-1].text == "国办函〔2020〕109号 索引号：000014349/2018-00222"


def test_docx_reviewer_subset() -> None:
    data = make_docx()
    accepted = [f for f in scan_file(data, "a.docx") if f.kind == "id_number"]
    text = extract_text(mask_file(data, "a.docx", accepted), "a.docx")
    assert "530102********0020" in text and "张晓明" in text and "13812345678" in text


def test_xlsx_low_income_list_masked_in_cells() -> None:
    data = make_xlsx()
    text = extract_text(data, "名单.xlsx")
    assert text.startswith("【低保名单】\n序号\t户主姓名\t")
    findings = scan_file(data, "名单.xlsx")
    sheet = openpyxl.load_workbook(io.BytesIO(mask_file(data, "名单.xlsx", findings))).active
    values = [[str(v) for v in row[:5]] for row in sheet.iter_rows(values_only=True)]
    assert values[:4] == MASKED_ROWS
    assert values[4] == ["4", "司马*", "530102********0020", "137****5678", "300"]
    assert sheet["F2"].value == "=SUM(E2:E4)"


def test_html_body_masked_inside_text_nodes() -> None:
    body = (
        '<h2>临时救助对象公示</h2><p class="lead">经审核，以下人员符合临时救助条件：'
        "<strong>张伟</strong>、李娜、欧阳春。</p>"
        "<table>\n  <tr><th>姓 名</th><th>身份证号</th><th>电话</th></tr>\n"
        f"  <tr><td>\n    王芳\n  </td><td>{ID_A}</td>"
        "<td>138&nbsp;1234&nbsp;5678</td></tr>\n</table>"
        '<p>本人邮箱：<a href="mailto:zhangsan@example.com">zhangsan@example.com</a></p>'
        "<script>var t = '13812345678';</script>"
    )
    findings = scan_html(body)
    text = html_text(body)
    assert all(text[f.start : f.end] == f.text for f in findings)
    assert [f.text for f in findings] == [
        "张伟",
        "李娜",
        "欧阳春",
        "王芳",
        ID_A,
        "138\xa01234\xa05678",
        "zhangsan@example.com",
    ]
    assert mask_html(body, findings) == (
        '<h2>临时救助对象公示</h2><p class="lead">经审核，以下人员符合临时救助条件：'
        "<strong>张*</strong>、李*、欧阳*。</p>"
        "<table>\n  <tr><th>姓 名</th><th>身份证号</th><th>电话</th></tr>\n"
        "  <tr><td>\n    王*\n  </td><td>530102********0020</td>"
        "<td>138&nbsp;****&nbsp;5678</td></tr>\n</table>"
        '<p>本人邮箱：<a href="mailto:z***@example.com">z***@example.com</a></p>'
        "<script>var t = '13812345678';</script>"
    )
    only_email = [f for f in findings if f.kind == "email"]
    assert "张伟" in mask_html(body, only_email)


def test_html_name_split_by_tags_and_entities() -> None:
    body = "<p>申请人：<b>张</b>&#26195;明，电话&#49;3812345678</p>"
    findings = scan_html(body)
    assert [f.text for f in findings] == ["张晓明", "13812345678"]
    assert mask_html(body, findings) == "<p>申请人：<b>张</b>*明，电话&#49;38****5678</p>"


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gb18030", "utf-16"])
def test_txt_and_csv_keep_encoding(encoding: str) -> None:
    text = f"序号,姓名,身份证号\r\n1,张伟,{ID_A}\r\n"
    data = text.encode(encoding)
    for name in ("a.txt", "a.csv"):
        findings = scan_file(data, name)
        masked = mask_file(data, name, findings)
        assert masked.decode(encoding) == "序号,姓名,身份证号\r\n1,张*,530102********0020\r\n"


def test_pdf_text_layer_and_masked_rendering() -> None:
    pdf = render_pdf(f"低保对象名单\n姓名\t身份证号\n张伟\t{ID_A}\n\f第二页 手机13812345678")
    findings = scan_file(pdf, "名单.pdf")
    assert [f.kind for f in findings] == ["name", "id_number", "phone"]
    masked = mask_file(pdf, "名单.pdf", findings)
    assert masked.startswith(b"%PDF")
    text = extract_text(masked, "名单.pdf")
    assert "530102********0020" in text and "138****5678" in text and ID_A not in text


def test_a_rendered_line_never_opens_with_a_full_stop_or_comma() -> None:
    """A full line followed by 。 keeps the 。 at its end (避头点), as the office types it."""
    full = "保密审查" * 11 + "工作"  # 46 characters: one full line at 10.5 pt on A4
    paragraph = full + "。" + full + "，" + "后文" * 10
    lines = [line for line in extract_text(render_pdf(paragraph), "a.pdf").split("\n") if line]
    assert len(lines) > 1
    assert not [line for line in lines if line[0] in "。，"], lines
    assert "".join(lines).replace(" ", "").strip("\f") == paragraph


@pytest.mark.parametrize(
    ("data", "name", "message"),
    [
        (b"", "a.docx", "为空"),
        (b"abc", "a.exe", "不支持的文件类型"),
        (b"abc", "a.doc", "另存为 .docx"),
        (b"not a zip", "a.docx", "无法读取该 Word 文档"),
        (b"not a zip", "a.xlsx", "无法读取该 Excel 表格"),
        (b"%PDF-1.4 broken", "a.pdf", "PDF"),
        (b"\xff\xfe\xfd\x81\xff", "a.txt", "编码"),
    ],
)
def test_unreadable_files_raise_chinese_errors(data: bytes, name: str, message: str) -> None:
    with pytest.raises(PrivacyError, match=message):
        extract_text(data, name)
