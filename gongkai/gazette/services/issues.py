"""Entering issues and their contents, by hand or from a spreadsheet."""

from pathlib import PurePath

from django.core.files.uploadedfile import UploadedFile
from django.db import transaction
from django.utils.translation import gettext as _

from gongkai.core.audit import audit_record
from gongkai.core.db import lock
from gongkai.core.errors import DomainError
from gongkai.core.files import stored_files_delete_on_commit
from gongkai.core.xlsx import RowErrors, all_or_nothing, read_rows
from gongkai.orgs.models import Organisation
from gongkai.orgs.selectors import require_role
from gongkai.publishing.models import InformationItem
from gongkai.publishing.services.reviews import review_cancel

from ..models import Content, Issue
from ..states import IssueStatus
from .common import ISSUE_STAGE, MANAGE_ROLES, content_texts, require_draft, require_manager
from .digitisation import issue_digitise_queue

#: A gazette PDF may be this large (a year's bound volume is split into issues).
MAX_PDF = 100 * 1024 * 1024
ISSUE_FIELDS = ("year", "number", "total_number", "issued_on", "back_issue")
CONTENT_FIELDS = ("order", "title", "issuer", "doc_number", "page", "item")


def _check_pdf(upload: UploadedFile) -> None:
    if PurePath(upload.name or "").suffix.lower() != ".pdf":
        raise DomainError(_("Upload the issue as a PDF file."), code="file_type", field="pdf")
    if upload.size > MAX_PDF:
        raise DomainError(_("The file is larger than 100 MB."), code="file_size", field="pdf")
    head = upload.read(4)
    upload.seek(0)
    if head != b"%PDF":
        raise DomainError(_("The file is not a PDF document."), code="file_content", field="pdf")


def _snapshot(issue: Issue) -> dict:
    return {name: getattr(issue, name) for name in ISSUE_FIELDS}


def _check_number(issue: Issue) -> None:
    same = Issue.objects.filter(org=issue.org, year=issue.year, number=issue.number)
    if same.exclude(pk=issue.pk).exists():
        raise DomainError(
            _("Issue %(number)s of %(year)s has already been entered.")
            % {"number": issue.number, "year": issue.year},
            code="duplicate_issue",
            field="number",
        )
    if issue.issued_on and issue.issued_on.year != issue.year:
        raise DomainError(
            _("The issue date is not in the issue's year."), code="date_year", field="issued_on"
        )


def _changed(issue: Issue) -> None:
    """An issue's content changed: an earlier review no longer covers it."""
    review_cancel(target=issue, stage=ISSUE_STAGE)


@transaction.atomic
def issue_create(*, org: Organisation, actor, pdf: UploadedFile | None = None, **values) -> Issue:
    """Enter an issue (a draft); its PDF, if given, is read in the background."""
    require_role(actor=actor, org=org, roles=MANAGE_ROLES)
    issue = Issue(org=org, **{k: values.get(k) for k in ISSUE_FIELDS if k in values})
    _check_number(issue)
    if pdf is not None:
        _check_pdf(pdf)
    issue.full_clean(exclude=["pdf", "public_pdf"])
    issue.save()
    audit_record(actor=actor, obj=issue, action="gazette.issue_create", after=_snapshot(issue))
    if pdf is not None:
        _attach_pdf(issue, pdf)
    return issue


@transaction.atomic
def issue_update(*, issue: Issue, actor, pdf: UploadedFile | None = None, **values) -> Issue:
    """Correct a draft issue's particulars or replace its PDF (read again in the background)."""
    require_manager(actor=actor, issue=issue)
    lock(issue)
    require_draft(issue)
    before = _snapshot(issue)
    for name in ISSUE_FIELDS:
        if name in values:
            setattr(issue, name, values[name])
    _check_number(issue)
    if pdf is not None:
        _check_pdf(pdf)
    issue.full_clean(exclude=["pdf", "public_pdf"])
    issue.save()
    audit_record(
        actor=actor, obj=issue, action="gazette.issue_update", before=before, after=_snapshot(issue)
    )
    if pdf is not None:
        _attach_pdf(issue, pdf)
    _changed(issue)
    return issue


def issue_deletion_refused(issue: Issue) -> str:
    """Why ``issue`` may not be deleted, or "" when it may: only an issue never published."""
    if issue.status == IssueStatus.PUBLISHED:
        return _(
            "A published issue cannot be deleted: the public can read and download it. "
            "To correct it, withdraw it from the portal, correct it and publish it again."
        )
    if issue.published_at is not None:
        return _(
            "This issue has been on the portal, so it cannot be deleted: the public has read it "
            "there. Correct it and publish it again."
        )
    return ""


@transaction.atomic
def issue_delete(*, issue: Issue, actor) -> None:
    """Delete an issue entered by mistake, before it was ever published: its contents, its
    review request and its files go with it; the audit log keeps what it was."""
    require_manager(actor=actor, issue=issue)
    lock(issue)
    refused = issue_deletion_refused(issue)
    if refused:
        raise DomainError(refused, code="published")
    before = {
        **_snapshot(issue),
        "pdf": PurePath(issue.pdf.name).name if issue.pdf else "",
        "contents": [c.title for c in issue.contents.all()],
    }
    audit_record(actor=actor, obj=issue, action="gazette.issue_delete", before=before)
    review_cancel(target=issue, stage=ISSUE_STAGE)
    stored_files_delete_on_commit(issue.pdf, issue.public_pdf)
    issue.delete()


