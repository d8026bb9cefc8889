"""Attached images and scans: recognised in the job queue, scanned at submission, masked in the
picture on publication; files without readable text need the reviewer's check by eye."""

from __future__ import annotations

import io

import pytest
from PIL import Image

from gongkai.core.errors import DomainError
from gongkai.publishing.models import Recognition, Review
from gongkai.publishing.privacy import extract_text
from gongkai.publishing.privacy import ocr as ocr_module
from gongkai.publishing.privacy.files import render_pdf
from gongkai.publishing.services import (
    attachment_add,
    findings_accept_all,
    item_publish,
    item_review,
    item_submit,
)
from gongkai.publishing.states import Status

from .factories import ID_NUMBER, make_item
from .ocr_samples import blank_image, needs_tesseract, scanned_pdf, text_image

pytestmark = pytest.mark.django_db
OPINION = "经审查，不涉密，同意公开。"


def attach(item, editor, name, data, capture):
    """Upload as the page does: the recognition job runs once the upload is saved."""
    with capture(execute=True):
        attachment = attach_only(item, editor, name, data)
    attachment.refresh_from_db()
    return attachment


def attach_only(item, editor, name, data):
    return attachment_add(item=item, actor=editor, name=name, data=data)


@needs_tesseract
def test_attached_image_is_recognised_scanned_and_published_blacked_out(
    org_tree, editor, reviewer, coordinator, django_capture_on_commit_callbacks
):
    item = make_item(org=org_tree["office"], actor=editor)
    attachment = attach(item, editor, "公示.png", text_image(), django_capture_on_commit_callbacks)
    assert attachment.ocr_status == Recognition.DONE
    assert ID_NUMBER in attachment.ocr_text
    item_submit(item=item, actor=editor)
    found = {(f.kind, f.text) for f in attachment.findings.all()}
    assert {("id_number", ID_NUMBER), ("phone", "13812345678")} <= found
    findings_accept_all(item=item, actor=reviewer)
    review = item_review(item=item, actor=reviewer, approve=True, opinion=OPINION)
    assert review.files_checked is False  # text was read: nothing to confirm
    with django_capture_on_commit_callbacks(execute=True):  # the masking job
        assert item_publish(item=item, actor=coordinator) is None
    item.refresh_from_db()
    assert item.status == Status.PUBLISHED
    attachment.refresh_from_db()
    with attachment.masked_file.open("rb") as handle:
        masked = handle.read()
    assert Image.open(io.BytesIO(masked)).format == "PNG"
    text = extract_text(masked, "公示.png")
    assert ID_NUMBER not in text and "13812345678" not in text


@needs_tesseract
def test_attached_scan_is_recognised_and_its_findings_listed(
    org_tree, editor, django_capture_on_commit_callbacks
):
    item = make_item(org=org_tree["office"], actor=editor)
    attachment = attach(item, editor, "公示.pdf", scanned_pdf(), django_capture_on_commit_callbacks)
    assert attachment.ocr_status == Recognition.DONE
    item_submit(item=item, actor=editor)
    assert ("id_number", ID_NUMBER) in {(f.kind, f.text) for f in attachment.findings.all()}
    attachment.refresh_from_db()
    assert attachment.scan_note == ""


def test_pdf_with_text_goes_to_the_scanner_without_recognition(
    org_tree, editor, django_capture_on_commit_callbacks
):
    item = make_item(org=org_tree["office"], actor=editor)
    data = render_pdf(f"身份证号：{ID_NUMBER}")
    attachment = attach(item, editor, "名单.pdf", data, django_capture_on_commit_callbacks)
    assert attachment.ocr_status == Recognition.NONE
    item_submit(item=item, actor=editor)
    assert ("id_number", ID_NUMBER) in {(f.kind, f.text) for f in attachment.findings.all()}


def test_item_cannot_be_submitted_while_recognition_runs(org_tree, editor):
    item = make_item(org=org_tree["office"], actor=editor)
    attachment = attach_only(item, editor, "公示.png", blank_image())  # the job has not run yet
    assert attachment.ocr_status == Recognition.PENDING
    with pytest.raises(DomainError, match="正在识别文字") as caught:
        item_submit(item=item, actor=editor)
    assert caught.value.code == "recognition_pending"
    item.refresh_from_db()
    assert item.status == Status.DRAFT


