"""Charge an information-processing fee: assess it from the records and send the fee notice."""

from datetime import date

from django.db import transaction
from django.utils.translation import gettext as _

from gongkai.core.audit import audit_record
from gongkai.core.errors import DomainError

from ..clock_events import EventKind
from ..fee_selectors import FeeAssessment, fee_per_page_assess, fee_per_request_assess
from ..fees import FeeMethod
from ..models import Application, ClockEvent
from .clock import application_fee_notice
from .intake import Actor


def fee_assess(*, app: Application, method: str, pages: int | None = None) -> FeeAssessment:
    """Assess ``app``'s fee by ``method``: per request from the records, per page from ``pages``.

    REQ-FEE-2 (国办函〔2020〕109号 第三条): one method per request, never both, so a page
    count given with the per-request method is refused rather than ignored.
    """
    if method == FeeMethod.PER_REQUEST:
        if pages:
            raise DomainError(
                _("Charge per request or per page, not both: leave the pages empty."),
                field="pages",
            )
        return fee_per_request_assess(app=app)
    if method == FeeMethod.PER_PAGE:
        if not pages or pages < 1:
            raise DomainError(_("Give the number of pages."), field="pages")
        return fee_per_page_assess(app=app, pages=pages)
    raise DomainError(_("Choose per request or per page."), field="method")


@transaction.atomic
def application_fee_charge(
    *,
    app: Application,
    actor: Actor,
    day: date,
    method: str,
    pages: int | None = None,
    note: str = "",
    delivered_on: date | None = None,
) -> ClockEvent:
    """Send the 收费通知书 with the fee assessed here, never an amount typed by staff.

    REQ-FEE-1..5 (《条例》第四十二条; 国办函〔2020〕109号): the handler chooses the method; the
    fee is computed from the records (the applicant's requests this month) or the pages. A fee
    of 0 is no fee: nothing is sent. The notice's text carries the basis, rate and amount and
    ``note`` (how to pay); the amount and its basis are also audited as data.
    """
    if app.clock_events.filter(kind=EventKind.FEE_NOTICE_SENT).exists():
        raise DomainError(_("A fee notice was already sent for this request."))
    assessment = fee_assess(app=app, method=method, pages=pages)
    if assessment.is_free:
        raise DomainError(
            _("%(basis)s: within the free allowance, no fee may be charged.")
            % {"basis": assessment.basis},
            field="pages" if method == FeeMethod.PER_PAGE else "method",
        )
    text = _("%(basis)s. Fee: %(amount)d yuan.") % {
        "basis": assessment.basis,
        "amount": assessment.amount,
    }
    row = application_fee_notice(
        app=app,
        actor=actor,
        day=day,
        note=" ".join(p for p in (text, note.strip()) if p),
        delivered_on=delivered_on,
    )
    audit_record(
        actor=actor,
        obj=app,
        action="application.fee_assessed",
        after={
            "method": assessment.method,
            "quantity": assessment.quantity,
            "amount": assessment.amount,
            "basis": assessment.basis,
            "notice": row.pk,
        },
    )
    return row
