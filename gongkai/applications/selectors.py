"""Read disclosure requests: visibility first, and each request's reply clock."""

from datetime import date

from django.db.models import QuerySet
from django.http import Http404

from gongkai.orgs.selectors import get_visible_or_404, restrict_to_user
from gongkai.workdays.selectors import current_calendar

from . import clock
from .models import Application, ClockEvent
from .states import OPEN_STATUSES


def application_list(*, user, status: str | None = None) -> QuerySet[Application]:
    """Return the requests of the organisations ``user`` may see, newest first."""
    qs = restrict_to_user(Application.objects.select_related("org", "handler"), user=user)
    return qs.filter(status=status) if status else qs


def application_get(*, user, pk: int) -> Application:
    """Return one request; Http404 unless ``user`` may see it."""
    return get_visible_or_404(Application.objects.select_related("org"), user=user, pk=pk)


def application_get_by_token(*, token: str) -> Application:
    """Return the request behind an applicant's private tracking link; Http404 otherwise."""
    app = Application.objects.select_related("org").filter(access_token=token).first()
    if app is None or not token:
        raise Http404
    return app


def application_open_list() -> QuerySet[Application]:
    """Return every request whose reply clock is running, paused or stopped for correction."""
    return Application.objects.filter(status__in=OPEN_STATUSES).select_related("handler", "org")


def _actor_name(row: ClockEvent) -> str:
    if row.actor is None:
        return ""
    return row.actor.get_full_name() or row.actor.get_username()


def clock_events_for(*, app: Application) -> list[clock.ClockEvent]:
    """Return the request's clock events as the engine reads them, in the order they happened."""
    rows = app.clock_events.select_related("actor").order_by("day", "id")
    return [clock_event_of(row) for row in rows]


def clock_event_of(row: ClockEvent) -> clock.ClockEvent:
    return clock.ClockEvent(
        kind=clock.EventKind(row.kind),
        day=row.day,
        days=row.days,
        until=row.until,
        delivered_on=row.delivered_on,
        ref=row.ref,
        actor=_actor_name(row),
        note=row.note,
    )


def application_clock(
    *, app: Application, today: date | None = None, explain_days: bool = False
) -> clock.ClockResult:
    """Compute the request's reply clock on the current calendar (YearNotCovered propagates)."""
    return clock.compute_clock(
        clock_events_for(app=app), current_calendar(), today, explain_days=explain_days
    )
