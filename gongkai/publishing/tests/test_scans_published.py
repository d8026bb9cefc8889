"""Scans on their way to the public: PDFs with scanned pages after typed ones, TIFF scans, and
publication waiting in the job queue (正在生成遮蔽文件) while their masked copies are made."""

from __future__ import annotations

import io

import pytest
from django.urls import reverse
from PIL import Image
from pypdf import PdfReader
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

from gongkai.core.errors import DomainError
from gongkai.core.models import AuditEntry
from gongkai.publishing.models import Recognition
from gongkai.publishing.privacy import extract_text
from gongkai.publishing.privacy.pdfpages import recognise_pdf
from gongkai.publishing.services import (
    attachment_add,
    findings_accept_all,
    item_publish,
    item_review,
    item_submit,
)
from gongkai.publishing.states import Status

from .factories import ID_NUMBER, make_item
from .ocr_samples import needs_tesseract, text_image

pytestmark = pytest.mark.django_db
OPINION = "经审查，不涉密，同意公开。"


def typed_then_scanned_pdf() -> bytes:
    """Page 1 typed (a text layer), page 2 a scanned list with a name and an ID number."""
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    out = io.BytesIO()
    pdf = canvas.Canvas(out)
    pdf.setFont("STSong-Light", 14)
    pdf.drawString(72, 720, "关于2024年城乡低保对象的公示，名单见附件。")
    pdf.showPage()
    scan = Image.open(io.BytesIO(text_image()))
    pdf.drawImage(ImageReader(scan), 0, 0, width=595, height=595 * scan.height / scan.width)
    pdf.showPage()
    pdf.save()
    return out.getvalue()


def two_page_tiff() -> bytes:
    """A scanner's multi-page TIFF: a cover page, then the notice with the ID number."""
    cover = Image.open(io.BytesIO(text_image(("城乡最低生活保障审批公示", "共二页"))))
    notice = Image.open(io.BytesIO(text_image()))
    out = io.BytesIO()
    cover.save(out, "TIFF", save_all=True, append_images=[notice], compression="tiff_lzw")
    return out.getvalue()


def attach(item, editor, name, data, capture):
    with capture(execute=True):  # the recognition job, once the upload is saved
        attachment = attachment_add(item=item, actor=editor, name=name, data=data)
    attachment.refresh_from_db()
    return attachment


def approve(item, editor, reviewer, *, files_checked=False):
    item_submit(item=item, actor=editor)
    findings_accept_all(item=item, actor=reviewer)
    item_review(item=item, actor=reviewer, approve=True, opinion=OPINION,
                files_checked=files_checked)  # fmt: skip


def public_copy(client, item, attachment) -> bytes:
    response = client.get(reverse("info:attachment", args=[item.pk, attachment.pk]))
    assert response.status_code == 200
    return b"".join(response.streaming_content)


@needs_tesseract
def test_only_the_scanned_page_of_a_mixed_pdf_is_recognised():
    recognised = recognise_pdf(typed_then_scanned_pdf())
    assert recognised.scanned == [2]
    typed, scanned = recognised.text.split("\f")
    assert typed.startswith("关于2024年城乡低保对象的公示")
    assert ID_NUMBER in scanned
    assert {word.page for word in recognised.words} == {2}


@needs_tesseract
def test_scanned_page_of_a_mixed_pdf_is_flagged_scanned_and_blacked_out(
    client, org_tree, editor, reviewer, coordinator, django_capture_on_commit_callbacks
):
    item = make_item(org=org_tree["office"], actor=editor)
    attachment = attach(item, editor, "公示.pdf", typed_then_scanned_pdf(),
                        django_capture_on_commit_callbacks)  # fmt: skip
    assert attachment.ocr_status == Recognition.DONE and attachment.ocr_pages == [2]
    item_submit(item=item, actor=editor)
    assert ("id_number", ID_NUMBER) in {(f.kind, f.text) for f in attachment.findings.all()}
    attachment.refresh_from_db()
    assert attachment.scan_note.startswith("该 PDF 第2页为扫描图像")
    findings_accept_all(item=item, actor=reviewer)
    with pytest.raises(DomainError) as caught:  # the reviewer must look at page 2
        item_review(item=item, actor=reviewer, approve=True, opinion=OPINION)
    assert caught.value.code == "files_unchecked"
    item_review(item=item, actor=reviewer, approve=True, opinion=OPINION, files_checked=True)
    with django_capture_on_commit_callbacks(execute=True):
        item_publish(item=item, actor=coordinator)
    published = public_copy(client, item, attachment)
    assert len(PdfReader(io.BytesIO(published)).pages) == 2
    text = extract_text(published, "公示.pdf")  # page 1 from its text, page 2 recognised again
    assert "城乡低保对象的公示" in text
    assert ID_NUMBER not in text and "13812345678" not in text


