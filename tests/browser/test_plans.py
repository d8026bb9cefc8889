"""Seed 004 in a browser: upload, review, confirm, dispatch, progress, completion, ledger."""

import io

import pytest
from openpyxl import load_workbook
from playwright.sync_api import expect

from gongkai.plans.models import Plan

from .conftest import login, shot

SEED = "gongkai/plans/data/seeds"


def _seed_004():
    from pathlib import Path

    root = Path(__file__).resolve().parents[2] / SEED
    return next(root.glob("004_*.txt"))


def _login(page, username):
    login(page, username, f"pw-{username}")
    page.get_by_role("heading", name="工作台").wait_for()


def _sign_out(page):
    page.get_by_role("button", name="退出登录").click()
    page.wait_for_url("**/")


@pytest.mark.django_db(transaction=True)
def test_seed_004_from_upload_to_ledger(page, org_tree, coordinator, editor):
    # The coordinator uploads the province's 2020 work points.
    _login(page, "coordinator")
    page.get_by_role("navigation", name="主导航").get_by_role("link", name="工作要点").click()
    page.get_by_role("link", name="上传工作要点").click()
    page.get_by_label("发文机构").select_option(label="云南省卫生和计划生育委员会")
    page.get_by_label("工作要点文件").set_input_files(str(_seed_004()))
    shot(page, "plans-01-upload")
    page.get_by_role("button", name="上传并解析").click()
    page.get_by_role("heading", name="2020年云南省政务公开工作要点").wait_for()
    assert "已解析 18 项任务" in page.content()
    plan = Plan.objects.get()

    # Review: clicking a task highlights its lines in the source text.
    task = plan.tasks.get(path=["二", "（一）"])
    page.locator(f"#task-{task.pk} .task-meta").first.click()
    highlighted = page.locator(".source-lines li.hl")
    expect(highlighted).to_have_count(task.source_line_end - task.source_line_start + 1)
    assert "全清单化管理" in highlighted.first.inner_text()
    shot(page, "plans-02-review")

    # Map an unknown unit name to the commission's office (remembered as an alias).
    row = page.locator("tr", has=page.get_by_role("cell", name="省直各部门", exact=True))
    row.get_by_label("机构").select_option(label="办公室")
    row.get_by_role("button", name="对应").click()
    page.get_by_text("“省直各部门”已在 10 项任务中对应到办公室").wait_for()

    # Correct a time limit, then confirm: only now are tasks dispatched.
    page.locator(f"#task-{task.pk}").get_by_role("link", name="修改、拆分、分配单位").click()
    page.get_by_label("完成时限（原文）").fill("2020年11月底前")
    page.get_by_role("button", name="保存", exact=True).click()
    page.get_by_text("任务已保存。").wait_for()
    assert "到期 2020-11-30" in page.locator(f"#task-{task.pk}").inner_text()
    page.get_by_role("button", name="确认并下发 18 项任务").click()
    # Names still not in the directory are listed first; the coordinator keeps them as written
    # and gives the tasks that name nobody known to the commission itself.
    page.get_by_role("heading", name="下发前核对责任单位").wait_for()
    page.get_by_label("以上单位名称保持原文，仍然下发").check()
    page.get_by_label("项无对应单位的任务交由云南省卫生和计划生育委员会本机关承办").check()
    page.get_by_role("button", name="下发 18 项任务").click()
    page.get_by_text("已确认：下发 18 项任务。").wait_for()
    shot(page, "plans-03-dispatched")
    _sign_out(page)

    # The office's editor finds the task, reports progress with an attachment, asks to close it.
    _login(page, "editor")
    page.get_by_role("navigation", name="主导航").get_by_role("link", name="我的任务").click()
    page.get_by_role("link", name="实现政府信息主动公开事项全清单化管理").click()
    page.get_by_role("textbox", name="进展情况").fill("已编制主动公开事项清单，并在门户网站公开。")
    page.get_by_label("附件").set_input_files(
        files=[
            {"name": "清单.txt", "mimeType": "text/plain", "buffer": "主动公开事项清单".encode()}
        ]
    )
    page.get_by_role("button", name="提交进展").click()
    page.get_by_text("进展已提交。").wait_for()
    assert page.get_by_role("link", name="清单.txt").is_visible()
    page.get_by_role("button", name="申请办结").click()
    page.get_by_text("已申请办结，已通知公开办。").wait_for()
    shot(page, "plans-04-unit-progress")
    _sign_out(page)

    # The coordinator accepts the completion from the notification.
    _login(page, "coordinator")
    page.goto("/office/notifications/")
    page.get_by_role(
        "link", name="申请办结：“二/（一） 实现政府信息主动公开事项全清单化管理”"
    ).click()
    page.get_by_role("button", name="确认办结").click()
    page.get_by_text("任务已确认办结。").wait_for()
    shot(page, "plans-05-accepted")

    # The ledger shows the progress and the status.
    page.get_by_role("link", name="2020年云南省政务公开工作要点").click()
    with page.expect_download() as download:
        page.get_by_role("link", name="导出台账（Excel）").click()
    book = load_workbook(io.BytesIO(download.value.path().read_bytes()))
    rows = list(book.active.iter_rows(values_only=True))
    assert rows[1][:8] == (
        "序号",
        "重点任务",
        "主要内容",
        "牵头单位",
        "责任单位",
        "完成时限",
        "进展情况",
        "状态",
    )
    row = next(r for r in rows if r[0] == "二/（一）")
    assert row[5] == "2020年11月底前"
    assert row[6].endswith("已编制主动公开事项清单，并在门户网站公开。")
    assert row[7] == "已完成"
    with page.expect_download() as download:
        page.get_by_role("link", name="导出台账（Word）").click()
    assert download.value.suggested_filename.endswith(".docx")
    assert download.value.path().read_bytes()[:2] == b"PK"  # a zip container, as .docx is
    shot(page, "plans-06-ledger")

    # The figures: the office has one task done on time among those dispatched to it.
    page.get_by_role("navigation", name="主导航").get_by_role("link", name="任务统计").click()
    page.get_by_role("heading", name="任务统计").wait_for()
    office = page.locator("tr", has=page.get_by_role("cell", name="办公室", exact=True))
    assert office.locator("td").nth(3).inner_text() == "1"  # 已办结
    assert page.locator("svg.bars").count() == 2
    shot(page, "plans-07-figures")
