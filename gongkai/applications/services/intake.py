"""Register requests, change their status through the one transition, keep due dates fresh."""

from datetime import date
from typing import Any

from django.contrib.auth.base_user import AbstractBaseUser
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from gongkai.core.audit import audit_record
from gongkai.core.db import model_update, next_prefixed_number
from gongkai.core.errors import DomainError, PermissionDeniedError
from gongkai.core.notify import notify
from gongkai.core.transitions import status_move
from gongkai.orgs.models import Organisation
from gongkai.orgs.selectors import user_has_role
from gongkai.workdays.calendar import YearNotCovered
from gongkai.workdays.selectors import current_calendar

from .. import clock
from ..agency_settings import clock_rules_for
from ..clock_events import EventKind
from ..models import Application, ClockEvent
from ..selectors import (
    HANDLERS,
    application_clock,
    application_open_list,
    clock_event_of,
    clock_events_for,
)
from ..states import ARRIVAL_RECORDED, CONCLUDED_STATUSES, PAUSED_STATUSES, TRANSITIONS, Status

STATUS_LABELS = dict(Status.choices)
#: Who acts: a signed-in user, or None for the system and the public online form.
Actor = AbstractBaseUser | None


def require_role(actor: Actor, app_or_org: Application | Organisation, roles: set[str]) -> None:
    """Refuse unless ``actor`` holds one of ``roles`` for the organisation (or for the unit a
    request is assigned to); None is the system."""
    if actor is None:
        return
    org = app_or_org.org if isinstance(app_or_org, Application) else app_or_org
    unit = app_or_org.unit if isinstance(app_or_org, Application) else None
    if not user_has_role(user=actor, org=org, roles=roles) and not (
        unit is not None and user_has_role(user=actor, org=unit, roles=roles)
    ):
        raise PermissionDeniedError(
            _("You may not do this for requests to “%(org)s”.") % {"org": org.name}
        )


def _next_number(org: Organisation, year: int) -> str:
    """Take the next tracking number of ``org`` for ``year``: YYYY-ORG-SERIAL."""
    return next_prefixed_number(
        Application.objects.all(), f"{year}-{org.pk:04d}-", series="applications.application"
    )


@transaction.atomic
def application_register(
    *,
    org: Organisation,
    channel: str,
    received_on: date,
    applicant_name: str,
    id_document: str,
    description: str,
    actor: Actor = None,
    **details: Any,
) -> Application:
    """Register a request and start its reply clock on the receipt date (REQ-RECEIPT-1).

    ``actor`` is the staff member taking in a letter or visit, or None for the public online
    form. ``details`` are the other Application fields (applicant type, contact, purpose …;
    ``imported`` and ``register_number`` for a case from an earlier register).
    """
    require_role(actor, org, set(HANDLERS))
    if not details.get("imported"):
        # REQ-INTAKE-1 (《条例》第二十九条): the applicant's name and proof of identity, and how the
        # request came; only an earlier register's case may lack what that register did not keep.
        for name, value in (
            ("channel", channel),
            ("applicant_name", applicant_name),
            ("id_document", id_document),
        ):
            if not value.strip():
                raise DomainError(
                    _("A request names its applicant, their proof of identity and its channel."),
                    field=name,
                )
    if channel in ARRIVAL_RECORDED and details.get("arrived_on") is None:
        raise DomainError(
            _(
                "For an ordinary letter, record the day it arrived as well as the day receipt was "
                "confirmed with the applicant (REQ-RECEIPT-1)."
            ),
            field="arrived_on",
        )
    app = Application(
        org=org,
        number=_next_number(org, received_on.year),
        channel=channel,
        applicant_name=applicant_name.strip(),
        id_document=id_document.strip(),
        description=description.strip(),
        status=Status.RECEIVED,
        status_changed_at=timezone.now(),
        **{"receipt_confirmed_on": received_on, **details},
    )
    app.full_clean()
    app.save()
    record_event(app=app, kind=EventKind.RECEIVED, day=received_on, actor=actor)
    after = {"number": app.number, "channel": channel, "received_on": received_on}
    if app.imported:
        after.update(imported=True, register_number=app.register_number)
    audit_record(
        actor=actor,
        by_public=actor is None and not app.imported,
        obj=app,
        action="application.register",
        to_state=Status.RECEIVED,
        after=after,
    )
    application_recompute_due(app=app, actor=actor)
    return app


