"""A disclosure request end to end in a real browser: filed on the portal, followed with the
private link, taken by staff through correction, consultation, extension and reply."""

import re
from datetime import timedelta

import pytest
from django.utils import timezone

from gongkai.applications.models import Application
from gongkai.workdays.selectors import current_calendar
from gongkai.workdays.services import schedule_load

from .conftest import login, shot

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def _act(page, name: str, fields: dict[str, str] | None = None) -> None:
    """Open one action on the case page, fill it in and submit it."""
    box = page.locator(f"#action-{name}")
    box.locator("summary").click()
    for label, value in (fields or {}).items():
        box.get_by_label(label).fill(value)
    box.locator("button[type=submit]").click()
    page.locator(".message-success").wait_for()


@pytest.mark.django_db(transaction=True)
def test_a_request_from_the_portal_to_the_reply_letter(page, org_tree, coordinator, reviewer):
    # A 40-working-day deadline reaches into next year; if its holiday schedule is not built
    # in yet, load one day of it so that the extended deadline is computable in this test.
    next_year = timezone.localdate().year + 1
    if not current_calendar().covers(next_year):
        schedule_load(text=f"年份: {next_year}\n{next_year}-01-01 休 元旦\n")
    # The applicant files the request on the portal.
    page.goto("/")
    page.get_by_role("navigation", name="主导航").get_by_role("link", name="依申请公开").click()
    page.get_by_role("heading", name="如何申请政府信息公开").wait_for()
    shot(page, "apply-guide")
    page.get_by_role("link", name="在线申请").click()
    page.get_by_label("受理申请的行政机关").select_option(label="云南省卫生和计划生育委员会")
    page.get_by_label("姓名或名称").fill("浏览器测试申请人")
    page.get_by_label("证件号码").fill("110105194912310021")  # wrong check character
    page.get_by_label("联系电话").fill("13800000000")
    page.get_by_label("申请公开的政府信息").fill("2023年度部门预算及“三公”经费决算")
    page.get_by_label("附件（选填）").set_input_files(
        [{"name": "身份证复印件.pdf", "mimeType": "application/pdf", "buffer": PDF}]
    )
    page.get_by_role("button", name="提交申请").click()
    page.get_by_text("身份证号码有误").wait_for()
    shot(page, "apply-form-error")
    assert Application.objects.count() == 0
    page.get_by_label("证件号码").fill("11010519491231002X")
    page.get_by_label("附件（选填）").set_input_files(
        [{"name": "身份证复印件.pdf", "mimeType": "application/pdf", "buffer": PDF}]
    )
    page.get_by_role("button", name="提交申请").click()
    page.get_by_role("heading", name="您的申请已收到").wait_for()
    shot(page, "apply-received")
    track_url = page.locator("a.private-link").get_attribute("href")
    number = page.locator(".case-number").inner_text()
    assert re.fullmatch(r"\d{4}-\d{4}-\d{5}", number)

    # The applicant follows it with the private link.
    page.goto(track_url)
    assert page.locator(".status").inner_text() == "已收到"
    shot(page, "apply-track-received")

    # Staff take it through correction, consultation and (as reviewer) extension and reply.
    login(page, "coordinator", "pw-coordinator")
    page.goto("/office/applications/")
    shot(page, "office-case-list")
    page.get_by_role("link", name=number).click()
    page.get_by_role("heading", name=f"申请 {number}").wait_for()
    until = (timezone.localdate() + timedelta(days=15)).isoformat()
    _act(
        page,
        "correction_request",
        {"需要补正的全部事项": "请写明所需预算的年度和单位。", "补正期限": until},
    )
    assert page.locator(".status").inner_text() == "告知补正"
    _act(page, "corrected")
    _act(page, "consultation_send", {"征求意见的第三方或机关": "某第三方（测试）"})
    assert page.locator(".status").inner_text() == "征求意见中"
    _act(page, "consultation_answer", {"征求意见的第三方或机关": "某第三方（测试）"})
    shot(page, "office-case-in-progress")
    case_url = page.url
    page.context.clear_cookies()
    login(page, "reviewer", "pw-reviewer")
    page.goto(case_url)
    _act(page, "extension", {"理由": "需要多个处室共同核实"})
    deadline = page.locator("#deadline").inner_text()
    assert "《条例》第三十三条第二款" in deadline and "REQ-" not in deadline  # the law, not IDs
    box = page.locator("#action-reply")
    box.locator("summary").click()
    box.get_by_label("答复类型").select_option(label="予以公开")
    assert "属于公开范围" in box.get_by_label("答复意见及理由").input_value()  # saved wording
    box.locator("button[type=submit]").click()
    page.locator("#letter").wait_for()
    assert page.locator(".status").inner_text() == "已答复"
    shot(page, "office-case-replied")
    with page.expect_download() as download:
        page.get_by_role("link", name="下载PDF").click()
    assert download.value.suggested_filename == f"reply-{number}.pdf"

    # The applicant sees the reply on the tracking page and downloads the letter.
    page.context.clear_cookies()
    page.goto(track_url)
    assert page.locator(".status").inner_text() == "已答复"
    shot(page, "apply-track-replied")
    with page.expect_download() as download:
        page.get_by_role("link", name="下载答复书（PDF）").click()
    with open(download.value.path(), "rb") as letter:
        assert letter.read(5) == b"%PDF-"
