"""A flattened-table plan in a browser: upload, review, map an unknown unit, dispatch, count.

The task is counted the same on the plan page, the unit's page, 任务统计 and the dashboard; the
commission's own assessment scheme is refused below 4% and saved above it.
"""

import pytest

from gongkai.plans.models import Plan

from .conftest import TEST_USERS, check_wording, upload_plan

DATA = (*TEST_USERS, "网页复制.txt")  # the uploaded file's name is data, not wording

# Rows as copied from a web page; 省数据局 is not in the directory. The 2024 limits have passed.
FLAT = """2024年云南省卫生健康委政务公开工作要点
工作任务 | 具体要求 | 牵头单位 | 完成时限 |
一、推进政务公开标准化。 | 1.编制并公开主动公开事项清单。 | 办公室 | 2099年12月底前 |
2.建设政务公开专区。 | 省数据局 | 2024年6月底前 | |
二、加强政策解读。 | 3.做好重要政策文件解读。 | 人事处 | 2099年12月底前 |
"""


def _cells(row) -> list[str]:
    return [c.strip() for c in row.locator("td").all_inner_texts()]


@pytest.mark.django_db(transaction=True)
def test_flattened_plan_is_mapped_dispatched_and_counted_alike(page, org_tree, coordinator):
    upload_plan(page, "网页复制.txt", "text/plain", FLAT.encode())
    # The title is the document's heading, not the file name.
    page.get_by_role("heading", name="2024年云南省卫生健康委政务公开工作要点").wait_for()
    assert "已解析 3 项任务" in page.content()
    check_wording(page, "plans-sup-01-review", DATA)

    # Confirming first: nothing goes out; the unknown name is listed with its task.
    page.get_by_role("button", name="确认并下发 3 项任务").click()
    page.get_by_role("heading", name="下发前核对责任单位").wait_for()
    page.get_by_text("下发前请先将机构目录中没有的单位名称对应到机构：省数据局。").wait_for()
    row = page.locator("tr", has=page.get_by_role("cell", name="省数据局", exact=True))
    assert _cells(row)[:2] == ["省数据局", "一/2"]
    assert "1 项任务没有能够看到它的单位" in page.inner_text("body")
    check_wording(page, "plans-sup-02-check", DATA)

    # Map it to 人事处; the page then has nothing left to ask, and the plan goes out.
    row.get_by_label("机构").select_option(label="人事处")
    row.get_by_role("button", name="对应").click()
    page.get_by_text("“省数据局”已在 1 项任务中对应到人事处").wait_for()
    page.get_by_text("每项任务都有机构名录中的责任单位。").wait_for()
    page.get_by_role("button", name="下发 3 项任务").click()
    page.get_by_text("已确认：下发 3 项任务。").wait_for()
    plan = Plan.objects.get()
    assert set(plan.tasks.values_list("status", flat=True)) == {"dispatched"}

    # Plan page: 人事处 answers for 一/2 (overdue) and 二/3; 办公室 has nothing due yet.
    figures = page.locator("table.unit-figures")
    personnel = figures.locator("tr", has=page.get_by_role("link", name="人事处", exact=True))
    assert _cells(personnel) == ["人事处", "2", "1", "0", "1", "0.0"]
    office = figures.locator("tr", has=page.get_by_role("link", name="办公室", exact=True))
    assert _cells(office) == ["办公室", "1", "0", "0", "0", "无到期任务"]
    assert _cells(figures.locator("tfoot tr"))[3] == "1"  # 合计：逾期 1
    check_wording(page, "plans-sup-03-plan", DATA)

    # The unit's page, opened from the plan: the same task, counted the same.
    personnel.get_by_role("link", name="人事处").click()
    page.get_by_role("heading", name="人事处").wait_for()
    assert page.locator("dd.unit-overdue").inner_text() == "1"
    assert page.get_by_role("link", name="一 / 2 建设政务公开专区。").is_visible()
    check_wording(page, "plans-sup-04-unit", DATA)

    # 任务统计: the plan row and the unit row agree with the pages above.
    page.get_by_role("navigation", name="主导航").get_by_role("link", name="任务统计").click()
    page.get_by_role("heading", name="任务统计").wait_for()
    plan_row = page.locator("table.plan-figures tbody tr").first
    assert _cells(plan_row)[4] == "1"
    unit_row = page.locator("table.unit-figures tr", has=page.get_by_role("link", name="人事处"))
    assert _cells(unit_row)[4] == "1"
    assert page.locator("svg.bars").count() == 2
    check_wording(page, "plans-sup-05-figures", DATA)

    # The dashboard card counts the same overdue task.
    page.goto("/office/")
    card = page.locator("a.card", has_text="已下发工作要点的逾期任务")
    assert card.locator(".card-value").inner_text() == "1"
    check_wording(page, "plans-sup-06-dashboard", DATA)

    # The commission's own assessment scheme is held to the 4% share (PLAN-ASSESS-1).
    page.goto("/office/plans/dashboard/")
    page.get_by_role("link", name="各机关考核方案").click()
    page.get_by_role("heading", name="考核方案", exact=True).wait_for()
    page.get_by_label("考核方案文件").fill("《省卫生计生委2024年度绩效考核实施方案》")
    page.get_by_label("政务公开工作在综合考核中的分值权重（%）").fill("3")
    page.get_by_role("button", name="保存").click()
    error = "《省卫生计生委2024年度绩效考核实施方案》中政务公开工作的分值权重为3%"
    page.get_by_text(error).wait_for()
    assert "中办发〔2016〕8号" in page.content()
    check_wording(page, "plans-sup-07-scheme-refused", DATA)
    page.get_by_label("政务公开工作在综合考核中的分值权重（%）").fill("5")
    page.get_by_role("button", name="保存").click()
    page.get_by_text("考核方案已保存。").wait_for()
    row = page.locator("table.schemes tbody tr").first
    assert _cells(row) == [
        "云南省卫生和计划生育委员会",
        "《省卫生计生委2024年度绩效考核实施方案》",
        "5%",
    ]
    check_wording(page, "plans-sup-08-schemes", DATA)