@transaction.atomic
def application_transition(
    *,
    app: Application,
    to: str,
    actor: Actor,
    reason: str,
    imported: bool = False,
    **changes: Any,
) -> Application:
    """Move ``app`` to status ``to``: the one function that changes a request's status.

    Locks the row, checks TRANSITIONS (REQ-STATE-1, 《条例》第四十五条), records who, when and why
    in the audit log, and tells the handler after commit. The first move into a concluded status
    stamps ``concluded_on``, the day the request counts under AR-T3 三 (callers may pass it).
    ``imported``: the move records what an earlier register says happened; the audit entry says
    so and nobody is told, since it is no news.
    """
    if to in CONCLUDED_STATUSES and app.concluded_on is None:
        changes.setdefault("concluded_on", timezone.localdate())
    status_move(
        app,
        to=to,
        table=TRANSITIONS,
        labels=STATUS_LABELS,
        actor=actor,
        action="application.transition",
        reason=reason,
        changes=changes,
        after={**changes, "imported": True} if imported else changes,
        stamp=True,
    )
    if not imported:
        actor_id = getattr(actor, "pk", None)
        transaction.on_commit(lambda: _notify_status_changed(app.pk, actor_id))
    return app


def _notify_status_changed(application_id: int, actor_id: int | None) -> None:
    app = Application.objects.select_related("handler").filter(pk=application_id).first()
    if app is None or app.handler is None or app.handler_id == actor_id:
        return
    notify(
        users=[app.handler],
        title=_("Request %(number)s: %(status)s")
        % {"number": app.number, "status": app.get_status_display()},
        kind="applications.status_changed",
    )


def record_event(
    *, app: Application, kind: str, day: date, actor: Actor, note: str = "", **fields: Any
) -> ClockEvent:
    """Save one clock event after the engine has checked the whole history with it."""
    row = ClockEvent(application=app, kind=kind, day=day, actor=actor, note=note.strip(), **fields)
    try:
        clock.compute_clock(
            [*clock_events_for(app=app), clock_event_of(row)],
            current_calendar(),
            rules=clock_rules_for(org=app.org),
        )
    except YearNotCovered:
        pass  # the event is valid; the due date waits for the year's schedule (CAL-MISSING-1)
    row.full_clean()
    row.save()
    if kind != EventKind.RECEIVED:
        audit_record(
            actor=actor,
            obj=app,
            action=f"application.clock.{kind}",
            after={"day": day, **fields},
            reason=note,
        )
    return row


@transaction.atomic
def application_recompute_due(*, app: Application, actor: Actor = None, reason: str = "") -> bool:
    """Refresh the cached due date from the clock events; audit and return True if it moved.

    A year with no holiday schedule leaves no due date and records the missing year, shown as
    缺少该年度节假日安排 until the schedule is loaded (CAL-MISSING-1).
    """
    try:
        due, missing = application_clock(app=app).due_on, None
    except YearNotCovered as exc:
        due, missing = None, exc.year
    before = {"due_on": app.due_on, "due_missing_year": app.due_missing_year}
    if not model_update(app, due_on=due, due_missing_year=missing):
        return False
    audit_record(
        actor=actor,
        obj=app,
        action="application.due_changed",
        before=before,
        after={"due_on": due, "due_missing_year": missing},
        reason=reason,
    )
    return True


def application_due_recompute_open(*, reason: str, notify_paused: bool = True) -> list[Application]:
    """Recompute every open request's due date; notify the handlers of those that moved.

    CAL-DATA-1: editing a year's calendar recomputes open deadlines. The nightly refresh passes
    ``notify_paused=False``: a case waiting for an answer moves one day a night, which is no news.
    """
    moved = []
    for app in application_open_list():
        with transaction.atomic():
            before = app.due_on
            if not application_recompute_due(app=app, reason=reason):
                continue
            moved.append(app)
            if not notify_paused and app.status in PAUSED_STATUSES:
                continue
            if app.handler is not None:
                notify(
                    users=[app.handler],
                    title=_("Request %(number)s: the reply due date changed")
                    % {"number": app.number},
                    body=_due_change_text(app, before),
                    kind="applications.due_changed",
                )
    return moved


def _due_change_text(app: Application, before: date | None) -> str:
    values = {"number": app.number, "before": before or "—", "after": app.due_on}
    if app.due_on is None:
        return _(
            "The working-day calendar changed. Request %(number)s (due %(before)s) has no due "
            "date until the holiday schedule for %(year)d is loaded (缺少该年度节假日安排)."
        ) % {**values, "year": app.due_missing_year}
    return (
        _(
            "The working-day calendar changed. Request %(number)s is now due on %(after)s "
            "(was %(before)s)."
        )
        % values
    )
