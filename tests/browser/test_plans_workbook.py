"""A task breakdown kept as an Excel workbook, uploaded in a browser: the review page shows the
sheet's title and its tasks with their units and time limits, as for any other file."""

import io
from datetime import datetime

import pytest
from openpyxl import Workbook

from .conftest import TEST_USERS, check_wording, upload_plan

DATA = (*TEST_USERS, "任务分解表.xlsx")  # the uploaded file's name is data, not wording


def _workbook() -> bytes:
    book = Workbook()
    sheet = book.active
    sheet.append(["2025年某委政务公开工作任务分解表"])
    sheet.merge_cells("A1:F1")
    sheet.append(["分类", "序号", "工作任务", "具体内容", "责任单位", "完成时限"])
    sheet.append(
        [
            "一、深化决策公开",
            "1",
            "推进决策预公开",
            "做好重大决策预公开。",
            "办公室",
            datetime(2099, 6, 30),
        ]
    )
    sheet.append([None, "2", "做好政策解读", "同步解读重要政策。", "人事处", "持续推进"])
    sheet.merge_cells("A3:A4")  # the group cell spans its two rows
    sheet.append(
        ["二、提升公开质效", "3", "规范依申请公开", "按时答复申请。", "办公室", "2099年12月底前"]
    )
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


@pytest.mark.django_db(transaction=True)
def test_a_workbook_upload_is_reviewed_like_any_plan(page, org_tree, coordinator):
    xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    upload_plan(page, "任务分解表.xlsx", xlsx, _workbook())
    page.get_by_role("heading", name="2025年某委政务公开工作任务分解表").wait_for()
    body = page.inner_text("body")
    assert "已解析 3 项任务" in body
    for text in ("推进决策预公开", "做好政策解读", "规范依申请公开", "2099年6月30日", "持续推进"):
        assert text in body
    # a continuing task's time limit is said once, not again as its recurrence
    assert "完成时限：持续推进 · 持续推进" not in body
    # the source lines are counted from 1, as an official counts them
    assert page.locator(".source-lines li").first.inner_text() == "2025年某委政务公开工作任务分解表"
    assert page.locator(".source-lines").get_attribute("start") in (None, "1")
    check_wording(page, "plans-wb-01-review", DATA)
