"""The body of an item is written in the rich-text editor, in Chinese, and reaches the public page
as the sanitised HTML it stores, after review and publication (PUB-SECRET-1)."""

from datetime import date

import pytest
from playwright.sync_api import expect

from gongkai.publishing.models import InformationItem
from gongkai.publishing.services import item_publish, item_review

from .conftest import check_wording, login, paste_html, shot

#: What the editor stores for the body typed below, checked by hand against the editor's output
#: and body_clean: a level-2 heading, a bulleted list of two, a paragraph opening in bold.
STORED = (
    "<h2>一、工作目标</h2>"
    "<ul><li><p>完善社区卫生服务网络</p></li><li><p>推进家庭医生签约</p></li></ul>"
    "<p><strong>2025年底前</strong>全面完成。</p>"
)


def _new_item(page) -> None:
    page.goto("/office/publishing/new/")
    page.get_by_role("textbox", name="标题", exact=True).fill("关于推进社区卫生服务的通知")
    page.get_by_label("成文日期").fill("2024-03-01")
    page.get_by_label("内容概述").fill("推进社区卫生服务的工作目标。")


@pytest.mark.django_db(transaction=True)
def test_a_body_typed_in_the_editor_is_stored_sanitised_and_published(
    page, org_tree, editor, reviewer, coordinator
):
    login(page, "editor", "pw-editor")
    _new_item(page)
    body = page.locator(".prose-editor .ProseMirror")
    body.click()
    toolbar = page.locator(".prose-menubar")
    toolbar.get_by_role("button", name="二级标题").click()
    page.keyboard.type("一、工作目标")
    page.keyboard.press("Enter")
    toolbar.get_by_role("button", name="项目符号列表").click()
    page.keyboard.type("完善社区卫生服务网络")
    page.keyboard.press("Enter")
    page.keyboard.type("推进家庭医生签约")
    page.keyboard.press("Enter")
    page.keyboard.press("Enter")  # an empty item ends the list
    toolbar.get_by_role("button", name="加粗").click()
    page.keyboard.type("2025年底前")
    toolbar.get_by_role("button", name="加粗").click()
    page.keyboard.type("全面完成。")
    expect(body.locator("h2")).to_have_text("一、工作目标")
    check_wording(page, "editor-1-typed")

    # The link dialog speaks Chinese too.
    page.keyboard.press("Shift+Home")
    toolbar.get_by_role("button", name="插入链接").click()
    dialog = page.locator(".prose-editor-dialog")
    expect(dialog.get_by_text("网址")).to_be_visible()
    check_wording(page, "editor-2-link-dialog")
    dialog.get_by_role("button", name="取消").click()

    page.get_by_role("button", name="保存草稿").click()
    expect(page.get_by_text("草稿已保存。")).to_be_visible()
    item = InformationItem.objects.get()
    assert item.body == STORED

    # Review and publication, then the public page shows the structure typed.
    page.get_by_role("button", name="提交保密审查").click()
    expect(page.get_by_text("已提交保密审查")).to_be_visible()
    item.refresh_from_db()
    item_review(item=item, actor=reviewer, approve=True, opinion="经审查，不涉密，同意公开。")
    item_publish(item=item, actor=coordinator, published_on=date(2024, 3, 8))
    page.context.clear_cookies()
    page.goto(f"/info/items/{item.pk}/")
    shown = page.locator(".doc-body")
    expect(shown.locator("h2")).to_have_text("一、工作目标")
    expect(shown.locator("ul > li")).to_have_count(2)
    expect(shown.locator("strong")).to_have_text("2025年底前")
    assert shown.inner_html().strip() == STORED
    shot(page, "editor-3-public-page")


