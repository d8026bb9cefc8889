"""Annual reports (《条例》 Art. 49-50): submitted for review, published as reviewed."""

from datetime import date
from pathlib import PurePath

from django.core.files.base import ContentFile
from django.core.files.uploadedfile import UploadedFile
from django.db import transaction
from django.utils.translation import gettext as _

from gongkai.core.audit import audit_record
from gongkai.core.errors import DomainError
from gongkai.orgs.models import Organisation
from gongkai.orgs.roles import Role
from gongkai.publishing.privacy import PrivacyError, extract_text
from gongkai.publishing.services.reviews import Part, masked_file, review_consume, review_submit

from ..models import AnnualReport
from .common import REPORT_TYPES, check_file, require_coordinator

REPORT_STAGE = "annual_report"


@transaction.atomic
def annual_report_save(
    *,
    org: Organisation,
    actor,
    year: int,
    title: str,
    published_on: date,
    upload: UploadedFile,
) -> AnnualReport:
    """Submit the organisation's annual report for ``year`` (《条例》 Art. 49-50) for review.

    The file waits beside the published one (a replacement leaves the current report public)
    until its confidentiality review passes (PUB-SECRET-1) and ``annual_report_publish``.
    """
    require_coordinator(actor=actor, org=org)
    check_file(upload, REPORT_TYPES)
    report = AnnualReport.objects.select_for_update().filter(org=org, year=year).first()
    before = {"title": report.title, "file_name": report.file_name} if report else {}
    if report is None:
        report = AnnualReport(
            org=org, year=year, created_by=actor, title=title, published_on=published_on,
            is_public=False,
        )  # fmt: skip
    report.draft_title = title
    report.draft_published_on = published_on
    report.draft_file_name = PurePath(upload.name).name[:200]
    report.draft_file.save(report.draft_file_name, upload, save=False)
    report.full_clean()
    report.save()
    audit_record(
        actor=actor,
        obj=report,
        action="portal.annual_report_save",
        before=before,
        after={"year": year, "title": title, "file_name": report.draft_file_name},
    )
    with report.draft_file.open("rb") as handle:
        data = handle.read()
    try:
        text = extract_text(data, report.draft_file_name)
    except PrivacyError:
        text = ""  # not machine-readable: the reviewer checks the file by eye
    review_submit(
        target=report,
        stage=REPORT_STAGE,
        org=org,
        actor=actor,
        title=title,
        parts=[
            Part(key="title", label=_("title"), text=title),
            Part(key="file", label=report.draft_file_name, text=text, unread=not text.strip()),
        ],
        roles={Role.COORDINATOR},
    )
    return report


@transaction.atomic
def annual_report_publish(*, report: AnnualReport, actor) -> AnnualReport:
    """Publish the reviewed report: its title and its file with the masked findings masked."""
    require_coordinator(actor=actor, org=report.org)
    AnnualReport.objects.select_for_update().filter(pk=report.pk).first()
    if not report.draft_file:
        raise DomainError(_("No report is waiting for publication."), code="nothing_pending")
    request, texts = review_consume(target=report, stage=REPORT_STAGE, actor=actor, org=report.org)
    with report.draft_file.open("rb") as handle:
        data = handle.read()
    masked = masked_file(request, part="file", data=data, name=report.draft_file_name)
    before = {"title": report.title, "file_name": report.file_name} if report.is_public else {}
    report.title = texts["title"]["text"]
    report.file_name = report.draft_file_name
    report.file.save(report.file_name, ContentFile(masked), save=False)
    report.published_on = report.draft_published_on or report.published_on
    report.is_public = True
    report.draft_file.delete(save=False)
    report.draft_title, report.draft_file_name, report.draft_published_on = "", "", None
    report.full_clean()
    report.save()
    audit_record(
        actor=actor,
        obj=report,
        action="portal.annual_report_publish",
        before=before,
        after={"year": report.year, "title": report.title, "file_name": report.file_name},
    )
    return report


@transaction.atomic
def annual_report_delete(*, report: AnnualReport, actor) -> None:
    require_coordinator(actor=actor, org=report.org)
    audit_record(
        actor=actor,
        obj=report,
        action="portal.annual_report_delete",
        before={"year": report.year, "title": report.title},
    )
    report.delete()
