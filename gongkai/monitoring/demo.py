"""Demo: Gongkai's own portal watched as a site, with its columns, and one finished check of it
made in-process (no server runs while the demo loads), so its page shows a score, findings and
history."""

from gongkai.orgs.models import Organisation

from .defaults import load_defaults
from .inprocess import inprocess_fetcher
from .models import CheckRun
from .own_portal import own_portal_register
from .services import check_run
from .states import RunStatus


def load_demo_monitoring() -> None:
    load_defaults()
    org = Organisation.objects.filter(name="云南省人民政府").first()
    site = own_portal_register(org=org)
    if not site.runs.filter(status=RunStatus.DONE).exists():
        # Made here rather than queued: queued, the job would wait for a worker.
        run = CheckRun.objects.create(site=site, pages_planned=site.max_pages)
        check_run(run_id=run.pk, fetcher=inprocess_fetcher(site.base_url), external=False)
