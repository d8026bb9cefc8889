"""Writes of website monitoring: sites and columns (audited), check runs with their progress,
findings and score, reachability samples (MON-RUN-1: daily monitoring, quarterly spot checks)."""

import logging
from datetime import date

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from gongkai.core.audit import audit_record
from gongkai.core.dates import NotADate, parse_date
from gongkai.core.db import model_update
from gongkai.core.errors import DomainError
from gongkai.core.transitions import status_move

from .checks import Report, run_checks
from .crawler import DEFAULT_TIMEOUT, crawl, fetch
from .models import (
    CheckRun,
    Column,
    FetchedPage,
    Finding,
    NewMediaAccount,
    ReachabilitySample,
    ScoreItem,
    Site,
    VetoRule,
)
from .selectors import check_config, reachability, unanswered_messages
from .states import RUN_TRANSITIONS, FindingKind, RunStatus, VetoItem

log = logging.getLogger(__name__)

SITE_FIELDS = (
    "org",
    "name",
    "base_url",
    "own_portal",
    "no_external_service",
    "portal",
    "max_pages",
    "max_depth",
    "active",
)
COLUMN_FIELDS = ("url", "title", "kind", "threshold_days")


def _timeout() -> float:
    return float(getattr(settings, "GONGKAI_MONITOR_TIMEOUT", DEFAULT_TIMEOUT))


def _plain(obj, fields) -> dict:
    return {
        f: (getattr(obj, f).pk if hasattr(getattr(obj, f), "pk") else getattr(obj, f))
        for f in fields
    }


@transaction.atomic
def site_save(*, actor, site: Site | None = None, **fields) -> Site:
    """Create or change a monitored site; the change is audited."""
    before = _plain(site, SITE_FIELDS) if site is not None else {}
    if site is None:
        site = Site(**fields)
        site.full_clean()
        site.save()
    else:
        model_update(site, **fields)
    audit_record(
        actor=actor,
        obj=site,
        action="monitoring.site_save",
        before=before,
        after=_plain(site, SITE_FIELDS),
        org=site.org,
    )
    return site


@transaction.atomic
def column_save(*, actor, site: Site, column: Column | None = None, **fields) -> Column:
    """Create or change a watched column of a site; audited."""
    before = _plain(column, COLUMN_FIELDS) if column is not None else {}
    if column is None:
        column = Column(site=site, **fields)
        column.full_clean()
        column.save()
    else:
        model_update(column, **fields)
    audit_record(
        actor=actor,
        obj=column,
        action="monitoring.column_save",
        before=before,
        after=_plain(column, COLUMN_FIELDS),
        org=site.org,
    )
    return column


@transaction.atomic
def column_delete(*, actor, column: Column) -> None:
    audit_record(
        actor=actor,
        obj=column,
        action="monitoring.column_delete",
        before=_plain(column, COLUMN_FIELDS),
        org=column.site.org,
    )
    column.delete()


ACCOUNT_FIELDS = ("org", "platform", "name", "latest_post", "threshold_days", "interaction_ok",
                  "active")  # fmt: skip


@transaction.atomic
def account_save(*, actor, account: NewMediaAccount | None = None, **fields) -> NewMediaAccount:
    """Create or change a 政务新媒体 account, or enter its latest post date (MON-NEWMEDIA-1);
    audited."""
    before = _plain(account, ACCOUNT_FIELDS) if account is not None else {}
    if account is None:
        account = NewMediaAccount(**fields)
        account.full_clean()
        account.save()
    else:
        model_update(account, **fields)
    after = {k: (v.isoformat() if isinstance(v, date) else v)
             for k, v in _plain(account, ACCOUNT_FIELDS).items()}  # fmt: skip
    before = {k: (v.isoformat() if isinstance(v, date) else v) for k, v in before.items()}
    audit_record(actor=actor, obj=account, action="monitoring.account_save", before=before,
                 after=after, org=account.org)  # fmt: skip
    return account


