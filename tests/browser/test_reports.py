"""The annual report's preview in a real browser: the coordinator reads the computed tables."""

from datetime import date

import pytest

from gongkai.applications.states import ApplicantType, ReplyType, Status
from gongkai.applications.tests.factories import ApplicationFactory

from .conftest import check_wording, login


@pytest.mark.django_db(transaction=True)
def test_the_coordinator_previews_the_annual_report(page, org_tree, coordinator):
    commission = org_tree["commission"]
    for kind, received, concluded, outcome in [
        (ApplicantType.PERSON, date(2024, 3, 4), date(2024, 3, 20), ReplyType.R_DISCLOSE),
        (ApplicantType.BUSINESS, date(2024, 5, 6), date(2024, 5, 30), ReplyType.R_PARTIAL),
        (ApplicantType.PERSON, date(2024, 12, 27), None, ""),
    ]:
        ApplicationFactory(
            org=commission,
            applicant_type=kind,
            received__day=received,
            concluded_on=concluded,
            outcome=outcome,
            status=Status.REPLIED if concluded else Status.IN_PROGRESS,
        )
    login(page, "coordinator", "pw-coordinator")
    page.goto("/office/")
    page.get_by_role("link", name="年度报告").click()
    page.get_by_label("报告年度").fill("2024")
    page.get_by_role("button", name="查看").click()
    page.get_by_role("link", name="填报本平台未掌握的数据").click()
    page.locator("fieldset", has_text="行政许可").get_by_label("本年处理决定数量").fill("326")
    page.locator("fieldset", has_text="四、结转下年度继续办理").get_by_label("总计").fill("1")
    page.get_by_label("数据来源").fill("政务服务网统计")
    check_wording(page, "office-annual-report-figures")
    page.get_by_role("button", name="保存数据").click()
    page.locator(".message-success").wait_for()
    page.get_by_role("link", name="编写报告正文").click()
    overview = page.get_by_label("（二）依申请公开")
    assert overview.input_value().startswith("2024年，本机关新收政府信息公开申请3件")
    page.get_by_label("五、存在的主要问题及改进情况").fill("信息发布审核流程有待完善。")
    check_wording(page, "office-annual-report-texts")
    page.get_by_role("button", name="保存正文").click()
    page.locator(".message-success").wait_for()
    assert "信息发布审核流程有待完善。" in page.locator(".report-text").all_inner_texts()
    page.get_by_role("heading", name="三、收到和处理政府信息公开申请情况").wait_for()
    row = page.get_by_role("row", name="一、本年新收政府信息公开申请数量")
    assert row.locator("td").all_inner_texts() == ["2", "1", "0", "0", "0", "0", "3"]
    assert "326" in page.get_by_role("row", name="行政许可").inner_text()
    assert "上年度报告“四、结转下年度继续办理”为1" in page.locator(".alert-warning").inner_text()
    assert page.locator("td.flagged").count() == 1
    with page.expect_download() as download:
        page.get_by_role("link", name="下载Word文档").click()
    title = "云南省卫生和计划生育委员会2024年政府信息公开工作年度报告"
    assert download.value.suggested_filename == f"{title}.docx"  # named in Chinese
    check_wording(page, "office-annual-report-preview")


