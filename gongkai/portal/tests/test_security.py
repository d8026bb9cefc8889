"""The portal shows published versions only, and what coordinators upload passes the scan."""

from datetime import date

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from gongkai.core.errors import DomainError
from gongkai.portal.models import AnnualReport
from gongkai.portal.services import (
    REPORT_STAGE,
    RULE_STAGE,
    annual_report_publish,
    annual_report_save,
    rule_publish,
    rule_save,
)
from gongkai.publishing.privacy import extract_text
from gongkai.publishing.services import item_amend_start, item_update
from gongkai.publishing.tests.factories import (
    ID_NUMBER,
    approve_request,
    docx_bytes,
    make_item,
    publish,
)

pytestmark = pytest.mark.django_db

PUBLISHED_TITLE = "关于公布2024年第一季度城乡低保对象名单的公告"


@pytest.fixture
def amended(org_tree, reviewer, coordinator):
    """A published item whose working copy now names a recipient, not yet reviewed."""
    item = make_item(org=org_tree["commission"], actor=coordinator)
    publish(item, editor=coordinator, reviewer=reviewer, coordinator=coordinator)
    item_amend_start(item=item, actor=coordinator, reason="更正名单")
    item_update(
        item=item,
        actor=coordinator,
        fields={"title": "更正：张三明的低保待遇", "summary": f"张三明，身份证号{ID_NUMBER}。"},
    )
    return item


@pytest.mark.parametrize("url", ["/", "/browse/", "/feed/rss/", "/feed/atom/"])
def test_unreviewed_amendment_stays_off_portal_pages_and_feeds(client, amended, url):
    text = client.get(url).content.decode()
    assert PUBLISHED_TITLE in text
    assert "张三明" not in text and ID_NUMBER not in text


def test_organisation_page_lists_the_published_title(client, org_tree, amended):
    text = client.get(f"/orgs/{org_tree['commission'].pk}/").content.decode()
    assert PUBLISHED_TITLE in text and "张三明" not in text


def test_sitemap_lists_public_items_and_no_private_tracking_links(client, amended):
    text = client.get("/sitemap.xml").content.decode()
    assert f"/info/items/{amended.pk}/" in text
    assert "/apply/track/" not in text and "/apply/received/" not in text


# --- documents coordinators upload straight to the portal pass the privacy scan ---------------


def test_an_annual_report_with_an_id_number_is_published_only_masked(client, org_tree, coordinator):
    html = f"<html><body><p>申请人张三明（身份证号{ID_NUMBER}）申请公开……</p></body></html>"
    upload = SimpleUploadedFile("2024年度报告.html", html.encode())
    report = annual_report_save(
        org=org_tree["commission"],
        actor=coordinator,
        year=2024,
        title="2024年政府信息公开工作年度报告",
        published_on=date(2025, 1, 20),
        upload=upload,
    )
    assert "2024年政府信息公开工作年度报告" not in client.get("/annual-reports/").content.decode()
    assert client.get(f"/annual-reports/{report.pk}/file/").status_code == 404
    with pytest.raises(DomainError, match="保密审查"):
        annual_report_publish(report=report, actor=coordinator)
    approve_request(report, REPORT_STAGE)
    annual_report_publish(report=report, actor=coordinator)
    assert "2024年政府信息公开工作年度报告" in client.get("/annual-reports/").content.decode()
    body = b"".join(client.get(f"/annual-reports/{report.pk}/file/").streaming_content).decode()
    assert ID_NUMBER not in body and f"{ID_NUMBER[:6]}********{ID_NUMBER[-4:]}" in body


def test_a_rule_document_with_a_mobile_number_is_published_masked(client, org_tree, coordinator):
    upload = SimpleUploadedFile("办法.docx", docx_bytes("第一条 联系人：李秀英，13987654321。"))
    rule = rule_save(
        org=org_tree["commission"],
        actor=coordinator,
        fields={"title": "政府信息公开办法", "level": "own"},
        upload=upload,
    )
    assert client.get(f"/rules/{rule.pk}/file/").status_code == 404  # not before review
    approve_request(rule, RULE_STAGE)
    rule_publish(rule=rule, actor=coordinator)
    body = b"".join(client.get(f"/rules/{rule.pk}/file/").streaming_content)
    text = extract_text(body, "办法.docx")
    assert "13987654321" not in text and "139****4321" in text


def test_an_annual_report_with_the_office_hotline_is_published(client, org_tree, coordinator):
    html = "<html><body><p>咨询电话：0871-65432100。本年度共收到申请12件。</p></body></html>"
    annual_report_save(
        org=org_tree["commission"],
        actor=coordinator,
        year=2024,
        title="2024年政府信息公开工作年度报告",
        published_on=date(2025, 1, 20),
        upload=SimpleUploadedFile("2024年度报告.html", html.encode()),
    )
    report = AnnualReport.objects.get()
    approve_request(report, REPORT_STAGE, keep=("0871-65432100",))
    annual_report_publish(report=report, actor=coordinator)
    assert "2024年政府信息公开工作年度报告" in client.get("/annual-reports/").content.decode()
    body = b"".join(client.get(f"/annual-reports/{report.pk}/file/").streaming_content).decode()
    assert "0871-65432100" in body  # kept (保留) by the reviewer: published as written