@needs_tesseract
def test_tiff_scan_is_recognised_and_published_blacked_out_on_its_second_page(
    client, org_tree, editor, reviewer, coordinator, django_capture_on_commit_callbacks
):
    item = make_item(org=org_tree["office"], actor=editor)
    attachment = attach(item, editor, "公示.tif", two_page_tiff(),
                        django_capture_on_commit_callbacks)  # fmt: skip
    assert attachment.file_type == "tif" and attachment.ocr_status == Recognition.DONE
    approve(item, editor, reviewer)
    assert ("id_number", ID_NUMBER) in {(f.kind, f.text) for f in attachment.findings.all()}
    with django_capture_on_commit_callbacks(execute=True):
        item_publish(item=item, actor=coordinator)
    published = public_copy(client, item, attachment)
    image = Image.open(io.BytesIO(published))
    assert image.format == "TIFF" and image.n_frames == 2
    text = extract_text(published, "公示.tif")
    assert "共二页" in text
    assert ID_NUMBER not in text and "13812345678" not in text


@needs_tesseract
def test_publication_waits_for_the_masked_scan_with_nothing_public_meanwhile(
    client, org_tree, editor, reviewer, coordinator, django_capture_on_commit_callbacks
):
    item = make_item(org=org_tree["office"], actor=editor)
    attachment = attach(item, editor, "公示.png", text_image(), django_capture_on_commit_callbacks)
    approve(item, editor, reviewer)
    with django_capture_on_commit_callbacks() as queued:  # the job has not run yet
        assert item_publish(item=item, actor=coordinator, note="") is None
    item.refresh_from_db()
    assert item.status == Status.MASKING and item.is_public is False
    assert not item.versions.exists()
    assert client.get(reverse("info:item", args=[item.pk])).status_code == 404
    client.force_login(coordinator)
    page = client.get(item.get_absolute_url()).content.decode()
    assert "正在生成遮蔽文件" in page
    client.logout()
    for callback in queued:  # the worker picks the job up
        callback()
    item.refresh_from_db()
    assert item.status == Status.PUBLISHED and item.versions.count() == 1
    assert ID_NUMBER not in extract_text(public_copy(client, item, attachment), "公示.png")
    actions = list(
        AuditEntry.objects.filter(object_id=str(item.pk), action__startswith="publishing.item_")
        .order_by("pk")
        .values_list("action", flat=True)
    )
    assert actions[-2:] == ["publishing.item_masking", "publishing.item_publish"]


@needs_tesseract
def test_a_failed_masking_job_returns_the_item_unpublished_with_the_reason(
    org_tree, editor, reviewer, coordinator, django_capture_on_commit_callbacks, monkeypatch
):
    item = make_item(org=org_tree["office"], actor=editor)
    attach(item, editor, "公示.png", text_image(), django_capture_on_commit_callbacks)
    approve(item, editor, reviewer)

    def broken(**kwargs):
        raise DomainError("识别程序未安装")

    monkeypatch.setattr("gongkai.publishing.services.publication.published_file_make", broken)
    with django_capture_on_commit_callbacks(execute=True):
        item_publish(item=item, actor=coordinator)
    item.refresh_from_db()
    assert item.status == Status.APPROVED and item.is_public is False
    assert item.publication_pending == {"error": "识别程序未安装"}
    entry = AuditEntry.objects.filter(action="publishing.item_masking_failed").get()
    assert entry.reason == "识别程序未安装"