@pytest.mark.django_db(transaction=True)
def test_the_published_report_reads_on_a_phone(phone_page, org_tree, coordinator):
    from gongkai.portal.services import (
        REPORT_STAGE,
        annual_report_publish,
        annual_report_submit_computed,
    )
    from gongkai.publishing.tests.factories import approve_request

    commission = org_tree["commission"]
    ApplicationFactory(
        org=commission,
        applicant_type=ApplicantType.BUSINESS,
        received__day=date(2024, 3, 4),
        concluded_on=date(2024, 3, 20),
        outcome=ReplyType.R_PARTIAL,
        status=Status.REPLIED,
    )
    report = annual_report_submit_computed(
        org=commission, actor=coordinator, year=2024, published_on=date(2025, 1, 20)
    )
    approve_request(report, REPORT_STAGE)
    annual_report_publish(report=report, actor=coordinator)
    phone_page.goto("/annual-reports/")
    phone_page.get_by_role(
        "link", name="云南省卫生和计划生育委员会2024年政府信息公开工作年度报告"
    ).click()
    phone_page.get_by_role("heading", name="三、收到和处理政府信息公开申请情况").wait_for()
    width = phone_page.evaluate("document.documentElement.scrollWidth")
    assert width <= 375  # the page does not scroll sideways: only its wide tables do
    row = phone_page.get_by_role(
        "row", name="（二）部分公开（区分处理的，只计这一情形，不计其他情形）"
    )
    assert row.locator("td").all_inner_texts() == ["0", "1", "0", "0", "0", "0", "1"]
    check_wording(phone_page, "public-annual-report-phone")


@pytest.mark.django_db(transaction=True)
def test_the_supervisor_sees_which_reports_are_published(page, org_tree, supervisor):
    login(page, "supervisor", "pw-supervisor")
    page.goto("/office/")
    page.get_by_role("link", name="年报发布情况").click()
    page.get_by_label("报告年度").fill("2024")
    page.get_by_role("button", name="查看").click()
    row = page.get_by_role("row", name="云南省人民政府")
    assert "2025-03-31" in row.inner_text()
    assert "2025-01-31" in page.get_by_role("row", name="云南省卫生和计划生育委员会").inner_text()
    check_wording(page, "office-annual-reports-overview")


