"""The demo checks Gongkai's own portal with no server running: the crawl is served in-process,
through the same robots.txt and budget logic, and the site ends with a finished check."""

import pytest
from django.core.management import call_command
from django.test import override_settings

from gongkai.monitoring.crawler import crawl
from gongkai.monitoring.inprocess import inprocess_fetcher, serves_itself
from gongkai.monitoring.models import CheckRun, Finding, Site
from gongkai.monitoring.own_portal import own_portal_url
from gongkai.monitoring.states import RunStatus


@pytest.mark.django_db(transaction=True)
@override_settings(GONGKAI_PUBLIC_URL="")
def test_the_demo_shows_a_finished_check_of_the_own_portal():
    call_command("demo", stdout=open("/dev/null", "w"))  # noqa: SIM115
    site = Site.objects.get(own_portal=True)
    assert site.base_url == own_portal_url() == "http://127.0.0.1:8000/"
    run = CheckRun.objects.get(site=site)
    assert run.status == RunStatus.DONE and run.finished_at is not None
    # Nothing wrong with the portal the demo fills: full marks, no problem found.
    assert run.passed and not run.vetoed and run.score == 100
    assert list(Finding.objects.filter(run=run)) == []
    assert run.pages.count() == run.pages_fetched > 20
    assert run.pages.filter(ok=False).count() == 0
    # Loading the demo again makes no second check.
    call_command("demo", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert CheckRun.objects.filter(site=site).count() == 1


@pytest.mark.django_db
def test_the_in_process_fetcher_serves_only_the_sites_own_origin():
    fetch = inprocess_fetcher("http://127.0.0.1:8000/")
    page, body, content_type = fetch("http://127.0.0.1:8000/", timeout=1)
    assert page.ok and page.status == "200" and content_type.startswith("text/html")
    assert "政府信息公开".encode() in body
    page, body, _ = fetch("http://127.0.0.1:8000/no-such-page/", timeout=1)
    assert (page.ok, page.status) == (False, "404")
    for foreign in ("http://example.org/", "https://127.0.0.1:8000/", "http://127.0.0.1:9/"):
        page, body, _ = fetch(foreign, timeout=1)
        assert (page.ok, page.status, body) == (False, "error", b"")


@pytest.mark.django_db
def test_the_crawl_keeps_its_budget_in_process():
    result = crawl(
        "http://127.0.0.1:8000/",
        max_pages=5,
        external=False,
        fetcher=inprocess_fetcher("http://127.0.0.1:8000/"),
    )
    assert len(result.pages) == 5 and result.budget_reached
    assert result.home.ok and result.home.html


@pytest.mark.django_db
def test_only_the_own_portal_without_a_public_address_is_checked_in_process():
    site = Site(name="公开专栏", base_url=own_portal_url(), own_portal=True)
    with override_settings(GONGKAI_PUBLIC_URL=""):
        assert serves_itself(site)
    with override_settings(GONGKAI_PUBLIC_URL="https://gk.example.gov.cn"):
        assert not serves_itself(site)  # a public address: checked over the network
    other = Site(name="某委网站", base_url="http://127.0.0.1:8000/", own_portal=False)
    assert not serves_itself(other)
