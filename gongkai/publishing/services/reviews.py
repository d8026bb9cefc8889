"""The confidentiality review shared by every publication path (PUB-SECRET-1, 《条例》 Art. 17).

Apps that publish something other than an information item (the message box, consultations,
lists, annual reports) call three functions and nothing else:

- ``review_submit`` with the exact texts to publish: they are scanned for personal data and
  put before a reviewer, who masks or keeps each finding and approves, returns or refers
  (提请) the request upward;
- ``review_approved`` to learn whether an approved request is waiting;
- ``review_consume`` when a coordinator publishes: it hands back the texts as reviewed (masked
  findings masked, kept ones as written) and refuses when no approved request exists.

The review lives here, in publishing, because the privacy scanner and the item review it
generalises live here; participation and portal already depend on publishing, and publishing
depends on neither (a generic relation points at their objects), so dependencies stay one way.
"""

from dataclasses import dataclass, field
from pathlib import PurePath

from django.contrib.contenttypes.models import ContentType
from django.db import models, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from gongkai.core.audit import audit_record
from gongkai.core.db import lock, model_update
from gongkai.core.errors import DomainError, PermissionDeniedError
from gongkai.core.notify import notify
from gongkai.orgs.models import Organisation
from gongkai.orgs.roles import Role
from gongkai.orgs.selectors import require_role, user_has_role, users_with_role

from ..models import OPEN_STATUSES, PrivacyFinding, PublicationRequest, RequestStatus, Review
from ..privacy import Finding, PrivacyError, html_text, mask_file, mask_html, mask_text, scan_text
from ..privacy.metadata import strip_metadata

REVIEW_ROLES = {Role.REVIEWER}
SUBMIT_ROLES = {Role.EDITOR, Role.COORDINATOR}
#: Who publishes once the review approved: the disclosure office, never a unit editor alone.
PUBLISH_ROLES = {Role.COORDINATOR}

_CONTEXT = 20


@dataclass(frozen=True)
class Part:
    """One text to publish: ``key`` names it for the owner, ``label`` for the reviewer.

    ``html`` marks rich text (scanned as its visible text, masked inside the markup); ``meta``
    carries what the owner needs back unchanged (an opinion's adoption decision). ``unread``
    marks a file the scanner could not read (.doc, .ofd, a scan without recognised text): the
    reviewer must confirm having checked it by eye before approving.
    """

    key: str
    label: str
    text: str
    html: bool = False
    meta: dict = field(default_factory=dict)
    unread: bool = False


# -- who may review ---------------------------------------------------------------------------


def may_review(*, user, org: Organisation, referred: bool, referred_by_id: int | None) -> bool:
    """Tell whether ``user`` decides a review of ``org``'s publication.

    A reviewer of the organisation (or above) decides a fresh review. A review referred upward
    (提请, PUB-SECRET-1: "in doubt, refer") is decided by a reviewer of a higher organisation or
    by the disclosure office (coordinator), never by the reviewer who referred it.
    """
    if not referred:
        return user_has_role(user=user, org=org, roles=REVIEW_ROLES)
    if user.pk == referred_by_id:
        return False
    if user_has_role(user=user, org=org, roles={Role.COORDINATOR}):
        return True
    return org.parent_id is not None and user_has_role(
        user=user, org=org.parent, roles=REVIEW_ROLES
    )


def require_reviewer(*, user, org: Organisation, referred: bool, referred_by_id: int | None):
    if not may_review(user=user, org=org, referred=referred, referred_by_id=referred_by_id):
        if referred:
            raise PermissionDeniedError(
                _(
                    "This review was referred upward: a higher reviewer or the disclosure office "
                    "decides it."
                )  # fmt: skip
            )
        raise PermissionDeniedError(_("You may not do this for %(org)s.") % {"org": org.name})


def may_publish(*, user, org: Organisation) -> bool:
    """Tell whether ``user`` may publish for ``org`` (the disclosure office)."""
    return user_has_role(user=user, org=org, roles=PUBLISH_ROLES)


def publishers(*, org: Organisation) -> list:
    """The people who publish for ``org``: its coordinators, or those of an organisation above."""
    return _members(org, Role.COORDINATOR)


