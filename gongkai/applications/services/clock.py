"""Record reply-clock events: correction, consultation, fee, extension, a deadline set by law."""

from datetime import date

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from gongkai.core.audit import audit_record
from gongkai.core.db import model_update
from gongkai.core.errors import DomainError
from gongkai.orgs.roles import Role

from ..clock_events import EventKind
from ..models import Application, ClockEvent
from ..states import Channel, Status
from .intake import (
    HANDLERS,
    Actor,
    application_recompute_due,
    application_transition,
    record_event,
    require_role,
)

STAFF = set(HANDLERS)
#: The head of the disclosure office consents to extensions (REQ-DEADLINE-3); in Gongkai that
#: is a reviewer (PRODUCT.md, "Who uses it").
APPROVERS = {Role.REVIEWER}
HANDLING = {Status.RECEIVED, Status.IN_PROGRESS, Status.CONSULTATION, Status.AWAITING_FEE}


def _open_refs(app: Application, sent: str, answered: str) -> list[str]:
    """Return the addressees of letters still waiting for their answer, oldest first."""
    waiting: list[str] = []
    for row in app.clock_events.filter(kind__in=[sent, answered]).order_by("day", "id"):
        if row.kind == sent:
            waiting.append(row.ref)
        elif row.ref in waiting:
            waiting.remove(row.ref)
    return waiting


def _require_status(app: Application, allowed: set[str]) -> None:
    if app.status not in allowed:
        raise DomainError(
            _("Request %(number)s is “%(status)s”: this cannot be recorded now.")
            % {"number": app.number, "status": app.get_status_display()},
            code="wrong_status",
        )


@transaction.atomic
def application_receipt_confirm(*, app: Application, actor: Actor, day: date) -> ClockEvent:
    """Confirm receipt of an online request: that day becomes its receipt date.

    REQ-RECEIPT-1/2, 《条例》第三十一条: a request sent through the internet is received on the
    day both sides confirm it; the applicant sees the date on the tracking page. The reply
    period is counted again from the day after it.
    """
    require_role(actor, app, STAFF)
    if app.channel != Channel.ONLINE or app.receipt_confirmed_on is not None:
        raise DomainError(_("Receipt of this request has already been confirmed."))
    event = app.clock_events.get(kind=EventKind.RECEIVED)
    if day < event.day or day > timezone.localdate():
        raise DomainError(
            _("Confirm receipt on a day from the submission (%(day)s) to today.")
            % {"day": event.day},
            field="day",
        )
    if app.clock_events.exclude(pk=event.pk).filter(day__lt=day).exists():
        raise DomainError(
            _("Steps were recorded before this day: confirm receipt on an earlier day."),
            field="day",
        )
    before = event.day
    event.day = day
    event.save(update_fields=["day", "updated_at"])
    model_update(app, receipt_confirmed_on=day)
    audit_record(
        actor=actor,
        obj=app,
        action="application.receipt_confirmed",
        before={"received_on": before},
        after={"received_on": day},
    )
    application_recompute_due(app=app, actor=actor)
    return event


@transaction.atomic
def application_correction_request(
    *, app: Application, actor: Actor, day: date, items: str, until: date | None = None
) -> ClockEvent:
    """Send the one correction notice, listing every item to correct (REQ-CORR-1, Art. 30).

    The clock stops until the corrected request arrives; ``until`` is the correction deadline
    the handler set for this notice (REQ-CORR-2).
    """
    require_role(actor, app, STAFF)
    if not items.strip():
        raise DomainError(_("List every item the applicant must correct."), field="items")
    # REQ-CORR-1/4: the notice states a reasonable deadline; only once it has passed may the
    # request be deemed abandoned, so a notice without one cannot be sent.
    if until is None or until <= day:
        raise DomainError(
            _("State the deadline for the correction, a day after the notice is sent (Art. 30)."),
            field="until",
        )
    application_transition(app=app, to=Status.CORRECTION_REQUESTED, actor=actor, reason=items)
    kind = EventKind.CORRECTION_REQUESTED
    row = record_event(app=app, kind=kind, day=day, actor=actor, note=items, until=until)
    application_recompute_due(app=app, actor=actor)
    return row


