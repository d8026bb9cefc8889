"""Excel import and export as every importer does it: rows by column name, every bad row listed
with its sheet and row, nothing saved when any row is bad, cells read alike."""

import io
import zipfile
from datetime import date, datetime

import pytest
from django.contrib.auth.models import Group
from openpyxl import Workbook, load_workbook

from gongkai.core.errors import DomainError
from gongkai.core.xlsx import (
    ImportFailed,
    RowErrors,
    Sheet,
    WorkbookReader,
    all_or_nothing,
    read_rows,
    workbook_bytes,
)


def _book(*sheets: tuple[str, list[list]]) -> bytes:
    """A workbook as an official's Excel saves it: typed cells, not text."""
    book = Workbook()
    book.remove(book.active)
    for name, rows in sheets:
        sheet = book.create_sheet(name)
        for row in rows:
            sheet.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _import_groups(data: bytes) -> int:
    """A small importer written the way the apps' importers are."""
    rows = read_rows(data, sheet="名单", required=["编号", "名称"], optional=["日期"])
    seen: dict[str, int] = {}
    with all_or_nothing() as errors:
        for row in rows:
            if not errors.require(row, "编号", "名称") or not errors.unique(row, "编号", seen):
                continue
            errors.date(row, "日期")
            Group.objects.create(name=f"{row.text('编号')} {row.text('名称')}")
    return len(rows)


@pytest.mark.django_db
def test_every_bad_row_is_listed_with_its_sheet_row_and_column_and_nothing_is_saved():
    data = _book(
        (
            "名单",
            [
                ["编号", "名称", "日期"],
                [1, "办公室", "2024-01-01"],
                [2, None, None],
                [1, "人事处", None],
                [3, "法规处", "明天"],
            ],
        )
    )
    with pytest.raises(ImportFailed) as failed:
        _import_groups(data)
    assert failed.value.errors == [
        "“名单”表第3行“名称”列：不能为空。",
        "“名单”表第4行“编号”列：“1”与第2行重复。",
        "“名单”表第5行“日期”列：“明天”不是日期（格式为 YYYY-MM-DD）。",
    ]
    assert failed.value.message.startswith(
        "未导入任何数据，请更正以下各行后重新导入：“名单”表第3行"
    )
    assert not Group.objects.exists()  # row 2 was good, and is not saved either


@pytest.mark.django_db
def test_a_good_workbook_is_saved_whole():
    data = _book(("名单", [["编号", "名称"], [1, "办公室"], [2, "人事处"]]))
    assert _import_groups(data) == 2
    assert sorted(Group.objects.values_list("name", flat=True)) == ["1 办公室", "2 人事处"]


def test_numbers_dates_and_text_are_read_alike_however_they_were_typed():
    data = _book(
        (
            "Sheet",
            [
                ["编号", "日期", "名称"],
                [1.0, datetime(2024, 6, 1), "  办公室 "],
                ["1.0", "2024-06-01", "   "],
                [" 1 ", date(2024, 6, 1), None],
                ["0012", "2024年6月1日", 1.5],
            ],
        )
    )
    rows = read_rows(data, required=["编号", "日期", "名称"])
    assert [row.get("编号") for row in rows] == [1, 1, 1, "0012"]  # a code keeps its zeros
    assert [row.text("编号") for row in rows] == ["1", "1", "1", "0012"]
    assert [row.get("日期") for row in rows[:3]] == [date(2024, 6, 1)] * 3
    assert rows[3].get("日期") == "2024年6月1日"  # text that is not YYYY-MM-DD stays text
    assert [row.get("名称") for row in rows] == ["办公室", None, None, 1.5]
    assert rows[1].text("名称") == ""


def test_columns_may_stand_in_any_order_below_a_title_line():
    data = _book(
        (
            "台账",
            [
                ["2024年工作要点台账"],
                ["备注", "名 称", "编号"],  # an extra column, a space typed in a header
                ["不读", "办公室", "A-1"],
                [None, None, None],
                [None, "人事处", "A-2"],
            ],
        )
    )
    rows = read_rows(data, required=["编号", "名称"], optional=["日期"])
    assert [(row.number, row.text("编号"), row.text("名称")) for row in rows] == [
        (3, "A-1", "办公室"),
        (5, "A-2", "人事处"),  # the Excel row number, blank rows counted
    ]
    assert not rows[0].has("日期") and rows[0].get("日期") is None
    assert "备注" not in rows[0].values


