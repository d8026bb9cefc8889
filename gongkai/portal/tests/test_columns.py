"""The other statutory columns (PORTAL-3), the organisation pages (PORTAL-4) and the home page."""

import re
from datetime import date

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from gongkai.core.errors import DomainError
from gongkai.portal.models import AnnualReport, RuleDocument
from gongkai.portal.services import (
    REPORT_STAGE,
    RULE_STAGE,
    annual_report_publish,
    annual_report_save,
    rule_save,
)
from gongkai.portal.tests.factories import publish_rule
from gongkai.publishing.privacy.files import pdf_text, render_pdf
from gongkai.publishing.tests.factories import approve_request

pytestmark = pytest.mark.django_db


def test_home_shows_the_four_statutory_columns_with_their_exact_names(client, published):
    html = client.get("/").content.decode()
    columns = [
        ("政府信息公开指南", "/guide/"),
        ("政府信息公开制度", "/rules/"),
        ("法定主动公开内容", "/statutory/"),
        ("政府信息公开年报", "/annual-reports/"),
    ]
    for name, url in columns:
        assert f'<a href="{url}">{name}</a>' in html
    assert "关于进一步改善医疗服务的通知" in html  # latest items
    assert 'href="/apply/"' in html  # quick link to 依申请公开
    assert '<a href="/participate/consultations/"><strong>意见征集</strong>' in html
    assert '<a href="/participate/messages/"><strong>留言信箱</strong>' in html
    assert 'action="/search/"' in html


def test_rules_column_lists_the_regulations_first_then_own_rules(client, org_tree, coordinator):
    publish_rule(
        org=org_tree["commission"],
        actor=coordinator,
        fields={
            "level": RuleDocument.Level.OWN,
            "title": "政府信息公开保密审查制度",
            "doc_number": "云卫办发〔2019〕8号",
            "issued_on": date(2019, 6, 10),
        },  # fmt: skip
        upload=SimpleUploadedFile("制度.pdf", render_pdf("rules")),
    )
    html = client.get("/rules/").content.decode()
    assert html.index("《中华人民共和国政府信息公开条例》") < html.index("政府信息公开保密审查制度")
    assert "国务院令第711号" in html
    entry = RuleDocument.objects.get()
    download = client.get(f"/rules/{entry.pk}/file/")
    assert download.status_code == 200
    assert b"".join(download.streaming_content).startswith(b"%PDF")


def test_a_rule_needs_a_link_or_a_file(org_tree, coordinator):
    with pytest.raises(DomainError):
        rule_save(org=org_tree["commission"], actor=coordinator, fields={"title": "无文件的制度"})
    assert not RuleDocument.objects.exists()


def publish_report(*, coordinator, **fields) -> AnnualReport:
    """Upload a report, have its review approved and publish it, as the coordinator does."""
    report = annual_report_save(actor=coordinator, **fields)
    approve_request(report, REPORT_STAGE)
    return annual_report_publish(report=report, actor=coordinator)


def test_annual_reports_are_listed_by_year_and_replaced_not_duplicated(client, org_tree,
                                                                       coordinator):  # fmt: skip
    org = org_tree["commission"]
    for year in (2022, 2023):
        publish_report(
            org=org, coordinator=coordinator, year=year, title=f"{year}年政府信息公开工作年度报告",
            published_on=date(year + 1, 1, 20),
            upload=SimpleUploadedFile("r.pdf", render_pdf("v1")),
        )  # fmt: skip
    replacement = annual_report_save(
        org=org, actor=coordinator, year=2023, title="2023年政府信息公开工作年度报告（修订）",
        published_on=date(2024, 1, 25), upload=SimpleUploadedFile("r2.pdf", render_pdf("v2")),
    )  # fmt: skip
    html = client.get("/annual-reports/").content.decode()
    assert "（修订）" not in html  # the replacement waits for its review; the old one stays
    approve_request(replacement, REPORT_STAGE)
    annual_report_publish(report=replacement, actor=coordinator)
    assert AnnualReport.objects.filter(org=org).count() == 2
    html = client.get("/annual-reports/").content.decode()
    assert html.index("2023年度") < html.index("2022年度")
    assert "2023年政府信息公开工作年度报告（修订）" in html
    report = AnnualReport.objects.get(year=2023)
    body = b"".join(client.get(f"/annual-reports/{report.pk}/file/").streaming_content)
    assert pdf_text(body).strip() == "v2"


