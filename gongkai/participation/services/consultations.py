"""Consultations on draft decisions: create, publish, take comments, close, publish the outcome."""

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from gongkai.core.audit import audit_record
from gongkai.core.db import lock, model_update, once_per_submission
from gongkai.core.errors import DomainError
from gongkai.core.transitions import status_move
from gongkai.orgs.models import Organisation
from gongkai.publishing.content import body_clean
from gongkai.publishing.models import PublicationRequest
from gongkai.publishing.services.reviews import Part, review_cancel, review_consume, review_submit

from ..models import Comment, Consultation, OpinionGroup
from ..states import (
    CONSULTATION_TRANSITIONS,
    DECISIONS_NEEDING_REASON,
    ConsultationStatus,
    Decision,
)
from .common import require_role

STATUS_LABELS = dict(ConsultationStatus.choices)
#: The fields staff write; the draft text is sanitised before it is stored.
CONSULTATION_FIELDS = ("title", "draft", "basis", "feedback_method", "starts_on", "ends_on")


@dataclass(frozen=True)
class OpinionInput:
    """One group of opinions as staff enter it for the outcome."""

    summary: str
    decision: str
    reason: str = ""


def _clean_fields(fields: dict[str, Any]) -> dict[str, Any]:
    unknown = set(fields) - set(CONSULTATION_FIELDS)
    if unknown:
        raise TypeError(f"unknown consultation fields: {sorted(unknown)}")
    out = dict(fields)
    for name in ("title", "basis", "feedback_method"):
        if name in out:
            out[name] = (out[name] or "").strip()
    if "draft" in out:
        out["draft"] = body_clean(out["draft"])
        if not out["draft"]:
            raise DomainError(_("Enter the draft text."), field="draft")
    return out


DRAFT_STAGE = "consultation_draft"
OUTCOME_STAGE = "consultation_outcome"
#: The texts of a draft that reach the portal, in the order the reviewer reads them.
DRAFT_TEXTS = ("title", "draft", "basis", "feedback_method")


@transaction.atomic
def consultation_create(
    *,
    org: Organisation,
    actor,
    title: str,
    draft: str,
    basis: str,
    feedback_method: str,
    starts_on: date,
    ends_on: date,
) -> Consultation:
    """Create a consultation as a draft, seen only by staff until it is published."""
    require_role(actor=actor, org=org)
    fields = _clean_fields(
        {
            "title": title,
            "draft": draft,
            "basis": basis,
            "feedback_method": feedback_method,
            "starts_on": starts_on,
            "ends_on": ends_on,
        }
    )
    consultation = Consultation(org=org, created_by=actor, **fields)
    consultation.full_clean()
    consultation.save()
    audit_record(
        actor=actor,
        obj=consultation,
        action="participation.consultation_create",
        to_state=ConsultationStatus.DRAFT,
    )
    return consultation


@transaction.atomic
def consultation_update(*, consultation: Consultation, actor, **fields: Any) -> Consultation:
    """Change a draft consultation; once published its text stands as the public read it."""
    require_role(actor=actor, org=consultation.org)
    lock(consultation)
    if consultation.status != ConsultationStatus.DRAFT:
        raise DomainError(_("Only a draft consultation can be edited."), code="not_draft")
    changed = model_update(consultation, **_clean_fields(fields))
    if changed:
        review_cancel(target=consultation, stage=DRAFT_STAGE)  # the new text needs its own review
        audit_record(
            actor=actor,
            obj=consultation,
            action="participation.consultation_update",
            after={"fields": changed},
        )
    return consultation


@transaction.atomic
def consultation_transition(
    *, consultation: Consultation, to: str, actor, reason: str = "", **changes: Any
) -> Consultation:
    """Move ``consultation`` to ``to``: the one function that changes its status.

    Locks the row, checks CONSULTATION_TRANSITIONS and records who, when and why in the audit
    log in the same transaction. ``actor`` None is the system (the nightly closing).
    """
    status_move(
        consultation,
        to=to,
        table=CONSULTATION_TRANSITIONS,
        labels=STATUS_LABELS,
        actor=actor,
        action="participation.consultation_transition",
        reason=reason,
        changes=changes,
        stamp=True,
    )
    return consultation


