"""Background jobs of website monitoring (MON-RUN-1: daily monitoring, quarterly spot checks)."""

from huey import crontab
from huey.contrib.djhuey import db_periodic_task, db_task

from .models import Site


@db_task()
def run_check(run_id: int) -> int:
    """Run one queued check of a site, its progress stored on the run."""
    from .services import check_run

    return check_run(run_id=run_id).pk


@db_periodic_task(crontab(minute="*/30"))
def sample_reachability() -> int:
    """Visit every watched site's home page every half hour: 48 visits a day, more than the
    index's 20 (MON-VETO-1 站点无法访问)."""
    from .services import reachability_sample

    sites = list(Site.objects.filter(active=True))
    for site in sites:
        reachability_sample(site=site)
    return len(sites)


@db_periodic_task(crontab(day="1", month="1,4,7,10", hour="2", minute="0"))
def quarterly_checks() -> int:
    """Check every watched site at the start of each quarter (the quarterly spot check)."""
    from .services import check_start

    sites = list(Site.objects.filter(active=True))
    for site in sites:
        check_start(actor=None, site=site)
    return len(sites)
