"""Checks run as background jobs: findings stored with their evidence, the score, progress,
the audit trail, unanswered messages from Gongkai's own message box; the command; the pages."""

import io
import json
from datetime import timedelta
from decimal import Decimal

import pytest
from django.core.management import call_command
from django.utils import timezone
from docx import Document

from gongkai.core.models import AuditEntry
from gongkai.monitoring.models import Finding, ScoreItem, Site
from gongkai.monitoring.services import check_run, check_start, site_save
from gongkai.monitoring.states import FindingKind, RunStatus
from gongkai.participation.models import Message

from .sites import NAV, LoopbackSite, dated_list, healthy_pages, page

pytestmark = pytest.mark.django_db
TODAY = timezone.localdate()


def broken_site_pages():
    pages = healthy_pages(TODAY)
    pages["/notices/"] = page(
        "通知公告",
        NAV + dated_list("/notices/", [TODAY - timedelta(days=300)]) + '<a href="/gone">旧</a>',
    )
    return pages


def test_a_check_stores_findings_with_evidence_and_its_score(coordinator, org_tree):
    ScoreItem.objects.filter(code="link-availability").update(
        points=Decimal(10), per_finding=Decimal(1)
    )
    with LoopbackSite(broken_site_pages()) as web:
        site = site_save(actor=coordinator, name="某委网站", base_url=web.url,
                         org=org_tree["commission"])  # fmt: skip
        run = check_start(actor=coordinator, site=site)
        run = check_run(run_id=run.pk, timeout=0.5)
    assert run.status == RunStatus.DONE
    assert run.pages_fetched == run.pages.count() > 5
    broken = Finding.objects.get(run=run, kind=FindingKind.BROKEN_LINK)
    assert (broken.url, broken.found_on, broken.status) == (
        web.url + "gone",
        web.url + "notices/",
        "404",
    )
    assert broken.checked_at is not None
    stale = Finding.objects.get(run=run, kind=FindingKind.STALE_COLUMN)
    assert (stale.url, stale.title, stale.latest, stale.threshold_days) == (
        web.url + "notices/",
        "通知公告",
        TODAY - timedelta(days=300),
        183,
    )
    assert run.score == Decimal(99) and run.passed and not run.vetoed
    moves = AuditEntry.objects.filter(object_id=str(run.pk), action="monitoring.check_move")
    assert [(m.from_state, m.to_state) for m in moves.order_by("pk")] == [
        ("queued", "running"),
        ("running", "done"),
    ]
    assert AuditEntry.objects.filter(action="monitoring.site_save", object_id=str(site.pk))


def test_messages_unanswered_over_three_months_veto_the_site(coordinator, org_tree):
    commission = org_tree["commission"]
    old = Message.objects.create(
        org=commission, number="LY-1", subject="咨询", content="内容", name="张三"
    )
    Message.objects.filter(pk=old.pk).update(created_at=timezone.now() - timedelta(days=120))
    Message.objects.create(org=commission, number="LY-2", subject="新", content="内容", name="李四")
    with LoopbackSite(healthy_pages(TODAY)) as web:
        site = site_save(actor=coordinator, name="某委网站", base_url=web.url, org=commission)
        run = check_run(run_id=check_start(actor=coordinator, site=site).pk, timeout=0.5)
    found = Finding.objects.get(run=run, kind=FindingKind.UNANSWERED_MESSAGES)
    assert [m["number"] for m in found.evidence["messages"]] == ["LY-1"]
    assert "张三" not in json.dumps(found.evidence, ensure_ascii=False)
    assert Finding.objects.filter(run=run, veto_item="poor_interaction").exists()
    assert run.vetoed and run.passed is False


def test_command_prints_the_findings_as_json(db):
    with LoopbackSite(broken_site_pages()) as web:
        out = io.StringIO()
        call_command("monitor", "check", web.url, "--max-pages", "40", "--timeout", "0.5",
                     "--format", "json", stdout=out)  # fmt: skip
    data = json.loads(out.getvalue())
    assert set(data) == {
        "broken_links", "stale_columns", "empty_columns", "missing_columns", "veto", "score"
    }  # fmt: skip
    assert data["broken_links"] == [
        {"url": web.url + "gone", "found_on": web.url + "notices/", "status": 404}
    ]
    assert data["stale_columns"][0]["url"] == web.url + "notices/"
    assert data["score"] == 100  # no deduction points entered yet (MON-SCORE-2)