def accounts_import(*, actor, text: str, orgs) -> tuple[int, int, list[str]]:
    """Import accounts and their latest post dates from a table (CSV: 机构, 平台, 账号名称,
    最近发布日期; MON-NEWMEDIA-1). An account already there gets the date; a new one is added.
    Only organisations in ``orgs``. Returns (added, updated, the lines refused with why)."""
    import csv

    from django.utils import translation

    from .states import Platform

    with translation.override("zh-hans"):
        platforms = {str(label): value for value, label in Platform.choices}
    by_name = {o.name: o for o in orgs}
    added = updated = 0
    errors: list[str] = []
    for number, row in enumerate(csv.reader(text.splitlines()), start=1):
        cells = [c.strip() for c in row]
        if not any(cells) or (number == 1 and cells and cells[0] in ("机构", "单位")):
            continue
        if len(cells) < 4:
            errors.append(_("Line %(n)s: four cells are needed.") % {"n": number})
            continue
        org_name, platform, name, day = cells[:4]
        org = by_name.get(org_name)
        if org is None:
            errors.append(_("Line %(n)s: unknown organisation.") % {"n": number})
            continue
        if platform not in platforms:
            errors.append(_("Line %(n)s: unknown platform.") % {"n": number})
            continue
        latest = None
        if day:
            try:
                latest = parse_date(day)
            except NotADate:
                errors.append(_("Line %(n)s: the date is not a date.") % {"n": number})
                continue
        if not name:
            errors.append(_("Line %(n)s: the account has no name.") % {"n": number})
            continue
        account = NewMediaAccount.objects.filter(
            org=org, platform=platforms[platform], name=name
        ).first()
        if account is None:
            account_save(actor=actor, org=org, platform=platforms[platform], name=name[:100],
                         latest_post=latest)  # fmt: skip
            added += 1
        elif account.latest_post != latest:
            account_save(actor=actor, account=account, latest_post=latest)
            updated += 1
    return added, updated, errors


@transaction.atomic
def manual_veto_add(*, actor, run: CheckRun, item: str, note: str, url: str = "") -> Finding:
    """Record a veto item the checker found by hand on a finished check (MON-VETO-1: security
    or secrecy incidents, 伪造发稿日期, unusable services): the check fails outright
    (MON-SCORE-1); audited."""

    if run.status != RunStatus.DONE:
        raise DomainError(_("Only a finished check can take a veto item."))
    if not VetoRule.objects.filter(item=item, manual=True, enabled=True).exists():
        raise DomainError(_("This veto item is not one the checker records."), field="item")
    finding = Finding.objects.create(
        run=run, kind=FindingKind.VETO, veto_item=item, url=url[:1000],
        checked_at=timezone.now(), evidence={"item": item, "note": note, "manual": True},
    )  # fmt: skip
    model_update(run, vetoed=True, passed=False, score=0)
    audit_record(actor=actor, obj=run, action="monitoring.manual_veto", reason=note,
                 after={"item": item, "url": url}, org=run.site.org)  # fmt: skip
    return finding


@transaction.atomic
def index_save(*, actor, forms) -> int:
    """Save the index's points and thresholds entered by the office (MON-SCORE-2: the points
    come from the 19号 annex; MON-VETO-1: every threshold configurable); each change audited.
    Returns how many items changed."""
    changed = 0
    for form in forms:
        if not form.has_changed():
            continue
        fields = list(form.changed_data)
        obj = form.instance
        before = {f: form.initial.get(f) for f in fields}
        form.save()
        audit_record(
            actor=actor,
            obj=obj,
            action="monitoring.index_save",
            before=before,
            after={f: getattr(obj, f) for f in fields},
            org=None,
        )
        changed += 1
    return changed