def test_a_file_named_pdf_that_is_not_a_pdf_is_refused(org_tree, coordinator):
    with pytest.raises(DomainError):
        annual_report_save(
            org=org_tree["commission"], actor=coordinator, year=2023, title="年报",
            published_on=date(2024, 1, 20), upload=SimpleUploadedFile("r.pdf", b"MZ\x90\x00"),
        )  # fmt: skip
    with pytest.raises(DomainError):
        annual_report_save(
            org=org_tree["commission"], actor=coordinator, year=2023, title="年报",
            published_on=date(2024, 1, 20), upload=SimpleUploadedFile("r.exe", b"MZ"),
        )  # fmt: skip


def test_html_reports_are_shown_sandboxed(client, org_tree, coordinator):
    publish_report(
        org=org_tree["commission"], coordinator=coordinator, year=2023, title="年报",
        published_on=date(2024, 1, 20),
        upload=SimpleUploadedFile("r.html", "<h1>年报</h1><script>alert(1)</script>".encode()),
    )  # fmt: skip
    response = client.get(f"/annual-reports/{AnnualReport.objects.get().pk}/file/")
    assert response["Content-Security-Policy"].startswith("sandbox")


def test_coordinator_publishes_a_report_in_the_back_office(client, org_tree, coordinator):
    client.login(username="coordinator", password="pw-coordinator")
    response = client.post(
        "/office/portal/reports/",
        {
            "year": 2023,
            "title": "2023年年报",
            "published_on": "2024-01-20",
            "upload": SimpleUploadedFile("2023.pdf", render_pdf("2023")),
        },  # fmt: skip
    )
    assert response.status_code == 302
    report = AnnualReport.objects.get()
    assert report.org == org_tree["commission"]
    assert "2023年年报" not in client.get("/annual-reports/").content.decode()  # in review
    approve_request(report, REPORT_STAGE)
    response = client.post(f"/office/portal/reports/{report.pk}/publish/")
    assert response.status_code == 302
    assert "2023年年报" in client.get("/annual-reports/").content.decode()


def test_statutory_column_shows_the_catalog_with_item_counts(client, published):
    page = client.get("/statutory/")
    rows = {row.entry.name: row.count for row in page.context["rows"]}
    assert rows == {"法规文件": 2, "社会救助": 0}  # the notice and the rule are filed under 1
    assert f'href="/info/?entry={published["entry"].pk}"' in page.content.decode()


def test_statutory_parent_entry_counts_and_lists_its_childrens_items(client, published,
                                                                     coordinator):  # fmt: skip
    from gongkai.publishing.models import CatalogEntry, InformationItem
    from gongkai.publishing.services import catalog_entry_save

    relief_entry = CatalogEntry.objects.get(name="社会救助")
    child = catalog_entry_save(
        org=relief_entry.org, actor=coordinator, code="2.1", parent=relief_entry,
        fields={"name": "低保"},
    )  # fmt: skip
    InformationItem.objects.filter(pk=published["relief"].pk).update(catalog_entry=child)
    rows = {row.entry.name: row.count for row in client.get("/statutory/").context["rows"]}
    assert rows == {"法规文件": 2, "社会救助": 1, "低保": 1}  # the parent holds its child's item
    listing = client.get(f"/info/?entry={relief_entry.pk}").content.decode()
    assert "2023年城乡低保资金发放情况公告" in listing


def test_statutory_nav_item_and_home_card_open_the_same_page(client, published):
    html = client.get("/").content.decode()
    assert '<a href="/statutory/">法定主动公开内容</a>' in html  # the card
    assert html.count('href="/statutory/"') == 2  # and the nav item
    assert 'href="/info/">法定主动公开内容' not in html
    assert (
        'aria-current="page" class="active">法定主动公开内容'
        in client.get("/info/").content.decode()
    )


def test_empty_catalog_entry_says_why_it_is_empty(client, published):
    from gongkai.publishing.models import CatalogEntry

    why = "暂无此类信息。此类信息于信息形成（变更）之日起20个工作日内公开。"
    assert why in client.get("/statutory/").content.decode()
    empty = CatalogEntry.objects.get(name="社会救助")
    assert why in client.get(f"/info/?entry={empty.pk}").content.decode()
    full = client.get(f"/info/?entry={published['entry'].pk}").content.decode()
    assert "暂无此类信息" not in full


