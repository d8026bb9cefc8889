"""The annual report Gongkai computed goes through review to the portal's 年报 column."""

import io
from datetime import date
from urllib.parse import quote

import docx
import pytest
import time_machine
from django.core.files.uploadedfile import SimpleUploadedFile

from gongkai.applications.states import ApplicantType, ReplyType, Status
from gongkai.applications.tests.factories import ApplicationFactory
from gongkai.core.errors import DomainError
from gongkai.portal import services
from gongkai.portal.models import AnnualReport
from gongkai.portal.services import REPORT_STAGE, annual_report_publish
from gongkai.publishing.privacy import extract_text
from gongkai.publishing.tests.factories import approve_request
from gongkai.reports.checks import Finding
from gongkai.reports.services import narrative_save

pytestmark = pytest.mark.django_db


@pytest.fixture
def commission(org_tree, coordinator):
    commission = org_tree["commission"]
    ApplicationFactory(
        org=commission,
        applicant_type=ApplicantType.NONPROFIT,
        received__day=date(2024, 4, 1),
        concluded_on=date(2024, 4, 20),
        outcome=ReplyType.R_DISCLOSE,
        status=Status.REPLIED,
    )
    narrative_save(
        org=commission,
        year=2024,
        sections={"五": "一是政策解读形式较单一。"},
        actor=coordinator,
    )
    return commission


def _submit(client, commission, year="2024"):
    return client.post(
        f"/office/portal/reports/computed/?org={commission.pk}",
        {"computed-year": year, "computed-published_on": "2025-01-20"},
        follow=True,
    )


def test_the_computed_report_is_reviewed_then_published_as_a_web_page(
    client, commission, coordinator
):
    client.login(username="coordinator", password="pw-coordinator")
    page = _submit(client, commission).content.decode()
    assert "已提交保密审查" in page
    report = AnnualReport.objects.get(org=commission, year=2024)
    assert report.draft_title == "云南省卫生和计划生育委员会2024年政府信息公开工作年度报告"
    assert not report.is_public
    # the office sees the submitted file under the report's Chinese title
    manage = client.get("/office/portal/reports/").content.decode()
    assert "云南省卫生和计划生育委员会2024年政府信息公开工作年度报告.html" in manage
    approve_request(report, REPORT_STAGE)
    annual_report_publish(report=report, actor=coordinator)
    response = client.get(f"/annual-reports/{report.pk}/file/")
    assert response["Content-Type"].startswith("text/html")
    body = b"".join(response.streaming_content).decode()
    assert '<meta name="viewport"' in body
    assert "三、收到和处理政府信息公开申请情况" in body
    assert "一是政策解读形式较单一。" in body
    assert '<th scope="colgroup" colspan="5">法人或其他组织</th>' in body
    assert "<h3>（一）主动公开</h3>" in body  # the 2021 format's sub-headings


def test_a_report_whose_tables_contradict_themselves_is_refused(client, commission, monkeypatch):
    broken = Finding("AR-CHECK-1", "三", "四", "总计", True, "表三“总计”列：……")
    monkeypatch.setattr("gongkai.portal.services.reports.report_findings", lambda tables: [broken])
    client.login(username="coordinator", password="pw-coordinator")
    page = _submit(client, commission).content.decode()
    assert "表三“总计”列：……" in page
    assert not AnnualReport.objects.exists()


def test_a_year_before_the_formats_is_refused(commission, coordinator):
    from gongkai.portal.services import annual_report_submit_computed

    with pytest.raises(DomainError):
        annual_report_submit_computed(
            org=commission, actor=coordinator, year=2018, published_on=date(2019, 1, 20)
        )


@time_machine.travel("2025-02-10 10:00", tick=False)
def test_the_supervisor_sees_who_has_published_and_who_is_overdue(
    client, commission, coordinator, supervisor
):
    report = services.annual_report_submit_computed(
        org=commission, actor=coordinator, year=2024, published_on=date(2025, 1, 20)
    )
    approve_request(report, REPORT_STAGE)
    annual_report_publish(report=report, actor=coordinator)
    client.force_login(supervisor)
    response = client.get("/office/portal/reports/overview/", {"year": 2024})
    rows = {r["org"].name: r for r in response.context["rows"]}
    assert "平度市民政局" not in rows  # another region's
    commission_row = rows["云南省卫生和计划生育委员会"]
    assert (commission_row["due_on"], commission_row["published_on"]) == (
        date(2025, 1, 31),
        date(2025, 1, 20),
    )
    province = rows["云南省人民政府"]  # a government: due 31 March, not yet overdue
    assert (province["due_on"], province["overdue"]) == (date(2025, 3, 31), False)
    assert "2个机关中有1个已发布" in response.content.decode()
    client.force_login(coordinator)  # a department's office sees its own row only
    own = client.get("/office/portal/reports/overview/", {"year": 2024}).context["rows"]
    assert [r["org"] for r in own] == [commission]


def _published(client, commission, coordinator) -> AnnualReport:
    client.login(username="coordinator", password="pw-coordinator")
    _submit(client, commission)
    report = AnnualReport.objects.get(org=commission, year=2024)
    approve_request(report, REPORT_STAGE)
    return annual_report_publish(report=report, actor=coordinator)