def _attach_pdf(issue: Issue, pdf: UploadedFile) -> None:
    if issue.pdf:
        stored_files_delete_on_commit(issue.pdf)
    issue.pdf.save(PurePath(pdf.name).name, pdf, save=True)
    issue_digitise_queue(issue=issue)


def _redistribute(issue: Issue) -> None:
    """Give each content its pages of the issue's text."""
    contents = list(issue.contents.all())
    shares = content_texts(issue.text, contents)
    for content in contents:
        if content.text != shares[content.pk]:
            content.text = shares[content.pk]
            content.save(update_fields=["text", "updated_at"])


@transaction.atomic
def content_save(*, issue: Issue, actor, content: Content | None = None, **values) -> Content:
    """Add a content to a draft issue's table of contents, or correct one."""
    require_manager(actor=actor, issue=issue)
    lock(issue)
    require_draft(issue)
    before = {}
    if content is None:
        content = Content(issue=issue)
        if values.get("order") is None:
            values["order"] = issue.contents.count() + 1
    else:
        before = {k: str(getattr(content, k) or "") for k in CONTENT_FIELDS}
    for name in CONTENT_FIELDS:
        if name in values:
            setattr(content, name, values[name] if values[name] is not None else None)
    if content.order is None:
        content.order = 0
    content.full_clean(exclude=["text", "public_text"])
    content.save()
    _redistribute(issue)
    audit_record(
        actor=actor,
        obj=issue,
        action="gazette.content_save",
        before=before,
        after={k: str(getattr(content, k) or "") for k in CONTENT_FIELDS},
    )
    _changed(issue)
    return content


@transaction.atomic
def content_delete(*, content: Content, actor) -> None:
    issue = content.issue
    require_manager(actor=actor, issue=issue)
    lock(issue)
    require_draft(issue)
    audit_record(
        actor=actor, obj=issue, action="gazette.content_delete", before={"title": content.title}
    )
    content.delete()
    _changed(issue)


# -- import from a spreadsheet ----------------------------------------------------------------

COL_ORDER = "序号"
COL_TITLE = "标题"
COL_ISSUER = "发文机关"
COL_NUMBER = "文号"
COL_PAGE = "页码"
REQUIRED_COLUMNS = (COL_TITLE,)
OPTIONAL_COLUMNS = (COL_ORDER, COL_ISSUER, COL_NUMBER, COL_PAGE)


def _whole(errors: RowErrors, row, column: str) -> int | None:
    value = row.get(column)
    if value is None:
        return None
    if isinstance(value, int) and 0 < value < 32768:
        return value
    errors.add(
        row, _("“%(value)s” is not a whole number.") % {"value": row.text(column)}, column=column
    )
    return None


def _linked_item(org: Organisation, doc_number: str) -> InformationItem | None:
    """The published document with this 文号 (of the organisation or below), when just one."""
    if not doc_number:
        return None
    found = list(
        InformationItem.objects.filter(
            is_public=True, doc_number=doc_number, org__path__startswith=org.path
        )[:2]
    )
    return found[0] if len(found) == 1 else None


@transaction.atomic
def contents_import(*, issue: Issue, actor, data: bytes) -> int:
    """Replace a draft issue's table of contents with the rows of a workbook; return how many.

    Columns by name: 标题 (required), 序号, 发文机关, 文号, 页码. Every bad row is named and
    nothing is saved while any row is bad. A 文号 matching one published document links it.
    """
    require_manager(actor=actor, issue=issue)
    lock(issue)
    require_draft(issue)
    rows = read_rows(data, required=REQUIRED_COLUMNS, optional=OPTIONAL_COLUMNS)
    if not rows:
        raise DomainError(_("The workbook has no rows under its header."), code="empty")
    new: list[Content] = []
    with all_or_nothing() as errors:
        seen: dict[str, int] = {}
        for n, row in enumerate(rows, start=1):
            if not errors.require(row, COL_TITLE):
                continue
            title = row.text(COL_TITLE)
            if len(title) > 300:
                errors.add(row, _("the title is longer than 300 characters."), column=COL_TITLE)
            order = _whole(errors, row, COL_ORDER) if row.has(COL_ORDER) else None
            if order is not None:
                errors.unique(row, COL_ORDER, seen)
            page = _whole(errors, row, COL_PAGE) if row.has(COL_PAGE) else None
            doc_number = row.text(COL_NUMBER)[:100] if row.has(COL_NUMBER) else ""
            new.append(
                Content(
                    issue=issue,
                    order=order or n,
                    title=title[:300],
                    issuer=row.text(COL_ISSUER)[:200] if row.has(COL_ISSUER) else "",
                    doc_number=doc_number,
                    page=page,
                    item=_linked_item(issue.org, doc_number),
                )
            )
        if not errors:
            issue.contents.all().delete()
            Content.objects.bulk_create(new)
            _redistribute(issue)
            audit_record(
                actor=actor,
                obj=issue,
                action="gazette.contents_import",
                after={"rows": len(new), "linked": sum(1 for c in new if c.item_id)},
            )
            _changed(issue)
    return len(new)