def test_organisation_page_links_departments_and_lower_governments(client, org_tree, published):
    province = client.get(f"/orgs/{org_tree['province'].pk}/").content.decode()
    assert f'href="/orgs/{org_tree["commission"].pk}/"' in province  # PORTAL-4
    commission = client.get(f"/orgs/{org_tree['commission'].pk}/").content.decode()
    assert "关于进一步改善医疗服务的通知" in commission
    # divisions (units) publish through their agency and have no page of their own
    assert client.get(f"/orgs/{org_tree['office'].pk}/").status_code == 404


def test_rules_are_kept_by_their_own_coordinator_only(client, org_tree, coordinator,
                                                      city_coordinator):  # fmt: skip
    rule = publish_rule(
        org=org_tree["commission"], actor=coordinator,
        fields={"title": "保密审查制度", "link": "https://example.gov.cn/rule"},
    )  # fmt: skip
    client.login(username="citycoord", password="pw-citycoord")
    assert client.post(f"/office/portal/rules/{rule.pk}/delete/").status_code == 404
    assert client.get(f"/office/portal/rules/{rule.pk}/").status_code == 404
    client.login(username="coordinator", password="pw-coordinator")
    response = client.post(
        f"/office/portal/rules/{rule.pk}/",
        {
            "level": "own",
            "title": "保密审查制度（修订）",
            "link": "https://example.gov.cn/rule",
            "sort_order": 0,
        },  # fmt: skip
    )
    assert response.status_code == 302
    assert "保密审查制度（修订）" not in client.get("/rules/").content.decode()  # in review
    approve_request(rule, RULE_STAGE)
    client.post(f"/office/portal/rules/{rule.pk}/publish/")
    assert "保密审查制度（修订）" in client.get("/rules/").content.decode()
    client.post(f"/office/portal/rules/{rule.pk}/delete/")
    assert not RuleDocument.objects.exists()
    assert "保密审查制度" not in client.get("/rules/").content.decode()


def test_every_public_page_says_where_the_reader_is(client, published, org_tree):
    def location(url):
        html = client.get(url).content.decode()
        block = html.split('<nav class="location"', 1)[1].split("</nav>", 1)[0]
        return " ".join(re.sub(r"<[^>]+>", " ", block.split(">", 1)[1]).split())

    assert location("/") == "当前位置： 首页"
    assert location("/statutory/") == "当前位置： 首页 › 法定主动公开内容"
    item = location(f"/info/items/{published['notice'].pk}/")
    assert item == "当前位置： 首页 › 法定主动公开内容 › 关于进一步改善医疗服务的通知"
    org = location(f"/orgs/{org_tree['commission'].pk}/")
    assert org == "当前位置： 首页 › 机构导航 › 云南省人民政府 › 云南省卫生和计划生育委员会"


def test_an_item_has_a_print_version_and_lists_attachments_with_type_and_size(client, published):
    url = f"/info/items/{published['notice'].pk}/"
    html = client.get(url).content.decode()
    assert 'href="?print=1"' in html and "打印本页" in html
    assert re.search(
        r"实施方案\.docx</a>\s*<span class=\"muted\">（DOCX，[\d.]+\xa0KB）</span>", html
    )
    printed = client.get(url + "?print=1").content.decode()
    assert 'class="public print-view"' in printed
    assert "关于进一步改善医疗服务的通知" in printed


def test_an_organisation_page_with_empty_sections_keeps_its_layout(client, org_tree):
    html = client.get(f"/orgs/{org_tree['civil'].pk}/").content.decode()
    assert "<aside>" not in html and 'class="home-grid"' not in html  # no empty side column
    # the unpublished guide is one box with its note, not two boxes
    assert '<span>政府信息公开指南 <small class="muted">尚未发布</small></span>' in html
    assert "尚未发布信息。" in html


def test_normative_documents_show_and_filter_by_validity(client, published):
    from gongkai.publishing.models import InformationItem, Validity

    html = client.get("/info/normative/").content.decode()
    assert '<th scope="col">有效性</th>' in html
    assert '<td data-label="有效性">有效</td>' in html
    InformationItem.objects.filter(pk=published["rule"].pk).update(validity=Validity.REPEALED)
    repealed = client.get("/info/normative/?validity=repealed").content.decode()
    assert (
        "云南省医疗机构药品采购管理办法" in repealed
        and '<td data-label="有效性">已废止</td>' in repealed
    )
    in_force = client.get("/info/normative/?validity=in_force").content.decode()
    assert "云南省医疗机构药品采购管理办法" not in in_force