def _members(org: Organisation, role: str, *, above_only: bool = False) -> list:
    return list(users_with_role(org=org, roles={role}, above_only=above_only))


def referral_deciders(*, org: Organisation) -> list:
    """Who is told of a referral: coordinators of the organisation and reviewers above it."""
    return _members(org, Role.COORDINATOR) + _members(org, Role.REVIEWER, above_only=True)


# -- findings ---------------------------------------------------------------------------------


def finding_rows(
    *, text: str, found: list[Finding], part: str = "", **owner
) -> list[PrivacyFinding]:
    """Unsaved finding rows with their context; ``owner`` is ``item=`` or ``request=``."""
    return [
        PrivacyFinding(
            part=part,
            kind=f.kind,
            text=f.text[:200],
            start=f.start,
            end=f.end,
            masked=f.masked[:200],
            confidence=f.confidence,
            subkind=f.subkind,
            before=text[max(0, f.start - _CONTEXT) : f.start].replace("\n", " "),
            after=text[f.end : f.end + _CONTEXT].replace("\n", " "),
            **owner,
        )
        for f in found
    ]


def as_findings(rows) -> list[Finding]:
    return [
        Finding(kind=f.kind, text=f.text, start=f.start, end=f.end, masked=f.masked) for f in rows
    ]


def _scan_text(part: dict) -> str:
    return html_text(part["text"]) if part.get("html") else part["text"]


# -- submit, decide, review -------------------------------------------------------------------


def _open_requests(target: models.Model, stage: str):
    return PublicationRequest.objects.filter(
        content_type=ContentType.objects.get_for_model(target), object_id=target.pk, stage=stage
    )


@transaction.atomic
def review_submit(
    *,
    target: models.Model,
    stage: str,
    org: Organisation,
    actor,
    title: str,
    parts: list[Part],
    roles: set[str] = SUBMIT_ROLES,
) -> PublicationRequest:
    """Put ``parts`` before a reviewer as what ``target`` will publish; return the request.

    Earlier requests of the same target and stage that were not published are superseded; the
    reviewer's decisions on findings that reappear unchanged are kept, so a corrected text does
    not ask twice. Audited on the target; the organisation's reviewers are told.
    """
    require_role(actor=actor, org=org, roles=roles)
    earlier = _open_requests(target, stage).exclude(
        status__in=[RequestStatus.PUBLISHED, RequestStatus.SUPERSEDED]
    )
    decided = {
        (f.part, f.kind, f.text, f.start): f.decision
        for f in PrivacyFinding.objects.filter(request__in=earlier).exclude(
            decision=PrivacyFinding.Decision.PENDING
        )
    }
    earlier.update(status=RequestStatus.SUPERSEDED)
    request = PublicationRequest.objects.create(
        content_type=ContentType.objects.get_for_model(target),
        object_id=target.pk,
        stage=stage,
        org=org,
        title=(title or "")[:300],
        parts=[
            {
                "key": p.key,
                "label": str(p.label),
                "text": p.text,
                "html": p.html,
                "meta": p.meta,
                "unread": p.unread,
            }
            for p in parts
        ],
        submitted_by=actor,
    )
    rows = []
    for part in request.parts:
        text = _scan_text(part)
        rows += finding_rows(text=text, found=scan_text(text), part=part["key"], request=request)
    for row in rows:
        row.decision = decided.get(
            (row.part, row.kind, row.text, row.start), PrivacyFinding.Decision.PENDING
        )
    PrivacyFinding.objects.bulk_create(rows)
    audit_record(
        actor=actor,
        obj=target,
        org=org,
        action="publishing.review_submit",
        to_state=RequestStatus.PENDING,
        after={"request": request.pk, "findings": len(rows)},
    )
    reviewers = _members(org, Role.REVIEWER)
    url = request.get_absolute_url()
    transaction.on_commit(
        lambda: notify(
            users=reviewers,
            title=_("Confidentiality review: %(title)s") % {"title": request.title},
            body=_("%(count)s possible personal data found.") % {"count": len(rows)},
            url=url,
            kind="publishing.review",
        )
    )
    return request


