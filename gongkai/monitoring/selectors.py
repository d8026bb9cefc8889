"""Reads of website monitoring: sites with their latest score, a site's runs and findings, the
messages left unanswered, the configuration the checks read."""

from datetime import date, timedelta
from decimal import Decimal

from django.conf import settings
from django.db.models import OuterRef, QuerySet, Subquery
from django.utils import timezone

from gongkai.participation.models import Message
from gongkai.participation.states import MessageStatus

from .checks import AccountSpec, ColumnSpec, ItemSpec, RequiredSpec, VetoSpec
from .models import (
    CheckRun,
    Column,
    Finding,
    NewMediaAccount,
    ReachabilitySample,
    RequiredColumn,
    ScoreItem,
    Site,
    VetoRule,
)
from .states import RunStatus, VetoItem


def sites_for(user) -> QuerySet[Site]:
    """The sites ``user`` oversees: those of the organisations they coordinate or supervise
    (and below), and sites of no organisation."""
    from django.db.models import Q

    from gongkai.orgs.roles import Role
    from gongkai.orgs.selectors import visible_org_ids

    ids = visible_org_ids(user=user, roles={Role.COORDINATOR, Role.SUPERVISOR})
    return Site.objects.filter(Q(org__isnull=True) | Q(org_id__in=ids))


def site_list(user) -> QuerySet[Site]:
    """The sites ``user`` oversees with their latest finished check's score and verdict."""
    latest = CheckRun.objects.filter(site=OuterRef("pk"), status=RunStatus.DONE).order_by(
        "-finished_at", "-pk"
    )
    return (
        sites_for(user)
        .select_related("org")
        .annotate(
            latest_score=Subquery(latest.values("score")[:1]),
            latest_passed=Subquery(latest.values("passed")[:1]),
            latest_vetoed=Subquery(latest.values("vetoed")[:1]),
            latest_at=Subquery(latest.values("finished_at")[:1]),
        )
    )


def site_runs(site: Site) -> QuerySet[CheckRun]:
    return site.runs.order_by("-created_at", "-pk")


def site_running_run(site: Site) -> CheckRun | None:
    """The site's check queued or under way, if any."""
    return (
        site.runs.filter(status__in=(RunStatus.QUEUED, RunStatus.RUNNING))
        .order_by("-created_at", "-pk")
        .first()
    )


def site_latest_run(site: Site) -> CheckRun | None:
    return site.runs.filter(status=RunStatus.DONE).order_by("-finished_at", "-pk").first()


def score_history(site: Site, *, limit: int = 12) -> list[CheckRun]:
    """The site's finished checks, oldest first, for the chart of how its score moved."""
    runs = site.runs.filter(status=RunStatus.DONE).order_by("-finished_at", "-pk")[:limit]
    return list(reversed(runs))


def run_findings(run: CheckRun) -> QuerySet[Finding]:
    return run.findings.order_by("kind", "pk")


def _months_before(day: date, months: int) -> date:
    month = day.month - months
    year = day.year + (month - 1) // 12
    month = (month - 1) % 12 + 1
    for d in range(day.day, 0, -1):
        try:
            return date(year, month, d)
        except ValueError:
            continue
    return day  # pragma: no cover


def unanswered_messages(site: Site, *, today: date) -> list[dict]:
    """Messages to the site's organisation in Gongkai's own message box, received within the
    window (1 year) and unanswered for more than the limit (3 months): MON-VETO-1 互动回应差.
    Only the number, the subject's length-free reference and the date: no writer's data."""
    if site.org_id is None:
        return []
    rule = VetoRule.objects.filter(item=VetoItem.POOR_INTERACTION, enabled=True).first()
    if rule is None:
        return []
    months = rule.limit or 3
    window = rule.window_days or 365
    tz = timezone.get_current_timezone()
    cutoff = _months_before(today, months)
    qs = Message.objects.filter(
        org_id=site.org_id,
        status=MessageStatus.RECEIVED,
        created_at__date__lt=cutoff,
        created_at__date__gte=today - timedelta(days=window),
    ).order_by("created_at")
    return [
        {"number": m.number, "received": timezone.localtime(m.created_at, tz).date().isoformat()}
        for m in qs
    ]


