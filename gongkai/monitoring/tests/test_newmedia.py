"""政务新媒体 accounts: entered or imported by the office, checked with each check of their
organisation's sites against their update window; the findings in the run, on the site's page,
in the quarterly report and its Word file."""

import io
from datetime import timedelta

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone
from docx import Document

from gongkai.core.models import AuditEntry
from gongkai.monitoring.checks import AccountSpec, VetoSpec, newmedia_findings
from gongkai.monitoring.models import Finding, NewMediaAccount, VetoRule
from gongkai.monitoring.services import account_save, check_run, check_start, site_save
from gongkai.monitoring.states import FindingKind, Platform

from .sites import LoopbackSite, healthy_pages

pytestmark = pytest.mark.django_db
TODAY = timezone.localdate()
RULES = [VetoSpec("newmedia_stale", None, 14), VetoSpec("newmedia_interaction", None, None)]


def test_an_account_fails_after_two_weeks_without_a_post():
    def stale(latest, window=None, interaction_ok=True):
        spec = AccountSpec("微信公众号·某委发布", latest, window, interaction_ok)
        return [f["item"] for f in newmedia_findings([spec], RULES, today=TODAY)]

    assert stale(TODAY - timedelta(days=14)) == []
    assert stale(TODAY - timedelta(days=15)) == ["newmedia_stale"]
    assert stale(None) == ["newmedia_stale"]  # no post date entered: not updated
    assert stale(TODAY - timedelta(days=15), window=30) == []  # the account's own window
    assert stale(TODAY, interaction_ok=False) == ["newmedia_interaction"]
    # A veto item switched off in the index is not checked.
    assert newmedia_findings([AccountSpec("x", None, None)], RULES[1:], today=TODAY) == []


def test_a_check_of_the_site_reports_its_organisations_stale_account(client, coordinator, org_tree):
    commission = org_tree["commission"]
    account_save(actor=coordinator, org=commission, platform=Platform.WECHAT, name="健康云南",
                 latest_post=TODAY - timedelta(days=40))  # fmt: skip
    account_save(actor=coordinator, org=commission, platform=Platform.WEIBO, name="健康云南",
                 latest_post=TODAY - timedelta(days=2))  # fmt: skip
    account_save(
        actor=coordinator,
        org=org_tree["city"],
        platform=Platform.DOUYIN,
        name="别处",
        latest_post=None,
    )  # fmt: skip  (another organisation: not in this check)
    with LoopbackSite(healthy_pages(TODAY)) as web:
        site = site_save(actor=coordinator, name="某委网站", base_url=web.url, org=commission)
        run = check_run(run_id=check_start(actor=coordinator, site=site).pk, timeout=0.5)
    found = Finding.objects.get(run=run, kind=FindingKind.NEWMEDIA_STALE)
    assert (found.title, found.latest, found.threshold_days) == (
        "微信公众号·健康云南",
        TODAY - timedelta(days=40),
        14,
    )
    assert Finding.objects.filter(run=run, kind__startswith="newmedia").count() == 1
    # The account fails; the website keeps its own verdict.
    assert run.passed and not run.vetoed
    client.force_login(coordinator)
    html = client.get(f"/office/monitoring/sites/{site.pk}/").content.decode()
    assert "政务新媒体未按期更新" in html and "该账号单项否决" in html
    report = client.get("/office/monitoring/report/").content.decode()
    assert "微信公众号·健康云南" in report
    data = client.get("/office/monitoring/report/file.docx").content
    text = "\n".join(
        cell.text
        for table in Document(io.BytesIO(data)).tables
        for row in table.rows
        for cell in row.cells
    )
    assert "政务新媒体未按期更新" in text and "微信公众号·健康云南" in text
    assert f"最近发布 {(TODAY - timedelta(days=40)).isoformat()}" in text


def test_the_office_enters_and_imports_accounts_each_change_audited(client, coordinator, org_tree):
    commission = org_tree["commission"]
    client.force_login(coordinator)
    response = client.post(
        "/office/monitoring/accounts/",
        {"account-org": commission.pk, "account-platform": "wechat", "account-name": "健康云南",
         "account-latest_post": (TODAY - timedelta(days=20)).isoformat(),
         "account-interaction_ok": "on", "account-active": "on"},
    )  # fmt: skip
    assert response.status_code == 302
    account = NewMediaAccount.objects.get(name="健康云南")
    html = client.get("/office/monitoring/accounts/").content.decode()
    assert "健康云南" in html and "未按期更新" in html
    table = (
        "机构,平台,账号名称,最近发布日期\n"
        f"{commission.name},微信公众号,健康云南,{TODAY.isoformat()}\n"
        f"{commission.name},抖音,健康云南,{TODAY.isoformat()}\n"
        f"{org_tree['city'].name},微博,别人的,{TODAY.isoformat()}\n"
        f"{commission.name},脸书,健康云南,{TODAY.isoformat()}\n"
    )
    upload = SimpleUploadedFile("accounts.csv", table.encode("utf-8-sig"), "text/csv")
    response = client.post(
        "/office/monitoring/accounts/", {"import": "1", "import-file": upload}, follow=True
    )
    text = response.content.decode()
    assert "新增账号1个，更新发布日期1个。" in text
    assert "第4行：机构名称不在本单位管辖范围内。" in text  # not an organisation of this office
    assert "第5行：平台名称无法识别。" in text
    account.refresh_from_db()
    assert account.latest_post == TODAY
    assert not NewMediaAccount.objects.filter(name="别人的").exists()
    assert "按期更新" in client.get("/office/monitoring/accounts/").content.decode()
    entries = AuditEntry.objects.filter(action="monitoring.account_save")
    assert entries.count() == 3 and {e.actor for e in entries} == {coordinator}


def test_the_window_is_the_indexs_and_configurable(coordinator, org_tree):
    VetoRule.objects.filter(item="newmedia_stale").update(window_days=60)
    account_save(actor=coordinator, org=org_tree["commission"], platform=Platform.WECHAT,
                 name="健康云南", latest_post=TODAY - timedelta(days=40))  # fmt: skip
    with LoopbackSite(healthy_pages(TODAY)) as web:
        site = site_save(actor=coordinator, name="某委网站", base_url=web.url,
                         org=org_tree["commission"])  # fmt: skip
        run = check_run(run_id=check_start(actor=coordinator, site=site).pk, timeout=0.5)
    assert not Finding.objects.filter(run=run, kind=FindingKind.NEWMEDIA_STALE).exists()