def test_command_text_is_in_chinese(db):
    with LoopbackSite(broken_site_pages()) as web:
        out = io.StringIO()
        call_command("monitor", "check", web.url, "--timeout", "0.5", stdout=out)
    text = out.getvalue()
    assert "失效链接：1" in text and "栏目未更新：1" in text


def test_site_page_report_page_and_word_file(client, coordinator, org_tree):
    client.force_login(coordinator)
    with LoopbackSite(broken_site_pages()) as web:
        response = client.post(
            "/office/monitoring/",
            {"name": "某委网站", "base_url": web.url, "org": org_tree["commission"].pk,
             "max_pages": 50, "max_depth": 3, "active": "on"},
        )  # fmt: skip
        assert response.status_code == 302
        run = check_start(actor=coordinator, site=Site.objects.get())
        check_run(run_id=run.pk, timeout=0.5)
    html = client.get(response["Location"]).content.decode()
    assert "合格，100分" in html and "检查指标尚未填写分值" in html
    assert web.url + "gone" in html and "返回状态码404" in html
    assert "<svg" in html
    listing = client.get("/office/monitoring/").content.decode()
    assert "某委网站" in listing and "合格，100分" in listing
    report = client.get("/office/monitoring/report/").content.decode()
    assert web.url + "gone" in report
    response = client.get("/office/monitoring/report/file.docx")
    assert response["Content-Type"].startswith("application/vnd.openxmlformats")
    text = "\n".join(
        cell.text
        for table in Document(io.BytesIO(response.content)).tables
        for row in table.rows
        for cell in row.cells
    )
    assert web.url + "gone" in text and "通知公告" in text


def test_a_city_coordinator_does_not_see_the_commissions_site(client, coordinator, org_tree,
                                                               city_coordinator):  # fmt: skip
    site = site_save(actor=coordinator, name="某委网站", base_url="http://127.0.0.1:9/",
                     org=org_tree["commission"])  # fmt: skip
    client.force_login(city_coordinator)
    assert client.get(f"/office/monitoring/sites/{site.pk}/").status_code == 404
    assert "某委网站" not in client.get("/office/monitoring/").content.decode()


def test_the_office_enters_the_index_points_and_each_change_is_audited(client, coordinator):
    from gongkai.monitoring.models import VetoRule

    client.force_login(coordinator)
    html = client.get("/office/monitoring/index/").content.decode()
    assert "链接可用性" in html and "站点无法访问" in html
    items = list(ScoreItem.objects.order_by("part", "position"))
    rules = list(VetoRule.objects.filter(manual=False))
    data = {
        "items-TOTAL_FORMS": len(items),
        "items-INITIAL_FORMS": len(items),
        "rules-TOTAL_FORMS": len(rules),
        "rules-INITIAL_FORMS": len(rules),
    }
    for n, item in enumerate(items):
        data[f"items-{n}-id"] = item.pk
        if item.code == "link-availability":
            data[f"items-{n}-points"] = "10"
            data[f"items-{n}-per_finding"] = "0.5"
    for n, rule in enumerate(rules):
        data[f"rules-{n}-id"] = rule.pk
        data[f"rules-{n}-limit"] = "" if rule.limit is None else rule.limit
        data[f"rules-{n}-window_days"] = "" if rule.window_days is None else rule.window_days
        if rule.enabled:
            data[f"rules-{n}-enabled"] = "on"
        if rule.item == "columns_stale":
            data[f"rules-{n}-limit"] = "3"
    assert client.post("/office/monitoring/index/", data).status_code == 302
    item = ScoreItem.objects.get(code="link-availability")
    assert (item.points, item.per_finding) == (Decimal(10), Decimal("0.5"))
    assert VetoRule.objects.get(item="columns_stale").limit == 3
    entries = AuditEntry.objects.filter(action="monitoring.index_save")
    assert entries.count() == 2  # only the two items changed
    assert {e.actor for e in entries} == {coordinator}


