"""Every write of the incidents app: record, link releases, close and reopen, send reminders."""

from datetime import datetime

from django.conf import settings
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from gongkai.core.audit import audit_record
from gongkai.core.errors import DomainError
from gongkai.core.notify import notify
from gongkai.core.transitions import status_move
from gongkai.orgs.models import Organisation
from gongkai.orgs.roles import Role
from gongkai.orgs.selectors import require_role, users_with_role
from gongkai.publishing.models import InformationItem

from .clocks import OVERDUE, RUNNING, ClockState
from .models import Incident, Release, Reminder
from .selectors import (
    LINKABLE_ITEM_STATUSES,
    incident_clocks,
    incident_follow_up,
    item_first_published_at,
)
from .states import (
    TRANSITIONS,
    IncidentKind,
    IncidentStatus,
    ReleaseKind,
    Severity,
)

#: Who records incidents and their releases for an organisation.
MANAGE_ROLES = {Role.COORDINATOR, Role.EDITOR}
STATUS_LABELS = dict(IncidentStatus.choices)


def _check_not_future(at: datetime, *, field: str, now: datetime) -> None:
    if at > now:
        raise DomainError(_("The time cannot be in the future."), field=field)


@transaction.atomic
def incident_record(
    *,
    org: Organisation,
    actor,
    title: str,
    kind: str,
    severity: str,
    started_at: datetime,
    description: str = "",
    now: datetime | None = None,
) -> Incident:
    """Record an incident or a matter of public concern with its start; its clocks start then
    (EMG-1, EMG-2; EMG-3 records severity and start time)."""
    require_role(actor=actor, org=org, roles=MANAGE_ROLES)
    now = now or timezone.now()
    _check_not_future(started_at, field="started_at", now=now)
    if kind != IncidentKind.EMERGENCY:
        severity = Severity.OTHER
    incident = Incident(
        org=org,
        title=title.strip(),
        kind=kind,
        severity=severity,
        started_at=started_at,
        description=description.strip(),
        created_by=actor,
    )
    incident.full_clean()
    incident.save()
    audit_record(
        actor=actor,
        obj=incident,
        action="incidents.record",
        to_state=IncidentStatus.OPEN,
        after={"started_at": started_at.isoformat(), "kind": kind, "severity": severity},
    )
    return incident


def incident_transition(*, incident: Incident, to: str, actor, reason: str = "") -> str:
    """The one function that changes an incident's status (TRANSITIONS), audited."""
    require_role(actor=actor, org=incident.org, roles=MANAGE_ROLES)
    now = timezone.now()
    return status_move(
        incident,
        to=to,
        table=TRANSITIONS,
        labels=STATUS_LABELS,
        actor=actor,
        action="incidents.transition",
        reason=reason,
        changes={"closed_at": now if to != IncidentStatus.OPEN else None},
        stamp=True,
    )


def incident_close(*, incident: Incident, actor, reason: str = "") -> None:
    """Close the incident: its clocks stop; one still unmet past its deadline stays overdue."""
    incident_transition(incident=incident, to=IncidentStatus.CLOSED, actor=actor, reason=reason)


def incident_reopen(*, incident: Incident, actor, reason: str = "") -> None:
    incident_transition(incident=incident, to=IncidentStatus.OPEN, actor=actor, reason=reason)


def incident_cancel(*, incident: Incident, actor, reason: str = "") -> None:
    incident_transition(incident=incident, to=IncidentStatus.CANCELLED, actor=actor, reason=reason)


def _require_running(incident: Incident) -> None:
    if incident.status != IncidentStatus.OPEN:
        raise DomainError(
            _("Releases are recorded only while the incident is running."), code="not_running"
        )


@transaction.atomic
def release_link_item(
    *, incident: Incident, item: InformationItem, kind: str, actor, by_head: bool = False
) -> Release:
    """Link an information item as a release: its first publication (at or after the start)
    meets the clocks of its kind; one not yet published counts once it is. ``by_head``: a head
    of the organisation speaks in it (EMG-1: 主要负责人带头主动发声)."""
    require_role(actor=actor, org=incident.org, roles=MANAGE_ROLES)
    _require_running(incident)
    if item.status not in LINKABLE_ITEM_STATUSES:
        raise DomainError(_("This item cannot be linked: it was withdrawn."), field="item")
    first = item_first_published_at(item=item)
    if first is not None and first < incident.started_at:
        raise DomainError(_("This item was published before the incident started."), field="item")
    if incident.releases.filter(item=item).exists():
        raise DomainError(_("This item is already linked to the incident."), field="item")
    release = Release(incident=incident, kind=kind, item=item, by_head=by_head, created_by=actor)
    release.full_clean()
    release.save()
    audit_record(
        actor=actor,
        obj=incident,
        action="incidents.release_link",
        after={"kind": kind, "item": item.pk, "title": item.title, "by_head": by_head},
    )
    return release


@transaction.atomic
def press_conference_record(
    *,
    incident: Incident,
    actor,
    held_at: datetime,
    place: str,
    speaker: str = "",
    by_head: bool = False,
    now: datetime | None = None,
) -> Release:
    """Record a press conference by its time and place; it meets the 24-hour clock (EMG-1).
    ``by_head``: a head of the organisation spoke at it (主要负责人带头主动发声)."""
    require_role(actor=actor, org=incident.org, roles=MANAGE_ROLES)
    _require_running(incident)
    _check_not_future(held_at, field="held_at", now=now or timezone.now())
    if held_at < incident.started_at:
        raise DomainError(
            _("The press conference cannot be held before the incident started."),
            field="held_at",
        )
    release = Release(
        incident=incident,
        kind=ReleaseKind.PRESS_CONFERENCE,
        held_at=held_at,
        place=place.strip(),
        speaker=speaker.strip(),
        by_head=by_head,
        created_by=actor,
    )
    release.full_clean()
    release.save()
    audit_record(
        actor=actor,
        obj=incident,
        action="incidents.press_conference",
        after={"held_at": held_at.isoformat(), "place": release.place, "by_head": by_head},
    )
    return release


