"""Gongkai's own portal, with the demo's data and served by the live test server on loopback,
passes its own checks: no broken link, every required column present, nothing vetoed."""

import pytest
from django.core.management import call_command

from gongkai.monitoring.models import CheckRun, Column, Finding, Site
from gongkai.monitoring.own_portal import OWN_COLUMNS, own_portal_register
from gongkai.monitoring.services import check_run


@pytest.mark.once
@pytest.mark.django_db(transaction=True)
def test_own_portal_passes_its_own_checks(live_server):
    call_command("demo", stdout=open("/dev/null", "w"))  # noqa: SIM115  (loads the defaults too)
    site = own_portal_register(base_url=live_server.url + "/")
    assert Site.objects.filter(own_portal=True).count() == 1
    # The columns come from the portal's own URL names, on the address it is served at.
    urls = set(Column.objects.filter(site=site).values_list("url", flat=True))
    assert len(urls) == len(OWN_COLUMNS)
    assert all(url.startswith(live_server.url + "/") for url in urls)
    site.max_pages = 150
    site.save()
    # Links to other hosts are not visited: a test sends no traffic beyond 127.0.0.1.
    # (The run is made here rather than queued: queued, the job would run at once with the
    # production settings.)
    queued = CheckRun.objects.create(site=site, pages_planned=site.max_pages)
    run = check_run(run_id=queued.pk, timeout=10, external=False)
    findings = list(Finding.objects.filter(run=run).values_list("kind", "url", "title"))
    assert findings == []
    assert run.pages_fetched > 20
    assert run.passed and not run.vetoed and run.score == 100
    # Registering again changes nothing.
    own_portal_register(base_url=live_server.url + "/")
    assert Column.objects.filter(site=site).count() == len(OWN_COLUMNS)