def test_reachability_sampled_through_the_week_vetoes_at_five_percent(coordinator):
    from gongkai.monitoring.services import reachability_sample

    from .sites import down_url

    def fail_once(site):
        site.base_url, home = down_url(), site.base_url
        failed = reachability_sample(site=site, timeout=0.5)
        assert (failed.ok, failed.status) == (False, "refused")
        site.base_url = home

    with LoopbackSite(healthy_pages(TODAY)) as web:
        site = site_save(actor=coordinator, name="某委网站", base_url=web.url)
        for _ in range(19):
            assert reachability_sample(site=site, timeout=0.5).ok
        fail_once(site)
        run = check_run(run_id=check_start(actor=coordinator, site=site).pk, timeout=0.5)
        assert not run.vetoed  # 1 of 21 visits failed: 4.8 %, below 5 %
        fail_once(site)
        run = check_run(run_id=check_start(actor=coordinator, site=site).pk, timeout=0.5)
    veto = Finding.objects.get(run=run, veto_item="unreachable")
    assert veto.evidence == {"item": "unreachable", "visits": 23, "failed": 2}
    assert run.vetoed and not Finding.objects.filter(run=run, kind="broken_link").exists()


def test_changing_a_sites_settings_is_audited(client, coordinator, org_tree):
    site = site_save(actor=coordinator, name="某委网站", base_url="http://127.0.0.1:9/",
                     org=org_tree["commission"])  # fmt: skip
    client.force_login(coordinator)
    assert "网站设置" in client.get(f"/office/monitoring/sites/{site.pk}/edit/").content.decode()
    response = client.post(
        f"/office/monitoring/sites/{site.pk}/edit/",
        {
            "name": "某委门户网站",
            "base_url": "http://127.0.0.1:9/",
            "org": org_tree["commission"].pk,
            "max_pages": 80,
            "max_depth": 2,
            "active": "on",
        },
    )
    assert response.status_code == 302
    site.refresh_from_db()
    assert (site.name, site.max_pages, site.max_depth) == ("某委门户网站", 80, 2)
    entry = AuditEntry.objects.filter(action="monitoring.site_save").latest("pk")
    assert entry.before["name"] == "某委网站" and entry.after["name"] == "某委门户网站"
    assert entry.actor == coordinator


def test_the_dashboard_counts_sites_failing_their_latest_check(client, coordinator, org_tree):
    from .sites import down_url

    site = site_save(actor=coordinator, name="某委网站", base_url=down_url(),
                     org=org_tree["commission"])  # fmt: skip
    client.force_login(coordinator)
    assert "未通过最近一次检查的网站" in client.get("/office/").content.decode()
    check_run(run_id=check_start(actor=coordinator, site=site).pk, timeout=0.5)
    cards = client.get("/office/").context["widgets"]
    card = next(c for c in cards if c["title"] == "未通过最近一次检查的网站")
    assert card["value"] == 1 and card["tone"] == "danger"


def test_the_checker_records_a_veto_item_by_hand(client, coordinator, org_tree):
    with LoopbackSite(healthy_pages(TODAY)) as web:
        site = site_save(actor=coordinator, name="某委网站", base_url=web.url,
                         org=org_tree["commission"])  # fmt: skip
        run = check_run(run_id=check_start(actor=coordinator, site=site).pk, timeout=0.5)
    assert run.passed
    client.force_login(coordinator)
    response = client.post(
        f"/office/monitoring/sites/{site.pk}/veto/",
        {"item": "safety", "url": web.url + "news/0.html", "note": "稿件发布日期系事后修改"},
    )
    assert response.status_code == 302
    run.refresh_from_db()
    assert run.vetoed and run.passed is False and run.score == 0
    html = client.get(f"/office/monitoring/sites/{site.pk}/").content.decode()
    assert "安全、泄密事故等严重问题" in html and "检查人员认定：稿件发布日期系事后修改" in html
    assert AuditEntry.objects.filter(action="monitoring.manual_veto", object_id=str(run.pk))
    # An item the checks find themselves cannot be entered by hand.
    client.post(f"/office/monitoring/sites/{site.pk}/veto/", {"item": "unreachable", "note": "x"})
    assert not Finding.objects.filter(run=run, veto_item="unreachable").exists()
