"""The ``privacy scan`` management command (``gongkai privacy scan FILE``)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

SAMPLE = "申请人：张三，电话：138-1234-5678。\n身份证号 530102196503120020\n"


def run(*args: str) -> str:
    from io import StringIO

    out = StringIO()
    call_command("privacy", *args, stdout=out)
    return out.getvalue()


def test_scan_prints_one_line_per_finding_and_a_summary(tmp_path: Path) -> None:
    path = tmp_path / "公告.txt"
    path.write_text(SAMPLE, encoding="utf-8")
    lines = run("scan", str(path)).splitlines()
    assert lines == [
        "姓名\t张三\t第1行 位置4–6\t→ 张*",
        "电话号码\t138-1234-5678\t第1行 位置10–23\t→ 138-****-5678",
        "身份证号\t530102196503120020\t第2行 位置30–48\t→ 530102********0020",
        "共发现 3 处个人信息：姓名 1 处，电话号码 1 处，身份证号 1 处。",
    ]


def test_scan_json(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(SAMPLE, encoding="utf-8")
    output = run("scan", str(path), "--format", "json")
    assert "张三" in output  # ensure_ascii=False
    data = json.loads(output)
    assert [(d["kind"], d["text"], d["start"], d["end"], d["masked"]) for d in data] == [
        ("name", "张三", 4, 6, "张*"),
        ("phone", "138-1234-5678", 10, 23, "138-****-5678"),
        ("id_number", "530102196503120020", 30, 48, "530102********0020"),
    ]


def test_scan_clean_file(tmp_path: Path) -> None:
    path = tmp_path / "a.csv"
    path.write_text("文号,日期\n国办函〔2020〕109号,2020-05-12\n", encoding="utf-8")
    assert run("scan", str(path)).strip() == "未发现个人信息。"


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("missing.txt", None, "文件不存在"),
        ("empty.txt", b"", "文件为空"),
        ("a.exe", b"MZ", "不支持的文件类型"),
        ("a.doc", b"\xd0\xcf", "另存为 .docx"),
        ("bad.docx", b"not a zip", "无法读取该 Word 文档"),
    ],
)
def test_bad_input_raises_command_error(
    tmp_path: Path, name: str, content: bytes | None, message: str
) -> None:
    path = tmp_path / name
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(CommandError, match=message):
        run("scan", str(path))


def test_scan_json_of_a_docx_table_and_typed_numbers(tmp_path: Path) -> None:
    import docx

    document = docx.Document()
    table = document.add_table(rows=2, cols=3)
    for cell, value in zip(
        table.rows[0].cells, ("户主姓名", "公民身份号码", "家庭住址"), strict=True
    ):
        cell.text = value
    for cell, value in zip(
        table.rows[1].cells,
        ("王秀英", "530102 19650312 0020", "五华区人民路12号501室"),
        strict=True,
    ):
        cell.text = value
    document.add_paragraph("联系电话：一三八幺二三四五六七八；监督电话：0871-63123456。")
    path = tmp_path / "名单.docx"
    document.save(path)
    data = json.loads(run("scan", str(path), "--format", "json"))
    assert [(d["kind"], d["text"]) for d in data] == [
        ("name", "王秀英"),
        ("id_number", "530102 19650312 0020"),
        ("address", "五华区人民路12号501室"),
        ("phone", "一三八幺二三四五六七八"),
        ("public_contact", "0871-63123456"),
    ]
