"""A file the privacy scan cannot read (.doc, .ofd, a scan) is approved only after the
reviewer confirms having checked it by eye, as images without recognised text are."""

from __future__ import annotations

import io
from datetime import date

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from reportlab.pdfgen import canvas

from gongkai.core.errors import DomainError
from gongkai.portal.services import (
    REPORT_STAGE,
    RULE_STAGE,
    annual_report_save,
    rule_publish,
    rule_save,
)
from gongkai.publishing.services.reviews import request_review, review_latest

pytestmark = pytest.mark.django_db


def blank_scan() -> bytes:
    """A PDF page with no text layer and nothing recognisable (a scan of a stamp, say)."""
    out = io.BytesIO()
    pdf = canvas.Canvas(out)
    pdf.rect(100, 100, 50, 50, fill=1)
    pdf.showPage()
    pdf.save()
    return out.getvalue()


def test_an_annual_report_the_scan_cannot_read_needs_the_check_by_eye(
    client, org_tree, coordinator, reviewer
):
    report = annual_report_save(
        org=org_tree["commission"], actor=coordinator, year=2025, title="2025年年报",
        published_on=date(2026, 1, 20),
        upload=SimpleUploadedFile("年报.pdf", blank_scan()),
    )  # fmt: skip
    request = review_latest(target=report, stage=REPORT_STAGE)
    with pytest.raises(DomainError, match="肉眼|逐页|核对|确认"):
        request_review(request=request, actor=reviewer, outcome="approve", opinion="同意公开。")
    client.force_login(reviewer)
    page = client.get(reverse("publishing:request_review", args=[request.pk])).content.decode()
    assert "年报.pdf" in page and 'name="files_checked"' in page
    request_review(
        request=request, actor=reviewer, outcome="approve", opinion="同意公开。",
        files_checked=True,
    )  # fmt: skip
    request.refresh_from_db()
    assert request.status == "approved"
    assert request.reviews.get().files_checked  # the confirmation is on record


def test_a_readable_report_needs_no_check_by_eye(org_tree, coordinator, reviewer):
    report = annual_report_save(
        org=org_tree["commission"], actor=coordinator, year=2024, title="2024年年报",
        published_on=date(2025, 1, 20),
        upload=SimpleUploadedFile("r.html", "<p>本年度共收到申请12件。</p>".encode()),
    )  # fmt: skip
    request = review_latest(target=report, stage=REPORT_STAGE)
    request_review(request=request, actor=reviewer, outcome="approve", opinion="同意公开。")


def test_a_rule_file_as_an_old_word_file_needs_the_check_by_eye(org_tree, coordinator, reviewer):
    rule = rule_save(
        org=org_tree["commission"], actor=coordinator,
        fields={"title": "政府信息公开保密审查制度", "level": "own"},
        upload=SimpleUploadedFile("制度.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 512),
    )  # fmt: skip
    request = review_latest(target=rule, stage=RULE_STAGE)
    with pytest.raises(DomainError) as refused:
        request_review(request=request, actor=reviewer, outcome="approve", opinion="同意公开。")
    assert "制度.doc" in str(refused.value)
    request_review(
        request=request, actor=reviewer, outcome="approve", opinion="同意公开。",
        files_checked=True,
    )  # fmt: skip
    rule_publish(rule=rule, actor=coordinator)
