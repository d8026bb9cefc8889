"""Every write of the portal: guide versions, rule documents and annual reports, all audited."""

from datetime import date
from pathlib import PurePath
from typing import Any

from django.core.files.base import ContentFile
from django.core.files.uploadedfile import UploadedFile
from django.db import transaction
from django.db.models import Max
from django.utils.translation import gettext as _

from gongkai.core.audit import audit_record
from gongkai.core.errors import DomainError
from gongkai.orgs.models import Organisation
from gongkai.orgs.roles import Role
from gongkai.orgs.selectors import user_has_role
from gongkai.publishing.privacy import PrivacyError, extract_text
from gongkai.publishing.services.reviews import Part, masked_file, review_consume, review_submit
from gongkai.publishing.services.workflow import describe_findings, unmasked_personal_data

from .models import AnnualReport, GuideVersion, RuleDocument

GUIDE_FIELDS = (
    "effective_from",
    "office_name",
    "address",
    "hours",
    "phone",
    "fax",
    "email",
    "website",
    "postcode",
    "classification",
    "how_to_apply",
    "note",
)
RULE_FIELDS = ("level", "title", "doc_number", "issued_on", "link", "sort_order")
REPORT_TYPES = {".pdf": b"%PDF", ".html": b"", ".htm": b""}
MAX_UPLOAD = 20 * 1024 * 1024


def require_coordinator(*, actor, org: Organisation) -> None:
    """Only the organisation's disclosure office (or one above it) edits its portal columns."""
    if not user_has_role(user=actor, org=org, roles={Role.COORDINATOR}):
        raise DomainError(
            _("Only the disclosure office of %(org)s may change its portal columns.")
            % {"org": org.name},
            code="not_coordinator",
        )


def _snapshot(obj, fields) -> dict[str, Any]:
    return {name: getattr(obj, name) for name in fields}


@transaction.atomic
def guide_save(*, org: Organisation, actor, fields: dict[str, Any]) -> GuideVersion:
    """Save a new version of the organisation's guide; earlier versions stay (PUB-GUIDE-1)."""
    require_coordinator(actor=actor, org=org)
    Organisation.objects.select_for_update().filter(pk=org.pk).first()
    last = GuideVersion.objects.filter(org=org).aggregate(n=Max("number"))["n"] or 0
    version = GuideVersion(
        org=org,
        number=last + 1,
        created_by=actor,
        **{k: v for k, v in fields.items() if k in GUIDE_FIELDS},
    )
    version.full_clean()
    version.save()
    audit_record(
        actor=actor,
        obj=version,
        action="portal.guide_save",
        after=_snapshot(version, GUIDE_FIELDS),
        reason=version.note,
    )
    return version


def _check_file(upload: UploadedFile, allowed: dict[str, bytes], *, reviewed: bool = False) -> None:
    suffix = PurePath(upload.name or "").suffix.lower()
    if suffix not in allowed:
        raise DomainError(
            _("Upload a file of one of these types: %(types)s.")
            % {"types": "、".join(sorted(allowed))},
            code="file_type",
        )
    if upload.size > MAX_UPLOAD:
        raise DomainError(_("The file is larger than 20 MB."), code="file_size")
    magic = allowed[suffix]
    head = upload.read(len(magic) or 1)
    upload.seek(0)
    if magic and not head.startswith(magic):
        raise DomainError(_("The file is not a PDF document."), code="file_content")
    if not reviewed:  # a reviewed file is masked as the reviewer decides instead
        _privacy_check(upload, suffix)


def _privacy_check(upload: UploadedFile, suffix: str) -> None:
    """Refuse a file whose text holds ID numbers, bank cards or mobile numbers: it goes to the
    public as uploaded, with no review to mask them (PUB-SECRET-1). Files whose text cannot be
    read (scans, .doc, .ofd) are not checked."""
    if suffix not in (".pdf", ".docx", ".html", ".htm"):
        return
    data = upload.read()
    upload.seek(0)
    try:
        found = unmasked_personal_data(extract_text(data, upload.name or f"file{suffix}"))
    except PrivacyError:
        return
    if found:
        raise DomainError(
            _(
                "The file contains personal data (%(what)s) and would be published as it is. "
                "Remove it, then upload the file again."
            )
            % {"what": describe_findings(found)},
            code="personal_data_in_file",
        )


@transaction.atomic
def rule_save(
    *,
    org: Organisation,
    actor,
    fields: dict[str, Any],
    rule: RuleDocument | None = None,
    upload: UploadedFile | None = None,
) -> RuleDocument:
    """Add or change one entry of the 政府信息公开制度 column (PORTAL-3)."""
    require_coordinator(actor=actor, org=org)
    before = _snapshot(rule, RULE_FIELDS) if rule else {}
    rule = rule or RuleDocument(org=org)
    for name in RULE_FIELDS:
        if name in fields:
            setattr(rule, name, fields[name])
    if upload is not None:
        _check_file(upload, {".pdf": b"%PDF", ".docx": b"PK", ".doc": b"", ".ofd": b"PK"})
        rule.file.save(PurePath(upload.name).name, upload, save=False)
    if not rule.link and not rule.file:
        raise DomainError(_("Give a link or upload the document."), code="no_document")
    rule.full_clean()
    rule.save()
    audit_record(
        actor=actor,
        obj=rule,
        action="portal.rule_save",
        before=before,
        after=_snapshot(rule, RULE_FIELDS),
    )
    return rule


@transaction.atomic
def rule_delete(*, rule: RuleDocument, actor) -> None:
    require_coordinator(actor=actor, org=rule.org)
    audit_record(
        actor=actor, obj=rule, action="portal.rule_delete", before=_snapshot(rule, RULE_FIELDS)
    )
    rule.delete()


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
    _check_file(upload, REPORT_TYPES, reviewed=True)
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
            Part(key="file", label=report.draft_file_name, text=text),
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
