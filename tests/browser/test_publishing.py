"""An item from draft through confidentiality review (masking findings) to the public page."""

import re

import pytest
from playwright.sync_api import expect

from gongkai.core.idnumbers import id_check_char
from gongkai.publishing.models import InformationItem

from .conftest import login, paste_html, shot

ID17 = "53010219800315123"
ID_NUMBER = ID17 + id_check_char(ID17)
BODY = (
    "<p>2024年第一季度新增城乡低保对象名单公示如下：</p><table><tr><th>姓名</th><th>身份证号</th>"
    f"<th>联系电话</th></tr><tr><td>张三明</td><td>{ID_NUMBER}</td><td>13812345678</td></tr>"
    "<tr><td>李秀英</td><td>—</td><td>13987654321</td></tr></table>"
    "<p>监督电话：0871-65432100</p>"
)


@pytest.mark.django_db(transaction=True)
def test_item_goes_from_draft_through_review_to_a_masked_public_page(
    page, org_tree, editor, reviewer, coordinator
):
    # The editor writes the draft and submits it for review.
    login(page, "editor", "pw-editor")
    page.goto("/office/publishing/")
    page.get_by_role("link", name="新建信息").click()
    title = page.get_by_role("textbox", name="标题", exact=True)  # not the editor's 二级标题
    title.fill("2024年第一季度新增城乡低保对象名单公示")
    page.get_by_label("成文日期").fill("2024-03-01")
    page.get_by_label("内容概述").fill("公示第一季度新增低保对象。")
    paste_html(page, ".prose-editor .ProseMirror", BODY)  # pasted from the list as drawn up
    page.get_by_role("button", name="保存草稿").click()
    expect(page.get_by_text("草稿已保存。")).to_be_visible()
    page.get_by_role("button", name="提交保密审查").click()
    expect(page.get_by_text("已提交保密审查，发现 6 处疑似个人信息。")).to_be_visible()
    shot(page, "publishing-1-submitted")
    item = InformationItem.objects.get()

    # The reviewer sees every finding highlighted and decides each one (htmx, no reload).
    page.context.clear_cookies()
    login(page, "reviewer", "pw-reviewer")
    page.goto(f"/office/publishing/{item.pk}/review/")
    expect(page.locator(".review-text mark")).to_have_count(6)
    rows = page.locator("#findings tbody tr")
    expect(rows).to_have_count(6)
    shot(page, "publishing-2-review-findings")
    for i in range(6):
        row = page.locator("#findings tbody tr").nth(i)
        keep = row.locator("mark").inner_text() == "0871-65432100"  # the office hotline
        row.get_by_role("button", name="保留" if keep else "遮蔽").click()
        expect(page.locator("#pending-count")).to_have_text(str(5 - i))
    expect(page.locator(".review-text mark.accepted")).to_have_count(5)
    expect(page.locator(".review-text mark.rejected")).to_have_count(1)
    page.get_by_role("textbox", name="审查意见").fill(
        "经审查，不涉及国家秘密；个人信息已去标识化，同意公开。"
    )
    shot(page, "publishing-3-review-decided")
    page.get_by_role("button", name="同意公开").click()
    expect(page.get_by_text("审查意见已记录。")).to_be_visible()

    # The coordinator publishes; the index number is generated.
    page.context.clear_cookies()
    login(page, "coordinator", "pw-coordinator")
    page.goto(f"/office/publishing/{item.pk}/")
    page.get_by_role("button", name="发布", exact=True).click()
    expect(page.get_by_text("已发布为第1版。")).to_be_visible()
    item.refresh_from_db()
    assert re.fullmatch(r"GK\d{7}/\d{4}-00001", item.index_number)

    # The public page shows the metadata and only the masked text.
    page.context.clear_cookies()
    page.goto(f"/info/items/{item.pk}/")
    meta = page.locator("table.meta")
    expect(meta).to_contain_text(item.index_number)
    expect(meta).to_contain_text("云南省卫生和计划生育委员会办公室")
    body = page.locator(".doc-body")
    expect(body).to_contain_text("张*明")
    expect(body).to_contain_text("530102********1233")
    expect(body).to_contain_text("138****5678")
    expect(body).to_contain_text("0871-65432100")
    expect(body).not_to_contain_text("张三明")
    expect(body).not_to_contain_text(ID_NUMBER)
    shot(page, "publishing-4-public-page")