def test_a_missing_column_is_named():
    data = _book(("名单", [["名称", "日期"], ["办公室", None]]))
    with pytest.raises(DomainError) as refused:
        read_rows(data, required=["编号", "名称", "类型"])
    assert refused.value.message == "工作表“名单”：表头缺少“编号”、“类型”列。"
    assert refused.value.code == "missing_columns"


def test_a_missing_sheet_is_named():
    data = _book(("Sheet1", [["编号"]]))
    with pytest.raises(DomainError) as refused:
        read_rows(data, sheet="机构", required=["编号"])
    assert refused.value.message == "工作簿中没有名为“机构”的工作表。"


def _zip(name: str, text: str) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr(name, text)
    return out.getvalue()


@pytest.mark.parametrize(
    "data",
    [b"not a workbook", "编号,名称\n1,办公室\n".encode("gbk"), _zip("word/document.xml", "<w/>")],
    ids=["text", "csv", "other-zip"],
)
def test_a_file_that_is_not_a_workbook_is_refused_in_chinese(data):
    with pytest.raises(DomainError) as refused:
        WorkbookReader(data)
    assert refused.value.message == "该文件不是 Excel 工作簿（.xlsx）。"
    assert refused.value.code == "not_xlsx"


def test_errors_can_be_collected_before_anything_is_written():
    rows = read_rows(_book(("名单", [["编号"], [None], ["A"]])), required=["编号"])
    errors = RowErrors()
    assert [errors.require(row, "编号") for row in rows] == [True]  # the blank row is skipped
    assert not errors
    errors.raise_if_any()  # nothing to raise


def test_an_export_reads_back_as_it_was_written():
    data = workbook_bytes(
        Sheet("机构", ["名称", "上级机构"], [["示例市人民政府", ""], ["示例市民政局", "示例市"]]),
        Sheet("台账", ["序号", "完成时限"], [["一/（一）", "2024-06-30"]], title="工作要点台账"),
    )
    book = load_workbook(io.BytesIO(data))
    assert book.sheetnames == ["机构", "台账"]
    assert book["机构"]["A1"].font.bold and book["台账"]["A1"].value == "工作要点台账"
    with WorkbookReader(data) as reader:
        orgs = reader.rows("机构", required=["上级机构", "名称"])
        ledger = reader.rows("台账", required=["序号", "完成时限"])
    assert [r.text("名称") for r in orgs] == ["示例市人民政府", "示例市民政局"]
    assert orgs[0].get("上级机构") is None
    assert (ledger[0].number, ledger[0].get("完成时限")) == (3, date(2024, 6, 30))


@pytest.mark.django_db
def test_every_importer_reads_dates_written_as_officials_write_them():
    data = _book(
        (
            "名单",
            [
                ["编号", "名称", "日期"],
                [1, "办公室", "2024/5/6"],
                [2, "人事处", "2024.5.6"],
                [3, "法规处", "2024年5月6日"],
                [4, "财务处", datetime(2024, 5, 6)],
            ],
        )
    )
    errors = RowErrors()
    rows = read_rows(data, sheet="名单", required=["编号", "名称", "日期"])
    assert [errors.date(row, "日期") for row in rows] == [date(2024, 5, 6)] * 4
    assert not errors


def test_a_day_the_calendar_does_not_have_is_listed_in_chinese():
    data = _book(("名单", [["编号", "日期"], [1, "2024年2月30日"], [2, "2023-02-29"]]))
    errors = RowErrors()
    rows = read_rows(data, sheet="名单", required=["编号", "日期"])
    assert [errors.date(row, "日期") for row in rows] == [None, None]
    assert errors.messages == [
        "“名单”表第2行“日期”列：“2024年2月30日”不是日期（格式为 YYYY-MM-DD）。",
        "“名单”表第3行“日期”列：“2023-02-29”不是日期（格式为 YYYY-MM-DD）。",
    ]