@transaction.atomic
def request_finding_decide(*, finding: PrivacyFinding, actor, decision: str) -> PrivacyFinding:
    """Record the reviewer's call on one finding of a request: mask it or keep (保留) it."""
    request = lock(finding.request)
    _require_open(request=request, actor=actor)
    if decision not in (PrivacyFinding.Decision.ACCEPTED, PrivacyFinding.Decision.REJECTED):
        raise DomainError(_("Unknown decision."))
    model_update(finding, decision=decision, decided_by=actor)
    return finding


@transaction.atomic
def request_findings_accept_all(*, request: PublicationRequest, actor) -> int:
    """Mask every undecided finding of ``request``; return how many."""
    lock(request)
    _require_open(request=request, actor=actor)
    return request.findings.filter(decision=PrivacyFinding.Decision.PENDING).update(
        decision=PrivacyFinding.Decision.ACCEPTED, decided_by=actor
    )


def _require_open(*, request: PublicationRequest, actor) -> None:
    if request.status not in OPEN_STATUSES:
        raise DomainError(_("Findings can only be decided during review."))
    require_reviewer(
        user=actor,
        org=request.org,
        referred=request.status == RequestStatus.REFERRED,
        referred_by_id=request.referred_by_id,
    )


APPROVE, RETURN, REFER = "approve", "return", "refer"
_OUTCOMES = {
    APPROVE: (RequestStatus.APPROVED, Review.Result.APPROVED, "publishing.review_approve"),
    RETURN: (RequestStatus.RETURNED, Review.Result.RETURNED, "publishing.review_return"),
    REFER: (RequestStatus.REFERRED, Review.Result.REFERRED, "publishing.review_refer"),
}


def unread_parts(request: PublicationRequest) -> list[str]:
    """Labels of the files of a request the scanner could not read (checked by eye)."""
    return [part["label"] for part in request.parts if part.get("unread")]


@transaction.atomic
def request_review(
    *, request: PublicationRequest, actor, outcome: str, opinion: str, files_checked: bool = False
) -> Review:
    """Record the confidentiality review of a request: approve, return or refer upward (提请).

    Approval needs a decision on every finding. A referred request waits, publication blocked,
    for a higher reviewer or the disclosure office (PUB-SECRET-1); it cannot be referred twice
    inside the platform (beyond it, the competent department is consulted outside).
    """
    opinion = (opinion or "").strip()
    if outcome not in _OUTCOMES:
        raise DomainError(_("Unknown decision."))
    if not opinion:
        raise DomainError(_("Write the review opinion."), field="opinion")
    lock(request)
    _require_open(request=request, actor=actor)
    if outcome == REFER and request.status == RequestStatus.REFERRED:
        raise DomainError(_("This review has already been referred upward."), code="referred")
    if outcome == APPROVE:
        require_all_decided(request.findings.all())
        unread = unread_parts(request)
        if unread and not files_checked:  # as for images without recognised text (recognition.py)
            raise DomainError(
                _(
                    "No text could be read in “%(files)s”, so the privacy scan could not check "
                    "it. Open the file, check it by eye, and confirm this before approving."
                )
                % {"files": "、".join(unread)},
                code="files_unchecked",
                field="files_checked",
            )
    status, result, action = _OUTCOMES[outcome]
    before = request.status
    changes = {"status": status}
    if outcome == REFER:
        changes["referred_by"] = actor
    model_update(request, **changes)
    review = Review.objects.create(
        request=request,
        reviewer=actor,
        result=result,
        opinion=opinion,
        # stays True only where files needed the check and the reviewer confirmed it
        files_checked=outcome == APPROVE and files_checked and bool(unread_parts(request)),
    )
    target = request.target
    audit_record(
        actor=actor,
        obj=target if target is not None else request,
        org=request.org,
        action=action,
        from_state=before,
        to_state=status,
        reason=opinion,
        after={"request": request.pk},
    )
    users = referral_deciders(org=request.org) if outcome == REFER else [request.submitted_by]
    review_result_tell(
        review=review, users=users, title=request.title, url=request.get_absolute_url()
    )
    return review


def review_result_tell(*, review: Review, users: list, title: str, url: str) -> None:
    """After commit, tell ``users`` the result of a review of ``title`` with its opinion: the
    submitter (approved, returned) or whoever decides a referral."""
    transaction.on_commit(
        lambda: notify(
            users=users,
            title=_("Review of “%(title)s”: %(result)s")
            % {"title": title, "result": review.get_result_display()},
            body=review.opinion,
            url=url,
            kind="publishing.reviewed",
        )
    )


