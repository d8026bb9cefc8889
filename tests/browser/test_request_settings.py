"""The agency's request settings in a real browser: the coordinator changes one, others cannot."""

import pytest

from gongkai.applications.models import RequestSettings
from gongkai.core.models import AuditEntry

from .conftest import login, shot


@pytest.mark.django_db(transaction=True)
def test_the_coordinator_changes_the_payment_window(page, coordinator):
    login(page, "coordinator", "pw-coordinator")
    page.goto("/office/applications/")
    page.get_by_role("link", name="依申请公开设置").click()
    page.get_by_role("heading", name="云南省卫生和计划生育委员会依申请公开设置").wait_for()
    assert page.get_by_text("尚未修改任何设置").is_visible()
    window = page.get_by_label("缴费期限（工作日）")
    assert window.input_value() == "20"
    shot(page, "office-request-settings")
    window.fill("15")
    page.get_by_label("先申请行政复议，对复议决定不服再起诉（复议前置）").check()
    page.get_by_role("button", name="保存设置").click()
    page.locator(".message-success").wait_for()
    assert page.get_by_label("缴费期限（工作日）").input_value() == "15"
    changed = page.locator(".setting.changed")
    assert changed.count() == 1 and "本机关已修改" in changed.inner_text()
    assert "默认值：20" in changed.inner_text()
    shot(page, "office-request-settings-saved")
    assert RequestSettings.objects.get().fee_payment_days == 15
    entry = AuditEntry.objects.get(action="application.settings_saved")
    assert entry.after == {"fee_payment_days": 15}


@pytest.mark.django_db(transaction=True)
def test_a_unit_editor_has_no_link_and_is_refused(page, editor):
    login(page, "editor", "pw-editor")
    page.goto("/office/applications/")
    assert page.get_by_role("link", name="依申请公开设置").count() == 0
    response = page.goto("/office/applications/settings/")
    assert response.status == 403
    page.get_by_role("heading", name="仅本机关政府信息公开工作机构可以修改这些设置").wait_for()
    shot(page, "office-request-settings-refused")


@pytest.mark.django_db(transaction=True)
def test_the_case_page_proposes_the_fee_of_the_twelfth_request(page, org_tree, coordinator):
    from datetime import date

    from gongkai.applications.services import application_register, application_start
    from gongkai.applications.tests.factories import ApplicationFactory

    commission = org_tree["commission"]
    today = date.today()
    for _n in range(11):  # eleven earlier requests of the same applicant this month
        ApplicationFactory(
            org=commission, id_document="11010519491231002X", received__day=today.replace(day=1)
        )
    app = application_register(
        org=commission,
        channel="in_person",
        received_on=today,
        applicant_name="王五",
        id_document="11010519491231002X",
        description="2023年部门预算",
        actor=coordinator,
    )
    application_start(app=app, actor=coordinator)
    login(page, "coordinator", "pw-coordinator")
    page.goto(f"/office/applications/{app.pk}/")
    box = page.locator("#action-fee_notice")
    box.locator("summary").click()
    assert "本申请为该申请人本月第12件" in box.inner_text() and "应收100元" in box.inner_text()
    shot(page, "office-case-fee-proposal")
    box.get_by_label("按件计收").check()
    box.get_by_label("缴费方式").fill("请通过非税收入缴款码缴纳。")
    box.locator("button[type=submit]").click()
    page.locator(".message-success").wait_for()
    notice = app.clock_events.get(kind="fee_notice_sent")
    assert "第12件" in notice.note and "收费金额：100元" in notice.note