@pytest.mark.django_db(transaction=True)
def test_the_coordinator_writes_publishes_and_the_public_reads_it_on_a_phone(
    page, phone_page, org_tree, coordinator, reviewer
):
    """The whole way of a computed report: texts written in the office, submitted for the
    confidentiality review, published, then read on a phone (《条例》第四十九条、第五十条)."""
    from playwright.sync_api import expect

    from gongkai.portal.models import AnnualReport
    from gongkai.portal.services import REPORT_STAGE
    from gongkai.publishing.tests.factories import approve_request

    from .conftest import shot

    commission = org_tree["commission"]
    ApplicationFactory(
        org=commission,
        applicant_type=ApplicantType.PERSON,
        received__day=date(2024, 4, 8),
        concluded_on=date(2024, 4, 26),
        outcome=ReplyType.R_DISCLOSE,
        status=Status.REPLIED,
    )
    login(page, "coordinator", "pw-coordinator")
    page.goto(f"/office/reports/annual/?org={commission.pk}&year=2024")
    page.get_by_role("link", name="编写报告正文").click()
    page.get_by_label("五、存在的主要问题及改进情况").fill("依申请公开答复文书的规范性有待提高。")
    page.get_by_role("button", name="保存正文").click()
    page.locator(".message-success").wait_for()

    page.goto(f"/office/portal/reports/?org={commission.pk}")
    computed = page.locator("form", has_text="发布本平台生成的年度报告")
    computed.get_by_label("报告年度").fill("2024")
    computed.get_by_label("发布日期").fill("2025-01-20")
    computed.get_by_role("button", name="提交审查").click()
    expect(page.get_by_text("2024年度报告已提交保密审查。")).to_be_visible()
    # Not public before the review.
    assert "2024年政府信息公开工作年度报告" not in page.request.get("/annual-reports/").text()

    approve_request(AnnualReport.objects.get(year=2024), REPORT_STAGE, reviewer=reviewer)
    page.reload()
    page.get_by_role("table").get_by_role("button", name="发布", exact=True).click()
    expect(page.get_by_text("2024年度报告已发布。")).to_be_visible()

    phone_page.goto("/annual-reports/")
    # The web page, and the .docx and PDF made from the same reviewed text, side by side.
    entry = phone_page.locator(".doc-list li", has_text="2024年政府信息公开工作年度报告")
    docx_link = entry.get_by_role("link", name="下载Word文档（.docx）")
    pdf_link = entry.get_by_role("link", name="下载PDF")
    expect(docx_link).to_be_visible()
    expect(pdf_link).to_be_visible()
    assert phone_page.evaluate("document.documentElement.scrollWidth") <= 375
    shot(phone_page, "public-annual-reports-downloads-phone")  # the footer's RSS/Atom, .docx
    for link, content_type in (
        (docx_link, "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
        (pdf_link, "application/pdf"),
    ):
        download = phone_page.request.get(link.get_attribute("href"))
        assert download.headers["content-type"] == content_type
        assert download.headers["content-disposition"].startswith("attachment;")
    phone_page.get_by_role(
        "link", name="云南省卫生和计划生育委员会2024年政府信息公开工作年度报告"
    ).click()
    expect(phone_page.get_by_text("依申请公开答复文书的规范性有待提高。")).to_be_visible()
    row = phone_page.get_by_role("row", name="一、本年新收政府信息公开申请数量")
    assert row.locator("td").all_inner_texts() == ["1", "0", "0", "0", "0", "0", "1"]
    assert phone_page.evaluate("document.documentElement.scrollWidth") <= 375
    check_wording(phone_page, "public-annual-report-written-phone")


def test_the_demo_report_on_last_year_is_filled_on_a_phone(phone_page):
    """Issue 16: after `gongkai demo`, last year's published report and its preview show
    requests carried over both ways and reconsiderations and lawsuits (table 四)."""
    from io import StringIO

    from django.core.management import call_command
    from django.utils import timezone

    from gongkai.core.demo import DEMO_PASSWORD

    from .conftest import shot

    call_command("demo", stdout=StringIO())
    year = timezone.localdate().year - 1
    phone_page.goto("/annual-reports/")
    phone_page.get_by_role(
        "link", name=f"云南省卫生和计划生育委员会{year}年政府信息公开工作年度报告"
    ).click()
    phone_page.get_by_role("heading", name="四、政府信息公开行政复议、行政诉讼情况").wait_for()
    carried_in = phone_page.get_by_role("row", name="二、上年结转政府信息公开申请数量")
    assert carried_in.locator("td").all_inner_texts()[-1] != "0"
    carried_out = phone_page.get_by_role("row", name="四、结转下年度继续办理")
    assert carried_out.locator("td").all_inner_texts()[-1] != "0"
    shot(phone_page, "public-annual-report-demo-phone")
    login(phone_page, "coordinator", DEMO_PASSWORD)
    phone_page.goto(f"/office/reports/annual/?year={year}")
    phone_page.get_by_role("heading", name="三、收到和处理政府信息公开申请情况").wait_for()
    assert phone_page.locator(".alert-danger").count() == 0
    shot(phone_page, "office-annual-report-demo-phone")


@pytest.mark.django_db(transaction=True)
def test_the_coordinator_words_the_fee_items_on_a_phone(phone_page, org_tree, coordinator):
    from .conftest import shot

    login(phone_page, "coordinator", "pw-coordinator")
    phone_page.goto("/office/reports/annual/?year=2024")
    phone_page.get_by_role("link", name="设置报告的收费项目").click()
    paid = phone_page.locator("fieldset", has_text="实际缴费件数")
    paid.get_by_label("在年度报告中列出此项").check()
    paid.get_by_label("排序").fill("2")
    phone_page.locator("fieldset", has_text="收费通知金额（元）").get_by_label(
        "在年度报告中列出此项"
    ).uncheck()
    check_wording(phone_page, "office-annual-report-fee-items")
    shot(phone_page, "office-annual-report-fee-items-phone")
    phone_page.get_by_role("button", name="保存收费项目").click()
    phone_page.locator(".message-success").wait_for()
    fees = phone_page.locator("table.fees").inner_text()
    assert "实际缴费件数" in fees and "收费通知金额" not in fees