@transaction.atomic
def application_correction_receive(*, app: Application, actor: Actor, day: date) -> ClockEvent:
    """Record the corrected request: the reply period restarts in full (REQ-CORR-3, Art. 30)."""
    require_role(actor, app, STAFF)
    reason = _("Corrected request received on %(day)s.") % {"day": day}
    application_transition(app=app, to=Status.IN_PROGRESS, actor=actor, reason=reason)
    row = record_event(app=app, kind=EventKind.CORRECTED, day=day, actor=actor)
    application_recompute_due(app=app, actor=actor)
    return row


@transaction.atomic
def application_consultation_send(
    *,
    app: Application,
    actor: Actor,
    day: date,
    addressee: str,
    delivered_on: date | None = None,
    note: str = "",
) -> ClockEvent:
    """Send a 征求意见书 to a third party or another body; the clock pauses (REQ-PAUSE-1).

    《条例》第三十二条、第三十四条: the answer is due 15 working days after the addressee
    receives it; record ``delivered_on`` when known.
    """
    require_role(actor, app, STAFF)
    addressee = addressee.strip()
    if not addressee:
        raise DomainError(_("Name the third party or body consulted."), field="addressee")
    if addressee in _open_refs(app, EventKind.CONSULTATION_SENT, EventKind.CONSULTATION_ANSWERED):
        raise DomainError(
            _("A consultation of “%(addressee)s” is already waiting for its answer.")
            % {"addressee": addressee},
            field="addressee",
        )
    if app.status != Status.CONSULTATION:
        reason = _("Consultation of %(addressee)s.") % {"addressee": addressee}
        application_transition(app=app, to=Status.CONSULTATION, actor=actor, reason=reason)
    row = record_event(
        app=app,
        kind=EventKind.CONSULTATION_SENT,
        day=day,
        actor=actor,
        note=note,
        ref=addressee,
        delivered_on=delivered_on,
    )
    application_recompute_due(app=app, actor=actor)
    return row


@transaction.atomic
def application_consultation_answer(
    *, app: Application, actor: Actor, day: date, addressee: str, note: str = ""
) -> ClockEvent:
    """Record an answer (or the end of the waiting period with none: say so in ``note``).

    When no consultation is left waiting, handling resumes (REQ-CONSULT-1, REQ-CONSULT-2).
    """
    require_role(actor, app, STAFF)
    _require_status(app, {Status.CONSULTATION})
    kind = EventKind.CONSULTATION_ANSWERED
    row = record_event(app=app, kind=kind, day=day, actor=actor, note=note, ref=addressee)
    if not _open_refs(app, EventKind.CONSULTATION_SENT, kind):
        reason = _("All consultations answered.")
        application_transition(app=app, to=Status.IN_PROGRESS, actor=actor, reason=reason)
    application_recompute_due(app=app, actor=actor)
    return row


#: The letters whose delivery starts the addressee's waiting period (REQ-CONSULT-1, REQ-FEE-5).
DELIVERY_STARTS_WAIT = (EventKind.CONSULTATION_SENT, EventKind.FEE_NOTICE_SENT)


def undelivered_letters(app: Application) -> list[ClockEvent]:
    """Return the consultation letters and fee notices whose delivery is not recorded yet."""
    return list(
        app.clock_events.filter(kind__in=DELIVERY_STARTS_WAIT, delivered_on__isnull=True).order_by(
            "day", "id"
        )
    )


