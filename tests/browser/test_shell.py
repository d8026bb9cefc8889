"""The shells in a real browser: sign-in to the dashboard, the public home page, a phone screen."""

import pytest

from .conftest import login, shot


@pytest.mark.django_db(transaction=True)
def test_login_leads_to_the_dashboard_and_sign_out_works(page, coordinator):
    login(page, "coordinator", "wrong")
    assert page.get_by_role("alert").inner_text().startswith("用户名或密码错误")
    login(page, "coordinator", "pw-coordinator")
    page.get_by_role("heading", name="工作台").wait_for()
    assert "云南省卫生和计划生育委员会" in page.content()
    nav = page.get_by_role("navigation", name="主导航")
    assert nav.get_by_role("link", name="审计日志").is_visible()
    shot(page, "office-dashboard")
    page.get_by_role("link", name="工作日历").click()
    page.get_by_role("heading", name="工作日历").wait_for()
    shot(page, "office-calendar")
    page.get_by_role("button", name="退出登录").click()
    page.wait_for_url("**/")
    assert page.get_by_role("link", name="工作人员登录").is_visible()


@pytest.mark.django_db(transaction=True)
def test_unit_editor_sees_no_audit_log_in_the_menu(page, editor):
    login(page, "editor", "pw-editor")
    page.get_by_role("heading", name="工作台").wait_for()
    nav = page.get_by_role("navigation", name="主导航")
    assert nav.get_by_role("link", name="审计日志").count() == 0


@pytest.mark.django_db(transaction=True)
def test_public_home_on_a_phone_is_keyboard_navigable(phone_page, org_tree):
    page = phone_page
    page.goto("/")
    assert page.get_by_role("heading", name="政府信息公开", level=1).is_visible()
    for name in ["政府信息公开指南", "政府信息公开制度", "法定主动公开内容", "政府信息公开年报"]:
        assert page.get_by_role("heading", name=name).is_visible()
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 375, f"the page scrolls sideways on a phone ({width}px)"
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.textContent.trim()")
    assert focused == "跳到正文"
    shot(page, "portal-home-phone")
    page.get_by_role("button", name="大字模式").click()
    size = page.evaluate("getComputedStyle(document.documentElement).fontSize")
    assert size == "20px"
    shot(page, "portal-home-phone-large-text")


SCHEDULE_2027 = """年份: 2027
通知: 国办发明电〔2026〕99号（测试数据）
2027-01-01 休 元旦
2027-02-06..2027-02-12 休 春节
2027-02-13 班 春节调休上班
"""


@pytest.mark.django_db(transaction=True)
def test_coordinator_loads_the_missing_year_from_the_dashboard_in_a_minute(page, coordinator):
    import time_machine

    with time_machine.travel("2026-11-22 10:00 +0800", tick=True):
        login(page, "coordinator", "pw-coordinator")
        banner = page.get_by_role("alert")
        assert "2027" in banner.inner_text()
        page.get_by_role("link", name="载入年度安排").first.click()
        page.get_by_label("通知原文").fill(SCHEDULE_2027.replace("2027-02-06", "2027-02-30"))
        page.get_by_role("button", name="核对").click()
        errors = page.get_by_role("alert").inner_text()
        assert "第4行" in errors and "2027-02-30" in errors  # names the bad line, stores nothing
        shot(page, "office-calendar-load-error")
        page.get_by_label("通知原文").fill(SCHEDULE_2027)
        page.get_by_role("button", name="核对").click()
        page.get_by_role("button", name="确认载入2027年安排").click()
        page.get_by_role("heading", name="2027年日历").wait_for()
        assert page.locator("td.day-work-adjusted[data-day='2027-02-13']").count() == 1
        assert page.locator("td.day-off[data-day='2027-02-08']").count() == 1
        shot(page, "office-calendar-2027")
        page.goto("/office/")
        assert "缺少节假日安排" not in page.content()
