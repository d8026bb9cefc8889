"""Back issues digitised from their PDFs (历史公报数字化, seed 000 item 28).

The text layer of each page is extracted; a page without one (a scan) is recognised with
Tesseract (chi_sim), by the same code the privacy scan uses, and the issue is flagged for
proof-reading: recognised text is never published as if it were exact, and a scan is never
left silently empty. Reading runs as a background job (tasks.py), queued when the PDF is saved.
"""

import logging

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from gongkai.core.audit import audit_record
from gongkai.core.db import lock
from gongkai.core.errors import DomainError
from gongkai.publishing.privacy import PrivacyError
from gongkai.publishing.privacy.files import pdf_text
from gongkai.publishing.privacy.pdfpages import pages_without_text, pdf_page_texts, recognise_pdf

from ..models import Issue
from ..states import Digitisation
from .common import (
    ISSUE_STAGE,
    PAGE_BREAK,
    content_texts,
    require_draft,
    require_manager,
    split_pages,
)

logger = logging.getLogger(__name__)


def issue_digitise_queue(*, issue: Issue) -> None:
    """Mark the issue's PDF as being read and queue the job to run once the upload is saved."""
    Issue.objects.filter(pk=issue.pk).update(
        digitisation=Digitisation.PENDING, digitisation_error="", updated_at=timezone.now()
    )
    issue.digitisation = Digitisation.PENDING
    from ..tasks import digitise_issue

    transaction.on_commit(lambda: digitise_issue(issue.pk))


@transaction.atomic
def issue_digitise_again(*, issue: Issue, actor) -> None:
    """Read a draft issue's PDF once more, when reading it failed (Tesseract was missing or too
    slow, a damaged upload since replaced on the server)."""
    require_manager(actor=actor, issue=issue)
    lock(issue)
    require_draft(issue)
    if not issue.pdf or issue.digitisation != Digitisation.FAILED:
        raise DomainError(_("Only a PDF that could not be read is read again."), code="not_failed")
    audit_record(actor=actor, obj=issue, action="gazette.issue_digitise_again")
    issue_digitise_queue(issue=issue)


def read_pdf(data: bytes) -> tuple[str, list[int]]:
    """The text of a PDF, pages separated by form feeds, and the pages that were recognised.

    The text is what the privacy scan reads from the same file (privacy.files.extract_text),
    so the review's masking of the published PDF finds the same offsets.
    """
    scanned = pages_without_text(pdf_page_texts(data))
    if not scanned:
        return pdf_text(data), []
    recognised = recognise_pdf(data)
    return recognised.text, scanned


def _set_text(issue: Issue, text: str) -> None:
    contents = list(issue.contents.all())
    shares = content_texts(text, contents)
    for content in contents:
        content.text = shares[content.pk]
        content.save(update_fields=["text", "updated_at"])


def issue_digitise(*, issue_id: int) -> str:
    """Read the PDF of an issue waiting for it; return the new digitisation stage.

    The file is read (and recognised, which takes minutes for a long scan) without holding a
    lock; the result is saved only if the same file is still waiting, so a PDF replaced
    meanwhile is read by its own job.
    """
    issue = Issue.objects.filter(pk=issue_id, digitisation=Digitisation.PENDING).first()
    if issue is None or not issue.pdf:
        return ""
    name = issue.pdf.name
    changes = {"digitisation_error": "", "recognised_pages": []}
    try:
        with issue.pdf.open("rb") as handle:
            text, scanned = read_pdf(handle.read())
    except PrivacyError as exc:  # a broken PDF, Tesseract missing or too slow
        changes["digitisation"] = Digitisation.FAILED
        changes["digitisation_error"] = str(exc)[:300]
    except Exception:
        logger.exception("Reading the PDF of gazette issue %s failed", issue_id)
        changes["digitisation"] = Digitisation.FAILED
        changes["digitisation_error"] = _("The PDF could not be read; it may be damaged.")
    else:
        changes.update(pdf_text=text, text=text, recognised_pages=scanned)
        changes["digitisation"] = (
            Digitisation.NEEDS_PROOFREADING if scanned else Digitisation.EXTRACTED
        )
    with transaction.atomic():
        issue = (
            Issue.objects.select_for_update()
            .filter(pk=issue_id, digitisation=Digitisation.PENDING, pdf=name)
            .first()
        )
        if issue is None:
            return ""
        for field, value in changes.items():
            setattr(issue, field, value)
        issue.proofread_by = None
        issue.save()
        if "text" in changes:
            _set_text(issue, issue.text)
        audit_record(
            actor=None,
            obj=issue,
            action="gazette.issue_digitise",
            to_state=issue.digitisation,
            after={"recognised_pages": issue.recognised_pages, "error": issue.digitisation_error},
        )
    return issue.digitisation


def issue_pages(issue: Issue) -> list[dict]:
    """The pages of an issue's working text, each saying whether it was recognised."""
    return [
        {"number": n, "text": text, "recognised": n in (issue.recognised_pages or [])}
        for n, text in enumerate(split_pages(issue.text), start=1)
    ]


@transaction.atomic
def issue_proofread(*, issue: Issue, actor, pages: list[str], done: bool) -> Issue:
    """Save the corrected text of each page; with ``done`` the issue is marked proof-read.

    The text read from the PDF is kept apart (``pdf_text``): the review masks the published
    PDF at its offsets, and the public reads the corrected text.
    """
    require_manager(actor=actor, issue=issue)
    lock(issue)
    require_draft(issue)
    if issue.digitisation not in (Digitisation.NEEDS_PROOFREADING, Digitisation.PROOFREAD):
        raise DomainError(
            _("Only text recognised from a scan is proof-read here."), code="not_recognised"
        )
    old = split_pages(issue.text)
    if len(pages) != len(old):
        raise DomainError(_("The pages changed meanwhile; open the page again."), code="stale")
    text = PAGE_BREAK.join(p.replace("\r\n", "\n").replace(PAGE_BREAK, "") for p in pages)
    before = issue.digitisation
    issue.text = text + PAGE_BREAK
    if done:
        issue.digitisation = Digitisation.PROOFREAD
        issue.proofread_by = actor
    issue.save()
    _set_text(issue, issue.text)
    audit_record(
        actor=actor,
        obj=issue,
        action="gazette.issue_proofread",
        from_state=before,
        to_state=issue.digitisation,
        after={
            "pages_changed": sum(
                1 for a, b in zip(old, pages, strict=True) if a.strip() != b.strip()
            )
        },
    )
    from gongkai.publishing.services.reviews import review_cancel

    review_cancel(target=issue, stage=ISSUE_STAGE)
    return issue
