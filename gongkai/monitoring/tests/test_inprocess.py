"""Gongkai checks its own portal with no server running: the crawl is served in-process, through
the same robots.txt and budget logic (the demo's finished check: tests/test_demo.py)."""

import pytest
from django.test import override_settings

from gongkai.monitoring.crawler import crawl
from gongkai.monitoring.inprocess import inprocess_fetcher, serves_itself
from gongkai.monitoring.models import Site
from gongkai.monitoring.own_portal import own_portal_url


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