@transaction.atomic
def consultation_review_submit(*, consultation: Consultation, actor) -> PublicationRequest:
    """Submit a draft consultation's texts for confidentiality review (PUB-SECRET-1)."""
    require_role(actor=actor, org=consultation.org)
    lock(consultation)
    if consultation.status != ConsultationStatus.DRAFT:
        raise DomainError(_("Only a draft consultation can be edited."), code="not_draft")
    meta = Consultation._meta
    return review_submit(
        target=consultation,
        stage=DRAFT_STAGE,
        org=consultation.org,
        actor=actor,
        title=consultation.title,
        parts=[
            Part(
                key=name,
                label=meta.get_field(name).verbose_name,
                text=getattr(consultation, name),
                html=name == "draft",
            )
            for name in DRAFT_TEXTS
        ],
    )


@transaction.atomic
def consultation_publish(*, consultation: Consultation, actor, today: date | None = None) -> None:
    """Publish a reviewed draft on the portal and open it for comments (draft → open).

    PLAN-CONSULT-1: the draft goes out before the decision, with its basis, the feedback
    method and the comment period; a period that has already ended cannot be offered.
    PUB-SECRET-1: only the disclosure office publishes, and only the texts as reviewed.
    """
    require_role(actor=actor, org=consultation.org)
    lock(consultation)
    today = today or timezone.localdate()
    if consultation.ends_on < today:
        raise DomainError(
            _("The comment period ended on %(day)s: set a period that is still to come.")
            % {"day": consultation.ends_on.isoformat()},
            code="period_over",
        )
    _request, texts = review_consume(
        target=consultation, stage=DRAFT_STAGE, actor=actor, org=consultation.org
    )
    consultation_transition(
        consultation=consultation,
        to=ConsultationStatus.OPEN,
        actor=actor,
        published_on=today,
        **{name: texts[name]["text"] for name in DRAFT_TEXTS},
    )


def consultation_close(
    *, consultation: Consultation, actor, reason: str = "", today: date | None = None
) -> None:
    """Close the comment period once its last day has passed (open → closed)."""
    require_role(actor=actor, org=consultation.org)
    today = today or timezone.localdate()
    if consultation.ends_on >= today:
        raise DomainError(
            _("Comments are open until %(day)s; the consultation can be closed after that day.")
            % {"day": consultation.ends_on.isoformat()},
            code="period_running",
        )
    consultation_transition(
        consultation=consultation, to=ConsultationStatus.CLOSED, actor=actor, reason=reason
    )


def consultations_close_expired(*, today: date) -> list[int]:
    """Close every open consultation whose comment period ended before ``today``.

    Run by the system (no actor, shown as "system" in the audit log) every night; each
    consultation is its own transaction. Returns the ids closed.
    """
    done = []
    expired = Consultation.objects.filter(status=ConsultationStatus.OPEN, ends_on__lt=today)
    for pk in list(expired.values_list("pk", flat=True)):
        with transaction.atomic():
            consultation = Consultation.objects.select_related("org").get(pk=pk)
            if consultation.status != ConsultationStatus.OPEN:
                continue  # closed by staff meanwhile
            consultation_transition(
                consultation=consultation,
                to=ConsultationStatus.CLOSED,
                actor=None,
                reason=_("The comment period ended on %(day)s.")
                % {"day": consultation.ends_on.isoformat()},
            )
            done.append(pk)
    return done


def comments_accepted(consultation: Consultation, today: date | None = None) -> bool:
    """Tell whether the public may comment now: open, and within the comment period."""
    today = today or timezone.localdate()
    return (
        consultation.status == ConsultationStatus.OPEN
        and consultation.starts_on <= today <= consultation.ends_on
    )


def status_shown(consultation: Consultation, today: date | None = None) -> ConsultationStatus:
    """The stage a reader is told: an open consultation past its last day has ended, even before
    the nightly job closes it (or while the job is held up)."""
    today = today or timezone.localdate()
    if consultation.status == ConsultationStatus.OPEN and today > consultation.ends_on:
        return ConsultationStatus.CLOSED
    return ConsultationStatus(consultation.status)


def comments_open_later(consultation: Consultation, today: date | None = None) -> bool:
    """Tell whether an open consultation's comment period has not begun yet (one past its last
    day, before the nightly close, has ended instead)."""
    today = today or timezone.localdate()
    return consultation.status == ConsultationStatus.OPEN and today < consultation.starts_on


