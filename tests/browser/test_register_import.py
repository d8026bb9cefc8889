"""The coordinator brings in the agency's past requests from its Excel register."""

import io
from datetime import date

import pytest
from openpyxl import Workbook

from gongkai.applications.models import Application

from .conftest import check_wording, login, shot

HEADER = ["申请编号", "收到日期", "申请人类型", "申请内容", "办结日期", "办理结果"]
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _register(rows) -> bytes:
    book = Workbook()
    sheet = book.active
    sheet.title = "申请"
    sheet.append(HEADER)
    for row in rows:
        sheet.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _upload(page, rows) -> None:
    page.get_by_label("登记台账（Excel 工作簿）").set_input_files(
        [{"name": "登记台账.xlsx", "mimeType": XLSX, "buffer": _register(rows)}]
    )
    page.get_by_role("button", name="导入", exact=True).click()


@pytest.mark.django_db(transaction=True)
def test_the_coordinator_imports_a_register_after_correcting_it(page, org_tree, coordinator):
    login(page, "coordinator", "pw-coordinator")
    page.goto("/office/applications/")
    page.get_by_role("link", name="导入历史申请").click()
    page.get_by_role("heading", name="从原登记台账导入历史申请").wait_for()
    check_wording(page, "register-import-form")

    good = [
        ["2022-017", date(2022, 5, 9), "自然人", "2021年度部门决算", date(2022, 5, 30), "予以公开"],
        [
            "2022-018",
            date(2022, 6, 1),
            "法律服务机构",
            "某行政处罚案卷",
            date(2022, 6, 20),
            "不予公开：属于行政执法案卷",
        ],
        ["2022-019", date(2022, 12, 26), "商业企业", "某项目环评报告", None, None],
    ]
    bad = [
        *good[:2],
        ["2022-019", date(2022, 12, 26), "企业", "某项目环评报告", None, None],
        ["2022-020", date(2022, 7, 8), "自然人", "某文件", date(2022, 7, 1), "予以公开"],
    ]
    _upload(page, bad)
    errors = page.locator(".import-errors li")
    errors.first.wait_for()
    assert errors.all_inner_texts() == [
        "“申请”表第4行“申请人类型”列：申请人类型“企业”无法识别，请填写自然人、商业企业、科研机构、"
        "社会公益组织、法律服务机构、其他之一。",
        "“申请”表第5行“办结日期”列：办结日期2022-07-01早于收到日期2022-07-08。",
    ]
    check_wording(page, "register-import-errors")
    assert not Application.objects.exists()

    _upload(page, good)
    page.locator(".import-summary").wait_for()
    assert "已导入云南省卫生和计划生育委员会的历史申请3件：已办结2件，尚未办结1件。" in (
        page.locator(".import-summary").inner_text()
    )
    check_wording(page, "register-import-done")

    page.get_by_role("link", name="查看导入的申请").click()
    rows = page.locator("table.data tbody tr")
    rows.first.wait_for()
    assert rows.count() == 3 and page.locator(".badge.imported").count() == 3
    shot(page, "register-import-list")

    case = Application.objects.get(register_number="2022-018")
    page.goto(f"/office/applications/{case.pk}/")
    facts = page.locator("dl.facts")
    assert "历史导入" in facts.locator(".status").inner_text()
    assert facts.locator(".register-number").inner_text() == "2022-018"
    # Replied on 2022-06-20, within its period: the count stops on that day.
    assert "截至2022-06-20" in page.inner_text("body") and "超期" not in page.inner_text("body")
    check_wording(page, "register-import-case")
