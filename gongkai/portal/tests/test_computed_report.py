"""The annual report Gongkai computed goes through review to the portal's 年报 column."""

from datetime import date

import pytest
import time_machine

from gongkai.applications.states import ApplicantType, ReplyType, Status
from gongkai.applications.tests.factories import ApplicationFactory
from gongkai.core.errors import DomainError
from gongkai.portal import services
from gongkai.portal.models import AnnualReport
from gongkai.portal.services import REPORT_STAGE, annual_report_publish
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
