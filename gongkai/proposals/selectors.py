"""Reads of the proposals app: staff see their organisations' records, the public only replies
published after review, and never the deputies' contact details (PLAN-PROPOSAL-1)."""

from datetime import date, timedelta

from django.db.models import Count, Q, QuerySet
from django.http import Http404
from django.utils import timezone

from gongkai.orgs.selectors import visible_org_ids
from gongkai.publishing.models import ItemVersion

from .models import Proposal
from .states import OPEN_STATUSES, ProposalKind, ProposalStatus

#: Days before the deadline from which an open one is shown as nearing it.
NEARING_DAYS = 7


def _visible(user) -> QuerySet[Proposal]:
    """Records whose lead or co-handling unit ``user`` may see (co-handlers read; only the
    lead unit's staff write, checked in the services)."""
    ids = visible_org_ids(user=user)
    shared = Proposal.objects.filter(co_orgs__in=ids).values("pk")
    return Proposal.objects.filter(Q(org__in=ids) | Q(pk__in=shared))


def proposal_list(
    *,
    user,
    year: int | None = None,
    kind: str = "",
    status: str = "",
    overdue: bool = False,
    q: str = "",
    today: date | None = None,
) -> QuerySet[Proposal]:
    """The suggestions and proposals led or co-handled by the organisations ``user`` may see."""
    qs = _visible(user).select_related("org", "item")
    if year:
        qs = qs.filter(year=year)
    if kind in ProposalKind.values:
        qs = qs.filter(kind=kind)
    if status in ProposalStatus.values:
        qs = qs.filter(status=status)
    if overdue:
        qs = qs.filter(status__in=OPEN_STATUSES, deadline__lt=today or timezone.localdate())
    if q:
        qs = qs.filter(Q(title__icontains=q) | Q(number__icontains=q) | Q(authors__icontains=q))
    return qs.order_by("-year", "kind", "number")


def proposal_get(*, user, pk: int) -> Proposal:
    """One record ``user`` may see; Http404 otherwise (never 403)."""
    proposal = _visible(user).select_related("org", "item", "created_by").filter(pk=pk).first()
    if proposal is None:
        raise Http404
    return proposal


def contacts_visible(*, user, proposal: Proposal) -> bool:
    """Whether ``user`` may read the deputies' contact details and the copy list of
    ``proposal``: as on the office's record page, whoever may open the record there
    (PLAN-PROPOSAL-1: never the public, never another organisation's staff)."""
    return _visible(user).filter(pk=proposal.pk).exists()


def year_counts(qs: QuerySet[Proposal], *, today: date | None = None) -> list[dict]:
    """Per year and kind: received, replied (replied or published), published, and overdue
    (still unanswered after the deadline)."""
    today = today or timezone.localdate()
    rows = (
        qs.order_by()
        .values("year", "kind")
        .annotate(
            received=Count("pk"),
            replied=Count(
                "pk", filter=Q(status__in=[ProposalStatus.REPLIED, ProposalStatus.PUBLISHED])
            ),
            published=Count("pk", filter=Q(status=ProposalStatus.PUBLISHED)),
            overdue=Count("pk", filter=Q(status__in=OPEN_STATUSES, deadline__lt=today)),
        )
        .order_by("-year", "kind")
    )
    labels = dict(ProposalKind.choices)
    return [{**row, "kind_label": labels[row["kind"]]} for row in rows]


def deadline_watch(*, user, today: date | None = None) -> tuple[list[Proposal], list[Proposal]]:
    """The unanswered ones past their deadline, and those due within NEARING_DAYS days."""
    today = today or timezone.localdate()
    open_ones = proposal_list(user=user).filter(status__in=OPEN_STATUSES).order_by("deadline")
    overdue = list(open_ones.filter(deadline__lt=today))
    nearing = list(
        open_ones.filter(deadline__gte=today, deadline__lte=today + timedelta(days=NEARING_DAYS))
    )
    return overdue, nearing


# -- public ----------------------------------------------------------------------------------


def public_list(*, year: int | None = None, kind: str = "") -> QuerySet[Proposal]:
    """Replies published after review whose item is still public (a withdrawn item hides it)."""
    qs = Proposal.objects.filter(status=ProposalStatus.PUBLISHED, item__is_public=True)
    if year:
        qs = qs.filter(year=year)
    if kind in ProposalKind.values:
        qs = qs.filter(kind=kind)
    return qs.select_related("org").order_by("-year", "kind", "number")


def public_counts() -> list[dict]:
    """Published replies per year and kind, newest year first, for the public index."""
    rows = public_list().order_by().values("year", "kind").annotate(n=Count("pk"))
    years: dict[int, dict] = {}
    for row in rows:
        entry = years.setdefault(row["year"], {"year": row["year"], "total": 0})
        entry[row["kind"]] = row["n"]
        entry["total"] += row["n"]
    return sorted(years.values(), key=lambda e: -e["year"])


def public_get(*, pk: int) -> tuple[Proposal, ItemVersion]:
    """A published reply and the version the reviewer approved (masked); Http404 otherwise."""
    proposal = public_list().filter(pk=pk).first()
    if proposal is None:
        raise Http404
    version = proposal.item.versions.order_by("-number").first()
    if version is None:
        raise Http404
    return proposal, version