@needs_tesseract
def test_blank_image_needs_the_reviewers_confirmation(
    org_tree, editor, reviewer, django_capture_on_commit_callbacks
):
    item = make_item(org=org_tree["office"], actor=editor)
    attachment = attach(item, editor, "照片.png", blank_image(), django_capture_on_commit_callbacks)
    assert attachment.ocr_status == Recognition.EMPTY
    item_submit(item=item, actor=editor)
    attachment.refresh_from_db()
    assert attachment.scan_note == "该文件未识别出文字，请人工核对。"
    with pytest.raises(DomainError, match="照片.png") as caught:
        item_review(item=item, actor=reviewer, approve=True, opinion=OPINION)
    assert caught.value.code == "files_unchecked"
    item.refresh_from_db()
    assert item.status == Status.IN_REVIEW
    review = item_review(
        item=item, actor=reviewer, approve=True, opinion=OPINION, files_checked=True
    )
    item.refresh_from_db()
    assert item.status == Status.APPROVED and review.files_checked is True


def test_missing_tesseract_fails_recognition_and_asks_for_the_check(
    org_tree, editor, reviewer, monkeypatch, django_capture_on_commit_callbacks
):
    monkeypatch.setattr(ocr_module.shutil, "which", lambda name: None)
    item = make_item(org=org_tree["office"], actor=editor)
    attachment = attach(item, editor, "公示.png", blank_image(), django_capture_on_commit_callbacks)
    assert attachment.ocr_status == Recognition.FAILED
    assert "tesseract-ocr" in attachment.ocr_error
    item_submit(item=item, actor=editor)
    attachment.refresh_from_db()
    assert attachment.scan_note.startswith("文字识别失败（本服务器未安装文字识别程序 tesseract")
    with pytest.raises(DomainError, match="人工核对"):
        item_review(item=item, actor=reviewer, approve=True, opinion=OPINION)


def test_returning_an_item_needs_no_confirmation(org_tree, editor, reviewer):
    item = make_item(org=org_tree["office"], actor=editor)
    attach_only(item, editor, "公示.png", blank_image())
    item.attachments.update(ocr_status=Recognition.EMPTY)
    item_submit(item=item, actor=editor)
    review = item_review(item=item, actor=reviewer, approve=False, opinion="请补充说明。")
    assert review.result == Review.Result.RETURNED and review.files_checked is False


@needs_tesseract
def test_review_page_asks_for_the_check_only_where_a_file_yielded_no_text(
    client, org_tree, editor, reviewer, django_capture_on_commit_callbacks
):
    blank = make_item(org=org_tree["office"], actor=editor, title="空白照片")
    attach(blank, editor, "照片.png", blank_image(), django_capture_on_commit_callbacks)
    readable = make_item(org=org_tree["office"], actor=editor, title="公示照片")
    attach(readable, editor, "公示.png", text_image(), django_capture_on_commit_callbacks)
    for item in (blank, readable):
        item_submit(item=item, actor=editor)
    findings_accept_all(item=readable, actor=reviewer)
    client.force_login(reviewer)
    readable_page = client.get(f"/office/publishing/{readable.pk}/review/").content.decode()
    assert "<textarea" in readable_page and 'name="files_checked"' not in readable_page
    page = client.get(f"/office/publishing/{blank.pk}/review/").content.decode()
    assert 'name="files_checked"' in page and "已逐一打开未能读出文字的文件并人工核对" in page
    url = f"/office/publishing/{blank.pk}/review/"
    refused = client.post(url, {"opinion": OPINION, "decision": "approve"}).content.decode()
    assert "未能读出文字，无法自动检查个人信息" in refused
    blank.refresh_from_db()
    assert blank.status == Status.IN_REVIEW
    client.post(url, {"opinion": OPINION, "decision": "approve", "files_checked": "on"})
    blank.refresh_from_db()
    assert blank.status == Status.APPROVED
    detail = client.get(f"/office/publishing/{blank.pk}/").content.decode()
    assert "已人工核对未识别出文字的文件" in detail


def test_item_page_shows_recognition_running(client, org_tree, editor):
    item = make_item(org=org_tree["office"], actor=editor)
    attach_only(item, editor, "公示.png", blank_image())
    client.force_login(editor)
    page = client.get(f"/office/publishing/{item.pk}/").content.decode()
    assert '<span class="status ocr-pending">识别中</span>' in page
