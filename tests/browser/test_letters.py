"""Procedural letters in a real browser: a fee notice and an extension notice, each drafted when
the step is recorded on the case page, checked, issued with its number and downloaded."""

import pytest
from django.utils import timezone

from gongkai.applications.models import ProceduralLetter
from gongkai.applications.services import application_register, application_start
from gongkai.applications.states import Channel
from gongkai.workdays.selectors import current_calendar
from gongkai.workdays.services import schedule_load

from .conftest import check_wording, login


def _act(page, name: str, fields: dict[str, str]) -> None:
    box = page.locator(f"#action-{name}")
    box.locator("summary").click()
    for label, value in fields.items():
        field = box.get_by_label(label)
        if field.evaluate("e => e.tagName") == "SELECT":
            field.select_option(label=value)
        elif field.evaluate("e => e.type") == "radio":
            field.check()
        else:
            field.fill(value)
    box.locator("button[type=submit]").click()
    page.locator(".message-success").first.wait_for()


def _issue_the_draft(page, title: str, screenshot: str) -> str:
    """Open the draft from the case page's letters, issue it and return its number."""
    page.locator("#letters").get_by_role("link", name=title).click()
    page.get_by_role("heading", name=title).wait_for()
    assert "草稿：签发时编号" in page.locator(".letter-paper").inner_text()
    check_wording(page, screenshot)
    page.get_by_role("button", name="签发文书").click()
    page.get_by_role("link", name="下载PDF").wait_for()
    return page.locator(".letter-number").inner_text().strip()


@pytest.mark.django_db(transaction=True)
def test_a_fee_notice_and_an_extension_notice_from_the_case_page(
    page, org_tree, coordinator, reviewer
):
    next_year = timezone.localdate().year + 1
    if not current_calendar().covers(next_year):
        schedule_load(text=f"年份: {next_year}\n{next_year}-01-01 休 元旦\n")
    today = timezone.localdate()
    app = application_register(
        org=org_tree["commission"],
        channel=Channel.IN_PERSON,
        received_on=today,
        applicant_name="浏览器测试申请人",
        id_document="11010519491231002X",
        description="2019年以来本委全部行政处罚决定书",
    )
    application_start(app=app, actor=coordinator)
    login(page, "reviewer", "pw-reviewer")
    page.goto(f"/office/applications/{app.pk}/")

    # The fee notice: recording the step drafts the 收费通知书 from what the form gave.
    _act(page, "fee_notice", {"按量计收": "", "页数（按A4幅面计）": "150"})
    messages = page.locator(".messages").inner_text()
    assert "已生成《政府信息公开信息处理费收费通知书》草稿" in messages
    check_wording(page, "office-case-letters-draft")
    title = "政府信息公开信息处理费收费通知书"
    number = _issue_the_draft(page, title, "office-letter-fee-draft")
    assert number == f"省卫生计生委费字〔{today.year}〕1号"
    paper = page.locator(".letter-paper").inner_text()
    assert "应缴金额：1700元（70页×10元＋50页×20元）" in paper
    assert "{" not in paper and "REQ-" not in paper
    assert f"{today.year}年{today.month}月{today.day}日" in paper  # one date format everywhere
    check_wording(page, "office-letter-fee-issued")
    with page.expect_download() as download:
        page.get_by_role("link", name="下载PDF").click()
    assert download.value.suggested_filename == f"fee-{app.number}.pdf"
    with open(download.value.path(), "rb") as pdf:
        assert pdf.read(5) == b"%PDF-"

    # The extension: the reviewer approves it on the case page, the notice is drafted.
    page.get_by_role("link", name=f"返回申请 {app.number}").click()
    _act(page, "fee_paid", {})
    _act(page, "extension", {"理由": "需要汇总16个州市的数据"})
    number = _issue_the_draft(
        page, "政府信息公开申请延期答复告知书", "office-letter-extension-draft"
    )
    assert number == f"省卫生计生委延字〔{today.year}〕1号"
    app.refresh_from_db()
    due = f"{app.due_on.year}年{app.due_on.month}月{app.due_on.day}日"
    paper = page.locator(".letter-paper").inner_text()
    assert f"答复期限延长20个工作日，本机关将于{due}前作出答复" in "".join(paper.split())
    check_wording(page, "office-letter-extension-issued")
    page.locator("#id_delivery-channel").select_option(label="挂号邮寄")
    page.get_by_role("button", name="登记送达").click()
    page.locator(".delivery").wait_for()
    page.get_by_role("link", name=f"返回申请 {app.number}").click()
    letters = page.locator("#letters").inner_text()
    assert "省卫生计生委费字" in letters and "省卫生计生委延字" in letters
    check_wording(page, "office-case-letters-issued")
    assert ProceduralLetter.objects.filter(application=app, issued_on__isnull=False).count() == 2

    # The coordinator's template editor describes each field in Chinese.
    page.context.clear_cookies()
    login(page, "coordinator", "pw-coordinator")
    page.goto("/office/applications/templates/")
    page.locator("#letter-templates").wait_for()
    check_wording(page, "office-letter-templates")
    page.goto("/office/applications/templates/letters/fee/")
    assert "缴费期限" in page.locator(".placeholders").inner_text()
    check_wording(page, "office-letter-template-fee")
