"""Record reconsiderations and lawsuits brought against replies, and their results (AR-T4)."""

from datetime import date

from django.db import transaction
from django.utils.translation import gettext as _

from gongkai.core.audit import audit_record
from gongkai.core.db import model_update
from gongkai.core.errors import DomainError

from ..models import Application, RemedyCase
from ..states import Status
from .intake import HANDLERS, Actor, require_role

STAFF = set(HANDLERS)
#: A remedy is brought against a reply, so it is recorded once the request is replied or closed.
REMEDY_STATUSES = {Status.REPLIED, Status.CLOSED}


@transaction.atomic
def remedy_record(
    *, app: Application, actor: Actor, kind: str, body: str, filed_on: date, note: str = ""
) -> RemedyCase:
    """Record that the applicant applied for reconsideration or sued (REQ-REMEDY-2)."""
    require_role(actor, app, STAFF)
    if app.status not in REMEDY_STATUSES:
        raise DomainError(
            _("Reconsideration and lawsuits are recorded once the request has been replied to."),
            code="wrong_status",
        )
    if app.concluded_on is not None and filed_on < app.concluded_on:
        raise DomainError(
            _("It cannot be filed before the reply of %(day)s.") % {"day": app.concluded_on},
            field="filed_on",
        )
    row = RemedyCase(application=app, kind=kind, body=body.strip(), filed_on=filed_on, note=note)
    row.full_clean()
    row.save()
    audit_record(
        actor=actor,
        obj=app,
        action="application.remedy_recorded",
        after={"kind": kind, "body": row.body, "filed_on": filed_on},
    )
    return row


@transaction.atomic
def remedy_decide(*, remedy: RemedyCase, actor: Actor, result: str, decided_on: date) -> RemedyCase:
    """Record the reconsideration decision or judgment: upheld, corrected or other."""
    app = remedy.application
    require_role(actor, app, STAFF)
    if result == RemedyCase.Result.PENDING:
        raise DomainError(_("Choose the result."), field="result")
    if decided_on < remedy.filed_on:
        raise DomainError(
            _("It cannot be decided before it was filed (%(day)s).") % {"day": remedy.filed_on},
            field="decided_on",
        )
    before = {"result": remedy.result, "decided_on": remedy.decided_on}
    model_update(remedy, result=result, decided_on=decided_on)
    audit_record(
        actor=actor,
        obj=app,
        action="application.remedy_decided",
        before=before,
        after={"kind": remedy.kind, "result": result, "decided_on": decided_on},
    )
    return remedy
