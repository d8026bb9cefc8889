"""A disclosure request in the back office, as the office works it: a consultation that gets no
answer, a partial disclosure on two grounds, the re-review list, the audit log; every page of
the workflow is photographed and read for what staff must never see."""

from datetime import date

import pytest

from gongkai.applications.models import Application
from gongkai.applications.services import application_register, application_start
from gongkai.applications.states import Channel

from .conftest import check_wording, login


def _act(page, name: str, fields: dict[str, str], checks: tuple[str, ...] = ()) -> None:
    box = page.locator(f"#action-{name}")
    box.locator("summary").click()
    for label, value in fields.items():
        field = box.get_by_label(label)
        if field.evaluate("e => e.tagName") == "SELECT":
            field.select_option(label=value)
        else:
            field.fill(value)
    for label in checks:
        box.get_by_label(label).check()
    box.locator("button[type=submit]").click()
    page.locator(".message-success").first.wait_for()


@pytest.mark.django_db(transaction=True)
def test_a_consultation_without_answer_then_a_partial_disclosure_on_two_grounds(
    page, org_tree, coordinator, reviewer, supervisor
):
    app = application_register(
        org=org_tree["commission"],
        channel=Channel.IN_PERSON,
        received_on=date(2026, 10, 9),
        applicant_name="王五",
        id_document="11010519491231002X",
        phone="13812345678",
        description="某医院2025年药品集中采购的中标结果和评审记录",
        actor=coordinator,
    )
    application_start(app=app, actor=coordinator)
    login(page, "coordinator", "pw-coordinator")
    for url, name in [
        ("/office/applications/", "workflow-list"),
        ("/office/applications/new/", "workflow-intake"),
        ("/office/applications/statistics/", "workflow-statistics"),
        ("/office/applications/recurring/", "workflow-recurring"),
        ("/office/applications/templates/", "workflow-templates"),
        ("/office/applications/templates/R-PARTIAL/", "workflow-template-partial"),
        (
            "/office/applications/templates/letters/consult_third_party/",
            "workflow-template-consult",
        ),
        ("/office/applications/settings/", "workflow-settings"),
    ]:
        page.goto(url)
        check_wording(page, name)

    # The 征求意见书 goes out on Oct 12 and reaches the company on Oct 13; no answer comes.
    page.goto(f"/office/applications/{app.pk}/")
    check_wording(page, "workflow-case-in-progress")
    _act(
        page,
        "consultation_send",
        {
            "发函日期": "2026-10-12",
            "征求意见的第三方或机关": "某某医药有限公司",
            "对方收到日期": "2026-10-13",
        },
    )
    assert page.locator(".status").inner_text() == "征求意见中"
    # 15 working days after Oct 13 end on Nov 3; the pause ends then, answer or not: due Nov 27
    # (checked with `gongkai applications due --consultation 2026-10-12:2026-10-13`).
    assert "2026年11月27日" in page.locator(".due").first.inner_text()
    deadline = page.locator("#deadline").inner_text()
    assert "未按期答复" in deadline and "《条例》第三十三条第三款" in deadline
    check_wording(page, "workflow-case-consultation-unanswered")

    # Still in consultation, the case is on the overdue list: its deadline ran out on Nov 27.
    page.goto("/office/applications/overdue/")
    assert app.number in page.inner_text("body")
    check_wording(page, "workflow-overdue")

    # The letter drafted with the step, as it will be printed.
    letter = app.procedural_letters.get()
    page.goto(f"/office/applications/{app.pk}/letters/{letter.pk}/")
    assert "十五个工作日" in page.inner_text("body") or "15个工作日" in page.inner_text("body")
    check_wording(page, "workflow-consultation-letter")

    # The company never answers: the handler records it, and the due date stays Nov 27.
    page.goto(f"/office/applications/{app.pk}/")
    _act(
        page,
        "consultation_answer",
        {"征求意见的第三方或机关": "某某医药有限公司", "答复意见": "逾期未提出意见"},
    )
    assert page.locator(".status").inner_text() == "办理中"
    assert "2026年11月27日" in page.locator(".due").first.inner_text()

    # A partial disclosure: the company's quotes (Art. 15) and the experts' deliberations
    # (Art. 16 para 2, with the confirmation that no rule requires them to be disclosed).
    _act(
        page,
        "reply",
        {
            "答复类型": "部分公开",
            "不予公开的部分": "中标企业的报价明细和评审专家的讨论记录",
            "答复意见及理由": "本机关向您提供中标结果。",
        },
        checks=(
            "保护第三方合法权益（第十五条）",
            "属于四类过程性信息（第十六条第二款）",
            "经核查，法律、法规、规章没有规定该信息应当公开（《条例》第十六条）",
        ),
    )
    app.refresh_from_db()
    assert app.withholding_grounds == ["G15-THIRD", "G16-PROCESS"]
    text = page.locator("#letter").inner_text()
    assert "第三十七条、第十五条、第十六条第二款" in text
    assert "中标企业的报价明细和评审专家的讨论记录" in text
    check_wording(page, "workflow-case-partial-reply")

    # What is withheld is on the re-review list, due a year after the reply (Art. 18).
    page.goto("/office/applications/withheld/")
    assert app.number in page.inner_text("body")
    check_wording(page, "workflow-withheld")
    page.goto("/office/audit/")
    assert "征求意见中 → 办理中" in page.inner_text("body")
    check_wording(page, "workflow-audit")

    # The reviewer and the supervisor see the same case; the supervisor sees the numbers masked.
    page.context.clear_cookies()
    login(page, "reviewer", "pw-reviewer")
    page.goto(f"/office/applications/{app.pk}/")
    check_wording(page, "workflow-case-reviewer")
    page.context.clear_cookies()
    login(page, "supervisor", "pw-supervisor")
    page.goto(f"/office/applications/{app.pk}/")
    body = page.inner_text("body")
    assert "13812345678" not in body and "138****5678" in body
    assert "具体办理事项由受理机关负责" in body and page.locator("#action-close").count() == 0
    check_wording(page, "workflow-case-supervisor")
    assert Application.objects.get(pk=app.pk).status == "replied"
