"""Staff work on cases: assign a unit and a handler, remind handlers, act on many cases."""

from collections.abc import Iterable
from datetime import date

from django.contrib.auth import get_user_model
from django.db import transaction
from django.urls import reverse
from django.utils.translation import gettext as _

from gongkai.core.audit import audit_record
from gongkai.core.db import model_update
from gongkai.core.errors import DomainError
from gongkai.core.notify import notify
from gongkai.orgs.models import Organisation
from gongkai.orgs.roles import Role
from gongkai.orgs.selectors import user_has_role

from ..models import Application
from ..states import PAUSED_STATUSES, Status
from .intake import HANDLERS, Actor, require_role

STAFF = set(HANDLERS)
#: Who assigns cases: the disclosure office and the division heads (REQ-STATE-1 登记、审核).
ASSIGNERS = {Role.COORDINATOR, Role.REVIEWER, Role.SUPERVISOR}


def _case_url(app: Application) -> str:
    return reverse("applications:detail", args=[app.pk])


@transaction.atomic
def application_assign(
    *,
    app: Application,
    actor: Actor,
    unit: Organisation | None,
    handler=None,
) -> Application:
    """Give the case to a unit of the agency and a handler there; audit it, tell the handler."""
    require_role(actor, app, ASSIGNERS)
    if unit is not None and not unit.path.startswith(app.org.path):
        raise DomainError(
            _("“%(unit)s” is not part of “%(org)s”.") % {"unit": unit.name, "org": app.org.name},
            field="unit",
        )
    if handler is not None and not user_has_role(user=handler, org=unit or app.org, roles=STAFF):
        raise DomainError(
            _("%(user)s holds no role in “%(org)s”.")
            % {"user": handler.get_full_name() or handler.get_username(), "org": (unit or app.org)},
            field="handler",
        )
    before = {"unit": app.unit_id, "handler": app.handler_id}
    changed = model_update(app, unit=unit, handler=handler)
    if not changed:
        return app
    audit_record(
        actor=actor,
        obj=app,
        action="application.assign",
        before=before,
        after={"unit": app.unit_id, "handler": app.handler_id},
    )
    if handler is not None and "handler" in changed and handler != actor:
        notify(
            users=[handler],
            title=_("Request %(number)s was assigned to you") % {"number": app.number},
            url=_case_url(app),
            kind="applications.assigned",
        )
    return app


def application_remind(*, apps: Iterable[Application], actor: Actor, note: str = "") -> int:
    """Remind each case's handler of its reply due date; return how many were reminded."""
    sent = 0
    for app in apps:
        require_role(actor, app, ASSIGNERS)
        if app.handler is None:
            continue
        if app.due_on is not None:
            due = _("due on %(day)s") % {"day": app.due_on}
        else:
            due = _("due date not computable (缺少该年度节假日安排)")
        notify(
            users=[app.handler],
            title=_("Reminder: request %(number)s, %(due)s") % {"number": app.number, "due": due},
            body=note,
            url=_case_url(app),
            kind="applications.reminder",
        )
        sent += 1
    return sent


def assignable_users(*, org: Organisation):
    """Return the active users holding a role in ``org`` or one of its units or ancestors."""
    return (
        get_user_model()
        .objects.filter(is_active=True, memberships__org__path__startswith=org.path)
        .distinct()
        .order_by("username")
    )


@transaction.atomic
def application_start(*, app: Application, actor: Actor, reason: str = "") -> Application:
    """Accept the request for handling (登记、审核 → 办理, REQ-STATE-1)."""
    from .intake import application_transition

    require_role(actor, app, STAFF)
    return application_transition(
        app=app, to=Status.IN_PROGRESS, actor=actor, reason=reason or _("Accepted for handling.")
    )


def _waiting_for_answer(app: Application, today: date) -> bool:
    """True while a pause is open: the due date moves each day, so no "due in N days" yet."""
    from ..selectors import application_clock

    if app.status not in PAUSED_STATUSES:
        return False
    return application_clock(app=app, today=today).provisional


def application_due_reminders_send(
    *, today: date, days_before: Iterable[int] | None = None
) -> dict[str, int]:
    """Remind handlers of open requests (paused ones too) N working days before the reply is
    due, and once on the first working day after it was missed; run daily (tasks.py).

    ``days_before`` defaults to the setting GONGKAI_APPLICATION_REMINDER_DAYS (5 and 1). A
    request whose due date cannot be computed (缺少该年度节假日安排) is skipped, never guessed.
    A reminder already sent (same request, due date and stage) is not sent again.
    """
    from django.conf import settings

    from gongkai.core.models import Notification
    from gongkai.workdays.calendar import YearNotCovered
    from gongkai.workdays.selectors import current_calendar

    from ..selectors import DEADLINE_STATUSES

    if days_before is None:
        days_before = getattr(settings, "GONGKAI_APPLICATION_REMINDER_DAYS", (5, 1))
    stages = set(days_before)
    cal = current_calendar()
    sent = {"before": 0, "overdue": 0, "skipped": 0}
    running = Application.objects.filter(
        status__in=DEADLINE_STATUSES, handler__isnull=False, due_on__isnull=False
    ).select_related("handler")
    for app in running:
        values = {"number": app.number, "due": f"{app.due_on:%Y-%m-%d}"}
        try:
            if today > app.due_on:
                if today != cal.add_workdays(app.due_on, 1):
                    continue
                key, title = "overdue", _("Overdue: request %(number)s was due on %(due)s") % values
            else:
                left = cal.workdays_between(today, app.due_on)
                if left not in stages or _waiting_for_answer(app, today):
                    continue
                values["left"] = left
                key = "before"
                title = (
                    _("Request %(number)s is due on %(due)s, in %(left)d working day(s)") % values
                )
        except YearNotCovered:
            sent["skipped"] += 1
            continue
        if Notification.objects.filter(user=app.handler, title=title).exists():
            continue
        notify(
            users=[app.handler], title=title, url=_case_url(app), kind="applications.due_reminder"
        )
        sent[key] += 1
    return sent


def application_identity_reveal(*, app: Application, actor: Actor, reason: str) -> None:
    """Record that a supervisor opened the applicant's full ID and phone, and why.

    Supervisors see them masked (selectors.sees_masked_identity); seeing them in full is a
    deliberate act, kept in the audit log with its reason.
    """
    require_role(actor, app, set(Role.values))
    if not reason.strip():
        raise DomainError(_("Say why you need the applicant's full details."), field="reason")
    audit_record(actor=actor, obj=app, action="application.identity_viewed", reason=reason.strip())
