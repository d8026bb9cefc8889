"""The confidentiality review of an information item (保密审查, PUB-SECRET-1): submit, scan for
personal data, decide the findings, approve, return or refer, and preview what would be
published."""

from django.db import transaction
from django.urls import reverse
from django.utils.translation import gettext as _

from gongkai.core.db import lock, model_update
from gongkai.core.errors import DomainError
from gongkai.core.notify import notify
from gongkai.orgs.roles import Role
from gongkai.orgs.selectors import users_with_role

from ..content import TEXT_TYPES
from ..models import Attachment, Attribute, InformationItem, PrivacyFinding, Review
from ..privacy import Finding, PrivacyError, html_text, mask_html, scan_file, scan_text
from ..privacy import extract_text as privacy_extract_text
from ..privacy.policy import refuse_personal_data
from ..states import REVIEWING, Status
from .items import EDIT_ROLES, item_transition, require_role
from .recognition import files_checked_require, recognised_text, recognition_pending_check
from .reviews import (
    as_findings,
    finding_rows,
    referral_deciders,
    request_finding_decide,
    require_all_decided,
    require_reviewer,
    review_result_tell,
)


def _finding_rows(
    item: InformationItem, attachment: Attachment | None, text: str, found: list[Finding]
) -> list[PrivacyFinding]:
    return finding_rows(text=text, found=found, item=item, attachment=attachment)


def item_scan(*, item: InformationItem) -> int:
    """Scan the body and the text attachments for personal data; store the findings.

    Decisions already taken on the same text in the same place are kept, so a resubmitted item
    does not ask the reviewer twice (PUB-SECRET-1: personal privacy is de-identified).
    """
    earlier = {
        (f.attachment_id, f.kind, f.text, f.start): f.decision
        for f in item.findings.exclude(decision=PrivacyFinding.Decision.PENDING)
    }
    item.findings.all().delete()
    rows = []
    text = html_text(item.body)
    rows += _finding_rows(item, None, text, scan_text(text))
    for attachment in item.attachments.filter(removed=False):
        note = ""
        if attachment.ocr_status:  # an image or a scan: its recognised text (recognition.py)
            text, note = recognised_text(attachment)
            rows += _finding_rows(item, attachment, text, scan_text(text))
        elif attachment.file_type in TEXT_TYPES:
            with attachment.file.open("rb") as handle:
                data = handle.read()
            try:
                text = privacy_extract_text(data, attachment.name)
                rows += _finding_rows(item, attachment, text, scan_file(data, attachment.name))
            except PrivacyError as exc:
                note = str(exc)
        else:
            note = _("Images are not scanned: check them by eye.")
        model_update(attachment, scan_note=note[:300])
    for row in rows:
        row.decision = earlier.get(
            (row.attachment_id, row.kind, row.text, row.start), PrivacyFinding.Decision.PENDING
        )
    PrivacyFinding.objects.bulk_create(rows)
    return len(rows)


#: Metadata published as typed (never masked): it must carry no personal data.
METADATA_FIELDS = ("title", "summary", "keywords", "doc_number")


def _metadata_check(item: InformationItem) -> None:
    """Refuse personal data in the title, summary, keywords or document number."""
    for name in METADATA_FIELDS:
        refuse_personal_data(
            getattr(item, name),
            label=InformationItem._meta.get_field(name).verbose_name,
            code="personal_data_in_metadata",
            field=name,
        )


def _reviewers(item: InformationItem) -> list:
    """Active reviewers of the item's organisation or one above it."""
    return list(users_with_role(org=item.org, roles={Role.REVIEWER}))


@transaction.atomic
def item_submit(*, item: InformationItem, actor) -> int:
    """Send a draft (or an amendment) to confidentiality review; scan it first. Return findings."""
    require_role(actor=actor, org=item.org, roles=EDIT_ROLES)
    lock(item)
    recognition_pending_check(item=item)
    if not item.summary.strip():  # PUB-DIR-1: the directory gives each item's summary
        raise DomainError(_("Write the summary before submitting."), field="summary")
    if item.attribute != Attribute.PROACTIVE and not item.exempt_reason.strip():  # PUB-ATTR-1
        raise DomainError(
            _("Record the reasons for not disclosing proactively."),
            field="exempt_reason",
        )
    _metadata_check(item)
    item_transition(item=item, to=Status.IN_REVIEW, actor=actor, action="publishing.item_submit")
    count = item_scan(item=item)
    url = reverse("publishing:item_review", args=[item.pk])
    reviewers = _reviewers(item)
    transaction.on_commit(
        lambda: notify(
            users=reviewers,
            title=_("Confidentiality review: %(title)s") % {"title": item.title},
            body=_("%(count)s possible personal data found.") % {"count": count},
            url=url,
            kind="publishing.review",
        )
    )
    return count