@transaction.atomic
def application_letter_delivered(
    *, app: Application, actor: Actor, event: ClockEvent, delivered_on: date
) -> ClockEvent:
    """Record the day a 征求意见书 or 收费通知书 reached its addressee.

    The addressee's 15 working days to answer (《条例》第三十二条、第三十四条; REQ-CONSULT-1/2)
    or the payment window (国办函〔2020〕109号; REQ-FEE-5) run from the day after it, and the
    clock's pause ends with them at the latest, answer or not (REQ-PAUSE-1). Without this date
    the pause has no end, so the case page asks for it.
    """
    require_role(actor, app, STAFF)
    if event.application_id != app.pk or event.kind not in DELIVERY_STARTS_WAIT:
        raise DomainError(_("Choose a consultation letter or fee notice of this request."))
    if delivered_on < event.day:
        raise DomainError(
            _("The letter cannot have been received before it was sent on %(day)s.")
            % {"day": event.day},
            field="delivered_on",
        )
    if delivered_on > timezone.localdate():
        raise DomainError(_("The day of receipt cannot be in the future."), field="delivered_on")
    before = event.delivered_on
    event.delivered_on = delivered_on
    event.save(update_fields=["delivered_on", "updated_at"])
    audit_record(
        actor=actor,
        obj=app,
        action="application.letter_received",
        before={"delivered_on": before},
        after={"delivered_on": delivered_on, "letter": event.get_kind_display(), "to": event.ref},
    )
    application_recompute_due(app=app, actor=actor)
    return event


@transaction.atomic
def application_fee_notice(
    *, app: Application, actor: Actor, day: date, note: str, delivered_on: date | None = None
) -> ClockEvent:
    """Send the 收费通知书; the clock pauses until payment (REQ-FEE-5, 国办函〔2020〕109号)."""
    require_role(actor, app, STAFF)
    application_transition(app=app, to=Status.AWAITING_FEE, actor=actor, reason=note)
    row = record_event(
        app=app,
        kind=EventKind.FEE_NOTICE_SENT,
        day=day,
        actor=actor,
        note=note,
        delivered_on=delivered_on,
    )
    application_recompute_due(app=app, actor=actor)
    return row


@transaction.atomic
def application_fee_paid(*, app: Application, actor: Actor, day: date) -> ClockEvent:
    """Record the payment: handling and the clock resume (REQ-FEE-5)."""
    require_role(actor, app, STAFF)
    reason = _("Fee paid on %(day)s.") % {"day": day}
    application_transition(app=app, to=Status.IN_PROGRESS, actor=actor, reason=reason)
    row = record_event(app=app, kind=EventKind.FEE_PAID, day=day, actor=actor)
    application_recompute_due(app=app, actor=actor)
    return row


@transaction.atomic
def application_extension_approve(
    *, app: Application, actor: Actor, day: date, days: int, reason: str
) -> ClockEvent:
    """Extend the reply period once, by at most 20 working days (REQ-DEADLINE-3).

    《条例》第三十三条第二款: the head of the disclosure office consents (a reviewer here) and the
    applicant is told; the approver, date and reason are recorded. It must be approved while
    the period is still running.
    """
    require_role(actor, app, APPROVERS)
    _require_status(app, HANDLING)
    if not reason.strip():
        raise DomainError(_("Give the reason for the extension."), field="reason")
    if app.clock_events.filter(kind=EventKind.EXTENSION_APPROVED).exists():
        raise DomainError(_("The reply period has already been extended once (Art. 33)."))
    # The stored due date is only a cache: check against the one derived from the events now.
    application_recompute_due(app=app, actor=actor)
    if app.due_on is not None and day > app.due_on:
        raise DomainError(
            _("The reply period ran out on %(due)s; it can no longer be extended.")
            % {"due": app.due_on},
            field="day",
        )
    kind = EventKind.EXTENSION_APPROVED
    row = record_event(app=app, kind=kind, day=day, actor=actor, note=reason, days=days)
    application_recompute_due(app=app, actor=actor, reason=reason)
    return row


@transaction.atomic
def application_deadline_set(
    *, app: Application, actor: Actor, day: date, until: date, reason: str
) -> ClockEvent:
    """Set and notify a later deadline for a reasonable but large volume (REQ-VOLUME-1, Art. 35)."""
    require_role(actor, app, APPROVERS)
    _require_status(app, HANDLING)
    kind = EventKind.DEADLINE_OVERRIDDEN
    row = record_event(app=app, kind=kind, day=day, actor=actor, note=reason, until=until)
    application_recompute_due(app=app, actor=actor, reason=reason)
    return row