def _download(client, report, kind):
    response = client.get(f"/annual-reports/{report.pk}/file.{kind}")
    assert response.status_code == 200
    disposition = response["Content-Disposition"]
    assert disposition.startswith("attachment;")
    assert f"filename*=utf-8''{quote(report.title)}.{kind}" in disposition
    return response["Content-Type"], b"".join(response.streaming_content)


def test_the_docx_and_pdf_wait_with_the_submitted_report_and_are_not_public(
    client, commission, coordinator
):
    client.login(username="coordinator", password="pw-coordinator")
    _submit(client, commission)
    report = AnnualReport.objects.get(org=commission, year=2024)
    assert report.draft_docx.name.endswith(".docx") and report.draft_pdf.name.endswith(".pdf")
    assert not report.docx and not report.pdf
    with report.draft_docx.open("rb") as handle:
        paragraphs = [p.text for p in docx.Document(io.BytesIO(handle.read())).paragraphs]
    assert "一是政策解读形式较单一。" in paragraphs  # the same texts as the HTML file
    client.logout()
    assert client.get(f"/annual-reports/{report.pk}/file.docx").status_code == 404
    assert client.get(f"/annual-reports/{report.pk}/file.pdf").status_code == 404
    assert "2024年政府信息公开工作年度报告" not in client.get("/annual-reports/").content.decode()


def test_the_published_report_offers_its_docx_and_pdf_as_reviewed(client, commission, coordinator):
    report = _published(client, commission, coordinator)
    assert not report.draft_docx and not report.draft_pdf
    client.logout()
    html = client.get("/annual-reports/").content.decode()
    assert f'href="/annual-reports/{report.pk}/file/"' in html
    links = f'href="/annual-reports/{report.pk}/file.'
    assert f'{links}docx" download>下载Word文档（.docx）</a>' in html
    assert f'{links}pdf" download>下载PDF</a>' in html

    content_type, data = _download(client, report, "docx")
    assert content_type == (
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    )
    document = docx.Document(io.BytesIO(data))
    paragraphs = [p.text for p in document.paragraphs]
    assert paragraphs[0] == "云南省卫生和计划生育委员会2024年政府信息公开工作年度报告"
    assert "三、收到和处理政府信息公开申请情况" in paragraphs
    assert "一是政策解读形式较单一。" in paragraphs
    two, three, four = document.tables
    assert three.cell(0, 1)._tc is three.cell(0, 7)._tc  # 申请人情况 over the seven columns
    assert [c.text for c in three.rows[1].cells][1:] == (
        ["自然人"] + ["法人或其他组织"] * 5 + ["总计"]
    )
    rows = {row.cells[0].text.strip("　"): [c.text for c in row.cells][1:] for row in three.rows}
    assert rows["（一）予以公开"] == ["0", "0", "0", "1", "0", "0", "1"]  # the 社会公益组织's
    assert two.rows[0].cells[0]._tc is two.rows[0].cells[3]._tc
    assert four.cell(0, 0)._tc is four.cell(1, 4)._tc

    content_type, data = _download(client, report, "pdf")
    assert content_type == "application/pdf"
    text = extract_text(data, "report.pdf").replace(" ", "").replace("\n", "")
    assert "一是政策解读形式较单一。" in text
    assert client.get(f"/annual-reports/{report.pk}/file.xlsx").status_code == 404


def test_an_uploaded_report_has_no_docx_or_pdf_links_even_replacing_a_computed_one(
    client, commission, coordinator
):
    report = _published(client, commission, coordinator)
    replacement = services.annual_report_save(
        org=commission, actor=coordinator, year=2024, title="2024年度报告（扫描件）",
        published_on=date(2025, 1, 25), upload=SimpleUploadedFile("scan.html", b"<p>v2</p>"),
    )  # fmt: skip
    assert not replacement.draft_docx and not replacement.draft_pdf
    approve_request(replacement, REPORT_STAGE)
    annual_report_publish(report=replacement, actor=coordinator)
    report.refresh_from_db()
    assert not report.docx and not report.pdf
    client.logout()
    html = client.get("/annual-reports/").content.decode()
    assert "2024年度报告（扫描件）" in html
    assert "下载Word文档" not in html and "下载PDF" not in html
    assert client.get(f"/annual-reports/{report.pk}/file.docx").status_code == 404


def test_a_report_whose_review_masked_text_goes_public_without_the_downloads(
    client, commission, coordinator
):
    narrative_save(
        org=commission,
        year=2024,
        sections={"五": "联系人手机13812345678。"},
        actor=coordinator,
    )
    report = _published(client, commission, coordinator)  # the reviewer masks the number
    body = b"".join(client.get(f"/annual-reports/{report.pk}/file/").streaming_content).decode()
    assert "13812345678" not in body
    assert not report.docx and not report.pdf
    assert "下载Word文档" not in client.get("/annual-reports/").content.decode()


def test_the_office_is_told_when_the_downloads_stay_unpublished(client, commission, coordinator):
    narrative_save(
        org=commission, year=2024, sections={"五": "联系人手机13812345678。"}, actor=coordinator
    )
    client.login(username="coordinator", password="pw-coordinator")
    _submit(client, commission)
    report = AnnualReport.objects.get(org=commission, year=2024)
    approve_request(report, REPORT_STAGE)  # the reviewer masks the number
    response = client.post(f"/office/portal/reports/{report.pk}/publish/", follow=True)
    page = response.content.decode()
    assert "2024年度报告已发布。" in page
    assert "Word和PDF版本" in page
