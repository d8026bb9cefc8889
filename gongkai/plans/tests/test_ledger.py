"""The ledger (台账): Excel and Word export, and an edited workbook imported back."""

import io
from datetime import date

import pytest
import time_machine
from docx import Document
from openpyxl import Workbook, load_workbook

from gongkai.core.errors import DomainError
from gongkai.core.models import AuditEntry
from gongkai.core.xlsx import ImportFailed
from gongkai.plans.ledger import COLUMNS, ledger_docx, ledger_xlsx
from gongkai.plans.services import (
    ledger_import,
    plan_confirm,
    plan_import,
    plan_unit_map,
    progress_report_add,
)

from .helpers import seed


@pytest.fixture
def plan(org_tree, coordinator, editor):
    data, name = seed("004")
    plan = plan_import(data=data, filename=name, org=org_tree["commission"], actor=coordinator)
    plan_unit_map(plan=plan, name="省直各部门", org=org_tree["office"], actor=coordinator)
    plan_confirm(plan=plan, actor=coordinator, unmapped_confirmed=True, orphans_to_issuer=True)
    with time_machine.travel("2020-07-01 10:00 +0800", tick=False):
        task = plan.tasks.get(path=["二", "（二）"])
        progress_report_add(
            task=task, actor=editor, text="已修订管理办法", reported_on=date(2020, 7, 1)
        )
    return plan


def _sheet(data: bytes) -> list[list]:
    return [list(r) for r in load_workbook(io.BytesIO(data)).active.iter_rows(values_only=True)]


@pytest.mark.django_db
def test_xlsx_has_the_officials_columns_and_one_row_per_task(plan):
    rows = _sheet(ledger_xlsx(plan=plan))
    assert rows[0][0] == "2020年云南省政务公开工作要点"
    assert (
        rows[1]
        == COLUMNS
        == ["序号", "重点任务", "主要内容", "牵头单位", "责任单位", "完成时限", "进展情况", "状态"]
    )
    assert len(rows) == 2 + 18
    row = rows[2 + 6]  # 二（二）, the 7th task
    assert row[0] == "二/（二）" and row[1] == "建立健全政务信息管理制度"
    assert row[3] == "省政府办公厅、省司法厅"
    assert row[4] == "省直各部门、各州、市人民政府"
    assert row[5] == "2020-12-31"  # no written limit: the date read from the text
    assert row[6] == "2020-07-01 已修订管理办法" and row[7] == "推进中"


@pytest.mark.django_db
def test_docx_is_a_real_table_with_the_same_rows(plan):
    doc = Document(io.BytesIO(ledger_docx(plan=plan)))
    table = doc.tables[0]
    assert [c.text for c in table.rows[0].cells] == COLUMNS
    assert len(table.rows) == 19
    assert table.rows[7].cells[6].text == "2020-07-01 已修订管理办法"


def _edited(plan, change) -> bytes:
    """The exported ledger with each row replaced by ``change(row)``, as an official edits it."""
    book = load_workbook(io.BytesIO(ledger_xlsx(plan=plan)))
    sheet = book.active
    for cells in sheet.iter_rows():
        for cell, value in zip(cells, change([c.value for c in cells]), strict=True):
            cell.value = value
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


@pytest.mark.django_db
def test_an_edited_ledger_updates_titles_limits_and_units(plan, coordinator, org_tree):
    def change(row):
        if row[0] == "一/（一）":
            return [row[0], "稳就业信息公开", row[2], "人事处", "办公室", "2020年9月底前", *row[6:]]
        return row

    assert ledger_import(plan=plan, data=_edited(plan, change), actor=coordinator) == 1
    task = plan.tasks.get(position=0)
    assert task.title == "稳就业信息公开" and task.due_on == date(2020, 9, 30)
    assert [(u.name, u.is_lead, u.org) for u in task.units.order_by("position")] == [
        ("人事处", True, org_tree["personnel"]),
        ("办公室", False, org_tree["office"]),
    ]
    entry = AuditEntry.objects.get(action="task.ledger_import")
    assert entry.before["完成时限"] == "" and entry.after["完成时限"] == "2020年9月底前"


@pytest.mark.django_db
def test_any_bad_row_stops_the_import_and_every_error_is_listed(plan, coordinator):
    before = list(plan.tasks.values_list("title", flat=True))

    def change(row):
        if row[0] == "一/（一）":
            return [row[0], "改了标题", *row[2:]]
        if row[0] == "一/（二）":
            return ["九/（九）", *row[1:]]
        if row[0] == "一/（三）":
            return [row[0], "", "", *row[3:]]
        return row

    with pytest.raises(ImportFailed) as failed:
        ledger_import(plan=plan, data=_edited(plan, change), actor=coordinator)
    assert failed.value.errors == [
        "“台账”表第4行“序号”列：本工作要点没有序号为“九/（九）”的任务。",
        "“台账”表第5行：重点任务和主要内容均为空。",
    ]
    assert list(plan.tasks.values_list("title", flat=True)) == before  # row 3 not applied either


@pytest.mark.django_db
def test_a_file_that_is_not_a_ledger_is_refused(plan, coordinator):
    with pytest.raises(DomainError, match="不是 Excel"):
        ledger_import(plan=plan, data=b"not a workbook", actor=coordinator)
    book = Workbook()
    book.active.append(["编号", "内容"])
    buffer = io.BytesIO()
    book.save(buffer)
    with pytest.raises(DomainError, match="表头缺少“序号”、“重点任务”"):
        ledger_import(plan=plan, data=buffer.getvalue(), actor=coordinator)