def bonus_item_add(*, actor, group: str, name: str, points) -> ScoreItem:
    """Add a bonus item of the index with its points (MON-SCORE-1 part 3, MON-SCORE-2: the
    bonus items and their points come from the 19号 annex and ship empty); audited."""
    group, name = (group or "").strip(), (name or "").strip()
    if not group or not name:
        raise DomainError(_("Enter the item's first- and second-level indicators."))
    if ScoreItem.objects.filter(part=ScoreItem.Part.BONUS, group=group, name=name).exists():
        raise DomainError(_("This bonus item is already in the index."))
    serial = ScoreItem.objects.filter(code__startswith="bonus-").count() + 1
    while ScoreItem.objects.filter(code=f"bonus-{serial}").exists():
        serial += 1
    last = ScoreItem.objects.filter(part=ScoreItem.Part.BONUS).order_by("-position").first()
    item = ScoreItem.objects.create(
        code=f"bonus-{serial}",
        group=group,
        name=name,
        part=ScoreItem.Part.BONUS,
        points=points,
        position=(last.position + 1) if last else 0,
    )
    audit_record(
        actor=actor,
        obj=item,
        action="monitoring.bonus_item_add",
        after={"group": group, "name": name, "points": points},
        org=None,
    )
    return item


def _move(run: CheckRun, to: str, *, actor=None, changes=None) -> None:
    status_move(
        run,
        to=to,
        table=RUN_TRANSITIONS,
        labels=dict(RunStatus.choices),
        actor=actor,
        action="monitoring.check_move",
        changes=changes,
        org=run.site.org,
        stamp=True,
    )


@transaction.atomic
def check_start(*, actor, site: Site) -> CheckRun:
    """Queue a check of ``site``; the background job runs it (tasks.run_check)."""
    run = CheckRun.objects.create(
        site=site,
        started_by=actor if actor and actor.is_authenticated else None,
        pages_planned=site.max_pages,
    )
    audit_record(
        actor=actor, obj=run, action="monitoring.check_start", to_state=run.status, org=site.org
    )
    from .tasks import run_check

    run_id = run.pk
    transaction.on_commit(lambda: run_check(run_id))
    return run


_KINDS = {
    "broken_links": FindingKind.BROKEN_LINK,
    "stale_columns": FindingKind.STALE_COLUMN,
    "empty_columns": FindingKind.EMPTY_COLUMN,
    "missing_columns": FindingKind.MISSING_COLUMN,
}


def _findings(run: CheckRun, report: Report, checked_at) -> list[Finding]:
    rows = []
    for key, kind in _KINDS.items():
        for entry in getattr(report, key):
            rows.append(
                Finding(
                    run=run,
                    kind=kind,
                    url=(entry.get("url") or "")[:1000],
                    found_on=(entry.get("found_on") or "")[:1000],
                    title=entry.get("title", ""),
                    status=str(entry.get("status", "")),
                    latest=entry.get("latest"),
                    threshold_days=entry.get("threshold_days"),
                    checked_at=checked_at,
                    evidence={
                        k: (v.isoformat() if isinstance(v, date) else v) for k, v in entry.items()
                    },
                )
            )
    if report.unreachable:
        home = report.broken_links[0] if report.broken_links else {}
        rows.append(
            Finding(
                run=run,
                kind=FindingKind.UNREACHABLE,
                url=run.site.base_url,
                status=str(home.get("status", "")),
                checked_at=checked_at,
                evidence=home,
            )
        )
    if report.unanswered_messages:
        rows.append(
            Finding(
                run=run,
                kind=FindingKind.UNANSWERED_MESSAGES,
                status=str(len(report.unanswered_messages)),
                checked_at=checked_at,
                evidence={"messages": report.unanswered_messages},
            )
        )
    kinds = {
        VetoItem.NEWMEDIA_STALE: FindingKind.NEWMEDIA_STALE,
        VetoItem.NEWMEDIA_INTERACTION: FindingKind.NEWMEDIA_INTERACTION,
    }
    for entry in report.newmedia:
        rows.append(
            Finding(
                run=run,
                kind=kinds[entry["item"]],
                veto_item=entry["item"],
                title=entry["title"][:200],
                latest=entry.get("latest"),
                threshold_days=entry.get("threshold_days"),
                checked_at=checked_at,
                evidence={
                    k: (v.isoformat() if isinstance(v, date) else v) for k, v in entry.items()
                },
            )
        )
    for veto in report.veto:
        rows.append(
            Finding(
                run=run,
                kind=FindingKind.VETO,
                veto_item=veto["item"],
                url=veto.get("url", "") or "",
                checked_at=checked_at,
                evidence=veto,
            )
        )
    return rows


