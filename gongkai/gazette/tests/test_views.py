"""Pages: the public gazette by year and issue, its PDF, search, the link with normative
documents both ways, privacy of unpublished issues, and the office's pages and figures."""

import datetime
from datetime import date

import pytest
import time_machine
from django.urls import reverse

from gongkai.gazette.services import content_save, issue_withdraw
from gongkai.publishing.models import Kind
from gongkai.publishing.tests.factories import make_item, publish

from .factories import contents_xlsx, make_issue, pdf_upload, publish_issue

pytestmark = pytest.mark.django_db


@pytest.fixture
def normative(org_tree, editor, reviewer, coordinator):
    item = make_item(
        org=org_tree["office"],
        actor=editor,
        kind=Kind.NORMATIVE,
        title="云南省医疗机构药品采购管理办法",
        doc_number="云卫规〔2024〕1号",
        valid_from=date(2024, 3, 8),
    )
    publish(item, editor=editor, reviewer=reviewer, coordinator=coordinator)
    item.refresh_from_db()
    return item


@pytest.fixture
def issue(org_tree, coordinator, normative, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        made = make_issue(
            org=org_tree["commission"], actor=coordinator, pdf=pdf_upload(), total_number=215
        )
        content_save(
            issue=made,
            actor=coordinator,
            title=normative.title,
            issuer="云南省卫生和计划生育委员会",
            doc_number=normative.doc_number,
            page=2,
            item=normative,
        )
    made.refresh_from_db()
    return made


def test_a_draft_issue_is_nowhere_public(client, issue, normative):
    assert client.get(reverse("gazette_public:issue", args=[issue.pk])).status_code == 404
    assert client.get(reverse("gazette_public:issue_pdf", args=[issue.pk])).status_code == 404
    assert client.get(reverse("gazette_public:year", args=[2024])).status_code == 404
    assert "2024年第3期" not in client.get(reverse("gazette_public:index")).content.decode()
    page = client.get(reverse("info:item", args=[normative.pk])).content.decode()
    assert reverse("gazette_public:issue", args=[issue.pk]) not in page
    assert f"/gazette/issue/{issue.pk}/" not in client.get("/sitemap.xml").content.decode()
    # the file as entered is for signed-in staff only
    office_pdf = client.get(reverse("gazette:issue_pdf", args=[issue.pk]))
    assert office_pdf.status_code == 302


def test_published_issue_by_year_with_contents_pdf_and_links(client, issue, coordinator, normative):
    index = client.get(reverse("gazette_public:index")).content.decode()  # cached before
    assert "尚未发布政府公报" in index
    publish_issue(issue, actor=coordinator)
    index = client.get(reverse("gazette_public:index")).content.decode()
    assert "2024年（1期）" in index  # the publication dropped the cached page
    year = client.get(reverse("gazette_public:year", args=[2024])).content.decode()
    issue_url = reverse("gazette_public:issue", args=[issue.pk])
    assert issue_url in year
    assert issue_url in client.get("/sitemap.xml").content.decode()
    page = client.get(issue_url).content.decode()
    assert "《云南省卫生和计划生育委员会公报》2024年第3期（总第215期）" in page
    assert reverse("info:item", args=[normative.pk]) in page  # the issue links to the document
    assert "云卫规〔2024〕1号" in page
    assert "13812345678" not in page  # masked in the review
    pdf = client.get(reverse("gazette_public:issue_pdf", args=[issue.pk]))
    assert pdf.status_code == 200 and pdf["Content-Disposition"].startswith("attachment")
    body = b"".join(pdf.streaming_content)
    assert body.startswith(b"%PDF")
    # the document's page links to the issue that carried it
    item_page = client.get(reverse("info:item", args=[normative.pk])).content.decode()
    assert "刊登于政府公报" in item_page and issue_url in item_page


def test_gazette_text_is_found_by_the_search_until_withdrawn(client, issue, coordinator):
    publish_issue(issue, actor=coordinator)
    found = client.get(reverse("portal:search"), {"q": "药品集中采购"}).content.decode()
    assert reverse("gazette_public:issue", args=[issue.pk]) in found
    issue_withdraw(issue=issue, actor=coordinator, reason="更正目录")
    found = client.get(reverse("portal:search"), {"q": "药品集中采购"}).content.decode()
    assert reverse("gazette_public:issue", args=[issue.pk]) not in found
    assert client.get(reverse("gazette_public:issue", args=[issue.pk])).status_code == 404
    assert client.get(reverse("gazette_public:issue_pdf", args=[issue.pk])).status_code == 404


def test_staff_enter_an_issue_and_import_its_contents(client, org_tree, coordinator):
    client.force_login(coordinator)
    response = client.post(
        reverse("gazette:issue_create"),
        {
            "org": org_tree["commission"].pk,
            "year": 2024,
            "number": 5,
            "issued_on": "2024-06-01",
        },
    )
    assert response.status_code == 302
    detail = client.get(response["Location"]).content.decode()
    assert "2024年第5期" in detail and "尚未录入目录" in detail
    issue_pk = int(response["Location"].rstrip("/").split("/")[-1])
    url = reverse("gazette:contents_import", args=[issue_pk])
    bad = contents_xlsx([[1, None, "", "", 1], [2, "乙", "", "", "二"]])
    from django.core.files.uploadedfile import SimpleUploadedFile

    page = client.post(url, {"file": SimpleUploadedFile("目录.xlsx", bad)}).content.decode()
    assert "第2行" in page and "第3行" in page and "未导入任何数据" in page
    good = contents_xlsx([[1, "甲", "省卫生计生委", "云卫发〔2024〕5号", 1]])
    client.post(url, {"file": SimpleUploadedFile("目录.xlsx", good)})
    assert (
        "云卫发〔2024〕5号"
        in client.get(reverse("gazette:issue_detail", args=[issue_pk])).content.decode()
    )


def test_another_organisation_cannot_see_the_issue(client, issue, city_coordinator):
    client.force_login(city_coordinator)
    assert client.get(reverse("gazette:issue_detail", args=[issue.pk])).status_code == 404
    assert client.get(reverse("gazette:issue_pdf", args=[issue.pk])).status_code == 404


def test_supervisor_sees_issues_on_time_late_and_back_issue_progress(
    client, org_tree, coordinator, supervisor
):
    org = org_tree["commission"]
    with time_machine.travel(datetime.datetime(2024, 5, 12, 10, tzinfo=datetime.UTC)):
        on_time = make_issue(org=org, actor=coordinator, number=1, on=date(2024, 5, 10))
        content_save(issue=on_time, actor=coordinator, title="甲")
        publish_issue(on_time, actor=coordinator)
    with time_machine.travel(datetime.datetime(2024, 6, 30, 10, tzinfo=datetime.UTC)):
        late = make_issue(org=org, actor=coordinator, number=2, on=date(2024, 6, 1))
        content_save(issue=late, actor=coordinator, title="乙")
        publish_issue(late, actor=coordinator)
    make_issue(org=org, actor=coordinator, number=3, on=date(2024, 7, 1))  # never published
    make_issue(
        org=org, actor=coordinator, year=2019, number=1, on=date(2019, 1, 5), back_issue=True
    )
    client.force_login(supervisor)
    page = client.get(reverse("gazette:overview")).content.decode()
    figures = page.split("当期公报上网情况")[1]
    assert '<th scope="row">按时上网</th>\n        <td>1</td>' in figures
    assert '<th scope="row">逾期上网</th>\n        <td>1</td>' in figures
    assert '<th scope="row">已过期限尚未上网</th>\n        <td>1</td>' in figures
    assert "已录入的历史公报</th>\n        <td>1</td>" in figures
    dashboard = client.get(reverse("core:dashboard")).content.decode()
    assert "未按时上网的公报期次" in dashboard and "0/1" in dashboard
