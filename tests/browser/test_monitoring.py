"""Website monitoring in a real browser: the coordinator opens a watched site, reads its score,
problems with their evidence and score history, starts a check and downloads the quarterly
spot-check report as Word."""

from datetime import timedelta

import pytest
from django.utils import timezone

from gongkai.monitoring.defaults import load_defaults
from gongkai.monitoring.models import CheckRun, Finding
from gongkai.monitoring.services import check_run, site_save
from gongkai.monitoring.tests.sites import NAV, LoopbackSite, dated_list, healthy_pages
from gongkai.monitoring.tests.sites import page as html_page

from .conftest import TEST_USERS, check_wording, login, shot


@pytest.mark.django_db(transaction=True)
def test_the_coordinator_reads_a_sites_findings_and_downloads_the_report(
    page, org_tree, coordinator
):
    load_defaults()  # the index's defaults, which an earlier test's emptying took away
    today = timezone.localdate()
    pages = healthy_pages(today)
    with LoopbackSite(pages) as web:
        site = site_save(actor=coordinator, name="省卫生健康委网站", base_url=web.url,
                         org=org_tree["commission"])  # fmt: skip
        check_run(run_id=CheckRun.objects.create(site=site).pk, timeout=1)
        # Then the site breaks: a dead link and a notices column left for ten months.
        pages["/notices/"] = html_page(
            "通知公告",
            NAV + dated_list("/notices/", [today - timedelta(days=300)]) + '<a href="/gone">旧</a>',
        )
        check_run(run_id=CheckRun.objects.create(site=site).pk, timeout=1)
        urls = {web.url, *Finding.objects.values_list("url", flat=True)}
        urls |= set(Finding.objects.values_list("found_on", flat=True))
        data = tuple(sorted(urls - {""}, key=len, reverse=True)) + TEST_USERS

        login(page, "coordinator", "pw-coordinator")
        page.goto("/office/")
        page.get_by_role("link", name="网站监管").click()
        check_wording(page, "office-monitoring-sites", names=data)
        page.get_by_role("link", name="省卫生健康委网站").click()
        page.get_by_role("heading", name="最近一次检查结果").wait_for()
        assert "合格，100分" in page.locator(".score-big").inner_text()
        broken = page.locator("table.findings-broken_link")
        assert web.url + "gone" in broken.inner_text()
        assert "返回状态码404" in broken.inner_text()
        assert "所在页面 " + web.url + "notices/" in broken.inner_text()
        stale = page.locator("table.findings-stale_column").inner_text()
        assert "通知公告" in stale and "更新周期要求 183 天" in stale
        assert page.locator("svg.scores rect.bar").count() == 2
        check_wording(page, "office-monitoring-site", names=data)
        page.get_by_role("button", name="立即检查").click()
        page.locator(".message-success").wait_for()
        assert page.locator("svg.scores rect.bar").count() == 3
        page.get_by_role("link", name="全部网站").click()
        page.get_by_role("link", name="检查指标").click()
        page.get_by_label("链接可用性 分值").fill("10")
        page.get_by_label("链接可用性 每处问题扣分").fill("1")
        check_wording(page, "office-monitoring-index", names=data)
        page.get_by_role("button", name="保存").click()
        page.locator(".message-success").wait_for()
        page.get_by_role("link", name="网站监管").click()
        page.get_by_role("link", name="季度抽查情况").click()
        assert web.url + "gone" in page.locator("main").inner_text()
        check_wording(page, "office-monitoring-report", names=data)
        with page.expect_download() as download:
            page.get_by_role("link", name="下载Word文档").click()
        assert download.value.suggested_filename.endswith(".docx")
        page.get_by_role("button", name="提交公开").click()
        page.locator(".message-success").wait_for()
        assert "审查通过后在门户网站公开" in page.locator(".message-success").inner_text()
        shot(page, "office-monitoring-report-submitted")


@pytest.mark.django_db(transaction=True)
def test_the_site_page_follows_a_running_check_without_reload(page, coordinator, settings):
    """The progress line updates by itself while a check runs; when the check ends the page
    shows its result, all without the coordinator reloading."""
    from decimal import Decimal

    from gongkai.monitoring.states import RunStatus

    settings.GONGKAI_MONITOR_POLL_SECONDS = 1
    site = site_save(actor=coordinator, name="省卫生健康委网站", base_url="http://127.0.0.1:9/")
    run = CheckRun.objects.create(site=site, status=RunStatus.RUNNING, pages_planned=200)
    login(page, "coordinator", "pw-coordinator")
    page.goto(f"/office/monitoring/sites/{site.pk}/")
    progress = page.locator(".check-progress")
    assert "已抓取 0 个地址（0%）" in progress.inner_text()
    page.evaluate("window.notReloaded = true")
    CheckRun.objects.filter(pk=run.pk).update(pages_fetched=120)
    page.get_by_text("已抓取 120 个地址（60%）").wait_for()
    assert page.evaluate("window.notReloaded") is True  # the line changed, not the page
    check_wording(page, "office-monitoring-site-running", names=TEST_USERS + (site.base_url,))
    CheckRun.objects.filter(pk=run.pk).update(
        status=RunStatus.DONE, finished_at=timezone.now(), pages_fetched=150,
        score=Decimal(100), passed=True,
    )  # fmt: skip
    page.get_by_role("button", name="立即检查").wait_for()
    assert "合格，100分" in page.locator(".score-big").inner_text()
    assert page.locator(".check-progress").count() == 0


@pytest.mark.django_db(transaction=True)
def test_the_coordinator_enters_a_new_media_accounts_latest_post(page, coordinator, org_tree):
    from gongkai.monitoring.services import account_save
    from gongkai.monitoring.states import Platform

    load_defaults()
    today = timezone.localdate()
    account_save(actor=coordinator, org=org_tree["commission"], platform=Platform.WECHAT,
                 name="健康云南", latest_post=today - timedelta(days=30))  # fmt: skip
    login(page, "coordinator", "pw-coordinator")
    page.goto("/office/monitoring/")
    page.get_by_role("link", name="政务新媒体").click()
    row = page.locator("table.accounts tbody tr").first
    assert "微信公众号" in row.inner_text() and "未按期更新" in row.inner_text()
    check_wording(page, "office-monitoring-accounts")
    row.get_by_role("link", name="登记最近发布").click()
    page.get_by_label("最近发布日期").fill(today.isoformat())
    check_wording(page, "office-monitoring-account-edit")
    page.get_by_role("button", name="保存").click()
    page.locator(".message-success").wait_for()
    assert "按期更新" in page.locator("table.accounts tbody tr").first.inner_text()
