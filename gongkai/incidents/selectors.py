"""Every read of the incidents app that checks visibility, and the clocks as of now."""

from datetime import datetime

from django.db.models import Case, IntegerField, Min, QuerySet, Value, When
from django.utils import timezone

from gongkai.orgs.selectors import get_visible_or_404, restrict_to_user
from gongkai.publishing.models import InformationItem, ItemVersion
from gongkai.publishing.states import Status as ItemStatus

from .clocks import ClockState, FollowUp, clock_states, follow_up
from .models import Incident, Release
from .states import IncidentStatus

#: Items that may still become, or are, a release; withdrawn or repealed ones may not.
LINKABLE_ITEM_STATUSES = {
    ItemStatus.DRAFT,
    ItemStatus.IN_REVIEW,
    ItemStatus.REFERRED,
    ItemStatus.APPROVED,
    ItemStatus.MASKING,
    ItemStatus.PUBLISHED,
    ItemStatus.REVISING,
}


def incident_list(*, user, status: str | None = None) -> QuerySet[Incident]:
    """The incidents ``user`` may see, running ones first, then the latest started."""
    qs = restrict_to_user(Incident.objects.select_related("org"), user=user)
    if status:
        qs = qs.filter(status=status)
    running_first = Case(
        When(status=IncidentStatus.OPEN, then=Value(0)),
        default=Value(1),
        output_field=IntegerField(),
    )
    return qs.annotate(running_first=running_first).order_by("running_first", "-started_at")


def incident_get(*, user, pk: int) -> Incident:
    """The incident if ``user`` may see it; 404 otherwise."""
    return get_visible_or_404(Incident.objects.select_related("org"), user=user, pk=pk)


def item_first_published_at(*, item: InformationItem) -> datetime | None:
    """When the item was first made public (its first version), or None."""
    return ItemVersion.objects.filter(item=item).aggregate(at=Min("published_at"))["at"]


def _releases(qs: QuerySet[Release]) -> list[Release]:
    releases = list(
        qs.select_related("item").annotate(first_published=Min("item__versions__published_at"))
    )
    for release in releases:
        release.public_at = release.held_at or release.first_published
    return releases


def release_list(*, incident: Incident) -> list[Release]:
    """The incident's releases, each with ``public_at``: when it was made public (a linked
    item's first publication, a press conference's time), None while an item is unpublished."""
    return _releases(incident.releases.all())


def with_clocks(incidents: list[Incident], *, now: datetime | None = None) -> list[Incident]:
    """Give each incident its ``clocks`` at ``now``, reading all their releases in one query."""
    now = now or timezone.now()
    by_incident: dict[int, list[Release]] = {i.pk: [] for i in incidents}
    for release in _releases(Release.objects.filter(incident__in=list(by_incident))):
        by_incident[release.incident_id].append(release)
    for incident in incidents:
        incident.clocks = incident_clocks(
            incident=incident, now=now, releases=by_incident[incident.pk]
        )
    return incidents


def _ended_at(incident: Incident) -> datetime | None:
    """When the incident stopped running (closed or cancelled); None while it runs."""
    return incident.closed_at if incident.status != IncidentStatus.OPEN else None


def incident_clocks(
    *, incident: Incident, now: datetime | None = None, releases: list[Release] | None = None
) -> list[ClockState]:
    """The incident's clocks at ``now`` (default: now)."""
    if releases is None:
        releases = release_list(incident=incident)
    return clock_states(
        kind=incident.kind,
        severity=incident.severity,
        started_at=incident.started_at,
        recorded_at=incident.created_at,
        releases=[(r.kind, r.public_at) for r in releases],
        now=now or timezone.now(),
        closed_at=_ended_at(incident),
    )


def incident_follow_up(
    *, incident: Incident, now: datetime | None = None, releases: list[Release] | None = None
) -> FollowUp | None:
    """EMG-1's continuing releases of a 特别重大/重大 emergency at ``now``; None for others."""
    if releases is None:
        releases = release_list(incident=incident)
    return follow_up(
        kind=incident.kind,
        severity=incident.severity,
        started_at=incident.started_at,
        releases=[(r.public_at, r.by_head) for r in releases],
        now=now or timezone.now(),
        closed_at=_ended_at(incident),
    )


def running_incidents(*, user) -> list[Incident]:
    """The running incidents ``user`` may see, each with its ``clocks`` as of now."""
    return with_clocks(list(incident_list(user=user, status=IncidentStatus.OPEN)[:20]))


def linkable_items(*, incident: Incident, user) -> QuerySet[InformationItem]:
    """Items of the incident's organisation and below that ``user`` may link: those not yet
    published and those first published at or after the start, newest first."""
    qs = restrict_to_user(InformationItem.objects.all(), user=user).filter(
        org__path__startswith=incident.org.path, status__in=LINKABLE_ITEM_STATUSES
    )
    qs = qs.annotate(first_published=Min("versions__published_at"))
    published_before = qs.filter(first_published__lt=incident.started_at).values("pk")
    linked = incident.releases.exclude(item=None).values("item_id")
    return (
        qs.exclude(pk__in=published_before)
        .exclude(pk__in=linked)
        .exclude(status=ItemStatus.DRAFT, created_at__lt=incident.started_at)
        .order_by("-created_at")
    )


def incident_api_list(
    *, user, status: str = "", org_id: int | None = None, year: int | None = None
) -> QuerySet[Incident]:
    """``incident_list`` narrowed to a status, an organisation and a year of the start."""
    qs = incident_list(user=user, status=status if status in IncidentStatus.values else None)
    if org_id:
        qs = qs.filter(org_id=org_id)
    if year:
        qs = qs.filter(started_at__year=year)
    return qs
