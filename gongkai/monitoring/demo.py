"""Demo: Gongkai's own portal watched as a site, with its columns and its government's new-media
accounts, and one finished check of it made in-process (no server runs while the demo loads), so
its page shows a score, findings and history."""

from datetime import timedelta

from django.utils import timezone

from gongkai.orgs.models import Organisation

from .defaults import load_defaults
from .inprocess import inprocess_fetcher
from .models import CheckRun, NewMediaAccount
from .own_portal import own_portal_register
from .services import account_save, check_run
from .states import Platform, RunStatus

#: The demo government's new-media accounts and the days since their latest post: both within
#: the two weeks allowed (MON-NEWMEDIA-1), so the demo's check finds nothing wrong with them.
ACCOUNTS = [(Platform.WECHAT, "云南发布", 1), (Platform.WEIBO, "云南发布", 3)]


def load_demo_monitoring() -> None:
    load_defaults()
    org = Organisation.objects.filter(name="云南省人民政府").first()
    site = own_portal_register(org=org)
    if org is not None:
        for platform, name, days in ACCOUNTS:
            if not NewMediaAccount.objects.filter(org=org, platform=platform, name=name).exists():
                latest = timezone.localdate() - timedelta(days=days)
                account_save(actor=None, org=org, platform=platform, name=name, latest_post=latest)
    if not site.runs.filter(status=RunStatus.DONE).exists():
        # Made here rather than queued: queued, the job would wait for a worker.
        run = CheckRun.objects.create(site=site, pages_planned=site.max_pages)
        check_run(run_id=run.pk, fetcher=inprocess_fetcher(site.base_url), external=False)