def comment_submit(
    *,
    consultation: Consultation,
    content: str,
    submission_key: str,
    name: str = "",
    contact: str = "",
    today: date | None = None,
) -> tuple[Comment, bool]:
    """Take a comment from the public while the consultation is open; return it and whether it
    is new. The same ``submission_key`` sent again (a double click, a reload) makes one comment.
    """

    def create() -> Comment:
        if not comments_accepted(consultation, today):
            raise DomainError(_("This consultation is not taking comments."), code="not_open")
        text = (content or "").strip()
        if not text:
            raise DomainError(_("Write your comment."), field="content")
        comment = Comment(
            consultation=consultation,
            name=(name or "").strip()[:50],
            contact=(contact or "").strip()[:100],
            content=text,
            submission_key=submission_key,
        )
        comment.full_clean()
        comment.save()
        return comment

    return once_per_submission(Comment, submission_key, create)


def _opinion_rows(opinions: Sequence[OpinionInput]) -> list[OpinionInput]:
    rows = [o for o in opinions if (o.summary or "").strip()]
    for n, row in enumerate(rows, start=1):
        if row.decision not in Decision.values:
            raise DomainError(
                _("Opinion %(n)s: choose adopted, partly adopted or not adopted.") % {"n": n},
                code="decision_missing",
            )
        if row.decision in DECISIONS_NEEDING_REASON and not (row.reason or "").strip():
            raise DomainError(
                _("Opinion %(n)s: give the reason why it is not (fully) adopted.") % {"n": n},
                code="reason_missing",
            )
    return rows


@transaction.atomic
def consultation_outcome_submit(
    *,
    consultation: Consultation,
    actor,
    summary: str,
    opinions: Sequence[OpinionInput],
) -> PublicationRequest:
    """Submit what became of the comments for confidentiality review.

    PLAN-CONSULT-1: the adoption of opinions is published, with the reasons for not adopting
    concentrated opinions. Each group of opinions carries a decision (采纳 / 部分采纳 / 未采纳);
    what is not or only partly adopted must give its reason. Nothing is stored on the
    consultation yet: the outcome reaches the portal only as reviewed (PUB-SECRET-1).
    """
    require_role(actor=actor, org=consultation.org)
    lock(consultation)
    if consultation.status != ConsultationStatus.CLOSED:
        raise DomainError(
            _("The outcome can be written once the comment period is closed."), code="not_closed"
        )
    count = consultation.comments.count()
    rows = _opinion_rows(opinions)
    if count and not rows:
        raise DomainError(
            _("%(count)s comments were received: summarise them and decide on each group.")
            % {"count": count},
            code="opinions_missing",
        )
    parts = [Part(key="summary", label=_("adoption of opinions"), text=(summary or "").strip())]
    for n, row in enumerate(rows, start=1):
        label = _("opinion %(n)s") % {"n": n}
        parts.append(
            Part(key=f"opinion-{n}", label=label, text=row.summary.strip(),
                 meta={"decision": row.decision})
        )  # fmt: skip
        if (row.reason or "").strip():
            parts.append(
                Part(
                    key=f"reason-{n}",
                    label=_("%(opinion)s, reason") % {"opinion": label},
                    text=row.reason.strip(),
                )
            )
    return review_submit(
        target=consultation,
        stage=OUTCOME_STAGE,
        org=consultation.org,
        actor=actor,
        title=_("Outcome of “%(title)s”") % {"title": consultation.title},
        parts=parts,
    )


@transaction.atomic
def consultation_outcome_publish(
    *, consultation: Consultation, actor, today: date | None = None
) -> Consultation:
    """Publish the reviewed outcome (closed → outcome published); the number of comments
    received is counted and frozen with it."""
    require_role(actor=actor, org=consultation.org)
    lock(consultation)
    _request, texts = review_consume(
        target=consultation, stage=OUTCOME_STAGE, actor=actor, org=consultation.org
    )
    today = today or timezone.localdate()
    consultation_transition(
        consultation=consultation,
        to=ConsultationStatus.OUTCOME_PUBLISHED,
        actor=actor,
        outcome_summary=texts["summary"]["text"],
        outcome_published_on=today,
        comments_received=consultation.comments.count(),
    )
    groups = []
    n = 1
    while f"opinion-{n}" in texts:
        opinion = texts[f"opinion-{n}"]
        groups.append(
            OpinionGroup(
                consultation=consultation,
                position=n,
                summary=opinion["text"],
                decision=opinion["meta"]["decision"],
                reason=texts.get(f"reason-{n}", {}).get("text", ""),
            )
        )
        n += 1
    for group in groups:
        group.full_clean()
    OpinionGroup.objects.bulk_create(groups)
    return consultation
