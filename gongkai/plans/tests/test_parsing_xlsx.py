"""Task breakdowns kept as Excel workbooks (.xlsx, .xls): a title row merged across the sheet, group
cells merged down their rows, dates typed as dates. Every workbook here is made up."""

from __future__ import annotations

import io
from datetime import datetime
from pathlib import Path

import pytest
from openpyxl import Workbook

from gongkai.plans.parsing import parse_document
from gongkai.plans.parsing.errors import ParseError

HEADER = ("序号", "工作任务", "具体内容", "责任单位", "完成时限")
ROWS = (
    (
        "一、深化重点领域公开",
        "1",
        "推进决策公开",
        "做好重大决策预公开。",
        "县甲局",
        datetime(2025, 6, 30),
    ),
    (None, "2", "做好政策解读", "同步解读重要政策。", "县乙局、县丙局", "持续推进"),
    ("二、提升公开质效", "3", "规范依申请公开", "按时答复申请。", "县丁局", "2025年12月底前"),
)


def _workbook(*, hidden_sheet: bool = False) -> bytes:
    book = Workbook()
    sheet = book.active
    sheet.title = "任务分解"
    sheet.append(["某县2025年政务公开工作任务分解表"])
    sheet.merge_cells("A1:F1")
    sheet.append(["分类", *HEADER])
    for group, *cells in ROWS:
        sheet.append([group, *cells])
    sheet.merge_cells("A3:A4")  # the group cell spans its two rows
    sheet.append(["注：各单位于每季度末报送进展情况。"])
    sheet.merge_cells("A6:F6")
    if hidden_sheet:
        other = book.create_sheet("旧版")
        other.append(["九、已删除任务", "9", "某某", "做好某某。", "县戊局", "年底前"])
        other.sheet_state = "hidden"
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def test_a_workbook_s_task_table_reads_with_its_merged_group_cells_and_dates() -> None:
    plan = parse_document(_workbook(), "分解表.xlsx")
    assert plan.title == "某县2025年政务公开工作任务分解表"
    assert [("/".join(t.path), t.title, t.units, t.deadline) for t in plan.tasks] == [
        ("一/1", "推进决策公开", ["县甲局"], "2025年6月30日"),
        ("一/2", "做好政策解读", ["县乙局", "县丙局"], "持续推进"),
        ("二/3", "规范依申请公开", ["县丁局"], "2025年12月底前"),
    ]


def test_a_hidden_sheet_is_no_part_of_the_plan() -> None:
    plan = parse_document(_workbook(hidden_sheet=True), "分解表.xlsx")
    assert "县戊局" not in {u for t in plan.tasks for u in t.units}


def test_a_file_that_is_no_workbook_is_refused_with_the_reason() -> None:
    with pytest.raises(ParseError, match=r"\.xlsx"):
        parse_document(b"PK\x03\x04 not really a workbook", "分解表.xlsx")


@pytest.mark.django_db
def test_a_coordinator_uploads_a_workbook_and_gets_its_tasks(client, org_tree, coordinator) -> None:
    from django.core.files.uploadedfile import SimpleUploadedFile
    from django.urls import reverse

    from gongkai.plans.models import Plan

    client.force_login(coordinator)
    upload = SimpleUploadedFile("任务分解表.xlsx", _workbook())
    client.post(reverse("plans:upload"), {"org": org_tree["commission"].pk, "file": upload})
    plan = Plan.objects.get()
    assert plan.title == "某县2025年政务公开工作任务分解表"
    assert sorted("/".join(t.path) for t in plan.tasks.all()) == ["一/1", "一/2", "二/3"]


# an .xls workbook as WPS or Excel 97–2003 saves it (written once with xlwt): a title merged across,
# a group cell merged down two rows, a number typed as a number, a date typed as a date
XLS = Path(__file__).parent / "data" / "district_2024_tasks.xls"


def test_an_xls_workbook_reads_like_an_xlsx_one() -> None:
    plan = parse_document(XLS.read_bytes(), XLS.name)
    assert plan.title == "某区2024年重点工作任务分解表"
    assert [("/".join(t.path), t.title, t.units, t.deadline) for t in plan.tasks] == [
        ("一/1", "推进证照分离改革", ["区市场监管局"], "2024年6月30日"),
        ("一/2", "提升政务服务效能", ["区政务服务中心", "区数据局"], "持续推进"),
        ("二/3", "做好信息公开", ["区政府办公室"], "2024年12月底前"),
    ]
    with pytest.raises(ParseError, match=r"\.xls"):
        parse_document(b"\xd0\xcf\x11\xe0 not really a workbook", "分解表.xls")