def check_run(
    *,
    run_id: int,
    today: date | None = None,
    timeout: float | None = None,
    external: bool = True,
    fetcher=None,
) -> CheckRun:
    """Run a queued check: crawl the site with progress stored on the run, then store every
    fetched address, the findings with their evidence and the score (MON-SCORE-1).
    ``fetcher`` None: over the network, except Gongkai's own portal with no public address
    configured, which is served in-process (inprocess.serves_itself; other hosts not visited)."""
    from .inprocess import inprocess_fetcher, serves_itself

    run = CheckRun.objects.select_related("site", "site__org").get(pk=run_id)
    site = run.site
    if fetcher is None and serves_itself(site):
        fetcher, external = inprocess_fetcher(site.base_url), False
    _move(run, RunStatus.RUNNING, changes={"started_at": timezone.now()})
    today = today or timezone.localdate()
    try:

        def progress(count: int) -> None:
            CheckRun.objects.filter(pk=run.pk).update(pages_fetched=count)

        result = crawl(
            site.base_url,
            max_pages=site.max_pages,
            max_depth=site.max_depth,
            timeout=timeout or _timeout(),
            progress=progress,
            external=external,
            **({"fetcher": fetcher} if fetcher is not None else {}),
        )
        home = result.home
        ok = home is not None and home.ok
        ReachabilitySample.objects.create(
            site=site,
            checked_at=timezone.now(),
            ok=ok,
            status=home.status if home else "error",
            elapsed_ms=home.elapsed_ms if home else 0,
        )
        visits, failed = reachability(site)
        config = check_config(site)
        report = run_checks(
            result,
            today=today,
            unanswered=unanswered_messages(site, today=today),
            visits=visits,
            failed_visits=failed,
            no_external_service=site.no_external_service,
            portal=site.portal,
            **config,
        )
    except Exception as error:  # the run must end, and say so, whatever went wrong
        log.exception("monitoring check %s failed", run.pk)
        run.refresh_from_db()
        _move(
            run,
            RunStatus.FAILED,
            changes={"finished_at": timezone.now(), "error": str(error)[:300]},
        )
        return run
    checked_at = timezone.now()
    with transaction.atomic():
        FetchedPage.objects.bulk_create(
            FetchedPage(
                run=run,
                url=p.url[:1000],
                status=p.status,
                ok=p.ok,
                elapsed_ms=p.elapsed_ms,
                fetched_at=p.fetched_at,
            )
            for p in result.pages.values()
        )
        Finding.objects.bulk_create(_findings(run, report, checked_at))
        run.refresh_from_db()
        _move(
            run,
            RunStatus.DONE,
            changes={
                "finished_at": checked_at,
                "pages_fetched": len(result.pages),
                "score": report.score,
                "vetoed": bool(report.veto),
                "passed": report.passed,
            },
        )
    return run


def reachability_sample(*, site: Site, timeout: float | None = None) -> ReachabilitySample:
    """Visit a site's home page once (MON-VETO-1: sampled through the day; a visit fails when
    the page is not open after 15 s)."""
    page, _, _ = fetch(site.base_url, timeout=timeout or _timeout())
    return ReachabilitySample.objects.create(
        site=site,
        checked_at=page.fetched_at,
        ok=page.ok,
        status=page.status,
        elapsed_ms=page.elapsed_ms,
    )
