"""Annual reports (《条例》 Art. 49-50): submitted for review, published as reviewed."""

from datetime import date
from pathlib import PurePath

from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile, UploadedFile
from django.db import transaction
from django.utils.translation import gettext as _

from gongkai.core.audit import audit_record
from gongkai.core.errors import DomainError
from gongkai.orgs.models import Organisation
from gongkai.orgs.roles import Role
from gongkai.publishing.privacy import PrivacyError, extract_text
from gongkai.publishing.privacy.metadata import strip_metadata
from gongkai.publishing.services.reviews import Part, masked_file, review_consume, review_submit
from gongkai.reports.checks import report_findings
from gongkai.reports.docx_file import report_docx
from gongkai.reports.formats import FIRST_REPORT_YEAR
from gongkai.reports.html_file import report_html, report_title
from gongkai.reports.narrative import narrative_for
from gongkai.reports.pdf_file import report_pdf
from gongkai.reports.selectors import annual_tables

from ..models import AnnualReport
from .common import REPORT_TYPES, check_file, require_coordinator

REPORT_STAGE = "annual_report"
#: The downloads a computed report carries besides its HTML file: (field, extension).
DOWNLOADS = (("docx", "docx"), ("pdf", "pdf"))


@transaction.atomic
def annual_report_save(
    *,
    org: Organisation,
    actor,
    year: int,
    title: str,
    published_on: date,
    upload: UploadedFile,
    downloads: dict[str, bytes] | None = None,
) -> AnnualReport:
    """Submit the organisation's annual report for ``year`` (《条例》 Art. 49-50) for review.

    The file waits beside the published one (a replacement leaves the current report public)
    until its confidentiality review passes (PUB-SECRET-1) and ``annual_report_publish``.
    ``downloads`` (a computed report's .docx and PDF, by field) wait with it; they carry the
    file's text, which the review reads in the file.
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
    for field, extension in DOWNLOADS:
        draft = getattr(report, f"draft_{field}")
        if draft:
            draft.delete(save=False)
        if downloads and field in downloads:
            name = f"{PurePath(report.draft_file_name).stem}.{extension}"
            draft.save(name, ContentFile(downloads[field]), save=False)
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
def annual_report_submit_computed(
    *, org: Organisation, actor, year: int, published_on: date
) -> AnnualReport:
    """Submit the report Gongkai computed for ``year`` for review, as one HTML file with its
    .docx and PDF made from the same tables and texts.

    《条例》第五十条: the tables counted from the records and the office's texts (or the draft
    from the records). A table that contradicts itself is refused, naming its cells; a
    warning does not stop it. Review and publication then go as for an uploaded report; the
    reviewer reads the HTML file, and the downloads, holding the same text, go public with it.
    """
    require_coordinator(actor=actor, org=org)
    if year < FIRST_REPORT_YEAR:
        raise DomainError(
            _("Gongkai computes annual reports from the report on %(year)d.")
            % {"year": FIRST_REPORT_YEAR}
        )
    tables = annual_tables(org=org, year=year)
    blocking = [f.message for f in report_findings(tables) if f.blocking]
    if blocking:
        raise DomainError(
            _("The tables contradict themselves and cannot be submitted: %(findings)s")
            % {"findings": " ".join(blocking)}
        )
    texts, _saved = narrative_for(tables)
    title = report_title(tables)
    upload = SimpleUploadedFile(
        f"{title.replace('/', '-')}.html",
        report_html(tables, texts).encode(),
        content_type="text/html",
    )
    return annual_report_save(
        org=org,
        actor=actor,
        year=year,
        title=title,
        published_on=published_on,
        upload=upload,
        downloads={"docx": report_docx(tables, texts), "pdf": report_pdf(tables, texts)},
    )


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
    unchanged = masked == data and report.title == report.draft_title
    report.file_name = report.draft_file_name
    report.file.save(report.file_name, ContentFile(masked), save=False)
    # The downloads hold the reviewed file's text; when the review masked some of it, they
    # would show it unmasked, so only the masked HTML file goes public (PUB-SECRET-1).
    # (an HTML file with nothing masked is returned as submitted).
    for field, extension in DOWNLOADS:
        draft, public = getattr(report, f"draft_{field}"), getattr(report, field)
        if public:
            public.delete(save=False)
        if draft and unchanged:
            with draft.open("rb") as handle:
                content = strip_metadata(handle.read(), f".{extension}")
            public.save(PurePath(draft.name).name, ContentFile(content), save=False)
        if draft:
            draft.delete(save=False)
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
