"""Publishing an issue on the portal, after the confidentiality review, and withdrawing it.

PUB-SECRET-1 (《条例》第十五条、第十七条): an issue reaches the portal only through publishing's
shared review — its table of contents, its text and its PDF are scanned for personal data, a
reviewer decides, and the disclosure office publishes what was approved, masked as decided.
Published contents are indexed for the one search; a withdrawn issue leaves it at once.
"""

import datetime
from pathlib import PurePath

from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from gongkai.core.errors import DomainError
from gongkai.core.transitions import status_move
from gongkai.publishing.services.reviews import (
    Part,
    masked_file,
    review_consume,
    review_submit,
)
from gongkai.search.models import SearchDocument
from gongkai.search.services import index_remove, index_upsert

from ..models import Content, Issue
from ..states import DIGITISED, ISSUE_TRANSITIONS, Digitisation, IssueStatus
from .common import ISSUE_STAGE, content_texts, require_draft

CONTENT_TYPE = "gazette.content"
ISSUE_TYPE = "gazette.issue"
_SEPARATOR = "\t"


def _toc_line(content: Content) -> str:
    return _SEPARATOR.join((content.title, content.issuer, content.doc_number))


def _ready(issue: Issue) -> None:
    if issue.digitisation == Digitisation.PENDING:
        raise DomainError(_("The PDF is still being read; try again shortly."), code="pending")
    if issue.digitisation == Digitisation.FAILED:
        raise DomainError(
            _("The PDF could not be read: upload it again or have it read again."), code="failed"
        )
    if issue.digitisation == Digitisation.NEEDS_PROOFREADING:
        raise DomainError(
            _("The text recognised from the scan must be proof-read first."), code="proofread"
        )
    if not issue.pdf and not issue.contents.exists():
        raise DomainError(
            _("Enter the table of contents or upload the PDF first."), code="empty_issue"
        )


@transaction.atomic
def issue_review_submit(*, issue: Issue, actor):
    """Put the issue before a reviewer: its contents, its text and its PDF (PUB-SECRET-1)."""
    require_draft(issue)
    _ready(issue)
    contents = list(issue.contents.all())
    parts = []
    if contents:
        parts.append(
            Part(key="toc", label=_("table of contents"), text="\n".join(map(_toc_line, contents)))
        )
    if issue.text.strip():
        parts.append(Part(key="text", label=_("text of the issue"), text=issue.text))
    if issue.pdf:
        parts.append(
            Part(
                key="pdf",
                label=PurePath(issue.pdf.name).name,
                text=issue.pdf_text,
                unread=not issue.pdf_text.strip() or issue.digitisation not in DIGITISED,
            )
        )
    return review_submit(
        target=issue,
        stage=ISSUE_STAGE,
        org=issue.org,
        actor=actor,
        title=f"{gazette_name(issue)}{issue.label}",
        parts=parts,
    )


def gazette_name(issue: Issue) -> str:
    """云南省人民政府公报"""
    return _("%(org)s Gazette") % {"org": issue.org.name}


@transaction.atomic
def issue_publish(*, issue: Issue, actor) -> Issue:
    """Publish the reviewed issue (draft → published): the texts and the PDF as reviewed."""
    require_draft(issue)
    request, texts = review_consume(target=issue, stage=ISSUE_STAGE, actor=actor, org=issue.org)
    contents = list(issue.contents.all())
    if "toc" in texts:
        for content, line in zip(contents, texts["toc"]["text"].split("\n"), strict=False):
            title, issuer, doc_number = (line.split(_SEPARATOR) + ["", "", ""])[:3]
            content.title, content.issuer, content.doc_number = title, issuer, doc_number
    public_text = texts["text"]["text"] if "text" in texts else ""
    shares = content_texts(public_text, contents)
    for content in contents:
        content.public_text = shares[content.pk] if public_text else ""
        content.save()
    changes = {"public_text": public_text, "published_at": timezone.now()}
    if issue.pdf:
        name = PurePath(issue.pdf.name).name
        with issue.pdf.open("rb") as handle:
            data = handle.read()
        if issue.public_pdf:
            issue.public_pdf.delete(save=False)
        issue.public_pdf.save(
            name, ContentFile(masked_file(request, part="pdf", data=data, name=name)), save=False
        )
        changes["public_pdf"] = issue.public_pdf.name
    status_move(
        issue,
        to=IssueStatus.PUBLISHED,
        table=ISSUE_TRANSITIONS,
        labels=dict(IssueStatus.choices),
        actor=actor,
        action="gazette.issue_publish",
        changes=changes,
    )
    index_issue(issue)
    return issue


@transaction.atomic
def issue_withdraw(*, issue: Issue, actor, reason: str) -> Issue:
    """Take a published issue off the portal and out of the search (published → draft)."""
    from gongkai.orgs.selectors import require_role
    from gongkai.publishing.services.reviews import PUBLISH_ROLES

    require_role(actor=actor, org=issue.org, roles=PUBLISH_ROLES)
    if not reason.strip():
        raise DomainError(_("Give the reason for the withdrawal."), code="reason", field="reason")
    status_move(
        issue,
        to=IssueStatus.DRAFT,
        table=ISSUE_TRANSITIONS,
        labels=dict(IssueStatus.choices),
        actor=actor,
        action="gazette.issue_withdraw",
        reason=reason.strip(),
    )
    unindex_issue(issue)
    return issue


def _published_at(issue: Issue) -> datetime.datetime:
    return timezone.make_aware(datetime.datetime.combine(issue.issued_on, datetime.time(9)))


def index_issue(issue: Issue) -> None:
    """Make the published issue searchable: each content, or the issue itself without any."""
    url = issue.get_public_url()
    common = {
        "org": issue.org,
        "kind": SearchDocument.Kind.GAZETTE,
        "year": issue.year,
        "published_at": _published_at(issue),
        "genre": gazette_name(issue),
    }
    contents = list(issue.contents.all())
    for content in contents:
        index_upsert(
            object_type=CONTENT_TYPE,
            object_id=content.pk,
            title=content.title,
            body=f"{gazette_name(issue)}{issue.label}\n{content.issuer}\n{content.public_text}",
            url=f"{url}#content-{content.pk}",
            doc_number=content.doc_number,
            **common,
        )
    if contents:
        index_remove(object_type=ISSUE_TYPE, object_id=issue.pk)
    else:
        index_upsert(
            object_type=ISSUE_TYPE,
            object_id=issue.pk,
            title=f"{gazette_name(issue)}{issue.label}",
            body=issue.public_text,
            url=url,
            **common,
        )


def unindex_issue(issue: Issue) -> None:
    for pk in issue.contents.values_list("pk", flat=True):
        index_remove(object_type=CONTENT_TYPE, object_id=pk)
    index_remove(object_type=ISSUE_TYPE, object_id=issue.pk)