def require_all_decided(findings) -> None:
    """Refuse approval while any of ``findings`` waits for the reviewer's decision."""
    pending = findings.filter(decision=PrivacyFinding.Decision.PENDING).count()
    if pending:
        raise DomainError(
            _("Decide on all %(count)s remaining privacy findings before approving.")
            % {"count": pending},
            code="findings_pending",
        )


# -- what gets published ----------------------------------------------------------------------


def _decided(request: PublicationRequest, part: str, *, pending_masked: bool) -> list[Finding]:
    wanted = [PrivacyFinding.Decision.ACCEPTED]
    if pending_masked:
        wanted.append(PrivacyFinding.Decision.PENDING)
    return as_findings(request.findings.filter(part=part, decision__in=wanted))


def published_texts(
    request: PublicationRequest, *, pending_masked: bool = False
) -> dict[str, dict]:
    """Each part as it will be published: masked findings masked, kept (保留) ones as written.

    Returns ``{key: {"label", "text", "html", "meta"}}``. With ``pending_masked`` undecided
    findings are masked too (the preview before every finding is decided).
    """
    out = {}
    for part in request.parts:
        found = _decided(request, part["key"], pending_masked=pending_masked)
        try:
            if part.get("html"):
                text = mask_html(part["text"], found)
            else:
                text = mask_text(part["text"], found)
        except PrivacyError as exc:
            raise DomainError(str(exc)) from exc
        out[part["key"]] = {**part, "text": text}
    return out


def masked_file(request: PublicationRequest, *, part: str, data: bytes, name: str) -> bytes:
    """The file of ``part`` as published: its masked findings masked (the same offsets as
    scanned) and its makers' metadata removed (author, photo location: privacy/metadata.py)."""
    found = _decided(request, part, pending_masked=False)
    try:
        if found:
            data = mask_file(data, name, found)
        return strip_metadata(data, PurePath(name).suffix)
    except PrivacyError as exc:
        raise DomainError(str(exc)) from exc


def review_cancel(*, target: models.Model, stage: str) -> int:
    """Set aside every unpublished request of ``target``: its text changed and needs a new
    review (an approval covers only the text approved). Returns how many were set aside."""
    return (
        _open_requests(target, stage)
        .exclude(status__in=[RequestStatus.PUBLISHED, RequestStatus.SUPERSEDED])
        .update(status=RequestStatus.SUPERSEDED)
    )


def review_latest(*, target: models.Model, stage: str) -> PublicationRequest | None:
    """The latest request of ``target`` at ``stage`` that was not superseded."""
    return (
        _open_requests(target, stage)
        .exclude(status=RequestStatus.SUPERSEDED)
        .select_related("submitted_by", "referred_by")
        .first()
    )


def review_approved(*, target: models.Model, stage: str) -> PublicationRequest | None:
    """The approved request waiting to be published, if any."""
    found = review_latest(target=target, stage=stage)
    return found if found is not None and found.status == RequestStatus.APPROVED else None


@transaction.atomic
def review_consume(
    *, target: models.Model, stage: str, actor, org: Organisation
) -> tuple[PublicationRequest, dict[str, dict]]:
    """Take the approved request of ``target`` for publication; return it and its texts.

    The one gate of every publication path other than items: only the disclosure office
    publishes (unit editors cannot publish on their own), and only what a reviewer approved
    (PUB-SECRET-1). The request is marked published, so it is used once.
    """
    require_role(actor=actor, org=org, roles=PUBLISH_ROLES)
    request = review_approved(target=target, stage=stage)
    if request is None:
        latest = review_latest(target=target, stage=stage)
        if latest is not None and latest.status in OPEN_STATUSES:
            message = _("The confidentiality review is not finished: it cannot be published yet.")
        else:
            message = _("Submit it for confidentiality review first: nothing is published "
                        "without an approved review.")  # fmt: skip
        raise DomainError(message, code="not_approved")
    lock(request)
    texts = published_texts(request)
    model_update(request, status=RequestStatus.PUBLISHED, published_at=timezone.now())
    return request, texts