@transaction.atomic
def release_remove(*, release: Release, actor) -> None:
    """Take back a release recorded by mistake while the incident runs; audited, so the
    record of what met a clock is never lost."""
    incident = release.incident
    require_role(actor=actor, org=incident.org, roles=MANAGE_ROLES)
    _require_running(incident)
    audit_record(
        actor=actor,
        obj=incident,
        action="incidents.release_remove",
        before={
            "kind": release.kind,
            "item": release.item_id,
            "held_at": release.held_at.isoformat() if release.held_at else None,
            "place": release.place,
        },
    )
    release.delete()


def reminder_fractions() -> list[float]:
    """The shares of each period at which reminders go out (setting), plus expiry (1.0)."""
    values = getattr(settings, "GONGKAI_INCIDENT_REMINDER_FRACTIONS", (0.5, 0.8))
    return sorted({float(v) for v in values if 0 < float(v) < 1} | {1.0})


def reminder_recipients(*, org: Organisation) -> list:
    """The organisation's coordinators and the superior organisation's coordinators and
    supervisors (EMG-1: the upper level watches the clocks too)."""
    users = list(users_with_role(org=org, roles={Role.COORDINATOR}))
    if org.parent_id:
        users += list(users_with_role(org=org.parent, roles={Role.COORDINATOR, Role.SUPERVISOR}))
    return users


def _local(at: datetime) -> str:
    return f"{timezone.localtime(at):%m-%d %H:%M}"


def _reminder_title(incident: Incident, clock: ClockState, *, expired: bool) -> str:
    values = {
        "incident": incident.title[:60],
        "clock": clock.label,
        "due": _local(clock.due_at),
        "left": clock.hours_minutes,
    }
    if expired:
        return _("Overdue: %(clock)s for “%(incident)s” was due at %(due)s") % values
    return _("%(clock)s for “%(incident)s” due at %(due)s, %(left)s left") % values


def incident_reminders_send(*, now: datetime | None = None) -> int:
    """Send the reminders due at ``now``; return how many went out (run every few minutes).

    For each running incident and each unmet clock, every share of the period passed is
    recorded once (Reminder); when several passed since the last run only the latest is sent,
    so a late run does not send a burst.
    """
    now = now or timezone.now()
    fractions = reminder_fractions()
    sent = 0
    for incident_id in Incident.objects.filter(status=IncidentStatus.OPEN).values_list(
        "pk", flat=True
    ):
        sent += _remind_incident(incident_id=incident_id, now=now, fractions=fractions)
    return sent


@transaction.atomic
def _remind_incident(*, incident_id: int, now: datetime, fractions: list[float]) -> int:
    incident = (
        Incident.objects.select_for_update(of=("self",))
        .select_related("org")
        .filter(pk=incident_id, status=IncidentStatus.OPEN)
        .first()
    )
    if incident is None:
        return 0
    done = set(incident.reminders.values_list("clock", "permille"))
    sent = 0
    for clock in incident_clocks(incident=incident, now=now):
        if clock.state not in (RUNNING, OVERDUE):
            continue
        passed = clock.fraction(now)
        due = [round(f * 1000) for f in fractions if passed >= f]
        new = [p for p in due if (clock.key, p) not in done]
        if not new:
            continue
        try:
            with transaction.atomic():
                Reminder.objects.bulk_create(
                    [Reminder(incident=incident, clock=clock.key, permille=p, sent_at=now)
                     for p in new]
                )  # fmt: skip
        except IntegrityError:  # another worker sent it
            continue
        notify(
            users=reminder_recipients(org=incident.org),
            title=_reminder_title(incident, clock, expired=1000 in new),
            url=reverse("incidents:detail", args=[incident.pk]),
            kind="incidents.reminder",
        )
        sent += 1
    return sent + _remind_follow_up(incident=incident, now=now, done=done)


#: Reminder.clock of the prompt for continuing releases (EMG-1); its ``permille`` holds how
#: many releases the gap follows, so each gap between releases is reminded once.
FOLLOW_UP_CLOCK = "follow_up"


def _remind_follow_up(*, incident: Incident, now: datetime, done: set) -> int:
    """Prompt the office once when a 特别重大/重大 emergency has gone longer than the office's
    interval without a release (国办发〔2016〕80号: 根据工作进展情况持续发布权威信息). The interval
    is the office's own, so the message asks for the latest situation; it never says overdue."""
    state = incident_follow_up(incident=incident, now=now)
    if state is None or not state.due:
        return 0
    gap = min(state.releases, 32767)
    if (FOLLOW_UP_CLOCK, gap) in done:
        return 0
    try:
        with transaction.atomic():
            Reminder.objects.create(
                incident=incident, clock=FOLLOW_UP_CLOCK, permille=gap, sent_at=now
            )
    except IntegrityError:  # another worker sent it
        return 0
    title = _(
        "“%(incident)s” has had no release for more than %(hours)s hours: please release "
        "the latest situation as the work progresses"
    ) % {"incident": incident.title[:60], "hours": state.interval_hours}
    notify(
        users=reminder_recipients(org=incident.org),
        title=title,
        url=reverse("incidents:detail", args=[incident.pk]),
        kind="incidents.reminder",
    )
    return 1