def bonus_from() -> Decimal:
    """MON-SCORE-1: a portal's bonus items count from this score on (configurable, default 80)."""
    return Decimal(str(getattr(settings, "GONGKAI_MONITORING_BONUS_FROM", 80)))


def check_config(site: Site | None) -> dict:
    """What the checks read from the configuration: columns (None: find them), required
    columns, veto thresholds, deduction items."""
    columns = None
    if site is not None:
        configured = list(Column.objects.filter(site=site))
        if configured:
            columns = [ColumnSpec(c.url, c.title, c.kind, c.window) for c in configured]
    return {
        "columns": columns,
        "required": [RequiredSpec(r.name, r.word_list()) for r in RequiredColumn.objects.all()],
        "rules": [
            VetoSpec(r.item, r.limit, r.window_days)
            for r in VetoRule.objects.filter(enabled=True, manual=False)
        ],
        "items": [
            ItemSpec(i.name, i.points, i.per_finding, i.finding_kind, i.part == "bonus")
            for i in ScoreItem.objects.all()
        ],
        "bonus_from": bonus_from(),
        "accounts": site_accounts(site),
    }


def account_spec(account: NewMediaAccount) -> AccountSpec:
    return AccountSpec(
        name=str(account),
        latest=account.latest_post,
        window=account.threshold_days,
        interaction_ok=account.interaction_ok,
    )


def site_accounts(site: Site | None) -> list[AccountSpec]:
    """The watched new-media accounts of the site's organisation, checked with the site
    (MON-NEWMEDIA-1)."""
    if site is None or site.org_id is None:
        return []
    qs = NewMediaAccount.objects.filter(org_id=site.org_id, active=True)
    return [account_spec(a) for a in qs]


def accounts_for(user) -> QuerySet[NewMediaAccount]:
    """The new-media accounts of the organisations ``user`` coordinates or supervises."""
    from gongkai.orgs.roles import Role
    from gongkai.orgs.selectors import visible_org_ids

    ids = visible_org_ids(user=user, roles={Role.COORDINATOR, Role.SUPERVISOR})
    return NewMediaAccount.objects.filter(org_id__in=ids).select_related("org")


def account_rows(user, *, today: date) -> list[NewMediaAccount]:
    """The accounts ``user`` oversees, each with the veto items it reaches today
    (``problems``; MON-NEWMEDIA-1), as the next check will find them."""
    from .checks import newmedia_findings

    rules = [
        VetoSpec(r.item, r.limit, r.window_days)
        for r in VetoRule.objects.filter(enabled=True, manual=False)
    ]
    rows = list(accounts_for(user))
    for account in rows:
        account.problems = (
            newmedia_findings([account_spec(account)], rules, today=today) if account.active else []
        )
    return rows


def index_has_points() -> bool:
    """Whether any deduction item has its points entered (MON-SCORE-2: they ship empty)."""
    return ScoreItem.objects.filter(part=ScoreItem.Part.DEDUCT, points__isnull=False).exists()


def reachability(site: Site, *, now=None) -> tuple[int, int]:
    """Visits and failed visits of the site's home page over the veto window (MON-VETO-1)."""
    rule = VetoRule.objects.filter(item=VetoItem.UNREACHABLE).first()
    days = (rule.window_days if rule else None) or 7
    now = now or timezone.now()
    samples = ReachabilitySample.objects.filter(
        site=site, checked_at__gte=now - timedelta(days=days)
    )
    return samples.count(), samples.filter(ok=False).count()


def quarter_runs(*, year: int, quarter: int) -> list[CheckRun]:
    """The latest finished check of each site within a quarter, for the spot-check report."""
    start = date(year, 3 * quarter - 2, 1)
    end = date(year + (quarter == 4), (3 * quarter) % 12 + 1, 1)
    runs = {}
    for run in (
        CheckRun.objects.filter(
            status=RunStatus.DONE, finished_at__date__gte=start, finished_at__date__lt=end
        )
        .select_related("site", "site__org")
        .order_by("finished_at", "pk")
    ):
        runs[run.site_id] = run
    return sorted(runs.values(), key=lambda r: r.site.name)
