"""An item with a photographed notice and a blank photo: recognised, scanned, and approved only
once the reviewer confirms checking the photo in which no text was read."""

import pytest
from playwright.sync_api import expect

from gongkai.publishing.models import Recognition
from gongkai.publishing.states import Status
from gongkai.publishing.tests.factories import ID_NUMBER, make_item
from gongkai.publishing.tests.ocr_samples import blank_image, needs_tesseract, text_image

from .conftest import TEST_USERS, check_wording, login

FILES = ("公示.png", "照片.png")
#: Data on the pages, not wording: accounts, file names, file sizes and the formats the upload
#: form names (.docx, MB).
DATA = (*TEST_USERS, *FILES, "docx", "xlsx", "KB", "MB")


@needs_tesseract
@pytest.mark.django_db(transaction=True)
def test_reviewer_confirms_the_photo_without_text_before_approving(
    page, org_tree, editor, reviewer
):
    item = make_item(org=org_tree["office"], actor=editor, title="城乡低保审批公示")
    login(page, "editor", "pw-editor")
    for name, data in (("公示.png", text_image()), ("照片.png", blank_image())):
        page.goto(f"/office/publishing/{item.pk}/")
        page.set_input_files(
            "input[type=file]", files=[{"name": name, "mimeType": "image/png", "buffer": data}]
        )
        page.get_by_role("button", name="上传附件").click()
        expect(page.get_by_text("附件已上传。")).to_be_visible()
    attachments = page.locator("section", has=page.get_by_role("heading", name="附件"))
    expect(attachments.get_by_text("已识别文字")).to_be_visible()
    expect(attachments.get_by_text("未识别出文字")).to_be_visible()
    check_wording(page, "ocr-1-attachments-recognised", DATA)
    assert sorted(item.attachments.values_list("ocr_status", flat=True)) == [
        Recognition.DONE,
        Recognition.EMPTY,
    ]
    page.get_by_role("button", name="提交保密审查").click()

    page.context.clear_cookies()
    login(page, "reviewer", "pw-reviewer")
    page.goto(f"/office/publishing/{item.pk}/review/")
    expect(page.locator("#findings")).to_contain_text(ID_NUMBER)
    expect(page.locator("#findings")).to_contain_text("13812345678")
    expect(page.get_by_text("该文件未识别出文字，请人工核对。")).to_be_visible()
    checkbox = page.get_by_label("已逐一打开未能读出文字的文件并人工核对")
    expect(checkbox).to_be_visible()
    page.get_by_role("button", name="全部遮蔽").click()
    page.get_by_role("textbox", name="审查意见").fill("经审查，不涉及国家秘密，同意公开。")
    page.get_by_role("button", name="同意公开").click()
    expect(page.get_by_text("未能读出文字，无法自动检查个人信息")).to_be_visible()
    check_wording(page, "ocr-2-review-needs-check", DATA)
    item.refresh_from_db()
    assert item.status == Status.IN_REVIEW

    page.get_by_label("已逐一打开未能读出文字的文件并人工核对").check()
    page.get_by_role("button", name="同意公开").click()
    expect(page.get_by_text("审查意见已记录。")).to_be_visible()
    expect(page.get_by_text("已人工核对未识别出文字的文件")).to_be_visible()
    check_wording(page, "ocr-3-approved", DATA)
    item.refresh_from_db()
    assert item.status == Status.APPROVED


@needs_tesseract
@pytest.mark.django_db(transaction=True)
def test_coordinator_sees_the_item_wait_for_its_masked_scan_then_published(
    page, org_tree, editor, reviewer, coordinator, monkeypatch
):
    from gongkai.publishing import tasks
    from gongkai.publishing.services import (
        attachment_add,
        findings_accept_all,
        item_mask_and_publish,
        item_review,
        item_submit,
    )

    item = make_item(org=org_tree["office"], actor=editor, title="城乡低保审批公示")
    attachment_add(item=item, actor=editor, name="公示.png", data=text_image())  # recognised now
    item_submit(item=item, actor=editor)
    findings_accept_all(item=item, actor=reviewer)
    item_review(item=item, actor=reviewer, approve=True, opinion="经审查，同意公开。")
    queued = []  # the worker is busy: the job waits in the queue
    monkeypatch.setattr(tasks, "mask_and_publish", queued.append)

    login(page, "coordinator", "pw-coordinator")
    page.goto(f"/office/publishing/{item.pk}/")
    page.get_by_role("button", name="发布").click()
    expect(page.get_by_text("正在生成遮蔽文件，生成后即自动发布。")).to_be_visible()
    expect(page.locator(".status-masking")).to_have_text("正在生成遮蔽文件")
    check_wording(page, "ocr-4-masking", DATA)
    assert queued == [item.pk]
    assert page.request.get(f"/info/items/{item.pk}/").status == 404  # nothing public yet

    assert item_mask_and_publish(item_id=item.pk) == "published"
    page.reload()
    expect(page.locator(".status-published")).to_have_text("已发布")
    item.refresh_from_db()
    assert item.status == Status.PUBLISHED and item.versions.count() == 1
    # the index number (platform code GK… until the office registers its own) is data
    check_wording(page, "ocr-5-published-after-masking", (*DATA, item.index_number))