@pytest.mark.django_db(transaction=True)
def test_an_image_from_another_website_is_refused_with_the_way_to_attach_it(page, org_tree, editor):
    login(page, "editor", "pw-editor")
    _new_item(page)
    paste_html(
        page,
        ".prose-editor .ProseMirror",
        '<p>示意图如下：</p><img src="https://tracker.example.com/pixel.gif" alt="示意图">',
    )
    expect(page.locator(".prose-editor .ProseMirror img")).to_have_count(1)
    page.get_by_role("button", name="保存草稿").click()
    expect(page.get_by_role("alert")).to_contain_text("正文引用了其他网站的图片")
    assert not InformationItem.objects.exists()
    check_wording(page, "editor-4-external-image-refused")


@pytest.mark.django_db(transaction=True)
def test_a_consultation_draft_is_written_in_the_same_editor(page, org_tree, coordinator):
    login(page, "coordinator", "pw-coordinator")
    page.goto("/office/participation/new/")
    page.locator(".prose-editor .ProseMirror").click()
    page.locator(".prose-menubar").get_by_role("button", name="编号列表").click()
    page.keyboard.type("第一条 为规范药品配备使用，制定本办法。")
    expect(page.locator(".prose-editor .ProseMirror ol > li")).to_have_count(1)
    check_wording(page, "editor-5-consultation-draft")


#: A body as older items store it (cleaned by body_clean, written before the editor): a table
#: with a header section and column widths, styled and underlined text, a level-5 heading.
OLDER_BODY = (
    '<p style="text-indent: 2em">现将<span style="color: #c00">低保</span>发放情况公布如下：</p>'
    "<h5>一、发放标准</h5>"
    '<table style="border-collapse: collapse"><colgroup><col style="width: 40%"></colgroup>'
    "<thead><tr><th>类别</th><th>标准（元/月）</th></tr></thead>"
    "<tbody><tr><td>城市</td><td>780</td></tr><tr><td>农村</td><td>620<sup>注</sup></td></tr>"
    "</tbody></table>"
    "<p><u>以上标准自2024年1月起执行。</u></p>"
)


@pytest.mark.django_db(transaction=True)
def test_an_older_body_opened_and_saved_unchanged_keeps_its_table_and_formatting(
    page, org_tree, editor
):
    from gongkai.publishing.content import body_clean
    from gongkai.publishing.tests.factories import make_item

    item = make_item(org=org_tree["office"], actor=editor, body=OLDER_BODY)
    stored = InformationItem.objects.get(pk=item.pk).body
    assert stored == body_clean(OLDER_BODY) and "<table" in stored and "<colgroup>" in stored
    login(page, "editor", "pw-editor")
    page.goto(f"/office/publishing/{item.pk}/edit/")
    editor_body = page.locator(".prose-editor .ProseMirror")
    expect(editor_body.locator("table")).to_have_count(1)
    notice = page.locator(".editor-keep-notice")
    expect(notice).to_contain_text("编辑器无法保留")
    check_wording(page, "editor-6-older-body")

    page.get_by_role("button", name="保存草稿").click()
    expect(page.get_by_text("修改已保存。")).to_be_visible()
    item.refresh_from_db()
    assert item.body == stored  # nothing lost: table, header section, styles, <u>, <sup>, <h5>


@pytest.mark.django_db(transaction=True)
def test_an_older_body_edited_in_the_editor_keeps_its_table(page, org_tree, editor):
    from gongkai.publishing.tests.factories import make_item

    item = make_item(org=org_tree["office"], actor=editor, body=OLDER_BODY)
    login(page, "editor", "pw-editor")
    page.goto(f"/office/publishing/{item.pk}/edit/")
    editor_body = page.locator(".prose-editor .ProseMirror")
    editor_body.locator("p").last.click()
    page.keyboard.press("End")
    page.keyboard.type("特此公告。")
    page.get_by_role("button", name="保存草稿").click()
    expect(page.get_by_text("修改已保存。")).to_be_visible()
    item.refresh_from_db()
    # edited after the notice: the editor's own markup, the table and its cells still there
    assert "特此公告。" in item.body and "<table" in item.body and "<td>" in item.body
    assert "<sup>注</sup>" in item.body and "<u>" in item.body