def item_referred_by(item: InformationItem) -> int | None:
    """Who referred ``item`` upward (提请), while it waits for the higher decision."""
    if item.status != Status.REFERRED:
        return None
    review = item.reviews.filter(result=Review.Result.REFERRED).order_by("-created_at").first()
    return review.reviewer_id if review else None


def _require_item_reviewer(item: InformationItem, actor) -> None:
    if item.status not in REVIEWING:
        raise DomainError(_("Findings can only be decided during review."))
    require_reviewer(
        user=actor,
        org=item.org,
        referred=item.status == Status.REFERRED,
        referred_by_id=item_referred_by(item),
    )


@transaction.atomic
def finding_decide(*, finding: PrivacyFinding, actor, decision: str) -> PrivacyFinding:
    """Record the reviewer's call on one finding: mask it (accept) or keep the text (reject)."""
    if finding.request_id:
        return request_finding_decide(finding=finding, actor=actor, decision=decision)
    item = finding.item
    lock(item)
    _require_item_reviewer(item, actor)
    if decision not in (PrivacyFinding.Decision.ACCEPTED, PrivacyFinding.Decision.REJECTED):
        raise DomainError(_("Unknown decision."))
    model_update(finding, decision=decision, decided_by=actor)
    return finding


@transaction.atomic
def findings_accept_all(*, item: InformationItem, actor) -> int:
    """Accept every pending finding of ``item`` (mask them all); return how many."""
    lock(item)
    _require_item_reviewer(item, actor)
    return item.findings.filter(decision=PrivacyFinding.Decision.PENDING).update(
        decision=PrivacyFinding.Decision.ACCEPTED, decided_by=actor
    )


@transaction.atomic
def item_review(
    *,
    item: InformationItem,
    actor,
    approve: bool,
    opinion: str,
    refer: bool = False,
    files_checked: bool = False,
) -> Review:
    """Record the confidentiality review (保密审查, PUB-SECRET-1, 《条例》 Art. 17).

    Approval needs a decision on every privacy finding, and the reviewer's confirmation
    (``files_checked``) that they checked by eye any file the scan could not read; returning
    sends the item back for edits; referring (提请) hands it, publication blocked, to a higher
    reviewer or the disclosure office ("in doubt, refer"), who then approves or returns it.
    """
    opinion = (opinion or "").strip()
    if not opinion:
        raise DomainError(_("Write the review opinion."), field="opinion")
    lock(item)
    _require_item_reviewer(item, actor)
    if refer:
        if item.status == Status.REFERRED:
            raise DomainError(_("This review has already been referred upward."), code="referred")
        to, result, action = Status.REFERRED, Review.Result.REFERRED, "publishing.item_refer"
    elif approve:
        require_all_decided(item.findings.all())
        # stays True only where files needed the check and the reviewer confirmed it
        files_checked = files_checked_require(item=item, files_checked=files_checked)
        to, result, action = Status.APPROVED, Review.Result.APPROVED, "publishing.item_approve"
    else:
        to = Status.REVISING if item.versions.exists() else Status.DRAFT
        result, action = Review.Result.RETURNED, "publishing.item_return"
    item_transition(item=item, to=to, actor=actor, action=action, reason=opinion)
    review = Review.objects.create(
        item=item,
        reviewer=actor,
        result=result,
        opinion=opinion,
        files_checked=approve and not refer and files_checked,
    )
    users = referral_deciders(org=item.org) if refer else [item.created_by]
    review_result_tell(review=review, users=users, title=item.title, url=item.get_absolute_url())
    return review


def accepted_findings(
    item: InformationItem, attachment: Attachment | None, *, pending_masked: bool = False
) -> list[Finding]:
    """The findings of the body (``attachment`` None) or of one attachment to mask on
    publication; with ``pending_masked``, undecided ones too (the preview)."""
    wanted = [PrivacyFinding.Decision.ACCEPTED]
    if pending_masked:
        wanted.append(PrivacyFinding.Decision.PENDING)
    return as_findings(item.findings.filter(attachment=attachment, decision__in=wanted))


def item_preview_body(item: InformationItem) -> str:
    """The body exactly as it would be published now: findings to mask masked, findings kept
    (保留) as written, and undecided ones masked (approval waits for them anyway)."""
    try:
        return mask_html(item.body, accepted_findings(item, None, pending_masked=True))
    except PrivacyError as exc:
        raise DomainError(str(exc)) from exc
